"""Small pieces every back-office screen uses: the message line, read-only tables, and
:class:`Screen`, which runs engine calls on the back office's worker and shows errors in words."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from terminal.domain.text import strip_controls

from ..dialogs import _message as show_message  # the till's message line, shared
from ..messages import error_text


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def title_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "title")
    return label


def make_table(columns: int, *, stretch: int | None = None) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Any]], *, right: Sequence[int] = (),
               keys: Sequence[Any] | None = None) -> None:
    """Rows of plain values; text from outside loses its control characters on the way."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(strip_controls("" if value is None else str(value)))
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


def selected_key(table: QTableWidget):
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


class Screen(QWidget):
    """One module of the back office. ``activate()`` is called each time it is shown;
    ``retranslate()`` on a language change. ``run`` sends work to the worker thread."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = message_label()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)

    def title(self) -> str:
        return ""

    def activate(self) -> None:
        pass

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run(self, fn: Callable, *args, on_done: Callable | None = None, key: str | None = None, **kwargs) -> None:
        """``fn(*args)`` on the worker; the answer to ``on_done``, an error to the message line."""
        runner = self.ctx.runner
        if key:
            runner.submit_latest(key, fn, *args, on_done=on_done, on_error=self.failed, **kwargs)
        else:
            runner.submit(fn, *args, on_done=on_done, on_error=self.failed, **kwargs)
        self.ctx.touch()

    def say(self, text: str | None, severity: str = "success") -> None:
        show_message(self.message, text, severity)

    def failed(self, exc: BaseException) -> None:
        show_message(self.message, error_text(exc), "error")
        self.ctx.check_signed_out(exc)
