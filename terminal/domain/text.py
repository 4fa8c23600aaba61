"""The one sanitiser for text that came from outside (names, categories, ids, reasons, CSV
cells, facts received from head office) on its way to paper, a screen or a terminal.

Two halves of one rule (:func:`is_unsafe`: C0 and C1 controls, DEL, line and paragraph
separators, and the bidirectional overrides, embeddings and isolates that can reorder what a
cashier reads):

* at entry, :func:`require_clean` refuses such text naming the field (``invalid_input``), and
  :func:`require_label` also refuses text with nothing visible in it (a zero-width space);
* at output, :func:`escape` shows what slipped through (older rows, facts from elsewhere) as
  visible ``\\x1b``-style escapes, so an ``ESC p`` in a name can never reach a printer as a
  command nor ``ESC [2J`` clear a terminal. The hardware layer, which imports nothing of the
  terminal, applies the same rule to ESC/POS text (``hardware.receipts.escpos_encode``).
"""

from __future__ import annotations

import unicodedata

from .errors import InvalidInput

#: Bidirectional formatting characters: embeddings/overrides (LRE RLE PDF LRO RLO), isolates
#: (LRI RLI FSI PDI) and the Arabic letter mark.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
#: Characters that draw nothing (zero-width space, joiners, word joiner, BOM, soft hyphen...).
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")


def is_unsafe(char: str) -> bool:
    """A character that must never reach paper, a screen or a terminal as itself."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or char in BIDI_CONTROLS or char in "\u2028\u2029"


def has_unsafe(text: str | None) -> bool:
    return any(is_unsafe(c) for c in (text or ""))


def escape(text: object) -> str:
    """``text`` with every unsafe character written as a visible escape (``\\x1b``, ``\\u202e``)."""
    if text is None:
        return ""
    text = str(text)
    if not has_unsafe(text):
        return text
    return "".join((f"\\x{ord(c):02x}" if ord(c) <= 0xFF else f"\\u{ord(c):04x}") if is_unsafe(c) else c
                   for c in text)


def escape_lines(text: str) -> str:
    """Multi-line output made by the application (tables, pairs): each line escaped, the line
    breaks kept."""
    return "\n".join(escape(line) for line in str(text).split("\n"))


def require_clean(text: str | None, what: str, *, error=InvalidInput) -> str | None:
    """``text`` unchanged, or ``error`` naming ``what`` when it holds an unsafe character."""
    if text is not None and has_unsafe(text):
        bad = next(c for c in text if is_unsafe(c))
        raise error(f"{what} contains the control character U+{ord(bad):04X}; only printable text is accepted")
    return text


def is_visible(text: str | None) -> bool:
    """True when ``text`` has at least one character that draws something."""
    return any(not c.isspace() and c not in INVISIBLE and unicodedata.category(c) not in ("Cc", "Cf", "Zs")
               for c in (text or ""))


def require_label(text: str | None, what: str, *, error=InvalidInput, alnum: bool = False) -> str:
    """A name, category or id typed by someone: no unsafe character, something visible, and
    (``alnum``) at least one letter or digit (a category ``=`` names nothing)."""
    # printable ASCII (most names) holds nothing unsafe and draws every character but spaces
    plain = text is not None and text.isascii() and text.isprintable()
    if not plain:
        require_clean(text, what, error=error)
    text = " ".join((text or "").split())
    if not (text if plain else is_visible(text)):
        raise error(f"{what} is empty or only invisible characters")
    if alnum and not any(c.isalnum() for c in text):
        raise error(f"{what} {text!r} needs at least one letter or digit")
    return text


def strip_controls(text: str | None) -> str:
    """Every character that is not printable (controls, line and paragraph separators) becomes
    a space; runs of spaces collapse."""
    if not text:
        return ""
    return " ".join("".join(c if c.isprintable() and not is_unsafe(c) else " " for c in str(text)).split())


def has_controls(text: str | None) -> bool:
    return any((not c.isprintable() and c not in " ") or is_unsafe(c) for c in (text or ""))
