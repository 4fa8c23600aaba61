"""index members.merged_into: every lookup and sale asks which accounts were merged into the
member; without it that is a scan of all members (240 ms at p95 with a million of them)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 15:45:00
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_merged_into'), ['merged_into'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_merged_into'))
