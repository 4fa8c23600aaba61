"""Challenges (SPEC-mechanics 2): a goal over a period with a bonus on completion, such as
"4 visits this month", "spend 200.00 in 30 days", "buy from 3 categories this month".

Pure: the period a day falls in, what one sale adds to a challenge's progress, and whether the
goal is reached. The till (``terminal.services.challenges``) and the replay
(``terminal.domain.projection``) both decide completion with these functions, from the same
facts, so every node pays the same bonus once, under one derived id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .timekeeping import add_months

CHALLENGE_KINDS = ("visits", "spend", "categories")
PERIODS = ("month", "days")


@dataclass(frozen=True)
class Challenge:
    code: str
    name: str
    kind: str            # visits | spend | categories
    target: int          # visits or categories: a count; spend: minor units
    bonus: int           # points paid on completion, once per period
    period: str = "month"   # month: the calendar month | days: windows of `days` from `starts`
    days: int = 0
    starts: date | None = None
    ends: date | None = None

    def window(self, day: date) -> tuple[str, date, date] | None:
        """The period ``day`` (store-local) falls in: ``(period id, first day, day after the
        last)``; ``None`` outside ``starts``..``ends``."""
        if (self.starts and day < self.starts) or (self.ends and day > self.ends):
            return None
        if self.period == "month":
            first = day.replace(day=1)
            return first.strftime("%Y-%m"), first, add_months(first, 1)
        index = (day - self.starts).days // self.days
        first = self.starts + timedelta(days=index * self.days)
        return first.isoformat(), first, first + timedelta(days=self.days)


@dataclass(frozen=True)
class Contribution:
    """What one sale counts for, as it stands (net of its refunds so far)."""
    visit: bool                       # an eligible paid amount above zero, not fully refunded
    spend: int                        # eligible paid amount less what was refunded of it
    categories: frozenset[str]        # eligible categories with a paid amount, unless fully refunded


def contribution(qualifying: int, qualifying_refunded: int, fully_refunded: bool,
                 categories) -> Contribution:
    if fully_refunded:
        return Contribution(False, 0, frozenset())
    return Contribution(qualifying > 0, max(0, qualifying - qualifying_refunded), frozenset(categories))


def progress(challenge: Challenge, contributions) -> int:
    """How far the contributions take the challenge, in its own unit."""
    contributions = list(contributions)
    if challenge.kind == "visits":
        return sum(1 for c in contributions if c.visit)
    if challenge.kind == "spend":
        return sum(c.spend for c in contributions)
    return len(frozenset().union(*(c.categories for c in contributions)))


def percent(done: int, target: int) -> int:
    """Whole percent of the goal reached, 0..100 (integers only)."""
    return 100 if done >= target else done * 100 // target


def entry_rule(code: str, period_id: str) -> str:
    """The ``rule`` of a completion's ledger entry; one per member, challenge and period."""
    return f"challenge:{code}:{period_id}"
