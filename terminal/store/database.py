"""Opening the local database: SQLite in WAL mode with a busy timeout, migrated to the
newest schema by Alembic. Two engines over one file: writers start with ``BEGIN IMMEDIATE``
so a use case holds the write lock from its first read (no lost updates between read and
write); readers use deferred transactions and never wait for a writer under WAL."""

from __future__ import annotations

import functools
import os
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from terminal.domain.errors import DatabaseError, DatabaseLocked

from .private import database_files, make_private
try:
    import fcntl
except ImportError:   # Windows: writers are not announced; batches still pause between them
    fcntl = None

MIGRATIONS = Path(__file__).with_name("migrations")
DEFAULT_BUSY_TIMEOUT_MS = 5000

#: The newest migration this release ships (``tests/integration/test_migrations.py`` checks it
#: against the scripts). Opening a database compares its ``alembic_version`` with this text, so
#: a command imports Alembic only when an upgrade is due: Alembic and the scripts it reads
#: cost a command about a third of its start-up.
HEAD_REVISION = "0010b"


def busy_timeout_ms() -> int:
    """``LOYALTY_BUSY_TIMEOUT_MS`` overrides the wait for a lock (tests use a short one)."""
    raw = os.environ.get("LOYALTY_BUSY_TIMEOUT_MS", "")
    return int(raw) if raw.isdigit() else DEFAULT_BUSY_TIMEOUT_MS


def alembic_config(url: str | None = None):
    from alembic.config import Config
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


#: With checkpoints in the background, a writer folds the WAL into the database itself only
#: past this many pages (about 40 MB): a safety net should the background thread fall behind.
BACKGROUND_AUTOCHECKPOINT_PAGES = 10_000


def _sqlite_engine(path: str, begin: str, autocheckpoint_pages: int | None = None) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout_ms() / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA secure_delete = ON")  # an erasure leaves nothing in free space
        if autocheckpoint_pages is not None:
            cursor.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint_pages)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql(f"BEGIN {begin}")

    _ENGINES.add(engine)
    return engine


class BackgroundCheckpoints:
    """Folds the write-ahead log into the database on a thread of its own, every ``interval_s``.

    By default SQLite does this inside the commit that takes the WAL past 1,000 pages: about
    one sale in 25 then pays for copying those pages and for the disk sync (the only one a
    commit in WAL mode with ``synchronous = NORMAL`` ever waits for), which made the tail of a
    sale's latency. A long-lived process (the till) runs this instead; a passive checkpoint
    never blocks a writer or a reader, and ``sqlite3`` releases the interpreter's lock while it
    runs. Short commands keep SQLite's own checkpoints (and the one at their last close)."""

    def __init__(self, path: str, interval_s: float = 1.0):
        import threading
        self.path, self.interval_s = path, interval_s
        self.error: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import sqlite3
        try:
            connection = sqlite3.connect(f"file:{self.path}?mode=rw", uri=True, isolation_level=None, timeout=0.1)
        except sqlite3.Error as exc:
            self.error = str(exc)
            return
        try:
            while not self._stop.wait(self.interval_s):
                try:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.error = None
                except sqlite3.Error as exc:   # busy, full disk...: the writers' own net still holds
                    self.error = str(exc)
        finally:
            connection.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


#: Every engine this process made that is not freed yet (an engine lives on in reference
#: cycles after its ``Database`` is dropped, until a garbage collection): see ``dispose_all``.
_ENGINES: "weakref.WeakSet[Engine]" = weakref.WeakSet()


def dispose_all() -> None:
    """Close the pooled connections of every engine still in this process, as the interpreter's
    own shutdown would (the last connection to close checkpoints the WAL and removes it): for a
    command that then ends without that shutdown (``terminal.cli.main.run``)."""
    for engine in list(_ENGINES):
        engine.dispose()


@dataclass
class Database:
    path: str
    writer: Engine
    reader: Engine
    checkpoints: BackgroundCheckpoints | None = None

    def __post_init__(self):
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)

    def session(self, write: bool = True) -> Session:
        return (self._write_sessions if write else self._read_sessions)()

    def dispose(self) -> None:
        if self.checkpoints is not None:
            self.checkpoints.stop()
        self.writer.dispose()
        self.reader.dispose()

    # A writer announces itself (a shared lock on ``<db>-writers``) before it asks SQLite for
    # the write lock, and keeps it until its transaction ends. A long job that writes in
    # batches (member import) looks between batches: if anyone is announced, it lets them go
    # first. SQLite's own wait polls, so without this a writer could miss every short gap
    # between two batches and time out as ``database_locked``.

    def _writers_file(self) -> int | None:
        """The empty ``<db>-writers`` file whose shared locks announce writers (None: cannot)."""
        if fcntl is None:
            return None
        try:
            return os.open(f"{self.path}-writers", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None

    def announce_write(self):
        fd = self._writers_file()
        if fd is None:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
        except OSError:
            os.close(fd)
            return None
        return fd

    def end_write(self, fd) -> None:
        if fd is not None:
            os.close(fd)   # closing the descriptor releases its lock

    def others_announced(self, own) -> bool:
        """Whether a writer other than the holder of ``own`` (an ``announce_write`` lock held
        while a transaction runs) is waiting: a long job's transaction ends early then. The
        test upgrades ``own`` without waiting (it fails while any other shared lock is held);
        a failed upgrade may drop ``own``, which no longer matters once the lock is held."""
        if own is None or fcntl is None:
            return False
        try:
            fcntl.flock(own, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return False
        fcntl.flock(own, fcntl.LOCK_SH)
        return False

    def yield_to_writers(self, limit_s: float = 10.0) -> bool:
        """Wait (at most ``limit_s``) until no other writer is announced; whether one was."""
        fd = self._writers_file()
        if fd is None:
            return False
        try:
            waited, deadline = False, time.monotonic() + limit_s
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return waited
                except BlockingIOError:
                    waited = True
                    if time.monotonic() > deadline:
                        return waited
                    time.sleep(0.005)
        finally:
            os.close(fd)


@functools.lru_cache(maxsize=1)
def _scripts():
    """The migration scripts, read once per process (reading them compiles every file)."""
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def scripts_head() -> str:
    """The head as the migration scripts say (Alembic): tests compare it with ``HEAD_REVISION``."""
    return _scripts().get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, read with one plain query (no Alembic)."""
    with engine.connect() as connection:
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        if not exists:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def open_database(path: str | os.PathLike, *, create: bool = True, migrate: bool = True,
                  background_checkpoints: bool = False) -> Database:
    """Open (and by default create and upgrade) the database at ``path``.

    The schema check reads with a deferred transaction, so opening a database that is already
    current never takes the write lock (a long import does not lock out readers); only an
    upgrade that is due takes it. ``background_checkpoints``: the WAL is folded back on a
    thread (``BackgroundCheckpoints``), for a long-lived process such as the till."""
    from . import journal
    journal.register()
    path = str(path)
    if not create and not os.path.exists(path):
        raise DatabaseError(f"no database at {path}: run `loyalty init` first")
    from .ownership import vacant
    if vacant(path, create=create):    # refuses a file that is not ours (item 14, issue 10)
        if not create:
            raise DatabaseError(f"no database at {path}: run `loyalty init` first")
        Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if migrate:
            _copy_fresh_schema(path)
    make_private(*database_files(path))
    pages = BACKGROUND_AUTOCHECKPOINT_PAGES if background_checkpoints else None
    db = Database(path, _sqlite_engine(path, "IMMEDIATE", pages), _sqlite_engine(path, "DEFERRED", pages))
    try:
        if migrate and needs_upgrade(db.reader):
            upgrade(db.writer)
        else:
            check_schema(db.reader)
        if background_checkpoints:
            db.checkpoints = BackgroundCheckpoints(path)
    except OperationalError as exc:
        db.dispose()
        if "locked" in str(exc):
            raise DatabaseLocked("the database is locked by another program; try again") from None
        raise DatabaseError(f"{path} is not a usable loyalty database: {exc.orig}") from None
    except SADatabaseError as exc:
        db.dispose()
        raise DatabaseError(f"{path} is not a usable loyalty database: {exc.orig}") from None
    except DatabaseError:
        db.dispose()
        raise
    return db


_FRESH: dict[str, str] = {}


def _copy_fresh_schema(path: str) -> None:
    """A new database starts as a copy of an empty database migrated to head once per process
    (every migration run again for each new file took most of the time of ``init``). The copy
    is the migrations' own result, triggers included; ``upgrade`` still runs on it (a no-op)."""
    import shutil
    import tempfile
    head = head_revision()
    template = _FRESH.get(head)
    if template is None or not os.path.exists(template):
        folder = tempfile.mkdtemp(prefix="loyalty-schema-")
        template = os.path.join(folder, "fresh.db")
        engine = _sqlite_engine(template, "IMMEDIATE")
        try:
            upgrade(engine)
        finally:
            engine.dispose()   # the last connection closing checkpoints the WAL into the file
        _FRESH[head] = template
    partial = f"{path}.creating"
    shutil.copyfile(template, partial)
    make_private(partial)
    os.replace(partial, path)


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def check_schema(engine: Engine) -> None:
    current = current_revision(engine)
    if current is not None and current != head_revision() and not _known(_scripts(), current):
        raise DatabaseError(f"the database is at schema {current}, newer than this release knows; upgrade the software")


def _known(scripts, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (Alembic), refusing a database newer than the code.

    SQLite rebuilds a table to change its constraints; foreign keys are off meanwhile (they can
    only be switched outside a transaction) and checked before the upgrade commits."""
    from alembic import command
    check_schema(engine)
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(f"the upgrade would break {len(broken)} reference(s), e.g. {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
