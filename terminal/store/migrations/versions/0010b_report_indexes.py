"""covering indexes for the daily report: the day's sales and their lines

The daily report walked the day's 20,000 sales once per figure, each time reading every
sale's row (rows carry their result JSON: a page per few sales) through the index on ``at``.
Two indexes now hold what the report reads of them: sales (at, store, member_id, total,
discount, donations) and sale lines (sale_id, sku, paid). Each replaces the index it starts
with (sales.at, sale_lines.sale_id), which served only a prefix of it, so a sale writes as
many index entries as before. (Ledger entries keep their index on ``at``: a covering one made
each of the million entries of an expiry run some 20 bytes larger, a third more system time.)

Revision ID: 0010b
Revises: 0009n
Create Date: 2026-11-24 10:50:00
"""
from alembic import op

revision = '0010b'
down_revision = '0009n'
branch_labels = None
depends_on = None

#: (table, old index and its column, new index and its columns)
REPLACED = (
    ("sales", "ix_sales_at", ["at"], "ix_sales_day", ["at", "store", "member_id", "total", "discount", "donations"]),
    ("sale_lines", "ix_sale_lines_sale_id", ["sale_id"], "ix_sale_lines_sale_sku", ["sale_id", "sku", "paid"]),
)


def upgrade() -> None:
    for table, old, _, new, columns in REPLACED:
        op.create_index(new, table, columns, unique=False)
        op.drop_index(old, table_name=table)


def downgrade() -> None:
    for table, old, old_columns, new, _ in REPLACED:
        op.create_index(old, table, old_columns, unique=False)
        op.drop_index(new, table_name=table)
