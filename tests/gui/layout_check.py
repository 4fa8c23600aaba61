"""Does everything fit? Widgets of a window that lie outside it, stick out of their parent, or
show less text than they hold. Used by tests/gui/test_layout.py and make_screenshots.py.

Content inside a scroll area may extend past the visible part (it scrolls), so only the scroll
area itself is checked. Labels that elide on purpose (ElidedLabel) are allowed to shorten."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QPushButton,
                               QWidget)

SLACK = 1   # pixels of rounding


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QPushButton)):
        text = " " + repr(widget.text()[:40])
    return f"{type(widget).__name__}#{widget.objectName() or '-'}{text}"


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def text_clipped(widget: QWidget) -> str | None:
    """Why ``widget`` shows less than it holds, or None."""
    from terminal.ui.widgets import ElidedLabel
    if isinstance(widget, ElidedLabel) or widget.parentWidget() is not None and type(widget.parentWidget()).__name__ == "Banner":
        return None
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"needs {need} px of height, has {widget.height()}"
            return None
        need = widget.sizeHint().width()
        if need > widget.width() + SLACK:
            return f"needs {need} px of width, has {widget.width()}"
        return None
    if isinstance(widget, QPushButton):
        if widget.hasHeightForWidth():
            need = widget.heightForWidth(widget.width())
            return f"needs {need} px of height, has {widget.height()}" if need > widget.height() + SLACK else None
        if widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + SLACK:
                return f"needs {hint.width()} px of width, has {widget.width()}"
        return None
    if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
        # (a style sheet's min-height decides their height; their minimumSizeHint does not know it)
        need = QFontMetrics(widget.font()).height() + 8
        if need > widget.height() + SLACK:
            return f"needs {need} px of height for its text, has {widget.height()}"
    return None


def layout_problems(window: QWidget) -> list[str]:
    problems = []
    area = window.rect()
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not _visible(widget, window):
            continue
        if _scrolls(widget, window):   # may lie past the visible part (it scrolls), but its text must fit
            why = text_clipped(widget)
            if why:
                problems.append(f"{_name(widget)} is clipped: {why}")
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not area.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            problems.append(f"{_name(widget)} at {rect.getRect()} lies outside the window {area.getRect()}")
            continue
        parent = widget.parentWidget()
        if parent is not None and not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(widget.geometry()):
            if not isinstance(parent, QAbstractScrollArea):
                problems.append(f"{_name(widget)} sticks out of {_name(parent)}: {widget.geometry().getRect()} "
                                f"in {parent.rect().getRect()}")
                continue
        why = text_clipped(widget)
        if why:
            problems.append(f"{_name(widget)} is clipped: {why}")
    return problems


def offscreen_platform(width: int, height: int) -> str:
    """``QT_QPA_PLATFORM`` for Qt's offscreen platform with one screen of ``width`` x ``height``."""
    config = Path(tempfile.gettempdir()) / f"loyalty-offscreen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "till", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"
