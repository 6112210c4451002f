"""What every output shows a merchant: the programme line with its timing, citations by document, overdue
checklist items, no internal names - in the CLI text, the Excel report (read back) and the printable report."""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from reports_support import EXAMPLE, all_cells, example
from words_lint import common

from engine.cli.main import main
from engine.evaluate import evaluate, evaluate_all
from engine.evaluate.headline import window_span
from engine.facts import MerchantProfile
from engine.reports import write_report
from engine.reports.printable import build_printable
from engine.rules import get_pack, load_packs

BEIJING = ZoneInfo("Asia/Shanghai")
AFTER = datetime(2024, 9, 5, tzinfo=BEIJING)  # every registration here has closed
FAIR = get_pack("icbu-2020-06-online-fair-live")
UNION = get_pack("taobao-union-recruiter-2024")
INTERNAL = re.compile(r"\d{3}_[0-9a-f]{16}|\.txt\b|\b(company|alibaba_com|taobao_union|taobao_live|yanxuan_1688)\.\w")


def test_a_closed_registration_is_in_the_headline_and_stops_asking_for_facts():
    eligible = evaluate(example(), FAIR, AFTER)
    assert eligible.status.value == "eligible"
    assert eligible.headline.zh == "符合条件 · 报名已于 2020 年 5 月 28 日 14:59（北京时间）截止"
    assert eligible.headline.en == "Eligible · registration closed 28 May 2020, 14:59 Beijing time"
    late = evaluate(MerchantProfile(), UNION, AFTER)
    assert late.status.value == "incomplete"
    assert late.headline.zh == "信息不全 · 报名已于 2024 年 4 月 25 日 23:59（北京时间）截止"
    assert "还需" not in late.headline.zh
    assert late.timing is not None and late.timing.state.value == "closed"
    early = evaluate(example(), FAIR, datetime(2020, 5, 1, tzinfo=BEIJING))
    assert early.headline.zh.endswith("报名 2020 年 5 月 18 日 15:00（北京时间）开始")
    open_ = evaluate(MerchantProfile(), FAIR, datetime(2020, 5, 20, tzinfo=BEIJING))
    assert open_.headline.zh.startswith("信息不全 · 还需 ") and "报名截至 2020 年 5 月 28 日" in open_.headline.zh


def test_criteria_statuses_stay_as_they_are_and_json_keeps_the_window_state():
    result = evaluate(example(), FAIR, AFTER)
    assert {c.status.value for c in result.criteria} == {"pass"}
    data = result.model_dump(mode="json")
    assert data["window"]["state"] == "closed" and data["window"]["end"] == "2020-05-28T14:59:59+08:00"


def test_checklist_items_past_their_deadline_are_overdue():
    before = evaluate(example(), FAIR, datetime(2020, 5, 20, tzinfo=BEIJING))
    after = evaluate(example(), FAIR, AFTER)
    assert {e.overdue for e in before.checklist if e.deadline} == {False}
    assert {e.overdue for e in after.checklist if e.deadline} == {True}


def test_a_pending_target_never_cites_a_passed_date_as_future():
    facts = {"taobao_union": {"new_merchants_campaign_count": 3}}
    from engine.facts import parse_profile

    during = evaluate(parse_profile(facts), UNION, datetime(2024, 8, 1, tzinfo=BEIJING))
    target = next(c for c in during.criteria if c.id == "new-merchants-campaign")
    assert target.status.value == "unknown" and "还剩 30 天" in target.reason.zh
    after = evaluate(parse_profile(facts), UNION, datetime(2024, 9, 2, tzinfo=BEIJING))
    target = next(c for c in after.criteria if c.id == "new-merchants-campaign")
    assert target.status.value == "fail"
    assert "还剩" not in target.reason.zh and "考核已于 2024 年 8 月 31 日截止" in target.reason.zh


def test_window_times_for_people_in_each_zone():
    result = evaluate(example(), FAIR, AFTER)
    assert window_span(result.window, "zh") == ("2020 年 5 月 18 日 15:00 至 2020 年 5 月 28 日 14:59（北京时间）；"
                                                "2020 年 5 月 18 日 00:00 至 2020 年 5 月 27 日 23:59（美西时间）")


def _run(capsys, *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cli_text_shows_people_no_internal_names(capsys, lang):
    out = _run(capsys, "--lang", lang, "check", str(EXAMPLE), "--as-of", "2024-09-05")
    assert not INTERNAL.search(out), INTERNAL.search(out)
    assert "icbu-" not in out and "T00:00:00" not in out
    if lang == "zh":
        assert "符合条件 · 报名已于 2020 年 5 月 28 日 14:59（北京时间）截止" in out
        assert "依据：阿里巴巴国际站 2020 年 6 月网交会直播会场招商 · 商家門檻 5「" in out
        assert "（已过期）" in out
        assert "说明：最终以平台选择为准" in out
    else:
        assert "Eligible · registration closed 28 May 2020, 14:59 Beijing time" in out
        assert "(overdue)" in out


def test_cli_json_keeps_machine_names(capsys):
    data = json.loads(_run(capsys, "check", str(EXAMPLE), "--as-of", "2024-09-05", "--format", "json"))
    fair = next(r for r in data["results"] if r["program"] == FAIR.id)
    assert fair["source"].endswith(".txt") and fair["window"]["state"] == "closed"
    assert fair["criteria"][0]["source_file"].endswith(".txt")


def test_excel_report_read_back_shows_no_internal_names(tmp_path):
    results = evaluate_all(example(), load_packs(), AFTER)
    path = write_report(tmp_path / "r.xlsx", example(), results, lang="zh", as_of=AFTER)
    texts = [str(c.value) for c in all_cells(path) if isinstance(c.value, str)]
    bad = [t for t in texts if INTERNAL.search(t) or common(t)]
    assert bad == []
    joined = "\n".join(texts)
    assert "报名已于 2020 年 5 月 28 日 14:59（北京时间）截止" in joined
    assert "（已过期）" in joined
    assert "阿里巴巴国际站 2020 年 6 月网交会直播会场招商 · 商家門檻 5" in joined
    assert "注册资本：500 万元（5,000,000 元）" in joined  # the exact figure beside the rounded one


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_printable_report_shows_no_internal_names(lang):
    results = evaluate_all(example(), load_packs(), AFTER)
    html = build_printable(example(), results, lang=lang, as_of=AFTER).html
    text = re.sub(r"<[^>]+>", " ", html)
    assert not INTERNAL.search(text), INTERNAL.search(text)
    assert "icbu-" not in text
    if lang == "zh":
        assert "符合条件 · 报名已于 2020 年 5 月 28 日 14:59（北京时间）截止" in text
        assert "（已过期）" in text


def test_excel_dates_are_date_cells_shown_for_people(tmp_path):
    from openpyxl import load_workbook

    from engine.facts import parse_profile

    profile = parse_profile({"company": {"registration_date": "2023-06-01"}})
    pack = get_pack("taobao-live-regional-provider-2023")
    results = [evaluate(profile, pack, datetime(2024, 1, 10, tzinfo=BEIJING))]
    path = write_report(tmp_path / "d.xlsx", profile, results, lang="zh", as_of=AFTER)
    ws = load_workbook(path).worksheets[1]
    dated = [c for row in ws.iter_rows() for c in row if c.is_date and c.value is not None]
    assert [c.value.date().isoformat() for c in dated] == ["2024-06-01"]
    assert dated[0].number_format == 'yyyy"年"m"月"d"日"'
