"""Text on its way to a device (paper, a pole display): no control sequences."""

from __future__ import annotations

#: Characters that must never reach paper or a display as themselves: C0 and C1 controls, DEL, line and
#: paragraph separators, bidirectional overrides and isolates (the terminal's own rule,
#: ``terminal.domain.text.is_unsafe``; hardware imports nothing of the terminal). An ESC in a
#: member's name would otherwise be a printer command (ESC p opens the cash drawer).
_UNSAFE = {c: "?" for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0x061C,
                           *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}


def printable(text: str) -> str:
    """``text`` with every unsafe character printed as ``?`` (one for one: columns stay)."""
    return str(text).translate(_UNSAFE)
