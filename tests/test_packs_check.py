"""Checking a pack folder being written: every problem with file, line and column; the worked example of the
authoring guide passes; the committed JSON Schemas are the models' and accept what the loader accepts."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import jsonschema
import pytest
import yaml
from packs_support import EXAMPLE, EXAMPLE_ID, ROOT

from engine.packs.install import check_path
from engine.packs.schema import PARTS, schema
from engine.rules.loader import packs_dir


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "my-pack"
    shutil.copytree(EXAMPLE, folder)
    return folder


def test_the_worked_example_passes_with_all_its_cases():
    checked = check_path(EXAMPLE, run_cases=True)
    assert checked.problems == []
    assert checked.pack is not None and checked.pack.id == EXAMPLE_ID
    assert len(checked.case_results) == 9 and all(not p for _, p in checked.case_results)


def test_validate_does_not_run_cases(tmp_path):
    folder = _copy(tmp_path)
    cases = folder / "cases.yaml"
    cases.write_text(cases.read_text(encoding="utf-8").replace("status: eligible", "status: not_eligible"),
                     encoding="utf-8")
    assert check_path(folder, run_cases=False).ok
    tested = check_path(folder, run_cases=True)
    assert [str(p) for p in tested.problems] == [
        "cases.yaml:8:5: case 'meets every rule during registration': programme status eligible, expected "
        "not_eligible"]


def test_several_problems_are_all_reported_with_their_places(tmp_path):
    folder = _copy(tmp_path)
    (folder / "notes.txt").write_text("my notes", encoding="utf-8")
    (folder / ".pack.yaml.swp").write_text("editor file", encoding="utf-8")  # hidden files are passed over
    index = folder / "sources" / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8").replace("language: zh-Hans", "language: chinese"),
                     encoding="utf-8")
    pack = folder / "pack.yaml"
    text = pack.read_text(encoding="utf-8").replace("severity: advisory", "severity: optional")
    pack.write_text(text.replace("op: lt, value: 24", "op: below, value: 24"), encoding="utf-8")
    problems = [str(p) for p in check_path(folder, run_cases=True).problems]
    assert problems[0] == ("notes.txt: not part of a pack (allowed: manifest.yaml, pack.yaml, cases.yaml, "
                           "sources/index.yaml and sources/<name>.txt)")
    assert problems[1].startswith("sources/index.yaml:12:5: documents.0.language: Input should be 'zh-Hans'")
    assert problems[2:] == [
        "pack.yaml:62:69: criteria violation-score (test.compare.op): Input should be 'lt', 'le', 'gt', 'ge', 'eq' "
        "or 'ne'",
        "pack.yaml:71:5: criteria platform-review (severity): Input should be 'required' or 'advisory'"]


def test_a_document_not_listed_and_a_listed_one_missing(tmp_path):
    folder = _copy(tmp_path)
    (folder / "sources" / "extra.txt").write_text("另一份文件", encoding="utf-8")
    (folder / "sources" / "example-spring-showcase-2031.txt").rename(folder / "sources" / "renamed.txt")
    problems = [str(p) for p in check_path(folder, run_cases=False).problems]
    assert "sources/index.yaml:3:5: sources/example-spring-showcase-2031.txt is not in the pack" in problems
    assert "sources/extra.txt: not listed in sources/index.yaml" in problems
    assert "sources/renamed.txt: not listed in sources/index.yaml" in problems
    assert problems[-1] == ("pack.yaml:13:3: source document 'example-spring-showcase-2031.txt' is not among the "
                            "pack's documents (sources/index.yaml and sources/)")


def test_a_manifest_that_disagrees_with_the_pack(tmp_path):
    folder = _copy(tmp_path)
    (folder / "manifest.yaml").write_text("format: 1\nid: example-spring-showcase-2031\nversion: \"2031.02.1\"\n",
                                          encoding="utf-8")
    problems = [str(p) for p in check_path(folder, run_cases=False).problems]
    assert problems == ["manifest.yaml:3:1: version '2031.02.1' differs from pack.yaml ('2031.01.1')"]


def test_text_that_is_not_utf8(tmp_path):
    folder = _copy(tmp_path)
    (folder / "cases.yaml").write_bytes(b"program: \xff\xfe")  # e.g. saved as GBK by an old editor
    problems = [str(p) for p in check_path(folder, run_cases=True).problems]
    assert problems == ["cases.yaml: not UTF-8 text (byte 10)"]


def _jsonable(node):
    if isinstance(node, dict):
        return {str(k): _jsonable(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_jsonable(v) for v in node]
    if isinstance(node, datetime | date):
        return node.isoformat()
    return node


@pytest.mark.parametrize("part", sorted(PARTS))
def test_the_committed_schema_is_the_models_schema(part):
    committed = json.loads((ROOT / "docs" / "schemas" / f"{part}.schema.json").read_text(encoding="utf-8"))
    assert committed == schema(part), (f"docs/schemas/{part}.schema.json is out of date: "
                                       f"eligibility-cli packs schema {part} > docs/schemas/{part}.schema.json")


def test_the_pack_schema_accepts_every_bundled_pack_and_the_example_and_names_a_wrong_key():
    validator = jsonschema.Draft202012Validator(schema("pack"))
    files = [*sorted(packs_dir().glob("*.yaml")), EXAMPLE / "pack.yaml"]
    for path in files:
        data = _jsonable(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert list(validator.iter_errors(data)) == [], path.name
    bad = _jsonable(yaml.safe_load((EXAMPLE / "pack.yaml").read_text(encoding="utf-8")))
    bad["criteria"][0]["treshold"] = 5
    errors = list(validator.iter_errors(bad))
    assert errors and any("treshold" in e.message for e in errors)
    cases = _jsonable(yaml.safe_load((EXAMPLE / "cases.yaml").read_text(encoding="utf-8")))
    assert list(jsonschema.Draft202012Validator(schema("cases")).iter_errors(cases)) == []
    index = _jsonable(yaml.safe_load((EXAMPLE / "sources" / "index.yaml").read_text(encoding="utf-8")))
    assert list(jsonschema.Draft202012Validator(schema("sources")).iter_errors(index)) == []
