"""Words the till shows for the engine's codes: earn rules, reward kinds, error codes.

The engine speaks in codes ("category:beauty", "insufficient_points"); the cashier reads these
labels, in the chosen language. Functions, not a QObject, so they use
``QCoreApplication.translate`` with a fixed context (``pyside6-lupdate`` extracts them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from terminal.domain.errors import LoyaltyError


def rule_label(rule: str) -> str:
    """``base`` -> "Base points"; ``category:beauty`` -> "Category beauty"; ``tier:Silver`` ->
    "Silver tier bonus"; ``campaign:X`` -> "Campaign X"; bonus codes as they are named."""
    kind, _, name = rule.partition(":")
    if not name:
        fixed = {
            "base": QCoreApplication.translate("Labels", "Base points"),
            "WELCOME": QCoreApplication.translate("Labels", "Welcome bonus (first purchase)"),
            "BIRTHDAY": QCoreApplication.translate("Labels", "Birthday month bonus"),
        }
        return fixed.get(rule, QCoreApplication.translate("Labels", "Bonus {code}").format(code=rule))
    if kind == "category":
        return QCoreApplication.translate("Labels", "Category {name}").format(name=name)
    if kind == "tier":
        return QCoreApplication.translate("Labels", "{name} tier bonus").format(name=name)
    if kind == "campaign":
        return QCoreApplication.translate("Labels", "Campaign {code}").format(code=name)
    if kind == "referral":
        if name == "referrer":
            return QCoreApplication.translate("Labels", "Referral bonus (to the friend who referred)")
        return QCoreApplication.translate("Labels", "Referral bonus")
    return rule


def reward_kind_label(kind: str) -> str:
    return {
        "amount_off": QCoreApplication.translate("Labels", "amount off"),
        "percent_off": QCoreApplication.translate("Labels", "percent off"),
        "free_item": QCoreApplication.translate("Labels", "free item"),
        "donation": QCoreApplication.translate("Labels", "donation"),
    }.get(kind, kind)


def error_title(code: str) -> str:
    """A short headline for an engine error code; the engine's own message gives the detail."""
    titles = {
        "unknown_member": QCoreApplication.translate("Labels", "No member found"),
        "invalid_phone": QCoreApplication.translate("Labels", "That is not a valid phone number"),
        "invalid_card": QCoreApplication.translate("Labels", "That card number is not valid"),
        "invalid_amount": QCoreApplication.translate("Labels", "The amount is not acceptable"),
        "insufficient_points": QCoreApplication.translate("Labels", "Not enough points"),
        "redemption_limit": QCoreApplication.translate("Labels", "Points cannot pay that much of this sale"),
        "reward_not_applicable": QCoreApplication.translate("Labels", "This reward does not apply to this sale"),
        "unknown_reward": QCoreApplication.translate("Labels", "Unknown reward"),
        "member_blocked": QCoreApplication.translate("Labels", "This account is blocked"),
        "duplicate_phone": QCoreApplication.translate("Labels", "Another member already has this phone"),
        "refund_exceeds_sale": QCoreApplication.translate("Labels", "That is more than is left to refund"),
        "unknown_sale": QCoreApplication.translate("Labels", "No sale has that receipt number"),
        "bad_pin": QCoreApplication.translate("Labels", "Wrong PIN, or not a manager's PIN"),
        "database_locked": QCoreApplication.translate("Labels", "The database is busy; try again"),
        "hq_unreachable": QCoreApplication.translate("Labels", "Head office cannot be reached"),
        "unknown_product": QCoreApplication.translate("Labels", "Not in the catalog"),
        "invalid_input": QCoreApplication.translate("Labels", "Please check what was typed"),
    }
    return titles.get(code, QCoreApplication.translate("Labels", "Something went wrong"))


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(headline, detail) for any exception coming back from the worker."""
    if isinstance(exc, LoyaltyError):
        return error_title(exc.code), exc.message
    return QCoreApplication.translate("Labels", "Something went wrong"), f"{type(exc).__name__}: {exc}"
