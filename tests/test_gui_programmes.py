"""The Programmes window: every programme with its edition, origin and source; install (checked, cases run,
merchants re-checked with progress), refusal, removal and export; the calendar with its exports. Modal dialogs
are patched (tests/gui_fixtures.py)."""

from __future__ import annotations

from datetime import datetime

import icalendar
import openpyxl
from gui_fixtures import dialogs, isolated_settings, store, window  # noqa: F401
from packs_support import BJ, EXAMPLE_ID, make_pack, second_edition
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from engine.packs.install import check_path
from engine.rules import load_packs
from gui.programmes_menu import open_programmes

AUGUST_2021 = datetime(2021, 8, 28, 12, 0, tzinfo=BJ)


def _rows(page):
    tree = page.tree
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def _select(page, program, version):
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == (program, version):
            page.tree.setCurrentItem(item)
            return item
    raise AssertionError(f"{program} {version} not listed")


def _install(qtbot, page, dialogs, paths):
    dialogs.open_paths = [str(p) for p in paths]
    before = len(dialogs.shown)
    page.install_button.click()
    return before


def test_the_tools_menu_opens_programmes_and_calendar(qtbot, window):
    assert window.act["programmes"].isEnabled() and window.act["calendar"].isEnabled()
    window.act["calendar"].trigger()
    dialog = window.programmes_dialog
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.calendar
    window.act["programmes"].trigger()
    assert window.programmes_dialog is dialog and dialog.tabs.currentWidget() is dialog.page


def test_every_programme_with_platform_edition_period_origin_and_source(qtbot, window):
    page = open_programmes(window).page
    rows = _rows(page)
    assert len(rows) == len(load_packs())
    live = next(r for r in rows if r[0].startswith("Alibaba.com June 2020"))
    assert live[1:5] == ["Alibaba.com", "2020.06.1 (in force)", "from 18 May 2020", "bundled"]
    assert live[5].startswith("Alibaba.com June 2020 online trade fair")
    _select(page, "icbu-2020-06-online-fair-live", "2020.06.1")
    html = page.details.toPlainText()
    assert "bundled with the app (checksum " in html
    assert "Registration: 18 May 2020, 15:00 Beijing time to 28 May 2020, 14:59 Beijing time" in html
    assert not page.remove_button.isEnabled() and page.export_button.isEnabled()


def test_install_from_the_page_rechecks_every_merchant_for_a_new_programme(qtbot, window, store, dialogs, tmp_path):
    dialog = open_programmes(window)
    page = dialog.page
    merchants = [s.id for s in store.list_profiles()]
    _install(qtbot, page, dialogs, [make_pack(tmp_path)])
    qtbot.waitUntil(lambda: all(store.checks(pid, EXAMPLE_ID) for pid in merchants), timeout=20000)
    qtbot.waitUntil(lambda: "Re-checked" in window.statusBar().currentMessage(), timeout=20000)
    assert window.statusBar().currentMessage() == (f"Re-checked {len(merchants)} merchant(s) against the changed "
                                                   "programme.")
    row = next(r for r in _rows(page) if r[0].startswith("Example spring 2031"))
    assert row[1:5] == ["Alibaba.com", "2031.01.1 (in force)", "from 15 Jan 2031", "added"]
    assert EXAMPLE_ID in [p.id for p in window.packs]
    assert [s for s in dialogs.shown if s[0] in ("box", "warning")] == []


def test_a_new_edition_rechecks_only_the_merchants_checked_with_that_programme(qtbot, window, store, dialogs,
                                                                              tmp_path):
    page = open_programmes(window).page
    merchants = [s.id for s in store.list_profiles()]
    _install(qtbot, page, dialogs, [make_pack(tmp_path)])
    qtbot.waitUntil(lambda: all(store.checks(pid, EXAMPLE_ID) for pid in merchants), timeout=20000)
    qtbot.waitUntil(lambda: "Re-checked" in window.statusBar().currentMessage(), timeout=20000)
    window.statusBar().clearMessage()
    keep = merchants[0]
    other = merchants[1:]
    counts = {pid: len(store.checks(pid, EXAMPLE_ID)) for pid in merchants}
    store.delete(keep)  # in the trash: not re-checked
    _install(qtbot, page, dialogs, [second_edition(tmp_path)])
    qtbot.waitUntil(lambda: "Re-checked" in window.statusBar().currentMessage(), timeout=20000)
    assert window.statusBar().currentMessage() == f"Re-checked {len(other)} merchant(s) against the changed programme."
    assert all(len(store.checks(pid, EXAMPLE_ID)) == counts[pid] + 1 for pid in other)
    assert len(store.checks(keep, EXAMPLE_ID)) == counts[keep]


def test_a_bad_pack_is_refused_with_the_authors_details_and_nothing_changes(qtbot, window, dialogs, tmp_path):
    page = open_programmes(window).page
    before = _rows(page)
    bad = make_pack(tmp_path, pack=lambda t: t.replace("op: lt, value: 24", "op: below, value: 24"))
    details: list[str] = []
    original = QMessageBox.setDetailedText

    def keep_details(box, text):
        details.append(text)
        original(box, text)

    QMessageBox.setDetailedText = keep_details  # type: ignore[method-assign]
    try:
        start = _install(qtbot, page, dialogs, [bad])
        qtbot.waitUntil(lambda: len(dialogs.shown) > start, timeout=20000)
    finally:
        QMessageBox.setDetailedText = original  # type: ignore[method-assign]
    kind, text = dialogs.shown[-1]
    assert kind == "box"
    assert text.startswith("Nothing was installed from these files; the data stays as it was.\nexample.mecpack was "
                           "not installed: pack.yaml:62:69: criteria violation-score (test.compare.op)")
    assert details and details[0].startswith("For the pack's author (file:line:column):\npack.yaml:62:69: ")
    assert _rows(page) == before and EXAMPLE_ID not in [p.id for p in window.packs]


def test_remove_and_export(qtbot, window, store, dialogs, tmp_path):
    page = open_programmes(window).page
    _install(qtbot, page, dialogs, [make_pack(tmp_path)])
    qtbot.waitUntil(lambda: EXAMPLE_ID in page.registry.programme_ids(), timeout=20000)
    qtbot.waitUntil(lambda: "Re-checked" in window.statusBar().currentMessage(), timeout=20000)
    _select(page, EXAMPLE_ID, "2031.01.1")
    dialogs.save_path = str(tmp_path / "exported")
    page.export_button.click()
    assert check_path(tmp_path / "exported.mecpack", run_cases=True).ok
    assert dialogs.shown[-1] == ("information", f"Pack exported\nSaved {tmp_path / 'exported.mecpack'}")
    assert page.remove_button.isEnabled()
    dialogs.answer = QMessageBox.StandardButton.No
    page.remove_button.click()
    assert EXAMPLE_ID in page.registry.programme_ids()
    dialogs.answer = QMessageBox.StandardButton.Yes
    page.remove_button.click()
    assert dialogs.shown[-1][1].startswith("Remove pack\nRemove edition 2031.01.1 of “Example spring 2031")
    assert EXAMPLE_ID not in page.registry.programme_ids()
    assert EXAMPLE_ID not in [p.id for p in window.packs]
    assert len(_rows(page)) == len(load_packs())


def _wheel(widget, steps: int) -> None:
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _groups(view):
    return [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]


def test_the_calendar_groups_windows_and_follows_keys_and_the_wheel(qtbot, window):
    view = open_programmes(window, 1).calendar
    view.set_as_of(AUGUST_2021)
    assert _groups(view) == ["Open, closes within 30 days (2)", "Open now (9)", "Opens within 30 days (5)"]
    first = view.tree.topLevelItem(2).child(0)
    assert first.text(0).startswith("Level-2 category locked · Alibaba.com September 2021")
    assert first.text(1) == "29 Aug 2021, 15:00 Beijing time"
    assert first.text(3) == "29 Aug 2021, 00:00 PDT → 29 Aug 2021, 00:00 PDT"
    view.days.setFocus()
    qtbot.keyClick(view.days, Qt.Key.Key_Down)
    assert view.horizon() == 90 and _groups(view)[-1].startswith("Opens within 90 days (")
    _wheel(view.days, 1)  # up: back to 30
    assert view.horizon() == 30 and _groups(view)[-1] == "Opens within 30 days (5)"
    view.as_of_edit.setFocus()
    view.as_of_edit.setCurrentSection(view.as_of_edit.sectionAt(0))  # the year
    qtbot.keyClick(view.as_of_edit, Qt.Key.Key_Up)
    assert view.as_of().year == 2022 and _groups(view) == ["Open now (8)"]
    _wheel(view.as_of_edit, -1)
    assert view.as_of().year == 2021 and len(_groups(view)) == 3


def test_the_calendar_shows_the_current_merchant_and_exports(qtbot, window, dialogs, tmp_path):
    view = open_programmes(window, 1).calendar
    view.set_as_of(AUGUST_2021)
    assert view.merchant_label.text().endswith(": programmes open now or opening in this period, the ones met first, "
                                               "then the closest.")
    assert view.merchant_tree.topLevelItemCount() == len(view.rows) > 0
    first = view.merchant_tree.topLevelItem(0)
    assert first.text(0) == view.rows[0].title.en and first.text(2)[0].isupper()
    dialogs.save_path = str(tmp_path / "cal.xlsx")
    view.excel_button.click()
    wb = openpyxl.load_workbook(tmp_path / "cal.xlsx")
    assert wb.sheetnames == ["Calendar", "Merchant"]
    assert wb["Merchant"]["A1"].value == f"Programme calendar — {view.merchant_name}"
    dialogs.save_path = str(tmp_path / "cal")
    view.ics_button.click()
    events = icalendar.Calendar.from_ical((tmp_path / "cal.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 16
    assert dialogs.shown[-1] == ("information", f"Calendar exported\nSaved {tmp_path / 'cal.ics'}")


def test_the_programmes_window_speaks_chinese(qtbot, window):
    from gui.i18n import set_lang

    set_lang("zh")
    dialog = open_programmes(window, 1)
    dialog.calendar.set_as_of(AUGUST_2021)
    assert [dialog.tabs.tabText(i) for i in range(2)] == ["项目", "日历"]
    assert dialog.windowTitle() == "项目与日历"
    assert _groups(dialog.calendar) == ["正在开放，30 天内截止（2）", "正在开放（9）", "30 天内开始（5）"]
    assert dialog.page.install_button.text() == "安装规则包文件…"
    row = next(r for r in _rows(dialog.page) if r[0].startswith("阿里巴巴国际站 2020 年 6 月网交会"))
    assert row[1:5] == ["阿里巴巴国际站", "2020.06.1（现行）", "2020 年 5 月 18 日起", "随软件提供"]


def test_check_as_of_uses_the_edition_in_force_then(qtbot, window, dialogs, tmp_path):
    page = open_programmes(window).page
    _install(qtbot, page, dialogs, [make_pack(tmp_path), second_edition(tmp_path)])
    qtbot.waitUntil(lambda: "Re-checked" in window.statusBar().currentMessage(), timeout=20000)
    assert window.profile_id is not None
    for moment, version in ((datetime(2031, 3, 10, 10, 0, tzinfo=BJ), "2031.01.1"),
                            (datetime(2031, 9, 10, 10, 0, tzinfo=BJ), "2031.08.1")):
        window.results_view.set_as_of(moment)
        window.reeval_timer.stop()
        window.reevaluate()
        (result,) = [r for r in window.results if r.program == EXAMPLE_ID]
        assert result.version == version


def test_reopening_shows_packs_added_meanwhile_from_the_command_line(qtbot, window, store, tmp_path):
    from engine.cli.main import main

    dialog = open_programmes(window)
    dialog.close()
    assert main(["--data-dir", str(store.data_dir), "packs", "install", str(make_pack(tmp_path))]) == 0
    again = open_programmes(window)
    assert again is dialog and any(r[0].startswith("Example spring 2031") for r in _rows(again.page))
