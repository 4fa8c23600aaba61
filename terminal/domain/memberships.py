"""Paid memberships (SPEC-mechanics 1): from a member's purchases, the periods during which a
membership holds its tier.

Pure: purchases are sale lines (facts), in canonical order. A purchase while a membership runs
renews it from the day it would have ended; a purchase after it lapsed starts a new period on
the day of the sale. Periods end at 00:00 store-local, like expiry (SPEC 3.7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .program import Program
from .timekeeping import add_months, local_date, local_midnight


@dataclass(frozen=True)
class Purchase:
    at: datetime
    code: str


@dataclass(frozen=True)
class Period:
    code: str
    tier: str
    starts: datetime
    ends: datetime           # 00:00 store-local on the day after the last day


def periods(program: Program, purchases: list[Purchase]) -> list[Period]:
    """One period per purchase, in order; a renewal starts where the running period ends."""
    found: list[Period] = []
    for purchase in purchases:
        membership = program.memberships.get(purchase.code)
        if membership is None:
            continue                       # a membership the program no longer has
        running = next((p for p in reversed(found) if p.ends > purchase.at), None)
        start = running.ends if running is not None else purchase.at
        first_day: date = local_date(start, program.tz)
        found.append(Period(membership.code, membership.tier, start,
                            local_midnight(add_months(first_day, membership.months), program.tz)))
    return found


def active(found: list[Period], now: datetime) -> Period | None:
    """The period in force at ``now``, extended by the renewals that follow it: its ``ends`` is
    when the membership lapses."""
    current = next((p for p in found if p.starts <= now < p.ends), None)
    if current is None:
        return None
    ends = current.ends
    for p in found:
        if p.starts == ends:
            ends = p.ends
    return Period(current.code, current.tier, current.starts, ends)
