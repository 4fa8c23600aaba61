"""Errors raised by the hardware layer.

Every failure a device can have is a :class:`DeviceError` with a message a cashier or an
installer can act on ("printer at tcp://10.0.0.5:9100 is offline: connection refused").
The terminal catches :class:`DeviceError` and shows ``str(error)``; it never needs to know
about ``OSError``, ``serial.SerialException`` or ``socket.timeout``.
"""

from __future__ import annotations


class DeviceError(Exception):
    """Base class of every hardware error. ``device`` is the URL (or name) of the device.
    ``reason`` is a stable word for what went wrong, so a terminal can say it in its own
    language (the message itself is for installers and logs)."""

    reason = "error"

    def __init__(self, message: str, *, device: str | None = None) -> None:
        self.device = device
        super().__init__(f"{device}: {message}" if device else message)


class DeviceConfigError(DeviceError):
    """A device URL or option is malformed or names something we cannot drive."""

    reason = "config"


class DeviceUnavailable(DeviceError):
    """The device cannot be reached: missing port, refused connection, cable pulled."""

    reason = "unavailable"


class DeviceTimeout(DeviceError):
    """The device did not answer or accept data in time."""

    reason = "timeout"


class PrinterOffline(DeviceUnavailable):
    """The printer reports itself offline (cover open, error state) or dropped the job."""

    reason = "offline"


class PaperOut(DeviceError):
    """The printer's paper roll is empty."""

    reason = "paper_out"


class ScanRejected(DeviceError):
    """Bytes from a scanner that do not form an acceptable code (noise, too long)."""

    reason = "rejected"
