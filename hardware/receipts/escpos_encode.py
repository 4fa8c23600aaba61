"""Laid-out blocks -> ESC/POS bytes, with python-escpos's ``Dummy`` printer.

python-escpos encodes; our transports send. Three of its habits are handled here:

* **Code page pinned.** By default python-escpos picks a code page per character and switches
  (``ESC t``) in the middle of lines, which cheap printers mangle. We call ``charcode(CP)`` once
  after ``ESC @`` so every byte of text is in one code page (CP857 by default: it has the
  Turkish ç ğ ı İ ö ş ü and the Western accents é è à â ô); characters it lacks print as ``?``.
* **No stdout.** ``Escpos.barcode()`` prints "Using hardware barcode renderer"; we call the
  hardware renderer ``_hw_barcode`` (silent) for native barcodes, and send our own barcode
  picture through ``image()`` when the profile has no barcode support.
* **No temp-dir litter** on import: see :mod:`hardware._escpos`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from PIL import Image

from hardware._escpos import Dummy, EscposError, capabilities
from hardware.errors import DeviceConfigError
from hardware.receipts.barcodes import QUIET_MODULES, barcode_image, check_data, modules
from hardware.receipts.blocks import Barcode, Block, Cut, Feed, TextLine, chars_for_width

DEFAULT_CODEPAGE = "CP857"
DOT_WIDTH = 12          # font A cell: 12 x 24 dots
BARCODE_HEIGHT = 80     # dots


@dataclass(frozen=True)
class PrinterSetup:
    """How to talk to one printer model.

    ``profile`` is a python-escpos profile name (``TM-T20II``, ``POS-5890``...; None means
    ``default``). ``columns`` defaults to what the profile declares for font A when it describes
    a real model, else 32 at 58 mm and 48 at 80 mm. ``barcodes``: ``"auto"`` prints natively
    (``GS k``) when the profile supports it and as a raster image (``GS v 0``) otherwise;
    ``"native"`` / ``"image"`` force one.
    """

    profile: str | None = None
    width_mm: int = 80
    codepage: str = DEFAULT_CODEPAGE
    columns: int | None = None
    barcodes: str = "auto"

    def make(self) -> "EncoderContext":
        return EncoderContext(self)


class EncoderContext:
    def __init__(self, setup: PrinterSetup) -> None:
        name = setup.profile or "default"
        try:
            printer = Dummy(profile=name)
        except Exception as exc:  # python-escpos raises its own ProfileNotFoundError / KeyError
            raise DeviceConfigError(
                f"unknown printer profile {name!r} (python-escpos profiles: TM-T20II, TM-T88V, POS-5890, ...)"
            ) from exc
        if setup.barcodes not in ("auto", "native", "image"):
            raise DeviceConfigError(f"barcodes must be auto, native or image (got {setup.barcodes!r})")
        chars_for_width(setup.width_mm)
        # A private copy of the profile data, so filling in the paper width for this printer
        # never leaks into python-escpos's shared capability table.
        printer.profile.profile_data = copy.deepcopy(printer.profile.profile_data)
        media = printer.profile.profile_data.setdefault("media", {})
        width = media.setdefault("width", {})
        known_model = isinstance(width.get("pixels"), int)
        font_a = printer.profile.profile_data.get("fonts", {}).get("0", {}).get("columns")
        if setup.columns:
            self.columns = setup.columns
        elif known_model and isinstance(font_a, int):
            self.columns = font_a
        else:
            self.columns = chars_for_width(setup.width_mm)
        self.dots = self.columns * DOT_WIDTH
        if not known_model:
            width["pixels"] = self.dots
            width["mm"] = setup.width_mm
        if not isinstance(media.get("dpi"), int):
            media["dpi"] = 203
        try:
            printer.magic.encoder.get_encoding_name(setup.codepage)
        except ValueError:
            supported = ", ".join(sorted(printer.profile.get_code_pages()))
            raise DeviceConfigError(f"profile {name!r} has no code page {setup.codepage!r}; it has {supported}") from None
        self.setup = setup
        self.printer = printer
        self.profile_name = name
        self.codepage_number = int(printer.profile.get_code_pages()[printer.magic.encoder.get_encoding_name(setup.codepage)])
        hw = printer.profile.supports("barcodeB") or printer.profile.supports("barcodeA")
        self.native_barcodes = setup.barcodes == "native" or (setup.barcodes == "auto" and hw)
        self.function_type = "B" if printer.profile.supports("barcodeB") else "A"

    def encode(self, blocks: list[Block]) -> bytes:
        p = self.printer
        p.clear()
        p.hw("INIT")                                # ESC @ (the printer forgets its code page)
        # python-escpos remembers the code page of the previous job and would skip ESC t;
        # forget it so every job pins its code page again.
        p.magic.encoding = None
        p.magic.disabled = False
        p.charcode(self.setup.codepage)             # ESC t n, pinned from here on
        style = (False, False)
        for block in blocks:
            if isinstance(block, TextLine):
                if (block.bold, block.big) != style:
                    p.set(normal_textsize=not block.big, double_width=block.big, double_height=block.big, bold=block.bold)
                    style = (block.bold, block.big)
                p.textln(block.text)
            elif isinstance(block, Barcode):
                self._barcode(block)
            elif isinstance(block, Feed):
                p.ln(block.lines)
            elif isinstance(block, Cut):
                p.cut()                             # ESC d 6, GS V
        return p.output

    def _barcode(self, block: Barcode) -> None:
        p = self.printer
        check_data(block.symbology, block.data)
        if self.native_barcodes:
            data = block.data if block.symbology == "EAN13" else "{B" + block.data
            module = self._module_width(block)
            try:
                p._hw_barcode(data, block.symbology, height=BARCODE_HEIGHT, width=module, pos="BELOW",
                              font="A", align_ct=True, function_type=self.function_type)
            except EscposError as exc:
                raise DeviceConfigError(f"cannot encode barcode {block.data!r}: {exc}") from None
            p.set(align="left")
            p.ln()
        else:
            img = barcode_image(block.symbology, block.data, module_px=self._module_width(block), height_px=BARCODE_HEIGHT)
            page = Image.new("1", (self.dots, img.height), 1)
            page.paste(img, ((self.dots - img.width) // 2, 0))
            p.image(page, impl="bitImageRaster", center=False)

    def _module_width(self, block: Barcode) -> int:
        """The widest module (2-4 dots) that fits the barcode and its quiet zones on the paper."""
        count = len(modules(block.symbology, block.data)) + sum(QUIET_MODULES[block.symbology])
        for width in (3, 2):
            if count * width <= self.dots:
                return width
        raise DeviceConfigError(f"barcode {block.data!r} is too long for {self.columns}-column paper")


def profile_names() -> list[str]:
    return sorted(capabilities.CAPABILITIES["profiles"])
