"""Sync conflicts for managers: the list the projection records alike on every node
(``Loyalty.list_conflicts()``) and resolving one with a note (``Loyalty.resolve_conflict``).
Only the screen lives here; what a conflict is belongs to ``terminal.domain.projection``."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .common import fill_table, make_table, message_label, selected_key, show_message, title_label


def detail_text(detail) -> str:
    """A conflict's facts as "key: value" pairs (ids shortened), readable in one table cell."""
    if not isinstance(detail, dict):
        return "" if detail is None else str(detail)
    parts = []
    for key, value in detail.items():
        if isinstance(value, list):
            value = ", ".join(str(v)[:8] for v in value)
        elif isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
            value = value[:8]
        parts.append(f"{key.replace('_', ' ')}: {value}")
    return "; ".join(parts)


class ConflictsPanel(QWidget):
    def __init__(self, ctx, screen) -> None:
        super().__init__()
        self.ctx, self.screen = ctx, screen
        self.heading = title_label()
        self.table = make_table(5, stretch=2)
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
        self._heading()
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Member"), self.tr("Detail"),
                                              self.tr("Resolved"), self.tr("When")])
        self.note.setPlaceholderText(self.tr("Note: what was done about it"))
        self.resolve_button.setText(self.tr("Resolve"))

    def activate(self) -> None:
        self.ctx.runner.submit(self.ctx.loyalty.list_conflicts, on_done=self.show_conflicts,
                               on_error=self.screen.failed)

    def show_conflicts(self, result: dict) -> None:
        rows = result["conflicts"]
        fill_table(self.table, [[self.kind_text(c["kind"]), c.get("member_name") or c.get("member") or "",
                                 detail_text(c.get("detail")), self.tr("yes") if c.get("resolved") else self.tr("no"),
                                 self.when_text(c.get("at"))] for c in rows],
                   keys=[c["id"] for c in rows])
        self.waiting = len(rows)
        self._heading()

    def _heading(self) -> None:
        waiting = getattr(self, "waiting", None)
        self.heading.setText(self.tr("Conflicts") if waiting is None
                             else self.tr("Conflicts waiting: {count}").format(count=waiting))

    def kind_text(self, kind: str) -> str:
        return {
            "refund_exceeds_sale": self.tr("Refunds exceed the sale"),
            "voucher_reused": self.tr("Voucher used twice"),
            "overdrawn": self.tr("Points spent twice (balance below zero)"),
            "blocked_member_served": self.tr("Blocked member served offline"),
            "bonus_duplicate": self.tr("Bonus paid twice"),
            "duplicate_enrollment": self.tr("Same phone enrolled twice"),
            "merge_conflict": self.tr("Merges disagree"),
            "card_collision": self.tr("Card issued twice"),
            "duplicate_receipt_id": self.tr("External receipt id used twice"),
            "receipt_reused": self.tr("Receipt number reused"),
        }.get(kind, kind)

    def when_text(self, at: str | None) -> str:
        if not at:
            return ""
        from datetime import datetime
        return self.ctx.fmt.datetime(datetime.fromisoformat(at).astimezone(self.ctx.program.tz))

    def resolve(self) -> None:
        conflict = selected_key(self.table)
        if conflict is None or not self.note.text().strip():
            show_message(self.message, self.tr("Select a conflict and write a note."), "warning")
            return
        self.ctx.runner.submit(self.ctx.loyalty.resolve_conflict, conflict, self.note.text().strip(), self.ctx.session,
                               on_done=lambda _r: (self.note.clear(), self.activate()), on_error=self.screen.failed)
