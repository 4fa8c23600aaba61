"""The member's rewards as large tiles: what each gives, what it costs, and whether it can be
chosen *now*, counting the points of the rewards already ticked and of "pay with points"; and
the balance the member will have after this sale.

A tile that cannot be chosen says why ("needs 120 more points", "add Butter croissant first").
Ticking a tile or changing the points emits :attr:`RewardsPanel.changed`; the window prices the
sale again (the engine has the last word: what no screen can know, such as the share of a sale
points may pay, comes back as the preview's refusal).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox,
                               QVBoxLayout, QWidget)

from terminal.domain.checkout import PricedSale
from terminal.domain.program import Program, Reward

from .formatting import Formatter
from .keypad import WHOLE_NUMBERS
from .widgets import FitScrollArea, Retranslates, restyle


@dataclass(frozen=True)
class TileState:
    chosen: bool
    available: bool
    note: str          # why not, or what choosing it leaves
    severity: str      # "ok", "chosen" or "blocked"


class RewardTile(QPushButton):
    """A big checkable button: the reward's name (what it gives), then its cost and whether it
    can be chosen now. The program's code for it (5OFF) is in the tooltip."""

    def __init__(self, reward: Reward, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reward = reward
        self.cost_text = self.note_text = ""
        self.setCheckable(True)
        self.setProperty("role", "tile")
        self.setObjectName(f"tile-{reward.code}")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # a touch leaves the focus in the field it was in
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.name = QLabel(objectName="tileName")
        self.note = QLabel(objectName="tileNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        for label in (self.name, self.note):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, self.layout().minimumSize().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def show_state(self, name: str, cost: str, state: TileState, tooltip: str = "") -> None:
        self.cost_text, self.note_text = cost, state.note
        self.name.setText(name)
        self.note.setText(f"{cost} · {state.note}")
        self.setToolTip(tooltip)
        self.blockSignals(True)
        self.setChecked(state.chosen)
        self.blockSignals(False)
        self.setEnabled(state.available or state.chosen)
        self.setProperty("state", state.severity)
        for widget in (self, self.note):
            restyle(widget)


class RewardsPanel(Retranslates, QFrame):
    changed = Signal()

    TILE_WIDTH = 170   # tiles per row: as many of about this width as fit (1 to 3)

    def __init__(self, program: Program, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program, self.fmt = program, fmt
        self.member: dict | None = None
        self.skus: set[str] = set()
        self.priced: PricedSale | None = None
        self.chosen: list[str] = []
        self.setObjectName("rewardsPanel")
        # the balance after the rewards (and after the sale, once priced): the window shows it in
        # the header above this panel
        self.after = QLabel(objectName="balanceAfter")
        self.after.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.after.setWordWrap(True)   # two lines rather than clipped, in a longer language
        self.tiles: dict[str, RewardTile] = {}
        grid_host = QWidget(objectName="tileGrid")
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.grid.setSpacing(8)
        self.columns = 0
        for reward in program.rewards.values():
            tile = RewardTile(reward)
            tile.toggled.connect(lambda checked, code=reward.code: self._toggled(code, checked))
            self.tiles[reward.code] = tile
        self._arrange(2)
        self.scroll = FitScrollArea(grid_host, min_height=90)
        self.points_label = QLabel()
        self.use_points = QSpinBox(objectName="usePoints")
        self.use_points.setProperty(WHOLE_NUMBERS, True)
        self.use_points.setRange(0, 0)
        self.use_points.setSingleStep(100)
        self.use_points.setMinimumWidth(150)
        self.use_points.valueChanged.connect(lambda _v: self._points_changed())
        points_row = QHBoxLayout()
        points_row.addWidget(self.points_label, 1)
        points_row.addWidget(self.use_points)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(points_row)
        self.retranslate()

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.points_label.setText(self.tr("Pay with points:"))
        self.use_points.setSuffix(self.tr(" pts"))
        self.refresh()

    def _arrange(self, columns: int) -> None:
        """Tiles in ``columns`` columns (more on a wider screen: all six rewards on 1366x768)."""
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, index // columns, index % columns)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(self.tiles) // columns)
        for row in range(len(self.tiles) + 1):
            self.grid.setRowStretch(row, 1 if row == rows else 0)   # the tiles stay at the top

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(max(1, min(3, (self.width() - 30) // self.TILE_WIDTH)))

    # -- state -----------------------------------------------------------------------------------
    def set_member(self, member: dict | None) -> None:
        if member is None or self.member is None or member["id"] != self.member["id"]:
            self.chosen = []
            self.use_points.blockSignals(True)
            self.use_points.setValue(0)
            self.use_points.blockSignals(False)
        self.member = member
        self.refresh()

    def set_lines(self, skus: set[str]) -> None:
        """The products on the sale (a free-item reward needs its product there)."""
        self.skus = set(skus)
        self.refresh()

    def set_priced(self, priced: PricedSale | None) -> None:
        self.priced = priced
        self._fill_after()

    def clear(self) -> None:
        self.chosen = []
        self.priced = None
        self.use_points.blockSignals(True)
        self.use_points.setValue(0)
        self.use_points.blockSignals(False)
        self.refresh()

    def chosen_rewards(self) -> list[str]:
        return list(self.chosen) if self.usable() else []

    def points_to_pay(self) -> int | None:
        return (self.use_points.value() or None) if self.usable() else None

    def set_reward_checked(self, code: str, checked: bool = True) -> None:
        self.tiles[code].setChecked(checked)
        if checked != (code in self.chosen):   # a disabled tile ignores setChecked: force the state
            self._toggled(code, checked)

    def reward_note(self, code: str) -> str:
        tile = self.tiles[code]
        return f"{tile.name.text()} · {tile.note.text()}"

    def summary(self) -> str:
        """For the header above the panel: what the member has left to spend."""
        return self.after.text()

    def usable(self) -> bool:
        return self.member is not None and self.member["status"] != "blocked"

    def balance(self) -> int:
        """What rewards may spend: the balance without pending points (SPEC-mechanics 5)."""
        if not self.member:
            return 0
        return self.member.get("spendable", self.member["balance"])

    def vouchers(self, code: str) -> int:
        return sum(1 for v in (self.member or {}).get("vouchers") or [] if v["reward"] == code)

    def cost(self, code: str) -> int:
        """Points a chosen reward takes: none when an open voucher pays for it."""
        reward = self.program.rewards[code]
        return 0 if self.vouchers(code) else reward.points

    def points_left(self) -> int:
        """The balance less what the chosen rewards and the points payment take."""
        return self.balance() - sum(self.cost(code) for code in self.chosen) - self.use_points.value()

    # -- events ----------------------------------------------------------------------------------
    def _toggled(self, code: str, checked: bool) -> None:
        if checked and code not in self.chosen:
            self.chosen.append(code)
        elif not checked and code in self.chosen:
            self.chosen.remove(code)
        self.refresh()
        self.changed.emit()

    def _points_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- drawing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        for code, tile in self.tiles.items():
            reward = tile.reward
            tile.show_state(self.reward_name(reward), self._cost_text(reward), self._state(reward),
                            self.tr("Reward {code}").format(code=code))
        left = self.points_left()
        usable = self.usable()
        self.after.setToolTip(self.tr("{left} of {balance} points left for rewards").format(
            left=self.fmt.points(left), balance=self.fmt.points(self.balance())) if usable else "")
        # pay with points: what is left after the rewards, in steps the program accepts
        spare = max(self.balance() - sum(self.cost(code) for code in self.chosen), 0)
        minimum = self.program.redemption.min_points
        self.use_points.blockSignals(True)
        self.use_points.setMaximum(spare if spare >= minimum else 0)
        self.use_points.setEnabled(usable and spare >= minimum)
        self.use_points.blockSignals(False)
        self._fill_after()

    def _fill_after(self) -> None:
        """The balance the member will have: after the rewards, and after the sale once priced."""
        if not self.usable():
            self.after.setText(self.tr("Blocked: no rewards") if self.member else "")
        elif self.priced is not None:
            p = self.priced
            after = self.member["balance"] - p.points_redeemed + p.points_earned + p.bonus_points
            self.after.setText(self.tr("After this sale: {points} pts").format(points=self.fmt.points(after)))
        else:
            self.after.setText(self.tr("After rewards: {points} pts").format(points=self.fmt.points(self.points_left())))

    def reward_name(self, reward: Reward) -> str:
        """What the reward gives, as its name on the tile."""
        if reward.kind == "percent_off":
            text = self.tr("{value}% off").format(value=reward.value)
            if reward.max_value:
                text += " " + self.tr("(up to {money})").format(money=self.fmt.money(reward.max_value))
            return text
        if reward.kind == "free_item":
            product = self.program.products.get(reward.sku)
            return self.tr("Free {item}").format(item=product.name if product else reward.sku)
        if reward.kind == "donation":
            return self.tr("Give {money} to {charity}").format(money=self.fmt.money(reward.value or 0),
                                                              charity=reward.charity)
        return self.tr("{money} off").format(money=self.fmt.money(reward.value or 0))

    def _cost_text(self, reward: Reward) -> str:
        vouchers = self.vouchers(reward.code)
        if vouchers:
            return self.tr("Voucher ×{count}").format(count=vouchers)
        if reward.points == 0:
            return self.tr("Voucher")
        return self.tr("{points} pts").format(points=self.fmt.points(reward.points))

    def _state(self, reward: Reward) -> TileState:
        code = reward.code
        if code in self.chosen:
            return TileState(True, True, self.tr("✓ chosen"), "chosen")
        if self.member is None:
            return TileState(False, False, self.tr("find the member first"), "blocked")
        if self.member["status"] == "blocked":
            return TileState(False, False, self.tr("account blocked"), "blocked")
        if reward.points == 0 and not self.vouchers(code):
            return TileState(False, False, self.tr("no voucher open"), "blocked")
        if reward.kind == "free_item" and reward.sku not in self.skus:
            product = self.program.products.get(reward.sku)
            return TileState(False, False, self.tr("add {item} first").format(
                item=product.name if product else reward.sku), "blocked")
        if self.vouchers(code):
            return TileState(False, True, self.tr("available: voucher"), "ok")
        left = self.points_left()
        if left < reward.points:
            return TileState(False, False, self.tr("needs {points} more").format(
                points=self.fmt.points(reward.points - left)), "blocked")
        return TileState(False, True, self.tr("available, leaves {points}").format(
            points=self.fmt.points(left - reward.points)), "ok")
