"""Property: whatever tills do offline and whatever order they sync in, every node converges,
and points are conserved: each balance is what was earned, paid as bonuses and adjusted, less
what was redeemed, expired and clawed back (with what refunds give back), each lot expires at
most once, a sale's refunds never claw back more than it earned, and a once-per-member bonus
counts once."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text

from terminal.domain.errors import LoyaltyError
from terminal.store.models import LedgerEntry, Sale

from chain import Chain
from conftest import drop_database

TILLS = ("t1", "t2", "t3")
STORES = {"t1": "A", "t2": "A", "t3": "B"}
PEOPLE = ("030 1234567", "030 7654321")

till_st = st.sampled_from(TILLS)
op_st = st.one_of(
    st.tuples(st.just("sale"), till_st, st.integers(0, 1), st.integers(100, 6000), st.integers(0, 4)),
    st.tuples(st.just("redeem"), till_st, st.integers(0, 1), st.sampled_from(["TENNER", "FREE-COFFEE"]), st.none()),
    st.tuples(st.just("refund"), till_st, st.integers(0, 30), st.one_of(st.none(), st.integers(1, 3000)), st.none()),
    st.tuples(st.just("time"), st.none(), st.integers(1, 20), st.none(), st.none()),
    st.tuples(st.just("sync"), till_st, st.none(), st.none(), st.none()),
)


@settings(max_examples=int(__import__("os").environ.get("SYNC_EXAMPLES", "6")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op_st, min_size=4, max_size=24), final_order=st.permutations(TILLS))
def test_offline_tills_converge_and_conserve_points(tmp_path_factory, pg_server_url, ops, final_order):
    name = f"loyalty_hq_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    chain = Chain(tmp_path_factory.mktemp("prop"), pg_server_url.set(database=name).render_as_string(False))
    try:
        run_example(chain, ops, list(final_order))
    finally:
        chain.close()
        drop_database(admin, name)
        admin.dispose()


def run_example(chain: Chain, ops, final_order) -> None:
    for till in TILLS:
        chain.terminal(till, STORES[till])
    cards = [chain.terminals["t1"].enroll(name=f"Person {n}", phone=phone)["member"]["card"]
             for n, phone in enumerate(PEOPLE)]
    chain.sync("t1")
    for phone in PEOPLE:
        chain.terminals["t3"].show_member(phone)   # store B follows both
    chain.converge(["t1", "t2", "t3"])
    receipts: list[str] = []
    for op, till, a, b, c in ops:
        app = chain.terminals.get(till) if till else None
        try:
            if op == "sale":
                lines = [f"grocery={b // 100}.{b % 100:02d}"] + (["coffee=3.00x%d" % c] if c else [])
                receipts.append(app.sale(app.request(member=cards[a], lines=lines))["sale"]["receipt"])
            elif op == "redeem":
                items = ["COFFEE-REG"] if b == "FREE-COFFEE" else []
                app.sale(app.request(member=cards[a], amount="5.00", items=items, redeem=[b]))
            elif op == "refund" and receipts:
                amount = f"{b // 100}.{b % 100:02d}" if b else None
                app.refund(receipts[a % len(receipts)], amount)
            elif op == "time":
                chain.clock.advance(days=a)
            elif op == "sync":
                chain.sync(till)
        except LoyaltyError as exc:
            assert exc.code in {"insufficient_points", "redemption_limit", "reward_not_applicable",
                                "refund_exceeds_sale", "invalid_amount", "unknown_sale"}, exc
    chain.converge(final_order)
    for card in cards:
        member = chain.assert_same_everywhere(card)
        assert_conserved(chain, card, member)


def assert_conserved(chain: Chain, card: str, member: dict) -> None:
    app = chain.terminals["t1"]
    ids = chain.family_ids(app, card)
    with app.db.reader.connect() as connection:
        entries = connection.execute(select(LedgerEntry).where(LedgerEntry.member_id.in_(ids))).all()
        sales = {s.id: s for s in connection.execute(select(Sale).where(Sale.member_id.in_(ids)))}
    by_kind = Counter()
    for e in entries:
        by_kind[e.kind] += e.points
    earned = by_kind["earn"] + by_kind["bonus"] + by_kind["referral"] + by_kind["superseded"] + by_kind["adjust"]
    spent = -(by_kind["redeem"] + by_kind["expire"] + by_kind["clawback"] + by_kind["reversal"] + by_kind["charge"])
    assert member["balance"] == earned - spent + by_kind["return"]
    expired_lots = Counter(e.lot_id for e in entries if e.kind == "expire")
    assert all(n == 1 for n in expired_lots.values()), "a lot expired twice"
    credited = {e.id: e.points for e in entries if e.points > 0}
    for e in entries:
        if e.kind == "expire":
            assert -e.points <= credited[e.lot_id], "expiry took more than the lot held"
    clawed, returned = defaultdict(int), defaultdict(int)
    for e in entries:
        if e.kind == "clawback":
            clawed[e.sale_id] -= e.points
        elif e.kind == "return":
            returned[e.sale_id] += e.points
    for sale_id, points in clawed.items():
        assert points <= sales[sale_id].points_earned
    for sale_id, points in returned.items():
        assert points <= sales[sale_id].points_redeemed
    paid, cancelled, reversed_ = defaultdict(int), defaultdict(int), defaultdict(int)
    for e in entries:
        if e.key:
            paid[e.key] += e.points
        elif e.kind == "superseded":
            cancelled[e.rule] += e.points
        elif e.kind == "reversal" and e.rule and e.rule.startswith("first:"):
            reversed_[e.rule] += e.points
    for key, points in paid.items():   # a once-per-member bonus counts once (100), or not at all
        assert points + cancelled[key] == 100, (key, points, cancelled[key])
        assert points + cancelled[key] + reversed_[key] in (0, 100)
