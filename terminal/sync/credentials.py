"""Head-office credentials: kept in a libpq password file, never in the database.

Each terminal's database has a sidecar ``<database>.pgpass`` (mode 0600, in the owner-only data
folder): the standard libpq password file, which psycopg reads itself through the ``passfile``
connection parameter. The database (and so every backup of it) holds only the URL without its
password; a URL given with a password (``sync --hq``, ``hq register``) has the password moved
into the file. Why this and not the OS keyring: tills run headless as a service user, where
Secret Service or KWallet daemons are usually absent, and the libpq file needs no extra
dependency; it is as private as the database itself (same owner, same folder).

Nothing here prints a password: :func:`redact` is what every message about a URL uses.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from terminal.domain.errors import InvalidInput


def passfile_for(db_path: str | os.PathLike) -> Path:
    return Path(f"{db_path}.pgpass")


def parse(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError, TypeError):
        raise InvalidInput("the head-office URL is not a database URL like "
                           "postgresql+psycopg://user@host:5432/loyalty (it is not repeated here: it may "
                           "hold a password)") from None


def redact(url: str | URL | None) -> str:
    """The URL with any password replaced by ``***`` (also for text that is not a valid URL)."""
    if url is None:
        return ""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    text = str(url)
    try:
        return make_url(text).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - unparseable: hide whatever sits between ':' and '@'
        if "@" in text and "://" in text:
            scheme, rest = text.split("://", 1)
            userinfo, host = rest.rsplit("@", 1)
            return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"
        return "(a URL that could not be read)"


def without_password(url: URL) -> URL:
    return url.set(password=None)


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _key(url: URL) -> tuple[str, str, str, str]:
    return (url.host or "localhost", str(url.port or 5432), url.database or "*", url.username or "*")


def store_password(passfile: Path, url: URL, password: str) -> None:
    """Write (or replace) the password of ``url``'s user in ``passfile``, owner-only."""
    key = _key(url)
    lines = [line for line in _lines(passfile) if tuple(_split(line)[:4]) != key]
    lines.append(":".join(_escape(part) for part in (*key, password)))
    passfile.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(passfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    os.chmod(passfile, stat.S_IRUSR | stat.S_IWUSR)


def has_password(passfile: Path, url: URL) -> bool:
    return any(tuple(_split(line)[:4]) == _key(url) for line in _lines(passfile))


def _lines(passfile: Path) -> list[str]:
    try:
        return [line for line in passfile.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    except FileNotFoundError:
        return []


def _split(line: str) -> list[str]:
    parts, current, escaped = [], "", False
    for char in line:
        if escaped:
            current += char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts
