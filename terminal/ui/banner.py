"""The till's one message line.

One banner at a time: a new message replaces the one showing, and the next success clears an
error (the window calls :meth:`Banner.clear_problem`). The banner's height never changes, so a
message never pushes the screen down: when no message is showing it gives a hint of what to do
next, and a message too long for its two lines is shortened with "…" (the full text is in its
tooltip). An optional action button offers the obvious next step ("Enroll this customer").
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from terminal.domain.text import escape

from .widgets import plain_tooltip, restyle

LINES = 2
PROBLEMS = ("error", "warning")


class Banner(QFrame):
    action_requested = Signal(str)   # the action's key, e.g. "enroll"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.severity = "hint"
        self.text = ""
        self.hint = ""
        self.action: str | None = None
        self.label = QLabel(objectName="bannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)   # a name in a message is never HTML
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.button = QPushButton(objectName="bannerAction")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(lambda: self.action_requested.emit(self.action or ""))
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.setSpacing(10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._apply()

    # -- API -------------------------------------------------------------------------------------
    def show_message(self, severity: str, text: str | None, action: str | None = None,
                     action_text: str = "") -> None:
        """``severity``: info, success, warning or error. ``None`` text clears."""
        if not text:
            self.clear()
            return
        self.severity, self.text, self.action = severity, text, action
        self.button.setText(action_text)
        self._apply()

    def clear(self) -> None:
        self.severity, self.text, self.action = "hint", "", None
        self._apply()

    def clear_problem(self) -> None:
        """A success happened: an error or warning about what came before is no longer true."""
        if self.severity in PROBLEMS:
            self.clear()

    def set_hint(self, hint: str) -> None:
        """What to do next, shown while no message is."""
        self.hint = hint
        if self.severity == "hint":
            self._apply()

    def message(self) -> str:
        return self.text

    # -- layout ----------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self._height())

    def _height(self) -> int:
        line = QFontMetrics(self.label.font()).lineSpacing()
        margins = self.layout().contentsMargins()
        return max(LINES * line + 8 + margins.top() + margins.bottom(), self.button.sizeHint().height() + 8)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _apply(self) -> None:
        self.setFixedHeight(self._height())
        self.setProperty("severity", self.severity)
        restyle(self)
        restyle(self.label)
        self.button.setVisible(bool(self.action))
        self._fit()

    def _fit(self) -> None:
        """The text, shortened with "…" to what fits in the banner's lines."""
        text = escape(self.text or self.hint)   # messages quote names: never a control character
        width = self.label.width()
        if width <= 0:
            self.label.setText(text)
            return
        room = self.height() - 8
        self.label.setText(text)
        if self.label.heightForWidth(width) <= room:
            self.label.setToolTip("")
            return
        low, high = 0, len(text)
        while low < high:   # the longest prefix that fits with an ellipsis
            middle = (low + high + 1) // 2
            self.label.setText(text[:middle].rstrip() + "…")
            if self.label.heightForWidth(width) <= room:
                low = middle
            else:
                high = middle - 1
        self.label.setText(text[:low].rstrip() + "…")
        self.label.setToolTip(plain_tooltip(text))
