"""Head-office sync through a real PostgreSQL: streams, registration, lookups (SPEC 7)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from terminal.domain.errors import UnknownMember
from terminal.sync.engine import run_sync, unsynced_count
from terminal.sync.hq import HqRefused

from chain import Chain


def test_two_stores_converge_and_a_repeated_sync_changes_nothing(chain: Chain):
    t1, t3 = chain.terminal("t1", "A"), chain.terminal("t3", "B")
    card = t1.enroll(name="Jana Schulz", phone="030 1234567")["member"]["card"]
    t1.sale(t1.request(member=card, amount="37.40"))
    assert unsynced_count(t1.db) > 0
    first = chain.sync("t1")[0]
    assert first["pushed"] > 0 and unsynced_count(t1.db) == 0
    again = chain.sync("t1")[0]
    assert (again["pushed"], again["pulled"]) == (0, 0)
    # Store B never saw Jana: its till looks her up at head office (by exact phone) on first use.
    t3.sale(t3.request(member="030 1234567", amount="10.00"))
    chain.converge(["t3", "t1"])
    member = chain.assert_same_everywhere(card)
    # 37 points for 37.40 + 100 welcome bonus (first purchase) + 10 for 10.00 at store B.
    assert member["balance"] == 37 + 100 + 10


def test_a_till_claiming_a_taken_number_is_refused(chain: Chain):
    chain.terminal("t1", "A", number=1)
    with pytest.raises(HqRefused, match="already registered"):
        chain.terminal("t2", "A", number=1)
    other = chain.terminal("t3", "A")
    assert other.settings()["terminal"] == 2


def test_an_unknown_member_is_fetched_for_a_sale_too(chain: Chain):
    t1, t3 = chain.terminal("t1", "A"), chain.terminal("t3", "B")
    member = t1.enroll(name="Late Lotte", phone="030 5550004")["member"]
    t1.sale(t1.request(member=member["card"], amount="8.00"))
    chain.sync("t1")
    with pytest.raises(UnknownMember):
        t3.show_member("030 5559999")   # not at head office either
    sale = t3.sale(t3.request(member=member["card"], amount="2.00"))["sale"]
    assert sale["member"] == member["id"] and sale["balance_after"] == 8 + 100 + 2
