"""Finding the member: the phone field (formatted as it is typed), Find and Name search. The
touch keypad below it belongs to the window (it types into whichever field has the focus); the
messages ("no member has this phone: enroll?") go to the window's one banner."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .widgets import Retranslates
from .keypad import WHOLE_NUMBERS


class PhoneField(QLineEdit):
    """A phone number typed (or keyed on the keypad) is formatted as it grows, with
    phonenumbers' ``AsYouTypeFormatter`` for the store's region. Thirteen digits starting with
    the card prefix are left alone: a card number keyed by hand."""

    def __init__(self, region: str, card_prefix: str = "29", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.card_prefix = card_prefix
        self.setObjectName("phoneField")
        self.setProperty(WHOLE_NUMBERS, True)
        self.textEdited.connect(self._reformat)

    def digits(self) -> str:
        text = self.text()
        return ("+" if text.strip().startswith("+") else "") + "".join(c for c in text if c.isdigit())

    def append_digit(self, digit: str) -> None:
        self.setText(self.digits() + digit)
        self._reformat(self.text())

    def backspace_digit(self) -> None:
        self.setText(self.digits()[:-1])
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


class LookupPanel(Retranslates, QFrame):
    """Shown while no member is on the sale: the phone field, Find, and Name search."""

    lookup = Signal(str)
    search_requested = Signal()

    def __init__(self, region: str, card_prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName("lookupPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.phone = PhoneField(region, card_prefix)
        self.phone.returnPressed.connect(self._submit)
        self.find_button = QPushButton(objectName="findButton")
        self.find_button.setProperty("role", "primary")
        self.find_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.find_button.clicked.connect(self._submit)
        self.search_button = QPushButton(objectName="searchButton")
        self.search_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.search_button.clicked.connect(self.search_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.find_button, 3)
        buttons.addWidget(self.search_button, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.phone)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find the member"))
        self.hint.setText(self.tr("Scan the loyalty card anywhere, or type the phone number."))
        self.phone.setPlaceholderText(self.tr("Phone number"))
        self.find_button.setText(self.tr("Find (Enter)"))
        self.search_button.setText(self.tr("Name (F3)"))

    def _submit(self) -> None:
        text = self.phone.text().strip()
        if text:
            self.lookup.emit(text)

    def reset(self) -> None:
        self.phone.clear()
