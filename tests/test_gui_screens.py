"""Small screens, times with their zone, the first run (demo merchants, empty states) and where file dialogs
open."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine.facts import MerchantProfile
from gui.settings import settings
from tests.gui_fixtures import dialogs, example_profile, isolated_settings, store, window  # noqa: F401

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 x 768 less a task bar


@pytest.fixture
def laptop(monkeypatch):
    import gui.screens

    monkeypatch.setattr(gui.screens, "available_area", lambda window: QRect(LAPTOP))


def _inside(window, widget):
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size()).bottom() <= window.height() and top_left.y() >= 0


def test_the_first_window_fits_a_small_screen(qtbot, store, laptop):
    from gui.main_window import MainWindow

    win = MainWindow(store)
    qtbot.addWidget(win)
    assert win.width() <= LAPTOP.width() - 16 and win.height() <= LAPTOP.height() - 40
    win.show()
    assert _inside(win, win.statusBar()) and _inside(win, win.panel.new_button)
    win.close()


def test_a_window_saved_on_a_big_screen_opens_within_a_small_one(qtbot, store, laptop):
    from gui.main_window import MainWindow

    big = MainWindow(store)
    qtbot.addWidget(big)
    big.setGeometry(100, 100, 1900, 1040)
    settings().setValue("main/geometry", big.saveGeometry())
    big.close()
    assert isinstance(settings().value("main/geometry"), QByteArray)
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.width() <= LAPTOP.width() - 16 and again.height() <= LAPTOP.height() - 40
    assert LAPTOP.contains(again.pos())
    again.close()


def test_the_status_column_stays_visible_when_the_window_is_narrow(window, store, qtbot):
    stored = store.create(example_profile())
    window.panel.select(stored.id)
    window.resize(760, 600)
    window.show()
    window.tabs.setCurrentWidget(window.results_view)
    qtbot.wait(20)
    tree = window.results_view.tree
    header = tree.header()
    status_right = header.sectionPosition(1) + header.sectionSize(1)
    assert status_right <= tree.viewport().width()
    assert header.sectionSize(1) >= header.sectionSizeHint(1)


# -- times ----------------------------------------------------------------------------------------------------
def test_times_are_local_with_their_zone(window, store):
    stored = store.create(example_profile())
    window.panel.refresh(stored.id, quiet=False)
    window.run_check()
    model = window.panel.model
    row = model.row_of(stored.id)
    updated = model.index(row, model.UPDATED).data()
    assert len(updated) == len("2026-11-22 14:05") and updated[10] == " " and updated[13] == ":"
    assert model.headerData(model.UPDATED, Qt.Orientation.Horizontal).startswith("Updated (UTC")
    history = window.history_view
    assert "(UTC" in history.check_tree.topLevelItem(0).text(2)
    assert "(UTC" in history.rev_tree.topLevelItem(0).text(1)


def test_check_as_of_follows_the_clock_until_a_moment_is_picked(window, monkeypatch):
    import gui.timefmt as timefmt

    view = window.results_view
    view.reset_as_of()
    real = timefmt.now()
    assert abs((view.as_of() - real).total_seconds()) < 60
    later = real + timedelta(days=3, hours=2)
    monkeypatch.setattr(timefmt, "now", lambda: later)
    assert abs((view.as_of() - later).total_seconds()) < 1  # the clock moved on, so did the check
    view._tick()
    assert view.as_of_edit.dateTime().toSecsSinceEpoch() // 60 == int(later.timestamp()) // 60  # and the field
    fixed = real - timedelta(days=30)
    view.set_as_of(fixed)
    monkeypatch.setattr(timefmt, "now", lambda: later + timedelta(days=1))
    view._tick()
    assert abs((view.as_of() - fixed).total_seconds()) < 60  # a picked moment stays
    view.reset_as_of()
    assert abs((view.as_of() - (later + timedelta(days=1))).total_seconds()) < 1


# -- first run --------------------------------------------------------------------------------------------------
def test_demo_merchants_are_marked_and_removed_in_one_step(window, store, dialogs):
    own = store.create(MerchantProfile(name="My own merchant"))
    window.panel.refresh()
    model = window.panel.model
    demo = [s for s in store.list_profiles() if s.is_demo]
    assert len(demo) == 5
    row = model.row_of(demo[0].id)
    assert model.index(row, 0).data().endswith("(demo)")
    assert "Remove demo merchants" in model.index(row, 0).data(3)  # the tooltip says how to remove them
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.act["remove_demo"].trigger()
    assert "5 demo merchants" in dialogs.shown[-1][1]
    assert [s.id for s in store.list_profiles()] == [own.id]
    assert "5 demo merchants moved to the trash" in window.statusBar().currentMessage()
    window.undelete_merchant()  # one step back as well
    assert len(store.list_profiles()) == 6


def test_empty_states_say_what_to_do_next(window):
    window.load_merchant(None)
    assert not window.checklist_view.empty.isHidden() and "Pick a merchant" in window.checklist_view.empty.text()
    assert not window.history_view.empty.isHidden() and "Ctrl+N" in window.history_view.empty.text()


def test_file_dialogs_open_in_the_documents_folder_then_the_last_one_used(window, store, monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    asked = []

    def save_name(parent, title, suggested, filter_text):
        asked.append(suggested)
        return str(tmp_path / "elsewhere" / "template.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr("engine.reports.template.write_template", lambda out, lang: out)
    (tmp_path / "elsewhere").mkdir()
    window.export_template()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked[0].startswith(documents) and asked[0].endswith("intake.xlsx")
    window.export_template()
    assert asked[1] == str(tmp_path / "elsewhere" / "intake.xlsx")
