"""Drives the app started from its entry point (gui.app:main) under a real X server with real input: xdotool
types, clicks and turns the mouse wheel (XTest events through the X server and xcb, as a person's would).

Run by tests/test_gui_xvfb.py: ``python tests/xvfb_driver.py DATA_DIR REPORT.json``. The steps run from the app's
own event loop; each waits for what it needs, and the report says what was seen on the way.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

STEP_MS = 150
TIMEOUT_MS = 60_000
report: dict[str, Any] = {"steps": []}


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=20)


def click(widget: QWidget, button: int = 1) -> None:
    centre = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
    xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()))
    xdotool("click", str(button))


def hover(widget: QWidget) -> None:
    centre = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
    xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()))


def type_text(text: str) -> None:
    xdotool("type", "--delay", "40", text)


def key(*names: str) -> None:
    xdotool("key", "--delay", "60", *names)


def main_window() -> Any:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()), None)


def wizard() -> Any:
    from gui.wizard import CheckWizard

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, CheckWizard) and w.isVisible()), None)


class Steps:
    """Each step runs once its condition holds (polled from the event loop), then the next one waits."""

    def __init__(self, steps: list[tuple[str, Callable[[], bool], Callable[[], None]]]) -> None:
        self.steps, self.waited = steps, 0

    def start(self) -> None:
        QTimer.singleShot(STEP_MS, self.poll)

    def poll(self) -> None:
        if not self.steps:
            return
        name, ready, act = self.steps[0]
        try:
            ok = ready()
        except Exception as exc:  # a condition that cannot be evaluated yet
            ok = False
            report["last_error"] = f"{name}: {exc!r}"
        if not ok:
            self.waited += STEP_MS
            if self.waited > TIMEOUT_MS:
                report["failed_at"] = name
                finish(3)
                return
            QTimer.singleShot(STEP_MS, self.poll)
            return
        self.steps.pop(0)
        self.waited = 0
        report["steps"].append(name)
        try:
            act()
        except Exception as exc:
            report["failed_at"], report["error"] = name, repr(exc)
            finish(4)
            return
        QTimer.singleShot(STEP_MS, self.poll)


def write_report() -> None:
    shown = {k: v for k, v in report.items() if k != "driver"}
    Path(sys.argv[2]).write_text(json.dumps(shown, ensure_ascii=False, default=str), encoding="utf-8")


def finish(code: int) -> None:
    write_report()
    QApplication.exit(code)


def facts() -> Any:
    return wizard().facts_page


def field(path: str) -> Any:
    return facts().inputs[path]


def show(path: str) -> None:
    widget = field(path)
    facts().scroll.ensureWidgetVisible(widget, 0, 60)


def steps() -> list[tuple[str, Callable[[], bool], Callable[[], None]]]:
    def ready_window() -> bool:
        window = main_window()
        return window is not None and window.ready and window.isVisible()

    def activate() -> None:
        window = main_window()
        hover(window)  # an X server without a window manager gives the keyboard to the window under the pointer
        window.activateWindow()

    def wheel_target() -> str:
        """The first yes/no question on the page other than the one answered later: the wheel must not answer it."""
        focus = QApplication.focusWidget()
        combos = [path for path, widget in facts().inputs.items()
                  if getattr(widget, "combo", None) is not None and path != "company.general_taxpayer"
                  and not (focus is not None and (widget is focus or widget.isAncestorOf(focus)))]
        return combos[len(combos) // 2]  # mid-page: the page can scroll both ways

    def wheel_over_combo() -> None:
        page = facts()
        report["wheel_field"] = wheel_target()
        report["inputs"] = list(page.inputs)
        combo = field(report["wheel_field"]).combo
        page.scroll.verticalScrollBar().setValue(0)
        page.scroll.ensureWidgetVisible(combo, 0, 80)
        report["scroll_before"] = page.scroll.verticalScrollBar().value()
        hover(combo)
        for _ in range(3):
            xdotool("click", "5")  # wheel down, over a combo box that does not have focus

    def after_wheel() -> None:  # (read once the wheel events were handled)
        page = facts()
        report["wheeled_combo"] = field(report["wheel_field"]).combo.currentText()
        report["scroll_after"] = page.scroll.verticalScrollBar().value()

    def fill_capital() -> None:
        show("company.registered_capital_cny")
        click(field("company.registered_capital_cny").edit)
        type_text("5000000")

    def fill_date() -> None:
        report["capital_note"] = field("company.registered_capital_cny").note.text()
        show("company.registration_date")
        click(field("company.registration_date").edit)
        type_text("2015/3/18")
        key("Tab")

    def fill_deposit() -> None:
        report["date_text"] = field("company.registration_date").edit.text()
        show("taobao_live.deposit_paid_cny")
        click(field("taobao_live.deposit_paid_cny").edit)
        type_text("100,000")  # with a grouping separator, as people write it

    def choose_yes() -> None:
        show("company.general_taxpayer")
        click(field("company.general_taxpayer").combo)  # opens the list

    def pick() -> None:
        key("Down", "Return")

    return [
        ("window up", ready_window, activate),
        ("window active", lambda: main_window().isActiveWindow(), lambda: key("ctrl+shift+n")),
        ("wizard open", lambda: wizard() is not None and wizard().isActiveWindow(),
         lambda: (click(wizard().merchant_page.name), type_text("Wheel Trading"))),
        ("name typed", lambda: wizard().merchant_page.name.text() == "Wheel Trading", lambda: key("Return")),
        ("programmes", lambda: wizard().currentPage() is wizard().programs_page, lambda: key("Return")),
        ("facts page", lambda: wizard().currentPage() is facts() and bool(facts().inputs), wheel_over_combo),
        ("wheeled", lambda: True, after_wheel),
        ("capital", lambda: True, fill_capital),
        ("date", lambda: field("company.registered_capital_cny").edit.text() == "5000000", fill_date),
        ("deposit", lambda: field("company.registration_date").edit.text() == "2015-03-18", fill_deposit),
        ("taxpayer", lambda: field("taobao_live.deposit_paid_cny").edit.text() == "100,000", choose_yes),
        ("popup", lambda: QApplication.activePopupWidget() is not None, pick),
        ("answered", lambda: field("company.general_taxpayer").combo.currentText() == "Yes", lambda: key("Return")),
        ("results", lambda: wizard().currentPage() is wizard().results_page,
         lambda: report.update(results=wizard().results_page.view.tree.topLevelItemCount())),
        ("save", lambda: True, lambda: click(wizard().button(wizard().WizardButton.FinishButton))),
        ("saved", lambda: wizard() is None and main_window().profile_id is not None,
         lambda: report.update(title=main_window().windowTitle(), modified=main_window().isWindowModified())),
        ("back in the window", lambda: True, activate),
        ("quit", lambda: main_window().isActiveWindow(), lambda: key("ctrl+q")),
    ]


def run(app: Any) -> int:
    report["driver"] = Steps(steps())  # kept: a timer holds its bound method weakly
    report["driver"].start()
    return int(original_exec())


if __name__ == "__main__":
    from gui.app import main

    original_exec = QApplication.exec
    QApplication.exec = run  # type: ignore[method-assign,assignment]
    code = main(["--data-dir", sys.argv[1], "--lang", "en"])
    report["exit"] = code
    write_report()
    sys.exit(code)
