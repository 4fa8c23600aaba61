"""From a stored sale (the SALE answer of SPEC 4) to the hardware layer's printable receipt.

One mapping for the ``loyalty receipt print`` command and the till, so both print the same
paper. What differs is the wording: the CLI prints plain decimals and English labels
(``PlainWording``); the till passes a wording in its language and locale
(``terminal.ui.receipt_mapping``). Money reaches the hardware layer already formatted: it never
does arithmetic on money."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from hardware.receipts import (CardSlip, DiscountLine, ExpiringPoints, InfoLine, MemberSummary, NextTier, Receipt,
                               RefundSlip, RulePoints, SaleLine, StoreHeader)
from terminal.domain.program import Program
from terminal.domain.text import strip_controls
from terminal.domain.timekeeping import local

EXPIRING_SHOWN = 2


class Wording(Protocol):
    def money(self, amount: str) -> str: ...
    def points(self, points: int) -> str: ...
    def date(self, iso_day: str) -> str: ...
    def datetime(self, moment: datetime) -> str: ...
    def rule_label(self, rule: str) -> str: ...
    def text(self, message: str) -> str: ...  # a fixed phrase in the receipt's language
    def phrases(self) -> dict[str, str]: ...  # the templates' words (hardware.receipts.PHRASES), translated


class PlainWording:
    """Plain decimals with the currency code, ISO dates, English phrases."""

    def __init__(self, program: Program):
        self.code = program.currency.code

    def money(self, amount: str) -> str:
        return f"{amount} {self.code}"

    def points(self, points: int) -> str:
        return str(points)

    def date(self, iso_day: str) -> str:
        return iso_day

    def datetime(self, moment: datetime) -> str:
        return moment.strftime("%Y-%m-%d %H:%M")

    def rule_label(self, rule: str) -> str:
        """``category:beauty`` -> ``beauty``; ``tier:Silver`` -> ``Silver tier``; codes as they are."""
        kind, _, name = rule.partition(":")
        if not name:
            return {"base": "Base points", "earn": "Points"}.get(rule, rule)
        return {"category": name, "tier": f"{name} tier", "campaign": name,
                "referral": f"referral ({name})", "challenge": f"challenge {name}", "offer": f"next-visit offer {name}"}.get(kind, rule)

    def text(self, message: str) -> str:
        return message

    def phrases(self) -> dict[str, str]:
        return {}  # the templates' own English


def store_header(store_name: str, words: Wording, address_lines: tuple[str, ...] = ()) -> StoreHeader:
    return StoreHeader(name=store_name, address_lines=tuple(address_lines),
                       footer_lines=(words.text("Thank you!"), words.text("Keep this receipt for refunds.")))


def receipt_from_sale(sale: dict, program: Program, words: Wording | None = None, *, store_name: str,
                      address_lines: tuple[str, ...] = (), cashier: str | None = None, terminal: int | None = None,
                      reprint: bool = False) -> Receipt:
    words = words or PlainWording(program)
    issued = words.datetime(local(datetime.fromisoformat(sale["at"]), program.tz))
    lines = tuple(SaleLine(name=line_name(line, words), qty=line["quantity"], amount=words.money(line["amount"]))
                  for line in sale["lines"])
    discounts = []
    promo = sale.get("promo") or next((r["reward"][len("PROMO:"):] for r in sale.get("redemptions", [])
                                       if r["kind"] == "promo"), None)
    if promo:
        discounts.append(DiscountLine(label=words.text("Promo code {code}").format(code=promo),
                                      amount=words.text("applied")))
    for r in sale.get("redemptions", []):
        if r["kind"] == "promo":
            continue
        if r["reward"] == "POINTS":
            label = words.text("{points} points").format(points=words.points(r["points"]))
        elif r["reward"].startswith("offer:"):
            label = words.rule_label(r["reward"])
        elif r.get("voucher"):
            label = words.text("{reward} (voucher)").format(reward=r["reward"])
        elif r["points"] == 0:
            label = words.text("{reward} (promo code)").format(reward=r["reward"])
        else:
            label = words.text("{reward} ({points} pts)").format(reward=r["reward"], points=words.points(r["points"]))
        if _nonzero(r.get("discount")):
            discounts.append(DiscountLine(label=label, amount=words.money("-" + r["discount"])))
        if r.get("charity"):
            discounts.append(DiscountLine(label=words.text("Donated to {charity}").format(charity=r["charity"]),
                                          amount=words.money(r["donation"])))
    member = None
    summary = sale.get("member_summary")
    if summary:
        after = sale["balance_after"]
        before = after - sale["points_earned"] - sale["bonus_points"] + sale["points_redeemed"]
        upcoming = summary.get("next_tier")
        member = MemberSummary(
            name=summary["name"], phone_masked=summary.get("phone_masked") or "", card_number=summary.get("card") or "",
            tier=sale.get("tier_after"), balance_before=before, balance_after=after,
            points_earned=sale["points_earned"], bonus_points=sale["bonus_points"],
            breakdown=tuple(RulePoints(words.rule_label(b["rule"]), b["points"]) for b in sale.get("breakdown", [])),
            points_redeemed=sale["points_redeemed"],
            expiring=tuple(ExpiringPoints(e["points"], words.date(e["on"]))
                           for e in summary.get("expiring", [])[:EXPIRING_SHOWN]),
            next_tier=NextTier(upcoming["name"], words.money(upcoming["spend_needed"]),
                               words.text("{money} more to reach {tier}").format(
                                   money=words.money(upcoming["spend_needed"]), tier=upcoming["name"]))
            if upcoming else None,
            tier_news=_tier_news(sale.get("tier_change"), words),
            progress=membership_lines(summary.get("membership"), words)
            + tuple(InfoLine(words.text("Pending, spendable {date}").format(date=words.date(p["on"])),
                                    words.points(p["points"])) for p in summary.get("pending") or ())
            + tuple(challenge_line(c, words) for c in sale.get("challenges") or ())
            + tuple(offer_line(v, words) for v in sale.get("vouchers_issued") or () if v.get("offer")))
    return Receipt(store=store_header(store_name, words, address_lines), receipt_number=sale["receipt"],
                   issued_at=issued, lines=lines, total=words.money(sale["total"]), paid=words.money(sale["paid"]),
                   discounts=tuple(discounts), cashier=cashier, terminal=f"T{terminal:03d}" if terminal else None,
                   member=member, reprint=reprint, phrases=words.phrases())


def _tier_news(change: dict | None, words: Wording) -> str | None:
    if not change:
        return None
    message = ("*** You are now {tier}! ***" if change.get("direction") == "up" else "Your tier is now {tier}")
    return words.text(message).format(tier=change.get("to"))


def challenge_line(challenge: dict, words: Wording) -> InfoLine:
    """A challenge after the sale (SPEC-mechanics 2): "3/4", "120.00/200.00", or done."""
    if challenge["completed"]:
        value = words.text("done")
    elif challenge["kind"] == "spend":
        value = f"{words.money(challenge['progress'])}/{words.money(challenge['target'])}"
    else:
        value = f"{challenge['progress']}/{challenge['target']}"
    return InfoLine(strip_controls(challenge["name"]), value)


def membership_lines(membership: dict | None, words: Wording) -> tuple[InfoLine, ...]:
    """The paid membership in force after the sale (SPEC-mechanics 1): its name and last day."""
    if not membership:
        return ()
    return (InfoLine(strip_controls(membership["name"]),
                     words.text("until {date}").format(date=words.date(membership["until"]))),)


def offer_line(voucher: dict, words: Wording) -> InfoLine:
    """A next-visit offer the sale earned (SPEC-mechanics 3): until when, and what it gives."""
    label = words.text("Next visit by {date}").format(date=words.date(voucher["until"]))
    if voucher["offer"] == "amount_off":
        return InfoLine(label, words.money("-" + voucher["value"]))
    return InfoLine(label, words.text("double points"))


def line_name(line: dict, words: Wording) -> str:
    """A sale line as the customer reads it: the product's name, else its category."""
    return line.get("name") or (line.get("category") or words.text("Sale")).capitalize()


def card_slip(member: dict, words: Wording, *, store_name: str, now: datetime) -> CardSlip:
    return CardSlip(store=store_header(store_name, words), member_name=member["name"], card_number=member["card"],
                    issued_at=words.datetime(now), phone_masked=member.get("phone_masked"), phrases=words.phrases())


def refund_slip(refund: dict, words: Wording, *, store_name: str, now: datetime, lines: tuple[dict, ...] = (),
                approved_by: str | None = None) -> RefundSlip:
    """The slip for a refund answer (``{"refund": ...}["refund"]``); ``lines``: the sale's lines chosen."""
    member = refund.get("member")
    return RefundSlip(store=store_header(store_name, words), receipt_number=refund["receipt"], refund_id=refund["id"],
                      issued_at=words.datetime(now), amount=words.money(refund["amount"]),
                      lines=tuple(SaleLine(line_name(line, words), line["quantity"], words.money(line["paid"]))
                                  for line in lines),
                      approved_by=approved_by, member_name=member["name"] if member else None,
                      points_clawed_back=refund["points_clawed_back"], points_returned=refund["points_returned"],
                      balance_after=member["balance"] if member else None, phrases=words.phrases())


def _nonzero(amount: str | None) -> bool:
    return bool(amount) and any(c not in "0.-" for c in amount)
