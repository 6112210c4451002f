"""Shared fixtures of the GUI tests: an isolated store and settings, and modal dialogs that never block."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from engine.facts import MerchantProfile

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "ningbo-machinery.json"
DURING_REGISTRATION = datetime(2020, 5, 20, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
AFTER_REGISTRATION = datetime(2020, 6, 20, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def example_profile() -> MerchantProfile:
    return MerchantProfile.model_validate(json.loads(EXAMPLE.read_text(encoding="utf-8")))


@dataclass
class Dialogs:
    """Every modal dialog a test caused, and what each one answers."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answer: Any = QMessageBox.StandardButton.Discard
    save_path: str = ""
    open_paths: list[str] = field(default_factory=list)

    def titles(self) -> list[str]:
        return [kind for kind, _ in self.shown]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: Any) -> Any:
    """Settings in a temporary folder, and English unless a test switches."""
    from gui.i18n import set_lang

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    set_lang("en")
    yield
    set_lang("en")


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def box(kind: str, result: Any = QMessageBox.StandardButton.Ok) -> Any:
        def show(parent: Any, title: str, text: str = "", *args: Any, **kwargs: Any) -> Any:
            record.shown.append((kind, f"{title}\n{text}"))
            return record.answer if kind == "question" else result
        return show

    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box(kind)))

    def exec_box(self: QMessageBox) -> Any:
        record.shown.append(("box", f"{self.text()}\n{self.informativeText()}"))
        return record.answer

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (record.save_path, "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: (list(record.open_paths), "")))
    monkeypatch.setattr(QDialog, "exec", lambda self: record.shown.append(("dialog", type(self).__name__)) or 0)
    return record


@pytest.fixture
def store(tmp_path: Path) -> Any:
    from engine.store import open_store

    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: Any, store: Any) -> Any:
    from gui.i18n import set_lang
    from gui.main_window import MainWindow

    set_lang("en")
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.results_view.set_as_of(DURING_REGISTRATION)
    win.reeval_timer.stop()
    win.reevaluate()
    yield win
    win.editor.undo_stack.setClean()
    win.close()  # before the store closes


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` with real events: key presses for ASCII, and for Chinese or full-width characters what an
    input method sends (QInputMethodEvent with the committed text); QTest has no key for them."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    run = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii():
            run += ch
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
