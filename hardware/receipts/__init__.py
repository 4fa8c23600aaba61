"""Receipts: a plain-data model, templates, and three outputs made from one layout.

* :func:`render_text` - the receipt as plain text, ``width_chars`` wide;
* :func:`encode_escpos` - the ESC/POS bytes a printer gets;
* :func:`render_png` - a picture of the paper, made by running those ESC/POS bytes through
  the interpreter in :mod:`hardware.receipts.escpos_render` (so the PNG shows what the bytes
  say, barcodes included).

Money and dates are pre-formatted strings; see :mod:`hardware.receipts.model`.
"""

from __future__ import annotations

from pathlib import Path

from hardware.receipts.blocks import Barcode, Block, Cut, Feed, TextLine, chars_for_width
from hardware.receipts.escpos_encode import PrinterSetup
from hardware.receipts.escpos_render import Page, render_escpos
from hardware.receipts.model import (
    PHRASES, CardSlip, DaySummary, DiscountLine, ExpiringPoints, InfoLine, MemberSummary, NextTier, Printable, Receipt,
    RefundSlip, RulePoints, SaleLine, StoreHeader, SummaryRow, SummarySection, TestPage,
)
from hardware.receipts.template import TemplateError, load_template


def ruler(width: int) -> str:
    """``1234567890123...`` up to ``width``: shows the printable width on a test page."""
    return "".join(str((i + 1) % 10) for i in range(width))


def layout(doc: Printable, width_chars: int, template_dir: Path | None = None) -> list[Block]:
    """The document's template filled in and laid out for ``width_chars`` columns."""
    if width_chars < 24 or width_chars > 64:
        raise ValueError(f"width_chars must be between 24 and 64, got {width_chars}")
    context = {"width": width_chars, "ruler": ruler(width_chars), **doc.context()}
    return load_template(doc.template, template_dir).render(context, width_chars)


def blocks_to_text(blocks: list[Block], width_chars: int) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, TextLine):
            text = block.text
            if block.big:  # double width: each character takes two columns
                text = "".join(c + " " for c in text).rstrip()
            out.append(text.rstrip())
        elif isinstance(block, Barcode):
            out.append(f"[{block.data}]".center(width_chars).rstrip())
        elif isinstance(block, Feed):
            out.extend([""] * block.lines)
        elif isinstance(block, Cut):
            out.append("- " * (width_chars // 2))
    return "\n".join(out) + "\n"


def render_text(doc: Printable, width_chars: int = 48) -> str:
    return blocks_to_text(layout(doc, width_chars), width_chars)


def encode_escpos(doc: Printable, profile: str | None = None, width_mm: int = 80, *, codepage: str = "CP857",
                  barcodes: str = "auto", columns: int | None = None) -> bytes:
    """ESC/POS for ``doc``: ``ESC @``, ``ESC t`` (pinned code page), text, barcodes, ``GS V``."""
    enc = PrinterSetup(profile, width_mm, codepage, columns, barcodes).make()
    return enc.encode(layout(doc, enc.columns))


def render_png(doc: Printable, path: str | Path, width_mm: int = 80, *, profile: str | None = None,
               barcodes: str = "auto") -> Page:
    """Write a PNG of the printed paper to ``path`` and return the rendered page."""
    enc = PrinterSetup(profile, width_mm, barcodes=barcodes).make()
    pages = render_escpos(enc.encode(layout(doc, enc.columns)), enc.columns)
    page = pages[0]
    page.image.save(str(path), format="PNG")
    return page


__all__ = [
    "Receipt", "InfoLine", "CardSlip", "RefundSlip", "TestPage", "DaySummary", "SummarySection", "SummaryRow", "PHRASES",
    "StoreHeader", "SaleLine", "DiscountLine", "RulePoints", "ExpiringPoints",
    "MemberSummary", "NextTier", "Printable", "PrinterSetup", "TemplateError", "layout", "render_text",
    "encode_escpos", "render_png", "blocks_to_text", "chars_for_width", "ruler",
]
