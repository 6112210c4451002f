"""Every citation in every pack quotes its seed word for word (``...`` marks an elision)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.rules import load_packs

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # shared/ lies beside the repository
PACKS = load_packs()


def _norm(text: str) -> str:
    """Compare text only: drop whitespace, markdown emphasis and HTML tags the slide text carries."""
    text = re.sub(r"</?[a-zA-Z][^<>]*>", "", text).replace("**", "").replace("\\$", "$")
    return re.sub(r"\s+", "", text)


def _citations(pack):
    yield from ((f"window {w.id}", w.clause) for w in pack.windows)
    yield from ((f"criterion {c.id}", c.clause) for c in pack.criteria)
    yield from ((f"checklist {i.id}", i.clause) for i in pack.checklist)
    yield from ((f"calculator {c.id}", c.clause) for c in pack.calculators)


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


def test_twelve_programmes_with_their_seeds():
    by_seed: dict[str, int] = {}
    for pack in PACKS:
        by_seed[pack.source.file[:3]] = by_seed.get(pack.source.file[:3], 0) + 1
    assert len(PACKS) == 12
    assert by_seed == {"000": 1, "001": 8, "002": 1, "003": 1, "004": 1}
