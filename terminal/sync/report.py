"""``loyalty hq report``: each store's day and the chain's, from head office's facts.

Head office holds facts; the figures are projections (expiry, refund clawbacks, bonuses paid
once). They are computed by the very code every terminal uses: the facts are replayed into a
private SQLite projection (an *observer* that follows every store), and each store's daily
report is the terminal's own report filtered by that store. So a store's figures at head
office are exactly what its tills report, and the chain's are their sum plus nothing else.

The projection is rebuilt in a temporary folder for each report. That is fine for a chain of
a few hundred thousand facts; a larger chain keeps the observer database between reports (the
pull is incremental by construction) or materialises the projections at head office.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from terminal.domain.clock import FixedClock
from terminal.domain.program import parse_program
from terminal.services.reports import daily_report
from terminal.services.uow import UnitOfWork
from terminal.store.database import open_database

from .hq import require_schema
from .hq_schema import fact_log, program_versions, stores
from .streams import APPLY_BATCH, _apply, _tx_chunks, envelope, project_dirty

READ_BATCH = 20_000


def hq_report(hq: Engine, day: date | None, now: datetime, store: str | None = None) -> dict:
    require_schema(hq)
    with hq.connect() as connection:
        published = connection.execute(select(program_versions).order_by(program_versions.c.version.desc())
                                       .limit(1)).first()
        store_ids = [s for (s,) in connection.execute(select(stores.c.id).order_by(stores.c.id))]
        store_ids += [s for (s,) in connection.execute(text("SELECT DISTINCT store_id FROM fact_log"))
                      if s not in store_ids]
    if published is None:
        from terminal.domain.errors import InvalidInput
        raise InvalidInput("head office has published no program yet (loyalty hq publish --url URL FILE)")
    program = parse_program(published.toml)
    with tempfile.TemporaryDirectory(prefix="loyalty-hq-report-") as folder:
        db = open_database(Path(folder) / "observer.db")
        try:
            from terminal.services.loyalty import Loyalty
            observer = Loyalty(db, FixedClock(now))
            observer.initialise(store="(head office)", terminal=None, program=program)
            _load_everything(db, hq, program, now)
            chosen = day or _today(program, now)
            with UnitOfWork(db, now=now) as uow:
                version = uow.program()[1]
                per_store = [daily_report(uow, program, version, now, chosen, store=s) | {"store": s}
                             for s in sorted(store_ids) if store is None or s == store]
                chain = daily_report(uow, program, version, now, chosen, store=None)
                uow.commit()
        finally:
            db.dispose()
    for figures in per_store + [chain]:
        figures.pop("unsynced", None)
    return {"date": chosen.isoformat(), "stores": per_store, "chain": chain}


def _today(program, now: datetime) -> date:
    from terminal.domain.timekeeping import local_date
    return local_date(now, program.tz)


def _load_everything(db, hq: Engine, program, now: datetime) -> None:
    with hq.connect() as connection:
        origins = [o for (o,) in connection.execute(text("SELECT DISTINCT origin FROM fact_log ORDER BY origin"))]
        for origin in origins:
            cursor = 0
            while True:
                rows = [envelope(r) for r in connection.execute(
                    select(fact_log).where(fact_log.c.origin == origin, fact_log.c.seq > cursor)
                    .order_by(fact_log.c.seq).limit(READ_BATCH))]
                if not rows:
                    break
                for chunk in _tx_chunks(rows, APPLY_BATCH * 8):
                    _apply(db, chunk, origin, now)
                cursor = rows[-1].seq
    project_dirty(db, program, now)
