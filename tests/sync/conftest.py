"""PostgreSQL for head-office tests: each test gets a database of its own (and its own terminal
roles), dropped after.

The server is named by ``LOYALTY_TEST_PG``. Without one the tests skip with the reason;
under ``CI=true`` they fail instead, so CI can never pass by skipping them."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def pg_server_url():
    url = make_url(os.environ.get("LOYALTY_TEST_PG", DEFAULT_PG))
    engine = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except Exception as exc:  # noqa: BLE001 - any failure means no server to test against
        reason = f"PostgreSQL at {url.render_as_string(hide_password=True)} does not answer: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true: head-office tests must run)")
        pytest.skip(reason)
    finally:
        engine.dispose()
    return url


def drop_database(admin, name: str) -> None:
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        for (role,) in connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                          {"p": f"{name}\\_%"}).all():
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


@pytest.fixture
def hq_url(pg_server_url):
    name = f"loyalty_hq_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield pg_server_url.set(database=name).render_as_string(hide_password=False)
    finally:
        drop_database(admin, name)
        admin.dispose()


@pytest.fixture
def chain(tmp_path, hq_url):
    from chain import Chain
    chain = Chain(tmp_path, hq_url)
    yield chain
    chain.close()
