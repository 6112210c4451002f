"""The app's language: zh-CN or en. Qt strings come from .qm files; rule texts come from the packs."""

from __future__ import annotations

import re
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from engine.resources import resource_path

Lang = Literal["zh", "en"]

_state: dict[str, object] = {"lang": "zh", "translator": None, "qt": None}


def system_lang() -> Lang:
    """Chinese on a Chinese system locale, English otherwise."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def qm_path() -> str:
    return str(resource_path("i18n", "eligibility_zh_CN.qm"))


_IRREGULAR = {"criterion": "criteria"}


def sentences(*parts: str) -> str:
    """Sentences one after another: a space between them in English, none after Chinese full stops."""
    return ("" if lang() == "zh" else " ").join(p for p in parts if p)


def plural(out: str, count: int) -> str:
    """A translated text with a count, from ``QCoreApplication.translate(context, text, "", count)``: the window's
    helper classes are mixins without a Qt class of their own, where ``self.tr`` finds plain texts but not plural
    ones, so plural texts name their context (literally, for lupdate). English has no catalogue: "merchant(s)"
    becomes "1 merchant" or "2 merchants" here."""
    if "(s)" in out:
        def word(found: re.Match[str]) -> str:
            stem = found.group(1)
            return stem if count == 1 else _IRREGULAR.get(stem, stem + "s")

        out = re.sub(r"([A-Za-z]+)\(s\)", word, out)
    return out


def lang() -> Lang:
    value = _state["lang"]
    return "en" if value == "en" else "zh"


def set_lang(value: Lang) -> bool:
    """Switch the language of newly built widgets. Returns False if the Chinese catalogue failed to load."""
    app = QCoreApplication.instance()
    for key in ("translator", "qt"):
        old = _state[key]
        if app is not None and isinstance(old, QTranslator):
            app.removeTranslator(old)
        _state[key] = None
    _state["lang"] = value
    QLocale.setDefault(QLocale("zh_CN" if value == "zh" else "en_US"))
    if value != "zh" or app is None:
        _display_name(app)
        return True
    translator = QTranslator(app)
    if not translator.load(qm_path()):
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    qt = QTranslator(app)  # Qt's own dialogs and buttons (wizard, print preview, message boxes)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _state["qt"] = qt
    _display_name(app)
    return True


def _display_name(app: QCoreApplication | None) -> None:
    """What a window without a title of its own is called (not the program's file name)."""
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(QCoreApplication.translate("Worker", "Merchant Eligibility Checker"))
