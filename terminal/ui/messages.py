"""What the till says when something is refused, in the till's language.

The engine speaks in error codes (``LoyaltyError.code``) and English details meant for logs and
the command line; the cashier never reads those. :func:`error_text` turns a code, and what the
screen knows about the moment (the card scanned, the receipt typed, the balance), into one or
two plain sentences, with money as money. :func:`amount_text` does the same for an amount the
till itself refused (:class:`~terminal.ui.formatting.AmountRefused`).

Functions, not a QObject: they use ``QCoreApplication.translate`` with the fixed context
"Messages", which ``pyside6-lupdate`` extracts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from terminal.domain.errors import LoyaltyError

from .formatting import AmountRefused, Formatter

log = logging.getLogger("terminal.ui")
translate = QCoreApplication.translate


def amount_text(problem: AmountRefused, fmt: Formatter) -> str:
    point = fmt.decimal_point
    texts = {
        "empty": translate("Messages", "Type an amount first, like {example}."),
        "separator": translate("Messages", "Write the decimals after “{point}”, like {example}. "
                                           "“{other}” is not accepted, so nothing was added."),
        "not_a_number": translate("Messages", "“{text}” is not an amount. Type digits, like {example}."),
        "decimals": (translate("Messages", "Amounts in {currency} have no decimals.")
                     if fmt.currency.exponent == 0 else
                     translate("Messages", "Amounts in {currency} have at most {decimals} decimals: "
                                           "“{text}” has more.")),
        "zero": translate("Messages", "The amount must be more than zero."),
        "too_large": translate("Messages", "“{text}” is far too large for a sale. Check the amount."),
    }
    return texts.get(problem.reason, texts["not_a_number"]).format(
        example=fmt.plain_amount(1250), point=point, other="," if point == "." else ".", text=problem.text.strip(),
        currency=fmt.currency.code, decimals=fmt.currency.exponent)


def error_text(exc: BaseException, fmt: Formatter | None = None, **context) -> str:
    """One or two sentences for an error coming back from the engine. ``context`` may carry:
    ``ref`` (the card or phone looked up), ``card``, ``phone``, ``receipt``, ``code`` (a product
    code), ``balance``/``cost`` (points), ``left`` (money left to refund, minor units),
    ``min_points``, ``share`` (percent) and ``limit`` (money), ``discounts`` and ``total`` (money)."""
    if not isinstance(exc, LoyaltyError):
        log.error("unexpected error in the till: %s", getattr(exc, "__traceback_text__", repr(exc)))
        return translate("Messages", "Something went wrong, and nothing was changed. Try again; if it happens "
                                     "again, call the manager (the details are in the log).")
    code = exc.code
    ref = (context.get("ref") or "").strip()
    digits = "".join(c for c in ref if c.isdigit())
    money = fmt.money if fmt is not None else str
    points = fmt.points if fmt is not None else str
    if code == "unknown_member":
        if context.get("card") or (len(digits) == 13 and not ref.startswith("+")):
            return translate("Messages", "No member has the card {card}.").format(card=context.get("card") or digits)
        if ref:
            return translate("Messages", "No member has the phone {phone}.").format(phone=ref)
        return translate("Messages", "No member was found.")
    if code == "invalid_card":
        return translate("Messages", "{card} is not a valid card number: its last digit does not match. "
                                     "Scan the card again.").format(card=context.get("card") or digits or ref)
    if code == "invalid_phone":
        return translate("Messages", "{phone} is not a valid phone number. Check the digits.").format(
            phone=context.get("phone") or ref or "—")
    if code == "duplicate_phone":
        return translate("Messages", "Another member already has the phone {phone}. Find that member "
                                     "instead.").format(phone=context.get("phone") or ref or "—")
    if code == "member_blocked":
        return translate("Messages", "This member's account is blocked: finish the sale without the member.")
    if code == "insufficient_points":
        if "balance" in context and "cost" in context:
            return translate("Messages", "Not enough points: the member has {balance} and the chosen rewards "
                                         "cost {cost}.").format(balance=points(context["balance"]),
                                                                 cost=points(context["cost"]))
        return translate("Messages", "The member does not have enough points for the chosen rewards.")
    if code == "redemption_limit":
        if context.get("min_points"):
            return translate("Messages", "Pay at least {points} points, or none.").format(
                points=points(context["min_points"]))
        if context.get("share") is not None and context.get("limit") is not None:
            return translate("Messages", "Points can pay at most {share}% of a sale: {limit} of this one. "
                                         "Untick a reward or pay fewer points.").format(
                share=context["share"], limit=money(context["limit"]))
        return translate("Messages", "Points cannot pay that much of this sale. Untick a reward or pay fewer "
                                     "points.")
    if code == "reward_not_applicable":
        discounts, total = context.get("discounts"), context.get("total")
        if discounts is not None and total is not None and discounts > total:
            return translate("Messages", "The rewards chosen take off {discounts}, more than the sale's {total}. "
                                         "Untick one.").format(discounts=money(discounts), total=money(total))
        return translate("Messages", "A chosen reward does not apply to this sale. Untick it to go on.")
    if code == "unknown_reward":
        return translate("Messages", "A chosen reward is no longer in the program. Untick it to go on.")
    if code == "unknown_sale":
        return translate("Messages", "No sale has the receipt number {receipt}.").format(
            receipt=context.get("receipt") or ref or "—")
    if code == "refund_exceeds_sale":
        if context.get("left") is not None:
            return translate("Messages", "That is more than is left to refund on this receipt: {money}.").format(
                money=money(context["left"]))
        return translate("Messages", "That is more than is left to refund on this receipt.")
    if code == "bad_pin" and getattr(exc, "locked_for", None):
        return translate("Messages", "Wrong PIN. Too many wrong PINs in a row: PINs are locked for {seconds} "
                                     "seconds.").format(seconds=exc.locked_for)
    if code == "bad_pin" and getattr(exc, "wait", None):
        return translate("Messages", "Wrong PIN. Wait {seconds} seconds before the next try.").format(
            seconds=exc.wait)
    if code == "unknown_product":
        return translate("Messages", "No product in the catalog has the code {code}.").format(
            code=context.get("code") or ref or "—")
    simple = {
        "bad_pin": translate("Messages", "Wrong PIN, or the PIN of someone who may not do this. Ask a manager."),
        "pin_locked": translate("Messages", "Too many wrong PINs: PINs are locked for a while. Try again later."),
        "hq_refused": translate("Messages", "Head office refused this terminal. Call the manager."),
        "hq_not_initialised": translate("Messages", "Head office is not set up yet. Call the manager."),
        "unknown_conflict": translate("Messages", "That conflict is no longer there. Refresh the list."),
        "database_locked": translate("Messages", "The till's database is busy for a moment. Try again."),
        "database_error": translate("Messages", "The till's database cannot be used. Call the manager."),
        "database_corrupt": translate("Messages", "The till's database is damaged. Call the manager to "
                                                  "restore the last backup."),
        "not_a_loyalty_database": translate("Messages", "The till's database file is not a loyalty database. "
                                                        "Call the manager."),
        "database_readonly": translate("Messages", "The till's database cannot be written. Nothing was "
                                                   "changed. Call the manager."),
        "disk_full": translate("Messages", "The till's disk is full. Nothing was changed. Call the manager."),
        "io_error": translate("Messages", "The till could not read or write a file. Nothing was changed. "
                                          "Call the manager."),
        "no_program": translate("Messages", "No loyalty program is loaded yet. Call the manager."),
        "check_failed": translate("Messages", "The till's records did not pass their check. Call the manager."),
        "receipt_id_reserved": translate("Messages", "That receipt id looks like one of the till's receipt "
                                                     "numbers. Use the register's own number."),
        "hq_unreachable": translate("Messages", "Head office cannot be reached. The till keeps working on its own."),
        "invalid_amount": translate("Messages", "That amount cannot be used. Check it and try again."),
        "invalid_input": translate("Messages", "Please check what was typed: a name, an email like "
                                               "name@example.com, a birthday like 1990-07-14."),
        "program_invalid": translate("Messages", "The loyalty program is not valid. Call the manager."),
    }
    if code in simple:
        return simple[code]
    log.error("no wording for the error code %s: %s", code, exc)
    return translate("Messages", "That was refused, and nothing was changed. Call the manager if it happens again.")
