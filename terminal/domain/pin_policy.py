"""How wrong PINs slow down the next try (pure rules; the services keep the count).

A wrong PIN names nobody, so the count belongs to the terminal, not to a person: after
``FREE_FAILURES`` wrong PINs in a row the next try must wait, twice as long after each further
failure (1 s, 2 s, 4 s ... 64 s), and from ``LOCK_AFTER`` failures on every PIN is refused for
``LOCKOUT_SECONDS``. A right PIN clears the count. The waits are measured on a clock the
services are given, so tests move time instead of sleeping."""

from __future__ import annotations

import math
from datetime import datetime

FREE_FAILURES = 3
LOCK_AFTER = 10
LOCKOUT_SECONDS = 300
MAX_DELAY_SECONDS = 64


def delay_after(failures: int) -> int:
    """Seconds the next try must wait after ``failures`` wrong PINs in a row."""
    if failures < FREE_FAILURES:
        return 0
    if failures >= LOCK_AFTER:
        return LOCKOUT_SECONDS
    return min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS)


def locked_out(failures: int) -> bool:
    return failures >= LOCK_AFTER


def wait_left(failures: int, last_failure_at: datetime | None, now: datetime) -> int:
    """Whole seconds still to wait before the next try (0: go ahead).

    A clock that went backwards (``now`` before the last failure) counts as "just failed", so
    setting the clock back never shortens a wait."""
    delay = delay_after(failures)
    if delay == 0 or last_failure_at is None:
        return 0
    elapsed = (now - last_failure_at).total_seconds()
    if elapsed < 0:
        return delay
    return max(0, math.ceil(delay - elapsed))
