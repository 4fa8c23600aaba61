"""SQLAlchemy 2.0 models of the local database.

Conventions:
- Facts (SYNC.md 1): members (the enrollment), cards (a card issued), member events (blocked,
  unblocked, merged, edited), sales with their lines and redemptions, refunds, ledger entries,
  punch events, staff, staff events, audit entries and conflict resolutions. A fact row is
  written once, where it happened, with a UUID made there, the terminal it was made on
  (``origin_terminal``), its store and the program version that produced it; the same
  transaction records it in the journal (``facts``, see ``terminal.store.journal``), which is
  what syncs. Its fact columns never change afterwards.
- Projections: every other column of those tables (``PROJECTED`` names them: a member's status,
  a card's replacement, a sale's refund totals, a staff member's PIN) and the tables that are
  derived entirely (``lots``, ``vouchers``, ``conflicts``, derived ledger entries and punches)
  are computed from facts, the same way on every node (``terminal.services.projector``).
- Money is ``Integer`` minor units; points are ``Integer``; there is no Float column.
- Instants are stored as naive UTC and come back as aware UTC (``UtcDateTime``).
- Facts from other terminals may arrive in any order (a refund before its sale), so a
  projection table refers to other facts by id without foreign keys; ``loyalty check`` checks
  that the references resolve.
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
    """Columns of every fact row (and of a few derived rows that share the shape)."""
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_terminal: Mapped[int] = mapped_column(Integer)
    program_version: Mapped[int | None] = mapped_column(Integer)


@event.listens_for(Synced, "init", propagate=True)
def _give_id(target, _args, kwargs):
    """Fact rows get their UUID when made, not at flush, so the journal can name them."""
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
    """Fact: a staff member added (with their first PIN hash). Name, role, PIN and active are
    projected from ``staff_events`` afterwards."""
    __tablename__ = "staff"
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    store: Mapped[str | None] = mapped_column(String(64))


class StaffEvent(Synced, Base):
    """Fact: a change to a staff member (``changes`` JSON of name, role, pin_hash, active)."""
    __tablename__ = "staff_events"
    staff_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    changes: Mapped[str] = mapped_column(Text)
    by_staff_id: Mapped[str | None] = mapped_column(String(36))
    store: Mapped[str | None] = mapped_column(String(64))


class Member(Synced, Base):
    """Fact: an enrollment (its profile as enrolled). Status, merges and later profile edits
    are projected from ``member_events``; ``debt`` is the wallet cache."""
    __tablename__ = "members"
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    birthday: Mapped[date | None] = mapped_column(Date)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | blocked | merged
    merged_into: Mapped[str | None] = mapped_column(String(36), index=True)  # family lookups
    merged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # from then on, one wallet
    referrer_id: Mapped[str | None] = mapped_column(String(36))
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)  # the day's enrollments
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    debt: Mapped[int] = mapped_column(Integer, default=0)
    name_key: Mapped[str] = mapped_column(String(200), index=True)  # casefolded, for name search
    store: Mapped[str | None] = mapped_column(String(64))  # the home store: where they enrolled

    cards: Mapped[list["Card"]] = relationship(back_populates="member", foreign_keys="Card.member_id",
                                               primaryjoin="Member.id == Card.member_id")


class MemberEvent(Synced, Base):
    """Fact: something a manager did to a member: ``blocked``, ``unblocked``, ``merged`` (into
    ``target_id``) or ``edited`` (``changes``: JSON of the new profile fields)."""
    __tablename__ = "member_events"
    member_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str | None] = mapped_column(String(36), index=True)  # merged: the account kept
    changes: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    store: Mapped[str | None] = mapped_column(String(64))


class Card(Synced, Base):
    """Fact: a card issued to a member; ``replacement`` cards replace every earlier card of the
    member (``status``/``replaced_by`` are projected). One number issued twice (a pre-printed
    card enrolled at two tills offline) stays twice: lookups take the first, and it is a
    conflict."""
    __tablename__ = "cards"
    number: Mapped[str] = mapped_column(String(13), index=True)
    member_id: Mapped[str] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | replaced
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    replaced_by: Mapped[str | None] = mapped_column(String(13))
    replacement: Mapped[bool] = mapped_column(Boolean, default=False)
    store: Mapped[str | None] = mapped_column(String(64))

    member: Mapped[Member] = relationship(back_populates="cards", foreign_keys=[member_id],
                                          primaryjoin="Member.id == Card.member_id")


class Sale(Synced, Base):
    """Fact: a sale. A receipt number is unique per terminal by construction and an external
    receipt id unique per store by the till's check; offline duplicates are conflicts."""
    __tablename__ = "sales"
    receipt: Mapped[str] = mapped_column(String(32), index=True)
    external_id: Mapped[str | None] = mapped_column(String(128))
    member_id: Mapped[str | None] = mapped_column(String(36), index=True)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    store: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
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
    # The SALE answer as this till gave it, for a repeated receipt id (local: a sale received
    # from another till answers from its stored figures).
    result_json: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_sales_store_external", "store", "external_id"),
                      # the daily report's day of sales, read from the index alone (migration 0010b)
                      Index("ix_sales_day", "at", "store", "member_id", "total", "discount", "donations"))

    lines: Mapped[list["SaleLineRow"]] = relationship(order_by="SaleLineRow.position")
    redemptions: Mapped[list["SaleRedemption"]] = relationship()


class SaleLineRow(Synced, Base):
    __tablename__ = "sale_lines"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"))
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

    __table_args__ = (Index("ix_sale_lines_sale_sku", "sale_id", "sku", "paid"),)   # a sale's lines; memberships (0010b)


class SaleRedemption(Synced, Base):
    __tablename__ = "sale_redemptions"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    reward: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer)
    donation: Mapped[int] = mapped_column(Integer, default=0)
    charity: Mapped[str | None] = mapped_column(String(200))
    voucher_id: Mapped[str | None] = mapped_column(String(36))


class Refund(Synced, Base):
    """Fact: money given back for a sale. The points it claws back and returns, and whether it
    completed the sale's refund, are projected (refunds of one sale at two tills add up and
    are capped by what the sale paid and earned)."""
    __tablename__ = "refunds"
    sale_id: Mapped[str] = mapped_column(String(36), index=True)
    member_id: Mapped[str | None] = mapped_column(String(36))  # the sale's member (routing)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    amount: Mapped[int] = mapped_column(Integer)
    points_clawed_back: Mapped[int] = mapped_column(Integer)
    points_returned: Mapped[int] = mapped_column(Integer)
    qualifying_reduction: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    request_id: Mapped[str | None] = mapped_column(String(128))  # idempotency key (--refund-id)
    store: Mapped[str | None] = mapped_column(String(64))


class LedgerEntry(Synced, Base):
    """One movement of points. A member's balance is the sum of their entries.

    Entries that are facts (earn, redeem, bonus, referral, adjust, opening) are written where
    they happened; ``derived`` entries (expire, clawback, return, reversal, superseded, charge)
    are computed by every node from the facts they come from, with ids derived from those
    facts, and never sync."""
    __tablename__ = "ledger_entries"
    seq: Mapped[int] = mapped_column(Integer)  # position in the origin's stream (canonical order)
    member_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    # facts: earn | bonus | referral | redeem | adjust | opening (| merge_in | merge_out: old releases)
    # derived: expire | clawback | return | reversal | superseded | charge
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str | None] = mapped_column(String(100))
    sale_id: Mapped[str | None] = mapped_column(String(36), index=True)
    refund_id: Mapped[str | None] = mapped_column(String(36))
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # positive entries: the lot's expiry
    lot_id: Mapped[str | None] = mapped_column(String(36))  # expire entries: the lot they close
    reason: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    key: Mapped[str | None] = mapped_column(String(120))  # once-per-member bonuses: paid once per family
    derived: Mapped[bool] = mapped_column(Boolean, default=False)
    store: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_ledger_member_order", "member_id", "at", "seq"),)


class LedgerTotal(Base):
    """Cache: the sum of the ledger entries of each home store's members (``''``: members
    unknown here), kept by triggers (migration 0007p) for the daily report's liability;
    ``loyalty check`` compares it with the ledger."""
    __tablename__ = "ledger_totals"
    store: Mapped[str] = mapped_column(String(64), primary_key=True)
    points: Mapped[int] = mapped_column(Integer)


class LotRow(Base):
    """Cache: what remains of each positive entry (see ``terminal.domain.wallet``)."""
    __tablename__ = "lots"
    entry_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(36), index=True)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    remaining: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)


class Voucher(Synced, Base):
    """Derived: the n-th voucher of a punch card for an account (id from the account, the card
    and n, so every node names it alike), its use and whether a full refund voided it."""
    __tablename__ = "vouchers"
    member_id: Mapped[str] = mapped_column(String(36), index=True)
    reward: Mapped[str] = mapped_column(String(64))
    punch_card: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by_sale: Mapped[str | None] = mapped_column(String(36))
    used_by_sale: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | used | void


class PunchEvent(Synced, Base):
    """Fact: units bought towards a punch card; ``derived`` rows take a fully refunded sale's
    units back."""
    __tablename__ = "punch_events"
    member_id: Mapped[str] = mapped_column(String(36), index=True)
    punch_card: Mapped[str] = mapped_column(String(64))
    units: Mapped[int] = mapped_column(Integer)
    sale_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    derived: Mapped[bool] = mapped_column(Boolean, default=False)
    store: Mapped[str | None] = mapped_column(String(64))


class Fact(Base):
    """The journal: every fact in the order of its origin's stream (SYNC.md 5). Pushing sends
    this terminal's facts after the highest ``seq`` head office holds; pulling adds other
    origins' facts after this terminal's cursor for each. ``tx`` groups the facts of one
    transaction (a sale with its lines and entries), which always travel together. ``hash``
    chains each fact to the one before it in its origin's stream."""
    __tablename__ = "facts"
    origin: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    store: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[str | None] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    tx: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the body as written (kept if redacted)
    hash: Mapped[str] = mapped_column(String(64))


class SyncStream(Base):
    """Per origin: the highest ``seq`` applied here (``pulled``). For this terminal's own
    origin, ``pulled`` is what head office acknowledged at the last sync."""
    __tablename__ = "sync_streams"
    origin: Mapped[int] = mapped_column(Integer, primary_key=True)
    pulled: Mapped[int] = mapped_column(Integer, default=0)


class JournalUnlock(Base):
    """While a row is here, the journal's append-only triggers let a repair through (moving
    never-pushed facts past head office's after a restore from backup)."""
    __tablename__ = "journal_unlock"
    reason: Mapped[str] = mapped_column(String(64), primary_key=True)


class DirtyMember(Base):
    """A member whose family must be projected again (facts arrived for it and the projection
    has not caught up). Persisted with the facts, so a cut sync leaves nothing half-known."""
    __tablename__ = "dirty_members"
    member_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class ConflictResolution(Synced, Base):
    """Fact: a manager resolved a conflict (every node then shows it resolved)."""
    __tablename__ = "conflict_resolutions"
    conflict_id: Mapped[str] = mapped_column(String(36), index=True)
    member_id: Mapped[str | None] = mapped_column(String(36))  # the conflict's member (routing)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    store: Mapped[str | None] = mapped_column(String(64))


class ConflictRow(Base):
    """Derived: contradicting offline facts (SYNC.md 3), the same on every node; ``id`` comes
    from the facts involved. Resolution comes from ``conflict_resolutions``."""
    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    member_id: Mapped[str | None] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    detail: Mapped[str] = mapped_column(Text)  # JSON
    scope: Mapped[str] = mapped_column(String(16))  # family | sale | card: which projection owns it


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
    """Fact, append-only: triggers in the migration refuse UPDATE and DELETE."""
    __tablename__ = "audit_log"
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)  # JSON
    store: Mapped[str | None] = mapped_column(String(64))


class Notification(Synced, Base):
    """Fact: a message queued for a member who consents to marketing (a tier change, points
    expiring, an offer...). ``key`` names what it is about (``tier:<sale>``, ``expiring:<date>``,
    ``offer:<voucher>``): head office sends one message per member and key, whichever terminals
    queued it. ``data`` is JSON of what the message says, never personal data (head office looks
    the address up when it sends)."""
    __tablename__ = "notifications"
    member_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(120))
    data: Mapped[str] = mapped_column(Text)
    store: Mapped[str | None] = mapped_column(String(64))


#: Fact tables, and the columns of each that are not part of the fact: computed by the
#: projection (``terminal.services.projector``), never sent.
NOT_IN_FACT: dict[str, frozenset[str]] = {
    "members": frozenset({"status", "merged_into", "merged_at", "updated_at", "debt", "name_key"}),
    "member_events": frozenset(),
    "cards": frozenset({"status", "replaced_by"}),
    "sales": frozenset({"refunded", "points_clawed_back", "points_returned", "qualifying_refunded",
                        "fully_refunded", "result_json"}),
    "sale_lines": frozenset(),
    "sale_redemptions": frozenset(),
    "refunds": frozenset({"points_clawed_back", "points_returned", "qualifying_reduction", "full"}),
    "ledger_entries": frozenset({"seq", "derived"}),
    "punch_events": frozenset({"derived"}),
    "staff": frozenset({"active"}),
    "staff_events": frozenset(),
    "audit_log": frozenset(),
    "conflict_resolutions": frozenset(),
    "notifications": frozenset(),
}

#: Columns the projection may change after a fact row is written (a member's profile after an
#: edit, a staff member's PIN after a reset). Every other column of a fact row is immutable.
MUTABLE: dict[str, frozenset[str]] = {
    **NOT_IN_FACT,
    "members": NOT_IN_FACT["members"] | {"name", "phone", "email", "birthday", "marketing_consent"},
    "staff": NOT_IN_FACT["staff"] | {"name", "role", "pin_hash"},
}

#: Envelope columns: stored on the row, carried by the journal's envelope, not the body.
ENVELOPE_COLUMNS = frozenset({"store", "origin_terminal"})


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
