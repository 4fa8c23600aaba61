"""Property-based tests (hypothesis) of the wallet and the sale/refund arithmetic, without a
database: the balance always equals the sum of the ledger, lots never go negative, any sequence
of sales, redemptions, partial refunds, adjustments and expiries keeps that true, and a full
refund returns the balance to what it was. The same "any sequence" property runs against the
services on SQLite in tests/integration/test_service_properties.py."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from terminal.domain.checkout import MemberSituation, SaleLine, price_sale
from terminal.domain.errors import LoyaltyError
from terminal.domain.program import parse_program
from terminal.domain.refunds import plan_refund
from terminal.domain.timekeeping import expiry_instant
from terminal.domain.wallet import LedgerLine, Wallet

FAST = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])

PROGRAM = parse_program('''
[program]
name = "P"
currency = "USD"
timezone = "Europe/Berlin"
points_per_unit = "3"
rounding = "half_up"
expiry_months = 1

[redemption]
min_points = 10
max_fraction_of_sale = "1"

[[categories]]
name = "beauty"
multiplier = "1.7"

[[categories]]
name = "gift"
earn = false

[[campaigns]]
code = "WELCOME"
kind = "bonus"
value = "25"
first_purchase = true

[[rewards]]
code = "2OFF"
kind = "amount_off"
points = 200
value = "2.00"
''')
START = datetime(2026, 1, 31, 10, 0, tzinfo=timezone.utc)


def assert_invariants(wallet: Wallet, ledger: list[LedgerLine]) -> None:
    assert wallet.balance == sum(line.points for line in ledger)
    assert all(lot.remaining > 0 for lot in wallet.lots), "a lot went negative or stayed empty"
    assert wallet.debt >= 0
    assert not (wallet.debt and wallet.lots), "debt and open lots at once: credits must pay debt first"
    replayed = Wallet.replay(ledger)
    assert replayed.balance == wallet.balance and replayed.debt == wallet.debt
    assert sorted((l.entry_id, l.remaining) for l in replayed.lots) == sorted((l.entry_id, l.remaining) for l in wallet.lots)


# --------------------------------------------------------------------------- the wallet alone

wallet_ops = st.lists(st.one_of(
    st.tuples(st.just("credit"), st.integers(1, 500), st.one_of(st.none(), st.integers(0, 60))),
    st.tuples(st.just("debit"), st.integers(1, 700), st.none()),
    st.tuples(st.just("expire"), st.integers(0, 60), st.none()),
), max_size=40)


@FAST
@given(wallet_ops)
def test_wallet_balance_is_the_ledger_sum_and_lots_never_go_negative(ops):
    wallet, ledger, n = Wallet(), [], 0
    for op, value, extra in ops:
        n += 1
        if op == "credit":
            expires = None if extra is None else START + timedelta(days=extra)
            line = LedgerLine(f"e{n}", value, expires)
            ledger.append(line)
            wallet.apply(line)
        elif op == "debit":
            line = LedgerLine(f"e{n}", -value)
            ledger.append(line)
            wallet.apply(line)
        else:
            now = START + timedelta(days=value)
            for lot in wallet.due(now):
                line = LedgerLine(f"e{n}-{lot.entry_id}", -lot.remaining, None, lot.entry_id)
                ledger.append(line)
                wallet.apply(line)
            assert wallet.due(now) == []
        assert_invariants(wallet, ledger)


@FAST
@given(st.lists(st.tuples(st.integers(1, 100), st.integers(0, 30)), min_size=1, max_size=10), st.integers(1, 2000))
def test_debits_take_earliest_expiring_lots_first(credits, debit):
    wallet = Wallet()
    for i, (points, days) in enumerate(credits):
        wallet.credit(f"c{i}", points, START + timedelta(days=days))
    before = {l.entry_id: l.remaining for l in wallet.lots}
    taken = wallet.debit(debit)
    # Whatever was taken fully drained every lot that expires strictly earlier than a lot touched.
    touched = [eid for eid, _ in taken]
    expiries = {f"c{i}": START + timedelta(days=d) for i, (_, d) in enumerate(credits)}
    if touched:
        last = max(expiries[t] for t in touched)
        for eid, exp in expiries.items():
            if exp < last:
                assert eid in touched and dict(taken)[eid] == before[eid]
    assert sum(p for _, p in taken) + wallet.debt == debit


# --------------------------------------------------------------------------- sales, refunds, expiry

class Model:
    """A member's ledger driven by the domain functions only (what the services do, minus SQL)."""

    def __init__(self):
        self.wallet, self.ledger, self.sales, self.now, self.n = Wallet(), [], [], START, 0

    def post(self, points, expires=None, lot_id=None):
        self.n += 1
        line = LedgerLine(f"e{self.n}", points, expires if points > 0 else None, lot_id)
        self.ledger.append(line)
        self.wallet.apply(line)

    def credit(self, points):
        if points:
            self.post(points, expiry_instant(self.now, PROGRAM.expiry_months, PROGRAM.tz))

    def expire_due(self):
        for lot in self.wallet.due(self.now):
            self.post(-lot.remaining, lot_id=lot.entry_id)

    def sale(self, lines, redeem, redeem_points):
        self.expire_due()
        facts = MemberSituation(qualifying_spend=0, balance=self.wallet.balance, first_purchase=not self.sales)
        try:
            priced = price_sale(PROGRAM, lines, self.now, facts, redeem, redeem_points)
        except LoyaltyError:
            return None
        if priced.points_redeemed:
            self.post(-priced.points_redeemed)
        self.credit(priced.points_earned)
        for bonus in priced.bonuses:
            self.credit(bonus.points)
        record = {"paid": priced.paid, "earned": priced.points_earned, "redeemed": priced.points_redeemed,
                  "bonus": priced.bonus_points, "refunded": 0, "clawed": 0, "returned": 0, "full": False}
        self.sales.append(record)
        return record

    def refund(self, record, amount):
        self.expire_due()
        try:
            plan = plan_refund(paid=record["paid"], refunded_before=record["refunded"], fully_refunded=record["full"],
                               amount=amount, earned=record["earned"], redeemed=record["redeemed"], qualifying=0,
                               clawed_before=record["clawed"], returned_before=record["returned"],
                               qualifying_reduced_before=0)
        except LoyaltyError:
            return None
        record["refunded"] += plan.amount
        record["clawed"] += plan.points_clawed_back
        record["returned"] += plan.points_returned
        record["full"] = plan.full
        if plan.points_clawed_back:
            self.post(-plan.points_clawed_back)
        self.credit(plan.points_returned)
        if plan.full and record["bonus"]:
            self.post(-record["bonus"])
        return plan


line_st = st.builds(SaleLine, category=st.sampled_from(["grocery", "beauty", "gift"]),
                    unit_amount=st.integers(1, 5000), quantity=st.integers(1, 3))
op_st = st.one_of(
    st.tuples(st.just("sale"), st.lists(line_st, min_size=1, max_size=3),
              st.sampled_from([[], ["2OFF"]]), st.one_of(st.none(), st.integers(1, 400))),
    st.tuples(st.just("refund"), st.integers(0, 20), st.one_of(st.none(), st.integers(1, 3000)), st.none()),
    st.tuples(st.just("time"), st.integers(1, 40 * 24), st.none(), st.none()),
    st.tuples(st.just("adjust"), st.integers(-300, 300).filter(bool), st.none(), st.none()),
)


@FAST
@given(st.lists(op_st, max_size=25))
def test_any_sequence_keeps_balance_equal_to_ledger_and_lots_non_negative(ops):
    m = Model()
    for op, a, b, c in ops:
        if op == "sale":
            m.sale(a, b, c)
        elif op == "refund" and m.sales:
            m.refund(m.sales[a % len(m.sales)], b)
        elif op == "time":
            m.now += timedelta(hours=a)
        elif op == "adjust":
            if a > 0:
                m.credit(a)
            else:
                m.post(a)
        assert_invariants(m.wallet, m.ledger)
        for record in m.sales:
            assert 0 <= record["clawed"] <= record["earned"]
            assert 0 <= record["returned"] <= record["redeemed"]
            assert record["refunded"] <= record["paid"]
            if record["full"]:
                assert record["clawed"] == record["earned"] and record["returned"] == record["redeemed"]


@FAST
@given(st.integers(0, 3000), st.lists(line_st, min_size=1, max_size=4), st.sampled_from([[], ["2OFF"]]),
       st.one_of(st.none(), st.integers(10, 400)), st.lists(st.integers(1, 5000), max_size=3), st.booleans())
def test_a_full_refund_returns_the_balance_to_what_it_was(opening, lines, redeem, redeem_points, partials, first):
    m = Model()
    if not first:
        m.sales.append({"paid": 0})  # not the first purchase: no welcome bonus
    m.credit(opening)
    before = m.wallet.balance
    record = m.sale(lines, redeem, redeem_points)
    if record is None:
        assert m.wallet.balance == before  # a refused sale writes nothing
        return
    for amount in partials:
        m.refund(record, amount)
    assert m.refund(record, None) is not None or record["full"]
    assert record["full"]
    assert m.wallet.balance == before, (record, m.ledger)
    assert_invariants(m.wallet, m.ledger)
