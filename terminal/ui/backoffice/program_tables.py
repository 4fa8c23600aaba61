"""Editable tables for the program editor, one per TOML table of SPEC section 2, and the typing
of their cells back into TOML values. The typing is deliberately thin: a cell that is not the
type a field needs is passed on as typed, so the one validator (``terminal.domain.program``)
says what is wrong, in the same words as ``loyalty program import``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from terminal.domain.text import strip_controls

ERROR_BRUSH = QBrush(QColor("#fde2e2"))


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "str"      # str | int | bool | list | ints


@dataclass(frozen=True)
class Section:
    key: str               # the TOML table: "tiers", "program", ...
    fields: tuple[Field, ...]
    many: bool = True      # [[array of tables]] (rows) or one [table] (a column of fields)


SECTIONS = (
    Section("program", (Field("name"), Field("currency"), Field("region"), Field("timezone"), Field("points_per_unit"),
                        Field("rounding"), Field("point_value"), Field("expiry_months", "int"), Field("card_prefix"),
                        Field("display"), Field("expiry_days", "int"), Field("pending_days", "int")), many=False),
    Section("tiers", (Field("name"), Field("min_spend"), Field("multiplier"))),
    Section("categories", (Field("name"), Field("earn", "bool"), Field("multiplier"))),
    Section("campaigns", (Field("code"), Field("kind"), Field("value"), Field("weekdays", "list"), Field("starts"),
                          Field("ends"), Field("hours", "ints"), Field("min_spend"), Field("categories", "list"),
                          Field("tiers", "list"), Field("first_purchase", "bool"), Field("birthday_month", "bool"),
                          Field("offer"), Field("valid_days", "int"))),
    Section("challenges", (Field("code"), Field("name"), Field("kind"), Field("target"), Field("bonus", "int"),
                           Field("period"), Field("days", "int"), Field("starts"), Field("ends"))),
    Section("memberships", (Field("code"), Field("name"), Field("tier"), Field("months", "int"), Field("price"),
                            Field("category"))),
    Section("promo_codes", (Field("code"), Field("campaign"), Field("reward"), Field("starts"), Field("ends"),
                            Field("per_member", "int"), Field("total", "int"))),
    Section("punch_cards", (Field("code"), Field("category"), Field("units", "int"), Field("reward"))),
    Section("rewards", (Field("code"), Field("kind"), Field("points", "int"), Field("value"), Field("max_value"),
                        Field("sku"), Field("charity"))),
    Section("redemption", (Field("min_points", "int"), Field("max_fraction_of_sale"),
                           Field("offline_max_points", "int")), many=False),
    Section("tier_window", (Field("days", "int"),), many=False),
    Section("referral", (Field("referrer_bonus", "int"), Field("referee_bonus", "int"), Field("paid_on")),
            many=False),
)
BY_KEY = {s.key: s for s in SECTIONS}


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def typed(text: str, kind: str):
    """The TOML value of a cell; ``None`` leaves the key out (its default applies)."""
    text = strip_controls(text)
    if text == "":
        return None
    if kind == "int":
        return int(text) if text.lstrip("-").isdigit() else text
    if kind in ("list", "ints"):
        items = [part.strip() for part in text.split(",") if part.strip()]
        return [int(i) if kind == "ints" and i.isdigit() else i for i in items]
    return text


class SectionTable(QTableWidget):
    """Rows of an array of tables, or one column of a single table's fields."""

    def __init__(self, section: Section) -> None:
        fields = section.fields
        super().__init__(0 if section.many else len(fields), len(fields) if section.many else 1)
        self.section = section
        self.setObjectName(f"program_{section.key}")
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        names = [f.name for f in fields]
        if section.many:
            self.setHorizontalHeaderLabels(names)
            self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.horizontalHeader().setStretchLastSection(True)
            self.verticalHeader().setDefaultSectionSize(40)
        else:
            self.setVerticalHeaderLabels(names)
            self.horizontalHeader().hide()
            self.horizontalHeader().setStretchLastSection(True)

    def _cell(self, row: int, column: int, field: Field, value) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if field.kind == "bool":
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        else:
            item.setText(cell_text(value))
        return item

    def load(self, data) -> None:
        self.blockSignals(True)
        if self.section.many:
            rows = data or []
            self.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, field in enumerate(self.section.fields):
                    self.setItem(r, c, self._cell(r, c, field, row.get(field.name)))
        else:
            for r, field in enumerate(self.section.fields):
                self.setItem(r, 0, self._cell(r, 0, field, (data or {}).get(field.name)))
        self.blockSignals(False)

    def _value(self, row: int, column: int, field: Field):
        item = self.item(row, column)
        if item is None:
            return None
        if field.kind == "bool":
            return item.checkState() == Qt.CheckState.Checked
        return typed(item.text(), field.kind)

    def value(self):
        """The table as TOML data: a list of dicts, or one dict (``None`` when it is empty)."""
        if self.section.many:
            rows = []
            for r in range(self.rowCount()):
                row = {f.name: self._value(r, c, f) for c, f in enumerate(self.section.fields)}
                row = {k: v for k, v in row.items() if v is not None}
                rows.append(row)
            return rows
        table = {f.name: self._value(r, 0, f) for r, f in enumerate(self.section.fields)}
        table = {k: v for k, v in table.items() if v is not None}
        return table or None

    def add_row(self) -> None:
        if self.section.many:
            self.blockSignals(True)
            row = self.rowCount()
            self.insertRow(row)
            for c, field in enumerate(self.section.fields):
                self.setItem(row, c, self._cell(row, c, field, None))
            self.blockSignals(False)
            self.setCurrentCell(row, 0)

    def remove_row(self) -> None:
        if self.section.many and self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def clear_marks(self) -> None:
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())

    def mark(self, row: int | None, field: str | None) -> QTableWidgetItem | None:
        names = [f.name for f in self.section.fields]
        if field not in names:
            return None
        r, c = (row or 0, names.index(field)) if self.section.many else (names.index(field), 0)
        item = self.item(r, c)
        if item is not None:
            item.setBackground(ERROR_BRUSH)
        return item
