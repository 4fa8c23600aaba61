"""head office fills its relational tables from each pushed fact's body without rebuilding it

``hq_after_facts`` (h002) filled each fact table with
``jsonb_populate_record(NULL::kind, body::jsonb || jsonb_build_object('origin', ..., 'seq', ...,
'store_id', ..., 'member_id', ...))``: a second JSON document built per fact only to carry four
values the row already has. It now populates the record from the body alone and takes
``origin``, ``seq``, ``store_id`` and ``member_id`` from the fact itself, with the same result
(those four columns always came from the fact); a table is filled only when the statement
brought facts of its kind (each of the 13 was scanned for every statement). The column lists are read from the tables as
they are, so every column keeps being filled whatever a later revision adds.

Measured on a push of 15,002 facts in one statement (this busy 2-core machine): the statement
took 1.5 s of which the trigger 1.1 s; see the commit for the figures after.

Revision ID: h010s
Revises: h009n
Create Date: 2026-11-24
"""
from alembic import op

revision = "h010s"
down_revision = "h009n"
branch_labels = None
depends_on = None

FROM_FACT = {"origin": "n.origin", "seq": "n.seq", "store_id": "n.store_id", "member_id": "n.member_id"}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


POPULATE = """    IF '{kind}' = ANY(present) THEN
    INSERT INTO {kind} ({columns}) SELECT {values}
        FROM new_facts n, LATERAL jsonb_populate_record(NULL::{kind}, n.body::jsonb) AS r
        WHERE n.kind = '{kind}' ON CONFLICT (id) DO NOTHING;
    END IF;
"""
#: The kinds a statement brought, read once: a table none of its facts fills is not scanned for.
PRESENT = "    gap RECORD;\n    present TEXT[] := ARRAY(SELECT DISTINCT kind FROM new_facts);\n"


def _after_facts(populate: str, schema: str, declare: str | None = None) -> str:
    from terminal.sync.hq_migrations.versions.h002_facts import FUNCTIONS
    start = FUNCTIONS.index("CREATE FUNCTION hq_after_facts()")
    end = FUNCTIONS.index("CREATE TRIGGER fact_log_after_insert")
    body = FUNCTIONS[start:end].replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    if declare:
        body = body.replace("    gap RECORD;\n", declare, 1)
    return body.replace("{schema}", schema).replace("{populate}", populate)


def upgrade() -> None:
    from terminal.sync.hq_migrations.versions.h002_facts import FACT_TABLES
    bind = op.get_bind()
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    populate = []
    for kind in FACT_TABLES:
        columns = [c for (c,) in bind.exec_driver_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = %(s)s AND table_name = %(t)s "
            "ORDER BY ordinal_position", {"s": schema, "t": kind})]
        values = [FROM_FACT.get(c, f"r.{_quoted(c)}") for c in columns]
        populate.append(POPULATE.format(kind=kind, columns=", ".join(map(_quoted, columns)), values=", ".join(values)))
    op.execute(_after_facts("".join(populate), schema, PRESENT))


def downgrade() -> None:
    from terminal.sync.hq_migrations.versions.h002_facts import FACT_TABLES, POPULATE as OLD
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    op.execute(_after_facts("".join(OLD.format(kind=kind) for kind in FACT_TABLES), schema))
