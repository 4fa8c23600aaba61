"""sync outbox: what head office has not acknowledged yet; members.merged_at

Rows written before this release are queued too, so a terminal upgraded from 0001 pushes
its whole history on its first sync.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:39:02
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

SYNCED_TABLES = ("program_versions", "staff", "members", "cards", "sales", "sale_lines", "sale_redemptions",
                 "refunds", "ledger_entries", "vouchers", "punch_events", "audit_log")


def upgrade() -> None:
    op.create_table('sync_outbox',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('queued_at', sa.DateTime(), nullable=False),
    sa.Column('change', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_outbox'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_at', sa.DateTime(), nullable=True))
    op.execute("UPDATE members SET merged_at = updated_at WHERE status = 'merged'")
    for table in SYNCED_TABLES:
        op.execute(f"INSERT INTO sync_outbox (table_name, row_id, queued_at, change) "
                   f"SELECT '{table}', id, CURRENT_TIMESTAMP, 1 FROM {table}")


def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('merged_at')
    op.drop_table('sync_outbox')
