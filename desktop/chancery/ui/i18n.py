"""Interface language: which translation the GUI uses, and loading it.

The choice is a per-user interface preference kept in QSettings (like the
window state), not an archive setting: two officers sharing an archive may
read the menus in different languages.  It applies at the next start.
Translations are compiled Qt Linguist files in ``resources/i18n``
(``chancery_<lang>.qm``), plus Qt's own ``qtbase_<lang>.qm`` for the
standard buttons (OK, Cancel, Save…).  English is the source language and
needs no file.

Threading: GUI thread only.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import paths

ORGANIZATION = "Chancery"
APPLICATION = "Chancery"

#: Interface languages shipped, with their names written in that language (as
#: language menus list them, so that a reader lost in another language finds theirs).
UI_LANGUAGES = {"en": "English", "fr": "Français", "ru": "Русский"}

LANGUAGE_KEY = "ui/language"
DATA_DIR_KEY = "archive/data_dir"  # the archive folder chosen in Settings (applied at start-up)
SERVER_KEY = "archive/server"  # the server archive chosen in Settings ▸ Archive (a URL without password)
LANGUAGE_ENV = "CHANCERY_UI_LANG"  # overrides the stored choice (tests, one-off runs)

_installed: list[QTranslator] = []
_language = "en"


def ui_settings() -> QSettings:
    """The QSettings holding window state and interface preferences (INI file, per user)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def stored_data_dir() -> str | None:
    """The archive folder chosen in Settings, if any (applied at start-up)."""
    value = ui_settings().value(DATA_DIR_KEY)
    return str(value) if value else None


def stored_server() -> str | None:
    """The server archive chosen in Settings (a URL without password), if any."""
    value = ui_settings().value(SERVER_KEY)
    return str(value) if value else None


def translations_dir() -> Path:
    return paths.resources_dir() / "i18n"


def stored_language() -> str | None:
    value = ui_settings().value(LANGUAGE_KEY)
    return value if value in UI_LANGUAGES else None


def set_stored_language(lang: str) -> None:
    ui_settings().setValue(LANGUAGE_KEY, lang)


def chosen_language() -> str:
    """The environment override, else the stored choice, else the system locale if shipped, else English."""
    env = os.environ.get(LANGUAGE_ENV, "")
    if env in UI_LANGUAGES:
        return env
    stored = stored_language()
    if stored:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install_translators(lang: str) -> bool:
    """Install the application's and Qt's translations for ``lang``; True if ours loaded.

    Call before creating widgets.  Re-installing replaces the previous language.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    loaded = ours.load(f"chancery_{lang}", str(translations_dir()))  # English: plural forms only
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if lang == "en":
        return True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def current_language() -> str:
    """The language the interface is showing (for labels of codes and country names)."""
    return _language


def apply_language(lang: str) -> bool:
    """Install ``lang`` and remember it as the current language; False if its file is missing.

    The default QLocale follows, so Qt's own widgets (calendars, number
    fields) speak the same language.
    """
    global _language
    loaded = install_translators(lang)
    _language = lang if (loaded or lang == "en") else "en"
    QLocale.setDefault(QLocale(_language))
    return loaded


_language_names: dict[tuple[str, str], str] = {}


def language_name(code: str, in_language: str | None = None) -> str:
    """The name of language ``code`` written in the interface language: "anglais" for "en" in French.

    CLDR's names through Babel (loaded on first use); the tag itself when
    CLDR does not know it.
    """
    ui = in_language or _language
    key = (code, ui)
    name = _language_names.get(key)
    if name is None:
        try:
            from babel import Locale, UnknownLocaleError

            try:
                names = Locale.parse(ui).languages
            except (UnknownLocaleError, ValueError):
                names = Locale.parse("en").languages
            base = code.split("-")[0]
            name = names.get(code.replace("-", "_")) or names.get(base) or code
        except ImportError:  # pragma: no cover - Babel is a dependency
            name = code
        _language_names[key] = name
    return name
