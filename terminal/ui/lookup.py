"""Finding the member: the phone field with live formatting and the numeric keypad."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)


class PhoneField(QLineEdit):
    """A phone number typed (or keyed on the keypad) is formatted as it grows, with
    phonenumbers' ``AsYouTypeFormatter`` for the store's region. Thirteen digits starting with
    the card prefix are left alone: a card number keyed by hand."""

    def __init__(self, region: str, card_prefix: str = "29", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.card_prefix = card_prefix
        self.setObjectName("phoneField")
        self.textEdited.connect(self._reformat)

    def digits(self) -> str:
        text = self.text()
        return ("+" if text.strip().startswith("+") else "") + "".join(c for c in text if c.isdigit())

    def append(self, digit: str) -> None:
        self.setText(self.digits() + digit)
        self._reformat(self.text())

    def backspace(self) -> None:
        digits = self.digits()
        self.setText(digits[:-1])
        self._reformat(self.text())

    def _reformat(self, text: str) -> None:
        raw = ("+" if text.strip().startswith("+") else "") + "".join(c for c in text if c.isdigit())
        if len(raw) >= 12 and raw.startswith(self.card_prefix) and not raw.startswith("+"):
            formatted = raw  # a card number keyed by hand
        else:
            formatter = phonenumbers.AsYouTypeFormatter(self.region)
            formatted = ""
            for char in raw:
                formatted = formatter.input_digit(char)
        if formatted != text:
            self.setText(formatted)
            self.setCursorPosition(len(formatted))


class Keypad(QWidget):
    """A touch keypad: digits, backspace, clear and a wide Find key."""

    digit = Signal(str)
    backspace = Signal()
    clear = Signal()
    enter = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(8)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "⌫"]
        for i, key in enumerate(keys):
            button = QPushButton(key)
            button.setProperty("role", "key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the phone field keeps the focus
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.buttons[key] = button
            grid.addWidget(button, i // 3, i % 3)
            if key.isdigit():
                button.clicked.connect(lambda _=False, k=key: self.digit.emit(k))
        self.buttons["⌫"].clicked.connect(self.backspace)
        self.buttons["C"].clicked.connect(self.clear)
        self.find_button = QPushButton()
        self.find_button.setProperty("role", "primary")
        self.find_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.find_button.clicked.connect(self.enter)
        grid.addWidget(self.find_button, 4, 0, 1, 3)
        self.retranslate()

    def retranslate(self) -> None:
        self.find_button.setText(self.tr("Find member (Enter)"))
        self.buttons["⌫"].setToolTip(self.tr("Delete the last digit"))
        self.buttons["C"].setToolTip(self.tr("Clear the number"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LookupPanel(QFrame):
    """Shown while no member is on the sale: phone field, keypad, name search, enrol offer."""

    lookup = Signal(str)
    search_requested = Signal()
    enroll_requested = Signal(str)

    def __init__(self, region: str, card_prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.phone = PhoneField(region, card_prefix)
        self.phone.returnPressed.connect(self._submit)
        self.keypad = Keypad()
        self.keypad.digit.connect(self.phone.append)
        self.keypad.backspace.connect(self.phone.backspace)
        self.keypad.clear.connect(self.reset)
        self.keypad.enter.connect(self._submit)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.enroll_button = QPushButton()
        self.enroll_button.clicked.connect(lambda: self.enroll_requested.emit(self.phone.text()))
        self.enroll_button.hide()
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search_requested)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.phone)
        layout.addWidget(self.notice)
        layout.addWidget(self.enroll_button)
        layout.addWidget(self.keypad, 1)
        layout.addWidget(self.search_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find the member"))
        self.hint.setText(self.tr("Scan the loyalty card anywhere, or type the phone number."))
        self.phone.setPlaceholderText(self.tr("Phone number"))
        self.enroll_button.setText(self.tr("Enroll this customer (F4)"))
        self.search_button.setText(self.tr("Search by name (F3)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        text = self.phone.text().strip()
        if text:
            self.lookup.emit(text)

    def reset(self) -> None:
        self.phone.clear()
        self.show_notice(None)

    def show_notice(self, text: str | None, severity: str = "info", offer_enroll: bool = False) -> None:
        self.notice.setVisible(bool(text))
        self.notice.setText(text or "")
        self.notice.setProperty("severity", severity)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.enroll_button.setVisible(offer_enroll)
