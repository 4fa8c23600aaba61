"""ledger totals per home store (kept by triggers) and an index on enrollment instants

The daily report's liability was a sum over every ledger entry before the day's end: a scan of
the whole ledger (about a second per million entries). It is now the running total of the
store's members' entries (``ledger_totals``, kept by triggers on ``ledger_entries`` and
``members``) minus what was booked after the day's end, which the index on ``at`` finds.
``loyalty check`` compares the totals with the ledger.

Revision ID: 0007p
Revises: 0006
Create Date: 2026-11-24 08:10:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0007p'
down_revision = '0006'
branch_labels = None
depends_on = None

# '' is the bucket of entries whose member is unknown here (or has no home store)
_STORE_OF = "coalesce((SELECT store FROM members WHERE id = {row}.member_id), '')"
_ADD = ("INSERT INTO ledger_totals (store, points) VALUES ({store}, {points}) "
        "ON CONFLICT(store) DO UPDATE SET points = points + excluded.points;")

TRIGGERS = {
    "ledger_totals_entry_insert": "AFTER INSERT ON ledger_entries BEGIN "
    + _ADD.format(store=_STORE_OF.format(row="NEW"), points="NEW.points") + " END",
    "ledger_totals_entry_delete": "AFTER DELETE ON ledger_entries BEGIN "
    + _ADD.format(store=_STORE_OF.format(row="OLD"), points="-OLD.points") + " END",
    "ledger_totals_entry_update": "AFTER UPDATE OF points, member_id ON ledger_entries BEGIN "
    + _ADD.format(store=_STORE_OF.format(row="OLD"), points="-OLD.points")
    + _ADD.format(store=_STORE_OF.format(row="NEW"), points="NEW.points") + " END",
    # a member arriving after their entries (facts come in any order): their entries move
    # from the unknown bucket to the member's store
    "ledger_totals_member_insert": "AFTER INSERT ON members WHEN coalesce(NEW.store, '') != '' BEGIN "
    + _ADD.format(store="''", points="-(SELECT coalesce(sum(points), 0) FROM ledger_entries WHERE member_id = NEW.id)")
    + _ADD.format(store="NEW.store",
                  points="(SELECT coalesce(sum(points), 0) FROM ledger_entries WHERE member_id = NEW.id)") + " END",
    "ledger_totals_member_delete": "AFTER DELETE ON members WHEN coalesce(OLD.store, '') != '' BEGIN "
    + _ADD.format(store="OLD.store", points="-(SELECT coalesce(sum(points), 0) FROM ledger_entries WHERE member_id = OLD.id)")
    + _ADD.format(store="''",
                  points="(SELECT coalesce(sum(points), 0) FROM ledger_entries WHERE member_id = OLD.id)") + " END",
}


def upgrade() -> None:
    op.create_table('ledger_totals',
    sa.Column('store', sa.String(length=64), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('store', name=op.f('pk_ledger_totals'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_enrolled_at'), ['enrolled_at'], unique=False)
    op.execute("INSERT INTO ledger_totals (store, points) "
               "SELECT coalesce(m.store, ''), sum(e.points) FROM ledger_entries e "
               "LEFT JOIN members m ON m.id = e.member_id GROUP BY coalesce(m.store, '')")
    create_triggers()


def create_triggers() -> None:
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_enrolled_at'))
    op.drop_table('ledger_totals')
