"""``loyalty member import CSV``: members from another system. Each row is kept or refused
on its own (a savepoint per row); refused rows are reported with their line number."""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime

from terminal.domain.bounds import parse_points
from terminal.domain.errors import BadPin, InvalidAmount, InvalidInput, LoyaltyError
from terminal.domain.program import Program

from .input_files import CSV_LIMIT, read_limited
from .ledger import Book
from .members import enroll
from .staff import audit, require_manager
from .uow import UnitOfWork

COLUMNS = ("name", "phone", "card", "email", "birthday", "balance")
MAX_ROWS = 1_000_000


def read_rows(path: str) -> list[tuple[int, dict]]:
    text = read_limited(path, CSV_LIMIT, what="CSV file", encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    try:
        return _parse_rows(path, reader)
    except csv.Error as exc:  # a stray carriage return, a NUL: the file is not CSV there
        raise InvalidInput(f"{path}: not CSV at line {reader.line_num + 1}: {exc}") from None


def _parse_rows(path: str, reader: csv.DictReader) -> list[tuple[int, dict]]:
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "name" not in header or "phone" not in header:
        raise InvalidInput(f"{path}: the first line must name the columns, at least name and phone "
                           f"(known: {', '.join(COLUMNS)})")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise InvalidInput(f"{path}: unknown column(s) {', '.join(unknown)}; known: {', '.join(COLUMNS)}")
    reader.fieldnames = header
    rows = []
    for row in reader:
        rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}))
        if len(rows) > MAX_ROWS:
            raise InvalidInput(f"{path}: more than {MAX_ROWS} rows; split the file")
    return rows


def opening_balance(text: str | None) -> int:
    """A row's opening balance: ASCII digits, 0..``bounds.MAX_POINTS``."""
    balance = (text or "").strip() or "0"
    if balance.startswith("-") and balance[1:].isascii() and balance[1:].isdigit():
        raise InvalidAmount("an opening balance cannot be negative")
    return parse_points(balance, "opening balance")


def import_members(uow: UnitOfWork, program: Program, version: int, now: datetime, path: str,
                   pin=None) -> dict:
    """A manager's ``pin`` is needed for rows with an opening balance:
    they mint points. The import is recorded in the audit log with the points it minted."""
    manager = require_manager(uow, pin) if pin else None
    imported, rejected, minted = 0, [], 0
    for line, row in read_rows(path):
        savepoint = uow.session.begin_nested()
        try:
            points = opening_balance(row.get("balance"))
            if points and manager is None:
                raise BadPin("an opening balance mints points: a manager PIN is required (--pin)")
            member = enroll(uow, program, version, now, name=row.get("name"), phone=row.get("phone"),
                            email=row.get("email") or None, birthday=row.get("birthday") or None,
                            card=row.get("card") or None)
            if points:
                Book(uow, member, program, version).post("opening", points, now, rule="import",
                                                         staff_id=manager.id)
            uow.session.flush()
            savepoint.commit()
            imported += 1
            minted += points
        except LoyaltyError as exc:
            savepoint.rollback()
            rejected.append({"row": line, "error": exc.code, "message": exc.message})
    if imported:
        audit(uow, now, manager, "import", reason=f"member import from {os.path.basename(path)}"[:500],
              members=imported, points=minted, rejected=len(rejected))
    return {"imported": imported, "rejected": rejected}
