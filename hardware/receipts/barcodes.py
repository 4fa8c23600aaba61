"""Barcode pictures, drawn from python-barcode's module patterns.

python-barcode computes the bar/space pattern (EAN-13 parity, Code 128 code sets and check
symbol); we draw it at a whole number of printer dots per module so the picture is crisp on a
203 dpi head and in a PNG alike. python-barcode silently *replaces* a wrong EAN check digit with
the right one, which would print a different card number than the one asked for, so EAN
input is validated here first.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import barcode as pybarcode
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFont

from hardware.resource_files import resource_path
from hardware.scanning.codes import has_valid_check_digit

QUIET_MODULES = {"EAN13": (11, 7), "CODE128": (10, 10)}


class BarcodeDataError(ValueError):
    """Data that cannot be printed as the requested barcode."""


@lru_cache(maxsize=8)
def mono_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans Mono shipped in resources/fonts (so every machine renders alike); falls
    back to the system's copy, then to Pillow's built-in font."""
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    for candidate in (resource_path("fonts", name), Path("/usr/share/fonts/truetype/dejavu") / name):
        if candidate.exists():
            return ImageFont.truetype(str(candidate), size)
    return ImageFont.load_default(size)


def check_data(symbology: str, data: str) -> str:
    if symbology == "EAN13":
        if len(data) != 13 or not has_valid_check_digit(data):
            raise BarcodeDataError(f"{data!r} is not an EAN-13 with a valid check digit")
    elif symbology == "CODE128":
        if not data or not data.isascii() or not data.isprintable():
            raise BarcodeDataError(f"{data!r} cannot be printed as Code 128 (printable ASCII only)")
    else:
        raise BarcodeDataError(f"unsupported symbology {symbology!r}")
    return data


def modules(symbology: str, data: str) -> str:
    """The bar pattern as a string of '1' (bar) and '0' (space), without quiet zones."""
    check_data(symbology, data)
    cls = pybarcode.get_barcode_class("ean13" if symbology == "EAN13" else "code128")
    return "".join(cls(data).build())


def barcode_image(symbology: str, data: str, *, module_px: int = 2, height_px: int = 80, hri: bool = True) -> Image.Image:
    """A 1-bit picture: quiet zones, bars ``module_px`` dots wide, the digits underneath."""
    pattern = modules(symbology, data)
    left_q, right_q = QUIET_MODULES[symbology]
    width = (left_q + len(pattern) + right_q) * module_px
    text_h = 28 if hri else 0
    img = Image.new("1", (width, height_px + text_h), 1)
    draw = ImageDraw.Draw(img)
    x = left_q * module_px
    for bit in pattern:
        if bit == "1":
            draw.rectangle([x, 0, x + module_px - 1, height_px - 1], fill=0)
        x += module_px
    if hri:
        font = mono_font(20)
        tw = draw.textlength(data, font=font)
        draw.text(((width - tw) / 2, height_px + 2), data, font=font, fill=0)
    return img


def card_image(card_number: str, path: str | Path | None = None) -> Image.Image:
    """The member card as python-barcode's own EAN-13 rendering (for screens and card
    printing). Saved as PNG when ``path`` is given."""
    check_data("EAN13", card_number)
    writer = ImageWriter()
    code = pybarcode.get_barcode_class("ean13")(card_number, writer=writer)
    img = code.render({"module_width": 0.33, "module_height": 15.0, "quiet_zone": 4.0,
                       "font_path": str(resource_path("fonts", "DejaVuSansMono.ttf")), "font_size": 10, "dpi": 300})
    if path is not None:
        img.save(str(path), format="PNG")
    return img
