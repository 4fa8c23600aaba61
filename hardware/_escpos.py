"""The one place that imports python-escpos, after taming its import-time side effects.

python-escpos 3.1 makes a fresh temporary directory on every import to cache its capabilities
pickle unless ``ESCPOS_CAPABILITIES_PICKLE_DIR`` is set; we point it at one per-user cache
directory (an explicit setting in the environment wins). Its ``barcode()`` prints to stdout and
its code-page handling switches code page per character unless pinned: see
:mod:`hardware.receipts.escpos_encode` for how those are avoided.
"""

from __future__ import annotations

import os
import tempfile


def _pickle_dir() -> str:
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    path = os.path.join(tempfile.gettempdir(), f"loyalty-terminal-escpos-{user}")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", _pickle_dir())

from escpos import capabilities  # noqa: E402
from escpos.exceptions import Error as EscposError  # noqa: E402
from escpos.printer import Dummy  # noqa: E402

PROFILE_NAMES = tuple(sorted(capabilities.CAPABILITIES["profiles"]))

__all__ = ["Dummy", "EscposError", "capabilities", "PROFILE_NAMES"]
