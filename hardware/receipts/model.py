"""What a receipt says, as plain data.

Money arrives **already formatted** ("$12.34", "12,34 €") because only the terminal knows the
currency, its decimals and the locale; the hardware layer never does arithmetic on money and
never sees a float. Points and quantities are ``int``. Dates and times are also pre-formatted
strings, in the store's time zone and the cashier's language. Anything optional is ``None`` (or
an empty tuple) and its lines are left off the printout.

Four documents can be printed: :class:`Receipt`, :class:`CardSlip` (a new member card number
as a barcode), :class:`RefundSlip` and :class:`TestPage`. Each names its template in
``resources/receipts`` and has a ``job_id`` that identifies it in the print queue (a receipt's
number, so a reprint is found by the number the cashier reads off the customer's copy).

The fixed words of a template ("Total", "Points balance"...) are looked up as ``{t.NAME}`` in
:data:`PHRASES`; a document's ``phrases`` replace them, so a terminal prints in its own language
without the hardware layer knowing any (the till passes its translations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

# The English words of the templates. A document's ``phrases`` override any of them.
PHRASES: dict[str, str] = {
    "copy": "COPY",
    "receipt": "Receipt",
    "date": "Date",
    "cashier": "Cashier",
    "terminal": "Terminal",
    "total": "Total",
    "paid": "Paid",
    "loyalty": "LOYALTY",
    "member": "Member",
    "phone": "Phone",
    "tier": "Tier",
    "points_before": "Points before",
    "points_earned": "Points earned",
    "bonus_points": "Bonus points",
    "points_redeemed": "Points redeemed",
    "points_balance": "Points balance",
    "expiring": "Expiring",
    "your_card": "Your card",
    "receipt_for_refunds": "Receipt for refunds",
    "welcome": "Welcome,",
    "card_number": "Your loyalty card number",
    "issued": "Issued",
    "how_to_use": "Show this code at the till to collect and spend your points.",
    "refund": "REFUND",
    "refunded": "Refunded",
    "approved_by": "Approved by",
    "points_taken_back": "Points taken back",
    "points_returned": "Points returned",
    "original_receipt": "Original receipt",
}


def _phrases(given: Mapping[str, str]) -> dict[str, str]:
    return {**PHRASES, **{k: v for k, v in given.items() if v}}


@dataclass(frozen=True)
class StoreHeader:
    name: str
    address_lines: tuple[str, ...] = ()
    footer_lines: tuple[str, ...] = ()     # "Thank you!", return policy, VAT number...


@dataclass(frozen=True)
class SaleLine:
    name: str
    qty: int
    amount: str                            # line total, formatted


@dataclass(frozen=True)
class DiscountLine:
    label: str                             # "Reward 5OFF", "500 points"
    amount: str                            # formatted, shown as given (e.g. "-5.00")


@dataclass(frozen=True)
class RulePoints:
    rule: str                              # "base", "Silver x1.25", "DOUBLE-TUE"
    points: int


@dataclass(frozen=True)
class ExpiringPoints:
    points: int
    on: str                                # formatted date


@dataclass(frozen=True)
class NextTier:
    name: str
    amount_needed: str                     # formatted money
    text: str = ""                         # the whole line in the receipt's language, when given

    @property
    def line(self) -> str:
        return self.text or f"{self.amount_needed} more to reach {self.name}"


@dataclass(frozen=True)
class InfoLine:
    """A line of the loyalty section, both parts already worded and formatted
    ("4 visits this month" | "3/4")."""
    label: str
    value: str


@dataclass(frozen=True)
class MemberSummary:
    name: str
    phone_masked: str                      # "•••• 4567" or "***4567": shown as given
    card_number: str                       # EAN-13, printed as a barcode
    tier: str | None = None
    balance_before: int = 0
    balance_after: int = 0
    points_earned: int = 0                 # rule points (SPEC step 5)
    bonus_points: int = 0                  # bonus entries (step 6)
    breakdown: tuple[RulePoints, ...] = () # one row per rule / bonus
    points_redeemed: int = 0
    expiring: tuple[ExpiringPoints, ...] = ()
    next_tier: NextTier | None = None
    tier_news: str | None = None           # "You are now Silver!": this sale changed the tier
    progress: tuple[InfoLine, ...] = ()    # challenges and the like: one line each


@dataclass(frozen=True)
class Receipt:
    store: StoreHeader
    receipt_number: str                    # printed, and as a Code 128 barcode for refunds
    issued_at: str                         # formatted date and time
    lines: tuple[SaleLine, ...]
    total: str
    paid: str
    discounts: tuple[DiscountLine, ...] = ()
    cashier: str | None = None
    terminal: str | None = None
    member: MemberSummary | None = None
    reprint: bool = False                  # prints a "COPY" banner
    template: str = "receipt"
    phrases: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def job_id(self) -> str:
        return self.receipt_number

    def context(self) -> dict[str, Any]:
        m = self.member
        t = _phrases(self.phrases)
        return {
            "t": t,
            "store": self.store,
            "receipt": self,
            "member": m,
            "lines": self.lines,
            "discounts": self.discounts,
            "breakdown": m.breakdown if m else (),
            "expiring": m.expiring if m else (),
            "progress": m.progress if m else (),
            "points_redeemed": m.points_redeemed if m and m.points_redeemed else None,
            "bonus_points": m.bonus_points if m and m.bonus_points else None,
            "copy": t["copy"] if self.reprint else None,
        }


@dataclass(frozen=True)
class CardSlip:
    """Printed at enrollment: the new card number as a barcode the member can keep."""

    store: StoreHeader
    member_name: str
    card_number: str
    issued_at: str
    phone_masked: str | None = None
    template: str = "card_slip"
    phrases: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def job_id(self) -> str:
        return f"card-{self.card_number}"

    def context(self) -> dict[str, Any]:
        return {"t": _phrases(self.phrases), "store": self.store, "slip": self}


@dataclass(frozen=True)
class RefundSlip:
    """Printed after a refund: what was refunded, and what it did to the member's points."""

    store: StoreHeader
    receipt_number: str                    # the sale refunded (also as a Code 128 barcode)
    refund_id: str
    issued_at: str
    amount: str                            # formatted money
    lines: tuple[SaleLine, ...] = ()       # the lines chosen, when refunded by line
    approved_by: str | None = None         # the manager whose PIN approved it
    member_name: str | None = None
    points_clawed_back: int = 0
    points_returned: int = 0
    balance_after: int | None = None
    template: str = "refund_slip"
    phrases: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def job_id(self) -> str:
        return f"refund-{self.receipt_number}-{self.refund_id[:8]}"

    def context(self) -> dict[str, Any]:
        return {"t": _phrases(self.phrases), "store": self.store, "slip": self, "lines": self.lines,
                "member": self.member_name}


@dataclass(frozen=True)
class TestPage:
    """``devices test-print``: shows the width ruler, the code page and both barcode kinds."""

    __test__ = False  # not a pytest test class, despite its name

    device: str
    issued_at: str
    sample_card: str = "2900000000001"
    sample_text: str = "Çağrı Işık İpek Öğüt Şule Ünal - café crème à Zürich"
    template: str = "test_page"
    extra_lines: tuple[str, ...] = field(default_factory=tuple)

    @property
    def job_id(self) -> str:
        return f"test-{self.issued_at}"

    def context(self) -> dict[str, Any]:
        return {"page": self, "extra": self.extra_lines}


@dataclass(frozen=True)
class SummaryRow:
    label: str
    value: str                             # formatted: money, points, percentages as shown


@dataclass(frozen=True)
class SummarySection:
    title: str
    rows: tuple[SummaryRow, ...]


@dataclass(frozen=True)
class DaySummary:
    """The end-of-day summary on receipt paper: titled sections of label/value rows, every
    word and number already in the reader's language."""

    store: StoreHeader
    title: str                             # "Daily summary"
    day: str                               # formatted date
    sections: tuple[SummarySection, ...]
    footer: str = ""                       # "Printed 2026-03-10 23:59"
    iso_date: str = ""                     # names the job in the print queue: day-2026-03-10
    template: str = "day_summary"

    @property
    def job_id(self) -> str:
        return f"day-{self.iso_date or self.day}"

    def context(self) -> dict[str, Any]:
        return {"store": self.store, "doc": self, "sections": self.sections}


Printable = Receipt | CardSlip | RefundSlip | TestPage | DaySummary
