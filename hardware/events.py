"""Plain event objects that devices deliver through callbacks.

Callbacks run on the device's own thread. The GUI wraps them into Qt signals (queued to the
GUI thread); the CLI just collects them. A callback must not block for long and must not raise;
an exception from a callback is logged and swallowed so a GUI bug never kills a device thread.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Any, Callable

log = logging.getLogger("hardware")


class DeviceState(str, enum.Enum):
    CONNECTING = "connecting"   #: trying to open the device
    ONLINE = "online"           #: open and working
    OFFLINE = "offline"         #: gone; the driver keeps retrying with backoff
    WARNING = "warning"         #: working, but needs attention soon (paper near end)
    ERROR = "error"             #: cannot work until someone acts (paper out, bad config)
    STOPPED = "stopped"         #: stopped on request


@dataclass(frozen=True)
class DeviceStatus:
    """A change in a device's health. ``message`` is ready to show to a cashier."""

    device: str
    kind: str            # "scanner" | "printer" | "display"
    state: DeviceState
    message: str = ""


@dataclass(frozen=True)
class ScanEvent:
    """One decoded scan. ``kind`` is ``"card"``, ``"product"`` or ``"other"``."""

    code: str
    kind: str
    device: str
    at: float            # time.monotonic() when the scan completed


@dataclass(frozen=True)
class ScanRejectedEvent:
    """Bytes from a scanner that were thrown away, and why (``noise``, ``too_long``, ``partial``)."""

    device: str
    reason: str
    data: bytes


def safe_call(callback: Callable[[Any], None] | None, event: Any) -> None:
    """Deliver ``event``; a failing callback is logged, never propagated into the device thread."""
    if callback is None:
        return
    try:
        callback(event)
    except Exception:  # noqa: BLE001 - a GUI bug must not kill the device thread
        log.exception("hardware callback %r failed on %r", callback, event)
