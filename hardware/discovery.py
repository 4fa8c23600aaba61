"""``loyalty devices list``: what could be plugged in, as device URLs ready for the config."""

from __future__ import annotations

import glob
from dataclasses import dataclass

from serial.tools import list_ports


@dataclass(frozen=True)
class FoundDevice:
    url: str
    kind: str          # "serial" (scanner, printer or display), "printer", "simulated"
    description: str


def list_devices(lp_glob: str = "/dev/usb/lp*") -> list[FoundDevice]:
    """Serial ports (pyserial), USB printer-class device files, and the simulated devices."""
    found: list[FoundDevice] = []
    for port in sorted(list_ports.comports(), key=lambda p: p.device):
        details = [d for d in (port.description, port.manufacturer, port.serial_number) if d and d != "n/a"]
        if port.vid is not None:
            details.append(f"USB {port.vid:04x}:{port.pid:04x}")
        found.append(FoundDevice(f"serial://{port.device}?baudrate=9600", "serial", ", ".join(details) or port.device))
    for path in sorted(glob.glob(lp_glob)):
        found.append(FoundDevice(f"file://{path}", "printer", "USB printer (device file)"))
    found.append(FoundDevice("sim:", "simulated", "simulated scanner, printer (PNG + text) and pole display"))
    return found
