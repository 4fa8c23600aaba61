"""The till: PySide6 windows, widgets, models, workers and the keyboard-wedge filter.

Rules this package keeps (see ARCHITECTURE.md, habit 6):

* nothing here blocks the GUI thread: every ``Loyalty`` call runs on :class:`~terminal.ui.worker.TaskRunner`
  (one named QThread with a job queue), device I/O runs on the device runner or on the drivers'
  own threads, and results come back through queued signals;
* no widget is touched off the GUI thread: worker code receives and returns plain data;
* every visible string goes through ``self.tr()`` with named placeholders, and every widget
  that shows text has a ``retranslate()`` called on ``QEvent.LanguageChange``.
"""


def _import_the_layers_below_qt_first() -> None:
    """Once PySide6 is loaded, its import hook (``shibokensupport.feature``) reads the source
    of every module imported afterwards, once each, to see whether it names PySide6: about
    120 ms of CPU at every start of the till for the 500 modules of SQLAlchemy, the models,
    the use cases and the drivers. Imported here, before Qt, they are never read."""
    import hardware.printing  # noqa: F401
    import hardware.registry  # noqa: F401
    import terminal.app  # noqa: F401


_import_the_layers_below_qt_first()

from .qt_fixes import install as _install_qt_fixes  # noqa: E402

_install_qt_fixes()  # PySide6 6.12.0 loses a reference to True on every emit(); see qt_fixes
