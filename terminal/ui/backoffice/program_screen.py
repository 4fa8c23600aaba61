"""The program editor: tiers, categories, campaigns, punch cards, rewards, redemption limits and
the program's own settings, checked as you type by the validator of ``loyalty program import``
(``terminal.domain.program.program_from_dict``: one validator, one set of messages); import and
export TOML; saving makes a new program version (audited), and a sample basket shows what it
earns under the program in force and under the edit."""

from __future__ import annotations

import re
import tomllib

import tomli_w
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from terminal.domain.errors import LoyaltyError
from terminal.domain.program import parse_program, program_from_dict
from terminal.services.program_admin import sample_earn

from .common import Screen, show_message, title_label
from .program_tables import BY_KEY, SECTIONS, SectionTable

ERROR_PATH = re.compile(r"^(?P<section>\w+)(?:\[(?P<row>\d+)\])?\.(?P<field>\w+):")
KEPT = ("products",)   # not edited here; carried through unchanged


class ProgramScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded: dict = {}
        self.version = None
        self.current = None       # the Program in force
        self.edited = None        # the Program as edited, when valid
        self.heading = title_label()
        self.version_label = QLabel()
        self.version_label.setProperty("role", "hint")
        self.validity = QLabel(objectName="programValidity")
        self.validity.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tables: dict[str, SectionTable] = {}
        for section in SECTIONS:
            page = QWidget()
            box = QVBoxLayout(page)
            table = SectionTable(section)
            table.itemChanged.connect(lambda _item: self.validate())
            self.tables[section.key] = table
            box.addWidget(table, 1)
            if section.many:
                buttons = QHBoxLayout()
                add, remove = QPushButton(), QPushButton()
                add.setObjectName("addRow")
                remove.setObjectName("removeRow")
                add.clicked.connect(lambda _c=False, t=table: (t.add_row(), self.validate()))
                remove.clicked.connect(lambda _c=False, t=table: (t.remove_row(), self.validate()))
                buttons.addWidget(add)
                buttons.addWidget(remove)
                buttons.addStretch(1)
                box.addLayout(buttons)
            self.tabs.addTab(page, "")
        self.toml_view = QPlainTextEdit()
        self.toml_view.setReadOnly(True)
        self.tabs.addTab(self.toml_view, "TOML")
        self.sample = QLineEdit("grocery=20.00, beauty=10.00x2")
        self.sample.textChanged.connect(lambda _t: self.preview())
        self.sample_tier = QComboBox()
        self.sample_tier.currentIndexChanged.connect(lambda _i: self.preview())
        self.before = QLabel(objectName="earnBefore")
        self.after = QLabel(objectName="earnAfter")
        for label in (self.before, self.after):
            label.setWordWrap(True)
        self.sample_label = QLabel()
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.revert_button, self.save_button = QPushButton(), QPushButton()
        self.save_button.setProperty("role", "primary")
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.revert_button.clicked.connect(self.activate)
        self.save_button.clicked.connect(self.save)

        top = QHBoxLayout()   # heading and actions on two rows: in Turkish one row is wider than 1366 px
        top.addWidget(self.heading)
        top.addWidget(self.version_label, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.import_button, self.export_button, self.revert_button, self.save_button):
            actions.addWidget(button)
        sample = QHBoxLayout()
        sample.addWidget(self.sample_label)
        sample.addWidget(self.sample, 3)
        sample.addWidget(self.sample_tier, 1)
        earn = QHBoxLayout()
        earn.addWidget(self.before, 1)
        earn.addWidget(self.after, 1)
        self.layout_.addLayout(top)
        self.layout_.addLayout(actions)
        self.layout_.addWidget(self.validity)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.tabs, 1)
        self.layout_.addLayout(sample)
        self.layout_.addLayout(earn)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Program")

    def retranslate(self) -> None:
        names = {"program": self.tr("Program"), "tiers": self.tr("Tiers"), "categories": self.tr("Categories"),
                 "campaigns": self.tr("Campaigns"), "punch_cards": self.tr("Punch cards"),
                 "rewards": self.tr("Rewards"), "redemption": self.tr("Redemption limits"),
                 "tier_window": self.tr("Tier window"), "referral": self.tr("Referral")}
        self.heading.setText(self.tr("Loyalty program"))
        for index, section in enumerate(SECTIONS):
            self.tabs.setTabText(index, names[section.key])
        for button in self.findChildren(QPushButton, "addRow"):
            button.setText(self.tr("Add row"))
        for button in self.findChildren(QPushButton, "removeRow"):
            button.setText(self.tr("Remove row"))
        self.import_button.setText(self.tr("Import TOML…"))
        self.export_button.setText(self.tr("Export TOML…"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.save_button.setText(self.tr("Save as new version"))
        self.sample_label.setText(self.tr("Sample basket:"))
        self.sample.setToolTip(self.tr("CATEGORY=AMOUNT or CATEGORY=AMOUNTxQTY, separated by commas"))
        if self.version is not None:
            self.version_label.setText(self.tr("version {version} in force").format(version=self.version))
        self.validate()

    # -- loading ----------------------------------------------------------------------------------
    def activate(self) -> None:
        self.run(self.ctx.office.program_toml, self.ctx.session, on_done=self.load_toml, key="program")

    def load_toml(self, result: dict) -> None:
        self.version = result["program_version"]
        self.current = parse_program(result["toml"])
        self.version_label.setText(self.tr("version {version} in force").format(version=self.version))
        self.set_data(tomllib.loads(result["toml"]))

    def set_data(self, data: dict) -> None:
        self.loaded = data
        for key, table in self.tables.items():
            table.load(data.get(key))
        self.validate()

    def data(self) -> dict:
        data = {key: self.loaded[key] for key in KEPT if key in self.loaded}
        for key, table in self.tables.items():
            value = table.value()
            if value:
                data[key] = value
        return data

    def toml_text(self) -> str:
        return tomli_w.dumps(self.data())

    # -- validating as one types -------------------------------------------------------------------
    def validate(self) -> bool:
        for table in self.tables.values():
            table.blockSignals(True)
            table.clear_marks()
        try:
            self.edited = program_from_dict(self.data())
            problem = None
        except LoyaltyError as exc:
            self.edited, problem = None, exc.message
        except (TypeError, ValueError) as exc:   # a value TOML itself cannot hold
            self.edited, problem = None, str(exc)
        if problem:
            show_message(self.validity, self.tr("Not valid: {problem}").format(problem=problem), "error")
            self._mark(problem)
        else:
            show_message(self.validity, self.tr("Valid. Saving makes it version {version}.").format(
                version=(self.version or 0) + 1) if self._changed() else self.tr("Valid: the program in force."),
                "success")
        for table in self.tables.values():
            table.blockSignals(False)
        self.save_button.setEnabled(problem is None and self._changed())
        self.toml_view.setPlainText(self._toml_or_problem())
        self.preview()
        return problem is None

    def _toml_or_problem(self) -> str:
        try:
            return self.toml_text()
        except (TypeError, ValueError) as exc:
            return str(exc)

    def _changed(self) -> bool:
        return self.edited is not None and self.current is not None and self.edited != self.current

    def _mark(self, problem: str) -> None:
        match = ERROR_PATH.match(problem)
        if not match or match["section"] not in BY_KEY:
            return
        table = self.tables[match["section"]]
        item = table.mark(int(match["row"]) if match["row"] else None, match["field"])
        if item is not None:
            table.scrollToItem(item)

    # -- sample basket -----------------------------------------------------------------------------
    def preview(self) -> None:
        program = self.edited or self.current
        if program is not None and [self.sample_tier.itemText(i) for i in range(self.sample_tier.count())] != \
                [t.name for t in program.tiers]:
            self.sample_tier.blockSignals(True)
            chosen = self.sample_tier.currentText()
            self.sample_tier.clear()
            self.sample_tier.addItems([t.name for t in program.tiers])
            self.sample_tier.setCurrentIndex(max(0, self.sample_tier.findText(chosen)))
            self.sample_tier.blockSignals(False)
        lines = [part.strip() for part in self.sample.text().split(",") if part.strip()]
        self.before.setText(self._earn(self.tr("In force"), self.current, lines))
        self.after.setText(self._earn(self.tr("After saving"), self.edited, lines))

    def _earn(self, label: str, program, lines: list[str]) -> str:
        if program is None:
            return self.tr("{label}: —").format(label=label)
        try:
            earned = sample_earn(program, self.ctx.loyalty.clock.now(), lines=lines,
                                 tier=self.sample_tier.currentText() or None)
        except LoyaltyError as exc:
            return self.tr("{label}: {problem}").format(label=label, problem=exc.message)
        return self.tr("{label}: {points} points (+{bonus} bonus) for {paid} as {tier}").format(
            label=label, points=self.ctx.fmt.points(earned["points"]), bonus=earned["bonus_points"],
            paid=self.ctx.fmt.money(earned["paid"]), tier=earned["tier"])

    # -- saving, import, export ---------------------------------------------------------------------
    def save(self) -> None:
        if not self.validate():
            return
        self.run(self.ctx.office.save_program, self.ctx.session, self.toml_text(), on_done=self._saved)

    def _saved(self, result: dict) -> None:
        self.say(self.tr("Saved as version {version}. The next sale earns by it.").format(
            version=result["program_version"]))
        self.ctx.extras["program_version"] = result["program_version"]
        self.activate()

    def import_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import TOML"), "", "TOML (*.toml)")
            if not path:
                return
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            self.say(self.tr("Cannot read {path}: {problem}").format(path=path, problem=exc), "error")
            return
        self.set_data(data)
        self.say(self.tr("Imported {path}; check it, then save.").format(path=path), "info")

    def export_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export TOML"), "program.toml", "TOML (*.toml)")
            if not path:
                return
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(self.toml_text())
        except OSError as exc:
            self.say(self.tr("Cannot write {path}: {problem}").format(path=path, problem=exc), "error")
            return
        self.say(self.tr("Written to {path}.").format(path=path))
