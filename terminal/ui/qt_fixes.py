"""A work-around for a reference-count bug of PySide6 6.12.0, installed before any window exists.

In PySide6 6.12.0, ``SignalInstance.emit()`` and ``SignalInstance.disconnect()`` return Python's
``True`` without taking a reference to it. Every call made from Python therefore leaves ``True``
with one reference fewer (6.11.3 does not do this). ``True`` starts with a few hundred
references; once a few hundred signals have been emitted from Python (the worker's answers,
device events, the window's own signals), Python frees ``True`` and aborts with "Fatal Python
error: bool_dealloc" — mostly while the interpreter shuts down, so closing the till ended in
exit code 134, and on a long shift it could happen mid-sale.

:func:`install` probes for the bug (emits a private signal and watches ``True``'s reference
count); only when it is present it wraps the two methods so each call gives the missing
reference back. On a fixed PySide6 the probe finds nothing and nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys

_PROBES = 16
_installed: dict[str, bool] = {}

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def _lost(call) -> int:
    """How many references of True and False ``_PROBES`` calls of ``call`` took away (and give them back)."""
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(_PROBES):
        call()
    lost_true, lost_false = before[0] - sys.getrefcount(True), before[1] - sys.getrefcount(False)
    for _ in range(max(lost_true, 0)):
        _incref(True)
    for _ in range(max(lost_false, 0)):
        _incref(False)
    return max(lost_true, 0) + max(lost_false, 0)


def _give_back(method):
    def call(self, *args, **kwargs):
        result = method(self, *args, **kwargs)
        if result is True or result is False:
            _incref(result)
        return result
    call.__name__, call.__doc__ = method.__name__, method.__doc__
    call.__wrapped__ = method
    return call


def install() -> dict[str, bool]:
    """Patch what leaks; returns ``{"emit": patched?, "disconnect": patched?}``. Idempotent."""
    if _installed:
        return dict(_installed)
    from PySide6.QtCore import QObject, Signal, SignalInstance

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    probe.ping.connect(lambda: None)
    leaks_emit = _lost(probe.ping.emit) >= _PROBES

    def connect_and_disconnect():
        probe.ping.disconnect(probe.ping.connect(lambda: None))
    leaks_disconnect = _lost(connect_and_disconnect) >= _PROBES
    if leaks_emit:
        SignalInstance.emit = _give_back(SignalInstance.emit)
    if leaks_disconnect:
        SignalInstance.disconnect = _give_back(SignalInstance.disconnect)
    _installed.update(emit=leaks_emit, disconnect=leaks_disconnect)
    return dict(_installed)
