"""Crash recovery: the open editor's unsaved changes are kept aside as a draft and offered back on the next
start; a hard crash is logged with its traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from engine.facts import MerchantProfile
from gui.window_drafts import AUTOSAVE_MS
from tests.gui_fixtures import dialogs, isolated_settings, store, window  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def _drafts(store):
    return sorted((Path(store.data_dir) / "drafts").glob("*.json"))


def test_unsaved_edits_are_kept_aside_and_offered_back(window, store, qtbot, dialogs):
    from gui.main_window import MainWindow

    stored = store.create(MerchantProfile(name="Draft Co"))
    window.panel.select(stored.id)
    window.show()
    window.jump_to_fact("company.registered_city")
    qtbot.keyClicks(window.editor.inputs["company.registered_city"].edit, "Ningbo")
    window.editor.inputs["company.general_taxpayer"].combo.setCurrentIndex(2)  # No
    qtbot.waitUntil(lambda: len(_drafts(store)) == 1, timeout=AUTOSAVE_MS + 3000)
    kept = json.loads(_drafts(store)[0].read_text(encoding="utf-8"))
    assert kept["profile_id"] == stored.id and kept["values"]["company.registered_city"] == "Ningbo"
    assert store.get(stored.id).revision == 1  # a draft is not a revision
    window.hide()  # the app "crashes": no save, no discard, the draft stays

    dialogs.answer = QMessageBox.StandardButton.Yes
    again = MainWindow(store)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.editor.values()["company.registered_city"] == "Ningbo", timeout=3000)
    assert "Draft Co" in dialogs.shown[-1][1] and "(UTC" in dialogs.shown[-1][1]
    assert again.profile_id == stored.id and again.isWindowModified()
    assert again.editor.values()["company.general_taxpayer"] is False
    again.act["undo"].trigger()  # one undo takes the restored changes back
    assert again.editor.values()["company.registered_city"] is None and not again.isWindowModified()
    again.act["redo"].trigger()
    assert again.save() and not _drafts(store)  # saved: the draft is gone
    assert store.get(stored.id).profile.company.registered_city == "Ningbo"
    window.editor.undo_stack.setClean()
    again.close()


def test_a_declined_draft_is_removed_and_discarding_leaves_none(window, store, qtbot, dialogs):
    from gui.main_window import MainWindow

    stored = store.create(MerchantProfile(name="Discard Co"))
    other = store.create(MerchantProfile(name="Other Co"))
    window.panel.select(stored.id)
    window.editor.set_value("company.registered_city", "Yiwu")
    window.write_draft()
    assert len(_drafts(store)) == 1
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.panel.select(other.id)  # leaving the merchant: its changes discarded, its draft too
    assert window.profile_id == other.id and not _drafts(store)
    window.panel.select(stored.id)
    window.editor.set_value("company.registered_city", "Yiwu")
    window.write_draft()
    window.editor.undo_stack.setClean()
    again = MainWindow(store)  # a start with a draft, declined
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not _drafts(store), timeout=3000)
    assert again.editor.values()["company.registered_city"] is None
    again.close()


HARD_CRASH = r'''
import faulthandler, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from gui.app import main

def window(app):
    return next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())

def first(app):
    def step():
        win = window(app)
        if not win.ready:
            return QTimer.singleShot(20, step)
        win.jump_to_fact("company.registered_city")
        city = win.editor.inputs["company.registered_city"].edit
        QTest.keyClick(city, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(city, "Ningbo")
        win.draft_timer.timeout.connect(lambda: QTimer.singleShot(50, faulthandler._sigsegv))  # a hard crash
    QTimer.singleShot(0, step)
    return original()

def second(app):
    asked = []
    QMessageBox.question = staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    def step():
        win = window(app)
        if not win.ready or not asked:
            return QTimer.singleShot(20, step)
        print("asked", len(asked), "city", win.editor.values()["company.registered_city"], "modified",
              win.isWindowModified(), flush=True)
        win.editor.undo_stack.setClean()
        win.close()
    QTimer.singleShot(0, step)
    return original()

original = QApplication.exec
QApplication.exec = first if sys.argv[2] == "first" else second
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
'''


def test_a_hard_crash_loses_no_edit_and_is_logged_with_its_traceback(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{f"XDG_{kind}_HOME": str(tmp_path / kind)
                                                              for kind in ("CONFIG", "DATA", "STATE", "CACHE")})
    data = str(tmp_path / "data")
    crashed = subprocess.run([sys.executable, "-c", HARD_CRASH, data, "first"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=90)
    assert crashed.returncode == -11, crashed.stderr[-2000:]  # SIGSEGV
    assert len(list((tmp_path / "data" / "drafts").glob("*.json"))) == 1
    again = subprocess.run([sys.executable, "-c", HARD_CRASH, data, "second"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=90)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "asked 1 city Ningbo modified True" in again.stdout
    log = next((tmp_path / "STATE").rglob("app.log")).read_text(encoding="utf-8")
    assert "The previous run ended with a crash" in log
    assert "Fatal Python error: Segmentation fault" in log and 'File "' in log and "line" in log
