"""Text that came from outside (names, categories, reasons, CSV cells) on its way to a screen,
a printer or a PDF: no control characters (an ESC in a name could open the cash drawer)."""

from __future__ import annotations


def strip_controls(text: str | None) -> str:
    """Every character that is not printable (controls, line and paragraph separators) becomes
    a space; runs of spaces collapse."""
    if not text:
        return ""
    return " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())


def has_controls(text: str | None) -> bool:
    return any(not c.isprintable() and c not in " " for c in (text or ""))
