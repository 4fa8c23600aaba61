"""``loyalty hq notify``: head office sends the notifications terminals queued, by SMTP.

Each notification fact (``notifications``, see ``terminal.services.notifications``) names a
member and a key. Head office sends one message per member and key, whichever terminals queued
it, and records each in ``notifications_sent`` (revision ``h009n``):

1. the (member, key) is claimed (``sending``) and committed, before anything is sent;
2. the member's profile as of now decides: consent withdrawn, no email, or erased means
   ``skipped`` with the reason, never a message;
3. the message goes to the SMTP server; then the claim becomes ``sent``.

A failed send releases its claim (the next run tries again) and stops the run; a run that dies
between 1 and 3 leaves the claim ``sending``, which is reported (``unconfirmed``) and never
sent again: each notification is sent at most once, and a doubt is shown, not resolved by
sending twice. The message says what the notification's data says, with the member's first
name only; the address is read at send time and stored nowhere else.
"""

from __future__ import annotations

import json
import smtplib
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from sqlalchemy import text
from sqlalchemy.engine import Engine

from terminal.domain.errors import InvalidInput, LoyaltyError
from terminal.domain.program import parse_program
from terminal.domain.text import strip_controls


class SmtpFailed(LoyaltyError):
    code = "smtp_failed"


PENDING = text("""
SELECT f.id, f.member_id, f.body FROM fact_log f
 WHERE f.kind = 'notifications'
   AND NOT EXISTS (SELECT 1 FROM notifications_sent s
                    WHERE s.member_id = f.member_id AND s.key = (f.body::jsonb ->> 'key'))
 ORDER BY f.at, f.origin, f.seq
""")

PROFILE = text("""
SELECT m.name, m.email, m.marketing_consent,
       EXISTS (SELECT 1 FROM member_events e WHERE e.member_id = m.id AND e.kind = 'erased') AS erased
  FROM members m WHERE m.id = :member
""")

EDITS = text("""
SELECT changes FROM member_events WHERE member_id = :member AND kind = 'edited' ORDER BY at, origin, seq
""")

CLAIM = text("""
INSERT INTO notifications_sent (member_id, key, fact_id, kind, status) VALUES (:member, :key, :fact, :kind, 'sending')
ON CONFLICT DO NOTHING
""")


def parse_smtp(value: str) -> tuple[str, int]:
    host, _, port = (value or "").strip().rpartition(":") if ":" in (value or "") else (value, "", "25")
    host = (host or "").strip().strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InvalidInput(f"--smtp {value!r} is not HOST or HOST:PORT")
    return host, int(port)


def current_profile(connection, member_id: str) -> dict | None:
    row = connection.execute(PROFILE, {"member": member_id}).first()
    if row is None:
        return None
    profile = {"name": row.name, "email": row.email, "marketing_consent": bool(row.marketing_consent),
               "erased": bool(row.erased)}
    for (changes,) in connection.execute(EDITS, {"member": member_id}):
        profile.update({k: v for k, v in json.loads(changes or "{}").items() if k in profile})
    return profile


def program_name(connection) -> str:
    toml = connection.execute(text("SELECT toml FROM program_versions ORDER BY version DESC LIMIT 1")).scalar()
    return parse_program(toml).name if toml else "Loyalty"


def compose(program: str, kind: str, data: dict, first_name: str) -> tuple[str, str]:
    """Subject and text of a message (plain text; no personal data beyond the first name)."""
    hello = f"Hello {first_name}," if first_name else "Hello,"
    if kind == "tier_change":
        if data.get("direction") == "up":
            subject = f"{program}: welcome to {data.get('to')}!"
            body = f"Your purchase {data.get('receipt')} took you from {data.get('from')} to {data.get('to')}."
        else:
            subject = f"{program}: your tier is now {data.get('to')}"
            body = (f"Your tier changed from {data.get('from')} to {data.get('to')}. "
                    "Shop again to climb back.")
    elif kind == "points_expiring":
        subject = f"{program}: {data.get('points')} points expire on {data.get('on')}"
        body = f"{data.get('points')} of your points expire on {data.get('on')}. Use them before then."
    else:
        subject = f"{program}: {kind.replace('_', ' ')}"
        body = "\n".join(f"{key.replace('_', ' ')}: {value}" for key, value in sorted(data.items()))
    clean = strip_controls
    return clean(subject)[:200], f"{clean(hello)}\n\n{clean(body)}\n\n{clean(program)}\n"


def notify(hq: Engine, smtp: str, sender: str = "noreply@localhost", limit: int | None = None) -> dict:
    host, port = parse_smtp(smtp)
    counts = {"sent": 0, "skipped": 0, "skipped_by_reason": {}, "unconfirmed": 0}
    with hq.connect() as connection:
        pending = connection.execute(PENDING).all()
        program = program_name(connection)
        counts["unconfirmed"] = connection.execute(
            text("SELECT count(*) FROM notifications_sent WHERE status = 'sending'")).scalar()
    seen: set[tuple[str, str]] = set()
    client = None
    try:
        for fact_id, member_id, body in pending:
            data = json.loads(body)
            key, kind = data.get("key"), data.get("kind")
            if (member_id, key) in seen:
                continue
            seen.add((member_id, key))
            with hq.begin() as connection:
                if connection.execute(CLAIM, {"member": member_id, "key": key, "fact": fact_id,
                                              "kind": kind}).rowcount == 0:
                    continue
                profile = current_profile(connection, member_id)
            reason = _skip_reason(profile)
            if reason:
                _finish(hq, member_id, key, "skipped:" + reason)
                counts["skipped"] += 1
                counts["skipped_by_reason"][reason] = counts["skipped_by_reason"].get(reason, 0) + 1
                continue
            first = strip_controls((profile["name"] or "").split(" ")[0] if profile["name"] else "")
            subject, content = compose(program, kind, json.loads(data.get("data") or "{}"), first)
            message = EmailMessage()
            message["From"], message["To"], message["Subject"] = sender, formataddr((first, profile["email"])), subject
            message["Message-ID"] = make_msgid(domain="loyalty.invalid")
            message.set_content(content)
            try:
                if client is None:
                    client = smtplib.SMTP(host, port, timeout=15)
                client.send_message(message)
            except (OSError, smtplib.SMTPException) as exc:
                with hq.begin() as connection:
                    connection.execute(text("DELETE FROM notifications_sent WHERE member_id = :m AND key = :k "
                                            "AND status = 'sending'"), {"m": member_id, "k": key})
                raise SmtpFailed(f"the SMTP server at {host}:{port} refused or did not answer: "
                                 f"{type(exc).__name__}: {exc}; {counts['sent']} sent before") from None
            _finish(hq, member_id, key, "sent")
            counts["sent"] += 1
            if limit is not None and counts["sent"] >= limit:
                break
    finally:
        if client is not None:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                pass
    return counts


def _skip_reason(profile: dict | None) -> str | None:
    if profile is None:
        return "unknown_member"
    if profile["erased"]:
        return "erased"
    if not profile["marketing_consent"]:
        return "no_consent"
    if not profile["email"]:
        return "no_email"
    return None


def _finish(hq: Engine, member_id: str, key: str, status: str) -> None:
    with hq.begin() as connection:
        connection.execute(text("UPDATE notifications_sent SET status = :s, sent_at = now() "
                                "WHERE member_id = :m AND key = :k"), {"s": status, "m": member_id, "k": key})
