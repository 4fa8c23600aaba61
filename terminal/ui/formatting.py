"""Money, points and dates in the till's language, without a float ever holding money.

Money arrives as decimal strings (SPEC 4) or int minor units; it is formatted digit by digit
with the locale's group separator, decimal point and currency pattern (where the symbol goes is
read from ``QLocale.toCurrencyString`` of an integer, so no float is involved).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from terminal.domain.money import Currency, format_minor

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "TRY": "₺", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "CHF": "CHF"}
LOCALES = {"en": "en_US", "tr": "tr_TR"}


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

    def parse_amount(self, text: str) -> str:
        """What the cashier typed (``12,50`` or ``12.50``) to the engine's decimal string."""
        cleaned = text.strip().replace(" ", "")
        group, point = self.locale.groupSeparator(), self.locale.decimalPoint()
        if point != "." and point in cleaned:
            cleaned = cleaned.replace(group, "").replace(point, ".")
        elif point == "." and group in cleaned:
            cleaned = cleaned.replace(group, "")
        elif cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        return cleaned

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
