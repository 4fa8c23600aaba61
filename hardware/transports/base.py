"""The byte-pipe every driver sits on."""

from __future__ import annotations

import abc
import threading


class Transport(abc.ABC):
    """A byte pipe to one device.

    ``write`` sends every byte or raises :class:`~hardware.errors.DeviceError`; ``read`` returns
    what arrives within ``timeout`` seconds (``b""`` if nothing did) and raises
    :class:`~hardware.errors.DeviceUnavailable` when the device went away. ``bidirectional`` says
    whether the device can answer at all (a device file cannot; TCP and serial can), so drivers
    know whether a status query is worth sending. Transports are not thread-safe: one driver
    thread owns one transport; ``lock`` is there for drivers that share one.
    """

    bidirectional: bool = True

    def __init__(self, url: str) -> None:
        self.url = url
        self.lock = threading.RLock()

    @property
    @abc.abstractmethod
    def is_open(self) -> bool: ...

    @abc.abstractmethod
    def open(self) -> None: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def write(self, data: bytes) -> None: ...

    @abc.abstractmethod
    def read(self, size: int, timeout: float) -> bytes: ...

    def reset_input(self) -> None:
        """Drop whatever unread bytes are waiting (stale status answers, scanner noise)."""
        while self.read(4096, 0.0):
            pass

    def __enter__(self) -> "Transport":
        if not self.is_open:
            self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url} {'open' if self.is_open else 'closed'}>"
