"""Head office's own actions (run with the HQ owner's URL): registering terminals, publishing
programs. HQ owns identity (SYNC.md 4): it assigns chain-unique terminal numbers, gives each
terminal a login role of its own, and numbers program versions chain-wide."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from terminal.domain.cards import MAX_TERMINAL
from terminal.domain.errors import InvalidInput, ProgramInvalid
from terminal.domain.program import Program, parse_program, program_to_toml

from .hq import HqRefused, reason, require_schema
from .hq_schema import program_versions, terminals

REGISTRATION_LOCK = 7_340_002
SCRAM_ITERATIONS = 4096


@dataclass(frozen=True)
class Registration:
    terminal: int
    store: str
    role: str
    password: str


def terminal_role(engine: Engine, number: int) -> str:
    return f"{engine.url.database}_t{number:03d}"


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier of ``password``, so the password itself never
    travels in SQL (nor lands in the server's statement log)."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda raw: base64.b64encode(raw).decode("ascii")  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def register_terminal(engine: Engine, store: str, install_id: str, number: int | None = None) -> Registration:
    """Register a terminal of ``store``: confirm ``number`` for the till that holds it (same
    install id), assign the lowest free number when none is asked, refuse a number held by
    another till. Returns the terminal's new login credentials."""
    store = (store or "").strip()
    if not store or len(store) > 64:
        raise InvalidInput("a store needs a name of 1 to 64 characters (--store)")
    if number is not None and not 1 <= number <= MAX_TERMINAL:
        raise InvalidInput(f"the terminal number must be 1..{MAX_TERMINAL}")
    require_schema(engine)
    password = secrets.token_urlsafe(24)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REGISTRATION_LOCK})
            rows = connection.execute(select(terminals.c.number, terminals.c.install_id, terminals.c.store_id)).all()
            mine = next((r for r in rows if r.install_id == install_id), None)
            taken = {r.number: r for r in rows}
            if number is None:
                number = mine.number if mine else next((n for n in range(1, MAX_TERMINAL + 1) if n not in taken), None)
                if number is None:
                    raise HqRefused("head office has no terminal number left (1..999 are all registered)")
            holder = taken.get(number)
            if holder is not None and holder.install_id != install_id:
                raise HqRefused(f"terminal number {number} is already registered to another till "
                                f"(store {holder.store_id}); register without --terminal to get a free number")
            if mine is not None and mine.number != number:
                raise HqRefused(f"this till is registered as terminal {mine.number}; a terminal's number "
                                "cannot change (its receipts and cards carry it)")
            if holder is not None and holder.store_id != store:
                raise HqRefused(f"terminal {number} belongs to store {holder.store_id}, not {store}")
            connection.execute(text("INSERT INTO stores (id) VALUES (:s) ON CONFLICT DO NOTHING"), {"s": store})
            role = terminal_role(engine, number)
            group = f"{engine.url.database}_terminal"
            verifier = scram_verifier(password)
            exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
            verb = "ALTER" if exists else "CREATE"
            # No parameters: the verifier's colons and dollars are not placeholders.
            connection.exec_driver_sql(f"{verb} ROLE \"{role}\" LOGIN PASSWORD '{verifier}'")
            connection.exec_driver_sql(f"GRANT \"{group}\" TO \"{role}\"")
            if holder is None:
                connection.execute(insert(terminals).values(number=number, store_id=store, role_name=role,
                                                            install_id=install_id))
    except DBAPIError as exc:
        raise HqRefused(f"head office could not register the terminal: {reason(exc)}") from None
    return Registration(number, store, role, password)


def publish_program(engine: Engine, program: Program, now: datetime) -> int:
    """Publish ``program`` chain-wide: validated as a local import is, the next version number
    above any published; the same program again publishes nothing new."""
    require_schema(engine)
    canonical = program_to_toml(program)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REGISTRATION_LOCK})
            current = connection.execute(select(program_versions).order_by(program_versions.c.version.desc())
                                         .limit(1)).first()
            if current is not None:
                if current.toml == canonical:
                    return current.version
                in_use = connection.execute(text("SELECT EXISTS (SELECT 1 FROM cards) OR EXISTS (SELECT 1 FROM sales)")
                                            ).scalar()
                existing = parse_program(current.toml)
                if in_use and existing.currency != program.currency:
                    raise ProgramInvalid("program.currency: cannot change the currency once sales exist in the chain")
                if in_use and existing.card_prefix != program.card_prefix:
                    raise ProgramInvalid("program.card_prefix: cannot change the card prefix once cards are issued")
            version = (current.version if current else 0) + 1
            connection.execute(insert(program_versions).values(
                version=version, toml=canonical, currency=program.currency.code, card_prefix=program.card_prefix,
                published_at=now))
    except DBAPIError as exc:
        raise HqRefused(f"head office could not publish the program: {reason(exc)}") from None
    return version


def latest_program(connection, after: int = 0):
    return connection.execute(select(program_versions).where(program_versions.c.version > after)
                              .order_by(program_versions.c.version.desc()).limit(1)).first()


def count_terminals(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(terminals)).scalar())
