"""head office of facts: per-origin streams, relational fact tables, roles and row-level security

Replaces the JSON row store (h001), whose rows are dropped: terminals push their whole journal
again on their first sync with this release.

- ``fact_log``: every fact of every terminal, one gap-free stream per origin (checked for each
  statement: a push sends a batch in seq order); insert-only for terminals, whose role may
  insert only facts of its own origin and store, about members its store follows or that head
  office does not know yet (a new enrollment and its first facts), and read only its store's
  facts and those of members its store follows.
- Relational tables with the same columns as the terminals' fact tables plus ``origin``, ``seq``
  and ``store_id``, filled from ``fact_log`` by a statement trigger, for reports and BI.
- ``stream_heads`` (per origin, the highest seq held), ``member_follows`` (which store holds which
  member: its own, those it looked up, and their merged or same-phone accounts).
- ``stores``, ``terminals`` (chain-unique numbers, one login role each), ``program_versions``
  (chain-wide numbers).
- SECURITY DEFINER functions: who am I (``hq_whoami``), a member by exact phone or card
  (``hq_lookup_member``), a followed member's history (``hq_member_history``).

Revision ID: h002
Revises: h001
Create Date: 2026-11-24
"""
from alembic import op

revision = "h002"
down_revision = "h001"
branch_labels = None
depends_on = None

#: The fact tables as of this revision (frozen: a later change of the terminal's models ships
#: its own revision). Every member-keyed table carries ``member_id`` (sale lines and redemptions
#: take their sale's), the column a chain that outgrows one server distributes them by.
FACT_TABLES = {
    "members": "name TEXT, phone TEXT, email TEXT, birthday DATE, marketing_consent BOOLEAN, referrer_id TEXT, "
               "enrolled_at TIMESTAMPTZ, id TEXT, program_version BIGINT",
    "member_events": "member_id TEXT, at TIMESTAMPTZ, kind TEXT, target_id TEXT, changes TEXT, reason TEXT, "
                     "staff_id TEXT, id TEXT, program_version BIGINT",
    "cards": "number TEXT, member_id TEXT, issued_at TIMESTAMPTZ, replacement BOOLEAN, id TEXT, program_version BIGINT",
    "sales": "receipt TEXT, external_id TEXT, member_id TEXT, staff_id TEXT, at TIMESTAMPTZ, total BIGINT, "
             "discount BIGINT, paid BIGINT, donations BIGINT, points_earned BIGINT, points_redeemed BIGINT, "
             "bonus_points BIGINT, qualifying BIGINT, tier_before TEXT, tier_after TEXT, id TEXT, "
             "program_version BIGINT",
    "sale_lines": "member_id TEXT, sale_id TEXT, position BIGINT, sku TEXT, name TEXT, category TEXT, unit_amount BIGINT, "
                  "quantity BIGINT, amount BIGINT, discount BIGINT, paid BIGINT, eligible BOOLEAN, id TEXT, "
                  "program_version BIGINT",
    "sale_redemptions": "member_id TEXT, sale_id TEXT, reward TEXT, kind TEXT, points BIGINT, discount BIGINT, donation BIGINT, "
                        "charity TEXT, voucher_id TEXT, id TEXT, program_version BIGINT",
    "refunds": "sale_id TEXT, member_id TEXT, at TIMESTAMPTZ, amount BIGINT, staff_id TEXT, request_id TEXT, id TEXT, "
               "program_version BIGINT",
    "ledger_entries": "member_id TEXT, at TIMESTAMPTZ, kind TEXT, points BIGINT, rule TEXT, sale_id TEXT, "
                      "refund_id TEXT, expires_at TIMESTAMPTZ, lot_id TEXT, reason TEXT, staff_id TEXT, key TEXT, "
                      "id TEXT, program_version BIGINT",
    "punch_events": "member_id TEXT, punch_card TEXT, units BIGINT, sale_id TEXT, at TIMESTAMPTZ, id TEXT, "
                    "program_version BIGINT",
    "staff": "name TEXT, role TEXT, pin_hash TEXT, created_at TIMESTAMPTZ, id TEXT, program_version BIGINT",
    "staff_events": "staff_id TEXT, at TIMESTAMPTZ, changes TEXT, by_staff_id TEXT, id TEXT, program_version BIGINT",
    "audit_log": "at TIMESTAMPTZ, staff_id TEXT, action TEXT, member_id TEXT, reason TEXT, details TEXT, id TEXT, "
                 "program_version BIGINT",
    "conflict_resolutions": "conflict_id TEXT, member_id TEXT, at TIMESTAMPTZ, note TEXT, staff_id TEXT, id TEXT, "
                            "program_version BIGINT",
}

INDEXES = [
    ("members", "phone"), ("cards", "number"), ("cards", "member_id"), ("member_events", "member_id"),
    ("member_events", "target_id"), ("sales", "member_id"), ("sales", "store_id, at"), ("sale_lines", "sale_id"),
    ("sale_redemptions", "sale_id"), ("refunds", "sale_id"), ("refunds", "store_id, at"),
    ("ledger_entries", "member_id"), ("ledger_entries", "store_id, at"), ("ledger_entries", "sale_id"),
    ("punch_events", "member_id"), ("staff_events", "staff_id"), ("audit_log", "store_id, at"),
]

SCHEMA = """
CREATE TABLE stores (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE terminals (
    number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 999),
    store_id TEXT NOT NULL REFERENCES stores (id),
    role_name TEXT NOT NULL UNIQUE,
    install_id TEXT NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE program_versions (
    version INTEGER PRIMARY KEY CHECK (version > 0),
    toml TEXT NOT NULL,
    currency TEXT NOT NULL,
    card_prefix TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE fact_log (
    origin INTEGER NOT NULL,
    seq BIGINT NOT NULL CHECK (seq > 0),
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    store_id TEXT NOT NULL,
    member_id TEXT,
    at TIMESTAMPTZ NOT NULL,
    tx BIGINT NOT NULL,
    body TEXT NOT NULL,
    digest TEXT NOT NULL,
    hash TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (origin, seq)
);
CREATE INDEX ix_fact_log_member ON fact_log (member_id, origin, seq);
CREATE INDEX ix_fact_log_store ON fact_log (store_id, origin, seq);
CREATE TABLE stream_heads (
    origin INTEGER PRIMARY KEY,
    head BIGINT NOT NULL
);
CREATE TABLE member_follows (
    store_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    follow_seq BIGSERIAL NOT NULL UNIQUE,
    since TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (store_id, member_id)
);
CREATE INDEX ix_member_follows_member ON member_follows (member_id);
"""

FUNCTIONS = """
CREATE FUNCTION hq_my_terminal() RETURNS INTEGER LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS
$$ SELECT number FROM terminals WHERE role_name = session_user $$;

CREATE FUNCTION hq_my_store() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS
$$ SELECT store_id FROM terminals WHERE role_name = session_user $$;

CREATE FUNCTION hq_member_exists(p_id TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = {schema} AS $$ SELECT EXISTS (SELECT 1 FROM members WHERE id = p_id) $$;

CREATE FUNCTION hq_whoami(OUT terminal INTEGER, OUT store TEXT, OUT now TIMESTAMPTZ) LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = {schema} AS
$$ SELECT t.number, t.store_id, now() FROM terminals t WHERE t.role_name = session_user $$;

-- Accounts that are one person: joined by a merge (either way) or enrolled with one phone.
CREATE FUNCTION hq_family(p_ids TEXT[]) RETURNS TEXT[] LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = {schema} AS $$
DECLARE
    found TEXT[] := p_ids;
    grown TEXT[];
BEGIN
    LOOP
        SELECT array_agg(DISTINCT x) INTO grown FROM (
            SELECT unnest(found) AS x
            UNION SELECT target_id FROM member_events WHERE kind = 'merged' AND member_id = ANY(found)
            UNION SELECT member_id FROM member_events WHERE kind = 'merged' AND target_id = ANY(found)
            UNION SELECT m2.id FROM members m1 JOIN members m2 ON m2.phone = m1.phone
                  WHERE m1.id = ANY(found) AND m1.phone IS NOT NULL
        ) AS family WHERE x IS NOT NULL;
        EXIT WHEN cardinality(grown) = cardinality(found);
        found := grown;
    END LOOP;
    RETURN found;
END $$;

-- A member of another store, by exact phone (E.164) or card number only: the caller's store
-- follows them (and their family) from now on; returns their facts.
CREATE FUNCTION hq_lookup_member(p_phone TEXT, p_card TEXT) RETURNS SETOF fact_log LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = {schema} AS $$
DECLARE
    my_store TEXT := hq_my_store();
    ids TEXT[];
BEGIN
    IF my_store IS NULL THEN
        RAISE EXCEPTION 'only a registered terminal may look members up' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_card IS NOT NULL THEN
        SELECT array_agg(DISTINCT member_id) INTO ids FROM cards WHERE number = p_card;
    ELSIF p_phone IS NOT NULL THEN
        SELECT array_agg(DISTINCT id) INTO ids FROM (
            SELECT id FROM members WHERE phone = p_phone
            UNION SELECT member_id FROM member_events WHERE kind = 'edited'
                  AND (changes::jsonb ->> 'phone') = p_phone) AS by_phone;
    END IF;
    IF ids IS NULL THEN
        RETURN;
    END IF;
    ids := hq_family(ids);
    INSERT INTO member_follows (store_id, member_id) SELECT my_store, unnest(ids) ON CONFLICT DO NOTHING;
    RETURN QUERY SELECT * FROM fact_log WHERE member_id = ANY(ids) ORDER BY origin, seq;
END $$;

-- The whole history of a member the caller's store follows (a follow made by a lookup at
-- another till of the store, or by a merge or shared phone).
CREATE FUNCTION hq_member_history(p_member TEXT) RETURNS SETOF fact_log LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = {schema} AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM member_follows WHERE store_id = hq_my_store() AND member_id = p_member) THEN
        RAISE EXCEPTION 'this store does not follow that member' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT * FROM fact_log WHERE member_id = p_member ORDER BY origin, seq;
END $$;

-- After facts arrive: each origin's stream stays gap-free (a push sends whole batches in seq
-- order, one statement each), heads move, relational tables and follows are filled.
CREATE FUNCTION hq_after_facts() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema} AS $$
DECLARE
    gap RECORD;
BEGIN
    SELECT n.origin, min(n.seq) AS first, max(n.seq) AS last, count(*) AS facts, coalesce(h.head, 0) AS head
      INTO gap
      FROM new_facts n LEFT JOIN stream_heads h ON h.origin = n.origin
     GROUP BY n.origin, h.head
    HAVING min(n.seq) <> coalesce(h.head, 0) + 1 OR max(n.seq) - min(n.seq) + 1 <> count(*)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'facts of origin % must follow % without gaps (got % to %)',
            gap.origin, gap.head, gap.first, gap.last USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO stream_heads (origin, head) SELECT origin, max(seq) FROM new_facts GROUP BY origin
        ON CONFLICT (origin) DO UPDATE SET head = excluded.head;
{populate}
    INSERT INTO member_follows (store_id, member_id)
        SELECT store_id, id FROM new_facts WHERE kind = 'members' ON CONFLICT DO NOTHING;
    -- Whoever follows one account of a person follows the others: merged either way...
    INSERT INTO member_follows (store_id, member_id)
        SELECT f.store_id, e.target_id FROM new_facts n JOIN member_events e ON e.id = n.id
          JOIN member_follows f ON f.member_id = e.member_id
         WHERE n.kind = 'member_events' AND e.kind = 'merged'
        UNION
        SELECT f.store_id, e.member_id FROM new_facts n JOIN member_events e ON e.id = n.id
          JOIN member_follows f ON f.member_id = e.target_id
         WHERE n.kind = 'member_events' AND e.kind = 'merged'
        ON CONFLICT DO NOTHING;
    -- ...or enrolled with the same phone.
    INSERT INTO member_follows (store_id, member_id)
        SELECT f.store_id, other.id FROM new_facts n JOIN members m ON m.id = n.id
          JOIN members other ON other.phone = m.phone AND other.id <> m.id
          JOIN member_follows f ON f.member_id = m.id
         WHERE n.kind = 'members'
        UNION
        SELECT f.store_id, m.id FROM new_facts n JOIN members m ON m.id = n.id
          JOIN members other ON other.phone = m.phone AND other.id <> m.id
          JOIN member_follows f ON f.member_id = other.id
         WHERE n.kind = 'members'
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER fact_log_after_insert AFTER INSERT ON fact_log REFERENCING NEW TABLE AS new_facts
    FOR EACH STATEMENT EXECUTE FUNCTION hq_after_facts();
"""

#: One call of jsonb_populate_record per fact (LATERAL: ``(f(x)).*`` would call it per column).
POPULATE = """    INSERT INTO {kind} SELECT r.* FROM new_facts n, LATERAL jsonb_populate_record(NULL::{kind},
        n.body::jsonb || jsonb_build_object('origin', n.origin, 'seq', n.seq, 'store_id', n.store_id,
                                            'member_id', n.member_id)) AS r
        WHERE n.kind = '{kind}' ON CONFLICT (id) DO NOTHING;
"""

SECURITY = """
DO $$
DECLARE
    terminal_role TEXT := current_database() || '_terminal';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = terminal_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', terminal_role);
    END IF;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC');
    EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {schema} FROM PUBLIC');
    EXECUTE format('GRANT USAGE ON SCHEMA {schema} TO %I', terminal_role);
    EXECUTE format('GRANT SELECT, INSERT ON fact_log TO %I', terminal_role);
    EXECUTE format('GRANT SELECT ON stream_heads, program_versions, member_follows TO %I', terminal_role);
    EXECUTE format('GRANT EXECUTE ON FUNCTION hq_whoami(), hq_lookup_member(TEXT, TEXT), '
                   'hq_member_history(TEXT), hq_my_store(), hq_my_terminal(), hq_member_exists(TEXT) TO %I',
                   terminal_role);
    -- (SELECT f()) makes each function an init plan: evaluated once per statement, not per row.
    EXECUTE format($p$CREATE POLICY fact_log_write_own ON fact_log FOR INSERT TO %I WITH CHECK (
        origin = (SELECT hq_my_terminal()) AND store_id = (SELECT hq_my_store())
        AND (kind <> 'members' OR (member_id = id AND NOT hq_member_exists(id)))
        AND (member_id IS NULL OR EXISTS (
            SELECT 1 FROM member_follows f WHERE f.store_id = (SELECT hq_my_store())
                                            AND f.member_id = fact_log.member_id)
            OR NOT hq_member_exists(member_id))
    )$p$, terminal_role);
    EXECUTE format($p$CREATE POLICY fact_log_read_store ON fact_log FOR SELECT TO %I USING (
        store_id = (SELECT hq_my_store()) OR EXISTS (
            SELECT 1 FROM member_follows f WHERE f.store_id = (SELECT hq_my_store())
                                            AND f.member_id = fact_log.member_id)
    )$p$, terminal_role);
    EXECUTE format($p$CREATE POLICY member_follows_own ON member_follows FOR SELECT TO %I
        USING (store_id = (SELECT hq_my_store()))$p$, terminal_role);
END $$;
ALTER TABLE fact_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE member_follows ENABLE ROW LEVEL SECURITY;
"""


def upgrade() -> None:
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    op.execute("DROP TABLE IF EXISTS hq_rows")
    op.execute("DROP SEQUENCE IF EXISTS hq_rows_seq")
    op.execute("DROP TABLE IF EXISTS hq_terminals")
    op.execute(SCHEMA)
    for kind, columns in FACT_TABLES.items():
        op.execute(f"CREATE TABLE {kind} ({columns}, origin INTEGER NOT NULL, seq BIGINT NOT NULL, "
                   f"store_id TEXT NOT NULL, PRIMARY KEY (id))")
    for table, columns in INDEXES:
        name = f"ix_{table}_{columns.replace(', ', '_')}"
        op.execute(f"CREATE INDEX {name} ON {table} ({columns})")
    populate = "".join(POPULATE.format(kind=kind) for kind in FACT_TABLES)
    op.execute(FUNCTIONS.replace("{schema}", schema).replace("{populate}", populate))
    op.execute(SECURITY.replace("{schema}", schema))


def downgrade() -> None:
    raise NotImplementedError("head office does not go back to the row store")
