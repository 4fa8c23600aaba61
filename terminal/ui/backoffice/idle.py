"""Signing out after a while without input: watches key presses, clicks and touches anywhere
in the application and fires :attr:`IdleWatcher.expired` when none came for ``seconds``.
0 seconds means never. The services end an idle session on their own too; this makes the
screen follow at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel}


class IdleWatcher(QObject):
    expired = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expired.emit)
        self._watching = False
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int, *, milliseconds: int | None = None) -> None:
        self.timer.setInterval(milliseconds if milliseconds is not None else max(0, int(seconds)) * 1000)
        if self.timer.interval() > 0 and not self._watching:   # watch input only when it matters
            QApplication.instance().installEventFilter(self)
            self._watching = True
        self.restart()

    def restart(self) -> None:
        if self.timer.interval() > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS:
            self.restart()
        return False
