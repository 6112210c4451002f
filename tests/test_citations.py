"""Every citation in every pack quotes its seed word for word (``...`` marks an elision)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from engine.rules import load_packs
from engine.rules.citation import Citation

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # shared/ lies beside the repository
PACKS = load_packs()


def _norm(text: str) -> str:
    """Compare text only: drop whitespace, markdown emphasis and HTML tags the slide text carries."""
    text = re.sub(r"</?[a-zA-Z][^<>]*>", "", text).replace("**", "").replace("\\$", "$")
    return re.sub(r"\s+", "", text)


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


def test_seeds_are_beside_the_repository():
    assert (SEEDS / "README.md").is_file(), f"expected the seed documents in {SEEDS}"


@pytest.mark.parametrize("pack", PACKS, ids=[p.id for p in PACKS])
def test_every_citation_is_verbatim(pack):
    assert (SEEDS / pack.source.file).is_file()
    bad = []
    for name, cite in _citations(pack):
        seed = _norm((SEEDS / pack.citation_file(cite)).read_text(encoding="utf-8"))
        parts = [p for p in re.split(r"\.\.\.|…", cite.quote) if p.strip()]
        if not cite.ref.strip() or not parts or not all(_norm(p) in seed for p in parts):
            bad.append(f"{name}: {cite.quote!r}")
    assert bad == []


def test_citations_are_found_inside_calculators_and_checklists():
    pack = next(p for p in PACKS if p.id == "icbu-assurance-upgrade-2021")
    places = {where for where, _ in _citations(pack)}
    assert any("compensation" in w for w in places)
    assert len(places) > len(pack.criteria)


def test_twelve_programmes_with_their_seeds():
    by_seed: dict[str, int] = {}
    for pack in PACKS:
        by_seed[pack.source.file[:3]] = by_seed.get(pack.source.file[:3], 0) + 1
    assert len(PACKS) == 12
    assert by_seed == {"000": 1, "001": 8, "002": 1, "003": 1, "004": 1}
