"""The checkout window: header with the actions and their keys, the member (or the lookup
keypad) on the left, the sale on the right, a message line and the device status bar.

Every engine call runs on :attr:`CheckoutWindow.runner` (one worker thread, in order); device
calls on :attr:`CheckoutWindow.device_runner` or the drivers' own threads. Answers come back as
queued signals and only then touch widgets.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from hardware.scanning import classify
from terminal.domain.errors import LoyaltyError
from terminal.domain.program import Program

from .devices import DeviceHub, Devices
from .dialogs import EnrollDialog, ReceiptPreview, RefundDialog, SearchDialog
from .formatting import Formatter
from .i18n import Translations
from .labels import describe_error
from .lookup import LookupPanel
from .member_panel import MemberPanel
from .receipt_mapping import card_slip, receipt_from_sale
from .sale_panel import SalePanel
from .settings_dialog import SettingsDialog
from .status_bar import TillStatusBar
from .sync_status import NoSync, SyncSource
from .wedge import WedgeFilter
from .worker import TaskRunner

RECEIPT_NUMBER = re.compile(r"^T\d{3}-\d{6}$")


@dataclass
class TillInfo:
    store: str
    terminal: int | None
    hq_url: str | None = None


class CheckoutWindow(QMainWindow):
    member_shown = Signal(dict)
    sale_completed = Signal(dict)
    preview_ready = Signal()
    message_shown = Signal(str, str)  # severity, text

    def __init__(self, loyalty, program: Program, info: TillInfo, *, devices: Devices | None = None,
                 sync: SyncSource | None = None, translations: Translations | None = None, language: str = "en",
                 wedge_clock: Callable[[], float] = time.monotonic, sync_interval_ms: int = 5000,
                 clock=None) -> None:
        super().__init__()
        self.setObjectName("checkoutWindow")
        self.loyalty, self.program, self.info = loyalty, program, info
        self.clock = clock or loyalty.clock
        self.translations = translations or Translations()
        self.fmt = Formatter(program.currency, language)
        self.runner = TaskRunner("loyalty-db", self)
        self.device_runner = TaskRunner("loyalty-devices", self)
        self.hub = DeviceHub(devices or Devices(), self.device_runner, self)
        self.sync_source = sync or NoSync()
        self.member: dict | None = None
        self.scanned_card: dict | None = None
        self.last_sale: dict | None = None
        self.last_receipt: str | None = None
        self.preview_dialog: ReceiptPreview | None = None
        self._closed = False

        self._build()
        self.wedge = WedgeFilter(self, clock=wedge_clock)
        self.wedge.scanned.connect(self.on_scan)
        self.wedge.install()
        self.hub.scanned.connect(lambda code, _kind: self.on_scan(code))
        self.hub.status_changed.connect(self._device_status)
        self.hub.page_printed.connect(self._show_printed)
        self.hub.print_failed.connect(self._print_failed)
        self.hub.print_not_queued.connect(self._print_not_queued)
        self.runner.busy_changed.connect(self.status.set_busy)
        self.hub.start()
        for kind, (state, message) in self.hub.states.items():
            self.status.set_device(kind, state, message)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(sync_interval_ms)
        self.sync_timer.timeout.connect(self.poll_sync)
        self.sync_timer.start()
        self.poll_sync()
        self.retranslate()
        self.lookup.phone.setFocus()

    # -- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        header = QFrame(objectName="header")
        self.store_label = QLabel(objectName="storeName")
        self.till_label = QLabel(objectName="cashierName")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(14, 6, 14, 6)
        bar.addWidget(self.store_label)
        bar.addWidget(self.till_label, 1)
        self.actions: dict[str, QPushButton] = {}
        for key, slot in (("search", self.open_search), ("enroll", lambda: self.open_enroll()),
                          ("refund", lambda: self.open_refund()), ("reprint", self.reprint_last),
                          ("settings", self.open_settings)):
            button = QPushButton()
            button.setProperty("role", "toolbar")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.actions[key] = button

        self.message = QLabel(objectName="messageLine")
        self.message.setWordWrap(True)
        self.message.hide()
        self.lookup = LookupPanel(self.program.region, self.program.card_prefix)
        self.lookup.lookup.connect(self.find_member)
        self.lookup.search_requested.connect(self.open_search)
        self.lookup.enroll_requested.connect(self.open_enroll)
        self.member_panel = MemberPanel(self.program, self.fmt)
        self.member_panel.change_requested.connect(self.clear_member)
        self.sale = SalePanel(self.program, self.fmt)
        self.member_page = QWidget()
        member_layout = QVBoxLayout(self.member_page)
        member_layout.setContentsMargins(0, 0, 0, 0)
        member_layout.setSpacing(10)
        member_layout.addWidget(self.member_panel, 0)
        member_layout.addWidget(self.sale.rewards_box, 1)
        self.left = QStackedWidget()
        self.left.addWidget(self.lookup)
        self.left.addWidget(self.member_page)
        self.sale.changed.connect(self.request_preview)
        self.sale.complete_requested.connect(self.complete_sale)
        self.sale.problem.connect(self.show_message)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.left, 4)
        body.addWidget(self.sale, 6)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        inner = QVBoxLayout()
        inner.setContentsMargins(12, 10, 12, 10)
        inner.setSpacing(8)
        inner.addWidget(self.message)
        inner.addLayout(body, 1)
        layout.addLayout(inner, 1)
        self.setCentralWidget(central)
        self.status = TillStatusBar(self.fmt)
        self.setStatusBar(self.status)

        shortcuts = {
            "F2": self.focus_lookup, "F3": self.open_search, "F4": lambda: self.open_enroll(),
            "F5": lambda: self.sale.amount.setFocus(), "F6": lambda: self.open_refund(), "F7": self.reprint_last,
            "F8": lambda: self.sale.product.setFocus(), "F9": self.open_settings, "F12": self.complete_sale,
            "Esc": self.clear_member,
        }
        self.shortcuts = []
        for key, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loyalty Terminal — {store}").format(store=self.info.store))
        self.store_label.setText(self.info.store)
        self.till_label.setText(self.tr("{program} · till {terminal}").format(
            program=self.program.name, terminal=self.info.terminal or "—"))
        texts = {"search": self.tr("Name search F3"), "enroll": self.tr("Enroll F4"), "refund": self.tr("Refund F6"),
                 "reprint": self.tr("Reprint F7"), "settings": self.tr("Settings F9")}
        for key, text in texts.items():
            self.actions[key].setText(text)

    # -- language ----------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.fmt.set_language(self.translations.install(language))
        for widget in (self.member_panel, self.sale, self.status):
            widget.retranslate()  # money and dates change with the locale even when no text does

    # -- messages ----------------------------------------------------------------------------------
    def show_message(self, severity: str, text: str | None) -> None:
        self.message.setVisible(bool(text))
        self.message.setText(text or "")
        self.message.setProperty("severity", severity)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        if text:
            self.message_shown.emit(severity, text)

    def _error(self, exc: BaseException) -> None:
        title, detail = describe_error(exc)
        self.show_message("error", f"{title}. {detail}")

    # -- scanning ----------------------------------------------------------------------------------
    def on_scan(self, code: str) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not self:
            handler = getattr(dialog, "accept_scan", None)
            if handler is not None and handler(code):
                return
            self.show_message("warning", self.tr("Scanned {code}: close the open window first.").format(code=code))
            return
        kind = classify(code, self.program.card_prefix)
        if kind == "card":
            self.find_member(code)
        elif self.program.product_by_code(code) is not None:
            self.sale.add_product(code)
        elif RECEIPT_NUMBER.match(code):
            self.open_refund(code)
        else:
            self.show_message("warning", self.tr("The code {code} is not a member card, a product or a receipt.")
                              .format(code=code))

    # -- members -----------------------------------------------------------------------------------
    def focus_lookup(self) -> None:
        if self.member is not None:
            self.clear_member()
        self.lookup.phone.setFocus()
        self.lookup.phone.selectAll()

    def find_member(self, ref: str) -> None:
        self.lookup.show_notice(self.tr("Looking up…"), "info")
        self.runner.submit_latest("member", self.loyalty.show_member, ref.strip(),
                                  on_done=self._member_found, on_error=lambda exc: self._lookup_failed(ref, exc))

    def _member_found(self, result: dict) -> None:
        self.show_member(result["member"], result.get("scanned_card"))

    def show_member(self, member: dict, scanned_card: dict | None = None) -> None:
        self.member, self.scanned_card = member, scanned_card
        self.lookup.reset()
        self.member_panel.show_member(member, scanned_card)
        self.left.setCurrentWidget(self.member_page)
        self.sale.set_member(member)
        if member["status"] == "blocked":
            self.show_message("error", self.tr("{name}'s account is blocked. Ring up the sale without the member.")
                              .format(name=member["name"]))
        elif scanned_card and scanned_card.get("status") == "replaced":
            self.show_message("warning", self.tr("Old card scanned: it was replaced by {card}.").format(
                card=scanned_card.get("replaced_by")))
        else:
            self.show_message("info", None)
        self.hub.show_on_display(member["name"], self.tr("Points: {points}").format(
            points=self.fmt.points(member["balance"])))
        self.member_panel.repaint()
        self.member_shown.emit(member)

    def _lookup_failed(self, ref: str, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        if code == "unknown_member" and classify("".join(c for c in ref if c.isdigit()), self.program.card_prefix) != "card":
            self.lookup.show_notice(self.tr("No member has the phone {phone}. Enroll the customer now?").format(
                phone=ref), "warning", offer_enroll=True)
            self.lookup.phone.setText(ref)
        else:
            title, detail = describe_error(exc)
            self.lookup.show_notice(f"{title}. {detail}", "error")
        self.left.setCurrentWidget(self.lookup)

    def clear_member(self) -> None:
        self.member = self.scanned_card = None
        self.runner.cancel_latest("member")
        self.sale.set_member(None)
        self.left.setCurrentWidget(self.lookup)
        self.lookup.reset()
        self.lookup.phone.setFocus()

    def refresh_member(self) -> None:
        if self.member is not None:
            member_id = self.member["id"]
            self.runner.submit_latest("member", self.loyalty.show_member, member_id, on_done=self._member_refreshed,
                                      on_error=self._error)

    def _member_refreshed(self, result: dict) -> None:
        if self.member is not None and result["member"]["id"] == self.member["id"]:
            self.member = result["member"]
            self.member_panel.show_member(self.member, self.scanned_card)
            self.sale.set_member(self.member)

    # -- preview and sale ------------------------------------------------------------------------------
    def _request(self, fields: dict, member_id: str | None):
        return self.loyalty.request(member=member_id, **fields)

    def _preview_job(self, fields: dict, member_id: str | None):
        return self.loyalty.preview(self._request(fields, member_id))

    def request_preview(self) -> None:
        if not self.sale.has_lines():
            self.runner.cancel_latest("preview")
            self.sale.show_preview(None)
            return
        member_id = self.member["id"] if self.member and self.member["status"] != "blocked" else None
        self.sale.set_pricing(True)
        self.runner.submit_latest("preview", self._preview_job, self.sale.request_fields(), member_id,
                                  on_done=self._preview_done, on_error=self._preview_failed)

    def _preview_done(self, priced) -> None:
        self.sale.set_pricing(False)
        self.sale.show_preview(priced)
        self.hub.show_on_display(self.tr("Total"), self.fmt.money(priced.paid))
        self.preview_ready.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self.sale.set_pricing(False)
        if not isinstance(exc, LoyaltyError):
            self._error(exc)
        self.sale.show_refusal(exc)
        self.preview_ready.emit()

    def _sale_job(self, fields: dict, member_id: str | None):
        return self.loyalty.sale(self._request(fields, member_id))

    def complete_sale(self) -> None:
        if not self.sale.has_lines() or not self.sale.complete_button.isEnabled():
            return
        member_id = self.member["id"] if self.member and self.member["status"] != "blocked" else None
        self.sale.complete_button.setEnabled(False)
        self.runner.submit(self._sale_job, self.sale.request_fields(), member_id, on_done=self._sale_done,
                           on_error=self._sale_failed)

    def _sale_done(self, result: dict) -> None:
        sale = result["sale"]
        self.last_sale, self.last_receipt = sale, sale["receipt"]
        if self.member is not None and sale.get("member"):
            self.member_panel.update_balance(sale["balance_after"])
        earned = sale["points_earned"] + sale["bonus_points"]
        if sale.get("member"):
            text = self.tr("Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.").format(
                receipt=sale["receipt"], paid=self.fmt.money(sale["paid"]), earned=self.fmt.points(earned),
                balance=self.fmt.points(sale["balance_after"]))
        else:
            text = self.tr("Sale {receipt} complete: {paid} paid.").format(receipt=sale["receipt"],
                                                                          paid=self.fmt.money(sale["paid"]))
        self.show_message("success", text)
        self.sale.clear()
        self.sale_completed.emit(sale)
        self.print_sale(sale)
        self.hub.show_on_display(self.tr("Thank you!"), self.fmt.money(sale["paid"]))
        self.refresh_member()

    def _sale_failed(self, exc: BaseException) -> None:
        self.sale.complete_button.setEnabled(True)
        self._error(exc)

    # -- printing ------------------------------------------------------------------------------------
    def print_sale(self, sale: dict, reprint: bool = False) -> None:
        receipt = receipt_from_sale(sale, self.program, self.fmt, store_name=self.info.store,
                                    terminal=self.info.terminal, reprint=reprint)
        self.hub.print_document(receipt)

    def reprint_last(self) -> None:
        if not self.last_receipt:
            self.show_message("warning", self.tr("No receipt to reprint yet on this till."))
            return
        self.runner.submit(self.loyalty.sale_record, self.last_receipt,
                           on_done=lambda sale: self.print_sale(sale, reprint=True), on_error=self._error)
        self.show_message("info", self.tr("Reprinting receipt {receipt}.").format(receipt=self.last_receipt))

    def _show_printed(self, receipt: str, png: bytes) -> None:
        if self.preview_dialog is None:
            self.preview_dialog = ReceiptPreview(self)
        self.preview_dialog.show_png(receipt, png)

    def _print_failed(self, document: str, reason: str, error: str) -> None:
        self.show_message("error", self.tr("Printing {document} failed: {error}. It is kept and will print when the "
                                           "printer is back (F7 reprints).").format(document=document, error=error))

    def _print_not_queued(self, document: str, error: str) -> None:
        self.show_message("error", self.tr("{document} could not be printed and was not kept: {error}. "
                                           "F7 tries again.").format(document=document, error=error))

    def _device_status(self, kind: str, state: str, message: str) -> None:
        self.status.set_device(kind, state, message)
        if state in ("offline", "error"):
            self.show_message("error", self.tr("{device} problem: {message}").format(
                device=self.status.labels[kind].text().split(":")[0], message=message))

    # -- dialogs -------------------------------------------------------------------------------------
    def open_search(self) -> None:
        dialog = SearchDialog(self, self)
        dialog.chosen.connect(self.find_member)
        self._run_dialog(dialog)

    def open_enroll(self, phone: str = "") -> None:
        dialog = EnrollDialog(self, phone or self.lookup.phone.text(), self)
        dialog.enrolled.connect(self._enrolled)
        self._run_dialog(dialog)

    def _enrolled(self, member: dict) -> None:
        self.show_member(member)
        self.show_message("success", self.tr("{name} is enrolled with card {card}.").format(
            name=member["name"], card=member["card"]))
        dialog = self.sender()
        if getattr(dialog, "card", None) is not None and not dialog.card.text().strip() and dialog.print_slip.isChecked():
            self.hub.print_document(card_slip(member, self.fmt, store_name=self.info.store, now=self.clock.now()))

    def open_refund(self, receipt: str = "") -> None:
        dialog = RefundDialog(self, receipt, self)
        dialog.refunded.connect(lambda _r: self.refresh_member())
        self._run_dialog(dialog)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self, self.member, self)
        dialog.language_chosen.connect(self.set_language)
        dialog.member_changed.connect(lambda m: self.show_member(m))
        self._run_dialog(dialog)

    def _run_dialog(self, dialog: QDialog) -> None:
        """Dialogs are window-modal but opened with ``open()``: the event loop keeps running."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.lookup.phone.setFocus() if self.member is None else None)
        self.active_dialog = dialog
        dialog.open()

    # -- sync ----------------------------------------------------------------------------------------
    def poll_sync(self) -> None:
        self.runner.submit_latest("sync", self.sync_source.poll, on_done=self.status.set_sync,
                                  on_error=lambda exc: None)

    # -- closing -------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop timers, the wedge filter, the devices and both worker threads. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.sync_timer.stop()
        self.wedge.uninstall()
        self.runner.stop()
        self.hub.stop()
        self.device_runner.stop()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)
