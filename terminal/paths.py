"""Where the till keeps its files when nobody says: one function, used by the ``loyalty``
command and the ``loyalty-terminal`` window alike, so both open the same database on every
platform (platformdirs puts ``appauthor`` in the path on Windows: it is pinned here)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "loyalty-terminal"


def default_db_path() -> str:
    """``LOYALTY_DB``, else ``loyalty.db`` in the platform's user data folder."""
    env = os.environ.get("LOYALTY_DB")
    if env:
        return env
    from platformdirs import user_data_dir
    return str(Path(user_data_dir(APP_NAME, appauthor=False)) / "loyalty.db")
