"""``loyalty member import CSV``: members from another system, a million rows in well under a
minute, with the checks and the per-row error report of ``enroll``.

The file is streamed (never read whole) through a size-limited reader. Rows are validated
with the same functions as ``enroll`` (name, phone, email, birthday, card, opening balance,
a phone or card already taken, here or earlier in the file); each refused row is reported
with its line number. Accepted rows are written in batches, each its own transaction: the
member, the card, the opening balance's ledger entry and lot, and their facts in the journal,
chained exactly as the ORM path would (``tests/integration/test_import_bulk.py`` imports one
file both ways and compares every row). Between batches the import lets any writer that
announced itself go first (``Database.yield_to_writers``), so a sale at the till waits at most
for one batch; readers never wait.

A kill midway keeps the batches committed before it (whole members: never a member without
card, entry or fact); importing the same file again adds the rest, since the rows already in
are refused as phones already enrolled.
"""

from __future__ import annotations

import csv
import os
import stat
import time
from json.encoder import encode_basestring
import uuid
from datetime import datetime

from sqlalchemy import select

from terminal.domain.cards import generate_card, validate_card
from terminal.domain.errors import (BadPin, DuplicatePhone, FileTooLarge, InvalidAmount, InvalidCard, InvalidInput,
                                    LoyaltyError)
from terminal.domain.facts import GENESIS, _plain, body_digest, chain_hash
from terminal.domain.phones import normalize_phone
from terminal.domain.program import Program
from terminal.domain.timekeeping import expiry_instant, local_date
from terminal.store.journal import sqlite_instant
from terminal.store.models import Card, Counter, Fact, Member

from .input_files import CSV_LIMIT
from .members import clean_birthday, clean_email, clean_name
from .uow import UnitOfWork

COLUMNS = ("name", "phone", "card", "email", "birthday", "balance")
MAX_ROWS = 1_000_000
MAX_BYTES = CSV_LIMIT             # 256 MiB: a million rows of long names and emails fit inside
MAX_LINE = 64 * 1024
MAX_OPENING = 10_000_000          # points: as a manager's adjustment
BATCH_ROWS = 5000
PAUSE_S = 0.002                   # between batches, when no writer is announced


# --------------------------------------------------------------------------- reading

def limited_lines(handle, path: str, max_bytes: int = MAX_BYTES, max_line: int = MAX_LINE, endless: bool = False):
    """The file's lines, refusing a line longer than ``max_line`` characters or a file longer
    than ``max_bytes`` (``/dev/zero``, a binary file) before memory runs out."""
    total = 0
    while True:
        line = handle.readline(max_line + 1)
        if not line:
            return
        if len(line) > max_line:
            if endless:   # a device such as /dev/zero: it would never end
                raise FileTooLarge(f"{path}: not a regular file, and a line longer than {max_line} characters")
            raise InvalidInput(f"{path}: a line is longer than {max_line} characters; is this a CSV file?")
        total += len(line)
        if total > max_bytes:
            raise FileTooLarge(f"{path}: larger than {max_bytes // (1024 * 1024)} MiB; split the file")
        if "\x00" in line:
            raise InvalidInput(f"{path}: holds NUL characters; is this a CSV file?")
        yield line


def read_rows(path: str):
    """``(line number, row)`` for each data row, streamed; the header is checked first."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise InvalidInput(f"no file at {path}") from None
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None
    with handle:
        try:
            status = os.fstat(handle.fileno())
        except OSError:
            status = None
        regular = status is not None and stat.S_ISREG(status.st_mode)
        if regular and status.st_size > MAX_BYTES:   # refused before a byte is read
            raise FileTooLarge(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MiB; split the file")
        try:
            reader = csv.reader(limited_lines(handle, path, endless=not regular))
            header = [h.strip().lower() for h in next(reader, [])]
            if "name" not in header or "phone" not in header:
                raise InvalidInput(f"{path}: the first line must name the columns, at least name and phone "
                                   f"(known: {', '.join(COLUMNS)})")
            unknown = [h for h in header if h not in COLUMNS]
            if unknown:
                raise InvalidInput(f"{path}: unknown column(s) {', '.join(unknown)}; known: {', '.join(COLUMNS)}")
            rows = 0
            for values in reader:
                if not values:
                    continue
                rows += 1
                if rows > MAX_ROWS:
                    raise InvalidInput(f"{path}: more than {MAX_ROWS} rows; split the file")
                yield reader.line_num, {k: v.strip() for k, v in zip(header, values) if k}
        except UnicodeDecodeError as exc:
            raise InvalidInput(f"cannot read {path} as UTF-8 text: {exc}") from None
        except csv.Error as exc:
            raise InvalidInput(f"{path}: not a CSV file ({exc})") from None


# --------------------------------------------------------------------------- checking

def opening_points(row: dict) -> int:
    balance = row.get("balance") or "0"
    if not (balance.isascii() and balance.lstrip("-").isdigit()):
        raise InvalidAmount(f"opening balance {balance!r} is not a whole number of points")
    if len(balance) > 12:
        raise InvalidAmount(f"an opening balance is at most {MAX_OPENING} points")
    points = int(balance)
    if points < 0:
        raise InvalidAmount("an opening balance cannot be negative")
    if points > MAX_OPENING:
        raise InvalidAmount(f"an opening balance is at most {MAX_OPENING} points")
    return points


class _Checked:
    """One row that passed the checks that need no database, in the order ``enroll`` runs
    them (the card's own checks come after the phone's uniqueness, as there)."""
    __slots__ = ("line", "name", "phone", "raw_phone", "email", "birthday", "points", "card", "card_error")

    def __init__(self, line: int, row: dict, program: Program, today) -> None:
        self.line = line
        self.points = opening_points(row)
        self.name = clean_name(row.get("name"))
        self.raw_phone = row.get("phone") or ""
        self.phone = normalize_phone(self.raw_phone, program.region)
        self.email = clean_email(row.get("email") or None)
        self.birthday = clean_birthday(row.get("birthday") or None, today)
        self.card, self.card_error = row.get("card") or None, None
        if self.card:
            try:
                self.card = validate_card(self.card, program.card_prefix)
            except InvalidCard as exc:
                self.card_error = (exc.code, exc.message)


def check_rows(rows, program: Program, today, may_mint: bool = True) -> tuple[list[_Checked], list[dict]]:
    """The checks that need no database, for a chunk of rows; a row with an opening balance
    mints points, so it needs a manager (``may_mint``)."""
    checked, rejected = [], []
    for line, row in rows:
        try:
            row_checked = _Checked(line, row, program, today)
            if row_checked.points and not may_mint:
                raise BadPin("an opening balance mints points: a manager PIN is required (--pin)")
            checked.append(row_checked)
        except LoyaltyError as exc:
            rejected.append({"row": line, "error": exc.code, "message": exc.message})
    return checked, rejected


# --------------------------------------------------------------------------- writing

def _plain_json(value) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    return encode_basestring(value)


def _body(columns: tuple[str, ...], values: dict) -> str:
    """``canonical_json`` of a fact body whose values are already plain (text instants, ints,
    booleans, None), written without building a dict for ``json.dumps``: keys sorted, no
    spaces, UTF-8 kept (``tests/integration/test_import_bulk.py`` compares the two)."""
    return "{" + ",".join(f'"{k}":{_plain_json(values[k])}' for k in columns) + "}"


def _body_columns(table) -> tuple[str, ...]:
    from terminal.store.models import NOT_IN_FACT
    excluded = NOT_IN_FACT[table.name] | {"store", "origin_terminal"}
    return tuple(sorted(c.key for c in table.columns if c.key not in excluded))


_MEMBER_SQL = ("INSERT INTO members (id, origin_terminal, program_version, name, phone, email, birthday, "
               "marketing_consent, status, merged_into, merged_at, referrer_id, enrolled_at, updated_at, debt, "
               "name_key, store) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'active', NULL, NULL, NULL, ?, ?, 0, ?, ?)")
_CARD_SQL = ("INSERT INTO cards (id, origin_terminal, program_version, number, member_id, status, issued_at, "
             "replaced_by, replacement, store) VALUES (?, ?, ?, ?, ?, 'active', ?, NULL, 0, ?)")
_ENTRY_SQL = ("INSERT INTO ledger_entries (id, origin_terminal, program_version, seq, member_id, at, kind, points, "
              "rule, sale_id, refund_id, expires_at, lot_id, reason, staff_id, key, derived, store) "
              "VALUES (?, ?, ?, ?, ?, ?, 'opening', ?, 'import', NULL, NULL, ?, NULL, NULL, ?, NULL, 0, ?)")
_LOT_SQL = "INSERT INTO lots (entry_id, member_id, expires_at, remaining, seq) VALUES (?, ?, ?, ?, ?)"
_FACT_SQL = ("INSERT INTO facts (origin, seq, id, kind, store, member_id, at, tx, body, digest, hash) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def ordered_ids():
    """UUIDs in increasing order (the layout of UUID version 7: milliseconds since 1970, a
    counter, 62 random bits), for the rows of an import. Random version-4 ids would land all
    over every index keyed by an id (members, cards, entries, lots, facts), so each batch would
    touch a page per row and per index once the database is large; ids in order append."""
    import os
    state = {"ms": int(time.time() * 1000), "counter": -1}

    def next_id() -> str:
        state["counter"] += 1
        if state["counter"] > 0xFFF:
            state["ms"], state["counter"] = max(state["ms"] + 1, int(time.time() * 1000)), 0
        rand = int.from_bytes(os.urandom(8), "big") & 0x3FFF_FFFF_FFFF_FFFF
        value = (state["ms"] << 80) | (0x7 << 76) | (state["counter"] << 64) | (0b10 << 62) | rand
        return str(uuid.UUID(int=value))
    return next_id


class _Batch:
    """The rows of one transaction, as plain tuples for ``executemany``."""

    def __init__(self):
        self.members, self.cards, self.entries, self.lots, self.facts = [], [], [], [], []


class Importer:
    def __init__(self, program: Program, version: int, now: datetime, new_id=None, staff_id: str | None = None):
        from terminal.store.models import LedgerEntry
        self.program, self.version, self.now = program, version, now
        self.staff_id = staff_id           # the manager whose PIN lets opening balances in
        self.new_id = new_id or ordered_ids()
        self.today = local_date(now, program.tz)
        self.at_text, self.at_sql = _plain(now), sqlite_instant(now)
        expires = expiry_instant(now, program.expiry_months, program.tz)
        self.expires_text = _plain(expires) if expires else None
        self.expires_sql = sqlite_instant(expires) if expires else None
        self.member_columns = _body_columns(Member.__table__)
        self.card_columns = _body_columns(Card.__table__)
        self.entry_columns = _body_columns(LedgerEntry.__table__)
        self.phones: set[str] = set()      # enrolled by the batch being written (earlier batches
        self.cards: set[str] = set()       # are in the database): memory stays flat
        self.imported, self.rejected, self.minted = 0, [], 0

    def reject(self, line: int, exc: LoyaltyError) -> None:
        self.rejected.append({"row": line, "error": exc.code, "message": exc.message})

    def write(self, uow: UnitOfWork, checked: list[_Checked]) -> None:
        """One batch, in the caller's transaction."""
        session = uow.session
        connection = session.connection()
        origin, store, version = uow.terminal, uow.store, self.version
        self.phones, self.cards = set(), set()
        phones_here = set(session.scalars(select(Member.phone).where(
            Member.phone.in_([c.phone for c in checked]), Member.status != "merged")))
        given = [c.card for c in checked if c.card and not c.card_error]
        cards_here = set(session.scalars(select(Card.number).where(Card.number.in_(given)))) if given else set()
        counters = {name: value for name, value in session.execute(
            select(Counter.name, Counter.value).where(Counter.name.in_(("card_serial", "lot_order"))))}
        serial, lot_order = counters.get("card_serial", 0), counters.get("lot_order", 0)
        last = connection.execute(select(Fact.seq, Fact.hash).where(Fact.origin == origin)
                                  .order_by(Fact.seq.desc()).limit(1)).first()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        tx = seq + 1
        batch = _Batch()
        generated: list[tuple[int, str]] = []

        def fact(kind: str, fact_id: str, member_id: str, body: str) -> None:
            nonlocal seq, prev
            seq += 1
            digest = body_digest(body)
            prev = chain_hash(prev, origin, seq, fact_id, kind, store, self.at_text, digest)
            batch.facts.append((origin, seq, fact_id, kind, store, member_id, self.at_sql, tx, body, digest, prev))

        for c in checked:
            if c.phone in self.phones or c.phone in phones_here:
                self.reject(c.line, DuplicatePhone(f"a member with phone {c.raw_phone} is already enrolled"))
                continue
            if c.card_error:
                self.rejected.append({"row": c.line, "error": c.card_error[0], "message": c.card_error[1]})
                continue
            if c.card and (c.card in self.cards or c.card in cards_here):
                self.reject(c.line, InvalidCard(f"card {c.card} is already issued to a member"))
                continue
            member_id = self.new_id()
            birthday = c.birthday.isoformat() if c.birthday else None
            member = {"id": member_id, "program_version": version, "name": c.name, "phone": c.phone,
                      "email": c.email, "birthday": birthday, "marketing_consent": False, "referrer_id": None,
                      "enrolled_at": self.at_text}
            fact("members", member_id, member_id, _body(self.member_columns, member))
            batch.members.append((member_id, origin, version, c.name, c.phone, c.email, birthday, self.at_sql,
                                  self.at_sql, c.name.casefold(), store))
            number = c.card
            if number is None:
                serial += 1
                number = generate_card(self.program.card_prefix, origin, serial)
                generated.append((len(batch.cards), number))
            card_id = self.new_id()
            card = {"id": card_id, "program_version": version, "number": number, "member_id": member_id,
                    "issued_at": self.at_text, "replacement": False}
            fact("cards", card_id, member_id, _body(self.card_columns, card))
            batch.cards.append((card_id, origin, version, number, member_id, self.at_sql, store))
            self.phones.add(c.phone)
            self.cards.add(number)
            if c.points:
                entry_id = self.new_id()
                entry = {"id": entry_id, "program_version": version, "member_id": member_id, "at": self.at_text,
                         "kind": "opening", "points": c.points, "rule": "import", "sale_id": None,
                         "refund_id": None, "expires_at": self.expires_text, "lot_id": None, "reason": None,
                         "staff_id": self.staff_id, "key": None}
                fact("ledger_entries", entry_id, member_id, _body(self.entry_columns, entry))
                batch.entries.append((entry_id, origin, version, seq, member_id, self.at_sql, c.points,
                                      self.expires_sql, self.staff_id, store))
                lot_order += 1
                batch.lots.append((entry_id, member_id, self.expires_sql, c.points, lot_order))
                self.minted += c.points
            self.imported += 1
        if generated and session.scalars(select(Card.id).where(
                Card.number.in_([number for _, number in generated])).limit(1)).first() is not None:
            # A generated number is already taken (a pre-printed card of another series): rare;
            # this batch goes through the one-by-one path, which skips taken numbers.
            raise _GeneratedCollision()
        raw = connection.exec_driver_sql
        for sql, rows in ((_MEMBER_SQL, batch.members), (_CARD_SQL, batch.cards), (_ENTRY_SQL, batch.entries),
                          (_LOT_SQL, batch.lots), (_FACT_SQL, batch.facts)):
            if rows:
                raw(sql, rows)
        for name, value in (("card_serial", serial), ("lot_order", lot_order)):
            if name in counters:
                raw("UPDATE counters SET value = ? WHERE name = ?", (value, name))
            elif value:
                raw("INSERT INTO counters (name, value) VALUES (?, ?)", (name, value))
        if batch.facts:   # the facts went in around the ORM: seal the stream's new head as it would
            from terminal.store import seal
            seal.reseal(session, origin)


class _GeneratedCollision(Exception):
    pass


def import_members(db, program: Program, version: int, now: datetime, path: str, pin=None, *,
                   batch_rows: int = BATCH_ROWS, pause_s: float = PAUSE_S, new_id=None) -> dict:
    """Import ``path`` into ``db`` in transactions of ``batch_rows`` rows. A manager's ``pin`` is
    needed for rows with an opening balance (they mint points); the import is one audit entry
    with the members and points it added."""
    from .staff import audit, require_manager
    manager_id = None
    if pin:
        with UnitOfWork(db, write=False) as uow:
            manager_id = require_manager(uow, pin).id
    importer = Importer(program, version, now, new_id, staff_id=manager_id)
    for chunk in _chunks(read_rows(path), batch_rows):
        checked, rejected = check_rows(chunk, program, importer.today, may_mint=manager_id is not None)
        importer.rejected.extend(rejected)
        if not checked:
            continue
        state = (importer.imported, len(importer.rejected), importer.minted)
        with UnitOfWork(db, now=now) as uow:
            uow.session.connection().exec_driver_sql("PRAGMA cache_size = -65536")   # 64 MB for the indexes
            try:
                importer.write(uow, checked)
            except _GeneratedCollision:
                uow.session.rollback()
                importer.imported, rejected_before, importer.minted = state
                del importer.rejected[rejected_before:]
                _one_by_one(uow, importer, checked)
            uow.commit()
        if not db.yield_to_writers() and pause_s:
            time.sleep(pause_s)
    importer.rejected.sort(key=lambda r: r["row"])
    if importer.imported:
        from terminal.store.models import Staff
        with UnitOfWork(db, now=now) as uow:
            audit(uow, now, uow.session.get(Staff, manager_id) if manager_id else None, "import",
                  reason=f"member import from {os.path.basename(path)}"[:500], members=importer.imported,
                  points=importer.minted, rejected=len(importer.rejected))
            uow.commit()
    return {"imported": importer.imported, "rejected": importer.rejected}


def _chunks(rows, size: int):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _one_by_one(uow: UnitOfWork, importer: Importer, checked: list[_Checked]) -> None:
    """The ORM path, row by row (a savepoint each): used when a generated card number is taken."""
    from .ledger import Book
    from .members import enroll
    program, version, now = importer.program, importer.version, importer.now
    for c in checked:
        savepoint = uow.session.begin_nested()
        try:
            member = enroll(uow, program, version, now, name=c.name, phone=c.raw_phone, email=c.email,
                            birthday=c.birthday, card=c.card)
            if c.points:
                Book(uow, member, program, version).post("opening", c.points, now, rule="import",
                                                         staff_id=importer.staff_id)
            uow.session.flush()
            savepoint.commit()
            importer.imported += 1
            importer.minted += c.points
        except LoyaltyError as exc:
            savepoint.rollback()
            importer.reject(c.line, exc)

