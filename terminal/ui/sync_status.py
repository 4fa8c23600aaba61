"""What the till needs to know of head-office sync, and nothing more.

The sync engine is not the GUI's business; the composition root hands the window a
:class:`SyncSource`: ``poll()`` reads the state (the window calls it *on its worker thread*
every few seconds) and ``run()`` syncs once (called on the sync worker's own thread, never the
database worker's, so a long pull never delays a sale's screen). Answers are plain data.

* ``configured`` false: the terminal works standalone ("HQ: not configured");
* ``online``: whether head office answered recently (``None``: never tried);
* ``unsynced``: facts made here that head office has not acknowledged yet;
* ``conflicts``: sync conflicts waiting for a manager;
* ``clock_skew_s``: this till's clock minus head office's at the last sync;
* ``last_sync``: when the last successful sync finished (aware datetime), if known;
* ``error``: the last failure, ready to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

SKEW_WARNING_S = 120


@dataclass(frozen=True)
class SyncState:
    configured: bool
    online: bool | None = None
    unsynced: int = 0
    conflicts: int = 0
    clock_skew_s: float | None = None
    last_sync: datetime | None = None
    error: str | None = None

    @property
    def skewed(self) -> bool:
        return self.clock_skew_s is not None and abs(self.clock_skew_s) > SKEW_WARNING_S


class SyncSource(Protocol):
    def poll(self) -> SyncState: ...
    def run(self) -> dict: ...


class NoSync:
    """A terminal without head office."""

    def poll(self) -> SyncState:
        return SyncState(configured=False)

    def run(self) -> dict:
        return {}
