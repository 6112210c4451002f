"""The results pane speaks like the rest: the programme line with its timing, reasons and citations by document,
values with the exact figure, and a citation that opens its document at the quoted clause, highlighted."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QUrl

from engine.evaluate import evaluate_all
from engine.facts import parse_profile
from engine.rules import get_pack, load_packs
from engine.sources import locate, normalise, source_text
from gui.results_view import ResultsView
from gui.source_view import SourceView, utf16_offset
from tests.gui_fixtures import example_profile

BEIJING = ZoneInfo("Asia/Shanghai")
AFTER = datetime(2024, 9, 5, tzinfo=BEIJING)
FAIR = get_pack("icbu-2020-06-online-fair-live")


@pytest.fixture(autouse=True)
def chinese(qapp):
    from gui.i18n import set_lang

    set_lang("zh")
    yield
    set_lang("en")


def _view(qtbot, results) -> ResultsView:
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_results(results)
    return view


def _criterion_item(view: ResultsView, crit_id: str):
    top = view.tree.topLevelItem(0)
    return next(top.child(i) for i in range(top.childCount()) if top.child(i).data(0, Qt.ItemDataRole.UserRole)[1]
                == crit_id)


def test_programme_line_shows_the_headline_with_timing(qtbot):
    view = _view(qtbot, evaluate_all(example_profile(), [FAIR], AFTER))
    top = view.tree.topLevelItem(0)
    assert top.text(1) == "符合条件" and top.text(2) == "报名已于 2020 年 5 月 28 日 14:59（北京时间）截止"
    assert top.toolTip(2).startswith("符合条件 · 报名已于 2020 年 5 月 28 日")
    html = view.details.toPlainText()
    assert "最终以平台选择为准" in html and ".txt" not in html
    assert "阿里巴巴国际站 2020 年 6 月网交会直播会场招商" in html  # the document's title, not its file


def test_criterion_details_cite_the_document_and_show_exact_figures(qtbot):
    profile = parse_profile({"company": {"registered_capital_cny": "100000"}})
    pack = get_pack("taobao-live-regional-provider-2023")
    view = _view(qtbot, evaluate_all(profile, [pack], datetime(2024, 1, 10, tzinfo=BEIJING)))
    item = _criterion_item(view, "registered-capital")
    view.tree.setCurrentItem(item)
    text = view.details.toPlainText()
    assert "注册资本 10 万元，须达到 50 万元（含）（还差 40 万元）。" in text
    assert "10 万元（100,000 元）" in text  # the exact figure one look away
    assert "淘宝直播区域产业服务商准入标准 · 2023 年 5 月 2 日 · 第一条 (一) 1 (2)" in text
    assert "ge" not in text.split() and ".txt" not in text
    assert "100,000 元" in item.toolTip(2)


def test_a_citation_opens_its_document_at_the_clause_highlighted(qtbot):
    view = _view(qtbot, evaluate_all(example_profile(), [FAIR], AFTER))
    view.tree.setCurrentItem(_criterion_item(view, "violation-score"))
    assert 'href="clause:violation-score"' in view.details.toHtml()
    view._link(QUrl("clause:violation-score"))
    viewer = view.source_view
    assert isinstance(viewer, SourceView) and viewer.isVisible()
    assert viewer.highlighted() == ["商家報名賬號的違規分值<24分"]
    cursor = viewer.text.textCursor()
    start = locate(FAIR.source.file, "商家報名賬號的違規分值<24分")[0][0]
    assert cursor.position() == utf16_offset(source_text(FAIR.source.file), start)
    assert "阿里巴巴国际站 2020 年 6 月网交会直播会场招商" in viewer.heading.text()


def test_every_citation_of_every_pack_is_highlighted_in_place(qtbot):
    viewer = SourceView()
    qtbot.addWidget(viewer)
    for pack in load_packs():
        for crit in pack.criteria:
            file = crit.clause.file or pack.source.file
            assert viewer.show_clause(file, crit.clause.ref, crit.clause.quote), (pack.id, crit.id)
            shown = "".join(normalise(h.replace("\u2029", "\n")) for h in viewer.highlighted())
            pieces = [normalise(p) for p in crit.clause.quote.replace("…", "...").split("...") if normalise(p)]
            assert shown == "".join(pieces), (pack.id, crit.id)


def test_a_document_that_is_not_included_says_so(qtbot):
    viewer = SourceView()
    qtbot.addWidget(viewer)
    assert not viewer.show_clause("missing.txt", "1", "x")
    assert viewer.highlighted() == [] and viewer.note.text()


def test_utf16_offsets_count_characters_beyond_the_basic_plane_twice():
    assert utf16_offset("a𠀀b", 2) == 3 and utf16_offset("中文", 2) == 2


def test_the_checklist_marks_overdue_items_in_words_and_colour(qtbot):
    from gui.checklist_view import ChecklistView
    from gui.status_style import status_color

    view = ChecklistView()
    qtbot.addWidget(view)
    results = evaluate_all(example_profile(), [FAIR], AFTER)
    view.show_checklist(results, {})
    top = view.tree.topLevelItem(0)
    rows = [top.child(i) for i in range(top.childCount())]
    late = [r for r in rows if r.text(2)]
    assert late and all(r.text(2).endswith("（北京时间）（已过期）") for r in late)
    assert all(r.foreground(2).color() == status_color("fail") for r in late)
    assert late[0].toolTip(2) == "检查时已过截止时间。"
    assert all("-" not in r.text(2) for r in rows)  # dates for people, not ISO
    before = evaluate_all(example_profile(), [FAIR], datetime(2020, 5, 20, tzinfo=BEIJING))
    view.show_checklist(before, {})
    early = [view.tree.topLevelItem(0).child(i) for i in range(view.tree.topLevelItem(0).childCount())]
    assert any(r.text(2) for r in early) and not any("已过期" in r.text(2) for r in early)
    assert view.tree.headerItem().text(2) == "截止时间"
