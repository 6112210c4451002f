"""The bundled Chinese font, Eligibility Sans SC (resources/fonts: a subset of Noto Sans CJK SC, SIL Open Font
License 1.1, made by packaging/make_font.py).

PDF and print output always use it, so a printed report looks the same on Windows, macOS and Linux and never
depends on what the machine has; the window uses it as its fallback for Chinese where the system has no Chinese
font of its own. The app registers it at start: before the window where the window needs it, otherwise right
after the window's first paint (registering reads the 2 MB file: about 13 ms on the test machine); a PDF or
print made earlier registers it itself.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from engine.resources import resource_path

FONT_FILE = "EligibilitySansSC-Regular.ttf"
FAMILY = "Eligibility Sans SC"

_state: dict[str, str | None] = {"family": None}


class FontMissing(OSError):
    """The bundled font file is missing or unreadable (a broken installation)."""


def font_path() -> str:
    return str(resource_path("fonts", FONT_FILE))


def register() -> str:
    """Add the bundled font to Qt's font database (once per process); returns its family name.
    Needs a QGuiApplication."""
    family = _state["family"]
    if family is not None:
        return family
    font_id = QFontDatabase.addApplicationFont(font_path())
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FontMissing(f"the bundled font could not be loaded: {font_path()}")
    _state["family"] = families[0]
    return families[0]


def report_font(points: float) -> QFont:
    """The font of PDF and print output: always the bundled one, whatever the system has."""
    font = QFont(register())
    font.setPointSizeF(points)
    return font


def system_cjk_family() -> str | None:
    """A font family of the system's own (not the bundled one) that covers Simplified Chinese, if any."""
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        if family != FAMILY and not QFontDatabase.isPrivateFamily(family):
            return family
    return None


def install_ui_fallback(app: QGuiApplication) -> bool:
    """Where the system has no Chinese font, register the bundled one and make it the fallback of the app's font
    (the system's own font stays first for Latin text). Returns whether the fallback was needed."""
    if system_cjk_family() is not None:
        return False
    ours = register()
    font = app.font()
    families = [f for f in font.families() if f != ours] or [font.family()]
    font.setFamilies([*families, ours])
    app.setFont(font)
    return True
