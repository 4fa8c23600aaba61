"""Serial transport (pyserial), for ``serial://`` paths and pyserial URLs (``loop://``...)."""

from __future__ import annotations

import errno

import serial

from hardware.errors import DeviceConfigError, DeviceTimeout, DeviceUnavailable
from hardware.transports.base import Transport
from hardware.urls import DeviceURL

SERIAL_OPTIONS = frozenset({"baudrate", "bytesize", "parity", "stopbits", "rtscts", "xonxoff", "write_timeout"})
_PARITIES = {"n": serial.PARITY_NONE, "e": serial.PARITY_EVEN, "o": serial.PARITY_ODD,
             "m": serial.PARITY_MARK, "s": serial.PARITY_SPACE}


def _bool(url: DeviceURL, name: str) -> bool:
    value = (url.param(name, "0") or "0").lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise DeviceConfigError(f"option {name}={value!r} must be true or false", device=url.raw)


class SerialTransport(Transport):
    """A serial port. Settings come from the URL's options (``baudrate=9600`` by default)."""

    def __init__(self, url: DeviceURL) -> None:
        super().__init__(url.raw)
        self.port_url = url.target
        parity = (url.param("parity", "n") or "n")[:1].lower()
        if parity not in _PARITIES:
            raise DeviceConfigError(f"parity must be one of N, E, O, M, S (got {parity!r})", device=url.raw)
        self.settings = {
            "baudrate": url.int_param("baudrate", 9600),
            "bytesize": url.int_param("bytesize", 8),
            "parity": _PARITIES[parity],
            "stopbits": url.float_param("stopbits", 1),
            "rtscts": _bool(url, "rtscts"),
            "xonxoff": _bool(url, "xonxoff"),
            "write_timeout": url.float_param("write_timeout", 5.0),
        }
        if self.settings["stopbits"] == int(self.settings["stopbits"]):
            self.settings["stopbits"] = int(self.settings["stopbits"])
        try:  # validate now, so a bad baudrate is a configuration error, not a runtime one
            serial.serial_for_url(self.port_url, do_not_open=True, **self.settings)
        except (ValueError, serial.SerialException) as exc:
            raise DeviceConfigError(str(exc), device=url.raw) from None
        self._port: serial.SerialBase | None = None

    @property
    def is_open(self) -> bool:
        return self._port is not None and self._port.is_open

    def open(self) -> None:
        if self.is_open:
            return
        try:
            port = serial.serial_for_url(self.port_url, do_not_open=True, **self.settings)
            port.timeout = 0
            port.open()
        except serial.SerialException as exc:
            code = getattr(exc, "errno", None)
            if code == errno.ENOENT or "No such file" in str(exc) or "could not open" in str(exc):
                raise DeviceUnavailable(f"serial port not found ({exc})", device=self.url) from None
            if code == errno.EACCES:
                raise DeviceUnavailable(
                    "permission denied opening the serial port (add the user to group dialout)",
                    device=self.url,
                ) from None
            raise DeviceUnavailable(f"cannot open serial port: {exc}", device=self.url) from None
        except OSError as exc:
            raise DeviceUnavailable(f"cannot open serial port: {exc}", device=self.url) from None
        self._port = port

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except (OSError, serial.SerialException):
                pass

    def _require(self) -> serial.SerialBase:
        if not self.is_open:
            raise DeviceUnavailable("serial port is not open", device=self.url)
        assert self._port is not None
        return self._port

    def write(self, data: bytes) -> None:
        port = self._require()
        try:
            port.write(data)
            port.flush()
        except serial.SerialTimeoutException:
            raise DeviceTimeout("serial write timed out (printer busy or flow control stuck)", device=self.url) from None
        except (OSError, serial.SerialException) as exc:
            self.close()
            raise DeviceUnavailable(f"serial port disconnected: {exc}", device=self.url) from None

    def read(self, size: int, timeout: float) -> bytes:
        """Up to ``size`` bytes: waits ``timeout`` for the first, then takes what is buffered."""
        port = self._require()
        try:
            port.timeout = timeout
            first = port.read(1)
            if not first:
                return b""
            port.timeout = 0
            waiting = min(max(port.in_waiting, 0), size - 1)
            return first + (port.read(waiting) if waiting else b"")
        except (OSError, serial.SerialException, TypeError) as exc:
            # pyserial raises SerialException("device reports readiness to read but returned no
            # data") when a pty or USB adapter vanishes; TypeError comes from its internals when
            # the fd was closed under it.
            self.close()
            raise DeviceUnavailable(f"serial port disconnected: {exc}", device=self.url) from None
