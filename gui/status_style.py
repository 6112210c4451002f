"""How statuses look: a word, a symbol and a colour, so that colour is never the only signal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from engine.status_words import WORDS  # no models: the merchant list shows statuses in the first paint
from gui.i18n import lang

# status -> (symbol, light-theme colour, dark-theme colour)
_LOOK: dict[str, tuple[str, str, str]] = {
    "pass": ("✔", "#1b7f3b", "#6fdc8c"),
    "eligible": ("✔", "#1b7f3b", "#6fdc8c"),
    "fail": ("✘", "#b3261e", "#ff8a80"),
    "not_eligible": ("✘", "#b3261e", "#ff8a80"),
    "unknown": ("?", "#8a5a00", "#ffd166"),
    "incomplete": ("?", "#8a5a00", "#ffd166"),
    "review": ("!", "#1f5fa8", "#8ab4f8"),
    "open": ("●", "#1b7f3b", "#6fdc8c"),
    "upcoming": ("◔", "#1f5fa8", "#8ab4f8"),
    "closed": ("■", "#5f6368", "#bdc1c6"),
}
_icons: dict[tuple[str, bool], QIcon] = {}


def dark_theme() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def status_word(status: str) -> str:
    words = WORDS.get(status)
    return status if words is None else words[0 if lang() == "zh" else 1]


def status_label(status: str) -> str:
    """Symbol and word, e.g. "✘ 不符合"."""
    symbol = _LOOK.get(status, ("", "", ""))[0]
    return f"{symbol} {status_word(status)}".strip()


def status_color(status: str) -> QColor:
    look = _LOOK.get(status)
    if look is None:
        return QGuiApplication.palette().color(QPalette.ColorRole.Text)
    return QColor(look[2] if dark_theme() else look[1])


def status_icon(status: str) -> QIcon:
    """A filled disc with the status symbol: readable without colour vision."""
    key = (status, dark_theme())
    if key not in _icons:
        pix = QPixmap(32, 32)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(status_color(status))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(2, 2, 28, 28)
        painter.setPen(QColor("#111111") if key[1] else QColor("#ffffff"))
        font = painter.font()
        font.setPixelSize(20)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, _LOOK.get(status, ("?",))[0])
        painter.end()
        _icons[key] = QIcon(pix)
    return _icons[key]


def html_status(status: str) -> str:
    return f'<span style="color:{status_color(status).name()}"><b>{status_label(status)}</b></span>'
