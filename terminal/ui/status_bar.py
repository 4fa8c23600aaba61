"""The status bar: scanner, printer and display state, and head-office sync, updated live."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from .formatting import Formatter
from .sync_status import SyncState


class TillStatusBar(QStatusBar):
    sync_requested = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.setSizeGripEnabled(False)
        self.devices: dict[str, tuple[str, str]] = {k: ("none", "") for k in ("scanner", "printer", "display")}
        self.labels = {k: QLabel(objectName=f"{k}Status") for k in ("scanner", "printer", "display")}
        self.sync_label = QLabel(objectName="syncStatus")
        self.busy_label = QLabel(objectName="busyStatus")
        for label in self.labels.values():
            self.addWidget(label)
        self.addWidget(self.busy_label, 1)
        self.addPermanentWidget(self.sync_label)
        self.sync_button = QPushButton(objectName="syncNow")
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sync_button.clicked.connect(self.sync_requested)
        self.sync_button.hide()
        self.addPermanentWidget(self.sync_button)
        self.sync: SyncState | None = None
        self.syncing = False
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def state_name(self, state: str) -> str:
        return {
            "online": self.tr("online"), "offline": self.tr("offline"), "connecting": self.tr("connecting"),
            "warning": self.tr("needs attention"), "error": self.tr("error"), "stopped": self.tr("stopped"),
            "none": self.tr("not configured"),
        }.get(state, state)

    def set_device(self, kind: str, state: str, message: str = "") -> None:
        self.devices[kind] = (state, message)
        self._fill_device(kind)

    def _fill_device(self, kind: str) -> None:
        state, message = self.devices[kind]
        names = {"scanner": self.tr("Scanner"), "printer": self.tr("Printer"), "display": self.tr("Display")}
        label = self.labels[kind]
        label.setText(self.tr("{device}: {state}").format(device=names[kind], state=self.state_name(state)))
        label.setToolTip(message)
        label.setProperty("state", state)
        label.style().unpolish(label)
        label.style().polish(label)

    def set_sync(self, sync: SyncState) -> None:
        self.sync = sync
        self._fill_sync()

    def set_syncing(self, syncing: bool) -> None:
        self.syncing = syncing
        self._fill_sync()

    def _fill_sync(self) -> None:
        s = self.sync
        label = self.sync_label
        if s is None:
            text, state = self.tr("HQ: checking…"), "connecting"
        elif not s.configured:
            text, state = self.tr("HQ: not configured"), "none"
        else:
            where = {True: self.tr("online"), False: self.tr("offline"), None: self.tr("not tried yet")}[s.online]
            if self.syncing:
                where = self.tr("syncing…")
            parts = [self.tr("HQ: {state}").format(state=where),
                     self.tr("{count} unsynced").format(count=self.fmt.points(s.unsynced))]
            if s.conflicts:
                parts.append(self.tr("{count} conflicts").format(count=self.fmt.points(s.conflicts)))
            if s.skewed:
                minutes = round(s.clock_skew_s / 60)
                parts.append(self.tr("clock {minutes:+d} min").format(minutes=minutes))
            text = " · ".join(parts)
            state = {True: "online", False: "offline", None: "connecting"}[s.online]
            if s.conflicts or s.skewed:
                state = "warning"
        label.setText(text)
        tips = [s.error] if s and s.error else []
        if s is not None and s.skewed:
            tips.append(self.tr("This till's clock differs from head office's by {seconds} seconds: set the "
                                "clock.").format(seconds=round(s.clock_skew_s)))
        label.setToolTip("\n".join(tips))
        label.setProperty("state", state)
        label.style().unpolish(label)
        label.style().polish(label)
        self.sync_button.setVisible(bool(s and s.configured))
        self.sync_button.setEnabled(not self.syncing)
        self.sync_button.setText(self.tr("Sync now (F10)"))

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("working…") if busy else "")

    def retranslate(self) -> None:
        for kind in self.labels:
            self._fill_device(kind)
        self._fill_sync()
