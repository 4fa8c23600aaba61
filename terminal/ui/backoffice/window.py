"""The back office: one window over the till, behind a manager's sign-in. A list of modules on
the left, the chosen screen on the right; engine calls on a worker of its own (so a long report
never sits in the till's queue), device calls on the till's device worker. The session ends on
"Sign out", on closing, and after the configured idle time (``IdleWatcher``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea,
                               QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from terminal.domain.errors import BadPin

from ..worker import TaskRunner
from .idle import IdleWatcher


@dataclass
class BackOfficeContext:
    """What every screen needs. ``runner`` runs engine calls; ``hub`` reaches the devices."""

    loyalty: object
    session: str
    staff: dict
    fmt: object
    program: object
    store: str
    hub: object = None
    till_runner: TaskRunner | None = None   # outlives this window: signs the session out
    translations: object = None
    runner: TaskRunner | None = None
    sync_runner: TaskRunner | None = None
    window: "BackOfficeWindow | None" = None
    extras: dict = field(default_factory=dict)

    @property
    def office(self):
        return self.loyalty.backoffice

    def touch(self) -> None:
        if self.window is not None:
            self.window.idle.restart()

    def check_signed_out(self, exc: BaseException) -> None:
        if isinstance(exc, BadPin) and "signed out" in exc.message and self.window is not None:
            self.window.end_session("expired")


def screen_classes():
    from .audit_screen import AuditScreen
    from .devices_screen import DevicesScreen
    from .members_screen import MembersScreen
    from .print_queue_screen import PrintQueueScreen
    from .program_screen import ProgramScreen
    from .staff_screen import StaffScreen
    from .summary_screen import SummaryScreen
    from .sync_screen import SyncScreen
    return [("summary", SummaryScreen), ("members", MembersScreen), ("audit", AuditScreen),
            ("program", ProgramScreen), ("staff", StaffScreen), ("devices", DevicesScreen),
            ("print_queue", PrintQueueScreen), ("sync", SyncScreen)]


class BackOfficeWindow(QDialog):
    signed_out = Signal(str)   # reason: "sign_out", "idle", "closed", "expired"

    def __init__(self, ctx: BackOfficeContext, *, idle_seconds: int, member: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backOffice")
        self.setModal(True)
        from terminal.resource_files import resource_path
        self.setStyleSheet(resource_path("styles", "backoffice.qss").read_text(encoding="utf-8"))
        self.ctx = ctx
        ctx.window = self
        ctx.runner = TaskRunner("loyalty-backoffice", self)
        ctx.sync_runner = TaskRunner("loyalty-sync", self)
        self._ended = False
        self.idle = IdleWatcher(idle_seconds, self)
        self.idle.expired.connect(lambda: self.end_session("idle"))

        header = QFrame(objectName="header")
        self.heading = QLabel(objectName="storeName")
        self.who = QLabel(objectName="cashierName")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setProperty("role", "toolbar")
        self.sign_out_button.clicked.connect(lambda: self.end_session("sign_out"))
        bar = QHBoxLayout(header)
        bar.setContentsMargins(14, 6, 14, 6)
        bar.addWidget(self.heading)
        bar.addWidget(self.who, 1)
        bar.addWidget(self.sign_out_button)

        self.nav = QListWidget(objectName="backofficeNav")
        self.nav.setFixedWidth(230)
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        for key, cls in screen_classes():
            screen = cls(ctx)
            screen.setObjectName(f"{key}Screen")
            self.screens[key] = screen
            self.stack.addWidget(screen)
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self._show)

        body = QHBoxLayout()
        body.setContentsMargins(12, 10, 12, 10)
        body.setSpacing(12)
        body.addWidget(self.nav)
        # On a till narrower than a screen's natural width (1024x768) the screen scrolls inside
        # the back office rather than running off the display; at 1366 px and up nothing scrolls.
        self.scroll = QScrollArea(objectName="backofficeScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.stack)
        body.addWidget(self.scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        self.retranslate()
        if member is not None:
            self.screens["members"].preselect(member)
            self.open_screen("members")
        else:
            self.open_screen("summary")

    # -- navigation ----------------------------------------------------------------------------
    def open_screen(self, key: str) -> QWidget:
        row = list(self.screens).index(key)
        if self.nav.currentRow() == row:
            self._show(row)
        self.nav.setCurrentRow(row)
        return self.screens[key]

    def _show(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        # A stack is as wide as its widest page; only the page shown may count, or every screen
        # would scroll sideways for the sake of the widest one.
        for index in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if index == row else QSizePolicy.Policy.Ignored
            self.stack.widget(index).setSizePolicy(policy, policy)
        self.stack.updateGeometry()
        self.stack.currentWidget().activate()
        self.idle.restart()

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back office — {store}").format(store=self.ctx.store))
        self.heading.setText(self.tr("Back office"))
        self.who.setText(self.tr("{store} · signed in: {name} (manager)").format(
            store=self.ctx.store, name=self.ctx.staff["name"]))
        self.sign_out_button.setText(self.tr("Sign out"))
        for row, screen in enumerate(self.screens.values()):
            self.nav.item(row).setText(screen.title())

    # -- the session -----------------------------------------------------------------------------
    def end_session(self, reason: str) -> None:
        """Sign out (in the engine too) and close. Safe to call twice."""
        if self._ended:
            return
        self._ended = True
        self.idle.stop()
        self.ctx.till_runner.submit(self.ctx.loyalty.sign_out, self.ctx.session,
                                    "idle" if reason == "idle" else "sign_out", on_error=lambda exc: None)
        self.shutdown()
        self.signed_out.emit(reason)
        self.done(0)

    def reject(self) -> None:
        self.end_session("closed")

    def shutdown(self) -> None:
        for screen in self.screens.values():
            stop = getattr(screen, "shutdown", None)
            if stop is not None:
                stop()
        self.ctx.runner.stop()
        self.ctx.sync_runner.stop()

    def accept_scan(self, code: str) -> bool:
        """A scan while the back office is open: a card opens that member on the members screen
        (the devices screen shows every scan in its monitor)."""
        self.idle.restart()
        if self.stack.currentWidget() is self.screens["members"]:
            self.screens["members"].open_member(code)
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.end_session("closed")
            return
        super().keyPressEvent(event)
