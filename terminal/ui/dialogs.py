"""The till's dialogs: enrolment, refund, name search, a yes/no question, the receipt preview.

Every engine call goes through the window's worker (``ctx.runner``); answers come back on the
GUI thread, and an answer that arrives after its dialog closed is dropped. Errors are shown
inside the dialog, in the till's words (:func:`terminal.ui.messages.error_text`), never as the
engine's English or a stack trace. Each dialog fits a 1024x768 screen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from hardware.scanning import classify
from terminal.receipts import line_name

from .formatting import AmountRefused
from .keypad import WHOLE_NUMBERS, Keypad
from .lookup import PhoneField
from .messages import amount_text, error_text
from .receipt_mapping import TillWording
from .widgets import Retranslates, restyle


def _message(label: QLabel, text: str | None, severity: str = "error") -> None:
    label.setVisible(bool(text))
    label.setText(text or "")
    label.setProperty("severity", severity)
    restyle(label)


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, or to what the screen has room for."""
    screen = (dialog.parentWidget() or dialog).screen().availableGeometry()
    dialog.resize(min(width, screen.width() - 20), min(height, screen.height() - 40))


class TillDialog(Retranslates, QDialog):
    """Drops answers that arrive after the dialog closed (its widgets may be gone by then)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.closed = False
        self.setModal(True)
        self.finished.connect(self._finished)

    def _finished(self, _result: int) -> None:
        self.closed = True

    def showEvent(self, event) -> None:  # noqa: N802
        # Enter belongs to the field that has the focus (find, pick, refund...): it must never
        # also press whichever button Qt would make the dialog's default (Close, say).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        super().showEvent(event)

    def alive(self, callback):
        """``callback`` wrapped so it does nothing once the dialog is closed."""
        def call(*args):
            if not self.closed:
                callback(*args)
        return call


class EnrollDialog(TillDialog):
    """Enrolment on the spot. A pre-printed card may be scanned while this is open; without
    one, the engine generates a number and a card slip is printed."""

    enrolled = Signal(dict)

    def __init__(self, ctx, phone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("enrollDialog")
        self.setMinimumWidth(min(860, ctx.screen().availableGeometry().width() - 40))
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.name = QLineEdit()
        self.phone = PhoneField(ctx.program.region, ctx.program.card_prefix)
        self.phone.setObjectName("")
        if phone:
            self.phone.setText(phone)
        self.email = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setInputMask("0000-00-00;_")
        self.referrer = QLineEdit()
        self.card = QLineEdit()
        self.consent = QCheckBox()
        self.print_slip = QCheckBox()
        self.print_slip.setChecked(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.ok = QPushButton()
        self.ok.setProperty("role", "primary")
        self.ok.clicked.connect(self.submit)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.name, self.phone, self.email, self.birthday, self.referrer, self.card)):
            self.form.addRow(label, field)
        self.form.addRow(self.consent)      # full width: long texts (Turkish) are not clipped
        self.form.addRow(self.print_slip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.retranslate()
        (self.phone if not phone else self.name).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enroll a new member"))
        self.heading.setText(self.tr("Enroll a new member"))
        for label, text in zip(self.labels, (self.tr("Name"), self.tr("Phone"), self.tr("Email (optional)"),
                                             self.tr("Birthday (optional)"), self.tr("Referred by (card or phone)"),
                                             self.tr("Card"))):
            label.setText(text)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.referrer.setPlaceholderText(self.tr("optional"))
        self.card.setPlaceholderText(self.tr("scan a pre-printed card, or leave empty"))
        self.consent.setText(self.tr("The customer agrees to receive offers"))
        self.print_slip.setText(self.tr("Print a card slip for a new card number"))
        self.ok.setText(self.tr("Enroll (Ctrl+Enter)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def accept_scan(self, code: str) -> bool:
        """A card scanned while the dialog is open is the pre-printed card to enrol with."""
        if classify(code, self.ctx.program.card_prefix) != "card":
            return False
        self.card.setText(code)
        return True

    def submit(self) -> None:
        if not self.name.text().strip():
            _message(self.error, self.tr("Please type the member's name."))
            self.name.setFocus()
            return
        birthday = self.birthday.text().strip("-_ ")
        fields = dict(name=self.name.text().strip(), phone=self.phone.text().strip(),
                      email=self.email.text().strip() or None, birthday=birthday or None,
                      card=self.card.text().strip() or None, referrer=self.referrer.text().strip() or None,
                      marketing_consent=self.consent.isChecked())
        self.ok.setEnabled(False)
        _message(self.error, self.tr("Enrolling…"), "info")
        self.ctx.runner.submit(self.ctx.loyalty.enroll, **fields, on_done=self.alive(self._done),
                               on_error=self.alive(self._failed))

    def _done(self, result: dict) -> None:
        self.ok.setEnabled(True)
        self.result_member = result["member"]
        self.enrolled.emit(result["member"])
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        card = self.card.text().strip()
        _message(self.error, error_text(exc, self.ctx.fmt, phone=self.phone.text().strip(), card=card,
                                        ref=self.referrer.text().strip() or card))


class RefundDialog(TillDialog):
    """Refund by scanning the receipt's barcode or typing its number: chosen lines, or an
    amount, or everything left. Above the till's limit a manager types their PIN (the engine
    checks it). A refund slip is printed: money back, points taken back and returned."""

    refunded = Signal(dict)

    def __init__(self, ctx, receipt: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sale: dict | None = None
        self.setObjectName("refundDialog")
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.receipt = QLineEdit(receipt, objectName="receiptField")
        self.receipt.returnPressed.connect(self.find)
        self.find_button = QPushButton()
        self.find_button.clicked.connect(self.find)
        self.summary = QLabel(objectName="refundSummary")
        self.summary.setWordWrap(True)
        self.lines_label = QLabel()
        self.lines = QListWidget(objectName="refundLines")
        self.lines.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.lines.itemChanged.connect(self._lines_ticked)
        self.amount_label = QLabel()
        self.amount = QLineEdit(objectName="refundAmount")
        self.amount.returnPressed.connect(self.submit)
        self.amount.textEdited.connect(lambda _t: self._fill_pin())
        self.pin_label = QLabel()
        self.pin = QLineEdit(objectName="managerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setProperty(WHOLE_NUMBERS, True)
        self.pin.returnPressed.connect(self.submit)
        self.message = QLabel(objectName="refundMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.ok = QPushButton(objectName="refundButton")
        self.ok.setProperty("role", "danger")
        self.ok.setEnabled(False)
        self.ok.clicked.connect(self.submit)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.keypad = Keypad(self._keypad_target)
        self.keypad.set_decimal_point(ctx.fmt.decimal_point)
        self.keypad.setMinimumWidth(260)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

        row = QHBoxLayout()
        row.addWidget(self.receipt, 1)
        row.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.pin_label, self.pin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.ok, 2)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addLayout(row)
        left.addWidget(self.summary)
        left.addWidget(self.lines_label)
        left.addWidget(self.lines, 1)
        left.addLayout(form)
        left.addWidget(self.message)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.keypad, 1)
        fit_to_screen(self, 1000, 700)
        self.retranslate()
        self._fill_pin()
        self.receipt.setFocus()
        if receipt:
            self.find()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refund"))
        self.heading.setText(self.tr("Refund a sale"))
        self.receipt.setPlaceholderText(self.tr("Scan the receipt barcode or type its number"))
        self.find_button.setText(self.tr("Find sale (Enter)"))
        self.lines_label.setText(self.tr("Tick the lines to refund, or type an amount:"))
        self.amount_label.setText(self.tr("Amount:"))
        self.amount.setPlaceholderText(self.tr("empty: everything left"))
        self.pin_label.setText(self.tr("Manager PIN:"))
        self.pin.setPlaceholderText(self.tr("needed above {limit}").format(limit=self._limit_text()))
        self.ok.setText(self.tr("Refund (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self._fill_summary()
        self._fill_lines()

    def _limit_text(self) -> str:
        limit = self.ctx.options.refund_pin_above
        return self.ctx.fmt.money(limit) if limit is not None else "—"

    def _keypad_target(self):
        focus = QApplication.focusWidget()
        return focus if focus is not None and self.isAncestorOf(focus) else self.amount

    def accept_scan(self, code: str) -> bool:
        self.receipt.setText(code)
        self.find()
        return True

    # -- the sale --------------------------------------------------------------------------------
    def find(self) -> None:
        number = self.receipt.text().strip()
        if not number:
            return
        self.ok.setEnabled(False)
        self.ctx.runner.submit(self.ctx.loyalty.sale_record, number, on_done=self.alive(self._found),
                               on_error=self.alive(lambda exc: self._failed(exc, receipt=number)))

    def _found(self, sale: dict, keep_message: bool = False) -> None:
        self.sale = sale
        if not keep_message:
            _message(self.message, None)
        self._fill_summary()
        self._fill_lines()
        self.ok.setEnabled(not sale.get("fully_refunded"))
        self.amount.clear()
        self._fill_pin()
        self.amount.setFocus()

    def left_to_refund(self) -> int:
        if self.sale is None:
            return 0
        currency = self.ctx.program.currency
        return currency.parse(self.sale["paid"]) - currency.parse(self.sale["refunded"])

    def _fill_summary(self) -> None:
        s, fmt = self.sale, self.ctx.fmt
        if s is None:
            self.summary.setText("")
            return
        at = datetime.fromisoformat(s["at"]).astimezone(self.ctx.program.tz)
        lines = [self.tr("Receipt {receipt} of {date}").format(receipt=s["receipt"], date=fmt.datetime(at)),
                 self.tr("Paid {paid} (total {total}); refunded so far {refunded}; left {left}").format(
                     paid=fmt.money(s["paid"]), total=fmt.money(s["total"]), refunded=fmt.money(s["refunded"]),
                     left=fmt.money(self.left_to_refund()))]
        if s.get("member_summary"):
            lines.append(self.tr("Member {name}: earned {points} points with this sale").format(
                name=s["member_summary"]["name"], points=fmt.points(s["points_earned"] + s["bonus_points"])))
        if s.get("fully_refunded"):
            lines.append(self.tr("This sale is already fully refunded."))
        self.summary.setText("\n".join(lines))

    def _fill_lines(self) -> None:
        ticked = set(self.chosen_lines())
        self.lines.blockSignals(True)
        self.lines.clear()
        fmt = self.ctx.fmt
        for index, line in enumerate((self.sale or {}).get("lines") or []):
            item = QListWidgetItem(self.tr("{qty} × {name}: paid {paid}").format(
                qty=line["quantity"], name=line_name(line, TillWording(fmt)), paid=fmt.money(line["paid"])))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if index in ticked else Qt.CheckState.Unchecked)
            self.lines.addItem(item)
        self.lines.blockSignals(False)

    def chosen_lines(self) -> list[int]:
        return [self.lines.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lines.count())
                if self.lines.item(i).checkState() == Qt.CheckState.Checked]

    def set_line_checked(self, index: int, checked: bool = True) -> None:
        self.lines.item(index).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _lines_paid(self) -> int:
        currency = self.ctx.program.currency
        return sum(currency.parse(self.sale["lines"][i]["paid"]) for i in self.chosen_lines())

    def _lines_ticked(self, _item=None) -> None:
        total = self._lines_paid()
        self.amount.setText(self.ctx.fmt.plain_amount(min(total, self.left_to_refund())) if total else "")
        self._fill_pin()

    # -- the refund ------------------------------------------------------------------------------
    def amount_minor(self) -> int | None:
        """The amount typed, in minor units; None for everything left. Raises AmountRefused."""
        text = self.amount.text().strip()
        return self.ctx.fmt.parse_amount(text) if text else None

    def needs_pin(self) -> bool:
        limit = self.ctx.options.refund_pin_above
        if limit is None or self.sale is None:
            return False
        try:
            amount = self.amount_minor()
        except AmountRefused:
            return False
        return (self.left_to_refund() if amount is None else amount) > limit

    def _fill_pin(self) -> None:
        needed = self.needs_pin()
        self.pin.setEnabled(needed)
        self.pin_label.setEnabled(needed)
        if not needed:
            self.pin.clear()

    def submit(self) -> None:
        if self.sale is None or not self.ok.isEnabled():
            return
        try:
            amount = self.amount_minor()
        except AmountRefused as refused:
            _message(self.message, amount_text(refused, self.ctx.fmt))
            self.amount.setFocus()
            return
        if self.needs_pin() and not self.pin.text().strip():
            _message(self.message, self.tr("Refunds above {limit} need a manager's PIN: ask a manager to type it.")
                     .format(limit=self._limit_text()), "warning")
            self.pin.setFocus()
            return
        currency = self.ctx.program.currency
        limit = self.ctx.options.refund_pin_above
        lines = tuple(self.sale["lines"][i] for i in self.chosen_lines())
        if (self.left_to_refund() if amount is None else amount) != self._lines_paid():
            lines = ()   # an amount of its own: the slip shows the amount, not lines
        self.ok.setEnabled(False)
        self.ctx.runner.submit(self.ctx.loyalty.refund, self.sale["receipt"],
                               currency.format(amount) if amount is not None else None,
                               approver_pin=self.pin.text().strip() or None,
                               approval_above=currency.format(limit) if limit is not None else None,
                               on_done=self.alive(lambda result: self._done(result, lines)),
                               on_error=self.alive(self._failed))

    def _done(self, result: dict, lines: tuple[dict, ...]) -> None:
        r, fmt = result["refund"], self.ctx.fmt
        text = self.tr("Refunded {amount}.").format(amount=fmt.money(r["amount"]))
        if r.get("member"):
            text += " " + self.tr("Points taken back: {back}; points returned: {returned}; balance now {balance}.").format(
                back=fmt.points(r["points_clawed_back"]), returned=fmt.points(r["points_returned"]),
                balance=fmt.points(r["member"]["balance"]))
        _message(self.message, text, "success")
        self.ctx.print_refund_slip(r, lines)
        self.refunded.emit(result)
        self.amount.clear()
        self.pin.clear()
        self.ctx.runner.submit(self.ctx.loyalty.sale_record, self.sale["receipt"], on_done=self.alive(self._refreshed),
                               on_error=self.alive(self._failed))

    def _refreshed(self, sale: dict) -> None:
        self._found(sale, keep_message=True)
        self.lines.blockSignals(True)
        for i in range(self.lines.count()):
            self.lines.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.lines.blockSignals(False)

    def _failed(self, exc: BaseException, receipt: str | None = None) -> None:
        _message(self.message, error_text(exc, self.ctx.fmt, receipt=receipt or self.receipt.text().strip(),
                                          left=self.left_to_refund() if self.sale else None))
        self.ok.setEnabled(self.sale is not None and not self.sale.get("fully_refunded"))
        if getattr(exc, "code", "") == "bad_pin":
            self.pin.selectAll()
            self.pin.setFocus()


class SearchDialog(TillDialog):
    """Name search: results come as the cashier types (only the newest search is shown).
    Enter picks the highlighted row; pressed before the newest answer came, it picks from that
    answer once it comes, never from an older one."""

    chosen = Signal(str)  # member id

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("searchDialog")
        self.searching = False
        self.pick_when_found = False
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.text = QLineEdit(objectName="searchText")
        self.text.textChanged.connect(self.search)
        self.text.returnPressed.connect(self.pick)
        self.results = QListWidget(objectName="searchResults")
        self.results.itemActivated.connect(lambda _item: self.pick())
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.pick_button = QPushButton()
        self.pick_button.setProperty("role", "primary")
        self.pick_button.clicked.connect(self.pick)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.pick_button, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 700, 600)
        self.retranslate()
        self.text.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search by name"))
        self.heading.setText(self.tr("Search members by name"))
        self.text.setPlaceholderText(self.tr("Type at least two letters of the name"))
        self.pick_button.setText(self.tr("Choose (Enter)"))
        self.close_button.setText(self.tr("Close (Esc)"))

    def search(self, text: str) -> None:
        self.searching = True
        self.ctx.runner.submit_latest("name-search", self.ctx.loyalty.search_members, text,
                                      on_done=self.alive(self._show), on_error=self.alive(self._failed))

    def done(self, result: int) -> None:
        self.ctx.runner.cancel_latest("name-search")  # an answer still on its way finds no dialog
        super().done(result)

    def _show(self, rows: list[dict]) -> None:
        self.searching = False
        self.results.clear()
        for row in rows:
            status = "" if row["status"] == "active" else f"  [{row['status']}]"
            item = QListWidgetItem(f"{row['name']}   {row['phone_masked'] or ''}{status}")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        self.status.setText(self.tr("{count} found").format(count=len(rows)) if len(self.text.text().strip()) >= 2
                            else "")
        if self.pick_when_found:
            self.pick_when_found = False
            self.pick()

    def _failed(self, exc: BaseException) -> None:
        self.searching = self.pick_when_found = False
        self.status.setText(error_text(exc, self.ctx.fmt))

    def pick(self) -> None:
        if self.searching:
            self.pick_when_found = True   # Enter came before the answer to what is typed
            return
        item = self.results.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def done(self, result: int) -> None:
        self.ctx.runner.cancel_latest("name-search")
        super().done(result)


class ConfirmDialog(QDialog):
    """A yes/no question the cashier answers with Enter or Esc (or a touch)."""

    def __init__(self, question: str, yes: str, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setModal(True)
        self.question = QLabel(question, objectName="question")
        self.question.setWordWrap(True)
        self.yes = QPushButton(yes)
        self.yes.setProperty("role", "primary")
        self.yes.setDefault(True)
        self.yes.clicked.connect(self.accept)
        self.no = QPushButton(no)
        self.no.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no)
        buttons.addWidget(self.yes, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(620, (parent or self).screen().availableGeometry().width() - 40))
        self.yes.setFocus()


class ReceiptPreview(Retranslates, QDialog):
    """What the simulated printer printed, as the paper would look. Non-modal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        self.setModal(False)
        self.receipt = ""
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.close_button)
        fit_to_screen(self, 720, 900)   # an 80 mm page is 576 px wide plus its margins
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receipt {receipt} (simulated printer)").format(receipt=self.receipt))
        self.close_button.setText(self.tr("Close (Esc)"))

    def show_png(self, receipt: str, png: bytes) -> None:
        self.receipt = receipt
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.image.setPixmap(pixmap)
        self.retranslate()
        self.show()
        self.raise_()
