"""The journal's seal: what makes the facts chain tamper-evident against someone who can edit
the database file.

The chain (``terminal.store.journal``) links every fact to the one before it, but its hash is
public: whoever drops the triggers can rewrite a fact, recompute every later link, append a
forged ``adjust`` with its lot, or cut the newest facts off the end, and the chain still
verifies. The seal closes that: after every transaction that adds to this terminal's own
stream, the settings row ``journal_seal`` records the stream's head ``(origin, seq, hash)``
and a digest of the heads of the other origins' streams held here (updated when facts are
received, so a fact "from another till" cannot be slipped in either) with an HMAC-SHA256 made with a key that is not in the database: ``<database>.seal-key``,
32 random bytes, owner-only (0600), created by ``loyalty init`` beside the database (like the
head-office password file). ``loyalty check`` then verifies that the seal is genuine, that the
fact at the sealed position still has the sealed hash (nothing before it was rewritten), and
that the stream ends exactly there (nothing appended outside the application, nothing cut).

Limits, by design: a copy of the database without its key (a test copy, a restored backup on
another machine) cannot be verified; ``check`` says so as a warning, not a failure, and a
database without a key is never resealed, so deleting the key cannot launder a forgery. Someone
who can read the key file (the till's own user) can forge a seal; head office's copy of the
pushed facts is the anchor beyond the till.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from sqlalchemy import select

from .models import Fact, Setting

SETTING = "journal_seal"
_keys: dict[str, tuple[float, bytes]] = {}


def key_path(db_path: str) -> Path:
    return Path(f"{db_path}.seal-key")


def _db_path(session) -> str | None:
    database = session.get_bind().url.database
    return database if database and database != ":memory:" else None


def read_key(db_path: str | None) -> bytes | None:
    if not db_path:
        return None
    path = key_path(db_path)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    cached = _keys.get(str(path))
    if cached and cached[0] == mtime:
        return cached[1]
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    _keys[str(path)] = (mtime, key)
    return key


def create_key(db_path: str) -> bool:
    """Make the key beside a database that has none and was never sealed (``loyalty init``)."""
    path = key_path(db_path)
    if path.exists():
        return False
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(32) + "\n")
    return True


def mac(key: bytes, origin: int, seq: int, link: str, others: str) -> str:
    return hmac.new(key, f"{origin}:{seq}:{link}:{others}".encode("ascii"), hashlib.sha256).hexdigest()


#: Each other origin's newest fact, found by seeking the primary key (origin, seq) once per origin
#: (a GROUP BY read the whole index: a pull reseals after each of its transactions).
_HEADS = ("WITH RECURSIVE o(origin) AS (SELECT min(origin) FROM facts UNION ALL "
          "SELECT (SELECT min(origin) FROM facts WHERE origin > o.origin) FROM o WHERE o.origin IS NOT NULL) "
          "SELECT f.origin, f.seq, f.hash FROM o JOIN facts f ON f.origin = o.origin "
          "AND f.seq = (SELECT max(seq) FROM facts WHERE origin = o.origin) WHERE o.origin != ? ORDER BY f.origin")


def others_digest(session, origin: int) -> str:
    """One digest of the heads of every other origin's stream held here."""
    rows = session.connection().exec_driver_sql(_HEADS, (origin,)).fetchall()
    return hashlib.sha256(";".join(f"{o}/{s}/{h}" for o, s, h in rows).encode("ascii")).hexdigest()


def _stored(session) -> str | None:
    row = session.connection().exec_driver_sql("SELECT value FROM settings WHERE key = ?", (SETTING,)).first()
    return row[0] if row else None


def seal(session, origin: int, seq: int, link: str, others: str | None = None) -> None:
    """Record ``(origin, seq, link)`` as the head of this terminal's stream (with the key);
    ``others`` defaults to the digest already sealed (a local write changes no other stream)."""
    key = read_key(_db_path(session))
    if key is None:
        return   # never sealed here, or the key is gone: check reports it, nothing is laundered
    if others is None:
        previous = _stored(session)
        others = previous.split(":")[3] if previous and previous.count(":") == 4 else others_digest(session, origin)
    value = f"{origin}:{seq}:{link}:{others}:{mac(key, origin, seq, link, others)}"
    # Plain statements: this runs in every sale's flush (Core constructs cost ~0.3 ms there).
    session.connection().exec_driver_sql("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (SETTING, value))


def reseal(session, origin: int) -> None:
    """Seal the current heads (after facts were received, or at ``init``)."""
    last = session.connection().execute(select(Fact.seq, Fact.hash).where(Fact.origin == origin)
                                        .order_by(Fact.seq.desc()).limit(1)).first()
    seq, link = last if last else (0, "0" * 64)
    seal(session, origin, seq, link, others_digest(session, origin))


def verify(session, origin: int) -> tuple[list[str], list[str]]:
    """``(problems, warnings)`` about the seal of ``origin``'s stream."""
    db_path = _db_path(session)
    stored = session.scalar(select(Setting.value).where(Setting.key == SETTING))
    key = read_key(db_path)
    if key is None:
        if stored:
            return [], [f"journal: the seal key {key_path(db_path) if db_path else ''} is missing, so the journal's "
                        "end cannot be verified (a copy of the database?)"]
        return [], []
    head = session.execute(select(Fact.seq, Fact.hash).where(Fact.origin == origin)
                           .order_by(Fact.seq.desc()).limit(1)).first()
    if not stored:
        if head:
            return [f"journal: terminal {origin}'s facts 1..{head[0]} carry no seal (the seal was removed)"], []
        return [], []
    try:
        s_origin, s_seq, s_link, s_others, s_mac = stored.split(":")
        s_origin, s_seq = int(s_origin), int(s_seq)
    except ValueError:
        return ["journal: the seal is unreadable (edited outside the application?)"], []
    if not hmac.compare_digest(mac(key, s_origin, s_seq, s_link, s_others), s_mac) or s_origin != origin:
        return [f"journal: the seal of fact {s_origin}/{s_seq} is not genuine (made without the key)"], []
    problems = []
    if others_digest(session, origin) != s_others:
        problems.append("journal: the facts of other terminals held here changed since they were received "
                        "(added, removed or rewritten outside the application)")
    if s_seq == 0:
        if head:
            problems.append(f"journal: fact {origin}/1 and later came after the last seal: written outside "
                            "the application")
        return problems, []
    sealed = session.execute(select(Fact.hash).where(Fact.origin == origin, Fact.seq == s_seq)).first()
    if sealed is None:
        end = head[0] if head else 0
        problems.append(f"journal: terminal {origin}'s facts end at {end} but were sealed at {s_seq}: "
                        f"facts {end + 1}..{s_seq} were removed")
    elif sealed[0] != s_link:
        problems.append(f"journal: fact {origin}/{s_seq} is not the fact that was sealed: the journal was "
                        "rewritten up to it")
    elif head[0] != s_seq:
        problems.append(f"journal: fact {origin}/{s_seq + 1} and later came after the last seal (fact "
                        f"{origin}/{s_seq}): written outside the application")
    return problems, []
