"""Connecting to head office and creating its schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from terminal.domain.errors import HqUnreachable, InvalidInput, LoyaltyError

CONNECT_TIMEOUT_S = 5


class HqNotInitialised(LoyaltyError):
    code = "hq_not_initialised"


def connect_hq(url: str) -> Engine:
    """An engine for head office, or ``hq_unreachable`` at once if it cannot be reached."""
    if not url or not isinstance(url, str):
        raise InvalidInput("head office needs a database URL, e.g. postgresql+psycopg://user@host/db")
    try:
        engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise InvalidInput(f"{url!r} is not a usable database URL: {exc}") from None
    if engine.dialect.name != "postgresql":
        engine.dispose()
        raise InvalidInput("head office is a PostgreSQL database (postgresql+psycopg://...)")
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise HqUnreachable(f"head office at {engine.url.render_as_string(hide_password=True)} "
                            f"cannot be reached: {reason}") from None
    return engine


def init_hq(engine: Engine) -> None:
    """Create or upgrade head office's schema (its own Alembic history)."""
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("hq_migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def require_schema(engine: Engine) -> None:
    if not inspect(engine).has_table("hq_rows"):
        raise HqNotInitialised("head office has no loyalty schema yet: run `loyalty hq init --url URL` first")
