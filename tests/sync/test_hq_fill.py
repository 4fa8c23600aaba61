"""Head office fills its relational tables from the pushed facts (h010s): every row is the one
the first revision's ``jsonb_populate_record(body || origin, seq, store_id, member_id)`` made."""

from __future__ import annotations

from sqlalchemy import text

from terminal.sync.hq_migrations.versions.h002_facts import FACT_TABLES

from chain import Chain

AS_FIRST_MADE = ("SELECT r.* FROM fact_log n, LATERAL jsonb_populate_record(NULL::{kind}, n.body::jsonb || "
                 "jsonb_build_object('origin', n.origin, 'seq', n.seq, 'store_id', n.store_id, "
                 "'member_id', n.member_id)) AS r WHERE n.kind = '{kind}'")


def test_every_relational_row_is_its_fact_as_the_first_revision_filled_it(chain: Chain):
    t1 = chain.terminal("t1", "A")
    card = t1.enroll(name="Jana Schulz", phone="030 1234567", email="jana@example.org")["member"]["card"]
    other = t1.enroll(name="Bo Berg", phone="030 7654321")["member"]["card"]
    for n in range(3):
        t1.sale(t1.request(member=card if n % 2 == 0 else other, amount=f"{12 + n}.50"))
    t1.sale(t1.request(amount="3.00"))
    chain.sync("t1")
    with chain.admin.connect() as connection:
        kinds = {k for (k,) in connection.execute(text("SELECT DISTINCT kind FROM fact_log"))}
        assert {"members", "cards", "sales", "sale_lines", "ledger_entries"} <= kinds
        for kind in FACT_TABLES:
            made = AS_FIRST_MADE.format(kind=kind)
            for difference in (f"{made} EXCEPT ALL SELECT * FROM {kind}", f"SELECT * FROM {kind} EXCEPT ALL {made}"):
                assert connection.execute(text(f"SELECT count(*) FROM ({difference}) AS d")).scalar() == 0, kind
            held = connection.execute(text(f"SELECT count(*) FROM {kind}")).scalar()
            assert held == connection.execute(text(f"SELECT count(*) FROM fact_log WHERE kind = '{kind}'")).scalar()
