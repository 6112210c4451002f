"""Searching the merchant list never asks to save, never changes the open merchant and never loses an edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from engine.facts import MerchantProfile
from tests.gui_fixtures import dialogs, isolated_settings, store, window  # noqa: F401


def _show(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_typing_a_search_with_unsaved_edits_keeps_the_edit_and_asks_nothing(window, store, qtbot, dialogs):
    stored = store.create(MerchantProfile(name="Ningbo Gears"))
    store.create(MerchantProfile(name="Yiwu Crafts"))
    window.panel.refresh(stored.id, quiet=False)
    assert window.profile_id == stored.id
    _show(window, qtbot)
    window.jump_to_fact("company.registered_city")
    city = window.editor.inputs["company.registered_city"].edit
    qtbot.keyClicks(city, "Ningbo")
    assert window.isWindowModified()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.search.hasFocus()
    qtbot.keyClicks(window.panel.search, "y")  # matches only the other merchant
    qtbot.wait(50)
    assert dialogs.shown == []  # searching never asks to save
    assert window.panel.search.text() == "y"  # the key was not swallowed
    assert window.profile_id == stored.id
    assert window.editor.values()["company.registered_city"] == "Ningbo"
    assert window.isWindowModified()
    qtbot.keyClicks(window.panel.search, "iwu")
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Backspace)
    qtbot.wait(50)
    assert dialogs.shown == [] and window.profile_id == stored.id
    assert window.editor.values()["company.registered_city"] == "Ningbo"
    assert window.save()
    assert store.get(stored.id).profile.company.registered_city == "Ningbo"


CHILD = r'''
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import Qt, QTimer, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
tmp = Path(sys.argv[1])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
from gui.i18n import set_lang
set_lang("en")
from engine.facts import MerchantProfile
from engine.store import open_store
from gui.main_window import MainWindow
store = open_store(tmp / "data")
first = store.create(MerchantProfile(name="Ningbo Gears"))
other = store.create(MerchantProfile(name="Yiwu Crafts"))
window = MainWindow(store)
window.panel.refresh(first.id, quiet=False)
window.show()
window.activateWindow()
QTest.qWait(100)
window.jump_to_fact("company.registered_city")
QTest.keyClicks(window.editor.inputs["company.registered_city"].edit, "Ningbo")
shown = []

def cancel_real_dialogs():  # real modal message boxes, answered Cancel as a user would
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()
    QTimer.singleShot(20, cancel_real_dialogs)

QTimer.singleShot(20, cancel_real_dialogs)
QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(window.panel.search, "y")
QTest.qWait(200)
print("search", len(shown), window.profile_id == first.id, window.editor.values()["company.registered_city"])
# Picking the other merchant does ask; Cancel twice keeps the edit and the process.
row = window.panel.proxy.mapFromSource(window.panel.model.index(window.panel.model.row_of(other.id), 0))
rect = window.panel.table.visualRect(row)
QTest.mouseClick(window.panel.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                 rect.center())
QTest.qWait(200)
QTest.mouseClick(window.panel.search, Qt.MouseButton.LeftButton)
QTest.keyClick(window.panel.search, Qt.Key.Key_Escape)
QTest.qWait(200)
print("pick", len(shown), window.profile_id == first.id, window.editor.values()["company.registered_city"],
      repr(window.panel.search.text()), window.panel.current_id() == first.id)
window.editor.undo_stack.setClean()
window.close()
store.close()
'''


def test_cancelling_the_save_question_never_crashes_with_real_dialogs(tmp_path):
    """The crash of issue 12 needed real modal dialogs (a nested event loop): run them in a child process."""
    import os
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.split("\n")
    assert lines[0] == "search 0 True Ningbo"  # no question while searching, the edit kept
    assert lines[1] == "pick 1 True Ningbo '' True"  # one question for picking a merchant; Cancel keeps everything


def test_search_matches_legal_name_credit_code_city_and_notes(window, store, qtbot):
    from engine.facts.company import Company

    stored = store.create(MerchantProfile(name="Star Crafts", notes="met at the Canton Fair, booth 12.1",
                                          company=Company(legal_name="金华市明月灯饰有限公司",
                                                          unified_social_credit_code="91330782MA2E3XYZ5K",
                                                          registered_city="Yiwu")))
    window.panel.refresh()
    panel = window.panel

    def names():
        return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]

    for text in ("明月灯饰", "91330782ma2e", "yiwu", "booth 12", "ＹＩＷＵ"):
        panel.search.setText(text)
        assert names() == ["Star Crafts"], text
        assert panel.empty.isHidden()
    panel.search.setText("no such merchant")
    assert names() == []
    assert not panel.empty.isHidden()
    assert panel.empty.text() == "No merchant matches “no such merchant”. Press Esc to show them all."
    panel.search.setFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == "" and panel.empty.isHidden()
    assert "Star Crafts" in names() and len(names()) == len(store.list_profiles())
    store.save(stored.id, store.get(stored.id).profile.model_copy(update={"notes": "new note"}))
    panel.refresh()
    panel.search.setText("booth")  # the searched texts are read again after the store changed
    assert names() == []
    panel.search.setText("new note")
    assert names() == ["Star Crafts"]


def test_an_empty_list_says_what_to_do(qtbot, tmp_path):
    from engine.store import open_store
    from gui.merchant_panel import MerchantPanel

    with open_store(tmp_path / "empty") as opened:
        for summary in opened.list_profiles():
            opened.delete(summary.id)
        panel = MerchantPanel(opened)
        qtbot.addWidget(panel)
        assert panel.model.rowCount() == 0
        assert not panel.empty.isHidden() and "No merchants yet" in panel.empty.text()
