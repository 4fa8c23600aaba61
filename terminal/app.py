"""The composition root: builds the database, the ``Loyalty`` facade, the devices and the sync
status source from a configuration, and nothing at import time (ARCHITECTURE habit 4).

Configuration is a small TOML file (``--config``), every key optional::

    db = "/var/lib/loyalty/loyalty.db"     # default: the platform's user data dir (as the CLI)
    language = "tr"                        # en | tr
    fullscreen = true                      # kiosk tills: the whole screen, no window frame
    keep_member_after_sale = false         # true: the member stays on the till after a sale
    confirm_amount_above = "500.00"        # an amount line above this asks "are you sure?" first
    refund_pin_above = "50.00"             # a refund above this needs a manager's PIN
    [devices]
    scanner = "serial:///dev/ttyACM0?baudrate=9600"
    printer = "tcp://10.0.0.5:9100"
    printer_width = 80                      # mm: 58 or 80
    display = "serial:///dev/ttyUSB1"

``--demo`` builds a throwaway demo store in a temporary directory with simulated scanner,
printer (its pages kept in that directory) and pole display.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from terminal.domain.clock import Clock, FixedClock, SystemClock
from terminal.services.loyalty import Loyalty
from terminal.store.database import Database, open_database


@dataclass
class TerminalConfig:
    db: str | None = None
    language: str = "en"
    scanner: str | None = None
    printer: str | None = None
    printer_width: int = 80
    display: str | None = None
    now: str | None = None               # ISO-8601: a fixed clock (demo recordings, tests)
    temp_dir: str | None = None          # removed on close (demo mode)
    sync_interval_ms: int = 5000
    fullscreen: bool = False
    keep_member_after_sale: bool = False
    confirm_amount_above: str | None = "500.00"   # decimal, in the program's currency; None: never ask
    refund_pin_above: str | None = "50.00"        # decimal; None: no refund needs a manager

    @classmethod
    def from_toml(cls, path: str | os.PathLike) -> "TerminalConfig":
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        devices = data.pop("devices", {})
        types = {"db": str, "language": str, "now": str, "fullscreen": bool, "keep_member_after_sale": bool,
                 "confirm_amount_above": str, "refund_pin_above": str}
        unknown = set(data) - set(types) | (set(devices) - {"scanner", "printer", "printer_width", "display"})
        if unknown:
            raise ValueError(f"{path}: unknown settings {', '.join(sorted(unknown))}")
        for key, kind in types.items():
            if key in data and not isinstance(data[key], kind):
                raise ValueError(f"{path}: {key} must be a {'true/false' if kind is bool else 'text in quotes'}")
        config = cls(db=data.get("db"), language=data.get("language", "en"), now=data.get("now"),
                     scanner=devices.get("scanner"), printer=devices.get("printer"),
                     printer_width=int(devices.get("printer_width", 80)), display=devices.get("display"))
        for key in ("fullscreen", "keep_member_after_sale", "confirm_amount_above", "refund_pin_above"):
            if key in data:
                setattr(config, key, data[key])
        return config


def default_db_path() -> str:
    env = os.environ.get("LOYALTY_DB")
    if env:
        return env
    from platformdirs import user_data_dir
    return str(Path(user_data_dir("loyalty-terminal")) / "loyalty.db")


def make_clock(now: str | None) -> Clock:
    if not now:
        return SystemClock()
    instant = datetime.fromisoformat(now)
    if instant.tzinfo is None:
        raise ValueError("--now needs an offset, e.g. 2026-03-03T12:00:00-05:00")
    return FixedClock(instant)


def build_demo_database(path: str | os.PathLike, clock: Clock) -> dict:
    """``loyalty init --demo`` into ``path``: demo program, catalog, staff, members, history
    (built through the use cases: about ten seconds)."""
    from terminal.services.demo import build_demo
    return build_demo(path, clock)


def demo_config(base: TerminalConfig | None = None) -> TerminalConfig:
    """A throwaway demo store in a new temporary directory, with ``sim:`` devices: the shipped
    snapshot of the demo store, upgraded and moved so its history ends today (well under a
    second; see :mod:`terminal.services.demo_snapshot`)."""
    from terminal.services.demo_snapshot import open_snapshot
    config = base or TerminalConfig()
    temp = tempfile.mkdtemp(prefix="loyalty-demo-")
    config.temp_dir = temp
    config.db = str(Path(temp) / "demo.db")
    open_snapshot(config.db, make_clock(config.now).now())
    config.scanner = config.scanner or "sim:"
    config.printer = config.printer or f"sim:?dir={Path(temp) / 'printed'}"
    config.display = config.display or "sim:"
    return config


class DatabaseSync:
    """The status bar's view of head-office sync (:class:`terminal.ui.sync_status.SyncSource`),
    read from the local database: HQ URL set or not, whether the last attempt reached it, and
    the outbox count. Runs on the GUI's worker thread."""

    def __init__(self, db: Database, loyalty: Loyalty) -> None:
        self.db, self.loyalty = db, loyalty

    def poll(self):
        from terminal.services.uow import UnitOfWork
        from terminal.sync.engine import unsynced_count
        from terminal.ui.sync_status import SyncState
        with UnitOfWork(self.db, write=False) as uow:
            url = uow.setting("hq_url")
            online = uow.setting("hq_online")
        if not url:
            return SyncState(configured=False)
        return SyncState(configured=True, online=None if online is None else online == "1",
                         unsynced=unsynced_count(self.db))


@dataclass
class Terminal:
    """Everything the till runs on. ``close()`` releases it (and removes a demo directory)."""

    config: TerminalConfig
    db: Database
    loyalty: Loyalty
    devices: object
    sync: object
    closers: list = field(default_factory=list)

    def close(self) -> None:
        for close in reversed(self.closers):
            close()
        self.db.dispose()
        if self.config.temp_dir:
            shutil.rmtree(self.config.temp_dir, ignore_errors=True)


def build_devices(config: TerminalConfig, card_prefix: str, job_store_path: str):
    """Scanner, printer (behind its spooler and persistent queue) and pole display. Nothing is
    opened here: drivers open their ports on their own threads."""
    from hardware.printing import PrintSpooler, SqlitePrintJobStore
    from hardware.registry import open_display, open_printer, open_scanner
    from terminal.ui.devices import Devices
    devices = Devices()
    if config.scanner:
        devices.scanner = open_scanner(config.scanner, card_prefix=card_prefix)
    if config.printer:
        devices.printer = open_printer(config.printer, width_mm=config.printer_width)
        devices.spooler = PrintSpooler(devices.printer, SqlitePrintJobStore(job_store_path))
    if config.display:
        devices.display = open_display(config.display)
    return devices


def build_terminal(config: TerminalConfig, clock: Clock | None = None) -> Terminal:
    db_path = config.db or default_db_path()
    db = open_database(db_path, create=False)
    loyalty = Loyalty(db, clock or make_clock(config.now))
    program = loyalty.program()
    job_store_path = str(Path(db_path).with_suffix(".printjobs.sqlite"))
    devices = build_devices(config, program.card_prefix, job_store_path)
    terminal = Terminal(config, db, loyalty, devices, DatabaseSync(db, loyalty))
    if devices.spooler is not None:
        terminal.closers.append(devices.spooler.store.close)
        # closers run last first: the spooler's thread stops (if the window did not stop it
        # already, say because building the window failed) before its job store closes
        terminal.closers.append(devices.spooler.close)
    return terminal
