"""The store manager's back office: one object per audience (``Loyalty.backoffice``), a thin
table of delegations like ``Loyalty`` itself. Every method takes the manager's credential
first (a back-office session token, or a PIN from the command line) and checks it through the
wrong-PIN guard before anything else; the use cases live in the modules named for them:
``staff_admin``, ``member_admin``, ``audit_log``, ``program_admin``, ``report_summary``,
``store_settings``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import audit_log, member_admin, program_admin, staff_admin, store_settings
from .signin import MANAGER
from .staff import audit, require_manager

if TYPE_CHECKING:
    from .loyalty import Loyalty


class BackOffice:
    def __init__(self, app: "Loyalty") -> None:
        self.app = app

    def _as_manager(self, credential, action: str, use_case, *, write: bool = True):
        """Check ``credential``, then run ``use_case(uow, program, version, now, manager)``."""
        who = self.app._authorize(credential, MANAGER, action)
        return self.app._run(lambda uow, program, version, now:
                             use_case(uow, program, version, now, require_manager(uow, who)), write=write)

    # -- staff ----------------------------------------------------------------------------
    def staff(self, credential) -> dict:
        return self._as_manager(credential, "staff_list", lambda uow, p, v, now, m: staff_admin.list_staff(uow),
                                write=False)

    def add_staff(self, credential, *, name: str, role: str, pin: str) -> dict:
        return self._as_manager(credential, "staff_add", lambda uow, p, v, now, m:
                                staff_admin.add_staff(uow, m, now, name=name, role=role, pin=pin))

    def reset_pin(self, credential, staff_id: str, pin: str) -> dict:
        return self._as_manager(credential, "staff_pin_reset", lambda uow, p, v, now, m:
                                staff_admin.reset_pin(uow, m, now, staff_id, pin))

    def set_staff_active(self, credential, staff_id: str, active: bool) -> dict:
        guard_now = self.app.guard_clock.now()
        return self._as_manager(credential, "staff_active", lambda uow, p, v, now, m:
                                staff_admin.set_active(uow, m, now, guard_now, staff_id, active))

    def set_idle_seconds(self, credential, purpose: str, seconds: int) -> dict:
        return self._as_manager(credential, "setting", lambda uow, p, v, now, m:
                                staff_admin.set_idle_seconds(uow, m, now, purpose, seconds))

    # -- the day --------------------------------------------------------------------------
    def daily_summary(self, credential, day=None) -> dict:
        self.app._authorize(credential, MANAGER, "report")
        return self.app.daily_summary(day)

    # -- members --------------------------------------------------------------------------
    def search_members(self, credential, text: str) -> dict:
        return self._as_manager(credential, "member_search", lambda uow, p, v, now, m:
                                member_admin.search(uow, p, text), write=False)

    def member_detail(self, credential, ref: str) -> dict:
        return self._as_manager(credential, "member_show", lambda uow, p, v, now, m:
                                member_admin.detail(uow, p, v, now, ref))

    def update_member(self, credential, ref: str, **fields) -> dict:
        return self._as_manager(credential, "member_edit", lambda uow, p, v, now, m:
                                member_admin.update(uow, p, v, now, m, ref, **fields))

    def adjust(self, credential, ref: str, points: int, reason: str) -> dict:
        return self.app.adjust(ref, points, reason, credential)

    def block(self, credential, ref: str, blocked: bool, reason: str | None = None) -> dict:
        return self.app.block(ref, credential, blocked, reason)

    def replace_card(self, credential, ref: str, card: str | None = None) -> dict:
        return self.app.replace_card(ref, credential, card)

    def merge(self, credential, ref: str, into_ref: str) -> dict:
        return self.app.merge(ref, into_ref, credential)

    def erase(self, credential, ref: str, reason: str | None = None) -> dict:
        """Remove the member's personal data everywhere (``terminal.services.privacy``)."""
        return self.app.erase_member(ref, credential, reason)

    # -- audit log --------------------------------------------------------------------------
    def audit_log(self, credential, **filters) -> dict:
        return self._as_manager(credential, "audit_list", lambda uow, p, v, now, m:
                                audit_log.query(uow, p, **filters), write=False)

    def record(self, credential, action: str, reason: str, **details) -> None:
        """Audit a manager action done outside the database (a discarded print job, a device
        chosen, a sync started)."""
        self._as_manager(credential, action, lambda uow, p, v, now, m:
                         audit(uow, now, m, action, reason=audit_log.clean_text(reason, 200), **details))

    # -- program ----------------------------------------------------------------------------
    def program_toml(self, credential) -> dict:
        return self._as_manager(credential, "program_show", lambda uow, p, v, now, m:
                                {"toml": uow.program_row().toml, "program_version": v}, write=False)

    def save_program(self, credential, toml: str) -> dict:
        return self._as_manager(credential, "program_save", lambda uow, p, v, now, m:
                                program_admin.save(uow, m, now, toml))

    # -- head office ------------------------------------------------------------------------
    def sync_status(self, credential) -> dict:
        return self._as_manager(credential, "sync_status", lambda uow, p, v, now, m:
                                store_settings.sync_status(uow, now), write=False)

    def sync_now(self, credential) -> dict:
        """``loyalty sync`` with the terminal's own head office (raises ``hq_unreachable``)."""
        url = self._as_manager(credential, "sync", lambda uow, p, v, now, m: uow.setting("hq_url"), write=False)
        if not url:
            from terminal.domain.errors import InvalidInput
            raise InvalidInput("this terminal has no head office configured (loyalty sync --hq URL)")
        from terminal.sync.engine import run_sync
        result = run_sync(self.app.db, None, self.app.clock.now())
        self.record(credential, "sync", "sync now", **{k: v for k, v in result.items() if isinstance(v, int)})
        return result

    # -- settings kept in the database --------------------------------------------------------
    def device_settings(self, credential) -> dict:
        return self._as_manager(credential, "devices_show", lambda uow, p, v, now, m:
                                store_settings.device_settings(uow), write=False)

    def save_device_settings(self, credential, **urls) -> dict:
        return self._as_manager(credential, "devices_save", lambda uow, p, v, now, m:
                                store_settings.save_device_settings(uow, m, now, **urls))
