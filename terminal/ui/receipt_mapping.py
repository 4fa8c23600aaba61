"""The till's wording for receipts: money, points and dates in the till's locale, fixed
phrases and rule labels in its language. The mapping itself is ``terminal.receipts``."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hardware.receipts import CardSlip, Receipt, RefundSlip
from terminal import receipts
from terminal.domain.program import Program

from .formatting import Formatter
from .labels import rule_label


class TillWording:
    def __init__(self, fmt: Formatter):
        self.fmt = fmt

    def money(self, amount: str) -> str:
        return self.fmt.money(amount)

    def points(self, points: int) -> str:
        return self.fmt.points(points)

    def date(self, iso_day: str) -> str:
        return self.fmt.date(iso_day)

    def datetime(self, moment: datetime) -> str:
        return self.fmt.datetime(moment)

    def rule_label(self, rule: str) -> str:
        return rule_label(rule)

    def text(self, message: str) -> str:
        return QCoreApplication.translate("Receipt", message)

    def phrases(self) -> dict[str, str]:
        return receipt_phrases()


def receipt_from_sale(sale: dict, program: Program, fmt: Formatter, *, store_name: str, terminal: int | None = None,
                      cashier: str | None = None, reprint: bool = False) -> Receipt:
    return receipts.receipt_from_sale(sale, program, TillWording(fmt), store_name=store_name, terminal=terminal,
                                      cashier=cashier, reprint=reprint)


def card_slip(member: dict, fmt: Formatter, *, store_name: str, now: datetime) -> CardSlip:
    return receipts.card_slip(member, TillWording(fmt), store_name=store_name, now=now)


def refund_slip(refund: dict, fmt: Formatter, *, store_name: str, now: datetime, lines: tuple[dict, ...] = (),
                approved_by: str | None = None) -> RefundSlip:
    return receipts.refund_slip(refund, TillWording(fmt), store_name=store_name, now=now, lines=lines,
                                approved_by=approved_by)


def receipt_phrases() -> dict[str, str]:
    """The words of the receipt templates (hardware.receipts.PHRASES) in the till's language."""
    return {
        "copy": QCoreApplication.translate("Receipt", "COPY"),
        "receipt": QCoreApplication.translate("Receipt", "Receipt"),
        "date": QCoreApplication.translate("Receipt", "Date"),
        "cashier": QCoreApplication.translate("Receipt", "Cashier"),
        "terminal": QCoreApplication.translate("Receipt", "Terminal"),
        "total": QCoreApplication.translate("Receipt", "Total"),
        "paid": QCoreApplication.translate("Receipt", "Paid"),
        "loyalty": QCoreApplication.translate("Receipt", "LOYALTY"),
        "member": QCoreApplication.translate("Receipt", "Member"),
        "phone": QCoreApplication.translate("Receipt", "Phone"),
        "tier": QCoreApplication.translate("Receipt", "Tier"),
        "points_before": QCoreApplication.translate("Receipt", "Points before"),
        "points_earned": QCoreApplication.translate("Receipt", "Points earned"),
        "bonus_points": QCoreApplication.translate("Receipt", "Bonus points"),
        "points_redeemed": QCoreApplication.translate("Receipt", "Points redeemed"),
        "points_balance": QCoreApplication.translate("Receipt", "Points balance"),
        "expiring": QCoreApplication.translate("Receipt", "Expiring"),
        "your_card": QCoreApplication.translate("Receipt", "Your card"),
        "receipt_for_refunds": QCoreApplication.translate("Receipt", "Receipt for refunds"),
        "welcome": QCoreApplication.translate("Receipt", "Welcome,"),
        "card_number": QCoreApplication.translate("Receipt", "Your loyalty card number"),
        "issued": QCoreApplication.translate("Receipt", "Issued"),
        "how_to_use": QCoreApplication.translate("Receipt", "Show this code at the till to collect and spend your points."),
        "refund": QCoreApplication.translate("Receipt", "REFUND"),
        "refunded": QCoreApplication.translate("Receipt", "Refunded"),
        "approved_by": QCoreApplication.translate("Receipt", "Approved by"),
        "points_taken_back": QCoreApplication.translate("Receipt", "Points taken back"),
        "points_returned": QCoreApplication.translate("Receipt", "Points returned"),
        "original_receipt": QCoreApplication.translate("Receipt", "Original receipt"),
    }


def _phrases_for_lupdate():
    """Never called: lists the phrases of terminal.receipts so pyside6-lupdate keeps them."""
    return (
        QCoreApplication.translate("Receipt", "Thank you!"),
        QCoreApplication.translate("Receipt", "Keep this receipt for refunds."),
        QCoreApplication.translate("Receipt", "Sale"),
        QCoreApplication.translate("Receipt", "{points} points"),
        QCoreApplication.translate("Receipt", "{reward} (voucher)"),
        QCoreApplication.translate("Receipt", "{reward} ({points} pts)"),
        QCoreApplication.translate("Receipt", "Donated to {charity}"),
        QCoreApplication.translate("Receipt", "{money} more to reach {tier}"),
        QCoreApplication.translate("Receipt", "*** You are now {tier}! ***"),
        QCoreApplication.translate("Receipt", "Your tier is now {tier}"),
        QCoreApplication.translate("Receipt", "done"),
        QCoreApplication.translate("Receipt", "Pending, spendable {date}"),
        QCoreApplication.translate("Receipt", "Promo code {code}"),
        QCoreApplication.translate("Receipt", "applied"),
        QCoreApplication.translate("Receipt", "{reward} (promo code)"),
        QCoreApplication.translate("Receipt", "Next visit by {date}"),
        QCoreApplication.translate("Receipt", "double points"),
        QCoreApplication.translate("Receipt", "until {date}"),
    )
