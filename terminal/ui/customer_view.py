"""What the customer-facing screen shows, as plain data (no Qt): built from the MEMBER view, the
priced sale and the program, and drawn by ``terminal.ui.customer_display``.

Privacy by construction: :func:`member_view` copies the first name only, never the surname,
phone, email, birthday or card; the widget can only show what is here. Challenges are read
from the MEMBER view's ``challenges`` when the program has them (each with a name or code and
its progress towards a goal), so the screen shows their bars without knowing how they are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from terminal.domain.program import Program
from terminal.domain.text import strip_controls


@dataclass(frozen=True)
class RewardTile:
    code: str                  # the widget names it as the till's reward tiles do
    points: int
    affordable: bool
    voucher: bool = False


@dataclass(frozen=True)
class ChallengeBar:
    name: str
    progress: int
    goal: int
    done: bool


@dataclass(frozen=True)
class CustomerView:
    state: str = "welcome"                 # welcome | entering | looking | member | not_found | thanks
    entered: str = ""                      # the digits the customer keyed
    first_name: str = ""
    tier: str | None = None
    next_tier: tuple[str, str] | None = None   # (name, spend needed as money text)
    balance: int = 0
    balance_value: str | None = None
    rewards: tuple[RewardTile, ...] = ()
    challenges: tuple[ChallengeBar, ...] = ()
    to_pay: int | None = None              # minor units of the open sale
    points_this_sale: int | None = None
    tier_reached: str | None = None        # after a sale that took them up a tier
    blocked: bool = False
    extra: dict = field(default_factory=dict, hash=False, compare=False)


def first_name(name: str | None) -> str:
    parts = strip_controls(name or "").split()
    return parts[0] if parts else ""


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def challenges_of(member: dict) -> tuple[ChallengeBar, ...]:
    bars = []
    for item in member.get("challenges") or ():
        if not isinstance(item, dict):
            continue
        goal = _int(item.get("goal") or item.get("target"))
        progress = _int(item.get("progress"))
        name = strip_controls(str(item.get("name") or item.get("title") or item.get("code") or ""))
        if goal > 0 and name:
            bars.append(ChallengeBar(name, min(progress, goal), goal,
                                     bool(item.get("completed") or item.get("done") or progress >= goal)))
    return tuple(bars)


def rewards_of(program: Program, member: dict) -> tuple[RewardTile, ...]:
    balance = _int(member.get("balance"))
    vouchers = {v.get("reward") for v in member.get("vouchers") or ()}
    tiles = []
    for reward in program.rewards.values():
        has_voucher = reward.code in vouchers
        if reward.points <= 0 and not has_voucher:
            continue
        tiles.append(RewardTile(reward.code, reward.points, affordable=has_voucher or balance >= reward.points,
                                voucher=has_voucher))
    tiles.sort(key=lambda t: (not t.affordable, t.points))
    return tuple(tiles)


def member_view(program: Program, member: dict, base: CustomerView | None = None) -> CustomerView:
    upcoming = member.get("next_tier")
    return replace(base or CustomerView(), state="member", first_name=first_name(member.get("name")),
                   tier=member.get("tier"), balance=_int(member.get("balance")),
                   balance_value=member.get("balance_value"),
                   next_tier=(upcoming["name"], upcoming["spend_needed"]) if upcoming else None,
                   rewards=rewards_of(program, member), challenges=challenges_of(member),
                   blocked=member.get("status") == "blocked", tier_reached=None)


def with_sale(view: CustomerView, to_pay: int | None, points: int | None) -> CustomerView:
    return replace(view, to_pay=to_pay, points_this_sale=points)


def thanks(view: CustomerView, sale: dict) -> CustomerView:
    change = sale.get("tier_change") or {}
    earned = _int(sale.get("points_earned")) + _int(sale.get("bonus_points"))
    return replace(view, state="thanks", to_pay=None, points_this_sale=earned if sale.get("member") else None,
                   balance=_int(sale.get("balance_after")) if sale.get("member") else view.balance,
                   tier=sale.get("tier_after") or view.tier,
                   tier_reached=change.get("to") if change.get("direction") == "up" else None)
