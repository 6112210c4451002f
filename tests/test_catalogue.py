"""The catalogue of merchant-facing words (docs/catalogue) is a golden file set: a fresh run must equal it, and
every reason and programme line in it must read right (tests/words_lint.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from words_lint import problems

from engine.catalogue import ORDER, build, examples
from engine.catalogue.__main__ import main, pages
from engine.evaluate.status import Status
from engine.i18n import Text
from engine.rules import get_pack, load_packs

DOCS = Path(__file__).resolve().parents[1] / "docs" / "catalogue"


@pytest.fixture(scope="module")
def fresh() -> dict[str, str]:
    return pages()


def test_the_catalogue_pages_are_current(fresh):
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert sorted(on_disk) == sorted(fresh), "regenerate with: python -m engine.catalogue"
    stale = [name for name, text in fresh.items() if on_disk[name] != text]
    assert stale == [], f"out of date (regenerate with python -m engine.catalogue): {stale}"


def test_one_page_per_programme_and_an_index(fresh):
    assert set(fresh) == {f"{p.id}.md" for p in load_packs()} | {"README.md"}
    index = fresh["README.md"]
    assert all(f"({p.id}.md)" in index for p in load_packs())


def _pairs(page: str) -> list[Text]:
    """The (zh, en) items of a page: a "- zh" line followed by an indented en line."""
    lines = page.splitlines()
    return [Text(zh=line[2:], en=lines[i + 1].strip()) for i, line in enumerate(lines)
            if line.startswith("- ") and i + 1 < len(lines) and lines[i + 1].startswith("  ")]


def test_every_text_in_the_catalogue_reads_right(fresh):
    found = [p for name, page in fresh.items() if name != "README.md" for text in _pairs(page)
             for p in problems(text)]
    assert found == []


def test_every_criterion_has_its_outcomes_in_both_languages(fresh):
    for pack in load_packs():
        page = fresh[f"{pack.id}.md"]
        for crit in pack.criteria:
            assert f". {crit.title.zh}" in page and crit.title.en in page
        sections = re.split(r"^## \d+\. ", page, flags=re.M)[1:]
        assert len(sections) == len(pack.criteria)
        for section, crit in zip(sections, pack.criteria, strict=True):
            # A required criterion reaches at least "met" or "not met", and "not entered" (unknown is never "no").
            headings = set(re.findall(r"^### (\S+) /", section, flags=re.M))
            assert "未知" in headings or crit.test.kind == "manual", crit.id
            assert headings & {"符合", "不符合", "需人工审核"}, crit.id
            assert all(item.zh and item.en for item in _pairs(section))


def test_each_kind_of_outcome_is_reached_where_the_rule_allows_it():
    cat = build(get_pack("taobao-live-regional-provider-2023"))
    by_title = {e.title.zh: e for e in cat.entries}
    capabilities = by_title["同时具备六项运营能力"]
    assert set(capabilities.reasons) == {Status.PASS, Status.FAIL, Status.UNKNOWN}
    voluntary = by_title["主动退出：180 天内不得再准入"]
    assert any(t.zh.startswith("不适用：") for t in voluntary.reasons[Status.PASS])
    assert any("180 天内不得再准入（至 " in t.zh and "起可再准入" in t.zh for t in voluntary.reasons[Status.FAIL])


def test_examples_are_the_shortest_a_middle_and_the_longest():
    texts = {Text(zh="x" * n, en=str(n)) for n in (1, 5, 2, 9, 3)}
    assert [t.en for t in examples(texts)] == ["1", "3", "9"]
    assert examples(set()) == []
    assert ORDER[0] is Status.PASS


def test_check_mode_reports_stale_pages(tmp_path, capsys, monkeypatch):
    import engine.catalogue.__main__ as cli

    monkeypatch.setattr(cli, "pages", lambda: {"README.md": "index\n", "p.md": "page\n"})
    assert main(["--out", str(tmp_path)]) == 0
    assert (tmp_path / "p.md").read_text(encoding="utf-8") == "page\n"
    assert main(["--out", str(tmp_path), "--check"]) == 0
    (tmp_path / "README.md").write_text("edited by hand\n", encoding="utf-8")
    assert main(["--out", str(tmp_path), "--check"]) == 1
    assert "README.md" in capsys.readouterr().err
