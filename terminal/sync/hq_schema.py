"""The head-office tables the sync code reads and writes (PostgreSQL), as SQLAlchemy Core.

The schema itself is made by head office's own Alembic history (``hq_migrations``): the fact
log with one gap-free stream per origin, relational fact tables filled from it, terminals,
stores, programs, member follows, roles and row-level security (see ``h002_facts``)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, DateTime, Integer, MetaData, Table, Text

metadata = MetaData()

fact_log = Table(
    "fact_log", metadata,
    Column("origin", Integer, primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("store_id", Text, nullable=False),
    Column("member_id", Text),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("tx", BigInteger, nullable=False),
    Column("body", Text, nullable=False),
    Column("digest", Text, nullable=False),
    Column("hash", Text, nullable=False),
    Column("received_at", DateTime(timezone=True)),
)

stream_heads = Table(
    "stream_heads", metadata,
    Column("origin", Integer, primary_key=True),
    Column("head", BigInteger, nullable=False),
)

member_follows = Table(
    "member_follows", metadata,
    Column("store_id", Text, primary_key=True),
    Column("member_id", Text, primary_key=True),
    Column("follow_seq", BigInteger, nullable=False),
    Column("since", DateTime(timezone=True)),
)

program_versions = Table(
    "program_versions", metadata,
    Column("version", Integer, primary_key=True),
    Column("toml", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("card_prefix", Text, nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
)

terminals = Table(
    "terminals", metadata,
    Column("number", Integer, primary_key=True),
    Column("store_id", Text, nullable=False),
    Column("role_name", Text, nullable=False),
    Column("install_id", Text, nullable=False),
    Column("registered_at", DateTime(timezone=True)),
)

stores = Table(
    "stores", metadata,
    Column("id", Text, primary_key=True),
    Column("created_at", DateTime(timezone=True)),
)

#: Fact columns sent to head office, in this order.
FACT_COLUMNS = ("origin", "seq", "id", "kind", "store_id", "member_id", "at", "tx", "body", "digest", "hash")
