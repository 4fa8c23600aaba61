"""Challenges at the till (SPEC-mechanics 2): each running challenge's period, the member's
sales in it as they stand, and whether its bonus was paid; the member's progress for the panel.

The completion bonus is a derived ledger entry (kind ``challenge``, never sent): every node
derives it from the same sales, with the id ``derived_id("challenge", account, code, period)``,
so a challenge completed at two tills offline is paid once after sync."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import select

from terminal.domain.challenges import contribution, entry_rule, percent, progress
from terminal.domain.checkout import ChallengeState
from terminal.domain.facts import derived_id
from terminal.domain.program import Program
from terminal.domain.timekeeping import local_date, local_midnight
from terminal.store.models import LedgerEntry, Sale, SaleLineRow

from .uow import UnitOfWork


def challenge_id(account: str, code: str, period_id: str) -> str:
    return derived_id("challenge", account, code, period_id)


def challenge_states(uow: UnitOfWork, program: Program, ids: list[str], now: datetime) -> tuple[ChallengeState, ...]:
    """The program's challenges running today, with the family's sales of each period so far."""
    today = local_date(now, program.tz)
    running = [(c, c.window(today)) for c in program.challenges]
    running = [(c, w) for c, w in running if w is not None]
    if not running:
        return ()
    earliest = min(local_midnight(first, program.tz) for _, (_, first, _) in running)
    s = uow.session
    sales = s.execute(select(Sale.id, Sale.at, Sale.qualifying, Sale.qualifying_refunded, Sale.fully_refunded)
                      .where(Sale.member_id.in_(ids), Sale.at >= earliest, Sale.at <= now)).all()
    categories = defaultdict(set)
    if sales:
        for sale_id, category in s.execute(select(SaleLineRow.sale_id, SaleLineRow.category).where(
                SaleLineRow.sale_id.in_([x.id for x in sales]), SaleLineRow.eligible.is_(True),
                SaleLineRow.paid > 0)):
            categories[sale_id].add(category or "")
    rules = [entry_rule(c.code, w[0]) for c, w in running]
    paid = set(s.scalars(select(LedgerEntry.rule).where(LedgerEntry.member_id.in_(ids),
                                                        LedgerEntry.kind == "challenge",
                                                        LedgerEntry.rule.in_(rules))))
    states = []
    for challenge, (period_id, first, after) in running:
        start, end = local_midnight(first, program.tz), local_midnight(after, program.tz)
        before = tuple(contribution(x.qualifying, x.qualifying_refunded, x.fully_refunded, categories[x.id])
                       for x in sales if start <= x.at < end)
        states.append(ChallengeState(challenge, period_id, after, before,
                                     entry_rule(challenge.code, period_id) in paid))
    return tuple(states)


def challenges_view(program: Program, states: tuple[ChallengeState, ...]) -> list[dict]:
    """The member's challenges for MEMBER (``challenges``): progress in each running period."""
    money = program.currency.format
    shown = []
    for state in states:
        c = state.challenge
        done = progress(c, state.before)
        shown.append({"code": c.code, "name": c.name, "kind": c.kind, "period": state.period_id,
                      "ends": _last_day(state.period_ends),
                      "progress": money(done) if c.kind == "spend" else done,
                      "target": money(c.target) if c.kind == "spend" else c.target,
                      "percent": percent(done, c.target), "completed": state.completed or done >= c.target,
                      "bonus": c.bonus})
    return shown


def outcomes_view(program: Program, outcomes) -> list[dict]:
    """The challenges of a sale (SALE ``challenges``): progress after it, completion by it."""
    money = program.currency.format
    return [{"code": o.code, "name": o.name, "kind": o.kind, "period": o.period_id, "ends": _last_day(o.period_ends),
             "progress": money(o.progress) if o.kind == "spend" else o.progress,
             "target": money(o.target) if o.kind == "spend" else o.target, "percent": o.percent,
             "completed": o.completed, "completed_now": o.completed_now} for o in outcomes]


def _last_day(after: date) -> str:
    """The period's last day (store-local), inclusive."""
    return (after - timedelta(days=1)).isoformat()
