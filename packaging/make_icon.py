"""Draw the app icon and derive the platform formats from it.

    python packaging/make_icon.py            # writes resources/icons/app.png, app.ico, app.icns

The icon is drawn with Qt (no image tool needed): a rounded blue tile with a white check mark and a
small shop awning. The .ico (Windows: 16-256 px) and .icns (macOS: 16-1024 px) are written with Qt's
own image plugins (qico, qicns), which ship with PySide6-Essentials. The files are committed; run this
again only when the design changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size (Apple's icns format; ic07..ic10).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def draw(size: int):  # -> QImage
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0  # drawn on a 64-unit grid
    tile = QRectF(3 * s, 3 * s, 58 * s, 58 * s)
    grad = QLinearGradient(tile.topLeft(), tile.bottomRight())
    grad.setColorAt(0.0, QColor("#2f80ed"))
    grad.setColorAt(1.0, QColor("#1b4f9c"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRoundedRect(tile, 12 * s, 12 * s)
    # Shop awning: three scallops along the top.
    p.setBrush(QColor("#ffb020"))
    awning = QPainterPath()
    awning.moveTo(12 * s, 14 * s)
    awning.lineTo(52 * s, 14 * s)
    awning.lineTo(52 * s, 20 * s)
    for i in range(3):
        right = 52 - i * 40 / 3
        awning.arcTo(QRectF((right - 40 / 3) * s, 14 * s, 40 / 3 * s, 12 * s), 0, -180)
    awning.closeSubpath()
    p.drawPath(awning)
    # Check mark.
    pen = QPen(QColor("white"), 7 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(19 * s, 38 * s))
    path.lineTo(QPointF(28 * s, 47 * s))
    path.lineTo(QPointF(46 * s, 29 * s))
    p.drawPath(path)
    p.end()
    return image


def png_bytes(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not draw(size).save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(data.data())


def ico_bytes() -> bytes:
    """A Windows .ico whose entries are PNG images (valid since Windows Vista)."""
    images = [png_bytes(n) for n in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for n, data in zip(ICO_SIZES, images, strict=True):
        dim = 0 if n >= 256 else n  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    """A macOS .icns made of PNG elements."""
    body = b""
    for n, kind in ICNS_TYPES.items():
        data = png_bytes(n)
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "app.png").write_bytes(png_bytes(256))
    (ICONS / "app.ico").write_bytes(ico_bytes())
    (ICONS / "app.icns").write_bytes(icns_bytes())
    del app
    for name in ("app.png", "app.ico", "app.icns"):
        print(ICONS / name, (ICONS / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
