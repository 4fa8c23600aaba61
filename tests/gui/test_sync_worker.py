"""The till syncs in the background: its own thread, a retry schedule that backs off while
head office is away, "sync now", and the status bar saying online/offline, what is unsynced,
conflicts waiting and a wrong clock."""

from __future__ import annotations

import threading
import time

from terminal.domain.errors import HqUnreachable
from terminal.ui.sync_status import SyncState
from terminal.ui.sync_worker import Backoff, SyncScheduler


def test_backoff_doubles_from_five_seconds_to_ten_minutes_and_resets():
    backoff = Backoff(interval=60, first=5, ceiling=600)
    assert [backoff.failed() for _ in range(9)] == [5, 10, 20, 40, 80, 160, 320, 600, 600]
    assert backoff.succeeded() == 60 and backoff.failed() == 5


class FlakyHeadOffice:
    """Fails ``failures`` times, then syncs; each run takes ``seconds``."""

    def __init__(self, failures: int, seconds: float = 0.0):
        self.failures, self.seconds, self.runs = failures, seconds, 0
        self.threads: set[str] = set()
        self.state = SyncState(configured=True, online=False, unsynced=7, conflicts=2, clock_skew_s=-300.0)

    def poll(self) -> SyncState:
        return self.state

    def run(self) -> dict:
        self.threads.add(threading.current_thread().name)
        self.runs += 1
        time.sleep(self.seconds)
        if self.runs <= self.failures:
            raise HqUnreachable("head office at postgresql+psycopg://t001@hq/loyalty cannot be reached")
        self.state = SyncState(configured=True, online=True, unsynced=0, conflicts=2, clock_skew_s=1.0)
        return {"pushed": 7, "pulled": 3, "conflicts": 2}


def test_the_scheduler_backs_off_then_syncs_on_its_own_thread(qtbot):
    source = FlakyHeadOffice(failures=2)
    scheduler = SyncScheduler(source, Backoff(interval=60, first=0.05, ceiling=1))
    waits: list[float] = []
    scheduler.next_try.connect(waits.append)
    try:
        with qtbot.waitSignal(scheduler.finished, timeout=5000) as done:
            scheduler.start(first_delay_s=0.01)
        assert done.args[0]["pushed"] == 7 and source.runs == 3
        assert waits[:4] == [0.01, 0.05, 0.1, 60]       # two failures backed off, then the interval
        assert threading.main_thread().name not in source.threads
    finally:
        scheduler.stop()


def test_sync_now_runs_at_once_and_never_twice_at_a_time(qtbot):
    source = FlakyHeadOffice(failures=0, seconds=0.3)
    scheduler = SyncScheduler(source, Backoff(interval=3600))
    try:
        with qtbot.waitSignal(scheduler.finished, timeout=5000):
            assert scheduler.sync_now() is True
            assert scheduler.sync_now() is False    # already running
        assert source.runs == 1
    finally:
        scheduler.stop()


def test_the_till_shows_the_sync_state_and_syncs_now_without_freezing(make_till, qtbot, monkeypatch):
    window = make_till()
    source = FlakyHeadOffice(failures=0, seconds=0.5)
    assert window.sync_scheduler is None              # the demo store has no head office
    window.sync_source, window.info.hq_url = source, "postgresql+psycopg://t001@hq/loyalty"
    window.sync_scheduler = window._start_sync_scheduler()
    window.poll_sync()
    qtbot.waitUntil(lambda: "7 unsynced" in window.status.sync_label.text(), timeout=5000)
    text = window.status.sync_label.text()
    assert "offline" in text and "2 conflicts" in text and "clock -5 min" in text
    assert window.status.sync_button.isVisible()
    started = time.monotonic()
    window.status.sync_button.click()
    assert time.monotonic() - started < 0.2           # the click returns at once: the sync is elsewhere
    qtbot.waitUntil(lambda: "syncing" in window.status.sync_label.text(), timeout=2000)
    qtbot.waitUntil(lambda: "online" in window.status.sync_label.text(), timeout=5000)
    assert "0 unsynced" in window.status.sync_label.text() and "clock" not in window.status.sync_label.text()
    assert source.runs == 1
