"""The sale being rung up, as a Qt table model, and how it becomes an engine request."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from terminal.domain.money import format_minor
from terminal.domain.program import Program

from .formatting import Formatter


@dataclass
class Entry:
    """One line: a catalog product (``sku``) or an amount in a category (``category`` may be None)."""

    unit_minor: int
    quantity: int = 1
    category: str | None = None
    sku: str | None = None
    name: str | None = None

    @property
    def amount(self) -> int:
        return self.unit_minor * self.quantity


class SaleLinesModel(QAbstractTableModel):
    def __init__(self, program: Program, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.program, self.fmt = program, fmt
        self.entries: list[Entry] = []

    # -- editing ---------------------------------------------------------------------------------
    def add(self, entry: Entry) -> None:
        for row, existing in enumerate(self.entries):  # the same product scanned again: one more
            if entry.sku and existing.sku == entry.sku:
                existing.quantity += entry.quantity
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
                return
        self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries))
        self.entries.append(entry)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.entries[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.entries = []
        self.endResetModel()

    def total(self) -> int:
        return sum(e.amount for e in self.entries)

    def request_fields(self) -> dict:
        """``Loyalty.request`` keyword arguments for these lines. Amounts without a category are
        one ``amount``; categorised amounts are ``lines``; products are ``items``."""
        exponent = self.program.currency.exponent
        loose = sum(e.amount for e in self.entries if e.sku is None and not e.category)
        fields: dict = {
            "amount": format_minor(loose, exponent) if loose else None,
            "lines": [f"{e.category}={format_minor(e.unit_minor, exponent)}x{e.quantity}"
                      for e in self.entries if e.sku is None and e.category],
            "items": [f"{e.sku}x{e.quantity}" for e in self.entries if e.sku],
        }
        return fields

    def skus(self) -> set[str]:
        return {e.sku for e in self.entries if e.sku}

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (QCoreApplication.translate("SaleLinesModel", "Item"),
                QCoreApplication.translate("SaleLinesModel", "Qty"),
                QCoreApplication.translate("SaleLinesModel", "Amount"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                if entry.name:
                    return entry.name
                if entry.category:
                    return QCoreApplication.translate("SaleLinesModel", "Amount · {category}").format(
                        category=entry.category)
                return QCoreApplication.translate("SaleLinesModel", "Amount")
            if index.column() == 1:
                return str(entry.quantity)
            return self.fmt.money(entry.amount)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, 2))
