"""What the checkout window needs of sign-in and the back office, kept here so the window only
calls in: :class:`TillShift` (the cashier's shift: sign in at start, every sale records who
rang it, sign out after the till's idle time) and :func:`open_backoffice` (F9)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from .idle import IdleWatcher
from .signin_dialog import SignInDialog
from .window import BackOfficeContext, BackOfficeWindow


class TillShift(QObject):
    changed = Signal()

    def __init__(self, window, enabled: bool) -> None:
        super().__init__(window)
        self.window, self.enabled = window, enabled
        self.token: str | None = None
        self.staff: dict | None = None
        self.dialog: SignInDialog | None = None
        self.idle = IdleWatcher(0, self)
        self.idle.expired.connect(lambda: self.sign_out("idle"))
        if enabled:
            QTimer.singleShot(0, self.ask)

    @property
    def name(self) -> str | None:
        return self.staff["name"] if self.staff else None

    def ready(self) -> bool:
        """Whether a sale may be rung up now; if not, asks for a PIN."""
        if not self.enabled or self.token:
            return True
        self.window.show_message("warning", QCoreApplication.translate(
            "TillShift", "Sign in with your PIN to ring up sales."))
        self.ask()
        return False

    def ask(self) -> None:
        if self.dialog is not None or self.window._closed:
            return
        w = self.window
        self.dialog = SignInDialog(w.loyalty, w.runner, "till", language=w.translations.language, parent=w)
        self.dialog.signed_in.connect(self._signed_in)
        self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        w._run_dialog(self.dialog)

    def _signed_in(self, result: dict) -> None:
        self.token, self.staff = result["session"], result["staff"]
        self.idle.set_seconds(result["idle_seconds"])
        self.window.show_message("success", QCoreApplication.translate(
            "TillShift", "{name} is signed in. Good shift!").format(
            name=self.staff["name"]))
        self.changed.emit()

    def sign_out(self, reason: str = "sign_out") -> None:
        if self.token is None:
            return
        token, self.token, self.staff = self.token, None, None
        self.idle.timer.stop()
        self.window.runner.submit(self.window.loyalty.sign_out, token, reason, on_error=lambda exc: None)
        self.changed.emit()
        if reason == "idle":
            self.window.show_message("warning", QCoreApplication.translate(
                "TillShift", "Signed out after a while without activity."))
        self.ask()

    def shutdown(self) -> None:
        self.idle.stop()
        if self.token:
            token, self.token = self.token, None
            try:
                self.window.runner.submit(self.window.loyalty.sign_out, token, "sign_out", on_error=lambda exc: None)
            except RuntimeError:
                pass


def open_backoffice(window) -> SignInDialog:
    """F9: a manager's PIN (the language can be changed without one), then the back office."""
    dialog = SignInDialog(window.loyalty, window.runner, "backoffice", language=window.translations.language,
                          parent=window)
    dialog.language_chosen.connect(window.set_language)
    dialog.signed_in.connect(lambda result: _open(window, result))
    window._run_dialog(dialog)
    return dialog


def _open(window, result: dict) -> None:
    ctx = BackOfficeContext(loyalty=window.loyalty, session=result["session"], staff=result["staff"], fmt=window.fmt,
                            program=window.program, store=window.info.store, hub=window.hub,
                            till_runner=window.runner, translations=window.translations)
    office = BackOfficeWindow(ctx, idle_seconds=result["idle_seconds"], member=window.member, parent=window)
    office.resize(window.size())
    office.finished.connect(lambda _r: window.refresh_member())
    window.backoffice = office
    window._run_dialog(office)
