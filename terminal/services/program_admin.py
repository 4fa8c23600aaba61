"""The program editor's use cases: save a program (validated by the one validator,
``terminal.domain.program``) as a new version, audited; and what a sample basket earns under
a program, computed by the same pricing the till uses."""

from __future__ import annotations

from datetime import datetime

from terminal.domain.checkout import MemberSituation, price_sale
from terminal.domain.program import Program, parse_program

from .sale_input import build_lines
from .setup import store_program
from .staff import audit
from .uow import UnitOfWork


def save(uow: UnitOfWork, manager, now: datetime, toml: str) -> dict:
    program = parse_program(toml)
    before = uow.program_row().version
    version = store_program(uow, program, now)
    if version != before:
        audit(uow, now, manager, "program_save", reason=f"program version {version}", previous=before,
              version=version)
    return {"program_version": version, "changed": version != before}


def sample_earn(program: Program, now: datetime, *, lines: list[str], items: list[str] = (),
                tier: str | None = None) -> dict:
    """Points a member of ``tier`` (default: the first) would earn for the basket
    ``lines`` (``CATEGORY=AMOUNT[xQTY]``) and ``items`` (SKUs) at ``now``. Pure: no database."""
    chosen = next((t for t in program.tiers if t.name == tier), program.tiers[0])
    member = MemberSituation(qualifying_spend=chosen.min_spend, balance=0, first_purchase=False)
    priced = price_sale(program, build_lines(program, None, list(lines), list(items)), now, member)
    return {"tier": chosen.name, "paid": program.currency.format(priced.paid), "points": priced.points_earned,
            "bonus_points": priced.bonus_points, "breakdown": [list(b) for b in priced.breakdown]}
