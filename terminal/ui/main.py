"""``loyalty-terminal``: the checkout window.

    loyalty-terminal --demo                 # throwaway demo store, simulated devices
    loyalty-terminal --config till.toml     # a real till
    loyalty-terminal --db PATH [--lang tr] [--now 2026-03-03T12:00:00-05:00]
"""

from __future__ import annotations

import argparse
import sys

from terminal.resource_files import resource_path


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="loyalty-terminal", description="Loyalty Terminal checkout window")
    parser.add_argument("--demo", action="store_true", help="run on a throwaway demo store with simulated devices")
    parser.add_argument("--config", help="terminal configuration (TOML)")
    parser.add_argument("--db", help="database path (default: the platform's user data dir, env LOYALTY_DB)")
    parser.add_argument("--lang", choices=("en", "tr"), help="language of the till")
    parser.add_argument("--now", help="fixed clock, ISO-8601 with offset (for demos and recordings)")
    parser.add_argument("--scanner", help="scanner URL, e.g. serial:///dev/ttyACM0 or sim:")
    parser.add_argument("--printer", help="receipt printer URL, e.g. tcp://10.0.0.5:9100 or sim:")
    parser.add_argument("--display", help="pole display URL")
    return parser.parse_args(argv)


def stylesheet() -> str:
    return resource_path("styles", "till.qss").read_text(encoding="utf-8")


def create_window(terminal, language: str = "en", **kwargs):
    """The checkout window for a built :class:`terminal.app.Terminal` (also used by tests)."""
    from .i18n import Translations
    from .main_window import CheckoutWindow, TillInfo
    translations = Translations()
    language = translations.install(language)
    settings = terminal.loyalty.settings()
    info = TillInfo(store=settings["store"] or "Loyalty Terminal", terminal=settings["terminal"],
                    hq_url=settings["hq_url"])
    kwargs.setdefault("sync_interval_ms", terminal.config.sync_interval_ms)
    kwargs.setdefault("cashier_sign_in", terminal.config.cashier_sign_in)
    return CheckoutWindow(terminal.loyalty, terminal.loyalty.program(), info, devices=terminal.devices,
                          sync=terminal.sync, translations=translations, language=language, **kwargs)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from terminal.app import TerminalConfig, build_terminal, demo_config

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Loyalty Terminal")
    app.setOrganizationName("LoyaltyTerminal")
    app.setStyleSheet(stylesheet())
    config = TerminalConfig.from_toml(args.config) if args.config else TerminalConfig()
    for name in ("db", "now", "scanner", "printer", "display"):
        if getattr(args, name):
            setattr(config, name, getattr(args, name))
    if args.demo:
        print("Building the demo store (a few seconds)…", file=sys.stderr)
        config = demo_config(config)
        print(f"Demo store in {config.temp_dir}; manager PIN 1234, cashier PIN 2580", file=sys.stderr)
    prefs = QSettings()
    language = args.lang or prefs.value("language") or config.language
    terminal = build_terminal(config)
    try:
        window = create_window(terminal, language)
        window.resize(1366, 768)
        geometry = prefs.value("geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.show()
        code = app.exec()
        prefs.setValue("geometry", window.saveGeometry())
        prefs.setValue("language", window.translations.language)
        window.shutdown()
        return code
    finally:
        terminal.close()


if __name__ == "__main__":
    sys.exit(main())
