"""Files holding member data are the owner's only on POSIX: 0600 files in 0700 folders.

The entry points (``loyalty``, ``loyalty-terminal``) set the umask with :func:`owner_only_umask`,
so everything they create (the database, its WAL and SHM, backups, exported reports, receipt
pictures, settings) starts private; :func:`make_private` also narrows files made by an older
release or by hand, and SQLite gives a new WAL or SHM the database file's permissions. On
Windows both are no-ops (files there inherit the user profile's access list)."""

from __future__ import annotations

import os

POSIX = os.name == "posix"


def owner_only_umask() -> None:
    if POSIX:
        os.umask(0o077)


def make_private(*paths: str | os.PathLike) -> None:
    """``chmod`` each existing file to 0600 (folders 0700) when it is ours and wider."""
    if not POSIX:
        return
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        if info.st_uid != os.getuid():
            continue
        wanted = 0o700 if os.path.isdir(path) else 0o600
        if info.st_mode & 0o777 & ~wanted:
            try:
                os.chmod(path, wanted)
            except OSError:
                pass


def database_files(path: str) -> tuple[str, ...]:
    return (path, f"{path}-wal", f"{path}-shm", f"{path}-journal")
