"""Sync conflicts for managers: the list the head-office sync provides
(``Loyalty.list_conflicts()`` -> ``{"conflicts": [{"id","kind","member","detail","resolved"}]}``)
and resolving one with a note (``Loyalty.resolve_conflict(id, note, pin)``). Only the screen
lives here; what a conflict is and how it resolves belongs to ``terminal.sync``."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .common import fill_table, make_table, message_label, selected_key, show_message, title_label


class ConflictsPanel(QWidget):
    def __init__(self, ctx, screen) -> None:
        super().__init__()
        self.ctx, self.screen = ctx, screen
        self.heading = title_label()
        self.table = make_table(4, stretch=3)
        self.note = QLineEdit()
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(self.resolve)
        self.message = message_label()
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Conflicts"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Member"), self.tr("Detail"),
                                              self.tr("Resolved")])
        self.note.setPlaceholderText(self.tr("Note: what was done about it"))
        self.resolve_button.setText(self.tr("Resolve"))

    def activate(self) -> None:
        self.ctx.runner.submit(self.ctx.loyalty.list_conflicts, on_done=self.show_conflicts,
                               on_error=self.screen.failed)

    def show_conflicts(self, result: dict) -> None:
        rows = result["conflicts"]
        fill_table(self.table, [[c["kind"], c.get("member") or "", c.get("detail") or "",
                                 self.tr("yes") if c.get("resolved") else self.tr("no")] for c in rows],
                   keys=[c["id"] for c in rows])

    def resolve(self) -> None:
        conflict = selected_key(self.table)
        if conflict is None or not self.note.text().strip():
            show_message(self.message, self.tr("Select a conflict and write a note."), "warning")
            return
        self.ctx.runner.submit(self.ctx.loyalty.resolve_conflict, conflict, self.note.text().strip(), self.ctx.session,
                               on_done=lambda _r: (self.note.clear(), self.activate()), on_error=self.screen.failed)
