"""What the use cases may ask of head office (``terminal.services.loyalty.Remote``): a member
unknown here, looked up by exact phone or card (SPEC 7), and whether HQ answers now.

Both give up quickly (``LOOKUP_TIMEOUT_S``) and remember a failure for ``QUIET_S`` seconds, so a
till whose link is down does not wait at every unknown phone the cashier types."""

from __future__ import annotations

import time
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from terminal.domain.cards import looks_like_card, validate_card
from terminal.domain.clock import Clock
from terminal.domain.errors import LoyaltyError
from terminal.domain.phones import normalize_phone
from terminal.services.uow import UnitOfWork
from terminal.store.database import Database

from . import credentials
from .hq import connect_hq
from .streams import apply_received, envelope

LOOKUP_TIMEOUT_S = 2
QUIET_S = 30.0


class HqRemote:
    def __init__(self, db: Database, clock: Clock, monotonic=time.monotonic):
        self.db, self.clock, self.monotonic = db, clock, monotonic
        self._quiet_until = 0.0

    def _engine(self):
        with UnitOfWork(self.db, write=False) as uow:
            url = uow.setting("hq_url")
        if not url or self.monotonic() < self._quiet_until:
            return None
        try:
            return connect_hq(url, passfile=credentials.passfile_for(self.db.path), timeout_s=LOOKUP_TIMEOUT_S)
        except LoyaltyError:
            self._quiet_until = self.monotonic() + QUIET_S
            return None

    def _answered(self, now: datetime) -> None:
        with UnitOfWork(self.db) as uow:
            uow.set_setting("hq_contact_at", now.isoformat())
            uow.commit()

    def probe(self) -> bool:
        engine = self._engine()
        if engine is None:
            return False
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            self._answered(self.clock.now())
            return True
        except DBAPIError:
            self._quiet_until = self.monotonic() + QUIET_S
            return False
        finally:
            engine.dispose()

    def fetch_member(self, ref: str) -> bool:
        """Look ``ref`` (a card number or a phone) up at head office; copy the member and their
        history here. False when HQ does not know them or does not answer."""
        with UnitOfWork(self.db, write=False) as uow:
            program = uow.program()[0]
        text_ref = (ref or "").strip()
        try:
            if looks_like_card(text_ref, program.card_prefix):
                phone, card = None, validate_card(text_ref, program.card_prefix)
            else:
                phone, card = normalize_phone(text_ref, program.region), None
        except LoyaltyError:
            return False
        engine = self._engine()
        if engine is None:
            return False
        now = self.clock.now()
        try:
            with engine.begin() as connection:
                rows = [envelope(r) for r in connection.execute(
                    text("SELECT * FROM hq_lookup_member(:phone, :card)"), {"phone": phone, "card": card})]
        except DBAPIError:
            self._quiet_until = self.monotonic() + QUIET_S
            return False
        finally:
            engine.dispose()
        self._answered(now)
        if not rows:
            return False
        apply_received(self.db, rows, program, now)
        return True
