"""What SQLite (and the file system under it) said, as the documented error codes.

``translate`` turns a ``sqlite3.Error`` (bare, or wrapped by SQLAlchemy) or an ``OSError``
into the ``LoyaltyError`` a user can act on: ``disk_full`` (0 bytes free is a full disk,
never a corrupt database), ``database_readonly``, ``database_corrupt``,
``not_a_loyalty_database`` (not a database at all), ``database_locked``, ``io_error``. It
answers ``None`` for anything else, which stays a bug (exit 3)."""

from __future__ import annotations

import errno
import sqlite3

from terminal.domain.errors import (DatabaseCorrupt, DatabaseLocked, DatabaseReadonly, DiskFull, LoyaltyError,
                                    NotLoyaltyDatabase, StorageError)

# primary result codes (https://sqlite.org/rescode.html)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def translate(exc: BaseException, what: str = "the database", path: str | None = None) -> LoyaltyError | None:
    """``path``: the file concerned; when SQLite reports an I/O error and its disk has no room
    left, that is a full disk (SQLite says "disk I/O error" when the WAL index cannot grow)."""
    if isinstance(exc, LoyaltyError):
        return exc
    inner = getattr(exc, "orig", None) or exc
    if isinstance(inner, OSError):
        return _os_error(inner, what)
    if not isinstance(inner, sqlite3.Error):
        return None
    code = (getattr(inner, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(inner).lower()
    if code == _FULL or "disk is full" in text or (code == _IOERR or "i/o error" in text) and _no_room(path):
        return DiskFull(f"the disk is full: {what} cannot grow; free some space and try again")
    if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return DatabaseLocked("the database is busy with another program (locked); try again in a moment")
    if code == _READONLY or "readonly" in text or "read-only" in text or \
            code in (_IOERR, _CANTOPEN) and _read_only(path):
        return DatabaseReadonly(f"{what} cannot be written (read-only file, folder or disk)")
    if code == _NOTADB or "not a database" in text:
        return NotLoyaltyDatabase(f"{what} is not a usable loyalty database (not a database file)")
    if code == _CORRUPT or "malformed" in text:
        return DatabaseCorrupt(f"{what} is damaged ({inner}); run `loyalty check` and restore the last backup "
                               "(`loyalty restore`)")
    if code == _CANTOPEN or "unable to open" in text:
        return StorageError(f"{what} cannot be opened ({inner})")
    if code == _IOERR or "i/o error" in text:
        return StorageError(f"{what} could not be read or written ({inner})")
    return None


LOW_SPACE = 1 << 20   # below a megabyte free, an I/O error is the disk being full


def _no_room(path: str | None) -> bool:
    if not path:
        return False
    import os
    import shutil
    try:
        return shutil.disk_usage(os.path.dirname(os.path.abspath(path)) or ".").free < LOW_SPACE
    except OSError:
        return False


def _read_only(path: str | None) -> bool:
    """The file, or the folder its ``-wal`` and ``-shm`` live in, cannot be written."""
    if not path:
        return False
    import os
    folder = os.path.dirname(os.path.abspath(path)) or "."
    return not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK))


def _os_error(exc: OSError, what: str) -> LoyaltyError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(f"the disk is full: {what} cannot be written; free some space and try again")
    if exc.errno in (errno.EROFS,):
        return DatabaseReadonly(f"{what} is on a read-only file system")
    return StorageError(f"{what}: {exc.strerror or exc}")
