"""Connecting to head office and creating or upgrading its schema (its own Alembic history)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, NoSuchModuleError

from terminal.domain.errors import HqUnreachable, InvalidInput, LoyaltyError

from .credentials import parse, redact

CONNECT_TIMEOUT_S = 5


class HqNotInitialised(LoyaltyError):
    code = "hq_not_initialised"


class HqRefused(LoyaltyError):
    """Head office refused what this terminal asked (not registered, a number taken...)."""
    code = "hq_refused"


def connect_hq(url: str, *, passfile: Path | None = None, timeout_s: int = CONNECT_TIMEOUT_S) -> Engine:
    """An engine for head office, or ``hq_unreachable`` at once if it cannot be reached. A URL
    without a password takes it from ``passfile`` (libpq's password file)."""
    if not url or not isinstance(url, str):
        raise InvalidInput("head office needs a database URL, e.g. postgresql+psycopg://user@host/db")
    parsed = parse(url)
    if parsed.get_backend_name() != "postgresql":
        raise InvalidInput(f"head office is a PostgreSQL database (postgresql+psycopg://...), not {redact(parsed)}")
    args = {"connect_timeout": timeout_s}
    if parsed.password is None and passfile is not None and passfile.exists():
        args["passfile"] = str(passfile)
    try:
        engine = create_engine(parsed, connect_args=args)   # short-lived: one sync, no pings
    except (NoSuchModuleError, ValueError, TypeError) as exc:
        raise InvalidInput(f"{redact(parsed)} is not a usable database URL: {type(exc).__name__}") from None
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        raise HqUnreachable(f"head office at {redact(parsed)} cannot be reached: {reason(exc)}") from None
    return engine


def reason(exc: DBAPIError) -> str:
    """The first line of the server's or driver's message (never the connection string)."""
    text_ = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    return redact(text_) if "://" in text_ else text_


def init_hq(engine: Engine) -> None:
    """Create or upgrade head office's schema, roles and policies."""
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("hq_migrations")))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DBAPIError as exc:
        raise HqRefused(f"head office's schema could not be created: {reason(exc)} "
                        "(hq init needs the database owner, with the right to create roles)") from None


def require_schema(engine: Engine) -> None:
    if not inspect(engine).has_table("fact_log"):
        raise HqNotInitialised("head office has no loyalty schema of this release yet: "
                               "run `loyalty hq init --url URL` first")
