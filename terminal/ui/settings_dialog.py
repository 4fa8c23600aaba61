"""Settings (language) and the manager area behind a PIN: adjust a member's points, block or
unblock them. The PIN is checked by the engine on every manager action (and first by
``sign_in`` so the cashier sees at once whether it is a manager's)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from .dialogs import _message
from .i18n import LANGUAGES
from .messages import error_text


class SettingsDialog(QDialog):
    language_chosen = Signal(str)
    member_changed = Signal(dict)

    def __init__(self, ctx, member: dict | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.manager: dict | None = None
        self.setObjectName("settingsDialog")
        self.setModal(True)
        self.setMinimumWidth(760)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.translations.language), 0))
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))

        self.manager_box = QFrame()
        self.manager_box.setProperty("role", "card")
        self.manager_title = QLabel()
        self.manager_title.setProperty("role", "title")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.returnPressed.connect(self.sign_in)
        self.sign_in_button = QPushButton()
        self.sign_in_button.clicked.connect(self.sign_in)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.points_label = QLabel()
        self.points = QSpinBox()
        self.points.setRange(-100000, 100000)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.adjust_button = QPushButton()
        self.adjust_button.clicked.connect(self.adjust)
        self.block_button = QPushButton()
        self.block_button.setProperty("role", "danger")
        self.block_button.clicked.connect(self.toggle_block)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)

        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.sign_in_button)
        self.form = QFormLayout()
        self.form.addRow(self.points_label, self.points)
        self.form.addRow(self.reason_label, self.reason)
        actions = QHBoxLayout()
        actions.addWidget(self.adjust_button)
        actions.addWidget(self.block_button)
        box = QVBoxLayout(self.manager_box)
        box.addWidget(self.manager_title)
        box.addLayout(pin_row)
        box.addWidget(self.who)
        box.addLayout(self.form)
        box.addLayout(actions)
        box.addWidget(self.message)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(language_row)
        layout.addWidget(self.manager_box)
        layout.addWidget(self.close_button)
        self.retranslate()
        self.pin.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.heading.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Language:"))
        self.manager_title.setText(self.tr("Manager"))
        self.pin.setPlaceholderText(self.tr("Manager PIN"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.points_label.setText(self.tr("Points (+/−):"))
        self.reason_label.setText(self.tr("Reason:"))
        self.reason.setPlaceholderText(self.tr("required, e.g. goodwill for a late order"))
        self.adjust_button.setText(self.tr("Adjust points"))
        blocked = self.member is not None and self.member["status"] == "blocked"
        self.block_button.setText(self.tr("Unblock member") if blocked else self.tr("Block member"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self._fill_who()

    def _fill_who(self) -> None:
        signed = self.manager is not None
        for widget in (self.points, self.reason, self.adjust_button, self.block_button):
            widget.setEnabled(signed and self.member is not None)
        if not signed:
            self.who.setText(self.tr("Sign in with a manager PIN to adjust points or block a member."))
        elif self.member is None:
            self.who.setText(self.tr("Signed in as {name}. Find a member first to change their account.")
                             .format(name=self.manager["name"]))
        else:
            self.who.setText(self.tr("Signed in as {name}. Member: {member} ({points} points, {status}).").format(
                name=self.manager["name"], member=self.member["name"], points=self.ctx.fmt.points(self.member["balance"]),
                status=self.member["status"]))

    def sign_in(self) -> None:
        pin = self.pin.text().strip()
        if pin:
            self.ctx.runner.submit(self.ctx.loyalty.sign_in, pin, on_done=self._signed_in, on_error=self._failed)

    def _signed_in(self, staff: dict | None) -> None:
        if staff is None or staff["role"] != "manager":
            self.manager = None
            _message(self.message, self.tr("That PIN is not a manager's PIN."))
        else:
            self.manager = staff
            _message(self.message, None)
        self._fill_who()

    def adjust(self) -> None:
        if not self.reason.text().strip() or self.points.value() == 0:
            _message(self.message, self.tr("Type the points and a reason."))
            return
        self.ctx.runner.submit(self.ctx.loyalty.adjust, self.member["id"], self.points.value(),
                               self.reason.text().strip(), self.pin.text().strip(),
                               on_done=self._changed, on_error=self._failed)

    def toggle_block(self) -> None:
        blocked = self.member["status"] == "blocked"
        reason = self.reason.text().strip() or None
        self.ctx.runner.submit(self.ctx.loyalty.block, self.member["id"], self.pin.text().strip(), not blocked, reason,
                               on_done=self._changed, on_error=self._failed)

    def _changed(self, result: dict) -> None:
        self.member = result["member"]
        self.member_changed.emit(result["member"])
        _message(self.message, self.tr("Saved. The change is in the audit log."), "success")
        self.points.setValue(0)
        self.reason.clear()
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        _message(self.message, error_text(exc, self.ctx.fmt))
