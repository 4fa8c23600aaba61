"""Nothing blocks the GUI thread: a printer that takes its time, the worker's ordering and
latest-only answers, and the fixture that fails tests leaving threads behind."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, QTimer

from conftest import ADA_CARD, find_dangling
from hardware.printing import SimPrinter
from helpers import scan
from terminal.ui.worker import TaskRunner


class SlowPrinter(SimPrinter):
    """Blocks in ``send`` (on the spooler's thread) until the test lets it finish."""

    def __init__(self) -> None:
        super().__init__("sim:")
        self.started = threading.Event()
        self.release = threading.Event()

    def send(self, payload: bytes, job_id: str = ""):
        self.started.set()
        self.release.wait(60)  # bounded, so a broken test cannot hang the run
        return super().send(payload, job_id)


def test_a_slow_printer_does_not_freeze_the_window(qtbot, make_till, wedge_clock, idle):
    printer = SlowPrinter()
    till = make_till(printer=printer)
    till.sale.add_product("COFFEE-LATTE")
    idle(till)
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        till.complete_sale()
    qtbot.waitUntil(printer.started.is_set, timeout=10000)

    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        # While the printer is stuck in the middle of the job, the event loop keeps turning...
        qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=10000)
        # ...and the cashier can serve the next customer: a scan finds the member.
        with qtbot.waitSignal(till.member_shown, timeout=10000):
            scan(qtbot, till, wedge_clock, ADA_CARD)
        assert not printer.release.is_set() and printer.pages == []  # still printing
    finally:
        timer.stop()
        printer.release.set()
    qtbot.waitUntil(lambda: till.preview_dialog is not None and till.preview_dialog.isVisible(), timeout=10000)
    assert till.preview_dialog.receipt == done.args[0]["receipt"]


def test_a_failed_print_is_reported_without_a_modal(qtbot, make_till, idle):
    printer = SimPrinter("sim:")
    printer.paper = "out"
    till = make_till(printer=printer)
    till.sale.add_product("MILK-1L")
    idle(till)
    with qtbot.waitSignal(till.message_shown, timeout=10000, check_params_cb=lambda sev, text: sev == "error"):
        till.complete_sale()
    assert "out of paper" in till.banner.message()
    assert "Printer: " in till.status.labels["printer"].text()
    qtbot.waitUntil(lambda: till.status.labels["printer"].property("state") == "error", timeout=10000)


def test_worker_runs_in_order_off_the_gui_thread_and_keeps_only_the_latest(qtbot):
    runner = TaskRunner("test-runner")
    gui = QThread.currentThread()
    seen, threads = [], []
    gate = threading.Event()
    try:
        runner.submit(lambda: (threads.append(QThread.currentThread()), gate.wait(10)))
        for n in range(5):
            runner.submit_latest("preview", lambda n=n: n, on_done=seen.append)
        errors = []
        runner.submit(lambda: 1 / 0, on_error=errors.append)
        gate.set()
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)
        assert threads and threads[0] is not gui
        assert seen == [4]                      # the four stale previews were skipped
        assert isinstance(errors[0], ZeroDivisionError)
    finally:
        gate.set()
        runner.stop()


def test_the_dangling_thread_check_catches_a_running_qthread(qtbot, request):
    thread = QThread()
    thread.start()  # recorded by the autouse fixture
    try:
        left = find_dangling(request.node.started_qthreads)
        assert len(left) == 1 and "test_responsiveness.py" in left[0]
    finally:
        thread.quit()
        thread.wait()
    assert find_dangling(request.node.started_qthreads) == []
