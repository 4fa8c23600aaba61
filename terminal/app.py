"""The composition root: builds the database, the ``Loyalty`` facade, the devices and the sync
status source from a configuration, and nothing at import time (ARCHITECTURE habit 4).

Configuration is a small TOML file (``--config``), every key optional::

    db = "/var/lib/loyalty/loyalty.db"     # default: the platform's user data dir (as the CLI)
    language = "tr"                        # en | tr
    fullscreen = true                      # kiosk tills: the whole screen, no window frame
    keep_member_after_sale = false         # true: the member stays on the till after a sale
    confirm_amount_above = "500.00"        # an amount line above this asks "are you sure?" first
    refund_pin_above = "50.00"             # a refund above this needs a manager's PIN
    daily_backups = true                   # a verified backup a day (the till's default)
    backup_dir = "/var/backups/loyalty"    # default: ``backups`` beside the database
    backup_keep = 7                        # daily backups kept
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
from terminal.paths import default_db_path
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
    cashier_sign_in: bool = True         # a cashier signs in at the start of a shift
    fullscreen: bool = False
    keep_member_after_sale: bool = False
    confirm_amount_above: str | None = "500.00"   # decimal, in the program's currency; None: never ask
    refund_pin_above: str | None = "50.00"        # decimal; None: no refund needs a manager
    customer_display: bool = False       # a second window for a customer-facing screen
    daily_backups: bool | None = None    # None: on at a real till's start (not the demo, not tests)
    backup_dir: str | None = None        # default: ``backups`` beside the database
    backup_keep: int = 7                 # daily backups kept
    backup_after_s: float = 0.0          # the first backup waits this long (the till: its start)

    @classmethod
    def from_toml(cls, path: str | os.PathLike) -> "TerminalConfig":
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        devices = data.pop("devices", {})
        types = {"db": str, "language": str, "now": str, "fullscreen": bool, "keep_member_after_sale": bool,
                 "confirm_amount_above": str, "refund_pin_above": str, "cashier_sign_in": bool,
                 "customer_display": bool, "daily_backups": bool, "backup_dir": str, "backup_keep": int}
        unknown = set(data) - set(types) | (set(devices) - {"scanner", "printer", "printer_width", "display"})
        if unknown:
            raise ValueError(f"{path}: unknown settings {', '.join(sorted(unknown))}")
        for key, kind in types.items():
            if key in data and not isinstance(data[key], kind):
                raise ValueError(f"{path}: {key} must be a {'true/false' if kind is bool else 'text in quotes'}")
        if data.get("language", "en") not in LANGUAGES:
            raise ValueError(f"{path}: language must be one of {', '.join(LANGUAGES)}")
        width = devices.get("printer_width", 80)
        if width not in (58, 80) or isinstance(width, bool):
            raise ValueError(f"{path}: printer_width must be 58 or 80 (millimetres)")
        for kind in ("scanner", "printer", "display"):
            if kind in devices:
                _check_device_url(path, kind, devices[kind])
        config = cls(db=data.get("db"), language=data.get("language", "en"), now=data.get("now"),
                     scanner=devices.get("scanner"), printer=devices.get("printer"),
                     printer_width=width, display=devices.get("display"))
        if not 1 <= data.get("backup_keep", 7) <= 1000 or isinstance(data.get("backup_keep"), bool):
            raise ValueError(f"{path}: backup_keep must be a whole number from 1 to 1000")
        for key in ("fullscreen", "keep_member_after_sale", "confirm_amount_above", "refund_pin_above",
                    "cashier_sign_in", "customer_display", "daily_backups", "backup_dir", "backup_keep"):
            if key in data:
                setattr(config, key, data[key])
        return config




LANGUAGES = ("en", "tr")


def _check_device_url(path, kind: str, url) -> None:
    from hardware.errors import DeviceConfigError
    from hardware.urls import parse_device_url
    if not isinstance(url, str):
        raise ValueError(f"{path}: devices.{kind} must be a device URL in quotes")
    try:
        parse_device_url(url)
    except DeviceConfigError as exc:
        raise ValueError(f"{path}: devices.{kind}: {exc}") from None


def make_clock(now: str | None) -> Clock:
    if not now:
        return SystemClock()
    from terminal.domain.timekeeping import UTC, parse_instant
    try:
        instant = datetime.fromisoformat(now.strip())
    except ValueError:
        raise ValueError(f"--now {now!r} is not an ISO-8601 date-time") from None
    if instant.tzinfo is None:
        raise ValueError("--now needs an offset, e.g. 2026-03-03T12:00:00-05:00")
    try:
        parse_instant(now, UTC)   # within the years the product reasons about
    except ValueError as exc:
        raise ValueError(f"--now: {exc}") from None
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
    config.customer_display = True
    return config


class DatabaseSync:
    """Head-office sync for the till (:class:`terminal.ui.sync_status.SyncSource`): its state
    read from the local database (``Loyalty.sync_status``), and one sync (``run``), which the
    window's sync worker calls on its own thread."""

    def __init__(self, db: Database, loyalty: Loyalty) -> None:
        self.db, self.loyalty = db, loyalty

    def poll(self):
        from datetime import datetime
        from terminal.ui.sync_status import SyncState
        if not self.loyalty.settings()["hq_url"]:
            # a standalone till: nothing to count (the count of facts not yet sent reads the
            # whole journal's index, 3.7 million entries at a million members, every poll)
            return SyncState(configured=False)
        status = self.loyalty.sync_status()
        if not status["configured"]:
            return SyncState(configured=False)
        last = status["last_sync_at"]
        return SyncState(configured=True, online=status["online"], unsynced=status["unsynced"],
                         conflicts=status["conflicts_waiting"], clock_skew_s=status["clock_skew_s"],
                         last_sync=datetime.fromisoformat(last) if last else None, error=status["last_error"])

    def run(self) -> dict:
        if not self.loyalty.settings()["hq_url"]:
            return {}
        from terminal.sync.engine import run_sync
        return run_sync(self.db, None, self.loyalty.clock.now())


class DailyBackups:
    """The till's automatic backup: at start and then every hour, today's verified backup is
    made unless it exists (``loyalty backup --daily``: one file a day, the oldest beyond
    ``keep`` removed); a failure is kept in ``error`` and tried again next hour.

    It runs as a child process at low priority, not on a thread of the till: verifying a backup
    replays the whole journal (minutes at a million members), which on a thread would hold the
    interpreter's lock against the cashier's screen and keep the till from closing until it
    ended. Closing the till stops the child; the ``.partial`` file it leaves is removed, never a
    file under a backup's name (``terminal.services.backups``)."""

    def __init__(self, loyalty: Loyalty, folder: str | None, keep: int, interval_s: float = 3600.0,
                 first_after_s: float = 0.0):
        import threading
        from terminal.services.backups import default_backup_folder
        self.loyalty, self.keep, self.interval_s = loyalty, keep, interval_s
        self.folder = folder or default_backup_folder(loyalty.db.path)
        self.first_after_s = first_after_s
        self.last: dict | None = None
        self.error: str | None = None
        self._stop = threading.Event()
        self._child = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        import logging
        if self.first_after_s and self._stop.wait(self.first_after_s):
            return
        while not self._stop.is_set():
            try:
                self.last, self.error = self._backup_once(), None
            except Exception as exc:  # noqa: BLE001 - a full disk must not end the till; said in the log
                if self._stop.is_set():
                    return
                self.error = str(exc)
                logging.getLogger(__name__).warning("daily backup failed: %s", exc)
            if self._stop.wait(self.interval_s):
                return

    def _command(self) -> list[str]:
        import sys
        return [sys.executable, "-m", "terminal.cli.main", "--db", self.loyalty.db.path,
                "--now", self.loyalty.clock.now().isoformat(), "--json",
                "backup", "--daily", "--dir", self.folder, "--keep", str(self.keep)]

    def _backup_once(self) -> dict:
        import json
        import subprocess
        with self._lock:
            if self._stop.is_set():
                raise RuntimeError("the till is closing")
            self._child = subprocess.Popen(self._command(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                           stdin=subprocess.DEVNULL)
        try:
            os.setpriority(os.PRIO_PROCESS, self._child.pid, 10)
        except OSError:
            pass   # gone already, or not allowed: it runs at the till's priority
        out, err = self._child.communicate()
        code = self._child.returncode
        if code != 0:
            if self._stop.is_set():
                raise RuntimeError("stopped as the till closed")
            try:
                message = json.loads(out)["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = (err.decode(errors="replace").strip().splitlines() or [f"exit {code}"])[-1]
            raise RuntimeError(message)
        return json.loads(out)

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            child = self._child
        if child is not None and child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except Exception:  # noqa: BLE001 - it would not stop: kill it
                child.kill()
                child.wait()
            self._remove_partial(child.pid)
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _remove_partial(self, pid: int) -> None:
        """What a stopped backup leaves: its ``.loyalty-DAY.db.partial-PID`` (and journal)."""
        import glob
        for path in glob.glob(os.path.join(glob.escape(self.folder), f".loyalty-*.db.partial-{pid}*")):
            try:
                os.remove(path)
            except OSError:
                pass


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


def devices_from_database(config: TerminalConfig, loyalty: Loyalty) -> None:
    """Devices a manager chose in the back office apply where the configuration names none."""
    saved = loyalty.device_settings()
    for kind in ("scanner", "printer", "display"):
        if not getattr(config, kind) and saved.get(kind):
            setattr(config, kind, saved[kind])
    if saved.get("printer_width") in ("58", "80") and config.printer_width == 80:
        config.printer_width = int(saved["printer_width"])


def build_terminal(config: TerminalConfig, clock: Clock | None = None) -> Terminal:
    db_path = config.db or default_db_path()
    from terminal.store import damage
    damage.refuse(db_path)
    db = open_database(db_path, create=False, background_checkpoints=True)
    clock = clock or make_clock(config.now)
    from terminal.sync.lazy_remote import LazyRemote
    loyalty = Loyalty(db, clock, remote=LazyRemote(db, clock))
    devices_from_database(config, loyalty)
    program = loyalty.program()
    job_store_path = str(Path(db_path).with_suffix(".printjobs.sqlite"))
    devices = build_devices(config, program.card_prefix, job_store_path)
    terminal = Terminal(config, db, loyalty, devices, DatabaseSync(db, loyalty))
    if config.daily_backups and not config.temp_dir:
        backups = DailyBackups(loyalty, config.backup_dir, config.backup_keep,
                               first_after_s=config.backup_after_s)
        backups.start()
        terminal.closers.append(backups.close)
    if devices.spooler is not None:
        terminal.closers.append(devices.spooler.store.close)
        # closers run last first: the spooler's thread stops (if the window did not stop it
        # already, say because building the window failed) before its job store closes
        terminal.closers.append(devices.spooler.close)
    return terminal
