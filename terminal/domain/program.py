"""The loyalty program: a validated, immutable model of SPEC section 2, read from and written
to TOML. Every validation error names the field and says why (``program_invalid``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .cards import is_valid_ean, validate_prefix
from .challenges import CHALLENGE_KINDS, PERIODS, Challenge
from .errors import InvalidAmount, ProgramInvalid
from .money import Currency, parse_decimal, parse_minor
from .phones import is_valid_region
from .text import has_unsafe, is_visible
from .timekeeping import WEEKDAYS, expiry_instant, expiry_instant_days, zone
from .bounds import MAX_MULTIPLIER, MAX_POINT_VALUE, MAX_POINTS, MAX_POINTS_PER_UNIT, MAX_UNITS

REWARD_KINDS = ("amount_off", "percent_off", "free_item", "donation")
REFERRAL_PAID_ON = ("first_purchase", "enrollment")
#: Positive entries of a sale that stay pending for ``pending_days`` (SPEC-mechanics 5).
PENDING_KINDS = ("earn", "bonus", "referral", "challenge")
CAMPAIGN_KINDS = ("multiplier", "bonus", "next_visit")
OFFER_KINDS = ("double_points", "amount_off")
OFFER_PREFIX = "offer:"   # the reward (and pseudo punch card) of a next-visit offer's voucher


@dataclass(frozen=True)
class Tier:
    name: str
    min_spend: int  # minor units of qualifying spend in the window
    multiplier: Decimal


@dataclass(frozen=True)
class Category:
    name: str
    earn: bool = True
    multiplier: Decimal = Decimal(1)


@dataclass(frozen=True)
class Campaign:
    code: str
    kind: str
    value: Decimal  # multiplier for "multiplier", whole points for "bonus"
    weekdays: tuple[str, ...] = ()
    starts: date | None = None
    ends: date | None = None
    hours: tuple[int, int] | None = None
    min_spend: int = 0
    categories: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    first_purchase: bool = False
    birthday_month: bool = False
    offer: str | None = None        # next_visit: double_points | amount_off (SPEC-mechanics 3)
    offer_value: int = 0            # next_visit amount_off: minor units off
    valid_days: int = 0             # next_visit: the voucher's days of validity

    @property
    def voucher_reward(self) -> str:
        return OFFER_PREFIX + self.code

    @property
    def bonus_points(self) -> int:
        return int(self.value)


@dataclass(frozen=True)
class PunchCard:
    code: str
    category: str
    units: int
    reward: str


@dataclass(frozen=True)
class Reward:
    code: str
    kind: str
    points: int
    value: int | Decimal | None = None  # minor units; a percentage for percent_off
    max_value: int | None = None
    sku: str | None = None
    charity: str | None = None


@dataclass(frozen=True)
class Membership:
    """A paid membership (SPEC-mechanics 1): bought as a sale line, it holds ``tier`` for
    ``months`` whatever the member's spend."""
    code: str
    name: str
    tier: str
    months: int
    price: int               # minor units
    category: str            # a category with earn = false: the line earns no points

    @property
    def sku(self) -> str:
        return MEMBERSHIP_PREFIX + self.code


MEMBERSHIP_PREFIX = "membership:"


@dataclass(frozen=True)
class PromoCode:
    """A code typed or scanned at the till that unlocks a campaign or a reward (SPEC-mechanics 4)."""
    code: str
    campaign: str | None = None   # a campaign that applies only to sales giving the code
    reward: str | None = None     # a reward the code gives without points
    starts: date | None = None
    ends: date | None = None
    per_member: int = 0           # uses per member; 0: no limit
    total: int = 0                # uses chain-wide; 0: no limit


PROMO_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def promo_key(text: str) -> str:
    """A promo code as typed or scanned, the way the program names it: trimmed, upper case."""
    return (text or "").strip().upper()


@dataclass(frozen=True)
class Referral:
    referrer_bonus: int = 0
    referee_bonus: int = 0
    paid_on: str = "first_purchase"   # first_purchase | enrollment (SPEC-mechanics 6)


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: int
    category: str | None = None
    ean: str | None = None


@dataclass(frozen=True)
class RedemptionRules:
    min_points: int = 1
    max_fraction_of_sale: Decimal = Decimal(1)
    offline_max_points: int | None = None


@dataclass(frozen=True)
class Program:
    name: str
    currency: Currency
    region: str = "US"
    timezone: str = "UTC"
    points_per_unit: Decimal = Decimal(1)
    rounding: str = "floor"
    point_value: Decimal = Decimal("0.01")
    expiry_months: int = 0
    card_prefix: str = "29"
    display: str = "points"
    expiry_days: int = 0    # SPEC-mechanics 6: an alternative to expiry_months
    pending_days: int = 0   # SPEC-mechanics 5: a sale's points become spendable this many days later
    redemption: RedemptionRules = RedemptionRules()
    tier_window_days: int = 365
    tiers: tuple[Tier, ...] = (Tier("Member", 0, Decimal(1)),)
    categories: dict[str, Category] = field(default_factory=dict)
    campaigns: tuple[Campaign, ...] = ()
    punch_cards: tuple[PunchCard, ...] = ()
    rewards: dict[str, Reward] = field(default_factory=dict)
    referral: Referral | None = None
    products: dict[str, Product] = field(default_factory=dict)
    challenges: tuple[Challenge, ...] = ()
    promo_codes: dict[str, PromoCode] = field(default_factory=dict)
    memberships: dict[str, Membership] = field(default_factory=dict)

    @property
    def tz(self):
        return zone(self.timezone)

    def expiry_of(self, earned_at):
        """When points credited at ``earned_at`` expire (``None``: never)."""
        if self.expiry_days:
            return expiry_instant_days(earned_at, self.expiry_days, self.tz)
        return expiry_instant(earned_at, self.expiry_months, self.tz)

    def available_of(self, kind: str, at, sale_id: str | None):
        """When points of a ``kind`` entry credited at ``at`` become spendable: 00:00 store-local
        ``pending_days`` after the sale's day, for the points a sale earns; ``None``: at once."""
        if not self.pending_days or not sale_id or kind not in PENDING_KINDS:
            return None
        return expiry_instant_days(at, self.pending_days, self.tz)

    def offer_campaign(self, reward: str) -> Campaign | None:
        """The next-visit campaign whose voucher has the reward ``offer:CODE``."""
        if not reward.startswith(OFFER_PREFIX):
            return None
        return next((c for c in self.campaigns if c.kind == "next_visit" and c.code == reward[len(OFFER_PREFIX):]),
                    None)

    def offer_expiry(self, reward: str, issued_at):
        """When a next-visit voucher issued at ``issued_at`` stops being usable (``None``: not an offer)."""
        campaign = self.offer_campaign(reward)
        if campaign is None:
            return None
        return expiry_instant_days(issued_at, campaign.valid_days, self.tz)

    def promo_code(self, text: str) -> PromoCode | None:
        return self.promo_codes.get(promo_key(text))

    @property
    def promo_campaigns(self) -> frozenset[str]:
        """Campaigns a promo code unlocks: they apply only to sales that give the code."""
        return frozenset(p.campaign for p in self.promo_codes.values() if p.campaign)

    def category(self, name: str | None) -> Category:
        return self.categories.get(name or "", Category(name or ""))

    def product_by_code(self, code: str) -> Product | None:
        """A catalog product by SKU or by EAN/UPC barcode; a paid membership by its code (or
        ``membership:CODE``) is sold as a product of its own category (SPEC-mechanics 1)."""
        if code in self.products:
            return self.products[code]
        membership = self.memberships.get(code.removeprefix(MEMBERSHIP_PREFIX))
        if membership is not None:
            return Product(sku=membership.sku, name=membership.name, price=membership.price,
                           category=membership.category)
        if not (code.isascii() and code.isdigit() and len(code) in (8, 12, 13, 14)):
            return None  # a barcode is 8, 12, 13 or 14 digits: 30 digits match nothing
        for product in self.products.values():
            if product.ean == code:
                return product
        if len(code) >= 12:  # UPC-A, EAN-13 and GTIN-14 name one product with leading zeros
            for product in self.products.values():
                if product.ean and len(product.ean) >= 12 and product.ean.lstrip("0") == code.lstrip("0"):
                    return product
        return None

    def membership_of(self, sku: str | None) -> Membership | None:
        if not sku or not sku.startswith(MEMBERSHIP_PREFIX):
            return None
        return self.memberships.get(sku[len(MEMBERSHIP_PREFIX):])

    def tier_named(self, name: str | None) -> Tier | None:
        return next((t for t in self.tiers if t.name == name), None)

    def effective_tier(self, spend: int, held: str | None = None) -> Tier:
        """The tier from spend, or the tier a paid membership holds when that is higher."""
        tier, kept = self.tier_for_spend(spend), self.tier_named(held)
        return kept if kept is not None and kept.min_spend > tier.min_spend else tier

    def next_tier_above(self, spend: int, tier: Tier) -> Tier | None:
        """The first tier above ``tier`` (reached by spend)."""
        return next((t for t in self.tiers if t.min_spend > max(spend, tier.min_spend)), None)

    def tier_for_spend(self, spend: int) -> Tier:
        chosen = self.tiers[0]
        for tier in self.tiers:
            if tier.min_spend <= spend:
                chosen = tier
        return chosen

    def next_tier(self, spend: int) -> Tier | None:
        for tier in self.tiers:
            if tier.min_spend > spend:
                return tier
        return None

    def points_value_minor(self, points: int) -> Decimal:
        """Money value of ``points`` in (possibly fractional) minor units."""
        return Decimal(points) * self.point_value * self.currency.scale


# --------------------------------------------------------------------------- parsing

class _Fields:
    """Reads one TOML table, remembering which keys were used, to refuse unknown ones."""

    def __init__(self, table: Any, where: str):
        if not isinstance(table, dict):
            raise ProgramInvalid(f"{where}: expected a table, got {type(table).__name__}")
        self.table, self.where, self.used = table, where, set()

    def fail(self, key: str, why: str) -> ProgramInvalid:
        return ProgramInvalid(f"{self.where}.{key}: {why}")

    def get(self, key: str, default: Any = None, *, required: bool = False) -> Any:
        self.used.add(key)
        if key not in self.table:
            if required:
                raise self.fail(key, "is required")
            return default
        return self.table[key]

    def text(self, key, default=None, *, required=False, choices=None) -> str | None:
        value = self.get(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"must be a non-empty string, got {value!r}")
        if has_unsafe(value) or not is_visible(value):
            raise self.fail(key, f"must be printable text with something visible, got {value!r}")
        if choices and value not in choices:
            raise self.fail(key, f"must be one of {', '.join(choices)}, got {value!r}")
        return value

    def boolean(self, key, default=False) -> bool:
        value = self.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, got {value!r}")
        return value

    def integer(self, key, default=0, *, minimum=0, maximum=MAX_POINTS) -> int:
        value = self.get(key, default)
        if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) < 20:
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(key, f"must be a whole number, got {value!r}")
        if value < minimum or (maximum is not None and value > maximum):
            bound = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
            raise self.fail(key, f"must be {bound}, got {value}")
        return value

    def decimal(self, key, default=None, *, positive=False, required=False, maximum=None) -> Decimal | None:
        value = self.get(key, default, required=required)
        if value is None or isinstance(value, Decimal):
            return value
        if isinstance(value, float):
            raise self.fail(key, f"write decimals as strings to keep them exact, e.g. \"{value}\"")
        try:
            number = parse_decimal(value, what=key)
        except InvalidAmount as exc:
            raise self.fail(key, exc.message) from None
        if number < 0 or (positive and number == 0):
            raise self.fail(key, f"must be {'more than' if positive else 'at least'} zero, got {value!r}")
        if maximum is not None and number > maximum:
            raise self.fail(key, f"must be at most {maximum}, got {value!r}")
        return number

    def money(self, key, currency: Currency, default=None, *, required=False) -> int | None:
        value = self.get(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, float):
            raise self.fail(key, f"write amounts as strings to keep them exact, e.g. \"{value}\"")
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise self.fail(key, f"must be an amount like \"5.00\", got {value!r}")
        try:
            return parse_minor(str(value), currency.exponent, what=key)
        except InvalidAmount as exc:
            raise self.fail(key, exc.message) from None

    def day(self, key) -> date | None:
        value = self.get(key)
        if value is None or (isinstance(value, date) and not hasattr(value, "hour")):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(key, f"must be a date like 2026-01-31, got {value!r}")

    def strings(self, key, *, choices=None) -> tuple[str, ...]:
        value = self.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, f"must be a list of strings, got {value!r}")
        for item in value:
            if has_unsafe(item) or not is_visible(item):
                raise self.fail(key, f"must be printable text with something visible, got {item!r}")
        if choices:
            for item in value:
                if item not in choices:
                    raise self.fail(key, f"{item!r} is not one of {', '.join(choices)}")
        return tuple(value)

    def finish(self) -> None:
        unknown = sorted(set(self.table) - self.used)
        if unknown:
            raise ProgramInvalid(f"{self.where}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}")


def _tables(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ProgramInvalid(f"{key}: must be an array of tables ([[{key}]])")
    return value


def _unique(items, attr: str, where: str) -> None:
    seen = set()
    for index, item in enumerate(items):
        name = getattr(item, attr)
        if name in seen:
            raise ProgramInvalid(f"{where}[{index}].{attr}: {name!r} appears twice")
        seen.add(name)


def parse_program(text: str) -> Program:
    """TOML text to a validated Program, or ``ProgramInvalid`` naming the field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProgramInvalid(f"not valid TOML: {exc}") from None
    return program_from_dict(data)


def program_from_dict(data: dict) -> Program:
    known = {"program", "redemption", "tier_window", "tiers", "categories", "campaigns",
             "punch_cards", "rewards", "referral", "products", "challenges", "promo_codes",
             "memberships"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ProgramInvalid(f"unknown table{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}")
    if "program" not in data:
        raise ProgramInvalid("program: the [program] table is required")

    head = _Fields(data["program"], "program")
    name = head.text("name", required=True)
    currency_code = head.text("currency", required=True)
    try:
        currency = Currency.of(currency_code)
    except ValueError as exc:
        raise head.fail("currency", str(exc)) from None
    region = head.text("region", "US")
    if not is_valid_region(region):
        raise head.fail("region", f"{region!r} is not a region code such as US, DE or TR")
    timezone = head.text("timezone", "UTC")
    try:
        zone(timezone)
    except ValueError as exc:
        raise head.fail("timezone", str(exc)) from None
    points_per_unit = head.decimal("points_per_unit", Decimal(1), maximum=MAX_POINTS_PER_UNIT)
    rounding = head.text("rounding", "floor", choices=("floor", "half_up", "ceil"))
    point_value = head.decimal("point_value", Decimal("0.01"), positive=True, maximum=MAX_POINT_VALUE)
    expiry_months = head.integer("expiry_months", 0, maximum=1200)
    card_prefix = head.text("card_prefix", "29")
    try:
        validate_prefix(card_prefix)
    except ValueError as exc:
        raise head.fail("card_prefix", str(exc)) from None
    display = head.text("display", "points", choices=("points", "money"))
    expiry_days = head.integer("expiry_days", 0, maximum=36600)
    pending_days = head.integer("pending_days", 0, maximum=365)
    if expiry_days and expiry_months:
        raise head.fail("expiry_days", "set expiry_months or expiry_days, not both")
    if pending_days and expiry_days and pending_days >= expiry_days:
        raise head.fail("pending_days", f"must be less than expiry_days ({expiry_days}): points would expire "
                                        "before they could be spent")
    if pending_days and expiry_months and pending_days >= expiry_months * 28:
        raise head.fail("pending_days", f"must be less than the shortest {expiry_months} months: points would "
                                        "expire before they could be spent")
    head.finish()

    redemption = RedemptionRules()
    if "redemption" in data:
        table = _Fields(data["redemption"], "redemption")
        fraction = table.decimal("max_fraction_of_sale", Decimal(1))
        if fraction > 1:
            raise table.fail("max_fraction_of_sale", "must be between 0 and 1")
        offline = table.get("offline_max_points")
        redemption = RedemptionRules(
            min_points=table.integer("min_points", 1, minimum=1),
            max_fraction_of_sale=fraction,
            offline_max_points=None if offline is None else table.integer("offline_max_points"),
        )
        table.finish()

    window_days = 365
    if "tier_window" in data:
        table = _Fields(data["tier_window"], "tier_window")
        window_days = table.integer("days", 365, minimum=1, maximum=3660)
        table.finish()

    tiers = []
    for index, raw in enumerate(_tables(data, "tiers")):
        table = _Fields(raw, f"tiers[{index}]")
        tiers.append(Tier(table.text("name", required=True),
                          table.money("min_spend", currency, "0"),
                          table.decimal("multiplier", Decimal(1), maximum=MAX_MULTIPLIER)))
        table.finish()
    if tiers:
        _unique(tiers, "name", "tiers")
        for index in range(1, len(tiers)):
            if tiers[index].min_spend <= tiers[index - 1].min_spend:
                raise ProgramInvalid(f"tiers[{index}].min_spend: tiers must be listed by rising min_spend")
        if tiers[0].min_spend != 0:
            raise ProgramInvalid("tiers[0].min_spend: the first tier must start at 0 so every member has a tier")
    else:
        tiers = [Tier("Member", 0, Decimal(1))]

    categories = []
    for index, raw in enumerate(_tables(data, "categories")):
        table = _Fields(raw, f"categories[{index}]")
        categories.append(Category(table.text("name", required=True), table.boolean("earn", True),
                                   table.decimal("multiplier", Decimal(1), maximum=MAX_MULTIPLIER)))
        if not any(c.isalnum() for c in categories[-1].name):
            raise table.fail("name", f"a category needs at least one letter or digit, got {categories[-1].name!r}")
        table.finish()
    _unique(categories, "name", "categories")

    tier_names = [t.name for t in tiers]
    campaigns = []
    for index, raw in enumerate(_tables(data, "campaigns")):
        table = _Fields(raw, f"campaigns[{index}]")
        code = table.text("code", required=True)
        kind = table.text("kind", required=True, choices=CAMPAIGN_KINDS)
        offer = offer_value = valid_days = None
        if kind == "next_visit":
            offer = table.text("offer", required=True, choices=OFFER_KINDS)
            if offer == "amount_off":
                offer_value = table.money("value", currency, required=True)
                if offer_value == 0:
                    raise table.fail("value", "must be more than zero")
            elif "value" in table.table:
                raise table.fail("value", "a double_points offer takes no value")
            table.get("valid_days", required=True)
            valid_days = table.integer("valid_days", minimum=1, maximum=3660)
            value = Decimal(1)
        else:
            value = table.decimal("value", required=True, positive=True,
                                  maximum=MAX_MULTIPLIER if kind == "multiplier" else Decimal(MAX_POINTS))
        if kind == "bonus" and value != value.to_integral_value():
            raise table.fail("value", "a bonus is a whole number of points")
        hours = table.get("hours")
        if hours is not None:
            if (not isinstance(hours, list) or len(hours) != 2
                    or not all(isinstance(h, int) and not isinstance(h, bool) and 0 <= h <= 24 for h in hours)
                    or hours[0] == hours[1]):
                raise table.fail("hours", f"must be [from, to) in whole hours 0-24, got {hours!r}")
            hours = (hours[0], hours[1])
        campaign = Campaign(
            code=code, kind=kind, value=value,
            weekdays=table.strings("weekdays", choices=WEEKDAYS),
            starts=table.day("starts"), ends=table.day("ends"), hours=hours,
            min_spend=table.money("min_spend", currency, "0"),
            categories=table.strings("categories"),
            tiers=table.strings("tiers", choices=tier_names),
            first_purchase=table.boolean("first_purchase"),
            birthday_month=table.boolean("birthday_month"),
            offer=offer, offer_value=offer_value or 0, valid_days=valid_days or 0,
        )
        if campaign.starts and campaign.ends and campaign.ends < campaign.starts:
            raise table.fail("ends", "is before starts")
        table.finish()
        campaigns.append(campaign)
    _unique(campaigns, "code", "campaigns")

    products = []
    for index, raw in enumerate(_tables(data, "products")):
        table = _Fields(raw, f"products[{index}]")
        sku = table.text("sku", required=True)
        ean = table.text("ean")
        if ean is not None:
            if not is_valid_ean(ean):
                raise table.fail("ean", f"{ean!r} is not an EAN/UPC with a valid check digit")
            if ean.startswith(card_prefix) and len(ean) == 13:
                raise table.fail("ean", "falls in the member card range")
        products.append(Product(sku=sku, name=table.text("name", sku), price=table.money("price", currency, required=True),
                                category=table.text("category"), ean=ean))
        table.finish()
    _unique(products, "sku", "products")
    product_map = {p.sku: p for p in products}

    rewards = []
    for index, raw in enumerate(_tables(data, "rewards")):
        table = _Fields(raw, f"rewards[{index}]")
        code = table.text("code", required=True)
        kind = table.text("kind", required=True, choices=REWARD_KINDS)
        points = table.integer("points", 0)
        reward = Reward(code=code, kind=kind, points=points)
        if kind in ("amount_off", "donation"):
            reward = Reward(code, kind, points, value=table.money("value", currency, required=True))
            if reward.value == 0:
                raise table.fail("value", "must be more than zero")
            if kind == "donation":
                reward = Reward(code, kind, points, value=reward.value, charity=table.text("charity", required=True))
        elif kind == "percent_off":
            percent = table.decimal("value", required=True, positive=True)
            if percent > 100:
                raise table.fail("value", "a percentage is at most 100")
            reward = Reward(code, kind, points, value=percent, max_value=table.money("max_value", currency))
        elif kind == "free_item":
            sku = table.text("sku", required=True)
            if sku not in product_map:
                raise table.fail("sku", f"{sku!r} is not in [[products]], so its price is unknown")
            reward = Reward(code, kind, points, sku=sku)
        table.finish()
        rewards.append(reward)
    _unique(rewards, "code", "rewards")
    reward_map = {r.code: r for r in rewards}

    punch_cards = []
    for index, raw in enumerate(_tables(data, "punch_cards")):
        table = _Fields(raw, f"punch_cards[{index}]")
        card = PunchCard(table.text("code", required=True), table.text("category", required=True),
                         table.integer("units", 1, minimum=1, maximum=MAX_UNITS), table.text("reward", required=True))
        if card.reward not in reward_map:
            raise table.fail("reward", f"{card.reward!r} is not a reward code")
        table.finish()
        punch_cards.append(card)
    _unique(punch_cards, "code", "punch_cards")

    referral = None
    if "referral" in data:
        table = _Fields(data["referral"], "referral")
        referral = Referral(table.integer("referrer_bonus", 0), table.integer("referee_bonus", 0),
                            table.text("paid_on", "first_purchase", choices=REFERRAL_PAID_ON))
        table.finish()

    memberships = []
    for index, raw in enumerate(_tables(data, "memberships")):
        memberships.append(_membership(_Fields(raw, f"memberships[{index}]"), currency, tier_names,
                                       {c.name: c for c in categories}, product_map))
    _unique(memberships, "code", "memberships")

    promos = []
    for index, raw in enumerate(_tables(data, "promo_codes")):
        promos.append(_promo(_Fields(raw, f"promo_codes[{index}]"), {c.code for c in campaigns}, reward_map))
    _unique(promos, "code", "promo_codes")

    challenges = []
    for index, raw in enumerate(_tables(data, "challenges")):
        challenges.append(_challenge(_Fields(raw, f"challenges[{index}]"), currency))
    _unique(challenges, "code", "challenges")

    return Program(
        name=name, currency=currency, region=region, timezone=timezone,
        points_per_unit=points_per_unit, rounding=rounding, point_value=point_value,
        expiry_months=expiry_months, card_prefix=card_prefix, display=display, expiry_days=expiry_days, pending_days=pending_days,
        redemption=redemption, tier_window_days=window_days, tiers=tuple(tiers),
        categories={c.name: c for c in categories}, campaigns=tuple(campaigns),
        punch_cards=tuple(punch_cards), rewards=reward_map, referral=referral, products=product_map,
        challenges=tuple(challenges), promo_codes={p.code: p for p in promos},
        memberships={m.code: m for m in memberships},
    )


def _membership(table: _Fields, currency: Currency, tier_names: list[str], categories: dict,
                products: dict) -> Membership:
    code = table.text("code", required=True)
    if code != promo_key(code) or not set(code) <= PROMO_CODE_CHARS or len(code) > 32:
        raise table.fail("code", f"use 1 to 32 capital letters, digits and '-', got {code!r}")
    if code in products:
        raise table.fail("code", f"{code!r} is also a product SKU")
    tier = table.text("tier", required=True, choices=tier_names)
    table.get("months", required=True)
    months = table.integer("months", minimum=1, maximum=120)
    price = table.money("price", currency, required=True)
    if price == 0:
        raise table.fail("price", "must be more than zero")
    category = table.text("category", required=True)
    if category not in categories or categories[category].earn:
        raise table.fail("category", f"{category!r} must be a [[categories]] entry with earn = false, "
                                     "so the membership earns no points")
    membership = Membership(code, table.text("name", code), tier, months, price, category)
    table.finish()
    return membership


def _promo(table: _Fields, campaigns: set[str], rewards: dict) -> PromoCode:
    code = table.text("code", required=True)
    if code != promo_key(code) or not set(code) <= PROMO_CODE_CHARS or len(code) > 32:
        raise table.fail("code", f"use 1 to 32 capital letters, digits and '-', got {code!r}")
    campaign, reward = table.text("campaign"), table.text("reward")
    if (campaign is None) == (reward is None):
        raise table.fail("campaign", "a promo code unlocks exactly one campaign or one reward")
    if campaign is not None and campaign not in campaigns:
        raise table.fail("campaign", f"{campaign!r} is not a campaign code")
    if reward is not None and reward not in rewards:
        raise table.fail("reward", f"{reward!r} is not a reward code")
    promo = PromoCode(code, campaign, reward, table.day("starts"), table.day("ends"),
                      table.integer("per_member", 0, maximum=1_000_000), table.integer("total", 0, maximum=100_000_000))
    if promo.starts and promo.ends and promo.ends < promo.starts:
        raise table.fail("ends", "is before starts")
    table.finish()
    return promo


def _challenge(table: _Fields, currency: Currency) -> Challenge:
    code = table.text("code", required=True)
    kind = table.text("kind", required=True, choices=CHALLENGE_KINDS)
    if kind == "spend":
        target = table.money("target", currency, required=True)
    else:
        table.get("target", required=True)
        target = table.integer("target", minimum=1, maximum=1000)
    if target <= 0:
        raise table.fail("target", "must be more than zero")
    period = table.text("period", "month", choices=PERIODS)
    days = table.integer("days", 0, maximum=3660)
    starts, ends = table.day("starts"), table.day("ends")
    if period == "days" and not days:
        raise table.fail("days", 'is required (1 or more) with period = "days"')
    if period == "days" and starts is None:
        raise table.fail("starts", 'is required with period = "days": the first window starts that day')
    if period == "month" and days:
        raise table.fail("days", 'applies only with period = "days"')
    if starts and ends and ends < starts:
        raise table.fail("ends", "is before starts")
    challenge = Challenge(code=code, name=table.text("name", code), kind=kind, target=target,
                          bonus=_bonus(table),
                          period=period, days=days, starts=starts, ends=ends)
    table.finish()
    return challenge


def _bonus(table: _Fields) -> int:
    table.get("bonus", required=True)
    return table.integer("bonus", minimum=1, maximum=10_000_000)


# --------------------------------------------------------------------------- writing

def program_to_toml(program: Program) -> str:
    """Canonical TOML of a program; ``parse_program(program_to_toml(p)) == p``."""
    cur = program.currency
    money = cur.format
    data: dict[str, Any] = {"program": {
        "name": program.name, "currency": cur.code, "region": program.region,
        "timezone": program.timezone, "points_per_unit": str(program.points_per_unit),
        "rounding": program.rounding, "point_value": str(program.point_value),
        "expiry_months": program.expiry_months, "card_prefix": program.card_prefix,
        "display": program.display,
    }}
    if program.expiry_days:
        data["program"]["expiry_days"] = program.expiry_days
    if program.pending_days:
        data["program"]["pending_days"] = program.pending_days
    red = program.redemption
    data["redemption"] = {"min_points": red.min_points, "max_fraction_of_sale": str(red.max_fraction_of_sale)}
    if red.offline_max_points is not None:
        data["redemption"]["offline_max_points"] = red.offline_max_points
    data["tier_window"] = {"days": program.tier_window_days}
    data["tiers"] = [{"name": t.name, "min_spend": money(t.min_spend), "multiplier": str(t.multiplier)}
                     for t in program.tiers]
    if program.categories:
        data["categories"] = [{"name": c.name, "earn": c.earn, "multiplier": str(c.multiplier)}
                              for c in program.categories.values()]
    if program.campaigns:
        rows = []
        for c in program.campaigns:
            row: dict[str, Any] = {"code": c.code, "kind": c.kind}
            if c.kind == "next_visit":
                row["offer"], row["valid_days"] = c.offer, c.valid_days
                if c.offer == "amount_off":
                    row["value"] = money(c.offer_value)
            else:
                row["value"] = str(c.value)
            if c.weekdays:
                row["weekdays"] = list(c.weekdays)
            if c.starts:
                row["starts"] = c.starts.isoformat()
            if c.ends:
                row["ends"] = c.ends.isoformat()
            if c.hours:
                row["hours"] = list(c.hours)
            if c.min_spend:
                row["min_spend"] = money(c.min_spend)
            if c.categories:
                row["categories"] = list(c.categories)
            if c.tiers:
                row["tiers"] = list(c.tiers)
            if c.first_purchase:
                row["first_purchase"] = True
            if c.birthday_month:
                row["birthday_month"] = True
            rows.append(row)
        data["campaigns"] = rows
    if program.punch_cards:
        data["punch_cards"] = [{"code": p.code, "category": p.category, "units": p.units, "reward": p.reward}
                               for p in program.punch_cards]
    if program.rewards:
        rows = []
        for r in program.rewards.values():
            row = {"code": r.code, "kind": r.kind, "points": r.points}
            if r.kind in ("amount_off", "donation"):
                row["value"] = money(r.value)
            if r.kind == "percent_off":
                row["value"] = str(r.value)
                if r.max_value is not None:
                    row["max_value"] = money(r.max_value)
            if r.sku:
                row["sku"] = r.sku
            if r.charity:
                row["charity"] = r.charity
            rows.append(row)
        data["rewards"] = rows
    if program.referral:
        data["referral"] = {"referrer_bonus": program.referral.referrer_bonus,
                            "referee_bonus": program.referral.referee_bonus,
                            "paid_on": program.referral.paid_on}
    if program.memberships:
        data["memberships"] = [{"code": m.code, "name": m.name, "tier": m.tier, "months": m.months,
                                "price": money(m.price), "category": m.category}
                               for m in program.memberships.values()]
    if program.promo_codes:
        rows = []
        for p in program.promo_codes.values():
            row: dict[str, Any] = {"code": p.code}
            for key in ("campaign", "reward"):
                if getattr(p, key):
                    row[key] = getattr(p, key)
            for key in ("starts", "ends"):
                if getattr(p, key):
                    row[key] = getattr(p, key).isoformat()
            if p.per_member:
                row["per_member"] = p.per_member
            if p.total:
                row["total"] = p.total
            rows.append(row)
        data["promo_codes"] = rows
    if program.challenges:
        rows = []
        for c in program.challenges:
            row = {"code": c.code, "name": c.name, "kind": c.kind,
                   "target": money(c.target) if c.kind == "spend" else c.target, "bonus": c.bonus,
                   "period": c.period}
            if c.days:
                row["days"] = c.days
            if c.starts:
                row["starts"] = c.starts.isoformat()
            if c.ends:
                row["ends"] = c.ends.isoformat()
            rows.append(row)
        data["challenges"] = rows
    if program.products:
        rows = []
        for p in program.products.values():
            row = {"sku": p.sku, "name": p.name, "price": money(p.price)}
            if p.category:
                row["category"] = p.category
            if p.ean:
                row["ean"] = p.ean
            rows.append(row)
        data["products"] = rows
    import tomli_w   # only to write a program (export): not on every command's path
    return tomli_w.dumps(data)
