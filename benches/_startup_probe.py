"""Child process of benches/startup.py: start something, exit as soon as its first window is on screen.

    python benches/_startup_probe.py bare                      # an empty QMainWindow (the baseline)
    python benches/_startup_probe.py app --data-dir DIR        # the real app, until the merchant list has rows
    python benches/_startup_probe.py ready --data-dir DIR      # ... until the rules are loaded and it all works

For ``app`` the real entry point (gui.app:main) runs unchanged; QApplication.exec is wrapped so that, once
the event loop runs, a timer waits for a visible main window whose list shows merchants, then quits. It
prints the rows seen so the parent can check the demo merchants were listed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1000, 700)
    window.show()
    QTimer.singleShot(0, app.quit)
    return int(app.exec())


def _listed_rows(app: object, ready: bool = False) -> int:
    from PySide6.QtWidgets import QAbstractItemView, QMainWindow

    for widget in app.topLevelWidgets():  # type: ignore[attr-defined]
        if isinstance(widget, QMainWindow) and widget.isVisible() and (not ready or getattr(widget, "ready", True)):
            for view in widget.findChildren(QAbstractItemView):
                model = view.model()
                if view.isVisible() and model is not None and model.rowCount() > 0:
                    return model.rowCount()
    return 0


def app(argv: list[str], ready: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.app import main

    original = QApplication.exec
    deadline = time.monotonic() + 60

    def probing_exec(self: QApplication) -> int:
        def check() -> None:
            rows = _listed_rows(self, ready)
            if rows:
                print(f"rows={rows}", flush=True)
                self.quit()
            elif time.monotonic() > deadline:
                print("rows=0 (timed out)", flush=True)
                self.exit(3)
            else:
                QTimer.singleShot(5, check)

        QTimer.singleShot(0, check)
        return int(original())  # a static method in PySide6

    QApplication.exec = probing_exec  # type: ignore[method-assign]
    return main(argv)


if __name__ == "__main__":
    mode, rest = sys.argv[1], sys.argv[2:]
    sys.exit(bare() if mode == "bare" else app(rest, ready=mode == "ready"))
