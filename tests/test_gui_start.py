"""What a start costs: no report layer (openpyxl) before the window is up; the window carries the app icon."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.gui_fixtures import dialogs, isolated_settings, store, window  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from gui.app import main

def probe(app):
    app.processEvents()
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
    assert window.panel.model.rowCount() > 0, window.panel.model.rowCount()
    assert not window.windowIcon().isNull() and not app.windowIcon().isNull()
    print(sorted(m for m in sys.modules if m.startswith(("openpyxl", "engine.reports"))))
    window.close()
    return 0

QApplication.exec = probe
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""

def test_start_does_not_load_the_report_layer(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{f"XDG_{kind}_HOME": str(tmp_path / kind)
                                                              for kind in ("CONFIG", "DATA", "STATE", "CACHE")})
    proc = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "[]"


def test_window_has_the_app_icon(window) -> None:
    icon = window.windowIcon()
    assert not icon.isNull()
    assert icon.availableSizes()
