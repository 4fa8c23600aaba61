"""Backups and restore: a copy that is whole or absent, never half-written.

``backup`` copies the live database through SQLite's online backup API into a temporary file
beside the destination (owner-only), verifies that copy (``PRAGMA integrity_check``, then the
project's own ``check``: every journal link and every balance replayed), flushes it to the disk
(``fsync``) and only then gives it its name (a hard link, which never replaces a file, or a
rename where the file system has no links) and flushes the folder. A backup killed at any
moment leaves at most a ``.partial`` file, never a file with the destination's name.

``daily_backup`` keeps one backup a day (``loyalty-YYYY-MM-DD.db``) in a folder and removes
the oldest beyond ``keep``; the till runs it at start and then every hour (a day that already
has its backup costs one ``stat``), ``loyalty backup --daily`` does it from cron.

``restore`` puts a verified backup in place of the database: the current file (with its WAL)
is kept beside it as ``<db>.before-restore-<time>``, and the backup becomes the database by a
rename. Stop the till first; a terminal of a chain then syncs to recover what it sold since
the backup (SYNC.md, "Streams per origin").
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

from terminal.domain.errors import CheckFailed, DatabaseCorrupt, InvalidInput
from terminal.store import damage
from terminal.store.sqlite_errors import translate

DAILY_NAME = re.compile(r"loyalty-(\d{4}-\d{2}-\d{2})\.db")
DEFAULT_KEEP = 7


def backup(db_path: str, destination: str, now: datetime) -> dict:
    """A verified copy of ``db_path`` at ``destination`` (a new file); see the module."""
    destination = _destination(destination)
    partial = _partial_name(destination)
    try:
        _create_private(partial, "the backup destination")
        _copy(db_path, partial)
        verdict = verify(partial, now)
        _standalone(partial)
        _fsync_file(partial, "the backup destination")
        _publish(partial, destination)
    finally:
        _remove_quietly(partial, partial + "-journal", partial + "-wal", partial + "-shm")
    _fsync_folder(os.path.dirname(destination))
    return {"backup": destination, "bytes": os.path.getsize(destination), "verified": True,
            "checked": verdict}


def verify(path: str, now: datetime) -> dict:
    """``PRAGMA integrity_check`` and the project's ``check`` on the file at ``path``, read
    only; raises ``database_corrupt`` or ``check_failed`` naming the first problems."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise translate(exc, "the backup", path=path) or DatabaseCorrupt(f"the backup cannot be read: {exc}") from None
    if verdict != ["ok"]:
        raise DatabaseCorrupt(f"the copy does not verify: {'; '.join(verdict[:5])}")
    from terminal.store.database import open_database
    from .integrity import check
    from .uow import UnitOfWork
    db = open_database(path, create=False, migrate=False)
    try:
        with UnitOfWork(db, write=False, now=now) as uow:
            result = check(uow, uow.program()[0])
    finally:
        db.dispose()
    if not result["ok"]:
        raise CheckFailed("the copy fails `loyalty check`: " + "; ".join(result["problems"][:5]),
                          problems=result["problems"])
    return {"ok": True, "problems": []}


def daily_backup(db_path: str, folder: str, today: date, now: datetime, keep: int = DEFAULT_KEEP) -> dict:
    """Today's backup in ``folder`` unless it is there; then only the newest ``keep`` stay."""
    if not 1 <= keep <= 1000:
        raise InvalidInput("keep 1 to 1000 daily backups")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    target = os.path.join(folder, f"loyalty-{today.isoformat()}.db")
    made = None
    if not os.path.exists(target):
        made = backup(db_path, target, now)
    dailies = sorted((name for name in os.listdir(folder) if DAILY_NAME.fullmatch(name)), reverse=True)
    removed = []
    for name in dailies[keep:]:
        os.remove(os.path.join(folder, name))
        removed.append(name)
    return {"backup": made["backup"] if made else target, "made": made is not None, "removed": removed,
            "kept": min(len(dailies), keep)}


def restore(db_path: str, source: str, now: datetime) -> dict:
    """Put the verified backup ``source`` in place of ``db_path`` (see the module)."""
    source = os.path.abspath(source)
    if not os.path.isfile(source):
        raise InvalidInput(f"no backup at {source}")
    verify(source, now)
    folder = os.path.dirname(os.path.abspath(db_path)) or "."
    staged = _partial_name(os.path.abspath(db_path))
    kept = None
    try:
        _create_private(staged, "the database folder")
        _copy(source, staged)
        _fsync_file(staged, "the database folder")
        if os.path.exists(db_path):
            kept = f"{db_path}.before-restore-{now.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%S')}"
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db_path + suffix):
                    os.replace(db_path + suffix, kept + suffix)
        os.replace(staged, db_path)
    finally:
        _remove_quietly(staged, staged + "-journal", staged + "-wal", staged + "-shm")
    _fsync_folder(folder)
    damage.clear(db_path)
    return {"restored": os.path.abspath(db_path), "from": source, "previous": kept}


# --------------------------------------------------------------------------- file steps

def _destination(destination: str) -> str:
    if not destination or not destination.strip():
        raise InvalidInput("backup needs a destination file")
    destination = os.path.abspath(destination)
    if os.path.lexists(destination):
        raise InvalidInput(f"{destination} already exists; choose a new file name")
    parent = os.path.dirname(destination)
    if not os.path.isdir(parent):
        raise InvalidInput(f"the folder {parent} does not exist")
    return destination


def _partial_name(path: str) -> str:
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.partial-{os.getpid()}")


def _create_private(path: str, what: str) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise translate(exc, what) from None


def _copy(source_path: str, target_path: str) -> None:
    source = target = None
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        target = sqlite3.connect(target_path)
        source.backup(target)
        target.commit()
    except sqlite3.Error as exc:
        # a full disk, an unwritable folder, a damaged source: the documented code, never exit 3
        raise translate(exc, "the backup", path=target_path) or DatabaseCorrupt(f"the copy failed: {exc}") from None
    finally:
        for connection in (target, source):
            if connection is not None:
                connection.close()


def _standalone(path: str) -> None:
    """A backup is one file (rollback-journal mode): it opens from a read-only medium, and a
    copy of it needs no ``-wal`` beside it."""
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise translate(exc, "the backup", path=path) or DatabaseCorrupt(f"the copy failed: {exc}") from None


def _fsync_file(path: str, what: str) -> None:
    try:
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
    except OSError as exc:
        raise translate(exc, what) from None


def _fsync_folder(folder: str) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; NTFS journals the rename itself
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _publish(partial: str, destination: str) -> None:
    """Give the verified copy its name without ever replacing a file that appeared meanwhile."""
    try:
        os.link(partial, destination)
    except FileExistsError:
        raise InvalidInput(f"{destination} already exists; choose a new file name") from None
    except OSError:
        if os.path.lexists(destination):
            raise InvalidInput(f"{destination} already exists; choose a new file name") from None
        try:
            os.replace(partial, destination)  # a file system without hard links (FAT on a USB stick)
        except OSError as exc:
            raise translate(exc, "the backup destination") from None


def _remove_quietly(*paths: str) -> None:
    for path in paths:
        try:
            os.remove(path)
        except OSError:
            pass


def default_backup_folder(db_path: str) -> str:
    return str(Path(db_path).resolve().parent / "backups")

