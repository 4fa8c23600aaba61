"""SPEC 3.7: lots expire at 00:00 store-local on the same day ``expiry_months`` later."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.timekeeping import add_months, expiry_instant, local_midnight

NY, BERLIN = ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("start, months, end", [
    (date(2026, 8, 31), 6, date(2027, 2, 28)),
    (date(2027, 8, 31), 6, date(2028, 2, 29)),   # leap year
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2026, 3, 31), 1, date(2026, 4, 30)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)),
    (date(2026, 5, 10), 12, date(2027, 5, 10)),
])
def test_add_months_clamps_to_the_last_day(start, months, end):
    assert add_months(start, months) == end


def test_expiry_is_local_midnight_of_the_local_day():
    # 20:00 in New York on Aug 31 is Sep 1 in UTC; the store-local day counts.
    earned = datetime(2026, 9, 1, 0, 0, tzinfo=timezone.utc)
    assert expiry_instant(earned, 6, NY) == datetime(2027, 2, 28, 5, 0, tzinfo=timezone.utc)
    # Berlin: 23:30 UTC on Aug 31 is already Sep 1 locally -> Mar 1, 00:00 CET = Feb 28 23:00 UTC.
    assert expiry_instant(datetime(2026, 8, 31, 23, 30, tzinfo=timezone.utc), 6, BERLIN) == \
        datetime(2027, 2, 28, 23, 0, tzinfo=timezone.utc)
    assert expiry_instant(earned, 0, NY) is None


def test_local_midnight_across_dst():
    assert local_midnight(date(2026, 7, 1), NY) == datetime(2026, 7, 1, 4, 0, tzinfo=timezone.utc)
    assert local_midnight(date(2026, 1, 1), NY) == datetime(2026, 1, 1, 5, 0, tzinfo=timezone.utc)
