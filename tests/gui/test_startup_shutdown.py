"""Starting and closing the till: a plain sentence when Qt cannot open a window here, the demo
from its shipped snapshot, and closes that end with exit code 0 (no "Fatal Python error")."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from terminal.ui.platform_check import DEBIAN_PACKAGES, explain_missing, platform_problem

CYCLES = int(os.environ.get("LOYALTY_CLOSE_CYCLES", "3"))


def test_emitting_signals_leaves_pythons_true_alone(qapp):
    """PySide6 6.12.0 takes a reference to True with every emit(); qt_fixes gives it back."""
    import terminal.ui  # noqa: F401 - installs the work-around
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        ping = Signal(int)
        flag = Signal(bool)

    source = Source()
    source.ping.connect(lambda _n: None)
    source.flag.connect(lambda _b: None)
    before = sys.getrefcount(True)
    for n in range(5000):
        source.ping.emit(n)
        source.flag.emit(n % 2 == 0)
    for _ in range(200):
        source.ping.disconnect(source.ping.connect(lambda _n: None))
    assert abs(sys.getrefcount(True) - before) < 50


def test_a_missing_library_is_one_plain_sentence():
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    text = platform_problem({"DISPLAY": ":0"}, system="linux", find_plugin=lambda name: Path(f"/qt/libq{name}.so"),
                            find_missing=lambda plugin: missing)
    assert text == explain_missing(missing)
    assert "libxcb-icccm.so.4" in text and "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    assert text.count(".") <= 6 and "\n" not in text


def test_nothing_to_say_when_all_is_there_or_not_linux():
    ok = dict(find_plugin=lambda name: Path("/qt/libqxcb.so"), find_missing=lambda plugin: [])
    assert platform_problem({"DISPLAY": ":0"}, system="linux", **ok) is None
    assert platform_problem({}, system="win32", **ok) is None
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, system="linux", **ok) is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}, system="linux", **ok) is None


def test_no_display_is_said_plainly():
    text = platform_problem({"QT_QPA_PLATFORM": "xcb"}, system="linux", find_plugin=lambda name: None,
                            find_missing=lambda plugin: [])
    assert "there is no display" in text and "QT_QPA_PLATFORM=offscreen" in text


def test_the_readme_lists_every_package_the_check_knows():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("sudo apt-get install"))
    for package in set(DEBIAN_PACKAGES.values()):
        assert package in line.split(), package


def _run(args, env=None, timeout=120):
    env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "terminal.ui.main", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_the_till_without_a_display_exits_with_the_sentence_not_an_abort(tmp_path):
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = _run(["--db", str(tmp_path / "none.db")], env)
    assert result.returncode == 1, result.stderr
    assert "cannot open its window" in result.stderr and "Traceback" not in result.stderr


def test_the_demo_starts_from_its_snapshot_and_closes_cleanly(tmp_path):
    result = _run(["--demo", "--exit-after", "1", "--lang", "tr"],
                  {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "Demo store in" in result.stderr
    assert "Traceback" not in result.stderr and "Fatal" not in result.stderr


SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    import terminal.ui.main as till
    place = till.place_window
    SALES = 5   # enough emitted signals to end in "bool_dealloc" without terminal.ui.qt_fixes

    def place_and_work(self, prefs, fullscreen):
        done = []
        def sell():
            self.sale.add_product("SOURDOUGH")
            QTimer.singleShot(100, self.complete_sale)
        def sold(_sale):
            done.append(1)
            if len(done) < SALES:
                QTimer.singleShot(50, lambda: self.find_member("2900100000017"))
            else:
                QTimer.singleShot(300, self.close)
        self.sale_completed.connect(sold)
        self.member_shown.connect(lambda _m: QTimer.singleShot(0, sell))
        QTimer.singleShot(200, lambda: self.find_member("2900100000017"))
        QTimer.singleShot(30000, self.close)   # whatever happens, close
        return place(self, prefs, fullscreen)
    till.place_window = place_and_work
    sys.exit(till.main(sys.argv[1:]))
""")


@pytest.mark.slow
def test_closing_after_work_ends_cleanly_every_time(demo_db, tmp_path):
    """Start, find a member and sell five times (printing each), close: CYCLES times
    (LOYALTY_CLOSE_CYCLES), each exit 0 and no "Fatal Python error"."""
    for cycle in range(CYCLES):
        db = tmp_path / f"cycle{cycle}.db"
        shutil.copy(demo_db, db)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
        config = tmp_path / "till.toml"
        config.write_text("cashier_sign_in = false\n", encoding="utf-8")   # the script sells at once
        result = subprocess.run([sys.executable, "-c", SCRIPT, "--config", str(config), "--db", str(db),
                                 "--scanner", "sim:",
                                 "--printer", f"sim:?dir={tmp_path / 'printed'}", "--display", "sim:"],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, f"cycle {cycle}: exit {result.returncode}\n{result.stderr[-2000:]}"
        assert "Fatal Python error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert len(list((tmp_path / "printed").glob("*.png"))) >= 5 * CYCLES   # each cycle really sold and printed


def test_a_window_that_fails_to_build_leaves_no_thread_behind(qtbot, make_till, monkeypatch):
    """The worker threads start first; if building the screen then fails, they are stopped (the
    autouse fixture fails this test otherwise), and the terminal's spooler thread too."""
    from terminal.ui.main_window import CheckoutWindow

    def broken(self):
        raise RuntimeError("a widget could not be built")
    monkeypatch.setattr(CheckoutWindow, "_build", broken)
    with pytest.raises(RuntimeError, match="could not be built"):
        make_till()
