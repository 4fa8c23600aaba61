"""The arithmetic of one sale (SPEC section 3, steps 2-9), as a pure function.

``price_sale`` takes the program, the lines, the member's situation and the redemptions asked
for, and returns everything the sale will write — or raises the domain error that refuses it.
The same function drives the till's live preview, so the preview can never disagree with the
sale.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from .errors import (InsufficientPoints, InvalidAmount, RedemptionLimit, RewardNotApplicable,
                     UnknownMember, UnknownReward)
from .money import allocate, round_points
from .program import Campaign, Program, Reward, Tier
from .timekeeping import WEEKDAYS, local

MAX_QUANTITY = 9999


@dataclass(frozen=True)
class SaleLine:
    """One line as rung up: ``quantity`` units of ``unit_amount`` minor units each."""
    category: str | None
    unit_amount: int
    quantity: int = 1
    sku: str | None = None
    name: str | None = None

    @property
    def amount(self) -> int:
        return self.unit_amount * self.quantity


@dataclass(frozen=True)
class MemberSituation:
    """What the rules need to know of the member at the start of the sale."""
    qualifying_spend: int              # in the tier window, before this sale
    balance: int                       # after lazy expiry
    first_purchase: bool
    birthday: date | None = None
    birthday_bonuses_this_year: frozenset[str] = frozenset()  # campaign codes already paid
    vouchers: tuple[tuple[str, str], ...] = ()  # (voucher id, reward code), unused
    punches: dict[str, int] = field(default_factory=dict)   # punch card code -> units so far
    referred: bool = False             # has a referrer, so a first purchase pays referral bonuses
    offline_redeemed: int | None = None  # points redeemed since the last sync; None when online


@dataclass(frozen=True)
class PricedLine:
    line: SaleLine
    discount: int
    paid: int
    eligible: bool
    multiplier: Decimal  # category * tier * campaign, for the record


@dataclass(frozen=True)
class Redemption:
    reward: str          # reward code, or "POINTS" for --redeem-points
    kind: str
    points: int
    discount: int
    voucher_id: str | None = None
    donation: int = 0
    charity: str | None = None


@dataclass(frozen=True)
class Bonus:
    rule: str            # campaign code, "referral:referee" or "referral:referrer"
    points: int
    kind: str            # "bonus" | "referral"
    to_referrer: bool = False


@dataclass(frozen=True)
class PricedSale:
    lines: tuple[PricedLine, ...]
    total: int
    discount: int
    paid: int
    redemptions: tuple[Redemption, ...]
    points_redeemed: int
    points_earned: int
    breakdown: tuple[tuple[str, int], ...]
    bonuses: tuple[Bonus, ...]
    qualifying: int
    punches: tuple[tuple[str, int, int], ...]  # (card code, units, vouchers issued)
    tier_before: Tier | None
    tier_after: Tier | None
    donations: int

    @property
    def bonus_points(self) -> int:
        return sum(b.points for b in self.bonuses if not b.to_referrer)


POINTS_REWARD = "POINTS"


def price_sale(program: Program, lines: list[SaleLine], now: datetime,
               member: MemberSituation | None = None, redeem: list[str] | None = None,
               redeem_points: int | None = None) -> PricedSale:
    redeem = list(redeem or [])
    _check_lines(lines)
    total = sum(line.amount for line in lines)
    tier = program.tier_for_spend(member.qualifying_spend) if member else None

    if (redeem or redeem_points is not None) and member is None:
        raise UnknownMember("a redemption needs a member: look the member up first")
    redemptions = _redemptions(program, lines, total, member, redeem, redeem_points) if member else []
    discount = sum(r.discount for r in redemptions)
    cost = sum(r.points for r in redemptions)
    money = program.currency.format
    # SPEC 3.3: a points redemption that fails several rules gets the first of
    # insufficient_points, then redemption_limit (points worth more than the sale included).
    if member is not None and cost and cost > member.balance:
        raise InsufficientPoints(f"the redemption needs {cost} points; the balance is {member.balance}")
    paid_by_points = sum(r.discount for r in redemptions if r.points and not r.voucher_id)
    if paid_by_points > total:
        raise RedemptionLimit(f"the points redeemed are worth {money(paid_by_points)}, more than the sale "
                              f"({money(total)})")
    if discount > total:
        raise RewardNotApplicable(f"the discounts ({money(discount)}) exceed the sale ({money(total)})")
    if member is not None and cost:
        limit = program.redemption.max_fraction_of_sale
        if Decimal(paid_by_points) > limit * total:
            share = (limit * 100).normalize()
            raise RedemptionLimit(
                f"points may pay at most {share:f}% of a sale "
                f"({program.currency.format(int((limit * total).to_integral_value(rounding='ROUND_FLOOR')))} of "
                f"{program.currency.format(total)})")
        cap = program.redemption.offline_max_points
        if member.offline_redeemed is not None and cap is not None and member.offline_redeemed + cost > cap:
            raise RedemptionLimit(
                f"offline, a member may redeem at most {cap} points until the terminal syncs "
                f"({member.offline_redeemed} already redeemed)")

    shares = allocate(discount, [line.amount for line in lines])
    local_now = local(now, program.tz)
    eligible = [program.category(line.category).earn for line in lines]
    paid_lines = [line.amount - share for line, share in zip(lines, shares)]

    applicable = [c for c in program.campaigns if member and _conditions_hold(c, program, local_now, member, tier)]
    covered_paid = {c.code: sum(p for line, p, ok in zip(lines, paid_lines, eligible) if ok and _covers(c, line))
                    for c in applicable}
    applicable = [c for c in applicable if covered_paid[c.code] > 0 and covered_paid[c.code] >= c.min_spend]

    priced, components = [], defaultdict(Decimal)
    scale = program.currency.scale
    for line, share, paid, ok in zip(lines, shares, paid_lines, eligible):
        cat = program.category(line.category)
        campaign = max((c for c in applicable if c.kind == "multiplier" and _covers(c, line)),
                       key=lambda c: c.value, default=None)
        cm, tm = cat.multiplier, tier.multiplier if tier else Decimal(1)
        km = campaign.value if campaign else Decimal(1)
        priced.append(PricedLine(line, share, paid, ok, cm * tm * km))
        if not (ok and member):
            continue
        base = Decimal(paid) / scale * program.points_per_unit
        components["base"] += base
        if cm != 1:
            components[f"category:{cat.name}"] += base * (cm - 1)
        if tm != 1:
            components[f"tier:{tier.name}"] += base * cm * (tm - 1)
        if km != 1:
            components[f"campaign:{campaign.code}"] += base * cm * tm * (km - 1)
    exact = sum(components.values(), Decimal(0))
    earned = max(0, round_points(exact, program.rounding)) if member else 0
    breakdown = _apportion(components, earned)

    bonuses: list[Bonus] = []
    if member:
        for c in applicable:
            if c.kind == "bonus":
                bonuses.append(Bonus(c.code, c.bonus_points, "bonus"))
        eligible_paid = sum(p for p, ok in zip(paid_lines, eligible) if ok)
        if member.first_purchase and member.referred and program.referral and eligible_paid > 0:
            if program.referral.referee_bonus:
                bonuses.append(Bonus("referral:referee", program.referral.referee_bonus, "referral"))
            if program.referral.referrer_bonus:
                bonuses.append(Bonus("referral:referrer", program.referral.referrer_bonus, "referral", True))

    qualifying = sum(p for p, ok in zip(paid_lines, eligible) if ok) if member else 0
    punches = []
    if member:
        free = Counter(program.products[program.rewards[r.reward].sku].category
                       for r in redemptions if r.kind == "free_item")
        for card in program.punch_cards:
            units = sum(line.quantity for line in lines if line.category == card.category) - free[card.category]
            if units > 0:
                before = member.punches.get(card.code, 0)
                punches.append((card.code, units, (before + units) // card.units - before // card.units))
    tier_after = program.tier_for_spend(member.qualifying_spend + qualifying) if member else None
    return PricedSale(
        lines=tuple(priced), total=total, discount=discount, paid=total - discount,
        redemptions=tuple(redemptions), points_redeemed=cost, points_earned=earned,
        breakdown=breakdown, bonuses=tuple(bonuses), qualifying=qualifying, punches=tuple(punches),
        tier_before=tier, tier_after=tier_after, donations=sum(r.donation for r in redemptions),
    )


def _check_lines(lines: list[SaleLine]) -> None:
    if not lines:
        raise InvalidAmount("a sale needs an amount, a line or an item")
    for line in lines:
        if not isinstance(line.unit_amount, int) or line.unit_amount <= 0:
            raise InvalidAmount("every line needs an amount above zero")
        if not isinstance(line.quantity, int) or not 1 <= line.quantity <= MAX_QUANTITY:
            raise InvalidAmount(f"quantity must be 1..{MAX_QUANTITY}")


def _redemptions(program: Program, lines: list[SaleLine], total: int, member: MemberSituation,
                 codes: list[str], redeem_points: int | None) -> list[Redemption]:
    result = []
    vouchers = list(member.vouchers)
    free_units = Counter()
    for code in codes:
        reward = program.rewards.get(code)
        if reward is None:
            raise UnknownReward(f"no reward has the code {code!r}")
        voucher = next((v for v in vouchers if v[1] == code), None)
        if voucher:
            vouchers.remove(voucher)
        elif reward.points == 0:
            raise RewardNotApplicable(f"{code} is given only through a voucher, and this member has none left")
        discount, donation = _reward_discount(program, reward, lines, total, free_units)
        result.append(Redemption(code, reward.kind, 0 if voucher else reward.points, discount,
                                 voucher[0] if voucher else None, donation, reward.charity))
    if redeem_points is not None:
        if redeem_points <= 0:
            raise InvalidAmount("--redeem-points takes a positive number of points")
        if redeem_points < program.redemption.min_points:
            raise RedemptionLimit(f"at least {program.redemption.min_points} points must be redeemed at once")
        value = program.points_value_minor(redeem_points)
        if value != value.to_integral_value():
            raise InvalidAmount(f"{redeem_points} points are worth a fraction of the smallest coin; "
                                f"redeem a multiple that is worth whole {program.currency.code} minor units")
        result.append(Redemption(POINTS_REWARD, "points", redeem_points, int(value)))
    return result


def _reward_discount(program: Program, reward: Reward, lines: list[SaleLine], total: int,
                     free_units: Counter) -> tuple[int, int]:
    if reward.kind == "amount_off":
        return reward.value, 0
    if reward.kind == "percent_off":
        off = int((Decimal(total) * reward.value / 100).to_integral_value(rounding=ROUND_HALF_UP))
        return (min(off, reward.max_value) if reward.max_value is not None else off), 0
    if reward.kind == "free_item":
        matching = [line for line in lines if line.sku == reward.sku]
        units = sum(line.quantity for line in matching)
        if free_units[reward.sku] >= units:
            name = program.products[reward.sku].name
            raise RewardNotApplicable(f"{reward.code} needs {name} ({reward.sku}) in the sale"
                                      + (" once more" if units else ""))
        free_units[reward.sku] += 1
        return matching[0].unit_amount, 0
    return 0, reward.value  # donation: no discount; the money goes to the charity


def _conditions_hold(c: Campaign, program: Program, local_now: datetime, member: MemberSituation,
                     tier: Tier | None) -> bool:
    today = local_now.date()
    if c.starts and today < c.starts or c.ends and today > c.ends:
        return False
    if c.weekdays and WEEKDAYS[today.weekday()] not in c.weekdays:
        return False
    if c.hours:
        start, end = c.hours
        hour = local_now.hour
        inside = start <= hour < end if start < end else (hour >= start or hour < end)
        if not inside:
            return False
    if c.tiers and (tier is None or tier.name not in c.tiers):
        return False
    if c.first_purchase and not member.first_purchase:
        return False
    if c.birthday_month:
        if member.birthday is None or member.birthday.month != today.month:
            return False
        if c.code in member.birthday_bonuses_this_year:
            return False
    return True


def _covers(c: Campaign, line: SaleLine) -> bool:
    return not c.categories or line.category in c.categories


def _apportion(components: dict[str, Decimal], total: int) -> tuple[tuple[str, int], ...]:
    """Integer points per rule that add up exactly to the rounded total (largest remainder)."""
    rules = [(rule, value) for rule, value in components.items() if value != 0]
    if not rules:
        return ()
    floors = [int(value.to_integral_value(rounding="ROUND_FLOOR")) for _, value in rules]
    gap = total - sum(floors)
    # Largest fractional part first when adding; smallest first when taking away.
    order = sorted(range(len(rules)), key=lambda i: (-(rules[i][1] - floors[i]), i))
    if gap < 0:
        order.reverse()
    for n in range(abs(gap)):
        floors[order[n % len(order)]] += 1 if gap > 0 else -1
    return tuple((rule, points) for (rule, _), points in zip(rules, floors) if points != 0)
