"""The situations that broke the first sync design, tried as a chain lives them: three terminals
in two stores (t1 and t2 in store A, t3 in store B), a stretch offline, then syncs in three
different orders. Every number is computed by hand in the test; every node (and head office,
entry by entry) must end with the same (``Chain.assert_same_everywhere``).

The program (``chain.PROGRAM``): 1 point per euro (floor), WELCOME 100 points on a first purchase,
points expire after one month, 9 coffees earn a FREE-COFFEE voucher, TENNER costs 40 points for
1.00 off, one point is worth 0.01 EUR.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from chain import ORDERS, Chain

JANA = "030 1234567"


def three_tills(chain: Chain, *, sale: str | None = None) -> str:
    """t1, t2 (store A), t3 (store B); Jana enrolled at t1 (and a first sale, if given); every
    till has seen her. Returns her card."""
    t1, _, t3 = chain.terminal("t1", "A"), chain.terminal("t2", "A"), chain.terminal("t3", "B")
    card = t1.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    if sale:
        t1.sale(t1.request(member=card, amount=sale))
    chain.sync("t1")
    t3.show_member(JANA)   # store B looks her up once (by exact phone): it follows her from now on
    chain.converge(["t1", "t2", "t3"])
    return card


@pytest.mark.parametrize("order", ORDERS)
def test_every_till_expires_a_lot_but_it_expires_once(chain: Chain, order):
    card = three_tills(chain, sale="50.00")          # 50 earned + 100 welcome, expiring 4 June
    chain.clock.advance(days=32)                     # 5 June: every lot is past its expiry
    for name in ("t1", "t2", "t3"):                  # each till shows her: each expires the lots
        assert chain.terminals[name].show_member(card)["member"]["balance"] == 0
    chain.terminals["t2"].sale(chain.terminals["t2"].request(member=card, amount="20.00"))
    chain.converge(order)
    member = chain.assert_same_everywhere(card)
    assert member["balance"] == 20                   # 150 expired once, 20 new
    history = chain.terminals["t3"].history(card)["entries"]
    assert sorted(e["points"] for e in history if e["kind"] == "expire") == [-100, -50]
    assert not member["negative"]


@pytest.mark.parametrize("order", ORDERS)
def test_one_external_receipt_id_at_two_stores_and_at_two_tills_of_one_store(chain: Chain, order):
    card = three_tills(chain, sale="10.00")                                   # 10 + 100
    t1, t2, t3 = (chain.terminals[n] for n in ("t1", "t2", "t3"))
    t1.sale(t1.request(member=card, amount="10.00", receipt_id="1001"))      # store A's POS number 1001
    t3.sale(t3.request(member=card, amount="20.00", receipt_id="1001"))      # store B's own 1001
    t2.sale(t2.request(member=card, amount="7.00", receipt_id="2002"))       # two tills of A, one POS id
    t1.sale(t1.request(member=card, amount="5.00", receipt_id="2002"))
    chain.converge(order)
    member = chain.assert_same_everywhere(card)
    assert member["balance"] == 110 + 10 + 20 + 7 + 5          # every sale stands
    for name in ("t1", "t2", "t3"):
        assert chain.conflicts(chain.terminals[name]) == {"duplicate_receipt_id": 1}
    again = chain.sync("t1", "t2", "t3")                        # sync keeps working
    assert all(r["pushed"] == r["pulled"] == 0 for r in again)
    # Store A's 1001 is A's sale; store B's is B's (each store reads its own numbering).
    assert t2.refund("1001", "1.00")["refund"]["receipt"].startswith("T001-")
    assert t3.refund("1001", "1.00")["refund"]["receipt"].startswith("T003-")


@pytest.mark.parametrize("order", ORDERS)
def test_two_partial_refunds_of_one_sale_at_two_tills_both_count(chain: Chain, order):
    card = three_tills(chain)
    t1, t2 = chain.terminals["t1"], chain.terminals["t2"]
    receipt = t1.sale(t1.request(member=card, amount="81.00"))["sale"]["receipt"]   # 81 + 100 welcome
    chain.converge(["t1", "t2", "t3"])
    assert t1.refund(receipt, "30.00")["refund"]["points_clawed_back"] == 30        # floor(81*30/81)
    assert t2.refund(receipt, "20.00")["refund"]["points_clawed_back"] == 20        # floor(81*20/81)
    chain.converge(order)
    member = chain.assert_same_everywhere(card)
    assert member["balance"] == 181 - 50
    for name in ("t1", "t2", "t3"):
        sale = chain.terminals[name].sale_record(receipt)
        assert (sale["refunded"], sale["fully_refunded"]) == ("50.00", False)
        assert chain.conflicts(chain.terminals[name]) == {}


@pytest.mark.parametrize("order", ORDERS)
def test_two_full_refunds_at_two_tills_claw_back_what_was_earned_once(chain: Chain, order):
    card = three_tills(chain)
    t1, t2 = chain.terminals["t1"], chain.terminals["t2"]
    receipt = t1.sale(t1.request(member=card, amount="81.00"))["sale"]["receipt"]   # 81 + 100 welcome
    chain.converge(["t1", "t2", "t3"])
    assert t1.refund(receipt)["refund"]["member"]["balance"] == 0    # each till: 81 back, welcome reversed
    assert t2.refund(receipt)["refund"]["member"]["balance"] == 0
    chain.converge(order)
    member = chain.assert_same_everywhere(card)
    assert member["balance"] == 0 and not member["negative"]         # not -181: clawed back once
    history = chain.terminals["t3"].history(card)["entries"]
    assert sum(e["points"] for e in history if e["kind"] == "clawback") == -81
    assert sum(e["points"] for e in history if e["kind"] == "reversal") == -100
    for name in ("t1", "t2", "t3"):
        assert chain.conflicts(chain.terminals[name]) == {"refund_exceeds_sale": 1}
        assert chain.terminals[name].sale_record(receipt)["refunded"] == "162.00"   # the money did leave
    # Both refunds were made in store A today: its report counts 162.00 of refunds.
    assert t1.daily_report()["refunds"] == "162.00"


@pytest.mark.parametrize("order", ORDERS)
def test_one_voucher_spent_at_three_tills_is_used_once_and_the_rest_charged(chain: Chain, order):
    card = three_tills(chain)
    t1 = chain.terminals["t1"]
    sale = t1.sale(t1.request(member=card, items=["COFFEE-REGx9"]))["sale"]        # 27.00: 27 + 100
    assert [v["reward"] for v in sale["vouchers_issued"]] == ["FREE-COFFEE"]
    chain.converge(["t1", "t2", "t3"])
    for name in ("t1", "t2", "t3"):   # offline, each till accepts the voucher
        till = chain.terminals[name]
        used = till.sale(till.request(member=card, items=["COFFEE-REG"], redeem=["FREE-COFFEE"]))["sale"]
        assert (used["paid"], used["points_earned"]) == ("0.00", 0)
    chain.converge(order)
    member = chain.assert_same_everywhere(card)
    # One use stands; two are charged at the coffee's value: 3.00 = 300 points each.
    assert member["balance"] == 127 - 2 * 300
    assert member["negative"] and member["vouchers"] == []
    for name in ("t1", "t2", "t3"):
        assert chain.conflicts(chain.terminals[name]) == {"voucher_reused": 2}


@pytest.mark.parametrize("order", ORDERS)
def test_a_block_and_a_card_replacement_at_two_tills_both_stand(chain: Chain, order):
    card = three_tills(chain, sale="10.00")
    t1, t2 = chain.terminals["t1"], chain.terminals["t2"]
    t1.block(card, chain.pin("A"), True, "card reported stolen")
    new_card = t2.replace_card(card, chain.pin("A"))["member"]["card"]
    chain.converge(order)
    for name in ("t1", "t2", "t3"):
        member = chain.terminals[name].show_member(JANA)["member"]
        assert (member["status"], member["card"]) == ("blocked", new_card)
        assert chain.terminals[name].show_member(card)["scanned_card"]["status"] == "replaced"
    chain.assert_same_everywhere(JANA)


@pytest.mark.parametrize("order", ORDERS)
def test_a_merge_is_not_undone_by_an_unblock_at_another_till(chain: Chain, order):
    card = three_tills(chain, sale="10.00")                            # Jana: 110
    t1, t2 = chain.terminals["t1"], chain.terminals["t2"]
    other = t1.enroll(name="Jana S.", phone="030 7654321")["member"]["card"]
    t1.sale(t1.request(member=other, amount="5.00"))                    # her duplicate: 5 + 100
    t1.block(other, chain.pin("A"), True, "duplicate")
    chain.converge(["t1", "t2", "t3"])
    t1.merge(other, card, chain.pin("A"))
    t2.block(other, chain.pin("A"), False, "unblocked by mistake")
    chain.converge(order)
    member = chain.assert_same_everywhere(card, ["t1", "t2"])
    assert member["balance"] == 110 + 105
    for name in ("t1", "t2"):
        assert chain.terminals[name].show_member(other)["member"]["id"] == member["id"]   # still merged


@pytest.mark.parametrize("order", ORDERS)
def test_a_first_purchase_bonus_seen_at_two_tills_is_paid_once(chain: Chain, order):
    card = three_tills(chain)                                          # enrolled, no purchase yet
    t1, t3 = chain.terminals["t1"], chain.terminals["t3"]
    assert t1.sale(t1.request(member=card, amount="10.00"))["sale"]["bonus_points"] == 100
    chain.clock.advance(minutes=5)
    assert t3.sale(t3.request(member=card, amount="20.00"))["sale"]["bonus_points"] == 100
    chain.converge(order)
    member = chain.assert_same_everywhere(card)
    assert member["balance"] == 10 + 20 + 100
    for name in ("t1", "t2", "t3"):
        assert chain.conflicts(chain.terminals[name]) == {"bonus_duplicate": 1}


@pytest.mark.parametrize("order", ORDERS)
def test_a_punch_card_filled_at_two_tills_issues_its_voucher(chain: Chain, order):
    card = three_tills(chain, sale="1.00")                             # 1 + 100
    t1, t2 = chain.terminals["t1"], chain.terminals["t2"]
    t1.sale(t1.request(member=card, items=["COFFEE-REGx5"]))           # 15.00: 15
    chain.clock.advance(minutes=1)
    t2.sale(t2.request(member=card, items=["COFFEE-REGx5"]))           # 15.00: 15, the 9th coffee is here
    chain.converge(order)
    member = chain.assert_same_everywhere(card)
    assert member["balance"] == 101 + 15 + 15
    assert [v["reward"] for v in member["vouchers"]] == ["FREE-COFFEE"]
    assert member["punch_cards"] == [{"code": "COFFEE", "units": 1, "of": 9, "reward": "FREE-COFFEE"}]


def test_the_daily_report_counts_its_own_store(chain: Chain):
    card = three_tills(chain)
    t1, t2, t3 = (chain.terminals[n] for n in ("t1", "t2", "t3"))
    t1.sale(t1.request(amount="10.00"))
    t2.sale(t2.request(member=card, amount="20.00"))
    t3.sale(t3.request(member=card, amount="40.00"))
    chain.converge(["t1", "t2", "t3"])
    for name, expected in (("t1", ("30.00", 2)), ("t2", ("30.00", 2)), ("t3", ("40.00", 1))):
        report = chain.terminals[name].daily_report()
        assert (report["revenue"], report["sales"]) == expected
    # Jana's points were earned at both stores; she is store A's member: A carries the liability.
    assert t1.daily_report()["liability_points"] == 20 + 100 + 40
    assert t3.daily_report()["liability_points"] == 0


def test_the_offline_cap_turns_on_when_head_office_is_silent(chain: Chain, hq_url, pg_server_url):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from terminal.domain.errors import RedemptionLimit
    card = three_tills(chain, sale="200.00")                           # 200 + 100
    t1 = chain.terminals["t1"]
    chain.clock.advance(minutes=20)   # no sync for 20 minutes, but head office answers the probe
    t1.sale(t1.request(member=card, amount="5.00", redeem=["TENNER"]))
    t1.sale(t1.request(member=card, amount="5.00", redeem=["TENNER"]))   # 80 > 50: no cap while online
    name = make_url(hq_url).database
    chain.close()
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{name}_away"'))
    try:
        chain.clock.advance(minutes=20)   # head office gone, and no manual sync attempted
        t1.remote._quiet_until = 0
        t1.sale(t1.request(member=card, amount="5.00", redeem=["TENNER"]))   # 40 of the 50 allowed
        with pytest.raises(RedemptionLimit, match="offline"):
            t1.sale(t1.request(member=card, amount="5.00", redeem=["TENNER"]))
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}_away" RENAME TO "{name}"'))
        admin.dispose()


def test_clock_skew_is_reported(chain: Chain):
    from datetime import datetime, timezone
    chain.terminal("t1", "A")
    chain.clock.set(datetime.now(timezone.utc) + timedelta(minutes=10))   # this till runs 10 minutes fast
    result = chain.sync("t1")[0]
    assert result["clock_skew_warning"] and 590 < result["clock_skew_s"] < 610
    assert chain.terminals["t1"].sync_status()["clock_skew_s"] == result["clock_skew_s"]
    chain.clock.set(datetime.now(timezone.utc))
    assert not chain.sync("t1")[0]["clock_skew_warning"]
