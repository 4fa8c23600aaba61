"""The laid-out receipt: a list of blocks every output (text, ESC/POS, PNG) is made from.

Text lines are already wrapped and padded to the paper's width in characters, so the plain
text, the printer and the simulated printer's PNG show the same characters in the same
columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from hardware.safe_text import printable

#: characters per line in font A (12 x 24 dots) by paper width
CHARS_BY_WIDTH_MM = {58: 32, 80: 48}


def chars_for_width(width_mm: int) -> int:
    try:
        return CHARS_BY_WIDTH_MM[width_mm]
    except KeyError:
        raise ValueError(f"paper width must be 58 or 80 mm, got {width_mm!r}") from None


@dataclass(frozen=True)
class TextLine:
    text: str           # wrapped and padded; at most width (or width // 2 when big) characters
    bold: bool = False
    big: bool = False   # double width and double height

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", printable(self.text))


@dataclass(frozen=True)
class Barcode:
    symbology: str      # "EAN13" | "CODE128"
    data: str


@dataclass(frozen=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True)
class Cut:
    pass


Block = TextLine | Barcode | Feed | Cut
