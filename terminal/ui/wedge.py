"""The keyboard-wedge scanner inside the window: a Qt event filter around the hardware
layer's :class:`~hardware.scanning.WedgeClassifier`.

A wedge scanner types its code as a burst of key presses ended by Enter. The filter is
installed on the application; it looks at each key press aimed at the focused widget of the
window it guards, and feeds the key to the classifier, which reads an *injected monotonic
clock* (synthesized Qt key events carry timestamp 0, so event timestamps are never used):

* ``PENDING`` - the key is held back (swallowed for now);
* ``SCAN`` - the burst was a scan: the held keys are dropped and :attr:`WedgeFilter.scanned`
  is emitted with the code, whichever widget had focus ("scan anywhere in the window");
* ``RELEASE`` - a person typed: the held key presses are delivered again, in order, to the
  widget they were aimed at, so typing works exactly as without the filter.

A short timer releases what is held once no key has been processed for ``release_after``
seconds (the last key a person typed appears then). That is processing time, so it is longer
than ``max_gap``: keys still queued behind a stall of the event loop must not be mistaken for
the end of a burst. Keys with Ctrl/Alt/Meta, and keys without text (function keys, arrows),
are never held: they release what is held and pass through.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from hardware.scanning import Kind, WedgeClassifier

_TERMINATOR_KEYS = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


class WedgeFilter(QObject):
    scanned = Signal(str)

    def __init__(self, window: QWidget, *, clock: Callable[[], float] = time.monotonic, max_gap: float = 0.030,
                 min_length: int = 6, poll_ms: int = 10, release_after: float = 0.2,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.clock = clock
        self.release_after = release_after
        self.classifier = WedgeClassifier(max_gap=max_gap, min_length=min_length, clock=clock)
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._held_basis: str | None = None      # "event" (key timestamps) or "clock"
        self._last_processed = 0.0
        self._replaying = False
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    # -- filter --------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not self._aimed_at_window(obj):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        text = self._text_of(key_event)
        if text is None:
            # A command key: whatever was held was typed by a person; let this key through.
            if self._held:
                self._deliver(self.classifier.feed("\x00"), include_current=False)
            return False
        stamp = key_event.timestamp()
        basis = "event" if stamp else "clock"
        if self._held and basis != self._held_basis:
            # Times in two bases cannot be compared: what is held was not part of this burst.
            self._deliver(self.classifier.feed("\x00"), include_current=False)
        copy = QKeyEvent(key_event.type(), key_event.key(), key_event.modifiers(), key_event.text(),
                         key_event.isAutoRepeat(), key_event.count())
        self._held.append((obj, copy))  # type: ignore[arg-type]
        self._held_basis = basis
        self._last_processed = self.clock()
        decision = self.classifier.feed(text, now=stamp / 1000.0 if stamp else self._last_processed)
        if decision.kind is Kind.PENDING:
            self._timer.start()
            return True
        if decision.kind is Kind.SCAN:
            self._held.clear()
            self._timer.stop()
            self.scanned.emit(decision.code)
            return True
        self._deliver(decision, include_current=True)
        return True

    def _aimed_at_window(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget) or not self._guards(obj.window()):
            return False
        focus = QApplication.focusWidget()
        return obj is focus if focus is not None else obj is obj.window()

    def _guards(self, window: QWidget) -> bool:
        """The guarded window itself, or one of its dialogs (scan a card into enrolment)."""
        while window is not None:
            if window is self.window:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False

    @staticmethod
    def _text_of(event: QKeyEvent) -> str | None:
        if event.modifiers() & _COMMAND_MODIFIERS:
            return None
        if event.key() in _TERMINATOR_KEYS:
            return _TERMINATOR_KEYS[event.key()]
        text = event.text()
        if len(text) == 1 and text.isprintable():
            return text
        return None

    # -- delivery ------------------------------------------------------------------------------
    def _deliver(self, decision, *, include_current: bool) -> None:
        """Re-send the held key presses the classifier released, oldest first."""
        count = len(decision.keys) if include_current else len(self._held)
        release, self._held = self._held[:count], self._held[count:]
        if not self._held:
            self._timer.stop()
        self._replaying = True
        try:
            for target, event in release:
                receiver = target if _alive(target) else QApplication.focusWidget()
                if receiver is not None:
                    QApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False

    def _poll(self) -> None:
        if self._held and self.clock() - self._last_processed > self.release_after:
            decision = self.classifier.release()
            if decision is not None:
                self._deliver(decision, include_current=True)
        if not self._held:
            self._timer.stop()


def _alive(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # deleted on the C++ side
        return False
