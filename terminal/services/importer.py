"""``loyalty member import CSV``: members from another system. Each row is kept or refused
on its own (a savepoint per row); refused rows are reported with their line number."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from terminal.domain.errors import InvalidAmount, InvalidInput, LoyaltyError
from terminal.domain.program import Program

from .ledger import Book
from .members import enroll
from .uow import UnitOfWork

COLUMNS = ("name", "phone", "card", "email", "birthday", "balance")
MAX_ROWS = 1_000_000


def read_rows(path: str) -> list[tuple[int, dict]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise InvalidInput(f"no file at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {path} as UTF-8 text: {exc}") from None
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


def import_members(uow: UnitOfWork, program: Program, version: int, now: datetime, path: str) -> dict:
    imported, rejected = 0, []
    for line, row in read_rows(path):
        savepoint = uow.session.begin_nested()
        try:
            balance = row.get("balance") or "0"
            if not balance.lstrip("-").isdigit():
                raise InvalidAmount(f"opening balance {balance!r} is not a whole number of points")
            points = int(balance)
            if points < 0:
                raise InvalidAmount("an opening balance cannot be negative")
            member = enroll(uow, program, version, now, name=row.get("name"), phone=row.get("phone"),
                            email=row.get("email") or None, birthday=row.get("birthday") or None,
                            card=row.get("card") or None)
            if points:
                Book(uow, member, program, version).post("opening", points, now, rule="import")
            uow.session.flush()
            savepoint.commit()
            imported += 1
        except LoyaltyError as exc:
            savepoint.rollback()
            rejected.append({"row": line, "error": exc.code, "message": exc.message})
    return {"imported": imported, "rejected": rejected}
