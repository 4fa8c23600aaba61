"""Creating a terminal's database and managing the program's versions."""

from __future__ import annotations

from datetime import datetime


from sqlalchemy import func, select

from terminal.domain.cards import MAX_TERMINAL
from terminal.resource_files import resource_path
from terminal.domain.errors import InvalidInput, ProgramInvalid
from terminal.domain.program import Program, parse_program, program_to_toml
from terminal.store.models import Card, ProgramVersion, Sale, new_id

from .staff import audit, create_staff
from .uow import UnitOfWork

DEFAULT_PROGRAM = """\
[program]
name = "Loyalty"
currency = "USD"
"""


def read_program_file(path: str) -> Program:
    from .input_files import PROGRAM_LIMIT, read_limited
    return parse_program(read_limited(path, PROGRAM_LIMIT, what="program file", error=ProgramInvalid))


def store_program(uow: UnitOfWork, program: Program, now: datetime) -> int:
    """Save ``program`` as a new version, unless it equals the current one."""
    current = uow.program_row()
    toml = program_to_toml(program)
    if current is not None:
        if current.toml == toml:
            return current.version
        if uow.setting("hq_program_version"):
            raise ProgramInvalid("this terminal takes its program from head office: publish the change there "
                                 "(loyalty hq publish --url URL FILE); every till adopts it at its next sync")
        existing = parse_program(current.toml)
        if existing.currency != program.currency and uow.session.scalar(select(func.count(Sale.id))):
            raise ProgramInvalid("program.currency: cannot change the currency of a store that has sales")
        # Any card at all (not only a sale) strands if its prefix stops being ours: every
        # issued number would then be refused as another program's.
        if existing.card_prefix != program.card_prefix and uow.session.scalars(select(Card.id).limit(1)).first():
            raise ProgramInvalid(f"program.card_prefix: cannot change the card prefix once cards are issued "
                                 f"(cards start with {existing.card_prefix})")
    version = (current.version if current else 0) + 1
    uow.session.add(ProgramVersion(id=new_id(), version=version, toml=toml, created_at=now,
                                   origin_terminal=uow.terminal, program_version=version))
    return version


def initialise(uow: UnitOfWork, now: datetime, *, store: str | None, terminal: int | None,
               program: Program | None, manager_pin: str | None) -> dict:
    if terminal is not None:
        if not 1 <= terminal <= MAX_TERMINAL:
            raise InvalidInput(f"the terminal number must be 1..{MAX_TERMINAL}")
        existing = uow.setting("terminal")
        if existing and int(existing) != terminal and uow.session.scalar(select(func.count(Sale.id))):
            raise InvalidInput(f"this database belongs to terminal {existing}, which has sales; "
                               "a terminal's number cannot change")
        uow.set_setting("terminal", str(terminal))
    elif uow.setting("terminal") is None:
        uow.set_setting("terminal", "1")
    if store is not None:
        if not store.strip():
            raise InvalidInput("the store needs a name")
        uow.set_setting("store", store.strip())
    elif uow.setting("store") is None:
        uow.set_setting("store", "Store")
    if program is None and uow.program_row() is None:
        program = parse_program(DEFAULT_PROGRAM)
    version = store_program(uow, program, now) if program is not None else uow.program_row().version
    if manager_pin:
        manager = create_staff(uow, "Manager", "manager", manager_pin, now)
        audit(uow, now, manager, "staff_add", reason="first manager at init", name=manager.name, role="manager")
    seal_new_store(uow)
    return {"store": uow.setting("store"), "terminal": int(uow.setting("terminal")), "program_version": version}


def seal_new_store(uow: UnitOfWork) -> None:
    """The journal's seal key beside a database never sealed (``terminal.store.seal``): made by
    ``init`` (and for a demo store opened from the snapshot), so that a copy without it, or a
    deleted key, is never sealed afresh."""
    from terminal.store import seal
    db_path = seal._db_path(uow.session)
    if db_path and uow.setting(seal.SETTING) is None and seal.create_key(db_path):
        uow.session.flush()   # this transaction's facts are sealed as they are journaled
        seal.reseal(uow.session, uow.terminal)


def demo_program_text() -> str:
    return resource_path("demo", "program.toml").read_text(encoding="utf-8")
