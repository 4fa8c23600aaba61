"""print queue in the terminal's database

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:20:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('print_jobs',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('document', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('printed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_print_jobs')),
    sa.UniqueConstraint('id', name=op.f('uq_print_jobs_id'))
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_jobs_document'), ['document'], unique=False)
        batch_op.create_index(batch_op.f('ix_print_jobs_printed_at'), ['printed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_jobs_printed_at'))
        batch_op.drop_index(batch_op.f('ix_print_jobs_document'))
    op.drop_table('print_jobs')
