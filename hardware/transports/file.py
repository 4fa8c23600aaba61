"""Device-file transport (``file:///dev/usb/lp0``): write-only, opened per job."""

from __future__ import annotations

import errno
import os

from hardware.errors import DeviceUnavailable
from hardware.transports.base import Transport
from hardware.urls import DeviceURL


class FileTransport(Transport):
    """Appends bytes to a device file (or a regular file, handy to capture output)."""

    bidirectional = False

    def __init__(self, url: DeviceURL) -> None:
        super().__init__(url.raw)
        self.path = url.target
        self._fd: int | None = None

    @property
    def is_open(self) -> bool:
        return self._fd is not None

    def open(self) -> None:
        if self._fd is not None:
            return
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOCTTY", 0), 0o644)
        except OSError as exc:
            if exc.errno == errno.EACCES:
                msg = f"permission denied writing {self.path} (add the user to group lp)"
            elif exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
                msg = f"{self.path} does not exist (printer unplugged or switched off?)"
            else:
                msg = f"cannot open {self.path}: {exc.strerror}"
            raise DeviceUnavailable(msg, device=self.url) from None

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass

    def write(self, data: bytes) -> None:
        if self._fd is None:
            raise DeviceUnavailable("device file is not open", device=self.url)
        view = memoryview(data)
        try:
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
        except OSError as exc:
            self.close()
            raise DeviceUnavailable(f"write to {self.path} failed: {exc.strerror}", device=self.url) from None

    def read(self, size: int, timeout: float) -> bytes:
        """A device file cannot answer; reading returns nothing."""
        return b""
