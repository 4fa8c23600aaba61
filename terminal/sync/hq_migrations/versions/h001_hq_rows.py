"""head office: the row store and the terminals' sync state

Revision ID: h001
Revises:
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "h001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE SEQUENCE hq_rows_seq")
    op.create_table(
        "hq_rows",
        sa.Column("seq", sa.BigInteger(), server_default=sa.text("nextval('hq_rows_seq')"), nullable=False),
        sa.Column("tbl", sa.String(64), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("origin", sa.Integer(), nullable=False),
        sa.Column("writer", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", postgresql.JSONB(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("tbl", "id", name="uq_hq_rows_tbl_id"),
    )
    op.create_index("ix_hq_rows_member_phone", "hq_rows", [sa.text("(payload->>'phone')")],
                    postgresql_where=sa.text("tbl = 'members'"))
    op.create_index("ix_hq_rows_card_number", "hq_rows", [sa.text("(payload->>'number')")],
                    postgresql_where=sa.text("tbl = 'cards'"))
    op.create_table(
        "hq_terminals",
        sa.Column("terminal", sa.Integer(), primary_key=True),
        sa.Column("store", sa.Text()),
        sa.Column("last_sync", sa.DateTime(timezone=True)),
        sa.Column("cursor", sa.BigInteger()),
    )


def downgrade() -> None:
    op.drop_table("hq_terminals")
    op.drop_table("hq_rows")
    op.execute("DROP SEQUENCE hq_rows_seq")
