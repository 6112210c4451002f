"""The main window: results, what-if date, checklist ticks, history, trash, import/export, language."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from engine.facts import MerchantProfile
from engine.rules import load_packs
from gui.merchant_model import ID_ROLE
from tests.gui_fixtures import (  # noqa: F401
    AFTER_REGISTRATION,
    DURING_REGISTRATION,
    dialogs,
    example_profile,
    isolated_settings,
    store,
    window,
)

PROGRAM = "icbu-2020-06-online-fair-live"


def _open(window, store, profile):
    stored = store.create(profile)
    assert window.panel.select(stored.id)
    window.reeval_timer.stop()
    return stored


def test_results_tree_shows_ranked_programmes_with_criteria(window, store):
    _open(window, store, example_profile())
    tree = window.results_view.tree
    assert tree.topLevelItemCount() == len(load_packs())
    top = tree.topLevelItem(0)
    assert top.text(1) == "Eligible"
    assert top.text(2) == "registration open until 28 May 2020, 14:59 Beijing time"
    assert top.childCount() == len(window.results[0].criteria)
    assert {top.child(i).text(1) for i in range(top.childCount())} <= {"Pass", "Needs review"}


def test_missing_fact_is_a_link_to_its_field(window, store):
    _open(window, store, MerchantProfile(name="Empty"))
    result = window.results[0]
    assert result.status.value == "incomplete"
    window.results_view.tree.setCurrentItem(window.results_view.tree.topLevelItem(0))
    html = window.results_view.details.toHtml()
    first = result.missing[0].path
    assert f"fact:{first}" in html
    window.results_view._link(QUrl(f"fact:{first}"))
    assert window.tabs.currentWidget() is window.editor


def test_as_of_date_re_evaluates_the_window_state(window, store):
    _open(window, store, example_profile())
    assert window.results[0].window.state.value == "open"
    window.results_view.set_as_of(AFTER_REGISTRATION)
    window.reeval_timer.stop()
    window.reevaluate()
    assert window.results[0].window.state.value == "closed"
    assert window.results_view.tree.topLevelItem(0).text(2) == "registration closed 28 May 2020, 14:59 Beijing time"


def test_checklist_ticks_are_stored_with_the_merchant(window, store):
    stored = _open(window, store, example_profile())
    tree = window.checklist_view.tree
    item = tree.topLevelItem(0).child(0)
    program, item_id = item.data(0, Qt.ItemDataRole.UserRole)
    item.setCheckState(0, Qt.CheckState.Checked)
    assert store.checklist_ticks(stored.id) == {(program, item_id): "done"}
    window.checklist_view.set_item_state(tree.topLevelItem(0).child(1), "not_needed")
    assert store.checklist_ticks(stored.id)[(program, tree.topLevelItem(0).child(1).data(0, Qt.ItemDataRole.UserRole)[1])] \
        == "not_needed"
    window.load_merchant(stored.id)  # reopening shows the same ticks
    assert window.checklist_view.tree.topLevelItem(0).child(0).checkState(0) == Qt.CheckState.Checked
    assert window.checklist_view.tree.topLevelItem(0).child(0).text(3) == "Done"


def test_check_records_history_and_diff_shows_what_changed(window, store):
    stored = _open(window, store, example_profile())
    window.run_check()
    assert [c.status for c in store.checks(stored.id, PROGRAM)] == ["eligible"]
    assert len(store.checks(stored.id)) == len(load_packs())
    window.editor.set_value("alibaba_com.violation_score_points", "30")
    window.run_check()  # saves first, then checks
    checks = store.checks(stored.id, PROGRAM)
    assert sorted(c.status for c in checks) == ["eligible", "not_eligible"]
    history = window.history_view
    assert history.check_tree.topLevelItemCount() == 2 * len(load_packs())
    for i in range(history.check_tree.topLevelItemCount()):
        item = history.check_tree.topLevelItem(i)
        item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) in {c.id for c in checks})
    html = history.details.toHtml()
    assert "Violation score below 24" in html and "Not eligible" in html
    badge = window.panel.model.index(window.panel.model.row_of(stored.id), 2)
    title = next(p.title.en for p in load_packs() if p.id == PROGRAM)
    assert f"{title}: Not eligible" in badge.data(Qt.ItemDataRole.ToolTipRole)


def test_revision_restore(window, store):
    stored = _open(window, store, MerchantProfile(name="Rev One"))
    window.editor.set_value("name", "Rev Two")
    assert window.save()
    assert store.get(stored.id).profile.name == "Rev Two"
    window.restore_revision(1)
    assert store.get(stored.id).profile.name == "Rev One"
    assert window.editor.values()["name"] == "Rev One"
    assert window.history_view.rev_tree.topLevelItemCount() == 3


def test_delete_is_recoverable(window, store):
    stored = _open(window, store, MerchantProfile(name="Trash me"))
    window.delete_merchant()
    assert stored.id not in {s.id for s in store.list_profiles()}
    window.undelete_merchant()
    assert stored.id in {s.id for s in store.list_profiles()}
    assert window.profile_id == stored.id


def test_new_and_duplicate(window, store):
    window.new_merchant()
    assert store.get(window.profile_id).profile.name == "New merchant"
    window.editor.set_value("company.registered_city", "Ningbo")
    window.save()
    first = window.profile_id
    window.duplicate_merchant()
    assert window.profile_id != first
    copy = store.get(window.profile_id).profile
    assert copy.name == "New merchant (copy)" and copy.company.registered_city == "Ningbo"


def test_import_json_by_drop_and_export_json(window, store, qtbot, tmp_path, dialogs):
    source = tmp_path / "in.json"
    source.write_text(json.dumps([{"name": "Dropped A"}, {"name": "Dropped B", "company": {"region": "macau"}}]),
                      encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source)), QUrl.fromLocalFile(str(tmp_path / "ignored.txt"))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: "Imported 2" in window.statusBar().currentMessage(), timeout=5000)
    assert {"Dropped A", "Dropped B"} <= {s.name for s in store.list_profiles()}
    assert window.editor.values()["name"] == "Dropped B"  # the last imported merchant is opened
    dialogs.save_path = str(tmp_path / "out")
    window.export_json()
    out = tmp_path / "out.json"
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=5000)
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == window.editor.values()["name"]


def test_import_reports_bad_files(window, store, qtbot, tmp_path, dialogs):
    bad = tmp_path / "bad.json"
    bad.write_text('{"company": {"registered_capital_cny": "lots"}}', encoding="utf-8")
    before = len(store.list_profiles())
    window.import_files([bad])
    qtbot.waitUntil(lambda: any(k == "warning" for k in dialogs.titles()), timeout=5000)
    assert "must be a number" in dialogs.shown[-1][1]
    assert len(store.list_profiles()) == before


def test_check_all_merchants_in_the_background(window, store, qtbot):
    ids = [store.create(example_profile()).id, store.create(MerchantProfile(name="Blank")).id]
    window.check_all()
    qtbot.waitUntil(lambda: "Checked" in window.statusBar().currentMessage(), timeout=10000)
    assert all(store.checks(i) for i in ids)
    assert store.checks(ids[1])[0].status == "incomplete"


def test_print_and_pdf(window, store, tmp_path, dialogs):
    _open(window, store, example_profile())
    window.print_report()
    assert ("dialog", "QPrintPreviewDialog") in dialogs.shown
    dialogs.save_path = str(tmp_path / "report.pdf")
    window.export_pdf()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_language_switch_rebuilds_the_window_in_chinese(qtbot, store):
    from gui.app import Controller
    from gui.settings import saved_lang

    stored = store.create(example_profile())
    controller = Controller(store)
    first = controller.show(stored.id)
    qtbot.addWidget(first)
    assert first.tabs.tabText(1) == "Results"
    first.act["lang_zh"].trigger()
    second = controller.window
    qtbot.addWidget(second)
    assert second is not first and second.profile_id == stored.id
    assert second.tabs.tabText(1) == "检查结果"
    assert second.menuBar().actions()[0].text() == "文件(&F)"
    assert saved_lang() == "zh"
    second.results_view.set_as_of(DURING_REGISTRATION)
    second.reevaluate()
    assert second.results_view.tree.topLevelItem(0).text(1) in ("符合条件", "信息不全", "不符合条件", "需人工审核")


def test_list_selection_follows_the_model(window, store):
    stored = _open(window, store, MerchantProfile(name="Selected"))
    index = window.panel.table.currentIndex()
    assert window.panel.proxy.data(index, ID_ROLE) == stored.id
    assert window.windowTitle().startswith("Selected")


def test_delete_key_deletes_only_from_the_merchant_list(window, store, qtbot):
    stored = _open(window, store, MerchantProfile(name="Keep me"))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    field = window.editor.inputs["company.registered_city"].edit
    window.jump_to_fact("company.registered_city")
    qtbot.keyClicks(field, "Ningbo")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "ingbo"
    assert stored.id in {s.id for s in store.list_profiles()}
    window.editor.undo_stack.setClean()
    window.panel.table.setFocus()
    qtbot.keyClick(window.panel.table, Qt.Key.Key_Delete)
    assert stored.id not in {s.id for s in store.list_profiles()}


def test_reads_the_stores_export_format(tmp_path):
    from gui.io_ops import read_profiles

    one = tmp_path / "one.json"
    one.write_text(json.dumps({"format_version": 1, "id": "x", "profile": {"name": "Exported"}}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps({"format_version": 1, "profiles": [
        {"id": "a", "name": "A", "profile": {"name": "A"}}, {"id": "b", "name": "B", "profile": {"name": "B"}}]}),
        encoding="utf-8")
    assert [p.name for p in read_profiles(one)] == ["Exported"]
    assert [p.name for p in read_profiles(many)] == ["A", "B"]


def test_close_and_reopen_finds_everything_as_left(qtbot, tmp_path):
    from engine.store import open_store
    from gui.main_window import MainWindow

    data = tmp_path / "reopen"
    first_store = open_store(data)
    win = MainWindow(first_store)
    qtbot.addWidget(win)
    win.results_view.set_as_of(DURING_REGISTRATION)
    win.new_merchant()
    pid = win.profile_id
    win.editor.set_value("name", "Reopen Trading")
    win.editor.set_value("company.general_taxpayer", False)
    win.editor.set_value("company.canton_fair_exhibition_dates", ["2019-10-15"])
    win.run_check()
    item = win.checklist_view.tree.topLevelItem(0).child(0)
    key = item.data(0, Qt.ItemDataRole.UserRole)
    item.setCheckState(0, Qt.CheckState.Checked)
    win.close()
    first_store.close()

    second_store = open_store(data)
    try:
        again = MainWindow(second_store)
        qtbot.addWidget(again)
        assert again.profile_id == pid  # the merchant left open
        values = again.editor.values()
        assert values["name"] == "Reopen Trading"
        assert values["company.general_taxpayer"] is False
        assert values["company.listed_company"] is None  # never answered: still unknown
        assert values["company.canton_fair_exhibition_dates"] == ["2019-10-15"]
        assert second_store.checklist_ticks(pid)[tuple(key)] == "done"
        assert again.history_view.check_tree.topLevelItemCount() == len(load_packs())
        again.close()
    finally:
        second_store.close()


def test_one_check_shows_what_changed_since_the_previous(window, store):
    stored = _open(window, store, example_profile())
    window.run_check()
    window.editor.set_value("alibaba_com.violation_score_points", "30")
    window.run_check()
    history = window.history_view
    newest = max(store.checks(stored.id, PROGRAM), key=lambda c: c.id)
    for i in range(history.check_tree.topLevelItemCount()):
        item = history.check_tree.topLevelItem(i)
        item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == newest.id)
    html = history.details.toHtml()
    assert "Violation score below 24" in html and "Changes from the check of" in html


def test_cancelled_check_all_records_nothing(window, store, qtbot, monkeypatch):
    import gui.batch_ops as batch_ops

    ids = [store.create(example_profile()).id for _ in range(3)]
    calls = []

    def slow_evaluate(profile, packs, as_of):
        while not hasattr(window, "check_task"):  # the task is stored once run_task returns
            time.sleep(0.001)
        calls.append(1)
        if len(calls) == 2:
            window.check_task.cancel()  # the user presses Cancel while the second merchant is evaluated
        return []

    monkeypatch.setattr("engine.evaluate.evaluate_all", slow_evaluate)  # imported by check_all when it runs
    original = batch_ops.run_task

    def keep(*args, **kwargs):
        window.check_task = original(*args, **kwargs)
        return window.check_task

    monkeypatch.setattr(batch_ops, "run_task", keep)
    window.check_all()
    qtbot.waitUntil(lambda: "Cancelled" in window.statusBar().currentMessage(), timeout=5000)
    assert all(store.checks(i) == [] for i in ids)


def test_merchant_names_are_not_squeezed_out_of_the_list(window):
    # However narrow the list panel is dragged, the name column keeps room for about eight Chinese characters
    # (the table scrolls sideways instead).
    header = window.panel.table.horizontalHeader()
    assert header.minimumSectionSize() >= window.panel.table.fontMetrics().horizontalAdvance("义乌市星辰工艺品")


def test_a_closed_window_does_not_check_again_when_the_clock_moves(window, store, qtbot):
    stored = store.create(example_profile())
    window.panel.select(stored.id)
    shown = window.results
    assert shown
    window.close()
    window.results_view.as_of_changed.emit()  # the pane's clock moved on a minute after the window closed
    qtbot.wait(window.reeval_timer.interval() + 100)
    window.reevaluate()
    assert window.results is shown  # nothing re-checked against a store that is closing
