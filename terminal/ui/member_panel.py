"""The member on the sale: name, tier and progress to the next tier, balance, expiring
points, vouchers, punch cards, and plainly worded flags (blocked, negative, replaced card).

The name, tier and balance always show; the details below them sit in a scroll area that takes
the room they need when there is room, so a long list (several flags, punch cards) never makes
the window taller."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from terminal.domain.program import Program
from terminal.domain.text import strip_controls

from .formatting import Formatter
from .widgets import ElidedLabel, FitScrollArea, Retranslates, restyle


class MemberPanel(Retranslates, QFrame):
    change_requested = Signal()

    def __init__(self, program: Program, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program, self.fmt = program, fmt
        self.member: dict | None = None
        self.scanned_card: dict | None = None
        self.setProperty("role", "card")
        self.setObjectName("memberPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name = ElidedLabel(objectName="memberName")
        self.tier = QLabel(objectName="tierBadge")
        self.change_button = QPushButton(objectName="changeMember")
        self.change_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.change_button.clicked.connect(self.change_requested)
        top.addWidget(self.name, 1)
        top.addWidget(self.change_button)
        self.balance = QLabel(objectName="balance")
        self.balance_value = QLabel()
        self.balance_value.setProperty("role", "hint")
        balance_row = QHBoxLayout()
        balance_row.addWidget(self.balance)
        balance_row.addStretch(1)
        balance_row.addWidget(self.tier, 0, Qt.AlignmentFlag.AlignVCenter)

        details = QWidget(objectName="memberDetails")
        self.ids = QLabel()
        self.ids.setProperty("role", "hint")
        self.ids.setWordWrap(True)
        self.flags = QLabel(objectName="memberFlags")
        self.flags.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFixedWidth(110)
        self.expiring = QLabel()
        self.expiring.setWordWrap(True)
        self.pending = QLabel(objectName="pendingPoints")
        self.pending.setWordWrap(True)
        self.membership = QLabel(objectName="paidMembership")
        self.membership.setWordWrap(True)
        self.vouchers = QLabel()
        self.vouchers.setWordWrap(True)
        self.punches = QLabel()
        self.punches.setWordWrap(True)
        inner = QVBoxLayout(details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label, 1)
        progress_row.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        inner.addWidget(self.flags)
        inner.addWidget(self.ids)
        worth_row = QHBoxLayout()
        worth_row.setSpacing(12)
        worth_row.addWidget(self.balance_value)
        worth_row.addWidget(self.expiring, 1)
        inner.addLayout(worth_row)
        inner.addWidget(self.membership)
        inner.addWidget(self.pending)
        inner.addLayout(progress_row)
        cards_row = QHBoxLayout()
        cards_row.setSpacing(12)
        cards_row.addWidget(self.vouchers)
        cards_row.addWidget(self.punches, 1)
        self.challenges = QVBoxLayout()
        self.challenges.setSpacing(2)
        self.challenge_rows: list[tuple[QLabel, QProgressBar]] = []
        inner.addLayout(self.challenges)
        inner.addLayout(cards_row)
        inner.addStretch(1)
        # all the details when they fit in a few lines; past that, they scroll
        self.details = FitScrollArea(details, min_height=70, max_hint=150)

        layout.addLayout(top)
        layout.addLayout(balance_row)
        layout.addWidget(self.details, 1)
        self.retranslate()

    # -- showing ---------------------------------------------------------------------------------
    def show_member(self, member: dict, scanned_card: dict | None = None) -> None:
        self.member, self.scanned_card = member, scanned_card
        self.retranslate()
        self.details.verticalScrollBar().setValue(0)

    def update_balance(self, balance: int) -> None:
        """The balance a completed sale left, shown at once (the full refresh follows)."""
        if self.member is not None:
            self.member = {**self.member, "balance": balance, "negative": balance < 0}
            self._fill_balance()
            self._fill_flags()

    def retranslate(self) -> None:
        self.change_button.setText(self.tr("Change (Esc)"))
        m = self.member
        if m is None:
            return
        self.name.setText(m["name"])
        self.tier.setText(m["tier"])
        phone = m.get("phone_masked") or ""
        self.ids.setText(self.tr("Card {card} · Phone {phone}").format(
            card=m.get("card") or "—", phone="•••" + phone[-4:] if phone else "—"))
        self._fill_flags()
        self._fill_balance()
        self._fill_progress()
        self._fill_expiring()
        self._fill_pending()
        self._fill_membership()
        self._fill_vouchers()
        self._fill_challenges()

    def _fill_flags(self) -> None:
        m, lines, severity = self.member, [], "warning"
        if m["status"] == "blocked":
            severity = "error"
            lines.append(self.tr("BLOCKED: this account cannot earn or redeem points. "
                                 "Finish the sale without the member; a manager can unblock it."))
        card = self.scanned_card
        if card and card.get("status") == "replaced":
            lines.append(self.tr("The card scanned ({old}) was replaced by card {new}. Take the old card back; "
                                 "the points are on the new card.").format(old=card["number"],
                                                                          new=card.get("replaced_by") or m.get("card")))
        elif card and card.get("status") == "merged":
            lines.append(self.tr("The card scanned ({old}) belonged to an account merged into this one.")
                         .format(old=card["number"]))
        if m.get("negative"):
            severity = "error"
            lines.append(self.tr("Negative balance: points were taken back after a refund. "
                                 "New points pay this debt first."))
        self.flags.setVisible(bool(lines))
        self.flags.setText("\n".join(lines))
        self.flags.setProperty("severity", severity)
        restyle(self.flags)

    def _fill_balance(self) -> None:
        m = self.member
        self.balance.setText(self.tr("{points} points").format(points=self.fmt.points(m["balance"])))
        value = m.get("balance_value")
        self.balance_value.setText(self.tr("Worth {money}").format(money=self.fmt.money(value)) if value else "")
        self.balance_value.setVisible(bool(value) and m["balance"] > 0)
        self.expiring.setVisible(True)

    def _fill_progress(self) -> None:
        m = self.member
        nxt = m.get("next_tier")
        if not nxt:
            self.progress_label.setText(self.tr("Top tier: {tier}").format(tier=m["tier"]))
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.progress.setFormat(self.tr("Top tier"))
            return
        currency = self.program.currency
        spend = currency.parse(m["qualifying_spend"])
        needed = currency.parse(nxt["spend_needed"])
        current = next((t for t in self.program.tiers if t.name == m["tier"]), self.program.tiers[0])
        target = spend + needed
        span = max(target - current.min_spend, 1)
        done = min(max(spend - current.min_spend, 0), span)
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(done * 1000 // span))
        self.progress.setFormat(f"{done * 100 // span}%")
        self.progress_label.setText(self.tr("{money} more to reach {tier}").format(
            money=self.fmt.money(nxt["spend_needed"]), tier=nxt["name"]))

    def _fill_expiring(self) -> None:
        expiring = self.member.get("expiring") or []
        if not expiring:
            self.expiring.setText(self.tr("None expiring"))
            self.expiring.setToolTip("")
            return
        first = expiring[0]
        text = self.tr("{points} expire {date}").format(points=self.fmt.points(first["points"]),
                                                        date=self.fmt.date(first["on"]))
        self.expiring.setText(text)
        self.expiring.setToolTip("\n".join(self.tr("{points} points expire on {date}").format(
            points=self.fmt.points(e["points"]), date=self.fmt.date(e["on"])) for e in expiring))

    def _fill_membership(self) -> None:
        """A paid membership (SPEC-mechanics 1): the tier it holds, and until when."""
        held = self.member.get("membership")
        self.membership.setVisible(bool(held))
        if held:
            self.membership.setText(self.tr("{name}: {tier} until {date}").format(
                name=strip_controls(held["name"]), tier=held["tier"], date=self.fmt.date(held["until"])))

    def _fill_pending(self) -> None:
        """Points a sale earned that cannot be spent yet (SPEC-mechanics 5), soonest first."""
        pending = self.member.get("pending") or []
        self.pending.setVisible(bool(pending))
        if not pending:
            return
        total, first = sum(p["points"] for p in pending), pending[0]
        self.pending.setText(self.tr("{total} pending: {points} spendable from {date}").format(
            total=self.fmt.points(total), points=self.fmt.points(first["points"]), date=self.fmt.date(first["on"])))
        self.pending.setToolTip("\n".join(self.tr("{points} pending, spendable from {date}").format(
            points=self.fmt.points(p["points"]), date=self.fmt.date(p["on"])) for p in pending))

    def _fill_vouchers(self) -> None:
        vouchers = self.member.get("vouchers") or []
        counts: dict[str, int] = {}
        offers = []
        for v in vouchers:
            if v.get("offer"):
                offers.append(v)
                continue
            counts[v["reward"]] = counts.get(v["reward"], 0) + 1
        if counts:
            listed = ", ".join(f"{code} ×{n}" for code, n in counts.items())
            text = self.tr("Vouchers: {list}").format(list=listed)
        else:
            text = self.tr("Vouchers: none")
        for v in offers:   # next-visit offers (SPEC-mechanics 3): used by this sale automatically
            if v["offer"] == "amount_off":
                text += "\n" + self.tr("Offer: {money} off, until {date}").format(
                    money=self.fmt.money(v["value"]), date=self.fmt.date(v["until"]))
            else:
                text += "\n" + self.tr("Offer: double points, until {date}").format(date=self.fmt.date(v["until"]))
        self.vouchers.setText(text)
        parts, then = [], []
        for card in self.member.get("punch_cards") or []:
            dots = "●" * card["units"] + "○" * (card["of"] - card["units"])
            parts.append(self.tr("{code} {units}/{of} {dots}").format(
                code=card["code"], units=card["units"], of=card["of"], dots=dots))
            then.append(self.tr("A full {code} card gives {reward}.").format(code=card["code"], reward=card["reward"]))
        self.punches.setText("\n".join(parts))
        self.punches.setToolTip("\n".join(then))
        self.punches.setVisible(bool(parts))

    def _fill_challenges(self) -> None:
        """One row per running challenge (SPEC-mechanics 2): its name, how far, and a bar."""
        shown = self.member.get("challenges") or []
        while len(self.challenge_rows) < len(shown):
            label, bar = QLabel(), QProgressBar()
            label.setObjectName("challengeLabel")
            bar.setObjectName("challengeBar")
            bar.setRange(0, 100)
            bar.setTextVisible(True)
            bar.setFixedWidth(110)
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(bar, 0, Qt.AlignmentFlag.AlignVCenter)
            self.challenges.addLayout(row)
            self.challenge_rows.append((label, bar))
        for index, (label, bar) in enumerate(self.challenge_rows):
            visible = index < len(shown)
            label.setVisible(visible)
            bar.setVisible(visible)
            if not visible:
                continue
            c = shown[index]
            name = strip_controls(c["name"])
            if c["kind"] == "spend":
                done, target = self.fmt.money(c["progress"]), self.fmt.money(c["target"])
            else:
                done, target = self.fmt.points(c["progress"]), self.fmt.points(c["target"])
            if c["completed"]:
                label.setText(self.tr("{name}: done").format(name=name))
            else:
                label.setText(self.tr("{name}: {done} of {target}, until {date}").format(
                    name=name, done=done, target=target, date=self.fmt.date(c["ends"])))
            label.setToolTip(self.tr("Completing it pays {points} points.").format(points=self.fmt.points(c["bonus"])))
            bar.setValue(c["percent"])
            bar.setFormat(f"{c['percent']}%")
