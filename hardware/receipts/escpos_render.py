"""ESC/POS bytes -> pictures and text, the way a thermal printer would print them.

The simulated printer runs every job through this interpreter, so what you see in its PNG is
what the bytes say (not what we meant to send): wrong code page bytes show up as wrong
letters, a barcode with a bad payload does not decode. It understands the subset of ESC/POS
our encoder and python-escpos emit (listed in :data:`SUPPORTED`); anything else raises
:class:`EscposSyntaxError` naming the command and its offset.

Geometry: font A cells are 12 x 24 dots (double size 24 x 48), the printable width is
``columns * 12`` dots, one PNG pixel is one printer dot (203 dpi), plus a paper margin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageDraw

from hardware.receipts.barcodes import BarcodeDataError, barcode_image, mono_font

SUPPORTED = (
    "LF", "ESC @", "ESC t n", "ESC ! n", "ESC E n", "ESC - n", "ESC M n", "ESC a n", "ESC d n", "ESC 2", "ESC 3 n",
    "GS ! n", "GS h n", "GS w n", "GS H n", "GS f n", "GS k", "GS v 0", "GS V", "DLE EOT n",
)
CELL_W, CELL_H = 12, 24
MARGIN = 24
# ESC t numbers -> Python codecs, for the code pages our profiles use (python-escpos table).
CODEPAGES = {0: "cp437", 2: "cp850", 13: "cp857", 16: "cp1252", 19: "cp858", 48: "cp1254",
             # 58 mm Chinese printers (POS-5890, ZJ-5870) number them differently
             52: "cp437", 53: "cp858", 61: "cp857", 91: "cp1254"}
GS_K_TYPES = {2: "EAN13", 67: "EAN13", 73: "CODE128"}


@lru_cache(maxsize=4096)
def _glyph(char: str, bold: bool, width: int, height: int) -> Image.Image:
    """One character cell as a printer would draw it (font A, scaled for double size)."""
    glyph = Image.new("1", (CELL_W, CELL_H), 1)
    ImageDraw.Draw(glyph).text((0, 0), char, font=mono_font(20, bold), fill=0)
    if (width, height) != (CELL_W, CELL_H):
        glyph = glyph.resize((width, height), Image.NEAREST)
    return glyph


class EscposSyntaxError(ValueError):
    pass


@dataclass
class Page:
    """One printed piece of paper (up to a cut)."""

    image: Image.Image
    text: str
    barcodes: list[tuple[str, str]] = field(default_factory=list)   # (symbology, data)
    cut: bool = False


class _State:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.codec = "cp437"
        self.bold = False
        self.double_w = False
        self.double_h = False
        self.align = 0
        self.bc_height = 162
        self.bc_width = 3
        self.hri = 0


class EscposRenderer:
    def __init__(self, columns: int = 48) -> None:
        self.columns = columns
        self.dots = columns * CELL_W
        self.pages: list[Page] = []
        self._start_page()
        self.state = _State()

    # -- page assembly -------------------------------------------------------------------
    def _start_page(self) -> None:
        self._rows: list[Image.Image] = []
        self._text: list[str] = []
        self._barcodes: list[tuple[str, str]] = []
        self._line: list[tuple[str, bool, bool, bool]] = []   # (char, bold, dw, dh)

    def _flush_line(self, force: bool = True) -> None:
        if not self._line and not force:
            return
        st = self.state
        height = CELL_H * (2 if any(dh for _, _, _, dh in self._line) else 1)
        row = Image.new("1", (self.dots, height), 1)
        draw = ImageDraw.Draw(row)
        width = sum(CELL_W * (2 if dw else 1) for _, _, dw, _ in self._line)
        x = {0: 0, 1: (self.dots - width) // 2, 2: self.dots - width}.get(st.align, 0)
        x = max(x, 0)
        for char, bold, dw, dh in self._line:
            cw = CELL_W * (2 if dw else 1)
            ch = CELL_H * (2 if dh else 1)
            if char != " ":
                row.paste(_glyph(char, bold, cw, ch), (x, height - ch))
            x += cw
        self._rows.append(row)
        self._text.append("".join(c for c, *_ in self._line).rstrip())
        self._line = []

    def _image_row(self, img: Image.Image, text: str) -> None:
        if self._line:
            self._flush_line()
        st = self.state
        row = Image.new("1", (self.dots, img.height), 1)
        x = {0: 0, 1: (self.dots - img.width) // 2, 2: self.dots - img.width}.get(st.align, 0)
        row.paste(img, (max(x, 0), 0))
        self._rows.append(row)
        if text:
            self._text.append(text.center(self.columns).rstrip())

    def _finish_page(self, cut: bool) -> None:
        if self._line:
            self._flush_line()
        height = sum(r.height for r in self._rows) + 2 * MARGIN
        page = Image.new("L", (self.dots + 2 * MARGIN, height), 255)
        y = MARGIN
        for row in self._rows:
            page.paste(row.convert("L"), (MARGIN, y))
            y += row.height
        if cut:
            draw = ImageDraw.Draw(page)
            for x0 in range(0, page.width, 12):
                draw.line([(x0, height - 2), (x0 + 6, height - 2)], fill=128)
        text = "\n".join(self._text).rstrip("\n") + "\n"
        self.pages.append(Page(page, text, list(self._barcodes), cut))
        self._start_page()

    # -- interpreter -----------------------------------------------------------------------
    def feed(self, data: bytes) -> list[Page]:
        """Interpret ``data``; returns the pages completed (cut) by it."""
        done_before = len(self.pages)
        i, n = 0, len(data)
        st = self.state

        def need(count: int) -> bytes:
            if i + count > n:
                raise EscposSyntaxError(f"truncated command at offset {i}: {data[i:i + 8]!r}")
            return data[i:i + count]

        while i < n:
            b = data[i]
            if b == 0x0A:
                self._flush_line()
                i += 1
            elif b == 0x1B:
                cmd = need(2)[1]
                if cmd == 0x40:                        # ESC @
                    if self._line:
                        self._flush_line()
                    st.reset()
                    i += 2
                elif cmd == 0x32:                      # ESC 2
                    i += 2
                elif cmd in (0x74, 0x21, 0x45, 0x2D, 0x4D, 0x61, 0x64, 0x33):
                    arg = need(3)[2]
                    i += 3
                    if cmd == 0x74:
                        if arg not in CODEPAGES:
                            raise EscposSyntaxError(f"code page ESC t {arg} not known to the simulator")
                        st.codec = CODEPAGES[arg]
                    elif cmd == 0x21:
                        st.bold = bool(arg & 0x08)
                        st.double_h = bool(arg & 0x10)
                        st.double_w = bool(arg & 0x20)
                    elif cmd == 0x45:
                        st.bold = bool(arg & 1)
                    elif cmd == 0x61:
                        st.align = arg % 48 if arg >= 48 else arg
                    elif cmd == 0x64:
                        self._flush_line(force=bool(self._line))
                        for _ in range(arg):
                            self._flush_line()
                else:
                    raise EscposSyntaxError(f"unsupported command ESC 0x{cmd:02x} at offset {i}")
            elif b == 0x1D:
                cmd = need(2)[1]
                if cmd in (0x21, 0x68, 0x77, 0x48, 0x66):
                    arg = need(3)[2]
                    i += 3
                    if cmd == 0x21:
                        st.double_w = (arg >> 4) > 0
                        st.double_h = (arg & 0x0F) > 0
                    elif cmd == 0x68:
                        st.bc_height = arg
                    elif cmd == 0x77:
                        st.bc_width = arg
                    elif cmd == 0x48:
                        st.hri = arg % 48 if arg >= 48 else arg
                elif cmd == 0x6B:                      # GS k m ...
                    m = need(3)[2]
                    if m >= 65:
                        length = need(4)[3]
                        payload = need(4 + length)[4:]
                        i += 4 + length
                    else:
                        end = data.find(b"\x00", i + 3)
                        if end < 0:
                            raise EscposSyntaxError(f"GS k {m} without NUL terminator at offset {i}")
                        payload = data[i + 3:end]
                        i = end + 1
                    self._barcode(m, payload)
                elif cmd == 0x76:                      # GS v 0 m xL xH yL yH d...
                    head = need(8)
                    if head[2] != 0x30:
                        raise EscposSyntaxError(f"unsupported GS v {head[2]:#x} at offset {i}")
                    xb = head[4] + 256 * head[5]
                    h = head[6] + 256 * head[7]
                    raster = need(8 + xb * h)[8:]
                    i += 8 + xb * h
                    img = Image.frombytes("1", (xb * 8, h), bytes(0xFF ^ v for v in raster))
                    self._image_row(img, "")
                elif cmd == 0x56:                      # GS V m [n]
                    m = need(3)[2]
                    i += 4 if m in (65, 66) else 3
                    self._finish_page(cut=True)
                else:
                    raise EscposSyntaxError(f"unsupported command GS 0x{cmd:02x} at offset {i}")
            elif b == 0x10:                            # DLE EOT n: a status query, prints nothing
                if need(2)[1] != 0x04:
                    raise EscposSyntaxError(f"unsupported command DLE 0x{data[i + 1]:02x} at offset {i}")
                i += 3
            elif b < 0x20:
                raise EscposSyntaxError(f"unsupported control byte 0x{b:02x} at offset {i}")
            else:
                j = i
                while j < n and data[j] >= 0x20:
                    j += 1
                for char in data[i:j].decode(st.codec, errors="replace"):
                    self._put(char)
                i = j
        return self.pages[done_before:]

    def _put(self, char: str) -> None:
        st = self.state
        used = sum(2 if dw else 1 for _, _, dw, _ in self._line)
        if used + (2 if st.double_w else 1) > self.columns:
            self._flush_line()                         # the printer wraps at the right margin
        self._line.append((char, st.bold, st.double_w, st.double_h))

    def _barcode(self, m: int, payload: bytes) -> None:
        kind = GS_K_TYPES.get(m)
        if kind is None:
            raise EscposSyntaxError(f"barcode type GS k {m} not known to the simulator")
        text = payload.decode("ascii", errors="replace")
        if kind == "CODE128":
            if not text.startswith("{B"):
                raise EscposSyntaxError(f"Code 128 payload must start with {{B, got {text!r}")
            text = text[2:]
        try:
            img = barcode_image(kind, text, module_px=self.state.bc_width, height_px=self.state.bc_height, hri=self.state.hri in (2, 3))
        except BarcodeDataError as exc:
            raise EscposSyntaxError(f"the printer would reject this barcode: {exc}") from None
        self._barcodes.append((kind, text))
        self._image_row(img, f"[{text}]")

    def finish(self) -> list[Page]:
        """Close an uncut page (a job without a cut still comes out of the printer)."""
        if self._rows or self._line:
            self._finish_page(cut=False)
        return self.pages


def render_escpos(data: bytes, columns: int = 48) -> list[Page]:
    renderer = EscposRenderer(columns)
    renderer.feed(data)
    return renderer.finish()
