"""Seed 001 packs: every citation is verbatim from the seed; calculators give the seed's numbers."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from engine.evaluate.calculators import find_calculator, run_calculator
from engine.facts import parse_profile
from engine.rules import get_pack, load_packs
from engine.rules.citation import Citation

SEEDS = Path("/work/shared/seeds")
PACK_IDS = [
    "icbu-assurance-upgrade-2021",
    "icbu-find-factory-2021",
    "icbu-industrial-brand-station-2021",
    "icbu-quality-trade-zone-2021",
    "icbu-rfq-service-score-2021",
    "icbu-sept-2021-festival",
    "icbu-supplier-card-2021",
    "icbu-violation-penalties-2021",
]
AS_OF = datetime.fromisoformat("2021-09-10T12:00:00+08:00")


def _norm(text: str) -> str:
    return re.sub(r"\s+|\*\*|\\", "", text)


def _citations(node: Any) -> list[Citation]:
    if isinstance(node, Citation):
        return [node]
    if isinstance(node, BaseModel):
        return [c for name in type(node).model_fields for c in _citations(getattr(node, name))]
    if isinstance(node, list | tuple):
        return [c for item in node for c in _citations(item)]
    return []


def test_the_eight_programmes_are_shipped():
    ids = {p.id for p in load_packs()}
    assert set(PACK_IDS) <= ids


@pytest.mark.parametrize("program", PACK_IDS)
def test_every_quote_is_verbatim_from_the_seed(program):
    pack = get_pack(program)
    cites = _citations(pack)
    assert len(cites) >= 8
    for cite in cites:
        seed = _norm((SEEDS / pack.citation_file(cite)).read_text(encoding="utf-8"))
        for part in re.split(r"\.\.\.|…", cite.quote):
            assert _norm(part) in seed, f"{program} {cite.ref}: {part!r}"


def run(program: str, calc_id: str, profile: dict | None = None, **inputs: Any):
    pack = get_pack(program)
    return run_calculator(find_calculator(pack, calc_id), parse_profile(profile or {}), AS_OF, inputs, pack=pack)


@pytest.mark.parametrize(("amount", "expected", "capped"), [
    ("1500", Decimal(100), True), ("999", Decimal("99.9"), False), ("1000", Decimal(100), False),
    ("1000.01", Decimal(100), True), ("0", Decimal(0), False),
])
def test_compensation_is_ten_percent_capped_at_100_usd(amount, expected, capped):
    result = run("icbu-assurance-upgrade-2021", "compensation", order_amount_usd=amount)
    assert result.value == expected
    assert result.output("capped") is capped
    assert result.missing == []


def test_compensation_without_amount_stays_unknown():
    result = run("icbu-assurance-upgrade-2021", "compensation")
    assert result.value is None
    assert result.missing == ["order_amount_usd"]
