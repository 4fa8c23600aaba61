"""Cutting a serial scanner's byte stream into codes.

A serial scanner sends each code as printable ASCII followed by a suffix (CR, LF or CR LF,
set in the scanner's configuration). Between scans the line can carry garbage: a scanner
powering up, a wrong baud rate, a loose connector. :class:`LineFramer` is pure logic (feed it
bytes and the time they arrived; it returns what they made) so every rule here is tested
without a port:

* a non-printable byte that is not part of the suffix is noise: what was collected so far is
  dropped (reported as ``noise``) and collection restarts after it;
* a line longer than ``max_length`` is refused (``too_long``) and everything up to the next
  suffix is dropped with it, so its tail never passes for a code;
* a partial line that sits unfinished for ``partial_timeout`` seconds is dropped (``partial``):
  a scanner sends a whole code within milliseconds, so a stale fragment is a glitch and must
  not prefix the next scan;
* empty lines are ignored silently.
"""

from __future__ import annotations

from dataclasses import dataclass

SUFFIXES = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n", "tab": b"\t"}


def parse_suffix(name: str) -> bytes:
    try:
        return SUFFIXES[name.lower()]
    except KeyError:
        raise ValueError(f"scanner suffix must be one of {', '.join(SUFFIXES)} (got {name!r})") from None


@dataclass(frozen=True)
class Frame:
    code: str


@dataclass(frozen=True)
class Rejected:
    reason: str   # "noise" | "too_long" | "partial"
    data: bytes


class LineFramer:
    def __init__(self, suffix: bytes = b"\r", max_length: int = 64, partial_timeout: float = 0.5) -> None:
        if not suffix or any(32 <= b < 127 for b in suffix):
            raise ValueError("the suffix must be non-empty and made of control characters")
        if max_length < 1:
            raise ValueError("max_length must be at least 1")
        self.suffix = suffix
        self.max_length = max_length
        self.partial_timeout = partial_timeout
        self._buf = bytearray()
        self._pending_suffix = bytearray()  # a prefix of a multi-byte suffix seen so far
        self._overflow = False
        self._last: float | None = None

    def feed(self, data: bytes, now: float) -> list[Frame | Rejected]:
        out: list[Frame | Rejected] = self.expire(now)
        self._last = now
        for byte in data:
            if self._pending_suffix or byte == self.suffix[0]:
                expected = self.suffix[len(self._pending_suffix)]
                if byte == expected:
                    self._pending_suffix.append(byte)
                    if len(self._pending_suffix) == len(self.suffix):
                        self._pending_suffix.clear()
                        self._end_line(out)
                    continue
                # half a suffix followed by something else: the half was noise
                self._pending_suffix.clear()
                self._noise(out, bytes([self.suffix[0]]))
                if byte == self.suffix[0]:
                    self._pending_suffix.append(byte)
                    if len(self.suffix) == 1:
                        self._pending_suffix.clear()
                        self._end_line(out)
                    continue
            if 32 <= byte < 127:
                if self._overflow:
                    self._buf.append(byte)
                    continue
                self._buf.append(byte)
                if len(self._buf) > self.max_length:
                    self._overflow = True
            else:
                self._noise(out, bytes([byte]))
        return out

    def expire(self, now: float) -> list[Frame | Rejected]:
        """Drop a partial line left unfinished for longer than ``partial_timeout``."""
        if (self._buf or self._pending_suffix) and self._last is not None and now - self._last > self.partial_timeout:
            data = bytes(self._buf + self._pending_suffix)
            reason = "too_long" if self._overflow else "partial"
            self._reset()
            return [Rejected(reason, data)]
        return []

    def _reset(self) -> None:
        self._buf.clear()
        self._pending_suffix.clear()
        self._overflow = False

    def _noise(self, out: list[Frame | Rejected], byte: bytes) -> None:
        data = bytes(self._buf) + byte
        self._buf.clear()
        # Merge consecutive noise into one report instead of one per byte.
        if out and isinstance(out[-1], Rejected) and out[-1].reason == "noise" and not self._overflow:
            out[-1] = Rejected("noise", out[-1].data + data)
        else:
            out.append(Rejected("too_long" if self._overflow else "noise", data))
        # Overflow persists until a suffix: the tail of an over-long line is never a code.

    def _end_line(self, out: list[Frame | Rejected]) -> None:
        data = bytes(self._buf)
        overflow = self._overflow
        self._reset()
        if overflow:
            out.append(Rejected("too_long", data))
        elif data:
            out.append(Frame(data.decode("ascii")))
