"""Argument types with bounds: a value outside them is a usage error (exit 2) naming the
option, never a number that overflows later (30 digits into SQLite) or a wait that never ends
(``--timeout nan`` or ``inf``)."""

from __future__ import annotations

import argparse
import math


def whole(low: int, high: int):
    """A whole number in ``[low, high]``, ASCII digits only (``１２`` and ``1_0`` are refused)."""
    def parse(text: str) -> int:
        body = text.strip()
        digits = body[1:] if body[:1] == "-" else body
        if not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(max(abs(low), abs(high)))) \
                or not low <= int(body) <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from {low} to {high}")
        return int(body)
    return parse


def seconds(high: float):
    """A finite number of seconds above 0 and at most ``high`` (no nan, inf, negative)."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not text.strip().isascii() or not math.isfinite(value) or not 0 < value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0 and at most {high:g}")
        return value
    return parse
