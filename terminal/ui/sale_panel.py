"""Ringing up the sale: amounts with a category, scanned or typed products, and the live preview
of what the sale costs and earns (or, in its place, why it cannot be completed).

The panel holds no engine calls: it emits :attr:`SalePanel.changed` whenever the lines change;
the window prices the sale on the worker thread and hands back the answer (``show_preview``) or
the reason it is refused (``show_refusal``). Amounts are read in the till's locale
(:meth:`~terminal.ui.formatting.Formatter.parse_amount`); one above ``confirm_above`` is added
only once the cashier confirms it (the window asks, through :attr:`SalePanel.confirm_amount`).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget)

from terminal.domain.checkout import PricedSale
from terminal.domain.program import Program

from .formatting import AmountRefused, Formatter
from .labels import rule_label
from .messages import amount_text
from .sale_models import Entry, SaleLinesModel
from .widgets import FitScrollArea, Retranslates, restyle


class SalePanel(Retranslates, QFrame):
    changed = Signal()
    complete_requested = Signal()
    problem = Signal(str, str)  # severity, text: for the window's banner
    line_added = Signal()       # a success: the window clears an error about the last try

    def __init__(self, program: Program, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program, self.fmt = program, fmt
        self.member: dict | None = None
        self.promo: str | None = None          # a promo code on the sale (SPEC-mechanics 4)
        self.priced: PricedSale | None = None
        self.refusal: BaseException | None = None
        self.refusal_words = ""
        self.pricing = False
        self.confirm_above: int | None = None
        # (text, on_yes): the window shows the question; without one, large amounts are added as typed
        self.confirm_amount: Callable[[str, Callable[[], None]], None] | None = None
        self.setProperty("role", "card")
        self.setObjectName("salePanel")
        self.model = SaleLinesModel(program, fmt, self)

        self.amount = QLineEdit(objectName="amountField")
        self.amount.returnPressed.connect(self.add_amount)
        self.category = QComboBox(objectName="categoryBox")
        self.category.view().setObjectName("categoryList")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(8)
        self.add_amount_button = QPushButton()
        self.add_amount_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add_amount_button.clicked.connect(self.add_amount)
        self.product = QLineEdit(objectName="productField")
        self.product.returnPressed.connect(self.add_product_from_field)
        self.add_product_button = QPushButton()
        self.add_product_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add_product_button.clicked.connect(self.add_product_from_field)
        self.table = QTableView(objectName="saleLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setMinimumHeight(100)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton()
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton()
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.clicked.connect(self.clear)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected)

        self.to_pay = QLabel(objectName="toPay")
        self.totals = QLabel(objectName="totals")
        self.totals.setWordWrap(True)
        self.points = QLabel(objectName="pointsEarned")
        self.breakdown = QLabel(objectName="breakdown")
        self.breakdown.setWordWrap(True)
        self.breakdown.setTextFormat(Qt.TextFormat.PlainText)
        self.refused = QLabel(objectName="refused")
        self.refused.setWordWrap(True)
        self.refused.setProperty("severity", "error")
        self.refused.hide()
        self.complete_button = QPushButton(objectName="completeButton")
        self.complete_button.setProperty("role", "primary")
        self.complete_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.complete_button.clicked.connect(self.complete_requested)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.amount, 0, 0)
        grid.addWidget(self.category, 0, 1)
        grid.addWidget(self.add_amount_button, 0, 2)
        grid.addWidget(self.product, 1, 0, 1, 2)
        grid.addWidget(self.add_product_button, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.remove_button)
        line_buttons.addWidget(self.clear_button)

        # The preview: what is paid, and what is earned (or why the sale is refused). Its own
        # scroll area, so a long breakdown or refusal never pushes the Complete button away.
        preview = QWidget(objectName="preview")
        money_box = QVBoxLayout()
        money_box.setSpacing(2)
        money_box.addWidget(self.to_pay)
        money_box.addWidget(self.totals)
        money_box.addStretch(1)
        points_box = QVBoxLayout()
        points_box.setSpacing(2)
        points_box.addWidget(self.points, 0, Qt.AlignmentFlag.AlignRight)
        points_box.addStretch(1)
        preview_row = QHBoxLayout()
        preview_row.setContentsMargins(0, 0, 0, 0)
        preview_row.addLayout(money_box, 1)
        preview_row.addLayout(points_box)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.setSpacing(4)
        preview_layout.addLayout(preview_row)
        preview_layout.addWidget(self.breakdown)   # full width: how the points add up
        preview_layout.addWidget(self.refused)
        # the preview has what it needs (up to 170 px, then it scrolls); the table takes the rest
        self.preview_area = FitScrollArea(preview, min_height=84, max_hint=170)
        self.preview_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(8)
        outer.addLayout(grid)
        outer.addWidget(self.table, 1)
        outer.addLayout(line_buttons)
        outer.addWidget(self.preview_area)
        outer.addWidget(self.complete_button)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged, self.model.modelReset):
            signal.connect(self._lines_changed)
        self.retranslate()

    # -- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.amount.setPlaceholderText(self.tr("Amount, e.g. {example}").format(example=self.fmt.plain_amount(1250)))
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("No category"), None)
        for name in self.program.categories:
            self.category.addItem(name, name)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)
        self.add_amount_button.setText(self.tr("Add"))
        self.product.setPlaceholderText(self.tr("Scan or type a product code"))
        self.add_product_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove line (Del)"))
        self.clear_button.setText(self.tr("Clear sale"))
        self.complete_button.setText(self.tr("Complete sale (F12)"))
        self.model.retranslate()
        self._fill_preview()

    def _lines_changed(self, *_args) -> None:
        self.changed.emit()

    # -- lines ---------------------------------------------------------------------------------------
    def add_amount(self) -> None:
        text = self.amount.text()
        if not text.strip():
            return
        try:
            minor = self.fmt.parse_amount(text)
        except AmountRefused as refused:
            self.problem.emit("error", amount_text(refused, self.fmt))
            self.amount.setFocus()
            self.amount.selectAll()
            return
        category = self.category.currentData()
        if self.confirm_above is not None and minor > self.confirm_above and self.confirm_amount is not None:
            question = self.tr("Add {money} to the sale? That is more than {limit}.").format(
                money=self.fmt.money(minor), limit=self.fmt.money(self.confirm_above))
            self.confirm_amount(question, lambda: self._add_amount(minor, category))
            return
        self._add_amount(minor, category)

    def _add_amount(self, minor: int, category: str | None) -> None:
        self.model.add(Entry(unit_minor=minor, category=category))
        self.amount.clear()
        self.line_added.emit()

    def add_product_from_field(self) -> None:
        code = self.product.text().strip()
        if code and self.add_product(code):
            self.product.clear()

    def add_product(self, code: str) -> bool:
        """A product by its code; a promo code typed here goes on the sale (SPEC-mechanics 4)."""
        product = self.program.product_by_code(code)
        if product is None and self.program.promo_code(code) is not None:
            self.set_promo(code)
            return True
        if product is None:
            self.problem.emit("error", self.tr("No product in the catalog has the code {code}.").format(code=code))
            return False
        self.model.add(Entry(unit_minor=product.price, category=product.category, sku=product.sku, name=product.name))
        self.line_added.emit()
        return True

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.model.rowCount() - 1
        self.model.remove(row)

    def clear(self) -> None:
        self.promo = None
        self.model.clear()
        self.amount.clear()
        self.product.clear()
        self.priced, self.refusal = None, None
        self._fill_preview()

    def has_lines(self) -> bool:
        return bool(self.model.entries)

    def set_member(self, member: dict | None) -> None:
        self.member = member
        self._fill_preview()

    def request_fields(self) -> dict:
        return {**self.model.request_fields(), "promo": self.promo}

    def set_promo(self, code: str | None) -> None:
        """The promo code on the sale (one at a time; ``None`` takes it off), priced again."""
        promo = self.program.promo_code(code) if code else None
        self.promo = promo.code if promo is not None else None
        self.changed.emit()
        if promo is not None:
            self.line_added.emit()

    # -- preview -------------------------------------------------------------------------------------
    def show_preview(self, priced: PricedSale | None) -> None:
        self.priced, self.refusal, self.refusal_words = priced, None, ""
        self._fill_preview()

    def show_refusal(self, exc: BaseException, words: str) -> None:
        self.priced, self.refusal, self.refusal_words = None, exc, words
        self._fill_preview()

    def set_pricing(self, pricing: bool) -> None:
        self.pricing = pricing
        self._fill_complete()

    def _fill_complete(self) -> None:
        self.complete_button.setEnabled(self.has_lines() and self.refusal is None)

    def refusal_text(self) -> str:
        return self.refused.text() if self.refusal is not None else ""

    def _fill_preview(self) -> None:
        p, fmt = self.priced, self.fmt
        self.refused.setVisible(self.refusal is not None)
        if self.refusal is not None:
            self.refused.setText(self.tr("Cannot complete: {reason}").format(reason=self.refusal_words))
            restyle(self.refused)
        if p is None:
            self.to_pay.setText(self.tr("To pay {money}").format(money=fmt.money(self.model.total())))
            self.totals.setText("")
            self.points.setText("")
            self.breakdown.setText(self.tr("Add an amount or a product.") if not self.has_lines() else "")
            self._fill_complete()
            return
        self.to_pay.setText(self.tr("To pay {money}").format(money=fmt.money(p.paid)))
        totals = [self.tr("Total {money}").format(money=fmt.money(p.total))]
        if p.promo:
            totals.append(self.tr("Promo code {code}").format(code=p.promo))
        for r in p.redemptions:
            name = self.tr("Points") if r.reward == "POINTS" else r.reward
            if r.discount:
                totals.append(self.tr("{reward}: −{money} ({points} pts)").format(
                    reward=name, money=fmt.money(r.discount), points=fmt.points(r.points)))
            if r.donation:
                totals.append(self.tr("{reward}: {money} donated to {charity} ({points} pts)").format(
                    reward=name, money=fmt.money(r.donation), charity=r.charity, points=fmt.points(r.points)))
        self.totals.setText("\n".join(totals))
        if self.member is None:
            self.points.setText(self.tr("No member: no points"))
            self.breakdown.setText("")
            self._fill_complete()
            return
        earned = p.points_earned + p.bonus_points
        self.points.setText(self.tr("+{points} points").format(points=fmt.points(earned)))
        rows = [f"{rule_label(rule)}  {fmt.signed_points(points)}" for rule, points in p.breakdown]
        rows += [f"{rule_label(b.rule)}  {fmt.signed_points(b.points)}" for b in p.bonuses if not b.to_referrer]
        if not rows:
            rows.append(self.tr("Nothing in this sale earns points."))
        if p.tier_after is not None and p.tier_before is not None and p.tier_after.name != p.tier_before.name:
            rows.append(self.tr("New tier after this sale: {tier}").format(tier=p.tier_after.name))
        self.breakdown.setText("  ·  ".join(rows))
        self._fill_complete()
