"""The till's dialogs: enrolment, refund, name search, receipt preview.

Every engine call goes through the window's worker (``ctx.runner``); answers come back on the
GUI thread. Errors are shown inside the dialog, in words, never as a stack trace."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from hardware.scanning import classify

from .labels import describe_error
from .lookup import PhoneField


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _message(label: QLabel, text: str | None, severity: str = "error") -> None:
    label.setVisible(bool(text))
    label.setText(text or "")
    label.setProperty("severity", severity)
    _restyle(label)


class EnrollDialog(QDialog):
    """Enrolment on the spot. A pre-printed card may be scanned while this is open; without
    one, the engine generates a number and a card slip is printed."""

    enrolled = Signal(dict)

    def __init__(self, ctx, phone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("enrollDialog")
        self.setModal(True)
        self.setMinimumWidth(860)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enroll a new member"))
        self.heading.setText(self.tr("Enroll a new member"))
        for label, text in zip(self.labels, (self.tr("Name"), self.tr("Phone"), self.tr("Email (optional)"),
                                             self.tr("Birthday (optional)"), self.tr("Referred by (card or phone)"),
                                             self.tr("Card"))):
            label.setText(text)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.referrer.setPlaceholderText(self.tr("optional"))
        self.card.setPlaceholderText(self.tr("scan a pre-printed card, or leave empty for a new number"))
        self.consent.setText(self.tr("The customer agrees to receive offers (marketing consent)"))
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
        self.ctx.runner.submit(self.ctx.loyalty.enroll, **fields, on_done=self._done, on_error=self._failed)

    def _done(self, result: dict) -> None:
        self.ok.setEnabled(True)
        self.result_member = result["member"]
        self.enrolled.emit(result["member"])
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        title, detail = describe_error(exc)
        _message(self.error, f"{title}. {detail}")


class RefundDialog(QDialog):
    """Refund by scanning the receipt's barcode or typing its number; all or part."""

    refunded = Signal(dict)

    def __init__(self, ctx, receipt: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sale: dict | None = None
        self.setObjectName("refundDialog")
        self.setModal(True)
        self.setMinimumWidth(720)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.receipt = QLineEdit(receipt)
        self.receipt.returnPressed.connect(self.find)
        self.find_button = QPushButton()
        self.find_button.clicked.connect(self.find)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.amount_label = QLabel()
        self.amount = QLineEdit()
        self.amount.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.ok = QPushButton()
        self.ok.setProperty("role", "danger")
        self.ok.setEnabled(False)
        self.ok.clicked.connect(self.submit)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        row = QHBoxLayout()
        row.addWidget(self.receipt, 1)
        row.addWidget(self.find_button)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_label)
        amount_row.addWidget(self.amount, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.ok, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addLayout(amount_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self.receipt.setFocus()
        if receipt:
            self.find()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refund"))
        self.heading.setText(self.tr("Refund a sale"))
        self.receipt.setPlaceholderText(self.tr("Scan the receipt barcode or type its number"))
        self.find_button.setText(self.tr("Find sale (Enter)"))
        self.amount_label.setText(self.tr("Amount to refund:"))
        self.amount.setPlaceholderText(self.tr("leave empty to refund everything left"))
        self.ok.setText(self.tr("Refund (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self._fill_summary()

    def accept_scan(self, code: str) -> bool:
        self.receipt.setText(code)
        self.find()
        return True

    def find(self) -> None:
        number = self.receipt.text().strip()
        if not number:
            return
        self.ok.setEnabled(False)
        self.ctx.runner.submit(self.ctx.loyalty.sale_record, number, on_done=self._found, on_error=self._failed)

    def _found(self, sale: dict) -> None:
        self.sale = sale
        _message(self.message, None)
        self._fill_summary()
        self.ok.setEnabled(not sale.get("fully_refunded"))
        self.amount.setFocus()

    def _fill_summary(self) -> None:
        s, fmt = self.sale, self.ctx.fmt
        if s is None:
            self.summary.setText("")
            return
        at = datetime.fromisoformat(s["at"]).astimezone(self.ctx.program.tz)
        lines = [self.tr("Receipt {receipt} of {date}").format(receipt=s["receipt"], date=fmt.datetime(at)),
                 self.tr("Paid {paid} (total {total}); refunded so far {refunded}").format(
                     paid=fmt.money(s["paid"]), total=fmt.money(s["total"]), refunded=fmt.money(s["refunded"]))]
        if s.get("member_summary"):
            lines.append(self.tr("Member {name}: earned {points} points with this sale").format(
                name=s["member_summary"]["name"], points=fmt.points(s["points_earned"] + s["bonus_points"])))
        if s.get("fully_refunded"):
            lines.append(self.tr("This sale is already fully refunded."))
        self.summary.setText("\n".join(lines))

    def submit(self) -> None:
        if self.sale is None or not self.ok.isEnabled():
            return
        text = self.amount.text().strip()
        amount = self.ctx.fmt.parse_amount(text) if text else None
        self.ok.setEnabled(False)
        self.ctx.runner.submit(self.ctx.loyalty.refund, self.sale["receipt"], amount, on_done=self._done,
                               on_error=self._failed)

    def _done(self, result: dict) -> None:
        r, fmt = result["refund"], self.ctx.fmt
        text = self.tr("Refunded {amount}.").format(amount=fmt.money(r["amount"]))
        if r.get("member"):
            text += " " + self.tr("Points taken back: {back}; points returned: {returned}; balance now {balance}.").format(
                back=fmt.points(r["points_clawed_back"]), returned=fmt.points(r["points_returned"]),
                balance=fmt.points(r["member"]["balance"]))
        _message(self.message, text, "success")
        self.refunded.emit(result)
        self.amount.clear()
        self.ctx.runner.submit(self.ctx.loyalty.sale_record, self.sale["receipt"], on_done=self._refreshed,
                               on_error=self._failed)

    def _refreshed(self, sale: dict) -> None:
        self.sale = sale
        self._fill_summary()
        self.ok.setEnabled(not sale.get("fully_refunded"))

    def _failed(self, exc: BaseException) -> None:
        title, detail = describe_error(exc)
        _message(self.message, f"{title}. {detail}")
        self.ok.setEnabled(self.sale is not None and not self.sale.get("fully_refunded"))


class SearchDialog(QDialog):
    """Name search: results come as the cashier types (only the newest search is shown)."""

    chosen = Signal(str)  # member id

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchDialog")
        self.setModal(True)
        self.setMinimumSize(640, 520)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.text = QLineEdit()
        self.text.textChanged.connect(self.search)
        self.text.returnPressed.connect(self.pick)
        self.results = QListWidget()
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
        self.retranslate()
        self.text.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search by name"))
        self.heading.setText(self.tr("Search members by name"))
        self.text.setPlaceholderText(self.tr("Type at least two letters of the name"))
        self.pick_button.setText(self.tr("Choose (Enter)"))
        self.close_button.setText(self.tr("Close (Esc)"))

    def search(self, text: str) -> None:
        self.ctx.runner.submit_latest("name-search", self.ctx.loyalty.search_members, text, on_done=self._show)

    def done(self, result: int) -> None:
        self.ctx.runner.cancel_latest("name-search")  # an answer still on its way finds no dialog
        super().done(result)

    def _show(self, rows: list[dict]) -> None:
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

    def pick(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


class ReceiptPreview(QDialog):
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
        self.resize(720, 900)  # an 80 mm page is 576 px wide plus its margins: no clipping
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
