"""UI language: Qt translators for English (source) and French."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from firsthand.message import Message, say

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("en", "fr")


def ui_language(setting: str) -> str:
    """The language to show: the setting's, or the system's when it is "system"."""
    if setting in LANGUAGES:
        return setting
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Firsthand's and Qt's own translations for `language`; keep the result alive."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"firsthand_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed


def number(value: int) -> str:
    """A whole number grouped the UI language's way: 63,206 in English, 63 206 in French."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no grouping there; keep the English one
        return f"{value:,}"
    return locale.toString(value)


def decimal(value: float, places: int = 1) -> str:
    """A decimal with the UI language's separator: 2.5 in English, 2,5 in French."""
    return QLocale().toString(float(value), "f", places)


def fmt(template: str, *args: object) -> str:
    """Fill Qt-style %1, %2… placeholders (translations may reorder them)."""
    return str(say(template, *args))


def translate_message(message: Message, context: str) -> str:
    """`message` in the UI's language: its template translated in `context`, then filled.

    A template with no translation (or a plain sentence) shows in English, as it is.
    """
    return message.fill(QCoreApplication.translate(context, message.template))
