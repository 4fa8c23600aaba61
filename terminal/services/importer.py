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
import json
import os
import stat
import time
from hashlib import sha256
from json.encoder import encode_basestring
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import select

from terminal.domain.cards import generate_card, validate_card
from terminal.domain.errors import (BadPin, DuplicatePhone, FileTooLarge, InvalidAmount, InvalidCard, InvalidInput,
                                    LoyaltyError)
from terminal.domain.facts import GENESIS, _plain, body_digest, chain_hash
from terminal.domain.phones import normalize_phone
from terminal.domain.program import Program
from terminal.domain.timekeeping import expiry_instant, local_date
from terminal.store.database import BACKGROUND_AUTOCHECKPOINT_PAGES, BackgroundCheckpoints
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
            named = all(header)   # no unnamed column to leave out: the row is a plain zip
            for values in reader:
                if not values:
                    continue
                rows += 1
                if rows > MAX_ROWS:
                    raise InvalidInput(f"{path}: more than {MAX_ROWS} rows; split the file")
                yield reader.line_num, (dict(zip(header, map(str.strip, values))) if named else
                                        {k: v.strip() for k, v in zip(header, values) if k})
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


def _template(columns: tuple[str, ...], constants: dict, holes: tuple[str, ...]) -> str:
    """A ``str.format`` template of a fact body (``canonical_json``: keys sorted, no spaces, UTF-8
    kept) whose ``constants`` (the same for every row of an import) are written in once and
    whose ``holes`` are filled per row with values already as JSON, in the order given (a body
    built key by key for each of a million rows was a tenth of the import;
    ``tests/integration/test_import_bulk.py`` compares the bodies with the ORM's)."""
    if tuple(k for k in columns if k not in constants) != holes:
        raise RuntimeError(f"a fact body's columns changed ({', '.join(columns)}): update the importer")
    parts = [f'"{k}":{{}}' if k not in constants else
             f'"{k}":' + _braces(_plain_json(constants[k])) for k in columns]
    return "{{" + ",".join(parts) + "}}"


def _braces(text: str) -> str:
    """``text`` as itself inside a ``str.format`` template."""
    return text.replace("{", "{{").replace("}", "}}")


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
    touch a page per row and per index once the database is large; ids in order append. The
    random bits come from ``os.urandom`` 32 KiB at a time and the text is formatted directly
    (``uuid.UUID`` and a system call per id were a tenth of the import's Python time)."""
    state = {"ms": int(time.time() * 1000), "counter": -1, "pool": "", "at": 0}
    variant = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}   # the top bits 10

    def next_id() -> str:
        state["counter"] += 1
        if state["counter"] > 0xFFF:
            state["ms"], state["counter"] = max(state["ms"] + 1, int(time.time() * 1000)), 0
        at = state["at"]
        if at >= len(state["pool"]):
            state["pool"], at = os.urandom(8 * 4096).hex(), 0
        state["at"] = at + 16
        pool = state["pool"]
        head = "%012x7%03x" % (state["ms"], state["counter"])
        return f"{head[:8]}-{head[8:12]}-{head[12:]}-{variant[pool[at]]}{pool[at + 1:at + 4]}-{pool[at + 4:at + 16]}"
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
        self.member_body = _template(self.member_columns, {
            "enrolled_at": self.at_text, "marketing_consent": False, "program_version": version,
            "referrer_id": None}, ("birthday", "email", "id", "name", "phone")).format
        self.card_body = _template(self.card_columns, {
            "issued_at": self.at_text, "program_version": version, "replacement": False},
            ("id", "member_id", "number")).format
        self.entry_body = _template(self.entry_columns, {
            "at": self.at_text, "expires_at": self.expires_text, "key": None, "kind": "opening", "lot_id": None,
            "program_version": version, "reason": None, "refund_id": None, "rule": "import", "sale_id": None,
            "staff_id": self.staff_id}, ("id", "member_id", "points")).format
        self.phones: set[str] = set()      # enrolled by the batch being written (earlier batches
        self.cards: set[str] = set()       # are in the database): memory stays flat
        self.imported, self.rejected, self.minted = 0, [], 0

    def reject(self, line: int, exc: LoyaltyError) -> None:
        self.rejected.append({"row": line, "error": exc.code, "message": exc.message})

    def prepare(self, checked: list[_Checked]) -> list[tuple]:
        """What of each checked row needs no database: its ids, the bodies of its member's and
        entry's facts (and its card's, when the file gives the number) and their digests. Run
        in the reading process (``_Reader``) while the batch before is written; a row later
        refused (a phone already taken) just leaves its ids unused."""
        new_id, member_body, card_body, entry_body = self.new_id, self.member_body, self.card_body, self.entry_body
        prepared = []
        for c in checked:
            member_id = new_id()
            birthday = c.birthday.isoformat() if c.birthday else None
            body = member_body(f'"{birthday}"' if birthday else "null",
                               encode_basestring(c.email) if c.email else "null",
                               f'"{member_id}"', encode_basestring(c.name), encode_basestring(c.phone))
            card_id = new_id()
            card = (card_body(f'"{card_id}"', f'"{member_id}"', encode_basestring(c.card))
                    if c.card and not c.card_error else None)
            entry_id = entry = None
            if c.points:
                entry_id = new_id()
                entry = entry_body(f'"{entry_id}"', f'"{member_id}"', c.points)
            prepared.append((c.line, c.name, c.phone, c.raw_phone, c.email, c.birthday, c.points, c.card,
                             c.card_error, member_id, birthday, body, body_digest(body), c.name.casefold(), card_id,
                             card, card and body_digest(card), entry_id, entry, entry and body_digest(entry)))
        return prepared

    def write(self, uow: UnitOfWork, prepared: list[tuple]) -> None:
        """One batch of ``prepare``'s rows, in the caller's transaction."""
        session = uow.session
        connection = session.connection()
        raw = connection.exec_driver_sql
        origin, store, version = uow.terminal, uow.store, self.version
        self.phones, self.cards = set(), set()
        # one query each for the phones and cards of the batch already in the database
        phones_here = {phone for (phone,) in raw(
            "SELECT phone FROM members WHERE phone IN (SELECT value FROM json_each(?)) AND status != 'merged'",
            (json.dumps([p[2] for p in prepared]),))}
        given = [p[7] for p in prepared if p[7] and not p[8]]
        cards_here = {number for (number,) in raw(
            "SELECT number FROM cards WHERE number IN (SELECT value FROM json_each(?))",
            (json.dumps(given),))} if given else set()
        counters = {name: value for name, value in session.execute(
            select(Counter.name, Counter.value).where(Counter.name.in_(("card_serial", "lot_order"))))}
        serial, lot_order = counters.get("card_serial", 0), counters.get("lot_order", 0)
        last = connection.execute(select(Fact.seq, Fact.hash).where(Fact.origin == origin)
                                  .order_by(Fact.seq.desc()).limit(1)).first()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        tx = seq + 1
        batch = _Batch()
        facts, at_sql, at_text = batch.facts, self.at_sql, self.at_text
        members_append, cards_append = batch.members.append, batch.cards.append
        generated: list[tuple[int, str]] = []
        card_body, prefix = self.card_body, self.program.card_prefix
        phones, cards = self.phones, self.cards
        minted = 0

        # chain_hash's material, its constant parts joined once (a call, a list and two str()
        # per fact were a sixth of what this process does; test_import_bulk checks the chain)
        link = f"\x1f{origin}\x1f{{}}\x1f{{}}\x1f{{}}\x1f{_braces(store)}\x1f{_braces(at_text)}\x1f{{}}".format
        if chain_hash("p", origin, 1, "i", "k", store, at_text, "d") != sha256(("p" + link(1, "i", "k", "d"))
                                                                               .encode("utf-8")).hexdigest():
            raise RuntimeError("chain_hash changed: update the importer")

        def fact(kind: str, fact_id: str, member_id: str, body: str, digest: str) -> None:
            nonlocal seq, prev
            seq += 1
            prev = sha256((prev + link(seq, fact_id, kind, digest)).encode("utf-8")).hexdigest()
            facts.append((origin, seq, fact_id, kind, store, member_id, at_sql, tx, body, digest, prev))

        for (line, name, phone, raw_phone, _email, _birthday, points, card, card_error, member_id, birthday,
             member, member_digest, name_key, card_id, card_fact, card_digest, entry_id, entry,
             entry_digest) in prepared:
            if phone in phones or phone in phones_here:
                self.reject(line, DuplicatePhone(f"a member with phone {raw_phone} is already enrolled"))
                continue
            if card_error:
                self.rejected.append({"row": line, "error": card_error[0], "message": card_error[1]})
                continue
            if card and (card in cards or card in cards_here):
                self.reject(line, InvalidCard(f"card {card} is already issued to a member"))
                continue
            fact("members", member_id, member_id, member, member_digest)
            members_append((member_id, origin, version, name, phone, _email, birthday, at_sql, at_sql, name_key,
                            store))
            number = card
            if number is None:
                serial += 1
                number = generate_card(prefix, origin, serial)
                generated.append((len(batch.cards), number))
                card_fact = card_body(f'"{card_id}"', f'"{member_id}"', encode_basestring(number))
                card_digest = body_digest(card_fact)
            fact("cards", card_id, member_id, card_fact, card_digest)
            cards_append((card_id, origin, version, number, member_id, at_sql, store))
            phones.add(phone)
            cards.add(number)
            if points:
                fact("ledger_entries", entry_id, member_id, entry, entry_digest)
                batch.entries.append((entry_id, origin, version, seq, member_id, at_sql, points,
                                      self.expires_sql, self.staff_id, store))
                lot_order += 1
                batch.lots.append((entry_id, member_id, self.expires_sql, points, lot_order))
                minted += points
            self.imported += 1
        self.minted += minted
        if generated and raw("SELECT 1 FROM cards WHERE number IN (SELECT value FROM json_each(?)) LIMIT 1",
                             (json.dumps([number for _, number in generated]),)).first() is not None:
            # A generated number is already taken (a pre-printed card of another series): rare;
            # this batch goes through the one-by-one path, which skips taken numbers.
            raise _GeneratedCollision()
        with _totals_by_batch(raw, store, bool(batch.members), minted):
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


#: The ledger_totals triggers a batch stands in for (migration 0007p): it adds up what they would.
_TOTALS_TRIGGERS = ("ledger_totals_member_insert", "ledger_totals_entry_insert")


@contextmanager
def _totals_by_batch(raw, store: str | None, members: bool, points: int):
    """Inside: the ``ledger_totals`` insert triggers of members and ledger entries are set aside
    (in the batch's transaction: a kill restores them with everything else), and the batch's
    rows go in without them; after: the totals get what the triggers would have added, and the
    triggers are back exactly as they were. Each trigger fired per row (a subquery and an
    upsert on one hot row, several per member: about a sixth of the import). Every member of
    the batch is new, enrolled at ``store`` before their entries, so the member trigger moves
    nothing (it adds 0 to the unknown bucket ``''`` and to the store) and the entry trigger adds
    each entry's points to the member's store. When the triggers are not the ones of 0007p (a
    later migration changed them), they stay and fire."""
    found = dict(raw("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
                     _TOTALS_TRIGGERS).all())
    if set(found) != set(_TOTALS_TRIGGERS) or any(found[name] != _trigger_sql(name) for name in found):
        yield
        return
    for name in _TOTALS_TRIGGERS:
        raw(f"DROP TRIGGER {name}")
    yield
    upsert = ("INSERT INTO ledger_totals (store, points) VALUES (?, ?) "
              "ON CONFLICT(store) DO UPDATE SET points = points + excluded.points")
    bucket = store or ""
    if members and bucket:             # as ledger_totals_member_insert did for the first member
        raw(upsert, ("", 0))
        raw(upsert, (bucket, 0))
    if points:                         # entries were written (each has points)
        raw(upsert, (bucket, points))  # as ledger_totals_entry_insert did, summed
    for name in _TOTALS_TRIGGERS:
        raw(found[name])


def _trigger_sql(name: str) -> str:
    import importlib
    triggers = importlib.import_module("terminal.store.migrations.versions.0007p_ledger_totals").TRIGGERS
    return f"CREATE TRIGGER {name} {triggers[name]}"


class _GeneratedCollision(Exception):
    pass


def import_members(db, program: Program, version: int, now: datetime, path: str, pin=None, *,
                   batch_rows: int = BATCH_ROWS, pause_s: float = PAUSE_S, new_id=None,
                   reader_bytes: int | None = None) -> dict:
    """Import ``path`` into ``db`` in transactions of ``batch_rows`` rows. A manager's ``pin`` is
    needed for rows with an opening balance (they mint points); the import is one audit entry
    with the members and points it added. A file of ``reader_bytes`` or more (``READER_BYTES``
    by default) is read and checked by a process of its own (``_Reader``)."""
    from .staff import audit, require_manager
    manager_id = None
    if pin:
        with UnitOfWork(db, write=False) as uow:
            manager_id = require_manager(uow, pin).id
    importer = Importer(program, version, now, new_id, staff_id=manager_id)
    may_mint = manager_id is not None
    if new_id is None and _worth_a_reader(path, reader_bytes):
        batches = _Reader(path, batch_rows, program, version, now, manager_id)
    else:
        batches = _batches(path, batch_rows, importer, may_mint)
    try:
        with _import_connection(db):
            for prepared, rejected in batches:
                importer.rejected.extend(rejected)
                if not prepared:
                    continue
                state = (importer.imported, len(importer.rejected), importer.minted)
                with UnitOfWork(db, now=now) as uow:
                    uow.session.connection().exec_driver_sql(_IMPORT_PRAGMAS)
                    try:
                        importer.write(uow, prepared)
                    except _GeneratedCollision:
                        uow.session.rollback()
                        importer.imported, rejected_before, importer.minted = state
                        del importer.rejected[rejected_before:]
                        _one_by_one(uow, importer, prepared)
                    uow.commit()
                if not db.yield_to_writers() and pause_s:
                    time.sleep(pause_s)
    finally:
        close = getattr(batches, "close", None)
        if close is not None:
            close()
    importer.rejected.sort(key=lambda r: r["row"])
    if importer.imported:
        from terminal.store.models import Staff
        with UnitOfWork(db, now=now) as uow:
            audit(uow, now, uow.session.get(Staff, manager_id) if manager_id else None, "import",
                  reason=f"member import from {os.path.basename(path)}"[:500], members=importer.imported,
                  points=importer.minted, rejected=len(importer.rejected))
            uow.commit()
    return {"imported": importer.imported, "rejected": importer.rejected}


#: The import's connection: 200 MB of page cache for the indexes of a million rows (the
#: default 2 MB re-read their pages from the file at every batch), and the WAL folded back by
#: the background thread (``_import_connection``) rather than inside a batch's commit.
_IMPORT_PRAGMAS = "PRAGMA cache_size = -204800"
_IMPORT_AUTOCHECKPOINT = f"PRAGMA wal_autocheckpoint = {BACKGROUND_AUTOCHECKPOINT_PAGES}"


@contextmanager
def _import_connection(db):
    """For the length of an import: the write-ahead log is folded back into the database
    (``BackgroundCheckpoints``, passive: it never blocks a writer or reader) on a thread of
    its own, which runs on the second core while this one parses and inserts. Inside a commit
    SQLite's own checkpoint (each 1,000 pages, about every other batch) copied the pages back
    and synced the file with the importer waiting: a sixth of the import at 100,000 rows. The
    importer's connection keeps SQLite's checkpoint as a net past 10,000 pages; both go back to
    what they were afterwards (the last close still checkpoints what is left)."""
    started = None
    if db.checkpoints is None:
        started = db.checkpoints = BackgroundCheckpoints(db.path)
    with db.writer.connect() as connection:   # the pooled connection the batches will use
        default_pages = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        default_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(_IMPORT_AUTOCHECKPOINT)
    try:
        yield
    finally:
        if started is not None:
            started.stop()
            db.checkpoints = None
        with db.writer.connect() as connection:
            connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {int(default_pages)}")
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(default_cache)}")


def _batches(path: str, batch_rows: int, importer: Importer, may_mint: bool):
    """``(prepared rows, rejected rows)`` for each batch of the file, in file order."""
    for chunk in _chunks(read_rows(path), batch_rows):
        checked, rejected = check_rows(chunk, importer.program, importer.today, may_mint=may_mint)
        yield importer.prepare(checked), rejected


#: From this size on, a file is read and checked in a process of its own.
READER_BYTES = 1024 * 1024


def _worth_a_reader(path: str, reader_bytes: int | None) -> bool:
    try:
        size = os.stat(path).st_size
    except OSError:
        return False   # read_rows says why, in this process
    return size >= (READER_BYTES if reader_bytes is None else reader_bytes)


def _reader_main(queue, path, batch_rows, program, version, now, staff_id) -> None:
    """The reading process: ``_batches`` into ``queue``, then ``None``, or the error that
    stopped the reading (as ``read_rows`` raises it in the importing process)."""
    try:
        importer = Importer(program, version, now, staff_id=staff_id)
        for item in _batches(path, batch_rows, importer, may_mint=staff_id is not None):
            queue.put(("batch", item))
        queue.put(("end", None))
    except LoyaltyError as exc:
        queue.put(("error", (type(exc), exc.message)))
    except BaseException as exc:   # noqa: BLE001 - reported to the importing process
        queue.put(("error", (RuntimeError, f"the import's reader failed: {exc!r}")))


class _Reader:
    """``_batches`` computed by a second process, at most two batches ahead (memory stays
    flat), while this one writes: parsing, the checks of ``enroll``, the ids and the facts'
    bodies and digests were about half of the import's time on the one core it used (the
    writing part, the queries and ``chain_hash``, stays here: it needs the database). A
    spawned process, not a fork: the caller may be the till with its threads."""

    def __init__(self, path, batch_rows, program, version, now, staff_id):
        import multiprocessing
        context = multiprocessing.get_context("spawn")
        self.queue = context.Queue(maxsize=2)
        self.process = context.Process(target=_reader_main, name="member-import-reader", daemon=True,
                                       args=(self.queue, path, batch_rows, program, version, now, staff_id))
        self.process.start()

    def __iter__(self):
        import queue as queues
        while True:
            try:
                kind, item = self.queue.get(timeout=1.0)
            except queues.Empty:
                if not self.process.is_alive() and self.queue.empty():
                    raise RuntimeError(f"the import's reader stopped (exit code {self.process.exitcode})") from None
                continue
            if kind == "end":
                return
            if kind == "error":
                error, message = item
                raise error(message)
            yield item

    def close(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=5)
        self.queue.close()
        self.queue.cancel_join_thread()


def _chunks(rows, size: int):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _one_by_one(uow: UnitOfWork, importer: Importer, prepared: list[tuple]) -> None:
    """The ORM path, row by row (a savepoint each): used when a generated card number is taken."""
    from .ledger import Book
    from .members import enroll
    program, version, now = importer.program, importer.version, importer.now
    for line, name, _phone, raw_phone, email, birthday, points, card, *_ in prepared:
        savepoint = uow.session.begin_nested()
        try:
            member = enroll(uow, program, version, now, name=name, phone=raw_phone, email=email,
                            birthday=birthday, card=card)
            if points:
                Book(uow, member, program, version).post("opening", points, now, rule="import",
                                                         staff_id=importer.staff_id)
            uow.session.flush()
            savepoint.commit()
            importer.imported += 1
            importer.minted += points
        except LoyaltyError as exc:
            savepoint.rollback()
            importer.reject(line, exc)
