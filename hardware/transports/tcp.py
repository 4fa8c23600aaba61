"""Raw TCP transport (network printers on port 9100, pole displays behind a port server)."""

from __future__ import annotations

import socket

from hardware.errors import DeviceTimeout, DeviceUnavailable, PrinterOffline
from hardware.transports.base import Transport
from hardware.urls import DeviceURL

TCP_OPTIONS = frozenset({"timeout"})


class TcpTransport(Transport):
    """One TCP connection; ``timeout`` (seconds, URL option, default 5) bounds connect and send."""

    def __init__(self, url: DeviceURL) -> None:
        super().__init__(url.raw)
        self.host, self.port = url.host, url.port
        self.timeout = url.float_param("timeout", 5.0)
        self._sock: socket.socket | None = None

    @property
    def is_open(self) -> bool:
        return self._sock is not None

    def open(self) -> None:
        if self._sock is not None:
            return
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout or None)
        except socket.timeout:
            raise DeviceTimeout(f"no answer from {self.host}:{self.port} within {self.timeout:g} s", device=self.url) from None
        except ConnectionRefusedError:
            raise PrinterOffline(f"connection refused by {self.host}:{self.port} (device off or port closed)", device=self.url) from None
        except OSError as exc:
            raise DeviceUnavailable(f"cannot connect to {self.host}:{self.port}: {exc.strerror or exc}", device=self.url) from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass

    def _require(self) -> socket.socket:
        if self._sock is None:
            raise DeviceUnavailable("connection is not open", device=self.url)
        return self._sock

    def write(self, data: bytes) -> None:
        sock = self._require()
        try:
            sock.settimeout(self.timeout or None)
            sock.sendall(data)
        except socket.timeout:
            self.close()
            raise DeviceTimeout(f"device stopped accepting data for {self.timeout:g} s", device=self.url) from None
        except OSError as exc:
            self.close()
            raise PrinterOffline(f"connection lost while sending: {exc.strerror or exc}", device=self.url) from None

    def read(self, size: int, timeout: float) -> bytes:
        sock = self._require()
        try:
            sock.settimeout(timeout if timeout > 0 else 0.0)
            data = sock.recv(size)
        except (socket.timeout, BlockingIOError):
            return b""
        except OSError as exc:
            self.close()
            raise PrinterOffline(f"connection lost: {exc.strerror or exc}", device=self.url) from None
        if not data:
            self.close()
            raise PrinterOffline("connection closed by the device", device=self.url)
        return data
