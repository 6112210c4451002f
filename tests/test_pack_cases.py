"""Every rule pack's data-file test cases, one pytest item per case."""

from __future__ import annotations

import pytest

from engine.cases import all_cases, run_case
from engine.resources import resource_path
from engine.rules import get_pack, load_packs

CASES = all_cases()


@pytest.mark.parametrize(
    ("path", "case_file", "case"), CASES, ids=[f"{cf.program}::{c.name}" for _, cf, c in CASES]
)
def test_pack_case(path, case_file, case):
    pack = get_pack(case_file.program)
    _, problems = run_case(pack, case_file, case)
    assert problems == [], f"{path.name} / {case.name}"


def test_every_pack_has_cases():
    with_cases = {cf.program for _, cf, _ in CASES}
    missing = [p.id for p in load_packs() if p.id not in with_cases]
    assert missing == []


def test_case_files_are_named_after_their_programme():
    for path, cf, _ in CASES:
        assert path.stem == cf.program
        assert path.parent == resource_path("cases")
