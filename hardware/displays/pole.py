"""Customer-facing pole display: 2 lines x 20 characters (VFD), ESC/POS-style commands.

Commands (Epson DM-D compatible, which most pole displays emulate): ``ESC @`` initialise,
``ESC t n`` character table, ``FF`` (0x0C) clear, ``US $ x y`` move the cursor to column x,
row y (1-based). Each update clears and rewrites both lines, so a display that missed a byte
is correct again on the next update.

All output runs on the display's own thread: ``show``/``clear``/``show_member`` return a
``Future`` at once. A display that is unplugged reports ``offline`` through ``on_status`` and
is reopened on the next update; nothing is queued for it (stale text is worthless).
"""

from __future__ import annotations

import abc
import threading
import unicodedata
from typing import Callable

from PIL import Image, ImageDraw

from hardware.errors import DeviceError, DeviceUnavailable
from hardware.events import DeviceState, DeviceStatus, safe_call
from hardware.safe_text import printable
from hardware.receipts.barcodes import mono_font
from hardware.transports.base import Transport
from hardware.worker import DeviceWorker

COLUMNS = 20
ROWS = 2
INIT = b"\x1b@"
CLEAR = b"\x0c"
# ESC t numbers for DM-D displays
CODEPAGE_NUMBERS = {"CP437": 0, "CP850": 2, "CP857": 13, "CP858": 19, "CP1254": 48}


def fit(text: str, columns: int = COLUMNS) -> str:
    """Cut ``text`` to ``columns`` (with a trailing "." when cut) and pad it."""
    text = " ".join(printable(text).split())
    if len(text) > columns:
        text = text[: columns - 1] + "."
    return text.ljust(columns)


def member_lines(name: str, balance: str) -> tuple[str, str]:
    """Line 1 the member's name, line 2 their balance right-aligned ("Points: 1,240")."""
    return fit(name), fit(balance).rstrip().rjust(COLUMNS)


class PoleDisplay(abc.ABC):
    kind = "display"

    def __init__(self, url: str, on_status: Callable[[DeviceStatus], None] | None = None) -> None:
        self.url = url
        self.on_status = on_status
        self.lines = (" " * COLUMNS, " " * COLUMNS)
        self._worker = DeviceWorker(f"display:{url}")
        self._state: DeviceState | None = None

    def show(self, line1: str, line2: str = ""):
        lines = (fit(line1), fit(line2))
        return self._worker.submit(self._apply, lines)

    def show_member(self, name: str, balance: str):
        return self._worker.submit(self._apply, member_lines(name, balance))

    def clear(self):
        return self.show("", "")

    def close(self) -> None:
        self._worker.stop()
        self._close_device()

    def _apply(self, lines: tuple[str, str]) -> None:
        try:
            self._write(lines)
        except DeviceError as exc:
            self._status(DeviceState.OFFLINE, f"pole display unavailable: {exc}")
            raise
        self.lines = lines
        self._status(DeviceState.ONLINE, "pole display ready")

    def _status(self, state: DeviceState, message: str) -> None:
        if state is not self._state:
            self._state = state
            safe_call(self.on_status, DeviceStatus(self.url, self.kind, state, message))

    @abc.abstractmethod
    def _write(self, lines: tuple[str, str]) -> None: ...

    def _close_device(self) -> None:
        pass

    def render(self, scale: int = 2) -> Image.Image:
        """A picture of the display as it stands (green VFD dots on black)."""
        cw, ch = 12 * scale, 24 * scale
        img = Image.new("RGB", (COLUMNS * cw + 2 * cw, ROWS * ch + ch), (12, 16, 14))
        draw = ImageDraw.Draw(img)
        font = mono_font(20 * scale)
        for row, text in enumerate(self.lines):
            draw.text((cw, ch // 2 + row * ch), text, font=font, fill=(80, 255, 170))
        return img


class EscposPoleDisplay(PoleDisplay):
    def __init__(self, url: str, transport: Transport, codepage: str = "CP857",
                 on_status: Callable[[DeviceStatus], None] | None = None) -> None:
        super().__init__(url, on_status)
        if codepage.upper() not in CODEPAGE_NUMBERS:
            raise ValueError(f"display code page must be one of {', '.join(CODEPAGE_NUMBERS)}")
        self.transport = transport
        self.codepage = codepage.upper()
        self._initialised = False

    def encode(self, lines: tuple[str, str]) -> bytes:
        out = bytearray()
        if not self._initialised:
            out += INIT + b"\x1bt" + bytes([CODEPAGE_NUMBERS[self.codepage]])
        out += CLEAR
        for row, text in enumerate(lines, 1):
            out += b"\x1f$" + bytes([1, row]) + _encode(text, self.codepage)
        return bytes(out)

    def _write(self, lines: tuple[str, str]) -> None:
        try:
            if not self.transport.is_open:
                self._initialised = False
                self.transport.open()
            self.transport.write(self.encode(lines))
            self._initialised = True
        except DeviceError:
            self.transport.close()
            self._initialised = False
            raise

    def _close_device(self) -> None:
        self.transport.close()


def _encode(text: str, codepage: str) -> bytes:
    out = bytearray()
    for char in text:
        try:
            out += char.encode(codepage)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", char).encode("ascii", "ignore")
            out += base[:1] or b"?"
    return bytes(out)


class SimPoleDisplay(PoleDisplay):
    """Keeps its two lines in memory (:attr:`lines`, :meth:`render`); can be unplugged."""

    def __init__(self, url: str = "sim:", on_status: Callable[[DeviceStatus], None] | None = None) -> None:
        super().__init__(url, on_status)
        self.connected = True
        self.history: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def _write(self, lines: tuple[str, str]) -> None:
        if not self.connected:
            raise DeviceUnavailable("simulated display unplugged", device=self.url)
        with self._lock:
            self.history.append(lines)
