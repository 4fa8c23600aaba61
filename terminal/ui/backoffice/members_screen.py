"""Members: search by name, phone or card; one member's profile (edit), points (manual
adjustment with a reason), card (replace a lost one, printing a card slip), block or unblock,
merge a duplicate into another account, the ledger history and the audit entries about them."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from ..receipt_mapping import card_slip
from .common import Screen, fill_table, make_table, selected_key, title_label


class MembersScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.member: dict | None = None
        self.detail_data: dict | None = None
        self._merge_armed = False
        self._erase_armed = False
        self.heading = title_label()
        self.search = QLineEdit(objectName="memberSearch")
        self.search.textChanged.connect(self.find)
        self.search.returnPressed.connect(self.open_first)
        self.results = make_table(4, stretch=0)
        self.results.itemSelectionChanged.connect(self._picked)
        self.results.setMinimumWidth(430)

        self.name_title = title_label()
        self.summary_line = QLabel()
        self.summary_line.setWordWrap(True)
        self.tabs = QTabWidget()
        # Profile
        self.name, self.phone, self.email, self.birthday = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.birthday.setPlaceholderText("YYYY-MM-DD")
        self.consent = QCheckBox()
        self.edit_reason = QLineEdit()
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save_profile)
        profile = QWidget()
        self.profile_form = QFormLayout(profile)
        self.profile_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.profile_labels, (self.name, self.phone, self.email, self.birthday,
                                                      self.edit_reason)):
            self.profile_form.addRow(label, field)
        self.profile_form.addRow(self.consent)
        self.profile_form.addRow(self.save_button)
        # Points and card
        self.points = QSpinBox()
        self.points.setRange(-100000, 100000)
        self.reason = QLineEdit()
        self.adjust_button = QPushButton()
        self.adjust_button.clicked.connect(self.adjust)
        self.block_button = QPushButton()
        self.block_button.setProperty("role", "danger")
        self.block_button.clicked.connect(self.toggle_block)
        self.new_card = QLineEdit()
        self.replace_button = QPushButton()
        self.replace_button.clicked.connect(self.replace_card)
        self.merge_into = QLineEdit()
        self.merge_button = QPushButton()
        self.merge_button.setProperty("role", "danger")
        self.merge_button.clicked.connect(self.merge)
        self.erase_button = QPushButton(objectName="eraseMember")
        self.erase_button.setProperty("role", "danger")
        self.erase_button.clicked.connect(self.erase)
        actions = QWidget()
        grid = QGridLayout(actions)
        self.action_labels = [QLabel() for _ in range(5)]
        for label in self.action_labels:
            label.setWordWrap(True)
        grid.addWidget(self.action_labels[0], 0, 0, 1, 3)
        grid.addWidget(self.points, 1, 0)
        grid.addWidget(self.reason, 1, 1)
        grid.addWidget(self.adjust_button, 1, 2)
        grid.addWidget(self.action_labels[1], 2, 0, 1, 3)
        grid.addWidget(self.new_card, 3, 0, 1, 2)
        grid.addWidget(self.replace_button, 3, 2)
        grid.addWidget(self.action_labels[2], 4, 0, 1, 3)
        grid.addWidget(self.merge_into, 5, 0, 1, 2)
        grid.addWidget(self.merge_button, 5, 2)
        grid.addWidget(self.action_labels[3], 6, 0, 1, 2)
        grid.addWidget(self.block_button, 6, 2)
        grid.addWidget(self.action_labels[4], 7, 0, 1, 2)
        grid.addWidget(self.erase_button, 7, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(8, 1)
        # History and audit
        self.history = make_table(6, stretch=5)
        self.audit = make_table(4, stretch=3)
        self.tabs.addTab(actions, "")
        self.tabs.addTab(profile, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.audit, "")

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        right = QVBoxLayout()
        right.addWidget(self.name_title)
        right.addWidget(self.summary_line)
        right.addWidget(self.tabs, 1)
        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addLayout(right, 6)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(body, 1)
        self._enable(False)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Members")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Members"))
        self.search.setPlaceholderText(self.tr("Name, phone or card number"))
        self.results.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Card"), self.tr("Status")])
        for index, text in enumerate((self.tr("Points and card"), self.tr("Profile"), self.tr("History"),
                                      self.tr("Audit"))):
            self.tabs.setTabText(index, text)
        for label, text in zip(self.profile_labels, (self.tr("Name:"), self.tr("Phone:"), self.tr("Email:"),
                                                     self.tr("Birthday:"), self.tr("Reason:"))):
            label.setText(text)
        self.consent.setText(self.tr("Agrees to receive offers"))
        self.edit_reason.setPlaceholderText(self.tr("optional, e.g. member asked at the desk"))
        self.save_button.setText(self.tr("Save profile"))
        self.action_labels[0].setText(self.tr("Adjust points (+ adds, − takes away). A reason is required."))
        self.reason.setPlaceholderText(self.tr("Reason, e.g. goodwill for a late order"))
        self.adjust_button.setText(self.tr("Adjust points"))
        self.action_labels[1].setText(self.tr("Lost card: issue a new number (or type a pre-printed card) and print "
                                              "a card slip. The old card stops working."))
        self.new_card.setPlaceholderText(self.tr("Pre-printed card number (optional)"))
        self.replace_button.setText(self.tr("Replace card"))
        self.action_labels[2].setText(self.tr("Duplicate account: move everything of this member into another "
                                              "(card or phone of the account that stays)."))
        self.merge_into.setPlaceholderText(self.tr("Card or phone of the account that stays"))
        self.merge_button.setText(self.tr("Click again to merge") if self._merge_armed else self.tr("Merge"))
        self.action_labels[3].setText(self.tr("A blocked member can neither earn nor spend points."))
        blocked = self.member is not None and self.member["status"] == "blocked"
        self.block_button.setText(self.tr("Unblock member") if blocked else self.tr("Block member"))
        self.action_labels[4].setText(self.tr("The member asks to be forgotten: their name, phone, email and birthday "
                                              "are removed here, at head office and on every till; points and sales "
                                              "stay."))
        self.erase_button.setText(self.tr("Click again to erase") if self._erase_armed
                                  else self.tr("Erase personal data"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Points"), self.tr("Rule"),
                                                self.tr("Receipt"), self.tr("Reason")])
        self.audit.setHorizontalHeaderLabels([self.tr("When"), self.tr("Staff"), self.tr("Action"), self.tr("Reason")])
        self._fill_summary()

    def _enable(self, on: bool) -> None:
        for widget in (self.tabs, self.save_button, self.adjust_button, self.block_button, self.replace_button,
                       self.merge_button, self.erase_button):
            widget.setEnabled(on)

    # -- search -----------------------------------------------------------------------------------
    def find(self, text: str) -> None:
        if len(text.strip()) < 2:
            fill_table(self.results, [])
            return
        self.run(self.ctx.office.search_members, self.ctx.session, text, on_done=self._found, key="member-search")

    def _found(self, result: dict) -> None:
        rows = result["members"]
        fill_table(self.results, [[m["name"], m["phone_masked"], m["card"], self._status(m["status"])] for m in rows],
                   keys=[m["id"] for m in rows])

    def open_first(self) -> None:
        if self.results.rowCount():
            self.results.selectRow(0)

    def _picked(self) -> None:
        member_id = selected_key(self.results)
        if member_id:
            self.open_member(member_id)

    def preselect(self, member: dict) -> None:
        self.search.blockSignals(True)
        self.search.setText(member.get("card") or member["name"])
        self.search.blockSignals(False)
        self.open_member(member["id"])

    def open_member(self, ref: str) -> None:
        self.run(self.ctx.office.member_detail, self.ctx.session, ref, on_done=self.show_detail, key="member")

    # -- one member ---------------------------------------------------------------------------------
    def show_detail(self, detail: dict) -> None:
        self.detail_data = detail
        self.member = m = detail["member"]
        self._merge_armed = self._erase_armed = False
        self._enable(True)
        self.erase_button.setEnabled(not m.get("erased"))
        self.save_button.setEnabled(not m.get("erased"))
        self.name.setText(m["name"])
        self.phone.setText(m.get("phone") or "")
        self.email.setText(m.get("email") or "")
        self.birthday.setText(m.get("birthday") or "")
        self.consent.setChecked(bool(m.get("marketing_consent")))
        fmt = self.ctx.fmt
        fill_table(self.history, [[fmt.datetime(self._local(e["at"])), e["kind"], fmt.signed_points(e["points"]),
                                   e["rule"] or "", e["sale"] or "", e.get("reason") or ""] for e in detail["history"]],
                   right=(2,))
        fill_table(self.audit, [[a["local"], a["staff"] or "", a["action"], a["reason"]] for a in detail["audit"]])
        self.retranslate()

    def _local(self, iso: str):
        from datetime import datetime
        return datetime.fromisoformat(iso).astimezone(self.ctx.program.tz)

    def _status(self, status: str) -> str:
        return {"active": self.tr("active"), "blocked": self.tr("blocked"), "merged": self.tr("merged")}.get(status,
                                                                                                          status)

    def _fill_summary(self) -> None:
        m = self.member
        if m is None:
            self.name_title.setText(self.tr("No member chosen"))
            self.summary_line.setText(self.tr("Search on the left, then pick a member."))
            return
        self.name_title.setText(m["name"] or self.tr("Personal data erased"))
        self.summary_line.setText(self.tr("Card {card} · {tier} · {points} points ({value}) · {status}").format(
            card=m.get("card") or "—", tier=m["tier"], points=self.ctx.fmt.points(m["balance"]),
            value=self.ctx.fmt.money(m["balance_value"]), status=self._status(m["status"])))

    def _changed(self, result: dict) -> None:
        member = result.get("member", result)
        self.say(self.tr("Saved. The change is in the audit log."))
        self.points.setValue(0)
        self.reason.clear()
        self.open_member(member["id"])

    def save_profile(self) -> None:
        birthday = self.birthday.text().strip()
        self.run(self.ctx.office.update_member, self.ctx.session, self.member["id"], name=self.name.text(),
                 phone=self.phone.text(), email=self.email.text(), birthday=birthday,
                 marketing_consent=self.consent.isChecked(), reason=self.edit_reason.text(), on_done=self._changed)

    def adjust(self) -> None:
        if self.points.value() == 0 or not self.reason.text().strip():
            self.say(self.tr("Type the points and a reason."), "warning")
            return
        self.run(self.ctx.office.adjust, self.ctx.session, self.member["id"], self.points.value(),
                 self.reason.text().strip(), on_done=self._changed)

    def toggle_block(self) -> None:
        blocked = self.member["status"] == "blocked"
        self.run(self.ctx.office.block, self.ctx.session, self.member["id"], not blocked,
                 self.reason.text().strip() or None, on_done=self._changed)

    def replace_card(self) -> None:
        self.run(self.ctx.office.replace_card, self.ctx.session, self.member["id"], self.new_card.text().strip() or None,
                 on_done=self._replaced)

    def _replaced(self, result: dict) -> None:
        member = result["member"]
        self.new_card.clear()
        if self.ctx.hub is not None:
            self.ctx.hub.print_document(card_slip(member, self.ctx.fmt, store_name=self.ctx.store,
                                                  now=self.ctx.loyalty.clock.now().astimezone(self.ctx.program.tz)))
        self._changed(result)
        self.say(self.tr("New card {card}; the card slip is printing.").format(card=member["card"]))

    def merge(self) -> None:
        target = self.merge_into.text().strip()
        if not target:
            self.say(self.tr("Type the card or phone of the account that stays."), "warning")
            return
        if not self._merge_armed:
            self._merge_armed = True
            self.retranslate()
            self.say(self.tr("{name}'s points, vouchers and cards will move into {target}. Click again to merge.")
                     .format(name=self.member["name"], target=target), "warning")
            return
        self._merge_armed = False
        self.run(self.ctx.office.merge, self.ctx.session, self.member["id"], target, on_done=self._merged)

    def erase(self) -> None:
        if not self._erase_armed:
            self._erase_armed = True
            self.retranslate()
            self.say(self.tr("{name}'s personal data will be erased everywhere; this cannot be undone. "
                             "Click again to erase.").format(name=self.member["name"]), "warning")
            return
        self._erase_armed = False
        self.retranslate()
        self.run(self.ctx.office.erase, self.ctx.session, self.member["id"], self.reason.text().strip() or None,
                 on_done=self._erased)

    def _erased(self, result: dict) -> None:
        card = (self.member or {}).get("card") or "—"
        self.open_member(result["erased"]["member"])
        self.say(self.tr("Personal data erased; the account keeps its points under card {card}.").format(card=card))

    def _merged(self, result: dict) -> None:
        self.merge_into.clear()
        self._changed(result)
        self.say(self.tr("Merged into {name}.").format(name=result["member"]["name"]))
