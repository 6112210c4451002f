"""Plausibility bounds at the model, the CLI reader's limits, and an engine that cannot raise on what the model
accepts: the six crashes found by fuzzing are regression tests here."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from engine.cli.main import main
from engine.evaluate import evaluate_all
from engine.evaluate.calculators import find_calculator, run_calculator
from engine.evaluate.dates import LAST_INSTANT, shift
from engine.facts import ProfileInvalid, fact_specs, format_value, parse_profile, profile_schema
from engine.facts.domains import DATE_MAX, DATE_MIN, DOMAINS, MAX_LIST_ITEMS
from engine.rules import get_pack, load_packs

AS_OF = datetime(2021, 9, 1, tzinfo=UTC)
PACKS = load_packs()


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _texts(results):
    """Every text a merchant can read of every result: reasons, distances, missing facts, checklist, windows,
    calculators (``model_dump`` renders each detail), the deciding reasons and the CLI's text report."""
    from engine.cli.textreport import render

    for r in results:
        yield r.summary.zh + r.summary.en
        yield from (t.zh + t.en for t in r.deciding_reasons())
        yield json.dumps(r.model_dump(mode="json"), ensure_ascii=False)
    yield render(results, "zh") + render(results, "en")


# -- the six reported crashes ----------------------------------------------------------------------------------

REPORTED = [
    ("deep.json", "[" * 1000 + "]" * 1000, "nested more than 32 levels"),
    ("digits.json", '{"company": {"employees_count": ' + "9" * 4400 + "}}", "a number of 4,400 characters"),
    ("capital.json", '{"company": {"registered_capital_cny": "1e28"}}', "must not be greater than 10,000,000,000,000"),
    ("reply.json", '{"alibaba_com": {"reply_time_90d_hours": "1E+999999999"}}', "must not be greater than 2,160"),
    ("date.json", '{"alibaba_com": {"assurance_upgrade_start_date": "9999-12-31"}}', "must not be later than 2100-12-31"),
    ("offences.json", '{"alibaba_com": {"ta_refusal_offences": ' + "9" * 4300 + "}}", "a number of 4,300 characters"),
]


@pytest.mark.parametrize(("name", "text", "said"), REPORTED, ids=[r[0] for r in REPORTED])
def test_each_reported_crash_is_now_bad_input_exit_2_one_line(capsys, tmp_path, name, text, said):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "--lang", "en", "check", str(path), "--as-of", "2021-09-01")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and said in err and "Traceback" not in err


def test_the_same_values_given_to_the_model_directly_are_refused_in_both_languages():
    cases = [
        ({"company": {"registered_capital_cny": "1e28"}}, "不能大于 10,000,000,000,000"),
        ({"alibaba_com": {"reply_time_90d_hours": "1E+999999999"}}, "不能大于 2,160"),
        ({"alibaba_com": {"assurance_upgrade_start_date": "9999-12-31"}}, "不能晚于 2100-12-31"),
        ({"alibaba_com": {"ta_refusal_offences": 10**4300}}, "不能大于 1,000,000"),
        ({"company": {"employees_count": -1}}, "不能小于 0"),
        ({"company": {"registration_date": "1900-12-31"}}, "不能早于 1901-01-01"),
        ({"company": {"registered_capital_cny": "0.001"}}, "最多保留 2 位小数"),
        ({"company": {"registered_capital_cny": "NaN"}}, "应为有限的数字"),
        ({"name": "a\ud800b"}, "含有无法识别的字符"),
        ({"company": {"canton_fair_exhibition_dates": ["2000-01-01"] * (MAX_LIST_ITEMS + 1)}}, "最多 10,000 项"),
        ({"alibaba_com": {"product_growth_scores": ["1", "10000.01"]}}, "不能大于 10,000"),
    ]
    for doc, said in cases:
        with pytest.raises(ProfileInvalid) as info:
            parse_profile(doc)
        assert said in info.value.message("zh"), (doc, info.value.message("zh"))
        assert info.value.message("en") and info.value.message("en") != info.value.message("zh")
        for problem in info.value.problems:
            str(problem.value)  # a refused value can always be shown (a 4,300-digit integer is shortened)


def test_each_domain_accepts_its_bounds_and_refuses_one_step_beyond():
    for path, spec in fact_specs().items():
        note = spec.info.json_schema_extra.get("plausible") if isinstance(spec.info.json_schema_extra, dict) else None
        if note is None:
            continue
        group, name = path.split(".")
        lo, hi = note["minimum"], note["maximum"]
        if spec.kind == "date":
            low, high = date.fromisoformat(lo), date.fromisoformat(hi)
            inside = [low.isoformat(), high.isoformat()]
            outside = [(low - timedelta(days=1)).isoformat(), (high + timedelta(days=1)).isoformat()]
        elif spec.kind == "int":
            inside, outside = [lo, hi], [lo - 1, hi + 1]
        else:
            step = Decimal(1).scaleb(-note["decimal_places"])
            inside = [str(Decimal(lo)), str(Decimal(hi)), str(Decimal(hi) - step)]
            outside = [str(Decimal(lo) - step), str(Decimal(hi) + step), str(step / 10)]
        for value in inside:
            assert getattr(getattr(parse_profile({group: {name: value}}), group), name) is not None, (path, value)
        for value in outside:
            with pytest.raises(ProfileInvalid):
                parse_profile({group: {name: value}})


def test_every_numeric_and_date_fact_has_a_domain_shown_in_the_json_schema():
    schema = profile_schema()
    defs = {name: d for name, d in schema["$defs"].items() if "properties" in d}
    by_group = {"company": "Company", "alibaba_com": "AlibabaCom", "taobao_union": "TaobaoUnion",
                "taobao_live": "TaobaoLive", "yanxuan_1688": "Yanxuan1688"}
    names = {d.name for d in DOMAINS}
    for path, spec in fact_specs().items():
        group, name = path.split(".")
        prop = defs[by_group[group]]["properties"][name]
        if spec.kind in ("int", "decimal", "date"):
            assert prop["plausible"]["domain"] in names and prop["plausible"]["why"], path
            if spec.kind != "date":
                number = next(b for b in prop["anyOf"] if b.get("type") in ("integer", "number"))
                assert number["minimum"] == prop["plausible"]["minimum"], path
                assert number["maximum"] == prop["plausible"]["maximum"], path
            if spec.kind == "int":
                assert "decimal_places" not in prop["plausible"], path
        if spec.kind == "list" and spec.item_kind in ("int", "decimal", "date"):
            assert prop["plausible_items"]["domain"] in names, path
            array = next(b for b in prop["anyOf"] if b.get("type") == "array")
            assert array["maxItems"] == MAX_LIST_ITEMS, path
    assert (date(1901, 1, 1), date(2100, 12, 31)) == (DATE_MIN, DATE_MAX)


# -- the CLI reader ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "said"), [
    ("[" * 33 + "]" * 33, "nested more than 32 levels"),
    ('{"a": ' * 200_000 + "1" + "}" * 200_000, "nested more than 32 levels"),
    ('{"company": {"employees_count": 1' + "0" * 40 + "}}", "a number of 41 characters"),
    ('{"company": {"registered_capital_cny": 1e' + "9" * 40 + "}}", "characters (at most 40)"),
    ('{"company": {"registered_capital_cny": NaN}}', "NaN is not a number JSON allows"),
    ('{"company": {"registered_capital_cny": -Infinity}}', "-Infinity is not a number JSON allows"),
])
def test_reader_refuses_depth_long_numbers_and_constants(capsys, tmp_path, text, said):
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    code, _, err = run(capsys, "check", str(path))
    assert code == 2 and said in err and err.count("\n") == 1
    assert time.perf_counter() - started < 5


def test_reader_refuses_a_file_over_the_size_limit_without_reading_it_all(capsys, tmp_path, monkeypatch):
    from engine.cli import common

    monkeypatch.setattr(common, "MAX_JSON_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"notes": "x" * 2000}), encoding="utf-8")
    code, _, err = run(capsys, "check", str(path))
    assert code == 2 and "larger than" in err


def test_reader_names_a_workbook_given_as_json(capsys, tmp_path):
    path = tmp_path / "merchants.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    code, _, err = run(capsys, "profiles", "import", str(path))
    assert code == 2 and "Excel workbook" in err and "UTF-8" not in err
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    code, _, err = run(capsys, "profiles", "import", str(path))
    assert code == 2 and "password-protected" in err


def test_a_depth_the_reader_allows_still_reaches_the_model_as_a_clear_problem(capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"company": {"legal_name": ' + "[" * 30 + "]" * 30 + "}}", encoding="utf-8")
    code, _, err = run(capsys, "check", str(path))
    assert code == 2 and "must be text" in err


# -- the engine is total on everything the model accepts ---------------------------------------------------------

def test_format_value_never_raises_and_keeps_plain_numbers_plain():
    assert format_value(Decimal("1234567.5"), "zh") == "1,234,567.5"
    assert format_value(Decimal("500000.00"), "en") == "500,000"
    assert format_value(10**7, "en") == "10,000,000"
    # Beyond 21 digits (no fact gets near: engine/facts/domains.py) numbers are written in scientific notation
    # (engine/facts/numbers.py), and so is a non-zero number too small to write out: it never reads as 0.
    assert format_value(Decimal("1E+999999999"), "en") == "1E+999999999"
    assert format_value(10**20, "en") == "100,000,000,000,000,000,000"
    assert format_value(Decimal("1e28"), "en") == "1E+28"
    assert format_value(10**4300, "en") == "1E+4300"
    assert format_value(Decimal("0E+999999999"), "en") == format_value(Decimal("-0"), "en") == "0"
    assert format_value(Decimal("1E-999999999"), "en") == "1E-999999999"


def test_date_arithmetic_saturates():
    assert shift(date(9999, 12, 30), timedelta(days=10)) == date.max
    assert shift(datetime(9999, 12, 31, tzinfo=UTC), timedelta(hours=48)) == LAST_INSTANT
    assert shift(date(2024, 2, 28), timedelta(days=1)) == date(2024, 2, 29)


def test_values_at_the_bounds_in_odd_but_valid_spellings_evaluate_and_every_text_renders():
    extremes = {
        "company": {"registered_capital_cny": "1E+13", "annual_export_cny": "0E+999999999",
                    "annual_declared_revenue_cny": "1." + "0" * 5000, "floor_area_sqm": "0E-999999999",
                    "registration_date": "1901-01-01", "brand_registration_date": "2100-12-31",
                    "employees_count": 10**7, "canton_fair_exhibition_dates": ["1901-01-01", "2100-12-31"]},
        "alibaba_com": {"reply_time_90d_hours": "2160", "ta_refusal_offences": 10**6,
                        "offplatform_contact_offences": 10**6, "violation_score_points": 10**4,
                        "assurance_upgrade_start_date": "2100-12-31", "assurance_upgrade_exit_date": "2100-12-31",
                        "last_penalty_date": "2100-12-31", "membership_expiry_date": "1901-01-01",
                        "product_growth_scores": ["10000", "0", "0.01"], "ta_gmv_90d_usd": "1000000000000"},
        "taobao_live": {"exit_reason": "voluntary", "exit_date": "2100-12-31", "deposit_paid_cny": "10000000000000"},
        "yanxuan_1688": {"left_plan_date": "2100-12-31", "approved_date": "1901-01-01"},
    }
    profile = parse_profile(extremes)
    for as_of in (AS_OF, datetime(2100, 12, 31, 23, 59, tzinfo=UTC), datetime(1901, 1, 2, tzinfo=UTC)):
        results = evaluate_all(profile, PACKS, as_of)
        assert len(results) == len(PACKS)
        assert all(text for text in _texts(results))
        for pack in PACKS:
            for calc in pack.calculators:
                result = run_calculator(calc, profile, as_of, {}, pack=pack)
                assert result.text.zh and result.text.en
                assert all(o.text.zh and o.text.en for o in result.outputs)


def test_calculator_inputs_are_bounded_before_any_conversion():
    pack = get_pack("1688-yanxuan-joint-2023")
    calc = find_calculator(pack, "objection-deadline")
    for raw, said in (("9999-12-31T10:00:00+08:00", "outside 1901-01-01 to 2100-12-31"),
                      ("1900-05-01", "outside")):
        with pytest.raises(ValueError, match=said):
            run_calculator(calc, parse_profile({}), AS_OF, {"notified_at": raw}, pack=pack)
    numeric = [(p, c, i) for p in PACKS for c in p.calculators for i in c.inputs if i.type in ("int", "decimal")]
    assert numeric, "some calculator takes a typed number"
    pack, calc, spec = numeric[0]
    started = time.perf_counter()
    for raw in ("1E+99999999", "1E+4300", "9" * 5000):
        with pytest.raises(ValueError, match="not a plausible number"):
            run_calculator(calc, parse_profile({}), AS_OF, {spec.name: raw}, pack=pack)
    assert time.perf_counter() - started < 2
