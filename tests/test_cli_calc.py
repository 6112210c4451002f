"""``eligibility-cli calc``: list and run calculators, with one-line errors."""

from __future__ import annotations

import json

import pytest

from engine.cli.main import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_programs_lists_the_eight_seed_001_programmes(capsys):
    code, out, _ = run(capsys, "programs", "--format", "json")
    ids = {p["id"] for p in json.loads(out)}
    assert code == 0
    assert {"icbu-quality-trade-zone-2021", "icbu-find-factory-2021", "icbu-industrial-brand-station-2021",
            "icbu-assurance-upgrade-2021", "icbu-rfq-service-score-2021", "icbu-sept-2021-festival",
            "icbu-violation-penalties-2021", "icbu-supplier-card-2021"} <= ids


def test_calc_list_json(capsys):
    code, out, _ = run(capsys, "calc", "list", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    comp = next(r for r in rows if r["id"] == "compensation")
    assert comp["program"] == "icbu-assurance-upgrade-2021"
    assert comp["kind"] == "percent_capped"
    assert comp["inputs"][0]["name"] == "order_amount_usd"
    assert len(rows) >= 30


def test_calc_run_compensation_json(capsys):
    code, out, _ = run(capsys, "calc", "run", "icbu-assurance-upgrade-2021", "compensation",
                       "--input", "order_amount_usd=1500", "--format", "json")
    result = json.loads(out)["result"]
    assert code == 0
    assert result["value"] == "100"
    assert {o["name"]: o["value"] for o in result["outputs"]} == {"uncapped": "150", "capped": True}
    assert result["clause"]["quote"].startswith("赔偿的标准为信保订单金额的10%")


def test_calc_run_text_in_both_languages(capsys):
    code, zh, _ = run(capsys, "--lang", "zh", "calc", "run", "icbu-assurance-upgrade-2021", "compensation",
                      "--input", "order_amount_usd=999")
    assert code == 0 and "999 美元的 10% 为 99.9 美元" in zh and "依据：" in zh and ".txt" not in zh
    code, en, _ = run(capsys, "--lang", "en", "calc", "run", "icbu-assurance-upgrade-2021", "compensation",
                      "--input", "order_amount_usd=1500")
    assert "10% of USD 1,500 is USD 100 (capped at USD 100)" in en


def test_calc_run_with_profile_and_as_of(capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"alibaba_com": {"last_penalty_date": "2021-09-01"}}), encoding="utf-8")
    code, out, _ = run(capsys, "calc", "run", "icbu-violation-penalties-2021", "appeal-deadline",
                       "--profile", str(path), "--as-of", "2021-09-09", "--format", "json")
    result = json.loads(out)["result"]
    assert code == 0
    assert result["value"] == "2021-09-08T23:59:59+08:00"
    assert {o["name"]: o["value"] for o in result["outputs"]}["open"] is False


def test_calc_run_unknown_input_stays_unknown(capsys):
    code, out, _ = run(capsys, "calc", "run", "icbu-rfq-service-score-2021", "rfq-service-score",
                       "--input", "rfq_login_days=unknown", "--format", "json")
    result = json.loads(out)["result"]
    assert code == 0
    assert result["value"] is None
    assert "alibaba_com.rfq_login_days" in result["missing"]


@pytest.mark.parametrize(("args", "message"), [
    (["nope", "x"], "unknown programme 'nope'"),
    (["icbu-assurance-upgrade-2021", "nope"], "has no calculator 'nope'"),
    (["icbu-assurance-upgrade-2021", "compensation", "--input", "order_amount_usd"], "is not NAME=VALUE"),
    (["icbu-assurance-upgrade-2021", "compensation", "--input", "amount=1"], "unknown input 'amount'"),
    (["icbu-assurance-upgrade-2021", "compensation", "--input", "order_amount_usd=abc"], "not a valid decimal"),
    (["icbu-rfq-service-score-2021", "rfq-benefits", "--input", "rfq_login_days=many"], "must be a whole number"),
    (["icbu-assurance-upgrade-2021", "compensation", "--as-of", "soon"], "is not an ISO 8601 date"),
    (["icbu-assurance-upgrade-2021", "compensation", "--profile", "/nonexistent.json"], "file not found"),
])
def test_bad_input_exits_2_with_one_line(capsys, args, message):
    code, _out, err = run(capsys, "--lang", "en", "calc", "run", *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_calc_run_with_a_stored_profile_id(tmp_path, capsys):
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "--data-dir", data, "profiles", "list", "--format", "json")
    assert code == 0
    stored = json.loads(out)[0]
    code, out, err = run(capsys, "--data-dir", data, "calc", "run", "icbu-rfq-service-score-2021", "rfq-benefits",
                         "--profile", stored["id"][:8], "--format", "json")
    assert code == 0, err
    assert json.loads(out)["result"]["id"] == "rfq-benefits"
