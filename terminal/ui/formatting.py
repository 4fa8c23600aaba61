"""Money, points and dates in the till's language, without a float ever holding money.

Money arrives as decimal strings (SPEC 4) or int minor units; it is formatted digit by digit
with the locale's group separator, decimal point and currency pattern (where the symbol goes is
read from ``QLocale.toCurrencyString`` of an integer, so no float is involved).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale

from terminal.domain.errors import InvalidAmount
from terminal.domain.money import Currency, format_minor

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "TRY": "₺", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "CHF": "CHF"}
LOCALES = {"en": "en_US", "tr": "tr_TR"}


class AmountRefused(ValueError):
    """What the cashier typed is not an amount in the till's locale. ``reason``: ``empty``,
    ``separator`` (the other locale's decimal mark: "12,50" on an English till), ``not_a_number``,
    ``decimals`` (more than the currency has), ``zero``, ``too_large``."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason, self.text = reason, text


class Formatter:
    def __init__(self, currency: Currency, language: str = "en") -> None:
        self.currency = currency
        self.set_language(language)

    def set_language(self, language: str) -> None:
        self.language = language
        self.locale = QLocale(LOCALES.get(language, language))
        self.locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        symbol = SYMBOLS.get(self.currency.code, self.currency.code)
        sample = self.locale.toCurrencyString(7, "¤")  # an int: no float
        self._pattern = sample.replace("7", "{n}").replace("¤", symbol)

    # -- money ---------------------------------------------------------------------------------
    def money(self, value: str | int) -> str:
        """``"1234.50"`` or ``123450`` (minor units) -> ``"$1,234.50"`` / ``"$1.234,50"``."""
        text = format_minor(value, self.currency.exponent) if isinstance(value, int) else str(value).strip()
        negative = text.startswith("-")
        whole, _, frac = text.lstrip("-").partition(".")
        grouped = self._group(whole)
        number = grouped + (self.locale.decimalPoint() + frac if frac else "")
        result = self._pattern.format(n=number)
        return f"-{result}" if negative else result

    def plain_amount(self, minor: int) -> str:
        """An amount for an input field: no symbol, no grouping (``12,50`` in Turkish)."""
        text = format_minor(minor, self.currency.exponent)
        return text.replace(".", self.locale.decimalPoint())

    @property
    def decimal_point(self) -> str:
        return self.locale.decimalPoint()

    def parse_amount(self, text: str, *, allow_zero: bool = False) -> int:
        """What the cashier typed, in minor units, read strictly in the till's locale: "12.50" on
        an English till, "12,50" on a Turkish one. The other mark is refused, never reinterpreted
        (on an English till "12,50" is not 1,250.00 nor 12.50: it is a question to ask again), and
        so are grouping marks, signs, spaces and more decimals than the currency has."""
        cleaned = (text or "").strip()
        point = self.decimal_point
        other = "," if point == "." else "."
        if not cleaned:
            raise AmountRefused("empty", text)
        if other in cleaned:
            raise AmountRefused("separator", text)
        mark = re.escape(point)
        if not re.fullmatch(rf"\d+(?:{mark}\d*)?|{mark}\d+", cleaned):
            raise AmountRefused("not_a_number", text)
        whole, _, fraction = cleaned.partition(point)
        if len(fraction) > self.currency.exponent:
            raise AmountRefused("decimals", text)
        try:
            minor = self.currency.parse((whole or "0") + ("." + fraction if fraction else ""))
        except InvalidAmount:
            raise AmountRefused("too_large", text) from None
        if minor == 0 and not allow_zero:
            raise AmountRefused("zero", text)
        return minor

    def _group(self, digits: str) -> str:
        sep = self.locale.groupSeparator()
        parts = []
        while len(digits) > 3:
            parts.insert(0, digits[-3:])
            digits = digits[:-3]
        parts.insert(0, digits)
        return sep.join(parts)

    # -- points and dates ------------------------------------------------------------------------
    def points(self, points: int) -> str:
        sign = "-" if points < 0 else ""
        return sign + self._group(str(abs(int(points))))

    def signed_points(self, points: int) -> str:
        return ("+" if points > 0 else "") + self.points(points)

    def date(self, value: str | date) -> str:
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return self.locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def datetime(self, value) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy") + value.strftime(" %H:%M")
