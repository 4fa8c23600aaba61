"""The demo store: a believable program, catalog, staff, a few dozen members and six weeks of
history, built through the same use cases a real till uses (so the demo is also a smoke test
of every rule). Deterministic: the same seed gives the same store."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from terminal.domain.clock import FixedClock
from terminal.domain.errors import LoyaltyError
from terminal.domain.program import Program, parse_program
from terminal.domain.timekeeping import local_date

from .loyalty import Loyalty
from .setup import demo_program_text

DEMO_MANAGER_PIN = "1234"
DEMO_CASHIER_PIN = "2580"
HISTORY_DAYS = 42

FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken", "Frances", "Dennis",
         "Radia", "John", "Hedy", "Tim", "Katherine", "Linus", "Sophie", "Guido", "Anita", "Niklaus",
         "Elif", "Mehmet", "Ayşe", "Çağla", "José", "Zoë", "Björn", "Chloé", "Ingrid", "Omar"]
LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Thompson", "Allen",
        "Ritchie", "Perlman", "McCarthy", "Lamarr", "Berners-Lee", "Johnson", "Torvalds", "Wilson",
        "van Rossum", "Borg", "Wirth", "Şahin", "Öztürk", "Yılmaz", "Doğan", "García", "Müller", "Ström",
        "Lefèvre", "Nygaard", "Haddad"]
AREA_CODES = ["212", "646", "718", "917", "347"]


def demo_program() -> Program:
    return parse_program(demo_program_text())


def _has_pin(app: Loyalty, pin: str) -> bool:
    """Whether a staff member already has ``pin`` (checked directly: not a sign-in attempt)."""
    from .staff import find_staff_by_pin
    from .uow import UnitOfWork
    with UnitOfWork(app.db, write=False) as uow:
        return find_staff_by_pin(uow, pin) is not None


def build_demo(path, clock) -> dict:
    """A new database at ``path`` holding the demo store, its history ending at ``clock.now()``."""
    from terminal.store.database import open_database
    db = open_database(path, create=True)
    try:
        app = Loyalty(db, clock)
        app.initialise(store="Corner Market", program=demo_program())
        return load_demo(app)
    finally:
        db.dispose()


def load_demo(app: Loyalty, *, members: int = 36, seed: int = 7) -> dict:
    """Fill a freshly initialised database. ``app.clock.now()`` is the end of the history."""
    rng = random.Random(seed)
    end = app.clock.now()
    program = app.program()
    tz = program.tz
    real_clock = app.clock
    clock = FixedClock(end - timedelta(days=HISTORY_DAYS + 1))
    app.clock = clock
    try:
        if not _has_pin(app, DEMO_MANAGER_PIN):
            app.initialise(manager_pin=DEMO_MANAGER_PIN)
        if not _has_pin(app, DEMO_CASHIER_PIN):
            app.add_staff(name="Sam Cashier", role="cashier", pin=DEMO_CASHIER_PIN, by_pin=DEMO_MANAGER_PIN)
        cards = []
        this_month = local_date(end, tz).month
        for n in range(members):
            first, last = FIRST[n % len(FIRST)], LAST[(n * 7) % len(LAST)]
            phone = f"({AREA_CODES[n % len(AREA_CODES)]}) 555-01{n:02d}"
            born_month = this_month if n % 6 == 0 else rng.randint(1, 12)
            referrer = cards[rng.randrange(len(cards))] if cards and n % 5 == 4 else None
            result = app.enroll(name=f"{first} {last}", phone=phone,
                                email=f"{first.lower()}.{n}@example.com" if n % 3 else None,
                                birthday=f"{rng.randint(1950, 2004)}-{born_month:02d}-{rng.randint(1, 28):02d}",
                                referrer=referrer, marketing_consent=n % 2 == 0)
            cards.append(result["member"]["card"])
            clock.advance(minutes=37)
        catalog = list(program.products)
        categories = ["grocery", "beauty", "bakery", "coffee"]
        sales, receipts = 0, []
        start_day = local_date(end, tz) - timedelta(days=HISTORY_DAYS)
        for offset in range(HISTORY_DAYS):
            day = start_day + timedelta(days=offset)
            for _ in range(rng.randint(5, 12)):
                local_moment = datetime.combine(day, time(rng.randint(8, 19), rng.randint(0, 59))).replace(tzinfo=tz)
                if local_moment >= end:
                    continue
                clock.set(local_moment)
                member = cards[rng.randrange(len(cards))] if rng.random() < 0.75 else None
                items = [f"{rng.choice(catalog)}x{rng.randint(1, 3)}" for _ in range(rng.randint(1, 3))]
                lines = [f"{rng.choice(categories)}={rng.randint(3, 60)}.{rng.choice(['00', '49', '99'])}"
                         for _ in range(rng.randint(0, 2))]
                redeem = []
                if member and rng.random() < 0.15:
                    redeem = [rng.choice(["5OFF", "10PCT", "GIVE-5", "FREE-CROISSANT", "FREE-COFFEE"])]
                    if redeem == ["FREE-CROISSANT"]:
                        items.append("CROISSANT")
                    if redeem == ["FREE-COFFEE"]:
                        items.append("COFFEE-REG")
                for attempt in (redeem, []):
                    try:
                        result = app.sale(app.request(member=member, items=items, lines=lines, redeem=attempt))
                        receipts.append(result["sale"]["receipt"])
                        sales += 1
                        break
                    except LoyaltyError:
                        continue  # not enough points or not applicable: ring it up without
            if offset % 9 == 4 and receipts:
                try:
                    app.refund(receipts[-rng.randint(1, min(5, len(receipts)))], None)
                except LoyaltyError:
                    pass
        clock.set(end - timedelta(hours=2))
        app.adjust(cards[1], 150, "goodwill: coffee machine was down", DEMO_MANAGER_PIN)
        app.adjust(cards[2], -80, "correction: duplicate receipt keyed by hand", DEMO_MANAGER_PIN)
        app.block(cards[-1], DEMO_MANAGER_PIN, True, "card reported stolen")
    finally:
        app.clock = real_clock
    return {"members": members, "sales": sales, "manager_pin": DEMO_MANAGER_PIN, "cashier_pin": DEMO_CASHIER_PIN}
