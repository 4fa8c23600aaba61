"""What a receipt says, as plain data.

Money arrives **already formatted** ("$12.34", "12,34 €") because only the terminal knows the
currency, its decimals and the locale; the hardware layer never does arithmetic on money and
never sees a float. Points and quantities are ``int``. Dates and times are also pre-formatted
strings, in the store's time zone and the cashier's language. Anything optional is ``None`` (or
an empty tuple) and its lines are left off the printout.

Three documents can be printed: :class:`Receipt`, :class:`CardSlip` (a new member card number
as a barcode) and :class:`TestPage`. Each names its template in ``resources/receipts`` and has
a ``job_id`` that identifies it in the print queue (a receipt's number, so a reprint is found by
the number the cashier reads off the customer's copy).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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

    @property
    def job_id(self) -> str:
        return self.receipt_number

    def context(self) -> dict[str, Any]:
        m = self.member
        return {
            "store": self.store,
            "receipt": self,
            "member": m,
            "lines": self.lines,
            "discounts": self.discounts,
            "breakdown": m.breakdown if m else (),
            "expiring": m.expiring if m else (),
            "points_redeemed": m.points_redeemed if m and m.points_redeemed else None,
            "bonus_points": m.bonus_points if m and m.bonus_points else None,
            "copy": "COPY" if self.reprint else None,
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

    @property
    def job_id(self) -> str:
        return f"card-{self.card_number}"

    def context(self) -> dict[str, Any]:
        return {"store": self.store, "slip": self}


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


Printable = Receipt | CardSlip | TestPage | DaySummary
