"""Reports name the edition each programme was checked with and where it came from."""

from __future__ import annotations

import hashlib
from datetime import datetime

import openpyxl
from packs_support import BJ, DURING, EXAMPLE_ID, make_pack, registry_at

from engine.cli.main import main
from engine.evaluate import evaluate_all
from engine.facts import parse_profile
from engine.packs.install import install_pack
from engine.reports import build_report
from engine.reports.printable import build_printable
from engine.rules import get_pack
from engine.rules.loader import packs_dir

AT = datetime(2031, 2, 1, 9, 30, tzinfo=BJ)
BUNDLED = "icbu-2020-06-online-fair-live"


def _texts(wb, sheet):
    return [c.value for row in wb[sheet].iter_rows() for c in row if isinstance(c.value, str)]


def test_excel_and_printable_name_the_edition_and_its_origin(tmp_path):
    reg = registry_at(tmp_path / "data")
    done = install_pack(reg, make_pack(tmp_path), at=AT)
    checksum = done.edition.origin.sha256[:12]
    profile = parse_profile({"name": "Ningbo"})
    results = evaluate_all(profile, [reg.edition(EXAMPLE_ID).pack, get_pack(BUNDLED)], DURING)
    wb = build_report(profile, results, lang="en", as_of=DURING)
    added_sheet = next(n for n in wb.sheetnames if n.startswith("Example spring"))
    assert (f"Rules origin: edition 2031.01.1, added on 1 Feb 2031, 09:30 Beijing time (checksum {checksum})"
            in _texts(wb, added_sheet))
    bundled_sum = hashlib.sha256((packs_dir() / f"{BUNDLED}.yaml").read_bytes()).hexdigest()[:12]
    bundled_sheet = next(n for n in wb.sheetnames if n.startswith("Alibaba.com June 2020"))
    assert f"Rules origin: edition 2020.06.1, bundled with the app (checksum {bundled_sum})" in _texts(wb, bundled_sheet)
    zh = build_report(profile, results, lang="zh", as_of=DURING)
    assert any(t == f"规则来源：2031.01.1 版，2031 年 2 月 1 日 09:30（北京时间）添加（校验码 {checksum}）"
               for n in zh.sheetnames for t in _texts(zh, n))
    html = build_printable(profile, results, lang="en", as_of=DURING).html
    assert f"Rules origin: edition 2031.01.1, added on 1 Feb 2031, 09:30 Beijing time (checksum {checksum})" in html
    assert f"bundled with the app (checksum {bundled_sum})" in html


def test_a_stored_result_of_an_edition_no_longer_installed_says_so(tmp_path):
    reg = registry_at(tmp_path / "data")
    install_pack(reg, make_pack(tmp_path))
    profile = parse_profile({})
    (result,) = evaluate_all(profile, [reg.edition(EXAMPLE_ID).pack], DURING)
    reg.remove(EXAMPLE_ID)
    html = build_printable(profile, [result], lang="zh", as_of=DURING).html
    assert "规则来源：2031.01.1 版，来源未知（本机没有这个版本的规则包）" in html


def test_the_cli_report_of_an_added_programme(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "packs", "install", str(make_pack(tmp_path))]) == 0
    profile = tmp_path / "p.json"
    profile.write_text('{"name": "Ningbo", "company": {"registered_capital_cny": 500000}}', encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert main(["--lang", "en", "--data-dir", data, "report", str(profile), "--program", EXAMPLE_ID, "--as-of",
                 "2031-03-10", "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    sheet = next(n for n in wb.sheetnames if n.startswith("Example spring"))
    assert any(t.startswith("Rules origin: edition 2031.01.1, added on ") for t in _texts(wb, sheet))
    capsys.readouterr()
