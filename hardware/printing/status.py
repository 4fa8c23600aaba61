"""Printer status: the real-time ``DLE EOT n`` queries and what their answer bytes mean."""

from __future__ import annotations

from dataclasses import dataclass

QUERY_PRINTER = b"\x10\x04\x01"   # DLE EOT 1: printer status (bit 3: offline)
QUERY_PAPER = b"\x10\x04\x04"     # DLE EOT 4: roll paper sensor (bits 2,3: near end; 5,6: out)

OFFLINE_BIT = 0x08
NEAR_END_BITS = 0x0C
PAPER_OUT_BITS = 0x60


def is_status_byte(value: int) -> bool:
    """Every ``DLE EOT`` answer has bits 1 and 4 set and bits 0 and 7 clear."""
    return value & 0x93 == 0x12


@dataclass(frozen=True)
class PrinterStatus:
    """``online``: None when the printer cannot be asked (device file) or did not answer.
    ``paper``: ``"ok"``, ``"near_end"``, ``"out"`` or ``"unknown"``."""

    online: bool | None
    paper: str = "unknown"
    message: str = ""

    @property
    def can_print(self) -> bool:
        return self.online is not False and self.paper != "out"


def parse_printer_status(value: int | None) -> bool | None:
    if value is None or not is_status_byte(value):
        return None
    return not value & OFFLINE_BIT


def parse_paper_status(value: int | None) -> str:
    if value is None or not is_status_byte(value):
        return "unknown"
    if value & PAPER_OUT_BITS:
        return "out"
    if value & NEAR_END_BITS:
        return "near_end"
    return "ok"


def describe(status: PrinterStatus) -> str:
    if status.online is False:
        return "printer is offline (cover open, error, or switched off)"
    if status.paper == "out":
        return "printer is out of paper"
    if status.paper == "near_end":
        return "printer paper is running low"
    if status.online is None:
        return "printer does not report its status"
    return "printer ready"
