"""The till's wording for receipts: money, points and dates in the till's locale, fixed
phrases and rule labels in its language. The mapping itself is ``terminal.receipts``."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hardware.receipts import CardSlip, Receipt
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


def receipt_from_sale(sale: dict, program: Program, fmt: Formatter, *, store_name: str, terminal: int | None = None,
                      cashier: str | None = None, reprint: bool = False) -> Receipt:
    return receipts.receipt_from_sale(sale, program, TillWording(fmt), store_name=store_name, terminal=terminal,
                                      cashier=cashier, reprint=reprint)


def card_slip(member: dict, fmt: Formatter, *, store_name: str, now: datetime) -> CardSlip:
    return receipts.card_slip(member, TillWording(fmt), store_name=store_name, now=now)


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
    )
