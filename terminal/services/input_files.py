"""Reading a file someone names on the command line or in the back office (a program, a CSV of
members): never more than a limit, so ``/dev/zero`` or a mistaken disk image is refused with
``file_too_large`` instead of filling memory. Reads one byte past the limit to know."""

from __future__ import annotations

import os

from terminal.domain.errors import FileTooLarge, InvalidInput

#: A program file (TOML): a large catalog of products fits in far less.
PROGRAM_LIMIT = 8 * 1024 * 1024
#: A member import (CSV): 1,000,000 rows of about 200 bytes.
CSV_LIMIT = 256 * 1024 * 1024


def read_limited(path: str, limit: int, *, what: str = "file", encoding: str = "utf-8",
                 error=InvalidInput) -> str:
    """The text of ``path``, decoded, at most ``limit`` bytes; ``file_too_large`` beyond it,
    ``error`` when it is missing or not text."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:   # a regular file says its size: refuse before reading a byte
                raise FileTooLarge(f"the {what} {path} is larger than {limit // (1024 * 1024)} MiB; nothing was read")
            data = handle.read(limit + 1)   # a device or a pipe does not: read at most the limit
    except FileNotFoundError:
        raise error(f"no {what} at {path}") from None
    except OSError as exc:
        raise error(f"cannot read the {what} {path}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise FileTooLarge(f"the {what} {path} is larger than {limit // (1024 * 1024)} MiB; nothing was read")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise error(f"the {what} {path} is not {encoding.upper().replace('-SIG', '')} text "
                    f"(byte {exc.start})") from None
