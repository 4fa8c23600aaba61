"""The checkout window: a header with the actions and their keys, one message banner, the member
(or the lookup) with the rewards or the touch keypad on the left, the sale on the right, and the
device status bar.

Every engine call runs on :attr:`CheckoutWindow.runner` (one worker thread, in order); device
calls on :attr:`CheckoutWindow.device_runner` or the drivers' own threads. Answers come back as
queued signals and only then touch widgets.

Screens from 1024x768 to 1920x1080: content that can grow (member details, rewards, the points
breakdown) scrolls inside its own area, labels that can run long elide, and the window's layout
sets no minimum on the window, so nothing a member or a message brings can make the window grow
off the screen (``tests/gui/test_layout.py`` checks every widget stays inside and unclipped).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QLayout,
                               QLineEdit, QMainWindow, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from hardware.scanning import classify
from terminal.domain.errors import LoyaltyError
from terminal.domain.money import Currency
from terminal.domain.program import Program
from terminal.domain.text import escape

from .banner import Banner
from .celebration import TierCelebration
from .devices import DeviceHub, Devices
from .dialogs import ConfirmDialog, EnrollDialog, ReceiptPreview, RefundDialog, SearchDialog
from .formatting import Formatter
from .i18n import Translations
from .keypad import Keypad
from .lookup import LookupPanel
from .member_panel import MemberPanel
from .messages import error_text
from .receipt_mapping import card_slip, receipt_from_sale, refund_slip
from .rewards import RewardsPanel
from .sale_panel import SalePanel
from .status_bar import TillStatusBar
from .sync_status import NoSync, SyncSource
from .backoffice.till_hooks import TillShift, open_backoffice
from .wedge import WedgeFilter
from .widgets import ElidedLabel, PageStack, Retranslates
from .worker import TaskRunner

RECEIPT_NUMBER = re.compile(r"^T\d{3}-\d{6}$")


PROMO_REFUSALS = ("unknown_promo", "promo_not_valid", "promo_used_up")


@dataclass
class TillInfo:
    store: str
    terminal: int | None
    hq_url: str | None = None


@dataclass
class TillOptions:
    """The till's behaviour from its configuration (``terminal.app.TerminalConfig``)."""

    keep_member_after_sale: bool = False
    confirm_amount_above: int | None = None   # minor units: an amount line above asks first
    refund_pin_above: int | None = None       # minor units: a refund above needs a manager's PIN

    @classmethod
    def from_config(cls, config, currency: Currency) -> "TillOptions":
        def money(key: str) -> int | None:
            value = getattr(config, key, None)
            if value is None or str(value).strip() == "":
                return None
            try:
                return currency.parse(str(value))
            except LoyaltyError as exc:
                raise ValueError(f"{key} = {value!r} is not an amount in {currency.code}: {exc.message}") from None
        return cls(keep_member_after_sale=bool(getattr(config, "keep_member_after_sale", False)),
                   confirm_amount_above=money("confirm_amount_above"), refund_pin_above=money("refund_pin_above"))


def _failed_check(exc: BaseException) -> dict:
    return {"ok": False, "problems": [str(exc)], "warnings": []}


class CheckoutWindow(Retranslates, QMainWindow):
    member_shown = Signal(dict)
    member_cleared = Signal()
    lookup_failed = Signal(str)      # the reference that found no one (or failed)
    sale_completed = Signal(dict)
    preview_ready = Signal()
    message_shown = Signal(str, str)  # severity, text
    integrity_checked = Signal(dict)  # the cheap part of `loyalty check`, run at start

    def __init__(self, loyalty, program: Program, info: TillInfo, *, devices: Devices | None = None,
                 sync: SyncSource | None = None, translations: Translations | None = None, language: str = "en",
                 wedge_clock: Callable[[], float] = time.monotonic, sync_interval_ms: int = 5000,
                 clock=None, options: TillOptions | None = None, cashier_sign_in: bool = False) -> None:
        super().__init__()
        self.setObjectName("checkoutWindow")
        self.loyalty, self.program, self.info = loyalty, program, info
        self.options = options or TillOptions()
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
        self.priced = None               # the open sale as last priced (the customer display reads it)
        self.customer_display = None     # the customer-facing window, when open
        self.customer_phone: str | None = None
        self.last_receipt: str | None = None
        self.preview_dialog: ReceiptPreview | None = None
        self.active_dialog: QDialog | None = None
        self.backoffice = None
        self.sync_scheduler = None
        self._closed = False

        try:
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
            self.sync_scheduler = self._start_sync_scheduler()
            self.poll_sync()
            # The start-up check (the cheap part of `loyalty check`) in two parts: the seal, in
            # constant time, first in the database worker's queue (its answer comes before any
            # scan's, as it always did); the hash chains, which grow with the journal, on a
            # thread of their own once the window shows (see _start_chain_check).
            self.check_runner = None
            self._check_stop = threading.Event()
            self._integrity_parts: dict[str, dict] = {}
            self._integrity_shown: str | None = None
            self.runner.submit(self.loyalty.quick_check, chains=False,
                               on_done=lambda result: self._integrity_part("seal", result),
                               on_error=lambda exc: self._integrity_part("seal", _failed_check(exc)))
            self.shift = TillShift(self, cashier_sign_in)
            self.shift.changed.connect(self.retranslate)
            self.retranslate()
            self._show_page()
            self.lookup.phone.setFocus()
        except BaseException:
            self.shutdown()   # the worker threads are running already: never leave them behind
            raise

    # -- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        header = QFrame(objectName="header")
        self.store_label = ElidedLabel(objectName="storeName")
        self.till_label = ElidedLabel(objectName="cashierName")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(12, 4, 8, 4)
        bar.setSpacing(6)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.store_label)
        names.addWidget(self.till_label)
        bar.addLayout(names, 1)
        self.actions: dict[str, QPushButton] = {}
        for key, slot in (("search", self.open_search), ("enroll", lambda: self.open_enroll()),
                          ("refund", lambda: self.open_refund()), ("reprint", self.reprint_last),
                          ("settings", self.open_settings)):
            button = QPushButton(objectName=f"{key}Action")
            button.setProperty("role", "toolbar")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.actions[key] = button

        self.banner = Banner()
        self.banner.action_requested.connect(self._banner_action)
        self.lookup = LookupPanel(self.program.region, self.program.card_prefix)
        self.lookup.lookup.connect(self.find_member)
        self.lookup.search_requested.connect(self.open_search)
        self.member_panel = MemberPanel(self.program, self.fmt)
        self.member_panel.change_requested.connect(self.clear_member)
        self.sale = SalePanel(self.program, self.fmt)
        self.sale.changed.connect(self._lines_changed)
        self.sale.complete_requested.connect(self.complete_sale)
        self.sale.problem.connect(self.show_message)
        self.sale.line_added.connect(self._line_added)
        self.sale.confirm_above = self.options.confirm_amount_above
        self.sale.confirm_amount = self._confirm
        self.rewards = RewardsPanel(self.program, self.fmt)
        self.rewards.changed.connect(self.request_preview)
        self.keypad = Keypad(self._keypad_target)
        self.keypad.set_decimal_point(self.fmt.decimal_point)

        self.top = PageStack(objectName="memberArea")
        self.top.addWidget(self.lookup)
        self.top.addWidget(self.member_panel)
        # the member (or the lookup) gets the height it asks for, which is bounded (its details
        # scroll past a few lines); the rewards or keypad below take the rest
        self.top.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # Below it: the rewards (with a member) or the keypad, one switch away; touching the
        # amount or product field brings the keypad, adding the line brings the rewards back.
        self.pad_title = QLabel(objectName="padTitle")
        self.pad_title.setProperty("role", "title")
        self.pad_switch = QPushButton(objectName="padSwitch")
        self.pad_switch.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pad_switch.clicked.connect(lambda: self.show_pad("rewards" if self.pad.currentWidget() is self.keypad
                                                              else "keypad"))
        pad_header = QHBoxLayout()
        pad_header.setSpacing(8)
        pad_header.addWidget(self.pad_title, 1)
        pad_header.addWidget(self.rewards.after, 1)
        pad_header.addWidget(self.pad_switch)
        self.pad = QStackedWidget(objectName="pad")
        self.pad.addWidget(self.rewards)
        self.pad.addWidget(self.keypad)
        pad_frame = QFrame(objectName="padFrame")
        pad_frame.setProperty("role", "card")
        pad_layout = QVBoxLayout(pad_frame)
        pad_layout.setContentsMargins(12, 8, 12, 8)
        pad_layout.setSpacing(6)
        pad_layout.addLayout(pad_header)
        pad_layout.addWidget(self.pad, 1)
        left_column = QWidget(objectName="leftColumn")
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        left.addWidget(self.top, 0)
        left.addWidget(pad_frame, 1)

        # Two columns in a fixed proportion, whatever their content asks for.
        body = QHBoxLayout()
        body.setSpacing(10)
        for column, stretch in ((left_column, 42), (self.sale, 58)):
            column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            body.addWidget(column, stretch)
        central = QWidget(objectName="central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        inner = QVBoxLayout()
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(8)
        inner.addWidget(self.banner)
        inner.addLayout(body, 1)
        layout.addLayout(inner, 1)
        self.setCentralWidget(central)
        self.status = TillStatusBar(self.fmt)
        self.setStatusBar(self.status)
        self.celebration = TierCelebration(self)   # floats over the window when a tier is reached
        # The window keeps the size it is given: content never resizes it (it scrolls or elides).
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(800, 560)

        for field in (self.sale.amount, self.sale.product, self.rewards.use_points.lineEdit()):
            field.installEventFilter(self)

        shortcuts = {
            "F2": self.focus_lookup, "F3": self.open_search, "F4": lambda: self.open_enroll(),
            "F5": self.focus_amount, "F6": lambda: self.open_refund(), "F7": self.reprint_last,
            "F8": lambda: self.sale.product.setFocus(), "F9": self.open_settings, "F12": self.complete_sale,
            "Esc": self.clear_member,
        }
        self.shortcuts = []
        for key, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loyalty Terminal — {store}").format(store=self.info.store))
        self.store_label.setText(self.info.store)
        self.till_label.setText(self.tr("{program} · till {terminal}").format(
            program=self.program.name, terminal=self.info.terminal or "—")
            + (f" · {self.shift.name}" if getattr(self, "shift", None) and self.shift.name else ""))
        texts = {"search": self.tr("Name F3"), "enroll": self.tr("Enroll F4"), "refund": self.tr("Refund F6"),
                 "reprint": self.tr("Reprint F7"), "settings": self.tr("Settings F9")}
        for key, text in texts.items():
            self.actions[key].setText(text)
        self._fill_pad_header()
        self._fill_hint()

    def _fill_hint(self) -> None:
        if self.member is None:
            hint = self.tr("Scan a loyalty card anywhere, or type the phone number. F3 searches by name.")
        else:
            hint = self.tr("Add amounts or scan products, choose rewards, then Complete sale (F12). Esc: next customer.")
        self.banner.set_hint(hint)

    # -- the left column: lookup or member; keypad or rewards ------------------------------------
    def _show_page(self) -> None:
        with_member = self.member is not None
        self.top.setCurrentWidget(self.member_panel if with_member else self.lookup)
        self.show_pad("rewards" if with_member else "keypad")

    def show_pad(self, name: str) -> None:
        """The rewards or the keypad below the member (without a member: always the keypad)."""
        if self.member is None:
            name = "keypad"
        self.pad.setCurrentWidget(self.rewards if name == "rewards" else self.keypad)
        self._fill_pad_header()
        self.keypad.refresh()

    def _fill_pad_header(self) -> None:
        keypad = self.pad.currentWidget() is self.keypad
        self.pad_title.setText(self.tr("Keypad"))
        self.pad_title.setVisible(keypad)
        self.pad_switch.setText(self.tr("Rewards") if keypad else self.tr("Keypad"))
        self.pad_switch.setVisible(self.member is not None)
        self.rewards.after.setVisible(not keypad)

    def _keypad_target(self) -> QWidget | None:
        """The field that has the focus, if it takes typing; else the field for the next step."""
        focus = self.focusWidget()   # this window's focus, even while a popup has the application's
        if isinstance(focus, QLineEdit) and isinstance(focus.parentWidget(), QAbstractSpinBox):
            focus = focus.parentWidget()
        if isinstance(focus, (QLineEdit, QAbstractSpinBox)) and self.isAncestorOf(focus) and focus.isVisible():
            return focus
        return self.sale.amount if self.member is not None else self.lookup.phone

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """Touching the amount, product or points field brings up the keypad."""
        if event.type() == QEvent.Type.MouseButtonPress and self.member is not None:
            self.show_pad("keypad")
        return False

    def _line_added(self) -> None:
        self.banner.clear_problem()
        if self.member is not None and self.pad.currentWidget() is self.keypad:
            self.show_pad("rewards")

    def focus_amount(self) -> None:
        self.sale.amount.setFocus()
        self.sale.amount.selectAll()

    # -- language ----------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.fmt.set_language(self.translations.install(language))
        self.keypad.set_decimal_point(self.fmt.decimal_point)
        for widget in (self.member_panel, self.sale, self.rewards, self.status):
            widget.retranslate()  # money and dates change with the locale even when no text does

    # -- messages ----------------------------------------------------------------------------------
    def show_message(self, severity: str, text: str | None, action: str | None = None,
                     action_text: str = "") -> None:
        """The one banner: a new message replaces what was showing."""
        self.banner.show_message(severity, text, action, action_text)
        if text:
            self.message_shown.emit(severity, text)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.check_runner is None and not self._closed:
            QTimer.singleShot(0, self._start_chain_check)

    def _start_chain_check(self) -> None:
        """The hash chains walk the whole journal (seconds at a million members): once the window
        is up, on a thread of their own so that no scan queues behind them; stopped when the
        till closes."""
        if self.check_runner is not None or self._closed:
            return
        self.check_runner = TaskRunner("loyalty-check", self)
        runner = self.runner   # the walk steps aside while a scan or sale waits for the database worker
        self.check_runner.submit(self.loyalty.quick_check, self._check_stop, seal=False,
                                 pause=lambda: runner.pending > 0,
                                 on_done=lambda result: self._integrity_part("chains", result),
                                 on_error=self._chain_check_failed)

    def _chain_check_failed(self, exc: BaseException) -> None:
        from terminal.services.integrity import Cancelled
        if not isinstance(exc, Cancelled):   # cancelled: the till is closing
            self._integrity_part("chains", _failed_check(exc))

    def _integrity_part(self, part: str, result: dict) -> None:
        """A part of the start-up check answered: what the parts found so far is shown (a message
        already shown is not shown again over the cashier's newer one); once both have answered,
        ``integrity`` holds the whole answer, as ``quick_check`` gives it, and ``integrity_checked``
        says so."""
        self._integrity_parts[part] = result
        parts = [self._integrity_parts[name] for name in ("seal", "chains") if name in self._integrity_parts]
        merged = {"ok": all(p.get("ok", True) for p in parts),
                  "problems": [problem for p in parts for problem in p.get("problems", [])],
                  "warnings": [warning for p in parts for warning in p.get("warnings", [])]}
        self._show_integrity(merged)
        if len(parts) == 2:
            self._integrity_checked(merged)

    def _show_integrity(self, result: dict) -> None:
        """A broken or unsealed journal is shown until someone acts (a manager runs the full check)."""
        if not result.get("ok", True):
            severity, text = "error", self.tr("The records of this till may have been altered outside the "
                                              "program ({problem}). Call a manager: run loyalty check.").format(
                problem=escape(result["problems"][0])[:160])
        elif result.get("warnings"):
            severity, text = "warning", self.tr("The records of this till cannot be fully verified: the seal "
                                                "key beside the database is missing. Call a manager.")
        else:
            return
        if text != self._integrity_shown:
            self._integrity_shown = text
            self.show_message(severity, text)

    def _integrity_checked(self, result: dict) -> None:
        self.integrity = result
        self.integrity_checked.emit(result)

    def _error(self, exc: BaseException, **context) -> None:
        self.show_message("error", error_text(exc, self.fmt, **context))

    def _banner_action(self, action: str) -> None:
        if action == "enroll":
            self.open_enroll()

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
        elif self.program.promo_code(code) is not None:
            self.sale.set_promo(code)
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
        self.show_message("info", self.tr("Looking up {ref}…").format(ref=ref.strip()))
        self.runner.submit_latest("member", self.loyalty.show_member, ref.strip(),
                                  on_done=self._member_found, on_error=lambda exc: self._lookup_failed(ref, exc))

    def _member_found(self, result: dict) -> None:
        self.show_member(result["member"], result.get("scanned_card"))

    def show_member(self, member: dict, scanned_card: dict | None = None) -> None:
        self.member, self.scanned_card = member, scanned_card
        self.lookup.reset()
        self.member_panel.show_member(member, scanned_card)
        self._show_page()
        self.sale.set_member(member)
        self.rewards.set_member(member)
        if member["status"] == "blocked":
            self.show_message("error", self.tr("{name}'s account is blocked. Ring up the sale without the member.")
                              .format(name=member["name"]))
        elif scanned_card and scanned_card.get("status") == "replaced":
            self.show_message("warning", self.tr("Old card scanned: it was replaced by {card}.").format(
                card=scanned_card.get("replaced_by")))
        elif self.customer_phone:
            self.show_message("success", self.tr("The customer keyed {phone}: {name} is on the sale, {points} points.")
                              .format(phone=self.customer_phone, name=member["name"],
                                      points=self.fmt.points(member["balance"])))
        else:
            self.show_message("success", self.tr("{name} is on the sale: {points} points.").format(
                name=member["name"], points=self.fmt.points(member["balance"])))
        self.customer_phone = None
        self._fill_hint()
        if not isinstance(QApplication.focusWidget(), QLineEdit) or QApplication.focusWidget() is self.lookup.phone:
            self.focus_amount()
        self.hub.show_on_display(member["name"], self.tr("Points: {points}").format(
            points=self.fmt.points(member["balance"])))
        self.request_preview()
        self.member_shown.emit(member)

    def _lookup_failed(self, ref: str, exc: BaseException) -> None:
        self.lookup_failed.emit(ref)
        if self.customer_phone:
            self.customer_phone = None
            if getattr(exc, "code", "") == "unknown_member":
                self.show_message("warning", self.tr("The customer keyed {phone}: no member has it. Enroll them now?")
                                  .format(phone=ref.strip()), "enroll", self.tr("Enroll (F4)"))
                self.lookup.phone.setText(ref)
                return
        code = getattr(exc, "code", "")
        digits = "".join(c for c in ref if c.isdigit())
        if code == "unknown_member" and classify(digits, self.program.card_prefix) != "card":
            self.show_message("warning", self.tr("No member has the phone {phone}. Enroll the customer now?").format(
                phone=ref.strip()), "enroll", self.tr("Enroll (F4)"))
            self.lookup.phone.setText(ref)
        else:
            self._error(exc, ref=ref)

    def clear_member(self) -> None:
        self.member = self.scanned_card = None
        self.runner.cancel_latest("member")
        self.sale.set_member(None)
        self.rewards.set_member(None)
        self.lookup.reset()
        self._show_page()
        self._fill_hint()
        self.lookup.phone.setFocus()
        self.request_preview()
        self.member_cleared.emit()

    def customer_entered(self, digits: str) -> None:
        """The customer keyed their phone on the customer display: shown here, and looked up."""
        self.find_member(digits)
        self.customer_phone = digits
        self.lookup.phone.setText(digits)
        self.show_message("info", self.tr("The customer keyed {phone}. Looking it up…").format(phone=digits))

    def open_customer_display(self):
        """The customer-facing window (``terminal.ui.customer_display``), opened once."""
        if self.customer_display is None:
            from .customer_display import CustomerDisplay, CustomerLink
            self.customer_display = CustomerDisplay(
                self.fmt, lambda code: self.rewards.reward_name(self.program.rewards[code]))
            self.customer_link = CustomerLink(self, self.customer_display)
        self.customer_display.show()
        return self.customer_display

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
            self.rewards.set_member(self.member)

    # -- preview and sale ------------------------------------------------------------------------------
    def _member_id(self) -> str | None:
        return self.member["id"] if self.member and self.member["status"] != "blocked" else None

    def _fields(self) -> dict:
        fields = self.sale.request_fields()
        fields["redeem"] = self.rewards.chosen_rewards()
        fields["redeem_points"] = self.rewards.points_to_pay()
        return fields

    def _request(self, fields: dict, member_id: str | None):
        return self.loyalty.request(member=member_id, **fields)

    def _preview_job(self, fields: dict, member_id: str | None):
        return self.loyalty.preview(self._request(fields, member_id))

    def _lines_changed(self) -> None:
        if self._closed:
            return   # (the lines' texts change with the language, also while closing)
        self.rewards.set_lines(self.sale.model.skus())   # a free item becomes possible once its product is on
        self.request_preview()

    def request_preview(self) -> None:
        if self._closed:
            return
        if not self.sale.has_lines():
            self.runner.cancel_latest("preview")
            self.priced = None
            self.sale.show_preview(None)
            self.rewards.set_priced(None)
            self.preview_ready.emit()
            return
        self.sale.set_pricing(True)
        self.runner.submit_latest("preview", self._preview_job, self._fields(), self._member_id(),
                                  on_done=self._preview_done, on_error=self._preview_failed)

    def _preview_done(self, priced) -> None:
        self.priced = priced
        self.sale.set_pricing(False)
        self.sale.show_preview(priced)
        self.rewards.set_priced(priced)
        self.hub.show_on_display(self.tr("Total"), self.fmt.money(priced.paid))
        self.preview_ready.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self.priced = None
        self.sale.set_pricing(False)
        if getattr(exc, "code", "") in PROMO_REFUSALS and self.sale.promo:
            # A promo code refused (unknown, out of its dates, used up): said once, taken off the sale.
            self._error(exc, promo=self.sale.promo)
            self.sale.set_promo(None)
            return
        self.sale.show_refusal(exc, error_text(exc, self.fmt, **self._refusal_context()))
        self.rewards.set_priced(None)
        self.preview_ready.emit()

    def _refusal_context(self) -> dict:
        """What the screen knows that makes a refusal say something precise."""
        rewards = self.rewards
        points = rewards.points_to_pay() or 0
        context = {"balance": rewards.balance(), "cost": sum(rewards.cost(c) for c in rewards.chosen) + points}
        minimum = self.program.redemption.min_points
        if 0 < points < minimum:
            context["min_points"] = minimum
        share = self.program.redemption.max_fraction_of_sale
        total = self.sale.model.total()
        if share < 1:
            context["share"] = format((share * 100).normalize(), "f")
            context["limit"] = int(Decimal(total) * share)
        # what fixed discounts take off, to say so when they are more than the sale
        off = sum(self.program.rewards[code].value or 0 for code in rewards.chosen
                  if self.program.rewards[code].kind == "amount_off")
        point_value = self.program.point_value * self.program.currency.scale
        context["discounts"] = off + int(Decimal(points) * point_value)
        context["total"] = total
        context["promo"] = self.sale.promo
        return context

    def _sale_job(self, fields: dict, member_id: str | None, session: str | None = None):
        return self.loyalty.sale(self._request(fields, member_id), session=session)

    def complete_sale(self) -> None:
        if not self.sale.has_lines() or not self.sale.complete_button.isEnabled():
            return
        if not self.shift.ready():
            return
        self.sale.complete_button.setEnabled(False)
        self.runner.submit(self._sale_job, self._fields(), self._member_id(), self.shift.token,
                           on_done=self._sale_done, on_error=self._sale_failed)

    def _sale_done(self, result: dict) -> None:
        sale = result["sale"]
        self.last_sale, self.last_receipt = sale, sale["receipt"]
        earned = sale["points_earned"] + sale["bonus_points"]
        if sale.get("member"):
            text = self.tr("Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.").format(
                receipt=sale["receipt"], paid=self.fmt.money(sale["paid"]), earned=self.fmt.points(earned),
                balance=self.fmt.points(sale["balance_after"]))
        else:
            text = self.tr("Sale {receipt} complete: {paid} paid.").format(receipt=sale["receipt"],
                                                                          paid=self.fmt.money(sale["paid"]))
        change = sale.get("tier_change")
        if change:
            text += " " + (self.tr("New tier: {tier}!") if change["direction"] == "up"
                           else self.tr("Tier now {tier}.")).format(tier=change["to"])
        self.show_message("success", text)
        self.sale.clear()
        self.rewards.clear()
        self.sale_completed.emit(sale)
        self.print_sale(sale)
        if change and change["direction"] == "up":
            self.celebration.celebrate((sale.get("member_summary") or {}).get("name"), change["to"])
            self.hub.show_on_display(self.tr("Congratulations!"), self.tr("Now {tier}").format(tier=change["to"]))
        elif change:
            self.hub.show_on_display(self.tr("Thank you!"), self.tr("Tier: {tier}").format(tier=change["to"]))
        else:
            self.hub.show_on_display(self.tr("Thank you!"), self.fmt.money(sale["paid"]))
        if self.member is not None and sale.get("member"):
            if self.options.keep_member_after_sale:
                self.member_panel.update_balance(sale["balance_after"])
                self.refresh_member()
            else:
                self.clear_member()   # the next customer starts with no one's points

    def _sale_failed(self, exc: BaseException) -> None:
        self.sale.complete_button.setEnabled(True)
        self._error(exc, **self._refusal_context())

    def _confirm(self, question: str, on_yes: Callable[[], None]) -> None:
        dialog = ConfirmDialog(question, self.tr("Yes, add it (Enter)"), self.tr("No (Esc)"), self)
        dialog.accepted.connect(on_yes)
        dialog.finished.connect(lambda _r: self.focus_amount())
        self._run_dialog(dialog)

    # -- printing ------------------------------------------------------------------------------------
    def print_sale(self, sale: dict, reprint: bool = False) -> None:
        receipt = receipt_from_sale(sale, self.program, self.fmt, store_name=self.info.store,
                                    terminal=self.info.terminal, cashier=self.shift.name, reprint=reprint)
        self.hub.print_document(receipt)

    def print_refund_slip(self, refund: dict, lines: tuple[dict, ...] = ()) -> None:
        self.hub.print_document(refund_slip(refund, self.fmt, store_name=self.info.store,
                                            now=self.clock.now().astimezone(self.program.tz), lines=lines,
                                            approved_by=refund.get("approved_by")))

    def reprint_last(self) -> None:
        if not self.last_receipt:
            self.show_message("warning", self.tr("No receipt to reprint yet on this till."))
            return
        self.runner.submit(self.loyalty.sale_record, self.last_receipt,
                           on_done=lambda sale: self.print_sale(sale, reprint=True), on_error=self._error)
        self.show_message("info", self.tr("Reprinting receipt {receipt}.").format(receipt=self.last_receipt))

    def _show_printed(self, receipt: str, png: bytes) -> None:
        if self._closed:
            return   # a page that finished printing as the till closed: no window for it now
        if self.preview_dialog is None:
            self.preview_dialog = ReceiptPreview(self)
            self.preview_dialog.finished.connect(lambda _r: QTimer.singleShot(0, self._take_keyboard_back))
        self.preview_dialog.show_png(receipt, png)
        self.preview_dialog.activateWindow()

    def _print_failed(self, document: str, reason: str, error: str) -> None:
        why = {
            "paper_out": self.tr("the printer is out of paper"),
            "offline": self.tr("the printer is offline (cover open, or switched off)"),
            "unavailable": self.tr("the printer cannot be reached"),
            "timeout": self.tr("the printer did not answer"),
        }.get(reason, self.tr("the printer reported a problem"))
        self.show_message("error", self.tr("{document} did not print: {why}. It is kept and prints when the printer "
                                           "is back.").format(document=document, why=why))
        self.status.labels["printer"].setToolTip(error)

    def _print_not_queued(self, document: str, error: str) -> None:
        self.show_message("error", self.tr("{document} could not be printed, and was not kept. Press F7 to try "
                                           "again.").format(document=document))
        self.status.labels["printer"].setToolTip(error)

    def _device_status(self, kind: str, state: str, message: str) -> None:
        if self._closed:
            return
        self.status.set_device(kind, state, message)
        if kind == "printer":
            return   # a printer problem is told with the receipt it concerns (_print_failed)
        if state in ("offline", "error"):
            text = {"scanner": self.tr("The scanner is disconnected. The till reconnects it by itself; meanwhile "
                                       "type the phone number."),
                    "display": self.tr("The customer display is disconnected. The till reconnects it by itself.")}
            self._device_problem = text.get(kind, self.tr("A device is disconnected."))
            self.show_message("error", self._device_problem)
        elif state == "online" and self.banner.severity == "error" and \
                self.banner.message() == getattr(self, "_device_problem", None):
            # only the device's own message: a device coming online at start must not take
            # away another error (the start-up check's "records altered" stays until acted on)
            self.banner.clear_problem()

    # -- dialogs -------------------------------------------------------------------------------------
    def open_search(self) -> None:
        dialog = SearchDialog(self, self)
        dialog.chosen.connect(self.find_member)
        self._run_dialog(dialog)

    def open_enroll(self, phone: str = "") -> None:
        dialog = EnrollDialog(self, phone or self.lookup.phone.text(), self)
        dialog.enrolled.connect(lambda member: self._enrolled(dialog, member))
        self._run_dialog(dialog)

    def _enrolled(self, dialog: EnrollDialog, member: dict) -> None:
        self.show_member(member)
        self.show_message("success", self.tr("{name} is enrolled with card {card}.").format(
            name=member["name"], card=member["card"]))
        if not dialog.card.text().strip() and dialog.print_slip.isChecked():
            self.hub.print_document(card_slip(member, self.fmt, store_name=self.info.store,
                                              now=self.clock.now().astimezone(self.program.tz)))

    def open_refund(self, receipt: str = "") -> None:
        dialog = RefundDialog(self, receipt, self)
        dialog.refunded.connect(lambda _r: self.refresh_member())
        self._run_dialog(dialog)

    def open_settings(self) -> None:
        """F9: language, and the back office behind a manager's PIN (``terminal.ui.backoffice``)."""
        open_backoffice(self)

    def _run_dialog(self, dialog: QDialog) -> None:
        """Dialogs are window-modal but opened with ``open()``: the event loop keeps running."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.active_dialog = dialog
        dialog.open()
        dialog.activateWindow()   # no window manager (kiosk X): nobody else gives it the keyboard

    def _dialog_closed(self, dialog: QDialog | None = None) -> None:
        if dialog is None or self.active_dialog is dialog:   # a dialog opened by this one stays current
            self.active_dialog = None
        if self._closed:
            return
        QTimer.singleShot(0, self._take_keyboard_back)
        if self.member is None:
            self.lookup.phone.setFocus()

    def _take_keyboard_back(self) -> None:
        """On a kiosk X server with no window manager nobody makes the till the active window
        again after a dialog, and its F-key shortcuts only work while it is."""
        if not self._closed and QApplication.activeModalWidget() is None:
            self.activateWindow()

    # -- sync ----------------------------------------------------------------------------------------
    def poll_sync(self) -> None:
        self.runner.submit_latest("sync", self.sync_source.poll, on_done=self.status.set_sync,
                                  on_error=lambda exc: None)

    def _start_sync_scheduler(self):
        """Background sync with head office (its own thread, backoff while HQ is away)."""
        if isinstance(self.sync_source, NoSync) or not self.info.hq_url:
            return None   # standalone: nothing to sync with
        from .sync_worker import SyncScheduler
        scheduler = SyncScheduler(self.sync_source, parent=self)
        scheduler.started.connect(lambda: self.status.set_syncing(True))
        scheduler.finished.connect(lambda _result: (self.status.set_syncing(False), self.poll_sync()))
        scheduler.failed.connect(lambda _why: (self.status.set_syncing(False), self.poll_sync()))
        self.status.sync_requested.connect(scheduler.sync_now)
        QShortcut(QKeySequence(Qt.Key.Key_F10), self, activated=scheduler.sync_now)
        scheduler.start()
        return scheduler

    # -- closing -------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop timers, the wedge filter, the devices and both worker threads, and join them all,
        while every Qt object still exists. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self.backoffice is not None and not self.backoffice._ended:
            self.backoffice.end_session("closed")
        if hasattr(self, "shift"):
            self.shift.shutdown()
        if hasattr(self, "sync_timer"):
            self.sync_timer.stop()
        if self.sync_scheduler is not None:
            self.sync_scheduler.stop()
        if hasattr(self, "wedge"):
            self.wedge.uninstall()
        for dialog in (self.active_dialog, self.preview_dialog, self.customer_display):
            try:
                if dialog is not None:
                    dialog.close()
            except RuntimeError:   # already deleted on the C++ side
                pass
        if hasattr(self, "_check_stop"):
            self._check_stop.set()
        if getattr(self, "check_runner", None) is not None:
            self.check_runner.stop()
        self.runner.stop()
        self.hub.stop()
        self.device_runner.stop()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.celebration.isVisible():
            self.celebration.place()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)
