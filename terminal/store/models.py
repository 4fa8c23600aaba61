"""SQLAlchemy 2.0 models of the local database.

Conventions:
- Every row that syncs with head office (members, cards, sales and their lines, refunds,
  ledger entries, vouchers, punch events, audit entries, staff, program versions) has a UUID
  primary key made where it was created, the terminal it was created on (``origin_terminal``)
  and the program version that produced it.
- Money is ``Integer`` minor units; points are ``Integer``; there is no Float column.
- Instants are stored as naive UTC and come back as aware UTC (``UtcDateTime``).
- ``lots`` and ``members.debt`` are a cache of the wallet derived from the ledger; ``loyalty
  check`` replays the ledger and compares.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import (Boolean, event, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData, String,
                        Text, TypeDecorator, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class UtcDateTime(TypeDecorator):
    """Aware UTC in Python, naive UTC in the database (SQLite has no time zones)."""
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware instant is required")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns of every row that travels to head office."""
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_terminal: Mapped[int] = mapped_column(Integer)
    program_version: Mapped[int | None] = mapped_column(Integer)


@event.listens_for(Synced, "init", propagate=True)
def _give_id(target, _args, kwargs):
    """Synced rows get their UUID when made, not at flush, so the outbox can name them."""
    if kwargs.get("id") is None:
        kwargs["id"] = new_id()


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Per-terminal sequences: receipt numbers, card serials, ledger order."""
    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ProgramVersion(Synced, Base):
    __tablename__ = "program_versions"
    version: Mapped[int] = mapped_column(Integer, unique=True)
    toml: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Staff(Synced, Base):
    __tablename__ = "staff"
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Member(Synced, Base):
    __tablename__ = "members"
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    birthday: Mapped[date | None] = mapped_column(Date)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | blocked | merged
    merged_into: Mapped[str | None] = mapped_column(ForeignKey("members.id"), index=True)  # family lookups
    merged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # from then on, one wallet
    referrer_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    debt: Mapped[int] = mapped_column(Integer, default=0)
    name_key: Mapped[str] = mapped_column(String(200), index=True)  # casefolded, for name search

    cards: Mapped[list["Card"]] = relationship(back_populates="member", foreign_keys="Card.member_id")

    __table_args__ = (
        # SPEC 1: at most one member per phone among those not merged away.
        Index("uq_members_phone_live", "phone", unique=True,
              sqlite_where=text("status != 'merged'"), postgresql_where=text("status != 'merged'")),
    )


class Card(Synced, Base):
    __tablename__ = "cards"
    number: Mapped[str] = mapped_column(String(13), unique=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | replaced
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    replaced_by: Mapped[str | None] = mapped_column(String(13))

    member: Mapped[Member] = relationship(back_populates="cards", foreign_keys=[member_id])


class Sale(Synced, Base):
    __tablename__ = "sales"
    receipt: Mapped[str] = mapped_column(String(32), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    total: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer)
    paid: Mapped[int] = mapped_column(Integer)
    donations: Mapped[int] = mapped_column(Integer, default=0)
    points_earned: Mapped[int] = mapped_column(Integer, default=0)
    points_redeemed: Mapped[int] = mapped_column(Integer, default=0)
    bonus_points: Mapped[int] = mapped_column(Integer, default=0)
    qualifying: Mapped[int] = mapped_column(Integer, default=0)
    tier_before: Mapped[str | None] = mapped_column(String(64))
    tier_after: Mapped[str | None] = mapped_column(String(64))
    # Running refund totals, the sum of this sale's refunds rows (kept for cheap queries).
    refunded: Mapped[int] = mapped_column(Integer, default=0)
    points_clawed_back: Mapped[int] = mapped_column(Integer, default=0)
    points_returned: Mapped[int] = mapped_column(Integer, default=0)
    qualifying_refunded: Mapped[int] = mapped_column(Integer, default=0)
    fully_refunded: Mapped[bool] = mapped_column(Boolean, default=False)
    result_json: Mapped[str] = mapped_column(Text)  # the SALE answer, for repeated receipt ids

    lines: Mapped[list["SaleLineRow"]] = relationship(order_by="SaleLineRow.position")
    redemptions: Mapped[list["SaleRedemption"]] = relationship()


class SaleLineRow(Synced, Base):
    __tablename__ = "sale_lines"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(64))
    unit_amount: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer)
    paid: Mapped[int] = mapped_column(Integer)
    eligible: Mapped[bool] = mapped_column(Boolean)


class SaleRedemption(Synced, Base):
    __tablename__ = "sale_redemptions"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    reward: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer)
    donation: Mapped[int] = mapped_column(Integer, default=0)
    charity: Mapped[str | None] = mapped_column(String(200))
    voucher_id: Mapped[str | None] = mapped_column(ForeignKey("vouchers.id"))


class Refund(Synced, Base):
    __tablename__ = "refunds"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    amount: Mapped[int] = mapped_column(Integer)
    points_clawed_back: Mapped[int] = mapped_column(Integer)
    points_returned: Mapped[int] = mapped_column(Integer)
    qualifying_reduction: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class LedgerEntry(Synced, Base):
    """One movement of points. A member's balance is the sum of their entries."""
    __tablename__ = "ledger_entries"
    seq: Mapped[int] = mapped_column(Integer)  # order of writing on the origin terminal
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    # earn | bonus | referral | redeem | clawback | return | reversal | expire | adjust
    # | opening | merge_in | merge_out
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str | None] = mapped_column(String(100))
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"), index=True)
    refund_id: Mapped[str | None] = mapped_column(ForeignKey("refunds.id"))
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # positive entries: the lot's expiry
    lot_id: Mapped[str | None] = mapped_column(String(36))  # expire entries: the lot they close
    reason: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (Index("ix_ledger_member_order", "member_id", "at", "seq"),)


class LotRow(Base):
    """Cache: what remains of each positive entry (see ``terminal.domain.wallet``)."""
    __tablename__ = "lots"
    entry_id: Mapped[str] = mapped_column(ForeignKey("ledger_entries.id"), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    remaining: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)


class Voucher(Synced, Base):
    __tablename__ = "vouchers"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    reward: Mapped[str] = mapped_column(String(64))
    punch_card: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by_sale: Mapped[str | None] = mapped_column(ForeignKey("sales.id"))
    used_by_sale: Mapped[str | None] = mapped_column(ForeignKey("sales.id"))
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | used | void


class PunchEvent(Synced, Base):
    __tablename__ = "punch_events"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    punch_card: Mapped[str] = mapped_column(String(64))
    units: Mapped[int] = mapped_column(Integer)
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class OutboxItem(Base):
    """A synced row that head office has not acknowledged yet (filled by ``terminal.store.outbox``)."""
    __tablename__ = "sync_outbox"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    change: Mapped[int] = mapped_column(Integer, default=1)  # bumped on every re-queue


class PrintJobRow(Base):
    """The persistent print queue (``hardware.printing.PrintJobStore``) in the terminal's own
    database: a receipt that could not print is kept, retried and can be reprinted."""
    __tablename__ = "print_jobs"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    document: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    discarded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # a manager gave up on it


class AuditEntry(Synced, Base):
    """Append-only: triggers in the migration refuse UPDATE and DELETE."""
    __tablename__ = "audit_log"
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)  # JSON


class PinGuard(Base):
    """Wrong PINs in a row on this terminal (``terminal.domain.pin_policy``). Local, never
    synced: one row per scope, shared by the till, the back office and every CLI process."""
    __tablename__ = "pin_guard"
    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class StaffSession(Base):
    """A signed-in shift (till) or back-office visit. Only a hash of the token is kept; the
    session ends on sign-out or after the idle time of its purpose. Local, never synced."""
    __tablename__ = "staff_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # till | backoffice
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ended_reason: Mapped[str | None] = mapped_column(String(32))
