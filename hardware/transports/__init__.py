"""Transports: serial (pyserial), TCP, device file. :func:`open_transport` builds one from a URL."""

from __future__ import annotations

from hardware.errors import DeviceConfigError
from hardware.transports.base import Transport
from hardware.transports.file import FileTransport
from hardware.transports.serial_port import SERIAL_OPTIONS, SerialTransport
from hardware.transports.tcp import TCP_OPTIONS, TcpTransport
from hardware.urls import PYSERIAL_SCHEMES, DeviceURL, parse_device_url

TRANSPORT_OPTIONS = {"serial": SERIAL_OPTIONS, "tcp": TCP_OPTIONS, "file": frozenset()}


def transport_options(url: DeviceURL) -> frozenset[str]:
    """The URL options the transport of ``url`` consumes."""
    if url.scheme in PYSERIAL_SCHEMES:
        return SERIAL_OPTIONS
    return TRANSPORT_OPTIONS.get(url.scheme, frozenset())


def make_transport(url: DeviceURL | str) -> Transport:
    """A closed transport for ``url`` (not ``sim:``, whose devices have no transport)."""
    if isinstance(url, str):
        url = parse_device_url(url)
    if url.scheme == "serial" or url.scheme in PYSERIAL_SCHEMES:
        return SerialTransport(url)
    if url.scheme == "tcp":
        return TcpTransport(url)
    if url.scheme == "file":
        return FileTransport(url)
    raise DeviceConfigError(f"no transport for scheme {url.scheme!r}", device=url.raw)


__all__ = ["Transport", "SerialTransport", "TcpTransport", "FileTransport", "make_transport", "transport_options"]
