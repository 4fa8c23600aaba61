"""Staff: add cashiers and managers, reset a PIN, deactivate or reactivate (never the last
manager: the engine refuses), and the idle times after which the till and the back office sign
out."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from .common import Screen, fill_table, make_table, selected_key, title_label


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(12)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), field))
    return field


class StaffScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[dict] = []
        self.heading = title_label()
        self.table = make_table(4, stretch=0)
        self.table.itemSelectionChanged.connect(self._selection)
        self.name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem("", "cashier")
        self.role.addItem("", "manager")
        self.pin = _pin_field()
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add)
        self.new_pin = _pin_field()
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_pin)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        self.idle_till, self.idle_office = QSpinBox(), QSpinBox()
        for spin in (self.idle_till, self.idle_office):
            spin.setRange(0, 24 * 60)
        self.idle_button = QPushButton()
        self.idle_button.clicked.connect(self.save_idle)
        self.labels = [QLabel() for _ in range(5)]
        form = QGridLayout()
        form.addWidget(self.labels[0], 0, 0, 1, 4)
        form.addWidget(self.name, 1, 0)
        form.addWidget(self.role, 1, 1)
        form.addWidget(self.pin, 1, 2)
        form.addWidget(self.add_button, 1, 3)
        form.addWidget(self.labels[1], 2, 0, 1, 4)
        form.addWidget(self.new_pin, 3, 0, 1, 2)
        form.addWidget(self.reset_button, 3, 2)
        form.addWidget(self.active_button, 3, 3)
        form.addWidget(self.labels[2], 4, 0, 1, 4)
        idle = QHBoxLayout()
        idle.addWidget(self.labels[3])
        idle.addWidget(self.idle_till)
        idle.addWidget(self.labels[4])
        idle.addWidget(self.idle_office)
        idle.addWidget(self.idle_button)
        form.addLayout(idle, 5, 0, 1, 4)
        form.setColumnStretch(0, 2)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(form)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Staff")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Since")])
        self.labels[0].setText(self.tr("Add a staff member (a PIN of 4 to 12 digits, unique in the store):"))
        self.name.setPlaceholderText(self.tr("Name"))
        self.role.setItemText(0, self.tr("cashier"))
        self.role.setItemText(1, self.tr("manager"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.add_button.setText(self.tr("Add"))
        self.labels[1].setText(self.tr("The selected staff member:"))
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
        self.reset_button.setText(self.tr("Reset PIN"))
        self._selection()
        self.labels[2].setText(self.tr("Sign out after this many minutes without activity (0: never):"))
        self.labels[3].setText(self.tr("Till"))
        self.labels[4].setText(self.tr("Back office"))
        self.idle_button.setText(self.tr("Save"))
        self._fill()

    def activate(self) -> None:
        self.run(self.ctx.office.staff, self.ctx.session, on_done=self.show_staff, key="staff")

    def show_staff(self, result: dict) -> None:
        self.rows = result["staff"]
        self.idle_till.setValue(result["idle_seconds"]["till"] // 60)
        self.idle_office.setValue(result["idle_seconds"]["backoffice"] // 60)
        self._fill()

    def _fill(self) -> None:
        roles = {"cashier": self.tr("cashier"), "manager": self.tr("manager")}
        fill_table(self.table, [[s["name"], roles.get(s["role"], s["role"]),
                                 self.tr("active") if s["active"] else self.tr("deactivated"),
                                 self.ctx.fmt.date(s["created_at"])] for s in self.rows],
                   keys=[s["id"] for s in self.rows])

    def _selected(self) -> dict | None:
        key = selected_key(self.table)
        return next((s for s in self.rows if s["id"] == key), None)

    def _selection(self) -> None:
        chosen = self._selected()
        for widget in (self.reset_button, self.active_button, self.new_pin):
            widget.setEnabled(chosen is not None)
        self.active_button.setText(self.tr("Reactivate") if chosen and not chosen["active"] else self.tr("Deactivate"))

    def _done(self, message: str):
        def done(_result) -> None:
            self.say(message)
            self.activate()
        return done

    def add(self) -> None:
        self.run(self.ctx.office.add_staff, self.ctx.session, name=self.name.text(), role=self.role.currentData(),
                 pin=self.pin.text(), on_done=self._added)

    def _added(self, result: dict) -> None:
        self.name.clear()
        self.pin.clear()
        self._done(self.tr("{name} can now sign in.").format(name=result["staff"]["name"]))(result)

    def reset_pin(self) -> None:
        chosen = self._selected()
        self.run(self.ctx.office.reset_pin, self.ctx.session, chosen["id"], self.new_pin.text(),
                 on_done=self._done(self.tr("New PIN saved for {name}.").format(name=chosen["name"])))
        self.new_pin.clear()

    def toggle_active(self) -> None:
        chosen = self._selected()
        self.run(self.ctx.office.set_staff_active, self.ctx.session, chosen["id"], not chosen["active"],
                 on_done=self._done(self.tr("Saved. The change is in the audit log.")))

    def save_idle(self) -> None:
        office = self.ctx.office
        self.run(office.set_idle_seconds, self.ctx.session, "till", self.idle_till.value() * 60)
        self.run(office.set_idle_seconds, self.ctx.session, "backoffice", self.idle_office.value() * 60,
                 on_done=self._idle_saved)

    def _idle_saved(self, result: dict) -> None:
        self.show_staff(result)
        self.say(self.tr("Saved. The change is in the audit log."))
