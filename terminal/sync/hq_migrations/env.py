"""Alembic environment of head office's schema; run by ``terminal.sync.hq.init_hq``."""

from alembic import context

from terminal.sync.hq_schema import metadata

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, version_table="hq_alembic_version")
with context.begin_transaction():
    context.run_migrations()
