"""Head office for the use cases (``terminal.services.loyalty.Remote``), imported only when a
use case first needs it (an unknown member, a stale link before a redemption), so commands
and tills that never do stay light."""

from __future__ import annotations


class LazyRemote:
    def __init__(self, db, clock):
        self.db, self.clock, self._remote = db, clock, None

    def _get(self):
        if self._remote is None:
            from .remote import HqRemote
            self._remote = HqRemote(self.db, self.clock)
        return self._remote

    def fetch_member(self, ref: str) -> bool:
        return self._get().fetch_member(ref)

    def probe(self) -> bool:
        return self._get().probe()
