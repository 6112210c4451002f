"""The keyboard: Tab leaves the list and runs list -> tabs -> fields -> buttons, Ctrl+1..5 go into the tab,
menu mnemonics are unique, and Ctrl+Z in a field and Edit > Undo are one history."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar

from engine.facts import MerchantProfile
from tests.gui_fixtures import dialogs, isolated_settings, store, window  # noqa: F401


def _active(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _tab(qtbot, shift=False):
    focus = QApplication.focusWidget()
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(focus, Qt.Key.Key_Backtab if shift else Qt.Key.Key_Tab, modifier)
    return QApplication.focusWidget()


def test_tab_leaves_the_list_and_runs_list_tabs_fields_buttons(window, store, qtbot):
    stored = store.create(MerchantProfile(name="Keyboard Co"))
    window.panel.select(stored.id)
    _active(window, qtbot)
    window.panel.table.setFocus()
    seen = [_tab(qtbot) for _ in range(7)]
    assert window.profile_id == stored.id  # Tab never switches merchant
    assert seen[0] is window.tabs.tabBar()
    assert seen[1] is window.editor.tabs.tabBar()
    assert seen[2:4] == [window.editor.inputs["name"].edit, window.editor.inputs["notes"].edit]  # the fields
    assert seen[4:7] == [window.program_filter.button, window.panel.new_button, window.panel.duplicate_button]
    window.editor.inputs["name"].edit.setFocus()
    assert _tab(qtbot, shift=True) is window.editor.tabs.tabBar()
    assert _tab(qtbot, shift=True) is window.tabs.tabBar()
    assert _tab(qtbot, shift=True) is window.panel.table


def test_fields_built_later_stay_before_the_buttons(window, store, qtbot):
    stored = store.create(MerchantProfile(name="Later Co"))
    window.panel.select(stored.id)
    _active(window, qtbot)
    alibaba = next(i for i in range(window.editor.tabs.count()) if window.editor.tabs.tabText(i) == "Alibaba.com")
    window.editor.tabs.setCurrentIndex(alibaba)  # its form is built now
    qtbot.wait(20)  # (and shown once the event loop runs, as it does before any key a person presses)
    window.editor.tabs.tabBar().setFocus()
    first = _tab(qtbot)
    assert window.editor.tabs.currentWidget().isAncestorOf(first)


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_ctrl_number_moves_focus_into_the_tab(window, store, qtbot, number):
    stored = store.create(MerchantProfile(name="Ctrl Co"))
    window.panel.select(stored.id)
    _active(window, qtbot)
    window.panel.table.setFocus()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    page = window.tabs.widget(number - 1)
    assert window.tabs.currentIndex() == number - 1
    assert page.isAncestorOf(QApplication.focusWidget())
    if number == 1:
        assert QApplication.focusWidget() is window.editor.inputs["name"].edit


def _mnemonic(text):
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "zh"])
def test_menu_mnemonics_are_unique(qtbot, store, language):
    from gui.i18n import set_lang
    from gui.main_window import MainWindow

    set_lang(language)
    win = MainWindow(store)
    qtbot.addWidget(win)
    menus = [a.menu() for a in win.menuBar().actions()]
    tops = [_mnemonic(a.text()) for a in win.menuBar().actions()]
    assert None not in tops and len(set(tops)) == len(tops)
    for menu in menus:
        for sub in [menu, *[a.menu() for a in menu.actions() if a.menu()]]:
            keys = [_mnemonic(a.text()) for a in sub.actions() if not a.isSeparator() and a.text()]
            keys = [k for k in keys if k is not None]
            assert len(keys) == len(set(keys)), (sub.title(), [a.text() for a in sub.actions()])
    win.close()


def test_ctrl_z_in_a_field_and_edit_undo_are_one_history(window, store, qtbot):
    stored = store.create(MerchantProfile(name="Undo Co"))
    window.panel.select(stored.id)
    _active(window, qtbot)
    window.jump_to_fact("company.registered_city")
    city = window.editor.inputs["company.registered_city"].edit
    qtbot.keyClicks(city, "Ningbo")
    assert window.isWindowModified() and window.act["undo"].isEnabled()
    qtbot.keyClick(city, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # in the field
    assert city.text() == "" and window.editor.values()["company.registered_city"] is None
    assert not window.isWindowModified() and not window.act["undo"].isEnabled()  # they agree: nothing unsaved
    qtbot.keyClick(city, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert city.text() == "Ningbo" and window.isWindowModified()
    assert window.save()
    qtbot.keyClicks(city, "x")
    assert window.isWindowModified()
    qtbot.keyClick(city, Qt.Key.Key_Backspace)  # typed and taken back: nothing is unsaved
    assert city.text() == "Ningbo" and not window.isWindowModified()
    notes = window.editor.inputs["notes"].edit
    window.jump_to_fact("notes")
    qtbot.keyClicks(notes, "booth 12")
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() == "" and not window.isWindowModified()


def test_no_tab_bar_traps_the_focus(window, qtbot):
    assert isinstance(window.tabs.tabBar(), QTabBar)
    assert not window.panel.table.tabKeyNavigation()
