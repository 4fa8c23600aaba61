"""``loyalty-terminal``: the checkout window.

    loyalty-terminal --demo                 # throwaway demo store, simulated devices
    loyalty-terminal --config till.toml     # a real till
    loyalty-terminal --db PATH [--lang tr] [--fullscreen] [--now 2026-03-03T12:00:00-05:00]

Before Qt starts, :mod:`terminal.ui.platform_check` makes sure it can open a window here (and
says plainly which system libraries are missing when it cannot). A splash shows while the
database opens. On close, every worker and device thread is stopped and joined before the
window and the application object are destroyed, in that order.
"""

from __future__ import annotations

import argparse
import os
import sys

from terminal.resource_files import resource_path


#: The till's first daily backup waits this long after the start.
BACKUP_AFTER_S = 30.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="loyalty-terminal", description="Loyalty Terminal checkout window")
    parser.add_argument("--demo", action="store_true", help="run on a throwaway demo store with simulated devices")
    parser.add_argument("--config", help="terminal configuration (TOML)")
    parser.add_argument("--db", help="database path (default: the platform's user data dir, env LOYALTY_DB)")
    parser.add_argument("--lang", choices=("en", "tr"), help="language of the till")
    parser.add_argument("--fullscreen", action="store_true", help="kiosk mode: the whole screen, no window frame")
    parser.add_argument("--now", help="fixed clock, ISO-8601 with offset (for demos and recordings)")
    parser.add_argument("--scanner", help="scanner URL, e.g. serial:///dev/ttyACM0 or sim:")
    parser.add_argument("--printer", help="receipt printer URL, e.g. tcp://10.0.0.5:9100 or sim:")
    parser.add_argument("--display", help="pole display URL")
    parser.add_argument("--customer-display", action="store_true",
                        help="open the customer-facing screen as a second window (always in --demo)")
    parser.add_argument("--exit-after", type=float, metavar="SECONDS",
                        help="close the window after SECONDS (smoke tests and kiosk checks)")
    return parser.parse_args(argv)


def stylesheet() -> str:
    return resource_path("styles", "till.qss").read_text(encoding="utf-8")


def create_window(terminal, language: str = "en", **kwargs):
    """The checkout window for a built :class:`terminal.app.Terminal` (also used by tests)."""
    from .i18n import Translations
    from .main_window import CheckoutWindow, TillInfo, TillOptions
    translations = Translations()
    language = translations.install(language)
    settings = terminal.loyalty.settings()
    info = TillInfo(store=settings["store"] or "Loyalty Terminal", terminal=settings["terminal"],
                    hq_url=settings["hq_url"])
    program = terminal.loyalty.program()
    config = terminal.config
    kwargs.setdefault("sync_interval_ms", config.sync_interval_ms)
    kwargs.setdefault("cashier_sign_in", config.cashier_sign_in)
    kwargs.setdefault("options", TillOptions.from_config(config, program.currency))
    return CheckoutWindow(terminal.loyalty, program, info, devices=terminal.devices,
                          sync=terminal.sync, translations=translations, language=language, **kwargs)


def make_splash():
    """A plain card with the product's name, shown while the database opens. A frameless label,
    not a QSplashScreen: that one blocks up to a second in show() waiting to be exposed."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
    from PySide6.QtWidgets import QLabel
    pixmap = QPixmap(560, 180)
    pixmap.fill(QColor("#1f2a37"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setPixelSize(34)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect().adjusted(0, 0, 0, -40), Qt.AlignmentFlag.AlignCenter, "Loyalty Terminal")
    painter.end()
    splash = QLabel(objectName="splash")
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(pixmap)
    splash.setWindowTitle("Loyalty Terminal")
    screen = splash.screen().availableGeometry()
    splash.move(screen.center().x() - pixmap.width() // 2, screen.center().y() - pixmap.height() // 2)
    return splash


def place_window(window, prefs, fullscreen: bool) -> None:
    """Full screen for kiosks; otherwise the last geometry, or a size that fits the screen."""
    if fullscreen:
        window.showFullScreen()
        return
    screen = window.screen().availableGeometry()
    geometry = prefs.value("geometry")
    if geometry is not None and window.restoreGeometry(geometry) and screen.contains(window.frameGeometry()):
        window.show()
        return
    width, height = min(1366, screen.width()), min(800, screen.height())
    window.resize(width, height)
    if width == screen.width() or height == screen.height():
        window.showMaximized()   # a 1024x768 or 1366x768 till: use all of it
    else:
        window.show()


def place_customer_display(display, window) -> None:
    """On a second screen when there is one (full screen there), else beside the till."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    screens = QGuiApplication.screens()
    if len(screens) > 1:
        other = next(s for s in screens if s is not window.screen())
        display.setGeometry(other.availableGeometry())
        display.showFullScreen()
        return
    # One screen (a demo on a laptop): a compact window in the lower right corner, over the till
    # but leaving most of it in view; the keyboard stays with the cashier.
    area = window.screen().availableGeometry()
    wanted = QSize(area.width() * 2 // 5, area.height() * 3 // 5).expandedTo(display.minimumSizeHint())
    size = wanted.boundedTo(area.size())   # at least its minimum, at most the screen: all of it in view
    display.resize(size)
    display.move(area.right() + 1 - size.width(), area.bottom() + 1 - size.height())
    display.show()
    window.activateWindow()


def main(argv: list[str] | None = None) -> int:
    from terminal.store.private import owner_only_umask
    owner_only_umask()   # database, backups, receipts, settings: member data, the owner's only
    args = parse_args(argv)
    from .platform_check import platform_problem
    problem = platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from terminal.app import TerminalConfig, build_terminal, demo_config
    from terminal.domain.errors import LoyaltyError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Loyalty Terminal")
    app.setOrganizationName("LoyaltyTerminal")
    splash = make_splash()
    splash.show()
    app.processEvents()
    terminal = window = None
    try:
        try:
            config = TerminalConfig.from_toml(args.config) if args.config else TerminalConfig()
        except (OSError, ValueError) as exc:
            return startup_failed(splash, f"the configuration cannot be read: {_plain(exc)}", 2)
        for name in ("db", "now", "scanner", "printer", "display"):
            if getattr(args, name):
                setattr(config, name, getattr(args, name))
        config.fullscreen = config.fullscreen or args.fullscreen
        config.customer_display = config.customer_display or args.customer_display
        if config.daily_backups is None:
            config.daily_backups = True   # a real till keeps a verified backup a day (not the demo)
        # the backup and its check read the whole database (minutes at a million members): not
        # while the till starts, nor making a quick close wait for it
        config.backup_after_s = config.backup_after_s or BACKUP_AFTER_S
        app.setStyleSheet(stylesheet())
        prefs = QSettings()
        language = args.lang or prefs.value("language") or config.language
        try:
            if args.demo:
                config = demo_config(config)
                print(f"Demo store in {config.temp_dir}; manager PIN 1234, cashier PIN 2580", file=sys.stderr)
            terminal = build_terminal(config)
            window = create_window(terminal, language)
        except Exception as exc:  # every way a start can fail is one sentence, never a traceback
            if os.environ.get("LOYALTY_DEBUG"):
                raise
            return startup_failed(splash, startup_problem(exc), 1)
        place_window(window, prefs, config.fullscreen)
        if config.customer_display:
            place_customer_display(window.open_customer_display(), window)
        splash.close()
        if args.exit_after is not None:
            QTimer.singleShot(int(args.exit_after * 1000), window.close)
        code = app.exec()
        if not config.fullscreen:
            prefs.setValue("geometry", window.saveGeometry())
        prefs.setValue("language", window.translations.language)
        prefs.sync()   # written now: the process may end without destroying it (quick_exit)
        return code
    except (LoyaltyError, ValueError) as exc:
        return startup_failed(splash, _plain(exc), 1)
    finally:
        close_everything(app, window, terminal, splash)


def _plain(exc: BaseException) -> str:
    """An exception's message on one line, without control characters."""
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def startup_problem(exc: BaseException) -> str:
    """What to tell the person at the till when the start failed with ``exc``."""
    from hardware.errors import DeviceError
    from terminal.domain.errors import LoyaltyError
    from terminal.store.sqlite_errors import translate
    if isinstance(exc, LoyaltyError):
        return _plain(exc)
    if isinstance(exc, DeviceError):
        return f"a device in the configuration cannot be used: {_plain(exc)}"
    known = translate(exc)
    if known is not None:
        return _plain(known)
    if isinstance(exc, (ValueError, OSError)):
        return _plain(exc)
    return (f"the till could not start ({type(exc).__name__}: {_plain(exc)}); "
            "set LOYALTY_DEBUG=1 for details")


def startup_failed(splash, message: str, code: int) -> int:
    """One line on stderr, and one dialog when there is a screen to show it on."""
    from PySide6.QtGui import QGuiApplication
    print(f"loyalty-terminal: {message}", file=sys.stderr)
    if splash is not None:
        splash.close()
    if QGuiApplication.platformName() not in ("offscreen", "minimal", "vnc") and \
            not os.environ.get("LOYALTY_NO_DIALOGS"):
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, "Loyalty Terminal", message)
    return code


def close_everything(app, window, terminal, splash) -> None:
    """Threads first (workers, scanner, spooler, display), then the database, then the Qt
    objects, while Python and Qt are both still whole."""
    import shiboken6
    if window is not None:
        window.shutdown()
    if terminal is not None:
        terminal.close()
    for widget in (window, splash):
        if widget is not None and shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    app.processEvents()


def run() -> None:
    """``loyalty-terminal``: ``main``, then the process ends without the interpreter's teardown
    (``terminal.quick_exit``: 235 ms of CPU after the window closed, PySide6 and all)."""
    from terminal.quick_exit import quick_exit
    quick_exit(main())


if __name__ == "__main__":
    run()
