"""Device URLs: how the terminal's configuration names a device.

=================================================  =============================================
``serial:///dev/ttyUSB0?baudrate=9600``            a serial port (pyserial); options: ``baudrate``,
                                                    ``bytesize``, ``parity``, ``stopbits``,
                                                    ``rtscts``, ``xonxoff``
``loop://``, ``socket://host:port``, ``rfc2217://``  any pyserial ``serial_for_url`` URL (tests, port
                                                    servers)
``tcp://host:9100``                                 a network printer (raw TCP, port 9100 default)
``file:///dev/usb/lp0``                             a device file (USB printer class), write-only
``sim:`` / ``sim:?dir=PATH``                        a simulated device; the printer keeps its PNG
                                                    and text renderings in PATH
=================================================  =============================================

Driver options ride in the same query string (``suffix=crlf`` for a scanner, ``profile=TM-T20II``
for a printer); :func:`parse_device_url` keeps them in :attr:`DeviceURL.params` and every
consumer takes the keys it knows. Unknown keys are an error where they are consumed, so a typo
in the configuration is reported instead of silently ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from hardware.errors import DeviceConfigError

#: URL schemes handed to pyserial's ``serial_for_url`` unchanged.
PYSERIAL_SCHEMES = frozenset({"loop", "socket", "rfc2217", "spy", "hwgrep", "alt"})
SCHEMES = frozenset({"serial", "tcp", "file", "sim"}) | PYSERIAL_SCHEMES
DEFAULT_TCP_PORT = 9100


@dataclass(frozen=True)
class DeviceURL:
    """A parsed device URL.

    ``target`` is the serial port path, the file path, ``host:port`` for TCP, the whole
    pyserial URL (query removed) for pyserial schemes, and ``""`` for ``sim:``.
    """

    raw: str
    scheme: str
    target: str
    params: dict[str, str] = field(default_factory=dict)
    host: str = ""
    port: int = 0

    def param(self, name: str, default: str | None = None) -> str | None:
        return self.params.get(name, default)

    def int_param(self, name: str, default: int) -> int:
        value = self.params.get(name)
        if value is None:
            return default
        try:
            return int(value)
        except ValueError:
            raise DeviceConfigError(f"option {name}={value!r} is not an integer", device=self.raw) from None

    def float_param(self, name: str, default: float) -> float:
        value = self.params.get(name)
        if value is None:
            return default
        try:
            result = float(value)
        except ValueError:
            raise DeviceConfigError(f"option {name}={value!r} is not a number", device=self.raw) from None
        if not result >= 0:
            raise DeviceConfigError(f"option {name}={value!r} must be >= 0", device=self.raw)
        return result

    def check_params(self, allowed: set[str] | frozenset[str]) -> None:
        """Raise :class:`DeviceConfigError` naming any option outside ``allowed``."""
        unknown = sorted(set(self.params) - set(allowed))
        if unknown:
            raise DeviceConfigError(
                f"unknown option(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed)) or 'none'}",
                device=self.raw,
            )


def parse_device_url(url: str) -> DeviceURL:
    """Parse ``url`` or raise :class:`DeviceConfigError` saying what is wrong with it."""
    if not isinstance(url, str) or not url.strip():
        raise DeviceConfigError("empty device URL; expected e.g. serial:///dev/ttyUSB0, tcp://host:9100, sim:")
    url = url.strip()
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", url)
    if not match:
        raise DeviceConfigError(
            "not a device URL (no scheme); expected serial:///dev/ttyUSB0, tcp://host:9100, "
            "file:///dev/usb/lp0 or sim:",
            device=url,
        )
    scheme = match.group(1).lower()
    if scheme not in SCHEMES:
        raise DeviceConfigError(
            f"unknown scheme {scheme!r}; known: {', '.join(sorted(SCHEMES))}", device=url
        )
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # "Invalid IPv6 URL" for tcp://[::1 and the like
        raise DeviceConfigError(f"malformed URL ({exc})", device=url) from None
    try:
        params = dict(parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query)))
    except ValueError:
        raise DeviceConfigError(f"malformed options {parts.query!r}", device=url) from None

    if scheme == "sim":
        return DeviceURL(url, scheme, "", params)
    if scheme in PYSERIAL_SCHEMES:
        target = url.split("?", 1)[0]
        return DeviceURL(url, scheme, target, params)
    if scheme == "tcp":
        host = parts.hostname or ""
        if not host:
            raise DeviceConfigError("tcp URL needs a host, e.g. tcp://10.0.0.5:9100", device=url)
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise DeviceConfigError("tcp port must be a number between 1 and 65535", device=url) from None
        return DeviceURL(url, scheme, f"{host}:{port}", params, host=host, port=port)
    # serial and file: the path (serial also accepts serial:COM3 and serial:///COM3)
    path = unquote(parts.path or "")
    if parts.netloc:
        raise DeviceConfigError(
            f"{scheme} URL must have an empty host: {scheme}:///dev/... (three slashes)", device=url
        )
    if scheme == "serial" and re.fullmatch(r"/?COM\d+", path, re.IGNORECASE):
        path = path.lstrip("/")
    if not path:
        raise DeviceConfigError(f"{scheme} URL needs a path, e.g. {scheme}:///dev/ttyUSB0", device=url)
    return DeviceURL(url, scheme, path, params)
