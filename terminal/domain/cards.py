"""Member card numbers: EAN-13 in the GS1 restricted-circulation range (prefix ``2x``).

A generated number is ``prefix (2) + terminal number (3) + serial (7) + check digit``: unique
across terminals without coordination, as long as each terminal has its own number.
"""

from __future__ import annotations

from .errors import InvalidCard

MAX_TERMINAL = 999
MAX_SERIAL = 9_999_999


def ean_check_digit(body: str) -> int:
    """Check digit of an EAN/UPC body (12 digits for EAN-13, 7 for EAN-8, 11 for UPC-A)."""
    if not body.isdigit():
        raise ValueError("digits expected")
    backwards = body[::-1]   # weights 3, 1, 3, ... from the right
    total = 3 * sum(map(int, backwards[0::2])) + sum(map(int, backwards[1::2]))
    return (10 - total % 10) % 10


def is_valid_ean(code: str) -> bool:
    return code.isascii() and code.isdigit() and len(code) in (8, 12, 13) and ean_check_digit(code[:-1]) == int(code[-1])


def looks_like_card(text: str, prefix: str) -> bool:
    """SPEC 1: 13 digits starting with the card prefix are a card number (valid or not)."""
    return len(text) == 13 and text.isascii() and text.isdigit() and text.startswith(prefix)


def validate_card(text: str, prefix: str) -> str:
    code = text.strip()
    if not (len(code) == 13 and code.isascii() and code.isdigit()):
        raise InvalidCard(f"card number {text!r} must be 13 digits")
    if not code.startswith(prefix):
        raise InvalidCard(f"card number {code} does not start with this program's prefix {prefix}")
    if ean_check_digit(code[:12]) != int(code[12]):
        raise InvalidCard(f"card number {code} has a wrong check digit")
    return code


def validate_prefix(prefix: str) -> str:
    if not (isinstance(prefix, str) and len(prefix) == 2 and prefix.isdigit() and prefix.startswith("2")):
        raise ValueError("card_prefix must be two digits in the restricted range 20-29")
    return prefix


def generate_card(prefix: str, terminal: int, serial: int) -> str:
    if not 1 <= terminal <= MAX_TERMINAL:
        raise ValueError("terminal number must be 1..999")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError("this terminal has issued every card number it can")
    body = f"{prefix}{terminal:03d}{serial:07d}"
    return body + str(ean_check_digit(body))
