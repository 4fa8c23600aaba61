"""Signing in with a PIN: a cashier's shift at the till ("till") or a manager's visit to the
back office ("backoffice", with the language choice that needs no PIN).

The PIN is checked by the engine on the worker thread; wrong PINs are counted and made to
wait there (``terminal.services.signin``). While the engine says to wait, the button stays
off and counts down; the message never says whose PIN it was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..i18n import LANGUAGES
from ..messages import error_text
from .common import message_label, show_message, title_label


class SignInDialog(QDialog):
    signed_in = Signal(dict)
    language_chosen = Signal(str)

    def __init__(self, loyalty, runner, purpose: str, *, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loyalty, self.runner, self.purpose = loyalty, runner, purpose
        self.setObjectName("shiftSignIn" if purpose == "till" else "backofficeSignIn")
        self.setModal(True)
        self.setMinimumWidth(620)
        self.heading = title_label()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.pin = QLineEdit()
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin))
        self.pin.returnPressed.connect(self.submit)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setVisible(purpose != "till")
        self.message = message_label()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.wait_left = 0

        row = QHBoxLayout()
        row.addWidget(self.pin, 1)
        row.addWidget(self.sign_in_button)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(language_row)
        layout.addWidget(self.cancel_button)
        self.retranslate()
        self.pin.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.purpose == "till":
            self.setWindowTitle(self.tr("Start of shift"))
            self.heading.setText(self.tr("Sign in to start your shift"))
            self.hint.setText(self.tr("Type your staff PIN. Every sale you ring up records your name."))
        else:
            self.setWindowTitle(self.tr("Back office"))
            self.heading.setText(self.tr("Back office"))
            self.hint.setText(self.tr("A manager's PIN opens the back office: daily summary, members, program, "
                                      "staff, devices and sync."))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Close (Esc)"))
        self.language_label.setText(self.tr("Language:"))
        self._tick_text()

    def reject(self) -> None:
        if self.purpose != "till":  # a shift cannot be skipped; the till waits for a PIN
            super().reject()

    def submit(self) -> None:
        pin = self.pin.text().strip()
        if not pin or self.wait_left:
            return
        self.sign_in_button.setEnabled(False)
        self.runner.submit(self.loyalty.sign_in, pin, self.purpose, on_done=self._done, on_error=self._failed)

    def _done(self, result: dict) -> None:
        self.pin.clear()
        show_message(self.message, None)
        self.sign_in_button.setEnabled(True)
        self.signed_in.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.pin.clear()
        self.pin.setFocus()
        self.sign_in_button.setEnabled(True)
        retry = getattr(exc, "retry_after", None)
        if retry:
            self.wait_left = int(retry)
            self.sign_in_button.setEnabled(False)
            self.countdown.start()
            self._tick_text()
            return
        show_message(self.message, error_text(exc))

    def _tick(self) -> None:
        self.wait_left = max(0, self.wait_left - 1)
        if not self.wait_left:
            self.countdown.stop()
            self.sign_in_button.setEnabled(True)
        self._tick_text()

    def _tick_text(self) -> None:
        if self.wait_left:
            show_message(self.message, self.tr("Too many wrong PINs. Try again in {seconds} s.").format(
                seconds=self.wait_left), "warning")
        elif self.message.property("severity") == "warning":
            show_message(self.message, None)
