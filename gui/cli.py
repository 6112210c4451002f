"""``eligibility-cli`` as installed: the engine's CLI plus the Qt PDF renderer for ``report --pdf``."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from engine.reports.pdf_hook import set_pdf_renderer
from engine.reports.printable import Printable


def headless(platform: str | None = None, env: Mapping[str, str] | None = None) -> bool:
    """Linux without a display (a server, a CI job): Qt needs its offscreen platform there. On Windows and macOS
    Qt's own platform plugin draws a PDF without showing anything, display or not."""
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    return platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def _ensure_gui_app() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if headless():
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication([sys.argv[0] if sys.argv else "eligibility-cli"]))


_APP: list[object] = []


def qt_pdf_renderer(printable: Printable, path: Path) -> int:
    """Render with Qt, creating a (headless-capable) QGuiApplication on first use."""
    _ensure_gui_app()
    from gui.pdf import render_pdf

    return render_pdf(printable, path)


def main(argv: Sequence[str] | None = None) -> int:
    from engine.cli.main import main as engine_main

    set_pdf_renderer(qt_pdf_renderer)
    return engine_main(argv)


if __name__ == "__main__":
    sys.exit(main())
