"""Ringing up the sale: amounts with a category, scanned or typed products, rewards to redeem
with their cost and why one is not available, and the live preview of what the sale earns.

The panel holds no engine calls: it emits :attr:`SalePanel.changed` whenever the sale changes;
the window prices it on the worker thread and hands back the answer (``show_preview``) or the
reason it is refused (``show_refusal``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTableView,
                               QVBoxLayout, QWidget)

from terminal.domain.checkout import PricedSale
from terminal.domain.errors import InvalidAmount, LoyaltyError
from terminal.domain.program import Program, Reward

from .formatting import Formatter
from .labels import describe_error, reward_kind_label, rule_label
from .sale_models import Entry, SaleLinesModel


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class SalePanel(QFrame):
    changed = Signal()
    complete_requested = Signal()
    problem = Signal(str, str)  # severity, text: for the window's message line

    def __init__(self, program: Program, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program, self.fmt = program, fmt
        self.member: dict | None = None
        self.priced: PricedSale | None = None
        self.refusal: BaseException | None = None
        self.pricing = False
        self.setProperty("role", "card")
        self.model = SaleLinesModel(program, fmt, self)

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.amount = QLineEdit()
        self.amount.returnPressed.connect(self.add_amount)
        self.category = QComboBox()
        self.add_amount_button = QPushButton()
        self.add_amount_button.clicked.connect(self.add_amount)
        self.product = QLineEdit()
        self.product.returnPressed.connect(self.add_product_from_field)
        self.add_product_button = QPushButton()
        self.add_product_button.clicked.connect(self.add_product_from_field)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 150)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected)

        self.rewards_title = QLabel()
        self.rewards_title.setProperty("role", "title")
        self.rewards = QListWidget()
        self.rewards.itemChanged.connect(lambda _item: self.changed.emit())
        self.points_label = QLabel()
        self.use_points = QSpinBox()
        self.use_points.setRange(0, 0)
        self.use_points.setSingleStep(100)
        self.use_points.valueChanged.connect(lambda _v: self.changed.emit())

        self.preview_title = QLabel()
        self.preview_title.setProperty("role", "title")
        self.preview_title.hide()
        self.to_pay = QLabel(objectName="toPay")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.points = QLabel(objectName="pointsEarned")
        self.points.setWordWrap(True)
        self.breakdown = QLabel()
        self.breakdown.setWordWrap(True)
        self.breakdown.setTextFormat(Qt.TextFormat.PlainText)
        self.refused = QLabel()
        self.refused.setWordWrap(True)
        self.refused.setProperty("severity", "error")
        self.refused.hide()
        self.complete_button = QPushButton()
        self.complete_button.setProperty("role", "primary")
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

        # The rewards belong with the member: the window shows this box under the member panel.
        self.rewards_box = QFrame()
        self.rewards_box.setProperty("role", "card")
        rewards_layout = QVBoxLayout(self.rewards_box)
        rewards_layout.setContentsMargins(14, 10, 14, 10)
        rewards_layout.addWidget(self.rewards_title)
        rewards_layout.addWidget(self.rewards, 1)
        points_row = QHBoxLayout()
        points_row.addWidget(self.points_label, 1)
        points_row.addWidget(self.use_points)
        rewards_layout.addLayout(points_row)
        self.rewards.setWordWrap(True)
        self.rewards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rewards.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        money_box = QVBoxLayout()
        money_box.addWidget(self.to_pay)
        money_box.addWidget(self.totals)
        money_box.addStretch(1)
        points_box = QVBoxLayout()
        points_box.addWidget(self.points)
        points_box.addWidget(self.breakdown)
        points_box.addStretch(1)
        preview_row = QHBoxLayout()
        preview_row.addLayout(money_box, 1)
        preview_row.addLayout(points_box, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(8)
        outer.addWidget(self.title)
        outer.addLayout(grid)
        outer.addWidget(self.table, 1)
        outer.addLayout(line_buttons)
        outer.addWidget(self.preview_title)
        outer.addLayout(preview_row)
        outer.addWidget(self.refused)
        outer.addWidget(self.complete_button)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged, self.model.modelReset):
            signal.connect(self._lines_changed)
        self.retranslate()

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sale"))
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
        self.add_amount_button.setText(self.tr("Add amount"))
        self.product.setPlaceholderText(self.tr("Scan or type a product code or SKU"))
        self.add_product_button.setText(self.tr("Add product"))
        self.remove_button.setText(self.tr("Remove line (Del)"))
        self.clear_button.setText(self.tr("Clear sale"))
        self.rewards_title.setText(self.tr("Rewards"))
        self.points_label.setText(self.tr("Pay with points:"))
        self.use_points.setSuffix(self.tr(" pts"))
        self.preview_title.setText(self.tr("This sale"))
        self.complete_button.setText(self.tr("Complete sale (F12)"))
        self.model.retranslate()
        self._fill_rewards()
        self._fill_preview()

    def _lines_changed(self, *_args) -> None:
        self._fill_rewards()  # a free item becomes possible once its product is on the sale
        self.changed.emit()

    # -- lines ---------------------------------------------------------------------------------------
    def add_amount(self) -> None:
        text = self.amount.text().strip()
        if not text:
            return
        try:
            minor = self.program.currency.parse(self.fmt.parse_amount(text), allow_zero=False)
        except InvalidAmount as exc:
            self.problem.emit("error", self.tr("The amount {text} is not valid: {why}").format(text=text,
                                                                                            why=exc.message))
            return
        self.model.add(Entry(unit_minor=minor, category=self.category.currentData()))
        self.amount.clear()

    def add_product_from_field(self) -> None:
        code = self.product.text().strip()
        if code and self.add_product(code):
            self.product.clear()

    def add_product(self, code: str) -> bool:
        product = self.program.product_by_code(code)
        if product is None:
            self.problem.emit("error", self.tr("No product in the catalog has the code {code}.").format(code=code))
            return False
        self.model.add(Entry(unit_minor=product.price, category=product.category, sku=product.sku, name=product.name))
        return True

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.model.rowCount() - 1
        self.model.remove(row)

    def clear(self) -> None:
        self.model.clear()
        self.use_points.setValue(0)
        for i in range(self.rewards.count()):
            self.rewards.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.priced, self.refusal = None, None
        self._fill_preview()

    def has_lines(self) -> bool:
        return bool(self.model.entries)

    # -- member and rewards ----------------------------------------------------------------------------
    def set_member(self, member: dict | None) -> None:
        self.member = member
        balance = member["balance"] if member else 0
        self.use_points.setRange(0, max(balance, 0))
        self.use_points.setEnabled(bool(member) and balance >= self.program.redemption.min_points)
        self._fill_rewards()
        self.changed.emit()

    def chosen_rewards(self) -> list[str]:
        return [self.rewards.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.rewards.count())
                if self.rewards.item(i).checkState() == Qt.CheckState.Checked]

    def set_reward_checked(self, code: str, checked: bool = True) -> None:
        for i in range(self.rewards.count()):
            item = self.rewards.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def reward_note(self, code: str) -> str:
        for i in range(self.rewards.count()):
            item = self.rewards.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                return item.text()
        return ""

    def request_fields(self) -> dict:
        fields = self.model.request_fields()
        fields["redeem"] = self.chosen_rewards() if self.member else []
        points = self.use_points.value() if self.member else 0
        fields["redeem_points"] = points or None
        return fields

    def _reward_state(self, reward: Reward) -> tuple[bool, str]:
        m = self.member
        if m is None:
            return False, self.tr("find the member first")
        if m["status"] == "blocked":
            return False, self.tr("account blocked")
        vouchers = [v for v in m.get("vouchers") or [] if v["reward"] == reward.code]
        if reward.points == 0 and not vouchers:
            return False, self.tr("only with a voucher; none open")
        if reward.kind == "free_item" and reward.sku not in self.model.skus():
            product = self.program.products.get(reward.sku)
            return False, self.tr("add {item} to the sale first").format(item=product.name if product else reward.sku)
        if vouchers:
            return True, self.tr("voucher ready")
        if m["balance"] < reward.points:
            return False, self.tr("needs {points} more points").format(points=self.fmt.points(reward.points - m["balance"]))
        return True, self.tr("available")

    def _reward_value(self, reward: Reward) -> str:
        if reward.kind == "percent_off":
            text = self.tr("{value}% off").format(value=reward.value)
            if reward.max_value:
                text += " " + self.tr("(max {money})").format(money=self.fmt.money(reward.max_value))
            return text
        if reward.kind == "free_item":
            product = self.program.products.get(reward.sku)
            return self.tr("free {item}").format(item=product.name if product else reward.sku)
        if reward.kind == "donation":
            return self.tr("{money} to {charity}").format(money=self.fmt.money(reward.value or 0), charity=reward.charity)
        return self.tr("{money} off").format(money=self.fmt.money(reward.value or 0))

    def _fill_rewards(self) -> None:
        checked = set(self.chosen_rewards())
        self.rewards.blockSignals(True)
        self.rewards.clear()
        for reward in self.program.rewards.values():
            available, why = self._reward_state(reward)
            cost = (self.tr("{points} pts").format(points=self.fmt.points(reward.points)) if reward.points
                    else self.tr("voucher"))
            mark = "✓" if available else "✗"
            item = QListWidgetItem(f"{reward.code} · {self._reward_value(reward)} · {cost}\n{mark} {why}")
            item.setData(Qt.ItemDataRole.UserRole, reward.code)
            item.setToolTip(reward_kind_label(reward.kind))
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if self.member is not None and self.member["status"] != "blocked":
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if reward.code in checked and self.member else Qt.CheckState.Unchecked)
            if not available:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.rewards.addItem(item)
        self.rewards.blockSignals(False)

    # -- preview -------------------------------------------------------------------------------------
    def show_preview(self, priced: PricedSale | None) -> None:
        self.priced, self.refusal = priced, None
        self._fill_rewards()
        self._fill_preview()

    def show_refusal(self, exc: BaseException) -> None:
        self.priced, self.refusal = None, exc
        self._fill_rewards()
        self._fill_preview()

    def set_pricing(self, pricing: bool) -> None:
        self.pricing = pricing
        self._fill_complete()

    def _fill_complete(self) -> None:
        self.complete_button.setEnabled(self.has_lines() and self.refusal is None)

    def refusal_text(self) -> str:
        return self.refused.text() if self.refused.isVisible() else ""

    def _fill_preview(self) -> None:
        p, fmt = self.priced, self.fmt
        self.refused.setVisible(self.refusal is not None)
        if self.refusal is not None:
            title, detail = describe_error(self.refusal)
            self.refused.setText(self.tr("Refused: {title}.\n{detail}").format(title=title, detail=detail))
            _restyle(self.refused)
        if p is None:
            total = self.model.total()
            self.to_pay.setText(self.tr("To pay {money}").format(money=fmt.money(total)))
            self.totals.setText("")
            self.points.setText("")
            self.breakdown.setText(self.tr("Add an amount or a product.") if not self.has_lines() else "")
            self._fill_complete()
            return
        self.to_pay.setText(self.tr("To pay {money}").format(money=fmt.money(p.paid)))
        totals = [self.tr("Total {money}").format(money=fmt.money(p.total))]
        for r in p.redemptions:
            if r.discount:
                totals.append(self.tr("{reward}: −{money} ({points} pts)").format(
                    reward=r.reward if r.reward != "POINTS" else self.tr("Points"), money=fmt.money(r.discount),
                    points=fmt.points(r.points)))
            if r.donation:
                totals.append(self.tr("{reward}: {money} donated to {charity} ({points} pts)").format(
                    reward=r.reward, money=fmt.money(r.donation), charity=r.charity, points=fmt.points(r.points)))
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
        self.breakdown.setText("\n".join(rows))
        self._fill_complete()
