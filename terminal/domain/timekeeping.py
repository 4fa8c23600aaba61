"""Store-local time. Instants are aware UTC datetimes; days, weekdays, hours, birthdays and
expiry midnights are judged in the program's timezone."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown timezone {name!r}") from None


def ensure_utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("naive datetime where an instant was expected")
    return instant.astimezone(UTC)


def local(instant: datetime, tz: ZoneInfo) -> datetime:
    return ensure_utc(instant).astimezone(tz)


def local_date(instant: datetime, tz: ZoneInfo) -> date:
    return local(instant, tz).date()


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later; the month's last day when that day does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The instant of 00:00 store-local on ``day`` (the first valid instant if DST skips it)."""
    naive = datetime.combine(day, time(0))
    aware = naive.replace(tzinfo=tz)
    # A DST gap at midnight: round-trip through UTC lands on the first real instant.
    return aware.astimezone(UTC)


def expiry_instant(earned_at: datetime, months: int, tz: ZoneInfo) -> datetime | None:
    """SPEC 3.7: a lot expires at 00:00 store-local on the same day ``months`` later."""
    if months <= 0:
        return None
    return local_midnight(add_months(local_date(earned_at, tz), months), tz)


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of a store-local day as UTC instants."""
    return local_midnight(day, tz), local_midnight(day + timedelta(days=1), tz)


# The instants and days this product reasons about (a clock, a report's day): far enough either
# side for any store, near enough that a day, a year or an expiry added to them stays a date.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def parse_instant(text: str, tz: ZoneInfo) -> datetime:
    """ISO-8601 to an aware UTC instant; a naive value is read as store-local time. Instants
    outside [2000, 2200) are refused (``ValueError``) before any arithmetic overflows."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except (ValueError, AttributeError, TypeError):
        raise ValueError(f"{text!r} is not an ISO-8601 date-time") from None
    if not EARLIEST.year <= parsed.year < LATEST.year:
        raise ValueError(f"{text!r} is outside the years {EARLIEST.year} to {LATEST.year - 1}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    try:
        instant = parsed.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{text!r} is outside the years {EARLIEST.year} to {LATEST.year - 1}") from None
    if not EARLIEST <= instant < LATEST:
        raise ValueError(f"{text!r} is outside the years {EARLIEST.year} to {LATEST.year - 1}")
    return instant


def parse_day(text: str, what: str = "date") -> date:
    """``YYYY-MM-DD`` to a date within the years of ``parse_instant``; ``ValueError`` names ``what``."""
    try:
        day = date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a date like 2026-11-23") from None
    if not EARLIEST.year <= day.year < LATEST.year:
        raise ValueError(f"{what} {text!r} is outside the years {EARLIEST.year} to {LATEST.year - 1}")
    return day
