"""A member's erasure across a chain: two tills of store A (t1, t2) and head office.

The program (``chain.PROGRAM``): 1 point per euro (floor), WELCOME 100 points on a first
purchase, one point is worth 0.01 EUR. Jana enrols at t1 with an email and a birthday.

    t1: Jana's first sale 20.00       -> 20 + 100 welcome             = 120
    t1: a second account "J. Schulz" (another phone), manager adjusts +30
    t2: sale 10.00                    -> 10                            = 130
    t2: refund 4.00 of it             -> floor(10 * 4 / 10) = 4 back   = 126
    t1: merges the second account into Jana                            = 126 + 30 = 156
    t2 (offline): edits Jana's email to a new one, before it hears of the erasure
    t1: erases Jana (both accounts) and syncs; then t2 syncs, then t1 again.

Afterwards no node holds her name, phones, emails or birthday: not t1's or t2's database file
(WAL included), not a backup made after, not head office (a pg_dump of it); the balance is
still 156, equal everywhere, the ledger sums to it, and every ``check`` passes.
"""

from __future__ import annotations

import os
import subprocess

import pytest
from sqlalchemy.engine import make_url

from chain import Chain

pytestmark = pytest.mark.postgres

JANA = "030 1234567"
OTHER = "030 7654321"
PERSONAL = ["Jana", "Schulz", "jana@example.de", "jana.neu@example.de", "1234567", "7654321", "1988-04-12"]


def file_leaks(path) -> list[str]:
    found = []
    for candidate in (str(path), f"{path}-wal"):
        if os.path.exists(candidate):
            data = open(candidate, "rb").read()
            found += [p for p in PERSONAL if p.encode() in data]
    return found


def hq_leaks(hq_url: str) -> list[str]:
    url = make_url(hq_url)
    dump = subprocess.run(["pg_dump", "--data-only", "-h", url.host, "-p", str(url.port or 5432),
                           "-U", url.username, url.database], capture_output=True, text=True, check=True).stdout
    assert "fact_log" in dump and "members" in dump
    return [p for p in PERSONAL if p in dump]


def test_an_erasure_reaches_every_node_and_the_numbers_stay(chain: Chain, hq_url, tmp_path):
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    pin = chain.pin("A")
    card = t1.enroll(name="Jana Schulz", phone=JANA, email="jana@example.de", birthday="1988-04-12",
                     marketing_consent=True)["member"]["card"]
    assert t1.sale(t1.request(member=card, amount="20.00"))["sale"]["balance_after"] == 120
    other = t1.enroll(name="J. Schulz", phone=OTHER)["member"]["card"]
    t1.adjust(other, 30, "moved from the old card", pin)
    chain.sync("t1", "t2")
    sale = t2.sale(t2.request(member=card, amount="10.00"))["sale"]
    assert sale["balance_after"] == 130
    assert t2.refund(sale["receipt"], "4.00")["refund"]["points_clawed_back"] == 4
    chain.sync("t2", "t1")
    assert t1.merge(other, card, pin)["member"]["balance"] == 156
    assert hq_leaks(hq_url)   # head office holds her data before the erasure, of course
    t2.edit_member(card, pin, reason="new address", email="jana.neu@example.de")   # t2 is offline

    erased = t1.erase_member(card, pin, reason="asked at the counter")["erased"]
    assert len(erased["accounts"]) == 2
    chain.sync("t1")
    chain.sync("t2")   # pushes its edit (head office redacts it as it arrives), pulls the erasure
    chain.sync("t1")   # pulls t2's edit, already redacted

    member = chain.assert_same_everywhere(card)
    assert (member["balance"], member["name"], member["erased"], member["email"]) == (156, "", True, None)
    for name in ("t1", "t2"):
        app = chain.terminals[name]
        assert app.export_member(card)["export"]["accounts"][0]["email"] is None
        assert file_leaks(app.db.path) == [], name
        backup = tmp_path / f"{name}-after.db"
        app.backup(str(backup))
        assert file_leaks(backup) == [], name
    assert hq_leaks(hq_url) == []
    # Head office's relational tables keep the numbers: her fact entries there are 20 + 100 + 30
    # + 10 = 160; the 4 clawed back is derived from the refund on every node (156).
    ids = chain.family_ids(t1, card)
    assert sum(points for _, points, _ in chain.hq_entries(ids).values()) == 160
