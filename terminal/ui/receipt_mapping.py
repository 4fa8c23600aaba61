"""From a SALE dict (SPEC 4, as ``Loyalty.sale``/``sale_record`` return it) to the hardware
layer's plain :class:`~hardware.receipts.Receipt`, in the till's language and locale.

Money is formatted here (the hardware layer never does arithmetic on money); rule codes become
the same translated labels the cashier saw in the live preview.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hardware.receipts import (CardSlip, DiscountLine, ExpiringPoints, MemberSummary, NextTier, Receipt, RulePoints,
                               SaleLine, StoreHeader)
from terminal.domain.program import Program

from .formatting import Formatter
from .labels import rule_label

EXPIRING_SHOWN = 2


def store_header(store_name: str) -> StoreHeader:
    return StoreHeader(name=store_name, footer_lines=(
        QCoreApplication.translate("Receipt", "Thank you!"),
        QCoreApplication.translate("Receipt", "Keep this receipt for refunds.")))


def receipt_from_sale(sale: dict, program: Program, fmt: Formatter, *, store_name: str, terminal: int | None = None,
                      cashier: str | None = None, reprint: bool = False) -> Receipt:
    issued = fmt.datetime(datetime.fromisoformat(sale["at"]).astimezone(program.tz))
    lines = tuple(SaleLine(name=line.get("name") or _category_name(line.get("category")), qty=line["quantity"],
                           amount=fmt.money(line["amount"])) for line in sale["lines"])
    discounts = []
    for r in sale.get("redemptions", []):
        if r["reward"] == "POINTS":
            label = QCoreApplication.translate("Receipt", "{points} points").format(points=fmt.points(r["points"]))
        elif r.get("voucher"):
            label = QCoreApplication.translate("Receipt", "{reward} (voucher)").format(reward=r["reward"])
        else:
            label = QCoreApplication.translate("Receipt", "{reward} ({points} pts)").format(
                reward=r["reward"], points=fmt.points(r["points"]))
        if _nonzero(r.get("discount")):
            discounts.append(DiscountLine(label=label, amount=fmt.money("-" + r["discount"])))
        if r.get("charity"):
            discounts.append(DiscountLine(
                label=QCoreApplication.translate("Receipt", "Donated to {charity}").format(charity=r["charity"]),
                amount=fmt.money(r["donation"])))
    member = None
    summary = sale.get("member_summary")
    if summary:
        after = sale["balance_after"]
        before = after - sale["points_earned"] - sale["bonus_points"] + sale["points_redeemed"]
        nxt = summary.get("next_tier")
        member = MemberSummary(
            name=summary["name"], phone_masked=summary.get("phone_masked") or "", card_number=summary.get("card") or "",
            tier=sale.get("tier_after"), balance_before=before, balance_after=after,
            points_earned=sale["points_earned"], bonus_points=sale["bonus_points"],
            breakdown=tuple(RulePoints(rule_label(b["rule"]), b["points"]) for b in sale.get("breakdown", [])),
            points_redeemed=sale["points_redeemed"],
            expiring=tuple(ExpiringPoints(e["points"], fmt.date(e["on"])) for e in summary.get("expiring", [])[:EXPIRING_SHOWN]),
            next_tier=NextTier(nxt["name"], fmt.money(nxt["spend_needed"])) if nxt else None)
    return Receipt(store=store_header(store_name), receipt_number=sale["receipt"], issued_at=issued, lines=lines,
                   total=fmt.money(sale["total"]), paid=fmt.money(sale["paid"]), discounts=tuple(discounts),
                   cashier=cashier, terminal=f"T{terminal:03d}" if terminal else None, member=member, reprint=reprint)


def card_slip(member: dict, fmt: Formatter, *, store_name: str, now: datetime) -> CardSlip:
    return CardSlip(store=store_header(store_name), member_name=member["name"], card_number=member["card"],
                    issued_at=fmt.datetime(now), phone_masked=member.get("phone_masked"))


def _category_name(category: str | None) -> str:
    return category.capitalize() if category else QCoreApplication.translate("Receipt", "Sale")


def _nonzero(amount: str | None) -> bool:
    return bool(amount) and any(c not in "0.-" for c in amount)
