"""The demo store with the program mechanics of docs/SPEC-mechanics.md switched on: points
pending for 14 days, a "4 visits in March" challenge, a promo code SPRING (x3, one use in
all), a Gold pass (49.00, Gold for 12 months) and a next-visit offer COMEBACK (2.00 off within
14 days of a sale of 10.00 or more), for the GUI tests and screenshots."""

from __future__ import annotations

from terminal.resource_files import resource_path

MECHANICS = '''
[[campaigns]]
code = "SPRING-X3"
kind = "multiplier"
value = "3"

[[promo_codes]]
code = "SPRING"
campaign = "SPRING-X3"
total = 1

[[categories]]
name = "membership"
earn = false

[[memberships]]
code = "GOLD-PASS"
name = "Gold pass"
tier = "Gold"
months = 12
price = "49.00"
category = "membership"

[[campaigns]]
code = "COMEBACK"
kind = "next_visit"
offer = "amount_off"
value = "2.00"
valid_days = 14
min_spend = "10"

[[challenges]]
code = "VISITS-4"
name = "4 visits in March"
kind = "visits"
target = 4
bonus = 200
'''


def mechanics_program() -> str:
    demo = resource_path("demo", "program.toml").read_text(encoding="utf-8")
    assert "expiry_months = 12\n" in demo
    return demo.replace("expiry_months = 12\n", "expiry_months = 12\npending_days = 14\n", 1) + MECHANICS


def import_mechanics(path, now: str) -> None:
    from terminal.app import make_clock
    from terminal.domain.program import parse_program
    from terminal.services.loyalty import Loyalty
    from terminal.store.database import open_database
    db = open_database(path)
    try:
        Loyalty(db, make_clock(now)).import_program(parse_program(mechanics_program()))
    finally:
        db.dispose()


def mechanics_demo(path, now: str) -> None:
    """The shipped demo snapshot at ``now``, written to ``path``, with the mechanics imported."""
    from terminal.app import make_clock
    from terminal.services.demo_snapshot import open_snapshot
    open_snapshot(path, make_clock(now).now())
    import_mechanics(path, now)
