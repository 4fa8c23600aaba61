"""Head office's schema (PostgreSQL), migrated by its own Alembic history in
``hq_migrations/``.

HQ keeps every synced row of every terminal as JSON in one table, keyed by ``(tbl, id)``:
terminals push with ``ON CONFLICT`` (retrying a push is always safe) and pull rows after their
cursor. A row that changes (a member's status, a voucher used) is pushed again and gets a new
``seq``, so every terminal sees the newest version. ``writer`` is the terminal that wrote the
newest version (0 for head office itself)."""

from __future__ import annotations

from sqlalchemy import (BigInteger, Column, DateTime, Integer, MetaData, Sequence, String, Table, Text,
                        UniqueConstraint)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()

row_seq = Sequence("hq_rows_seq", metadata=metadata)

hq_rows = Table(
    "hq_rows", metadata,
    Column("seq", BigInteger, row_seq, primary_key=True, server_default=row_seq.next_value()),
    Column("tbl", String(64), nullable=False),
    Column("id", String(36), nullable=False),
    Column("origin", Integer, nullable=False),
    Column("writer", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("payload", JSONB, nullable=False),
    UniqueConstraint("tbl", "id", name="uq_hq_rows_tbl_id"),
)

hq_terminals = Table(
    "hq_terminals", metadata,
    Column("terminal", Integer, primary_key=True),
    Column("store", Text),
    Column("last_sync", DateTime(timezone=True)),
    Column("cursor", BigInteger),
)

HQ_WRITER = 0
PUSH_LOCK = 7_340_001  # pg_advisory_xact_lock key: pushes commit in seq order
