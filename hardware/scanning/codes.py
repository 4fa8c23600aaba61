"""What a scanned code is: a member card, a product, or something else.

Card numbers are EAN-13 codes in the GS1 restricted-circulation range (prefix ``2x``) that
start with the program's card prefix (default ``"29"``) and end with a valid check digit, so a
card never collides with a product. The check digit is computed here so that the hardware
layer depends on nothing from the terminal; the terminal's domain has its own copy for
generating card numbers, and the tests pin both to the same GS1 examples.
"""

from __future__ import annotations

CARD = "card"
PRODUCT = "product"
OTHER = "other"


def gs1_check_digit(body: str) -> int:
    """The GS1 mod-10 check digit for ``body`` (the code without its last digit).

    Weights 3 and 1 alternate from the rightmost digit of the body, which serves EAN-8,
    UPC-A (12) and EAN-13 alike.
    """
    if not body.isascii() or not body.isdigit():
        raise ValueError(f"not a digit string: {body!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def has_valid_check_digit(code: str) -> bool:
    """True for an 8, 12 or 13 digit string whose last digit is its GS1 check digit."""
    if len(code) not in (8, 12, 13) or not code.isascii() or not code.isdigit():
        return False
    return gs1_check_digit(code[:-1]) == int(code[-1])


def is_card_number(code: str, card_prefix: str = "29") -> bool:
    """An EAN-13 starting with ``card_prefix`` with a valid check digit."""
    return len(code) == 13 and code.startswith(card_prefix) and has_valid_check_digit(code)


def classify(code: str, card_prefix: str = "29") -> str:
    """``"card"``, ``"product"`` (valid EAN-13/EAN-8/UPC-A, not a card) or ``"other"``."""
    if not card_prefix or not card_prefix.isdigit() or len(card_prefix) >= 13:
        raise ValueError(f"card prefix must be 1-12 digits, got {card_prefix!r}")
    if is_card_number(code, card_prefix):
        return CARD
    if has_valid_check_digit(code):
        return PRODUCT
    return OTHER
