"""Notifications from the till to the member's inbox: two tills of store A queue them, head
office sends them through a real SMTP server (aiosmtpd, started here) with ``loyalty hq notify``.

Program: 1 point per euro, tiers Member (0), Silver (100.00), Gold (300.00) over 365 days,
points expire after one month (00:00 Berlin time on the same day a month later).

    4 May  t1: Ada (consents, ada@example.com) 120.00 -> Silver        queued: tier Member->Silver
           t1: Bob (no consent, has an email) 150.00 -> Silver         nothing queued
           t1: Cem (consents, no email)        100.00 -> Silver        queued; HQ skips: no email
           t1: Eve (consents, eve@example.com) 100.00 -> Silver        queued, then Eve is erased
           t2: Ada 200.00 -> 320.00 qualifying -> Gold                 queued: tier Silver->Gold
    9 May  t1 and t2 both run `expire`: Ada's 320 points (120 + 200, one lot each) expire on
           4 June (3 June 22:00 UTC, 25 days away): both queue "expiring:2026-06-04"; Cem's 100 too.
           t1 refunds the 200.00 sale in full (Ada back to 120.00 qualifying), then Ada buys
           1.00 at t1: tier Silver, her last sale left her Gold: queued Gold->Silver (down).

    hq notify: Ada gets 4 messages (Silver, Gold, 320 points on 2026-06-04, back to Silver);
    Cem's 2 are skipped (no email), Eve's 1 too (erased); Bob gets nothing. A second run sends
    nothing.
"""

from __future__ import annotations

import json
import socket
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from chain import Chain, PROGRAM

pytestmark = pytest.mark.postgres

TIERED = PROGRAM.replace('expiry_months = 1\n', '''expiry_months = 1

[tier_window]
days = 365

[[tiers]]
name = "Member"
min_spend = "0"

[[tiers]]
name = "Silver"
min_spend = "100"

[[tiers]]
name = "Gold"
min_spend = "300"
''').replace('''[[campaigns]]
code = "WELCOME"
kind = "bonus"
value = "100"
first_purchase = true
''', "")


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
        return "250 OK"


@pytest.fixture
def smtp():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, f"127.0.0.1:{port}"
    finally:
        controller.stop()


@pytest.fixture
def tiered(tmp_path, hq_url):
    chain = Chain(tmp_path, hq_url, program=TIERED)
    yield chain
    chain.close()


def hq_notify(capsys, monkeypatch, hq_url: str, smtp_at: str) -> dict:
    from terminal.cli.main import main
    capsys.readouterr()
    assert main(["--json", "hq", "notify", "--url", hq_url, "--smtp", smtp_at, "--sender", "rewards@example.com"]) == 0
    return json.loads(capsys.readouterr().out)["notify"]


def test_head_office_sends_each_notification_once_and_only_with_consent(tiered: Chain, hq_url, smtp, capsys,
                                                                         monkeypatch):
    inbox, smtp_at = smtp
    chain = tiered
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")

    def sale(app, card, amount):
        chain.clock.advance(minutes=1)
        return app.sale(app.request(member=card, amount=amount))["sale"]

    ada = t1.enroll(name="Ada Lovelace", phone="030 1111111", email="ada@example.com",
                    marketing_consent=True)["member"]["card"]
    bob = t1.enroll(name="Bob Brown", phone="030 2222222", email="bob@example.com")["member"]["card"]
    cem = t1.enroll(name="Cem Yilmaz", phone="030 3333333", marketing_consent=True)["member"]["card"]
    assert sale(t1, ada, "120.00")["tier_change"] == {"from": "Member", "to": "Silver", "direction": "up"}
    assert sale(t1, bob, "150.00")["tier_change"]["to"] == "Silver"     # celebrated at the till, not mailed
    sale(t1, cem, "100.00")
    eve = t1.enroll(name="Eve Erased", phone="030 4444444", email="eve@example.com",
                    marketing_consent=True)["member"]["card"]
    assert sale(t1, eve, "100.00")["tier_change"]["to"] == "Silver"
    t1.erase_member(eve, chain.pin("A"))
    chain.sync("t1", "t2")
    gold = sale(t2, ada, "200.00")
    assert gold["tier_change"] == {"from": "Silver", "to": "Gold", "direction": "up"}

    chain.clock.advance(days=5)
    chain.sync("t2", "t1")
    for app in (t1, t2):
        assert app.queue_expiring_notices() == 2          # Ada's and Cem's; Bob has no consent
    t1.refund(gold["receipt"])
    down = sale(t1, ada, "1.00")
    assert down["tier_change"] == {"from": "Gold", "to": "Silver", "direction": "down"}
    chain.sync("t1", "t2", "t1")

    first = hq_notify(capsys, monkeypatch, hq_url, smtp_at)
    assert (first["sent"], first["skipped"], first["skipped_by_reason"]) == (4, 3, {"no_email": 2, "erased": 1})
    assert {tuple(rcpt) for rcpt, _ in inbox.messages} == {("ada@example.com",)}
    subjects = sorted(m["Subject"] for _, m in inbox.messages)
    assert subjects == sorted(["Sync Rewards: welcome to Silver!", "Sync Rewards: welcome to Gold!",
                               "Sync Rewards: 320 points expire on 2026-06-04",
                               "Sync Rewards: your tier is now Silver"])
    bodies = [m.get_content() for _, m in inbox.messages]
    assert all(b.startswith("Hello Ada,") and "Lovelace" not in b for b in bodies)

    again = hq_notify(capsys, monkeypatch, hq_url, smtp_at)
    assert (again["sent"], again["skipped"], len(inbox.messages)) == (0, 0, 4)
