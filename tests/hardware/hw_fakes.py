"""Test doubles with real I/O: a network receipt printer on a loopback TCP port."""

from __future__ import annotations

import re
import socket
import threading
import time

from PIL import Image

DLE_EOT = re.compile(rb"\x10\x04([\x01-\x04])")
ONLINE = 0x12          # DLE EOT 1 answer: fixed bits only -> online
OFFLINE = 0x1A         # bit 3 set
PAPER_OK = 0x12
PAPER_NEAR_END = 0x1E  # bits 2,3
PAPER_OUT = 0x72       # bits 2,3,5,6


class FakeNetworkPrinter:
    """Listens on 127.0.0.1; records every connection's bytes as one job; answers DLE EOT.

    ``answer_status=False`` makes it mute (like a printer without status support).
    ``drop_after`` closes the connection once that many bytes of a job arrived (cable pulled
    mid-job). ``stop()`` closes the listener so connections are refused; ``start()`` listens
    again on the same port.
    """

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self.jobs: list[bytes] = []
        self.printer_status = ONLINE
        self.paper_status = PAPER_OK
        self.answer_status = True
        self.drop_after: int | None = None
        self.connections = 0
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self.start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}?timeout=2&status_timeout=1"

    def start(self) -> None:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(4)
        sock.settimeout(0.05)
        self.port = sock.getsockname()[1]
        self._listener = sock
        self._stopping.clear()
        t = threading.Thread(target=self._accept_loop, args=(sock,), name="fake-printer-accept")
        self._threads.append(t)
        t.start()

    def stop(self) -> None:
        self._stopping.set()
        for t in self._threads:
            t.join()
        self._threads = []
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _accept_loop(self, sock: socket.socket) -> None:
        conns: list[threading.Thread] = []
        while not self._stopping.is_set():
            try:
                conn, _ = sock.accept()
            except (socket.timeout, OSError):
                continue
            self.connections += 1
            t = threading.Thread(target=self._serve, args=(conn,), name="fake-printer-conn")
            conns.append(t)
            t.start()
        for t in conns:
            t.join()

    def _serve(self, conn: socket.socket) -> None:
        data = bytearray()
        answered = 0
        conn.settimeout(0.05)
        try:
            while True:
                try:
                    chunk = conn.recv(65536)
                except socket.timeout:
                    # Read everything already sent before giving up on a stopping server,
                    # so a job is never cut short by the test's own stop().
                    if self._stopping.is_set():
                        break
                    continue
                if not chunk:
                    break
                data += chunk
                if self.drop_after is not None and len(data) >= self.drop_after:
                    del data[self.drop_after:]
                    break  # the cable is pulled: close without a word
                for m in list(DLE_EOT.finditer(bytes(data)))[answered:]:
                    answered += 1
                    if self.answer_status:
                        n = m.group(1)[0]
                        conn.sendall(bytes([self.printer_status if n == 1 else self.paper_status if n == 4 else 0x12]))
        finally:
            conn.close()
            with self._lock:
                self.jobs.append(bytes(data))


def strip_status_queries(data: bytes) -> bytes:
    return DLE_EOT.sub(b"", data)


def raster_images(data: bytes) -> list[Image.Image]:
    """Every ``GS v 0`` raster image in ``data`` (independent of the hardware package)."""
    images = []
    pos = 0
    while (pos := data.find(b"\x1dv0", pos)) >= 0:
        xb = data[pos + 4] + 256 * data[pos + 5]
        h = data[pos + 6] + 256 * data[pos + 7]
        raster = data[pos + 8: pos + 8 + xb * h]
        img = Image.frombytes("1", (xb * 8, h), bytes(0xFF ^ b for b in raster))
        images.append(img)
        pos += 8 + xb * h
    return images


def wait_for(predicate, timeout: float = 10.0, interval: float = 0.01):
    """Poll until ``predicate()`` is truthy; the timeout only bounds a failing test."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s: {predicate}")
