"""Words the till shows for the engine's codes: earn rules, reward kinds, error codes.

The engine speaks in codes ("category:beauty", "insufficient_points"); the cashier reads these
labels, in the chosen language. Functions, not a QObject, so they use
``QCoreApplication.translate`` with a fixed context (``pyside6-lupdate`` extracts them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
    if kind == "offer":
        return QCoreApplication.translate("Labels", "Next-visit offer {code}").format(code=name)
    if kind == "challenge":
        return QCoreApplication.translate("Labels", "Challenge {code} completed").format(code=name)
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


def describe_error(exc: BaseException) -> tuple[str, str]:
    """Kept for callers of the first till: (a short headline, the full sentence in the till's
    language). New code calls :func:`terminal.ui.messages.error_text` for the sentence alone."""
    from .messages import error_text
    sentence = error_text(exc)
    return sentence.split(".")[0], sentence
