"""The "any sequence" property at the service level, on a temporary SQLite database: after
every sale, redemption, partial refund, expiry and passage of time, ``Loyalty.check()`` is ok
and the member's balance equals the sum of their ``history()``."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from terminal.domain.clock import FixedClock
from terminal.domain.errors import LoyaltyError
from terminal.domain.program import parse_program
from terminal.services.loyalty import Loyalty
from terminal.store.database import open_database

PROGRAM = '''
[program]
name = "P"
currency = "USD"
timezone = "Europe/Berlin"
points_per_unit = "2"
rounding = "floor"
expiry_months = 1

[redemption]
min_points = 10
max_fraction_of_sale = "0.8"

[[categories]]
name = "beauty"
multiplier = "1.5"

[[categories]]
name = "gift"
earn = false

[[campaigns]]
code = "WELCOME"
kind = "bonus"
value = "30"
first_purchase = true

[[rewards]]
code = "2OFF"
kind = "amount_off"
points = 200
value = "2.00"

[[rewards]]
code = "GIVE"
kind = "donation"
points = 100
value = "1.00"
charity = "Food Bank"
'''

_counter = itertools.count()

amount_st = st.integers(1, 4000).map(lambda c: f"{c // 100}.{c % 100:02d}")
op_st = st.one_of(
    st.tuples(st.just("sale"), st.lists(st.tuples(st.sampled_from(["grocery", "beauty", "gift"]), amount_st),
                                        min_size=1, max_size=3),
              st.sampled_from([[], ["2OFF"], ["GIVE"]]), st.one_of(st.none(), st.integers(5, 300))),
    st.tuples(st.just("refund"), st.integers(0, 10), st.one_of(st.none(), amount_st), st.none()),
    st.tuples(st.just("time"), st.integers(1, 24 * 45), st.none(), st.none()),
    st.tuples(st.just("expire"), st.none(), st.none(), st.none()),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(op_st, min_size=1, max_size=14))
def test_any_sequence_keeps_check_ok_and_balance_equal_to_history(tmp_path, ops):
    db = open_database(tmp_path / f"p{next(_counter)}.db")
    clock = FixedClock(datetime(2026, 1, 31, 22, 30, tzinfo=timezone.utc))
    app = Loyalty(db, clock)
    try:
        app.initialise(program=parse_program(PROGRAM))
        card = app.enroll(name="Prop Erty", phone="+49 30 901820")["member"]["card"]
        receipts = []
        for op, a, b, c in ops:
            try:
                if op == "sale":
                    result = app.sale(app.request(member=card, lines=[f"{cat}={amt}" for cat, amt in a],
                                                  redeem=b, redeem_points=c))["sale"]
                    receipts.append(result["receipt"])
                    assert result["balance_after"] == app.show_member(card)["member"]["balance"]
                elif op == "refund" and receipts:
                    app.refund(receipts[a % len(receipts)], b)
                elif op == "time":
                    clock.advance(hours=a)
                elif op == "expire":
                    app.expire()
            except LoyaltyError as exc:
                assert exc.code in {"insufficient_points", "redemption_limit", "reward_not_applicable",
                                    "refund_exceeds_sale", "invalid_amount"}, exc
            check = app.check()
            assert check["ok"], check["problems"]
            member = app.show_member(card)["member"]
            history = app.history(card)["entries"]
            assert member["balance"] == sum(e["points"] for e in history)
            assert member["negative"] == (member["balance"] < 0)
            if not member["negative"]:
                assert sum(e["points"] for e in member["expiring"]) <= member["balance"]
    finally:
        db.dispose()
