"""Settings a manager changes in the back office and the terminal keeps in its database: the
devices (read by ``terminal.app`` at start when the configuration names none) and what the
sync screen shows of head office."""

from __future__ import annotations

from sqlalchemy import func, select

from terminal.domain.errors import InvalidInput
from terminal.domain.text import has_controls
from terminal.store.models import OutboxItem

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


def shown_url(url: str | None) -> str | None:
    """A head-office URL as a screen may show it: never its password."""
    if not url:
        return None
    try:
        from sqlalchemy.engine import make_url
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL SQLAlchemy knows: show its scheme only
        return url.split("://", 1)[0] + "://…"


def sync_status(uow: UnitOfWork) -> dict:
    online = uow.setting("hq_online")
    return {"hq_url": shown_url(uow.setting("hq_url")), "online": None if online is None else online == "1",
            "last_sync_at": uow.setting("last_sync_at"),
            "unsynced": int(uow.session.scalar(select(func.count()).select_from(OutboxItem)))}
