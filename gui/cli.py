"""``eligibility-cli`` as installed: the engine's CLI plus the Qt PDF renderer for ``report --pdf``."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from engine.reports.pdf_hook import set_pdf_renderer
from engine.reports.printable import Printable


def _ensure_gui_app() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                            or os.environ.get("WAYLAND_DISPLAY"))
        if headless:
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
