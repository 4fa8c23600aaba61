"""Settings a manager changes in the back office and the terminal keeps in its database: the
devices (read by ``terminal.app`` at start when the configuration names none) and what the
sync screen shows of head office."""

from __future__ import annotations

from terminal.domain.errors import InvalidInput
from terminal.domain.text import has_controls

from .staff import audit
from .uow import UnitOfWork

DEVICE_KEYS = {"scanner": "device_scanner", "printer": "device_printer", "display": "device_display",
               "printer_width": "device_printer_width"}


def device_settings(uow: UnitOfWork) -> dict:
    return {kind: uow.setting(key) for kind, key in DEVICE_KEYS.items()}


def save_device_settings(uow: UnitOfWork, manager, now, **urls) -> dict:
    for kind, value in urls.items():
        if kind not in DEVICE_KEYS:
            raise InvalidInput(f"unknown device {kind!r}")
        value = "" if value is None else str(value).strip()
        if has_controls(value) or len(value) > 300:
            raise InvalidInput(f"the {kind} setting is not a device URL")
        if kind == "printer_width" and value not in ("", "58", "80"):
            raise InvalidInput("the paper width is 58 or 80 mm")
        if uow.setting(DEVICE_KEYS[kind]) != value:
            uow.set_setting(DEVICE_KEYS[kind], value)
            audit(uow, now, manager, "device_set", reason=f"{kind}: {value or 'none'}", device=kind, value=value)
    return device_settings(uow)


def sync_status(uow: UnitOfWork, now) -> dict:
    """What the sync screen shows (``terminal.services.conflicts.sync_status``)."""
    from .conflicts import sync_status as status
    return status(uow, now)
