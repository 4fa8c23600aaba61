"""Loading the till's translations (``resources/translations/loyalty_<lang>.qm``) and Qt's own.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; each widget
of the till answers with its ``retranslate()``, so switching language keeps the open sale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from terminal.resource_files import resource_path

LANGUAGES = {"en": "English", "tr": "Türkçe"}
# One catalog per part of the GUI: the till's, and the back office's (terminal/ui/backoffice).
CATALOGS = ("loyalty", "backoffice")


class Translations:
    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> str:
        """Switch to ``language`` ("en" or "tr"); returns the language in force."""
        if language not in LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        if language != "en":
            qt = QTranslator()
            if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                self._installed.append(qt)
            for catalog in CATALOGS:
                ours = QTranslator()
                path = resource_path("translations", f"{catalog}_{language}.qm")
                if not ours.load(str(path)):
                    raise FileNotFoundError(f"translation {path} is missing; run pyside6-lrelease")
                app.installTranslator(ours)
                self._installed.append(ours)
        self.language = language
        QLocale.setDefault(QLocale({"en": "en_US", "tr": "tr_TR"}[language]))
        return language
