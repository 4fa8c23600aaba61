import os
import threading
import time

import pytest

# python-escpos caches its capabilities per user; keep test runs from littering /tmp.
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", os.path.join(os.environ.get("TMPDIR", "/tmp"), "loyalty-escpos-tests"))
os.makedirs(os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"], exist_ok=True)


@pytest.fixture(autouse=True)
def no_leaked_threads():
    """Fail a test that leaves a non-daemon thread running (every device must be stopped/closed)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    leaked = []
    for thread in set(threading.enumerate()) - before:
        if thread.daemon:
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            leaked.append(thread.name)
    assert not leaked, f"test left threads running: {leaked}"


@pytest.fixture
def fake_printer():
    from hw_fakes import FakeNetworkPrinter

    printer = FakeNetworkPrinter()
    yield printer
    printer.stop()
