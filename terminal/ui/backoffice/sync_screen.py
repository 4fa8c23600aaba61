"""Head office: whether it answers, when the last sync finished, what is not yet sent, and
"sync now" (on a worker of its own, so the till's work never waits behind it).

Below the status, :class:`ConflictsPanel` lists the sync conflicts waiting (``Loyalty.list_conflicts``)
and resolves one with a note (``Loyalty.resolve_conflict``)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from .common import Screen, title_label
from .conflicts_panel import ConflictsPanel


class SyncScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.status: dict | None = None
        self.heading = title_label()
        self.url, self.online, self.last, self.unsynced = QLabel(), QLabel(), QLabel(), QLabel()
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        for label, value in zip(self.form_labels, (self.url, self.online, self.last, self.unsynced)):
            value.setObjectName("syncValue")
            self.form.addRow(label, value)
        self.sync_button = QPushButton()
        self.sync_button.setProperty("role", "primary")
        self.sync_button.clicked.connect(self.sync_now)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.sync_button)
        self.layout_.addWidget(self.message)
        self.conflicts = ConflictsPanel(ctx, self)
        self.layout_.addWidget(self.conflicts, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Head office sync")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Head office sync"))
        for label, text in zip(self.form_labels, (self.tr("Head office:"), self.tr("State:"), self.tr("Last sync:"),
                                                  self.tr("Not yet sent:"))):
            label.setText(text)
        self.sync_button.setText(self.tr("Sync now"))
        self._fill()

    def activate(self) -> None:
        self.run(self.ctx.office.sync_status, self.ctx.session, on_done=self.show_status, key="sync")
        self.conflicts.activate()

    def show_status(self, status: dict) -> None:
        self.status = status
        self._fill()

    def _fill(self) -> None:
        s = self.status
        if s is None:
            return
        self.url.setText(s["hq_url"] or self.tr("not configured (standalone terminal)"))
        self.online.setText({True: self.tr("online"), False: self.tr("offline: redemptions are capped until the next "
                                                                      "sync"), None: self.tr("not tried yet")}[s["online"]])
        if s["last_sync_at"]:
            from datetime import datetime
            self.last.setText(self.ctx.fmt.datetime(datetime.fromisoformat(s["last_sync_at"]).astimezone(
                self.ctx.program.tz)))
        else:
            self.last.setText(self.tr("never"))
        self.unsynced.setText(self.tr("{count} records").format(count=self.ctx.fmt.points(s["unsynced"])))
        self.sync_button.setEnabled(bool(s["hq_url"]))

    def sync_now(self) -> None:
        self.sync_button.setEnabled(False)
        self.say(self.tr("Syncing…"), "info")
        self.ctx.sync_runner.submit(self.ctx.office.sync_now, self.ctx.session, on_done=self._synced,
                                    on_error=self._sync_failed)

    def _synced(self, result: dict) -> None:
        self.say(self.tr("Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.").format(
            pushed=result.get("pushed", 0), pulled=result.get("pulled", 0), conflicts=result.get("conflicts", 0)))
        self.activate()

    def _sync_failed(self, exc: BaseException) -> None:
        self.failed(exc)
        self.activate()
