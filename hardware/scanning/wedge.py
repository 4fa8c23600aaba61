"""Telling a keyboard-wedge scanner from a person typing, by timing alone.

A keyboard-wedge scanner "types" its code: a burst of key presses a few milliseconds apart,
ended by Enter (or Tab). People type 5-15 keys a second; even a fast typist leaves more
than ~40 ms between most keys. :class:`WedgeClassifier` is pure logic with an injectable
monotonic clock, or with the time each key was pressed: :meth:`WedgeClassifier.feed` takes
``now``, so the GUI's event filter passes the key events' own timestamps where the platform
gives them (X11 does; Qt's synthesized events carry 0, and then the clock is read), which a
busy event loop does not distort. A short timer calls :meth:`WedgeClassifier.poll` or
:meth:`WedgeClassifier.release`.

Protocol for the event filter (which belongs to the GUI):

* ``feed(key)`` returns a :class:`Decision`:
  - ``PENDING``: swallow the key for now; it may be part of a scan;
  - ``SCAN``: swallow the key; ``decision.code`` is a complete scan;
  - ``RELEASE``: ``decision.keys`` were typed by a person: re-deliver them, in order, to the
    widget that had focus (the current key is included when it belongs to them).
* ``poll()`` returns a ``RELEASE`` decision (or ``None``) when held keys have waited longer than
  ``max_gap``: a person typed one key and stopped.

A burst is a scan when it has at least ``min_length`` characters, every gap between
consecutive keys (and before the terminator) is at most ``max_gap`` seconds, and it ends with
one of ``terminators``. Boundaries are inclusive: a gap equal to ``max_gap`` still counts as
scanner speed.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass, field
from typing import Callable

ENTER = "\r"
_EPSILON = 1e-9  # float timestamps: a gap "equal" to max_gap may differ in the last bit
TAB = "\t"


class Kind(enum.Enum):
    PENDING = "pending"
    SCAN = "scan"
    RELEASE = "release"


@dataclass(frozen=True)
class Decision:
    kind: Kind
    code: str = ""
    keys: tuple[str, ...] = field(default_factory=tuple)


PENDING = Decision(Kind.PENDING)


class WedgeClassifier:
    def __init__(
        self,
        *,
        max_gap: float = 0.030,
        min_length: int = 6,
        max_length: int = 64,
        terminators: tuple[str, ...] = (ENTER, "\n", TAB),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_gap <= 0 or min_length < 1 or max_length < min_length:
            raise ValueError("need max_gap > 0 and 1 <= min_length <= max_length")
        self.max_gap = max_gap
        self.min_length = min_length
        self.max_length = max_length
        self.terminators = terminators
        self.clock = clock
        self._keys: list[str] = []
        self._last: float | None = None

    @property
    def holding(self) -> tuple[str, ...]:
        """Keys currently held back, waiting to be judged."""
        return tuple(self._keys)

    def feed(self, key: str, now: float | None = None) -> Decision:
        """Judge one key (a printable character, or ``"\\r"``/``"\\n"``/``"\\t"``)."""
        now = self.clock() if now is None else now
        fast = self._last is not None and now - self._last <= self.max_gap + _EPSILON
        if key in self.terminators:
            if fast and self.min_length <= len(self._keys):
                code = "".join(self._keys)
                self._clear()
                return Decision(Kind.SCAN, code=code)
            return self._release(extra=key)
        if len(key) != 1 or not key.isprintable():
            # Arrows, function keys, modifiers: a person is at the keyboard.
            return self._release(extra=key)
        if self._keys and not fast:
            # Too slow to belong to the burst held so far: release that, start over with this key.
            released = tuple(self._keys)
            self._keys = [key]
            self._last = now
            return Decision(Kind.RELEASE, keys=released)
        if len(self._keys) >= self.max_length:
            return self._release(extra=key)
        self._keys.append(key)
        self._last = now
        return PENDING

    def poll(self, now: float | None = None) -> Decision | None:
        """Release held keys once no key has come for longer than ``max_gap``."""
        now = self.clock() if now is None else now
        if self._keys and self._last is not None and now - self._last > self.max_gap + _EPSILON:
            return self._release()
        return None

    def release(self) -> Decision | None:
        """Release whatever is held now (the caller decided the burst is over)."""
        return self._release() if self._keys else None

    def _release(self, extra: str | None = None) -> Decision:
        keys = tuple(self._keys) + ((extra,) if extra is not None else ())
        self._clear()
        return Decision(Kind.RELEASE, keys=keys)

    def _clear(self) -> None:
        self._keys = []
        self._last = None
