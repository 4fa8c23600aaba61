"""Manager analytics across two tills of one store (docs/SPEC-privacy-notifications.md, A).

Program ``chain.PROGRAM``: 1 point per euro, WELCOME 100 points on a first purchase, points
expire after one month (00:00 Berlin time), store time Europe/Berlin.

    4 May, t1: Jana enrols, buys 20.00     -> 20 + 100 welcome, lots expiring 4 June
    4 May, t2: Jana 10.00                  -> 10, expiring 4 June
    4 May, t2: a customer without card 30.00
    4 May, t2: 4.00 of Jana's 10.00 refunded -> floor(10 * 4 / 10) = 4 clawed back
    after both sync, the period 4 May - 4 May, on either till:
      repeat purchase: Jana bought twice (the partial refund leaves the sale standing) -> 1 of 1: 100.0
      retention: Jana is new (cohort 1), no window has ended yet (eligible 0)
      baskets: members 20.00 + 10.00 = 30.00 / 2 = 15.00; others 30.00 / 1 = 30.00
      liability: 120 + 10 - 4 = 126, all expiring in 2026-06
"""

from __future__ import annotations

import pytest

from chain import Chain

pytestmark = pytest.mark.postgres


def test_two_tills_of_a_store_report_the_same_analytics(chain: Chain):
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    card = t1.enroll(name="Jana Schulz", phone="030 1234567")["member"]["card"]
    t1.sale(t1.request(member=card, amount="20.00"))
    chain.sync("t1", "t2")
    chain.clock.advance(minutes=10)
    receipt = t2.sale(t2.request(member=card, amount="10.00"))["sale"]["receipt"]
    t2.sale(t2.request(amount="30.00"))
    chain.clock.advance(minutes=10)
    assert t2.refund(receipt, "4.00")["refund"]["points_clawed_back"] == 4
    chain.converge(["t2", "t1"])
    reports = [app.period_report("2026-05-04", "2026-05-04") for app in (t1, t2)]
    assert reports[0]["analytics"] == reports[1]["analytics"]
    a = reports[0]["analytics"]
    assert a["repeat_purchase"] == {"members": 1, "repeat": 1, "rate": "100.0"}
    assert a["retention"]["30"] == {"cohort": 1, "eligible": 0, "retained": 0, "rate": None}
    assert a["basket"] == {"members": {"sales": 2, "total": "30.00", "average": "15.00"},
                           "non_members": {"sales": 1, "total": "30.00", "average": "30.00"}}
    assert a["liability_by_expiry"] == [{"month": "2026-06", "points": 126, "value": "1.26"}]
    assert reports[0]["liability_points"] == 126 and reports[0]["sales"] == 3
