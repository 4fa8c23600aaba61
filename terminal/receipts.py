"""From a stored sale (the SALE answer of SPEC 4) to the hardware layer's printable receipt.

Shared by the ``loyalty receipt print`` command and the till, so both print the same paper.
Money is passed to the hardware layer already formatted (it never does arithmetic)."""

from __future__ import annotations

from datetime import datetime

from hardware.receipts import (DiscountLine, ExpiringPoints, MemberSummary, NextTier, Receipt, RulePoints, SaleLine,
                               StoreHeader)
from terminal.domain.program import Program
from terminal.domain.timekeeping import local

EXPIRING_SHOWN = 2
RULE_LABELS = {"base": "Base points", "earn": "Points"}


def rule_label(rule: str) -> str:
    """``category:beauty`` -> ``beauty``; ``tier:Silver`` -> ``Silver tier``; codes as they are."""
    kind, _, name = rule.partition(":")
    if not name:
        return RULE_LABELS.get(rule, rule)
    return {"category": name, "tier": f"{name} tier", "campaign": name, "referral": f"referral ({name})"}.get(kind, rule)


def receipt_from_sale(sale: dict, program: Program, *, store_name: str, address_lines: tuple[str, ...] = (),
                      cashier: str | None = None, terminal: int | None = None, reprint: bool = False) -> Receipt:
    code = program.currency.code
    issued = local(datetime.fromisoformat(sale["at"]), program.tz).strftime("%Y-%m-%d %H:%M")
    lines = tuple(SaleLine(name=line.get("name") or (line.get("category") or "Sale").capitalize(),
                           qty=line["quantity"], amount=line["amount"]) for line in sale["lines"])
    discounts = tuple(DiscountLine(label=_redemption_label(r), amount=f"-{r['discount']}")
                      for r in sale.get("redemptions", []) if r["discount"] not in ("0", "0.00", "0.000"))
    donations = tuple(DiscountLine(label=f"Donated to {r['charity']}", amount=r["donation"])
                      for r in sale.get("redemptions", []) if r.get("charity"))
    member = None
    summary = sale.get("member_summary")
    if summary:
        after = sale["balance_after"]
        before = after - sale["points_earned"] - sale["bonus_points"] + sale["points_redeemed"]
        next_tier = summary.get("next_tier")
        member = MemberSummary(
            name=summary["name"], phone_masked=summary.get("phone_masked") or "", card_number=summary.get("card") or "",
            tier=sale.get("tier_after"), balance_before=before, balance_after=after,
            points_earned=sale["points_earned"], bonus_points=sale["bonus_points"],
            breakdown=tuple(RulePoints(rule_label(b["rule"]), b["points"]) for b in sale.get("breakdown", [])),
            points_redeemed=sale["points_redeemed"],
            expiring=tuple(ExpiringPoints(e["points"], e["on"]) for e in summary.get("expiring", [])[:EXPIRING_SHOWN]),
            next_tier=NextTier(next_tier["name"], f"{next_tier['spend_needed']} {code}") if next_tier else None)
    return Receipt(
        store=StoreHeader(name=store_name, address_lines=tuple(address_lines),
                          footer_lines=("Thank you!", "Keep this receipt for refunds.")),
        receipt_number=sale["receipt"], issued_at=issued, lines=lines,
        total=f"{sale['total']} {code}", paid=f"{sale['paid']} {code}", discounts=discounts + donations,
        cashier=cashier, terminal=f"T{terminal:03d}" if terminal else None, member=member, reprint=reprint)


def _redemption_label(redemption: dict) -> str:
    if redemption["reward"] == "POINTS":
        return f"{redemption['points']} points"
    how = "voucher" if redemption.get("voucher") else f"{redemption['points']} pts"
    return f"{redemption['reward']} ({how})"
