"""Tier changes and the notifications they queue, worked by hand, with a merge and a refund
(docs/SPEC-privacy-notifications.md, N.1 and N.2).

Program: USD, 1 point per 1.00, tiers Member (0) and Silver (100.00) over 365 days.

    Ann (consents) and her old account "A. Archer" (no consent) enrol; Bob (no consent) enrols.
    A. Archer 80.00          -> Member (80.00)                     no change
    Ann 30.00                -> Member (30.00)                     no change
    A. Archer merged into Ann: one family, 110.00 of spend
    Ann 5.00                 -> Silver (115.00); her last sale left her Member: up, queued (consent)
    A. Archer's 80.00 refunded in full: the family is back to 35.00
    Ann 1.00                 -> Member (36.00); her last sale left her Silver: down, queued
    Bob 120.00               -> Silver: up, celebrated at the till, nothing queued (no consent)
"""

from __future__ import annotations

PROGRAM = """
[program]
name = "Tier Rewards"
currency = "USD"
region = "US"
timezone = "UTC"

[[tiers]]
name = "Member"
min_spend = "0"

[[tiers]]
name = "Silver"
min_spend = "100"
"""


def test_tier_changes_after_a_merge_and_a_refund_queue_only_with_consent(make_loyalty):
    app, clock = make_loyalty(PROGRAM, manager_pin="2468")

    def sale(card, amount):
        clock.advance(minutes=5)
        return app.sale(app.request(member=card, amount=amount))["sale"]

    ann = app.enroll(name="Ann Archer", phone="2125550101", email="ann@example.com",
                     marketing_consent=True)["member"]["card"]
    old = app.enroll(name="A. Archer", phone="2125550102")["member"]["card"]
    bob = app.enroll(name="Bob Baker", phone="2125550103", email="bob@example.com")["member"]["card"]
    old_sale = sale(old, "80.00")
    assert old_sale["tier_change"] is None
    assert sale(ann, "30.00")["tier_change"] is None
    clock.advance(minutes=5)
    assert app.merge(old, ann, "2468")["member"]["qualifying_spend"] == "110.00"
    assert sale(ann, "5.00")["tier_change"] == {"from": "Member", "to": "Silver", "direction": "up"}
    clock.advance(minutes=5)
    app.refund(old_sale["receipt"])
    down = sale(ann, "1.00")
    assert (down["tier_change"], down["tier_after"]) == ({"from": "Silver", "to": "Member", "direction": "down"},
                                                         "Member")
    assert sale(bob, "120.00")["tier_change"] == {"from": "Member", "to": "Silver", "direction": "up"}

    queued = app.export_member(ann)["export"]["notifications"]
    assert [(n["kind"], n["data"]["from"], n["data"]["to"], n["data"]["direction"]) for n in queued] == [
        ("tier_change", "Member", "Silver", "up"), ("tier_change", "Silver", "Member", "down")]
    assert all("Ann" not in str(n["data"]) and "ann@" not in str(n["data"]) for n in queued)
    assert app.export_member(bob)["export"]["notifications"] == []
    assert app.check()["ok"]
