"""The touch keypad: digits, the locale's decimal key, backspace, clear and Enter, typed into
the field that has the focus (the phone, the amount, a product code, a PIN...).

The keys never take the focus, so the field the cashier touched keeps it. Keys act on the field
directly (insert, backspace, Enter), not through synthesized key events, so the keyboard-wedge
filter never mistakes a quick tap for a scanner. The decimal key is off for fields that take
whole numbers only (phones, PINs, points).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from .widgets import Retranslates

BACKSPACE, CLEAR, ENTER = "⌫", "C", "⏎"
WHOLE_NUMBERS = "wholeNumbers"   # a dynamic property: the field takes no decimal point


class Keypad(Retranslates, QWidget):
    pressed = Signal(str)   # the key, after it was applied (for tests and the window)

    def __init__(self, target: Callable[[], QWidget | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        self.target = target
        self.decimal_point = "."
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        layout = [("7", 0, 0, 1, 1), ("8", 0, 1, 1, 1), ("9", 0, 2, 1, 1), (BACKSPACE, 0, 3, 1, 1),
                  ("4", 1, 0, 1, 1), ("5", 1, 1, 1, 1), ("6", 1, 2, 1, 1), (CLEAR, 1, 3, 1, 1),
                  ("1", 2, 0, 1, 1), ("2", 2, 1, 1, 1), ("3", 2, 2, 1, 1), (ENTER, 2, 3, 2, 1),
                  ("0", 3, 0, 1, 2), (".", 3, 2, 1, 1)]
        for key, row, column, rows, columns in layout:
            button = QPushButton(key)
            button.setProperty("role", "key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the field keeps the focus
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setAutoRepeat(key == BACKSPACE)
            button.clicked.connect(lambda _checked=False, k=key: self.press(k))
            grid.addWidget(button, row, column, rows, columns)
            self.buttons[key] = button
        self.buttons[ENTER].setProperty("role", "keyEnter")
        for row in range(4):
            grid.setRowStretch(row, 1)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    @property
    def decimal_button(self) -> QPushButton:
        return self.buttons["."]

    def set_decimal_point(self, point: str) -> None:
        """The locale's decimal separator ("." in English, "," in Turkish)."""
        self.decimal_point = point
        self.decimal_button.setText(point)
        self.refresh()

    def retranslate(self) -> None:
        self.buttons[BACKSPACE].setToolTip(self.tr("Delete the last character"))
        self.buttons[CLEAR].setToolTip(self.tr("Clear the field"))
        self.buttons[ENTER].setToolTip(self.tr("Enter"))

    # -- typing ------------------------------------------------------------------------------------
    def field(self) -> QWidget | None:
        """The field the keys type into (a line edit, or a spin box), if any."""
        target = self.target()
        if isinstance(target, QAbstractSpinBox) or (isinstance(target, QLineEdit) and not target.isReadOnly()):
            return target if target.isEnabled() else None
        return None

    def takes_decimals(self, field: QWidget | None) -> bool:
        if field is None or isinstance(field, QAbstractSpinBox) or field.property(WHOLE_NUMBERS):
            return False
        return field.echoMode() == QLineEdit.EchoMode.Normal

    def press(self, key: str) -> None:
        field = self.field()
        if field is None:
            return
        editor = field.lineEdit() if isinstance(field, QAbstractSpinBox) else field
        if key == ENTER:
            if isinstance(field, QAbstractSpinBox):
                field.interpretText()
                field.editingFinished.emit()
            else:
                field.returnPressed.emit()
        elif key == BACKSPACE:
            backspace = getattr(field, "backspace_digit", None)   # the phone field reformats as it goes
            (backspace or editor.backspace)()
        elif key == CLEAR:
            editor.clear()
        elif key == ".":
            if self.takes_decimals(field):
                editor.insert(self.decimal_point)
        else:
            append = getattr(field, "append_digit", None)
            (append or editor.insert)(key)
        self.pressed.emit(key)

    def refresh(self) -> None:
        field = self.field()
        self.decimal_button.setEnabled(self.takes_decimals(field))
        for key, button in self.buttons.items():
            if key != ".":
                button.setEnabled(field is not None)

    def _focus_changed(self, _old, _new) -> None:
        try:
            self.refresh()
        except RuntimeError:  # the keypad was deleted on the C++ side: the signal outlived it
            pass
