"""Exact money: integer minor units of an ISO 4217 currency.

Amounts enter as decimal strings and leave as decimal strings; in between they are ``int``.
``Decimal`` is used only to parse, and for exact rate arithmetic in the earn rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import InvalidAmount

# Minor-unit exponents. Most currencies have 2; the exceptions that matter for a till.
_EXPONENTS = {
    "BHD": 3, "CLP": 0, "IQD": 3, "ISK": 0, "JOD": 3, "JPY": 0, "KRW": 0, "KWD": 3,
    "LYD": 3, "OMR": 3, "PYG": 0, "TND": 3, "UGX": 0, "VND": 0, "XAF": 0, "XOF": 0,
}
_KNOWN = set(_EXPONENTS) | {
    "AED", "ARS", "AUD", "BGN", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EGP", "EUR",
    "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "MXN", "MYR", "NOK", "NZD", "PHP", "PLN",
    "RON", "RUB", "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "USD", "ZAR",
}

#: A plain decimal: ASCII digits only (no fullwidth or Arabic-Indic digits, no ``_``, no exponent),
#: an optional leading minus, at most one point, at most 40 digits either side.
_PLAIN = re.compile(r"-?([0-9]{1,40}(\.[0-9]{0,40})?|\.[0-9]{1,40})\Z", re.ASCII)

# A till never sees a sale of a trillion: larger input is a typo or an attack.
MAX_MAJOR_UNITS = Decimal("1000000000")


@dataclass(frozen=True)
class Currency:
    code: str
    exponent: int

    @property
    def scale(self) -> int:
        return 10**self.exponent

    @classmethod
    def of(cls, code: str) -> "Currency":
        if not isinstance(code, str) or code.upper() != code or code not in _KNOWN:
            raise ValueError(f"unknown currency {code!r} (ISO 4217 code expected, e.g. USD)")
        return cls(code, _EXPONENTS.get(code, 2))

    def parse(self, text: str, *, allow_zero: bool = True, what: str = "amount") -> int:
        """Parse ``"12.34"`` into minor units. Never rounds: too many decimals is an error."""
        return parse_minor(text, self.exponent, allow_zero=allow_zero, what=what)

    def format(self, minor: int) -> str:
        """Minor units to a plain decimal string: ``1234 -> "12.34"``; ``-5 -> "-0.05"``."""
        return format_minor(minor, self.exponent)

    def to_decimal(self, minor: int) -> Decimal:
        return Decimal(minor).scaleb(-self.exponent)


def parse_decimal(text: object, *, what: str = "amount") -> Decimal:
    """A finite decimal from a string (or int). Floats are refused: they are not exact."""
    if isinstance(text, bool) or isinstance(text, float):
        raise InvalidAmount(f"{what} must be written as a decimal string, not {text!r}")
    if isinstance(text, int):
        return Decimal(text)
    if not isinstance(text, str):
        raise InvalidAmount(f"{what} must be a decimal string, got {type(text).__name__}")
    cleaned = text.strip()
    if not _PLAIN.match(cleaned):
        raise InvalidAmount(f"{what} {text!r} is not a plain decimal number (ASCII digits, one optional '.')")
    try:
        value = Decimal(cleaned)   # exact: the constructor never rounds
    except InvalidOperation:
        raise InvalidAmount(f"{what} {text!r} is not a number") from None
    return value


def parse_minor(text: object, exponent: int, *, allow_zero: bool = True, what: str = "amount") -> int:
    value = parse_decimal(text, what=what)
    if value < 0 or (value == 0 and value.is_signed()):
        raise InvalidAmount(f"{what} {text!r} is negative")
    if value > MAX_MAJOR_UNITS:
        raise InvalidAmount(f"{what} {text!r} is larger than any sale this terminal accepts")
    sign, digits, power = value.as_tuple()
    # Exact scaling, never through a context (``scaleb`` rounds to 28 digits, so
    # 12.340000000000000000000000000001 became 12.34): decimals beyond the currency's must be zeros.
    coefficient = int("".join(map(str, digits)) or "0")
    shift = power + exponent
    if shift >= 0:
        minor = coefficient * 10**shift
    else:
        minor, rest = divmod(coefficient, 10**-shift)
        if rest:
            places = "no decimals" if exponent == 0 else f"at most {exponent} decimals"
            raise InvalidAmount(f"{what} {text!r} has more decimals than the currency ({places})")
    if minor == 0 and not allow_zero:
        raise InvalidAmount(f"{what} must be more than zero")
    return minor


def format_minor(minor: int, exponent: int) -> str:
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise TypeError("money is held in int minor units")
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exponent)
    if exponent == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{frac:0{exponent}d}"


ROUNDINGS = {"floor": ROUND_FLOOR, "half_up": ROUND_HALF_UP, "ceil": ROUND_CEILING}


def round_points(value: Decimal, rounding: str) -> int:
    """Round an exact decimal number of points once, by the program's rule."""
    return int(value.to_integral_value(rounding=ROUNDINGS[rounding]))


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` minor units over ``weights`` in proportion, summing exactly.

    Largest-remainder method; ties go to the earlier weight, so the result is deterministic.
    """
    if total < 0 or any(w < 0 for w in weights):
        raise ValueError("allocate takes non-negative amounts")
    base = sum(weights)
    if base == 0:
        if total:
            raise ValueError("cannot allocate over nothing")
        return [0] * len(weights)
    shares = [total * w // base for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % base), i))
    for i in remainders[: total - sum(shares)]:
        shares[i] += 1
    return shares
