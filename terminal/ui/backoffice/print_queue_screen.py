"""The print queue: receipts and slips waiting for the printer, with their attempts and last
error; retry now, discard one (it stays stored and can be reprinted), reprint a receipt."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from .common import Screen, fill_table, make_table, selected_key, title_label


class PrintQueueScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.jobs = []
        self.heading = title_label()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setProperty("role", "hint")
        self.table = make_table(5, stretch=4)
        self.retry_button, self.discard_button, self.refresh_button = QPushButton(), QPushButton(), QPushButton()
        self.retry_button.clicked.connect(self.retry)
        self.discard_button.setProperty("role", "danger")
        self.discard_button.clicked.connect(self.discard)
        self.refresh_button.clicked.connect(self.activate)
        self.receipt = QLineEdit()
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.discard_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.receipt)
        buttons.addWidget(self.reprint_button)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.state)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(buttons)
        if ctx.hub is not None:
            ctx.hub.job_changed.connect(self._job_changed)
            ctx.hub.status_changed.connect(self._status)
        self.printer_state = ctx.hub.states.get("printer", ("none", "")) if ctx.hub is not None else ("none", "")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Print queue")

    def _status(self, kind: str, state: str, message: str) -> None:
        if kind == "printer":
            self.printer_state = (state, message)
            self._fill()

    def _job_changed(self, _event) -> None:
        if self.isVisible():
            self.activate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Print queue"))
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Kind"), self.tr("Queued"),
                                              self.tr("Attempts"), self.tr("Last error")])
        self.retry_button.setText(self.tr("Retry now"))
        self.discard_button.setText(self.tr("Discard selected"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.receipt.setPlaceholderText(self.tr("Receipt number, e.g. T001-000042"))
        self.reprint_button.setText(self.tr("Reprint"))
        self._fill()

    def _spooler(self):
        return getattr(getattr(self.ctx.hub, "devices", None), "spooler", None)

    def activate(self) -> None:
        spooler = self._spooler()
        if spooler is None:
            self.state.setText(self.tr("No receipt printer is configured."))
            return
        self.ctx.hub.runner.submit(spooler.pending, on_done=self.show_jobs, on_error=self.failed)

    def show_jobs(self, jobs) -> None:
        self.jobs = list(jobs)
        self._fill()

    def _fill(self) -> None:
        state, message = self.printer_state
        self.state.setText(self.tr("{count} waiting · printer: {state} {message}").format(
            count=len(self.jobs), state=state, message=message).strip())
        fill_table(self.table, [[j.document, j.kind, datetime.fromtimestamp(j.created_at).strftime("%Y-%m-%d %H:%M"),
                                 j.attempts, j.last_error or ""] for j in self.jobs], right=(3,),
                   keys=[j.id for j in self.jobs])

    def retry(self) -> None:
        self.ctx.hub.retry_printing()
        self.say(self.tr("Trying the queue now."), "info")

    def discard(self) -> None:
        job_id = selected_key(self.table)
        job = next((j for j in self.jobs if j.id == job_id), None)
        if job is None:
            self.say(self.tr("Select a job first."), "warning")
            return
        self.ctx.hub.runner.submit(self._spooler().discard, job.id, on_done=lambda done: self._discarded(job, done),
                                   on_error=self.failed)

    def _discarded(self, job, done: bool) -> None:
        if done:
            self.run(self.ctx.office.record, self.ctx.session, "print_discard", f"discarded {job.document}",
                     document=job.document, attempts=job.attempts)
            self.say(self.tr("{document} taken out of the queue; it can still be reprinted.").format(
                document=job.document))
        self.activate()

    def reprint(self) -> None:
        number = self.receipt.text().strip()
        if not number:
            return
        self.ctx.hub.runner.submit(self._spooler().reprint, number, on_done=lambda _job: self._reprinted(number),
                                   on_error=self.failed)

    def _reprinted(self, number: str) -> None:
        self.say(self.tr("{document} queued again.").format(document=number))
        self.activate()
