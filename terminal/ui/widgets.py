"""Small widgets the till's screens share: a scroll area that fits its content when it can, a
label that elides instead of pushing its neighbours away, and the style refresh after a
property change. Each exists so that content can grow without ever making the window grow."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QStackedWidget, QWidget

from terminal.domain.text import escape


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed (``severity``, ``state``)."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FitScrollArea(QScrollArea):
    """Asks for the height its content needs when there is room for it, and scrolls when there
    is not: its minimum height is small and fixed, so its content never enlarges the window."""

    def __init__(self, content: QWidget, min_height: int = 60, parent: QWidget | None = None, *,
                 max_hint: int | None = None) -> None:
        super().__init__(parent)
        self.min_height = min_height
        self.max_hint = max_hint   # asks for at most this much, even when the content wants more
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        content.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        # The content's layout changed (a label got longer): ask the outer layout again, which a
        # scroll area does not do by itself.
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(obj, event)

    def _content_height(self, width: int) -> int:
        content = self.widget()
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = max(self.width(), self.widget().minimumSizeHint().width())
        height = self._content_height(width)
        if self.max_hint is not None:
            height = min(height, self.max_hint)
        return QSize(self.widget().sizeHint().width(), max(height, self.min_height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.widget().minimumSizeHint().width(), self.min_height)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False  # a fixed minimum: the window's minimum height never depends on this content

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()   # wrapped text is taller when narrower: ask for the height again


class ElidedLabel(QLabel):
    """One line of text that shortens itself with "…" when space is short (the full text is its
    tooltip), and asks for no minimum width, so long names and translations never clip others.

    It shows names from outside: always as plain text (a name like ``<img src=...>`` is not
    HTML here), with control characters and bidi overrides shown as escapes
    (``terminal.domain.text.escape``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text or ""
        self._elide()

    def text(self) -> str:
        return self._full

    def full_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance(self._full) + 2 * self.margin() + 2

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(self.full_width(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        full = escape(self._full)
        shown = metrics.elidedText(full, Qt.TextElideMode.ElideRight, max(self.width() - 2 * self.margin(), 0))
        super().setText(shown)
        self.setToolTip(plain_tooltip(full) if shown != full else "")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt would take text that looks like HTML as HTML,
    so such text is escaped inside a paragraph (plain text stays as it is)."""
    return "<p>" + html.escape(text) + "</p>" if "<" in text or "&" in text else text


class PageStack(QStackedWidget):
    """A stacked widget that asks for the size of the page it shows, not of its largest page."""

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class Retranslates:
    """A mix-in for widgets that show words: on ``QEvent.LanguageChange`` (a translator was
    installed) they call their ``retranslate()``. Put it before the Qt class:
    ``class Panel(Retranslates, QFrame)``."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
