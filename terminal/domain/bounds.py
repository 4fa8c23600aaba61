"""Bounds on every number a program, an import or an argument can carry.

Each is far above what a store needs and far below what breaks arithmetic or storage: points
are SQLite 64-bit integers (at most 2**63 - 1, about 9.2e18), and the largest sale
(``money.MAX_MAJOR_UNITS``, 1e9 major units) times the largest earn rate times the largest
multipliers stays below 1e14 points, so even 10,000 such sales sum inside 64 bits (and inside
the 2**53 a JSON reader keeps exact for any realistic day). A value outside its bound is refused
at entry with the field named (``program_invalid`` / ``invalid_amount`` / ``invalid_input``).
"""

from __future__ import annotations

from decimal import Decimal

from .errors import InvalidAmount

#: Points per major unit of currency (``[program] points_per_unit``).
MAX_POINTS_PER_UNIT = Decimal(100)
#: A tier, category or campaign multiplier.
MAX_MULTIPLIER = Decimal(10)
#: Money value of one point (``[program] point_value``), in major units.
MAX_POINT_VALUE = Decimal(1000)
#: Points that one rule, reward, bonus, adjustment or imported opening balance can carry.
MAX_POINTS = 10_000_000
#: Units of a punch card.
MAX_UNITS = 1000


def check_points(value: int, what: str, *, maximum: int = MAX_POINTS, minimum: int = 0, error=InvalidAmount) -> int:
    """``value`` when ``minimum <= value <= maximum``, else ``error`` naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise error(f"{what} must be a whole number of points")
    if not minimum <= value <= maximum:
        raise error(f"{what} must be between {minimum} and {maximum}, got {value}")
    return value


def parse_points(text: str, what: str, *, maximum: int = MAX_POINTS, minimum: int = 0, error=InvalidAmount) -> int:
    """A whole number of points written in ASCII digits (an optional leading ``-``), bounded."""
    cleaned = (text or "").strip()
    body = cleaned[1:] if cleaned.startswith("-") else cleaned
    if not (body.isascii() and body.isdigit()) or len(body) > 19:
        raise error(f"{what} {text!r} is not a whole number of points (ASCII digits, at most {maximum})")
    return check_points(int(cleaned), what, maximum=maximum, minimum=minimum, error=error)
