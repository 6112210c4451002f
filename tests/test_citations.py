"""Every citation in every pack quotes its source document word for word (``...`` marks an elision), and the
documents travel with the project (``resources/sources``) with their metadata."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from engine.rules import load_packs
from engine.rules.citation import Citation
from engine.sources import locate, normalise, quote_parts, source_document, source_documents, source_text, sources_dir

ROOT = Path(__file__).resolve().parents[1]
PACKS = load_packs()


def _citations(node: Any, where: str = "") -> list[tuple[str, Citation]]:
    """Every citation anywhere in a pack (windows, criteria, calculators and their rows, checklist)."""
    if isinstance(node, Citation):
        return [(where, node)]
    if isinstance(node, BaseModel):
        name = f"{where}/{getattr(node, 'id', '')}".rstrip("/")
        return [c for field in type(node).model_fields for c in _citations(getattr(node, field), name)]
    if isinstance(node, list | tuple):
        return [c for item in node for c in _citations(item, where)]
    return []


def test_the_source_documents_are_inside_the_project():
    assert sources_dir() == ROOT / "resources" / "sources"
    docs = source_documents()
    assert len(docs) == 5
    listed = {p.name for p in sources_dir().glob("*.txt")}
    assert listed == set(docs)
    for doc in docs.values():
        assert doc.title.zh and doc.title.en and doc.publisher.zh and doc.where.zh and doc.where.en
        assert doc.published is not None or doc.dated is not None, doc.file  # every document says how it is dated
        assert len(source_text(doc.file)) > 1000


def test_document_metadata_matches_what_the_documents_say():
    briefing = source_document("001_88e1b16c6f00dcc9.txt")
    assert briefing is not None and str(briefing.published) == "2021-08-26"
    assert "2021年8月26日" in source_text(briefing.file)
    yanxuan = source_document("004_062ff7576d40ad37.txt")
    assert yanxuan is not None and str(yanxuan.effective) == "2023-08-04"
    assert "2023年08月04日首次生效" in source_text(yanxuan.file)
    assert source_document("nope.txt") is None
    with pytest.raises(KeyError):
        source_text("../README.md")  # only files the index lists are ever read


def test_nothing_in_the_project_points_outside_its_checkout():
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    outside = "shared"  # the folder beside the checkout that a clone does not have
    pattern = re.compile(rf"\.\./{outside}\b|{outside}/seeds")
    offenders = []
    for name in listed.stdout.splitlines():
        path = ROOT / name
        if path.suffix in {".py", ".yaml", ".toml", ".spec", ".cfg", ".ini", ".txt", ".json", ".yml", ""} and path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            if pattern.search(text):
                offenders.append(name)
    assert offenders == []


@pytest.mark.parametrize("pack", PACKS, ids=[p.id for p in PACKS])
def test_every_citation_is_verbatim(pack):
    assert source_document(pack.source.file) is not None
    bad = []
    for name, cite in _citations(pack):
        text = normalise(source_text(pack.citation_file(cite)))
        parts = quote_parts(cite.quote)
        if not cite.ref.strip() or not parts or not all(normalise(p) in text for p in parts):
            bad.append(f"{name}: {cite.quote!r}")
    assert bad == []


@pytest.mark.parametrize("pack", PACKS, ids=[p.id for p in PACKS])
def test_every_citation_is_located_in_its_document(pack):
    """The app shows a clause in place: each quote's pieces map back to offsets of the original text."""
    for name, cite in _citations(pack):
        file = pack.citation_file(cite)
        spans = locate(file, cite.quote)
        assert spans, name
        text = source_text(file)
        for (start, end), part in zip(spans, quote_parts(cite.quote), strict=True):
            assert normalise(text[start:end]) == normalise(part), name


def test_locate_maps_back_through_whitespace_and_markup():
    file = "001_88e1b16c6f00dcc9.txt"
    text = source_text(file)
    spans = locate(file, "选商要求** - 工厂、工贸一体商家")
    assert spans is not None and len(spans) == 1
    start, end = spans[0]
    assert "工厂、工贸一体商家" in text[start:end]
    assert locate(file, "这句话不在文件里") is None
    assert locate("missing.txt", "工厂") is None
    two = locate("000_c4f4461ef599c68b.txt", "商家門檻:...違規分值<24分")
    assert two is not None and len(two) == 2 and two[0][0] < two[1][0]


def test_citations_are_found_inside_calculators_and_checklists():
    pack = next(p for p in PACKS if p.id == "icbu-assurance-upgrade-2021")
    places = {where for where, _ in _citations(pack)}
    assert any("compensation" in w for w in places)
    assert len(places) > len(pack.criteria)


def test_twelve_programmes_with_their_sources():
    by_source: dict[str, int] = {}
    for pack in PACKS:
        by_source[pack.source.file] = by_source.get(pack.source.file, 0) + 1
    assert len(PACKS) == 12
    assert sorted(by_source.values()) == [1, 1, 1, 1, 8]
    assert by_source["001_88e1b16c6f00dcc9.txt"] == 8
