"""Devices: choose the scanner, receipt printer and pole display by URL (what ``loyalty devices
list`` finds is offered), test each (a live scan monitor, a test page, a line on the display)
and keep the choice for the next start. Every device call runs on the device worker or on the
device's own thread; scans arrive as signals."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea,
                               QWidget)

from .common import Screen, title_label


class ScanMonitor(QObject):
    """Turns a test scanner's callbacks (its own thread) into queued signals."""
    scanned = Signal(str, str)
    status = Signal(str, str)

    def on_scan(self, event) -> None:
        self.scanned.emit(event.code, event.kind)

    def on_status(self, status) -> None:
        self.status.emit(getattr(status.state, "value", str(status.state)), status.message)


def test_print(url: str, width: int) -> dict:
    """Print the hardware layer's test page on ``url`` (the device worker runs this)."""
    from hardware.printing import SimPrinter
    from hardware.receipts import TestPage
    from hardware.registry import open_printer
    printer = open_printer(url, width_mm=width)
    result = printer.print_receipt(TestPage(device=url, issued_at=datetime.now(timezone.utc).strftime(
        "%Y-%m-%d %H:%M UTC")))
    png = None
    if isinstance(printer, SimPrinter) and printer.pages:
        import io
        buffer = io.BytesIO()
        printer.pages[-1][1].image.save(buffer, format="PNG")
        png = buffer.getvalue()
    return {"bytes": result.bytes_sent, "paper": result.status.paper, "png": png}


def test_display(url: str, line1: str, line2: str) -> list[str]:
    from hardware.registry import open_display
    display = open_display(url)
    try:
        display.show(line1, line2).result(timeout=5)
        return list(getattr(display, "lines", []) or [line1, line2])
    finally:
        display.close()


def found_devices() -> list[dict]:
    from hardware.discovery import list_devices
    return [{"url": d.url, "kind": d.kind, "description": d.description} for d in list_devices()]


class DevicesScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.test_scanner = None
        self.monitor = ScanMonitor(self)
        self.monitor.scanned.connect(self.show_scan)
        self.monitor.status.connect(lambda state, message: self._state(self.scanner_state, state, message))
        if ctx.hub is not None:
            ctx.hub.scanned.connect(self.show_scan)
            ctx.hub.status_changed.connect(self._device_status)
        self.heading = title_label()
        self.found = QComboBox()
        # What discovery finds can be long (USB names, URLs): elide it rather than widen the screen.
        self.found.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.found.setMinimumContentsLength(16)
        self.find_button = QPushButton()
        self.find_button.clicked.connect(self.find)
        self.scanner, self.printer, self.display = QLineEdit(), QLineEdit(), QLineEdit()
        self.width = QComboBox()
        self.width.addItem("80 mm", "80")
        self.width.addItem("58 mm", "58")
        self.use_buttons = [QPushButton() for _ in range(3)]
        for button, field in zip(self.use_buttons, (self.scanner, self.printer, self.display)):
            button.clicked.connect(lambda _c=False, f=field: f.setText(self.found.currentData() or ""))
        self.listen_button, self.print_button, self.display_button = QPushButton(), QPushButton(), QPushButton()
        self.listen_button.clicked.connect(self.toggle_listen)
        self.print_button.clicked.connect(self.test_print)
        self.display_button.clicked.connect(self.test_display)
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.scanner_state, self.printer_state, self.display_state = QLabel(), QLabel(), QLabel()
        for label in (self.scanner_state, self.printer_state, self.display_state):
            label.setWordWrap(True)
            label.setProperty("role", "hint")
        self.scans = QListWidget(objectName="scanMonitor")
        self.preview = QLabel(objectName="testPrintPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(self.preview)
        preview_scroll.setMinimumWidth(330)
        self.labels = [QLabel() for _ in range(6)]
        grid = QGridLayout()
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.found, 0, 1, 1, 2)
        grid.addWidget(self.find_button, 0, 3)
        for row, (label, field, use, test, state) in enumerate(zip(
                self.labels[1:4], (self.scanner, self.printer, self.display), self.use_buttons,
                (self.listen_button, self.print_button, self.display_button),
                (self.scanner_state, self.printer_state, self.display_state)), start=1):
            grid.addWidget(label, row * 2 - 1, 0)
            grid.addWidget(field, row * 2 - 1, 1)
            grid.addWidget(use, row * 2 - 1, 2)
            grid.addWidget(test, row * 2 - 1, 3)
            grid.addWidget(state, row * 2, 1, 1, 3)
        grid.addWidget(self.labels[4], 7, 0)
        grid.addWidget(self.width, 7, 1)
        grid.addWidget(self.save_button, 7, 3)
        grid.addWidget(self.labels[5], 8, 0, 1, 4)
        grid.addWidget(self.scans, 9, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(9, 1)
        body = QGridLayout()
        body.addLayout(grid, 0, 0)
        body.addWidget(preview_scroll, 0, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 1)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(body, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Devices")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Devices"))
        for label, text in zip(self.labels, (self.tr("Found:"), self.tr("Scanner:"), self.tr("Receipt printer:"),
                                             self.tr("Pole display:"), self.tr("Paper width:"),
                                             self.tr("Live scan monitor (scan anything):"))):
            label.setText(text)
        self.find_button.setText(self.tr("Look for devices"))
        for button in self.use_buttons:
            button.setText(self.tr("Use found"))
        self.listen_button.setText(self.tr("Stop listening") if self.test_scanner else self.tr("Listen"))
        self.print_button.setText(self.tr("Test print"))
        self.display_button.setText(self.tr("Test display"))
        self.save_button.setText(self.tr("Save for the next start"))
        for field in (self.scanner, self.printer, self.display):
            field.setPlaceholderText(self.tr("none, or a URL such as serial:///dev/ttyACM0 or sim:"))

    def _device_runner(self):
        return self.ctx.hub.runner if self.ctx.hub is not None else self.ctx.runner

    def activate(self) -> None:
        self.run(self.ctx.office.device_settings, self.ctx.session, on_done=self.show_settings, key="devices")
        if not self.found.count():
            self.find()

    def show_settings(self, saved: dict) -> None:
        devices = self.ctx.hub.devices if self.ctx.hub is not None else None
        current = {"scanner": getattr(getattr(devices, "scanner", None), "url", None),
                   "printer": getattr(getattr(devices, "printer", None), "url", None),
                   "display": getattr(getattr(devices, "display", None), "url", None)}
        for kind, field in (("scanner", self.scanner), ("printer", self.printer), ("display", self.display)):
            field.setText(saved.get(kind) or current[kind] or "")
        self.width.setCurrentIndex(max(0, self.width.findData(saved.get("printer_width") or "80")))
        if self.ctx.hub is not None:
            for kind, label in (("scanner", self.scanner_state), ("printer", self.printer_state),
                                ("display", self.display_state)):
                state, message = self.ctx.hub.states.get(kind, ("none", ""))
                self._state(label, state, message)

    def _device_status(self, kind: str, state: str, message: str) -> None:
        labels = {"scanner": self.scanner_state, "printer": self.printer_state, "display": self.display_state}
        if kind in labels:
            self._state(labels[kind], state, message)

    def _state(self, label: QLabel, state: str, message: str) -> None:
        label.setText(self.tr("State: {state} {message}").format(state=state, message=message).strip())

    def find(self) -> None:
        self._device_runner().submit(found_devices, on_done=self._found, on_error=self.failed)

    def _found(self, devices: list[dict]) -> None:
        self.found.clear()
        for d in devices:
            self.found.addItem(f"{d['url']} — {d['description']}", d["url"])

    # -- tests ----------------------------------------------------------------------------------
    def show_scan(self, code: str, kind: str) -> None:
        if self.isVisible():
            self.scans.insertItem(0, f"{kind:8}  {code}")

    def toggle_listen(self) -> None:
        if self.test_scanner is not None:
            self.stop_listening()
            return
        url = self.scanner.text().strip()
        current = getattr(getattr(self.ctx.hub, "devices", None), "scanner", None) if self.ctx.hub else None
        if current is not None and getattr(current, "url", None) == url:
            self.say(self.tr("The till's scanner is listening: scan a code."), "info")
            return
        from hardware.errors import DeviceError
        from hardware.registry import open_scanner
        try:
            self.test_scanner = open_scanner(url, card_prefix=self.ctx.program.card_prefix)
        except DeviceError as exc:
            self.say(str(exc), "error")
            return
        self.test_scanner.start(self.monitor.on_scan, self.monitor.on_status)
        self.say(self.tr("Listening on {url}: scan a code.").format(url=url), "info")
        self.retranslate()

    def stop_listening(self) -> None:
        scanner, self.test_scanner = self.test_scanner, None
        if scanner is not None:
            scanner.stop()
        self.retranslate()

    def test_print(self) -> None:
        url = self.printer.text().strip()
        self.printer_state.setText(self.tr("Printing a test page…"))
        self._device_runner().submit(test_print, url, int(self.width.currentData()), on_done=self._printed,
                                     on_error=self._print_failed)
        self.ctx.touch()

    def _printed(self, result: dict) -> None:
        self.printer_state.setText(self.tr("Test page printed ({count} bytes, paper: {paper}).").format(
            count=result["bytes"], paper=result["paper"]))
        if result["png"]:
            pixmap = QPixmap()
            pixmap.loadFromData(result["png"], "PNG")
            self.preview.setPixmap(pixmap.scaledToWidth(300, Qt.TransformationMode.SmoothTransformation))
        self.last_test_print = result

    def _print_failed(self, exc: BaseException) -> None:
        self.printer_state.setText(self.tr("Test print failed: {problem}").format(problem=exc))

    def test_display(self) -> None:
        self._device_runner().submit(test_display, self.display.text().strip(), "Loyalty Terminal",
                                     self.tr("Display test"), on_done=self._displayed,
                                     on_error=lambda exc: self.display_state.setText(str(exc)))

    def _displayed(self, lines: list[str]) -> None:
        self.display_state.setText(self.tr("The display shows: {lines}").format(lines=" | ".join(lines)))

    def save(self) -> None:
        self.run(self.ctx.office.save_device_settings, self.ctx.session, scanner=self.scanner.text(),
                 printer=self.printer.text(), display=self.display.text(), printer_width=self.width.currentData(),
                 on_done=self._saved)

    def _saved(self, saved: dict) -> None:
        self.say(self.tr("Saved. The till uses these devices from its next start."))

    def shutdown(self) -> None:
        self.stop_listening()
