"""What the status bar needs to know of head-office sync, and nothing more.

The sync engine is not the GUI's business; the composition root hands the window a
:class:`SyncSource` whose ``poll()`` the window calls *on its worker thread* every few seconds
(it may read the database or ask the sync engine). The answer is a plain :class:`SyncState`.

* ``configured`` false: the terminal works standalone ("HQ: not configured");
* ``online``: whether head office answered the last time it was tried (``None``: not tried yet);
* ``unsynced``: records made here that head office has not acknowledged yet;
* ``last_sync``: when the last successful sync finished (aware datetime), if known;
* ``error``: the last failure, ready to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class SyncState:
    configured: bool
    online: bool | None = None
    unsynced: int = 0
    last_sync: datetime | None = None
    error: str | None = None


class SyncSource(Protocol):
    def poll(self) -> SyncState: ...


class NoSync:
    """A terminal without head office."""

    def poll(self) -> SyncState:
        return SyncState(configured=False)
