"""The audit log: every manager action (and every wrong PIN), newest first, filtered by
store-local dates, staff member, action and member."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from .common import Screen, fill_table, make_table, title_label


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class AuditScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = title_label()
        today = ctx.loyalty.clock.now().astimezone(ctx.program.tz).date()
        self.date_from, self.date_to = _date_edit(), _date_edit()
        self.date_from.setDate(QDate(today.year, today.month, today.day).addDays(-30))
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        self.staff = QComboBox()
        self.action = QComboBox()
        for combo in (self.staff, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.member = QLineEdit()
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.activate)
        self.member.returnPressed.connect(self.activate)
        self.labels = [QLabel() for _ in range(3)]
        filters = QHBoxLayout()
        filters.addWidget(self.labels[0])
        filters.addWidget(self.date_from)
        filters.addWidget(self.labels[1])
        filters.addWidget(self.date_to)
        filters.addWidget(self.staff)
        filters.addWidget(self.action)
        filters.addWidget(self.member, 1)
        filters.addWidget(self.apply_button)
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        self.table = make_table(6, stretch=4)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(filters)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.count)
        self._staff_loaded = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Audit log")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        self.labels[0].setText(self.tr("From"))
        self.labels[1].setText(self.tr("to"))
        self.member.setPlaceholderText(self.tr("Member: card or phone"))
        self.apply_button.setText(self.tr("Show"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Staff"), self.tr("Action"), self.tr("Member"),
                                              self.tr("Reason"), self.tr("Details")])
        if self.staff.count():
            self.staff.setItemText(0, self.tr("All staff"))
        if self.action.count():
            self.action.setItemText(0, self.tr("All actions"))

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        d = edit.date()
        return date(d.year(), d.month(), d.day())

    def filters(self) -> dict:
        return {"date_from": self._day(self.date_from), "date_to": self._day(self.date_to),
                "staff": self.staff.currentData() or None, "action": self.action.currentData() or None,
                "member": self.member.text().strip() or None}

    def activate(self) -> None:
        if not self._staff_loaded:
            self.run(self.ctx.office.staff, self.ctx.session, on_done=self._staff_list)
        self.run(self.ctx.office.audit_log, self.ctx.session, on_done=self.show_entries, key="audit", **self.filters())

    def _staff_list(self, result: dict) -> None:
        self._staff_loaded = True
        self.staff.clear()
        self.staff.addItem(self.tr("All staff"), None)
        for s in result["staff"]:
            self.staff.addItem(s["name"], s["id"])

    def show_entries(self, result: dict) -> None:
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for action in result["actions"]:
            self.action.addItem(action, action)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen)) if chosen else 0)
        self.action.blockSignals(False)
        entries = result["entries"]
        fill_table(self.table, [[e["local"], e["staff"] or "—", e["action"], e["member"] or "", e["reason"],
                                 ", ".join(f"{k}: {v}" for k, v in sorted(e["details"].items()))] for e in entries],
                   keys=[e["id"] for e in entries])
        self.count.setText(self.tr("{count} entries (newest first, at most 500)").format(count=len(entries)))
