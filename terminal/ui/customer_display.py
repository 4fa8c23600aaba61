"""The customer-facing screen: a second window, turned to the customer.

The customer keys in their own phone number on a large keypad (the cashier's window shows what
they keyed and looks it up); once a member is on the sale they see their first name, tier,
points and what they are worth, the rewards they can take, their challenges' progress, what the
sale costs and earns, and after it their new balance (and a new tier). It draws a
:class:`terminal.ui.customer_view.CustomerView` and nothing else, so it cannot show more personal
data than the view holds: a first name.

:class:`CustomerLink` connects it to the checkout window through the window's signals; the
window itself knows only that a display may be attached.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLayout, QProgressBar, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from . import customer_view as cv
from .widgets import Retranslates

MAX_DIGITS = 15
BACK, OK = "⌫", "ok"
THANKS_MS = 8000


def grouped(digits: str) -> str:
    """Digits as the customer reads them back: in threes and fours, never masked (they typed them)."""
    if len(digits) <= 4:
        return digits
    head, tail = digits[:-4], digits[-4:]
    groups = [head[max(0, i - 3):i] for i in range(len(head), 0, -3)][::-1]
    return " ".join(groups + [tail])


class CustomerDisplay(Retranslates, QWidget):
    phone_entered = Signal(str)     # the digits, when the customer presses OK

    def __init__(self, fmt, describe_reward, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerDisplay")
        self.fmt, self.describe_reward = fmt, describe_reward
        self.view = cv.CustomerView()
        self.resize(1024, 768)

        self.heading = QLabel(objectName="customerHeading")
        self.heading.setWordWrap(True)
        self.entry = QLabel(objectName="customerEntry")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumHeight(64)
        self.keys: dict[str, QPushButton] = {}
        pad = QGridLayout()
        pad.setSpacing(10)
        for index, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", BACK, "0", OK]):
            button = QPushButton(key if key != OK else "", objectName=f"customerKey_{key}")
            button.setProperty("role", "keyEnter" if key == OK else "key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumSize(96, 80)
            button.clicked.connect(lambda _c=False, k=key: self.keypad_press(k))
            pad.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        for column in range(3):
            pad.setColumnStretch(column, 1)   # equal keys, whatever their words
        self.keys[OK].setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        left = QFrame(objectName="customerPad")
        left.setProperty("role", "card")
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.entry)
        left_layout.addLayout(pad, 1)

        self.greeting = QLabel(objectName="customerGreeting")
        self.greeting.setWordWrap(True)
        self.tier = QLabel(objectName="customerTier")
        self.tier.setWordWrap(True)
        self.points = QLabel(objectName="customerPoints")
        self.points.setWordWrap(True)
        self.next_tier = QLabel(objectName="customerNextTier")
        self.next_tier.setWordWrap(True)
        self.rewards_title = QLabel(objectName="customerRewardsTitle")
        self.rewards_box = QVBoxLayout()
        self.rewards_box.setSpacing(4)
        self.challenges_title = QLabel(objectName="customerChallengesTitle")
        self.challenges_box = QVBoxLayout()
        self.challenges_box.setSpacing(4)
        self.sale_line = QLabel(objectName="customerSale")
        self.sale_line.setWordWrap(True)
        right = QFrame(objectName="customerInfo")
        right.setProperty("role", "card")
        info = QVBoxLayout(right)
        info.setSpacing(10)
        for widget in (self.greeting, self.tier, self.points, self.next_tier, self.rewards_title):
            info.addWidget(widget)
        info.addLayout(self.rewards_box)
        info.addWidget(self.challenges_title)
        info.addLayout(self.challenges_box)
        info.addStretch(1)
        info.addWidget(self.sale_line)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(left, 4)
        layout.addWidget(right, 5)
        # The window keeps the size it is given: a long name or reward wraps, never widens it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.reset_timer = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.reset_timer.timeout.connect(self.welcome)
        self.retranslate()

    # -- the customer's keys ---------------------------------------------------------------------
    def keypad_press(self, key: str) -> None:
        digits = self.view.entered
        if key == OK:
            if len(digits) >= 4:
                self.show_view(replace(self.view, state="looking"))
                self.phone_entered.emit(digits)
            return
        if key == BACK:
            digits = digits[:-1]
        elif key.isdigit() and len(digits) < MAX_DIGITS:
            digits += key
        state = self.view.state if self.view.state == "member" else "entering"
        self.show_view(replace(self.view, entered=digits, state=state if digits else
                               ("member" if self.view.state == "member" else "welcome")))

    # -- what the window tells it ----------------------------------------------------------------
    def welcome(self) -> None:
        self.reset_timer.stop()
        self.show_view(cv.CustomerView())

    def show_view(self, view: cv.CustomerView) -> None:
        self.view = view
        if view.state == "thanks":
            self.reset_timer.start()
        self._fill()

    # -- drawing ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.keys[OK].setText(self.tr("OK"))
        self.rewards_title.setText(self.tr("Your rewards"))
        self.challenges_title.setText(self.tr("Your challenges"))
        self._fill()

    def _fill(self) -> None:
        v, fmt = self.view, self.fmt
        self.entry.setText(grouped(v.entered) if v.entered else self.tr("Your phone number"))
        self.entry.setProperty("empty", not v.entered)
        headings = {
            "welcome": self.tr("Collect your points: key in your phone number."),
            "entering": self.tr("Press OK when your number is complete."),
            "looking": self.tr("One moment…"),
            "not_found": self.tr("We could not find this number. The cashier can enroll you in a minute."),
            "member": self.tr("Not you? Key in your number."),
            "thanks": self.tr("Thank you for shopping with us!"),
        }
        self.heading.setText(headings.get(v.state, ""))
        known = v.state in ("member", "thanks") or (v.state in ("entering", "looking") and bool(v.first_name))
        if not known:
            self.greeting.setText(self.tr("Welcome!"))
            for widget in (self.tier, self.points, self.next_tier, self.rewards_title, self.challenges_title):
                widget.hide()
            self._fill_rewards(())
            self._fill_challenges(())
            self.sale_line.setText(self._sale_text())
            return
        self.greeting.setText(self.tr("Hello, {name}!").format(name=v.first_name) if v.first_name
                              else self.tr("Hello!"))
        self.tier.setText(self.tr("{tier} member").format(tier=v.tier) if v.tier else "")
        self.tier.setVisible(bool(v.tier))
        points = self.tr("{points} points").format(points=fmt.points(v.balance))
        if v.balance_value and v.state != "thanks":
            points = self.tr("{points} points, worth {money}").format(points=fmt.points(v.balance),
                                                                     money=fmt.money(v.balance_value))
        self.points.setText(points)
        self.points.show()
        if v.tier_reached:
            self.next_tier.setText(self.tr("You are now {tier}!").format(tier=v.tier_reached))
        elif v.next_tier:
            self.next_tier.setText(self.tr("{money} more to reach {tier}").format(money=fmt.money(v.next_tier[1]),
                                                                                 tier=v.next_tier[0]))
        else:
            self.next_tier.setText("")
        self.next_tier.setVisible(bool(self.next_tier.text()))
        self.rewards_title.setVisible(bool(v.rewards) and v.state == "member" and not v.blocked)
        self._fill_rewards(v.rewards if v.state == "member" and not v.blocked else ())
        self.challenges_title.setVisible(bool(v.challenges))
        self._fill_challenges(v.challenges)
        self.sale_line.setText(self._sale_text())

    def _sale_text(self) -> str:
        v, fmt = self.view, self.fmt
        if v.state == "thanks" and v.points_this_sale is not None:
            return self.tr("You earned {points} points with this sale.").format(points=fmt.points(v.points_this_sale))
        if v.to_pay is None:
            return ""
        text = self.tr("To pay {money}").format(money=fmt.money(v.to_pay))
        if v.points_this_sale:
            text += " · " + self.tr("you earn {points} points").format(points=fmt.points(v.points_this_sale))
        return text

    def _clear(self, box) -> None:
        while box.count():
            item = box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _fill_rewards(self, tiles) -> None:
        self._clear(self.rewards_box)
        for tile in tiles[:5]:
            cost = (self.tr("voucher") if tile.voucher
                    else self.tr("{points} pts").format(points=self.fmt.points(tile.points)))
            label = QLabel(f"{'✓' if tile.affordable else '·'} {self.describe_reward(tile.code)} — {cost}")
            label.setObjectName("customerReward")
            label.setWordWrap(True)
            label.setProperty("affordable", tile.affordable)
            self.rewards_box.addWidget(label)

    def _fill_challenges(self, bars) -> None:
        self._clear(self.challenges_box)
        for bar in bars[:4]:
            row = QProgressBar(objectName="customerChallenge")
            row.setRange(0, bar.goal)
            row.setValue(bar.progress)
            row.setFormat(f"{bar.name}: {bar.progress}/{bar.goal}" + (" ✓" if bar.done else ""))
            self.challenges_box.addWidget(row)


class CustomerLink:
    """Keeps a :class:`CustomerDisplay` in step with the checkout window."""

    def __init__(self, window, display: CustomerDisplay) -> None:
        self.window, self.display = window, display
        self.customer_phone: str | None = None
        display.phone_entered.connect(self._phone_entered)
        window.member_shown.connect(self._member_shown)
        window.member_cleared.connect(self._member_cleared)
        window.preview_ready.connect(self._preview)
        window.sale_completed.connect(self._sale_done)
        window.lookup_failed.connect(self._lookup_failed)

    def _phone_entered(self, digits: str) -> None:
        self.customer_phone = digits
        self.window.customer_entered(digits)

    def _member_shown(self, member: dict) -> None:
        self.customer_phone = None
        view = cv.member_view(self.window.program, member, self.display.view)
        self.display.reset_timer.stop()
        self.display.show_view(replace(view, entered=""))
        self._preview()

    def _member_cleared(self) -> None:
        if self.display.view.state != "thanks":
            self.display.welcome()

    def _lookup_failed(self, ref: str) -> None:
        if self.customer_phone is not None and "".join(c for c in ref if c.isdigit()) == self.customer_phone:
            self.display.show_view(replace(cv.CustomerView(), state="not_found", entered=self.customer_phone))

    def _preview(self) -> None:
        priced = getattr(self.window, "priced", None)
        view = self.display.view
        if view.state == "thanks":
            return
        if priced is None or not self.window.sale.has_lines():
            self.display.show_view(cv.with_sale(view, None, None))
            return
        earned = priced.points_earned + priced.bonus_points if view.state == "member" else None
        self.display.show_view(cv.with_sale(view, priced.paid, earned))

    def _sale_done(self, sale: dict) -> None:
        self.display.show_view(cv.thanks(self.display.view, sale))
