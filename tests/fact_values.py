"""Hypothesis strategies for fact values, read from the profile model's own bounds (engine/facts/domains.py).

``values(spec)`` draws any value the model accepts; ``edges(spec)`` draws the values at and next to the
bounds (the smallest and largest plausible value, the most decimals allowed), where arithmetic and formatting
are most likely to break.
"""

from __future__ import annotations

import typing
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import annotated_types
from hypothesis import strategies as st

from engine.facts import FactSpec, fact_specs
from engine.facts.domains import DATE_MAX, DATE_MIN

#: Text that reaches every writer: letters, CJK, punctuation, symbols, formula starts and characters XML 1.0
#: cannot carry (C0 controls, U+FFFE, U+FFFF); lone surrogates are refused by the model, so not drawn here.
HOSTILE_CHARS = "=+-@\t\r\n\x00\x01\x0b\x1f\ufffe\uffff\ufffd&<>\"'"
TEXT = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs", "Cc", "Cn"))
               | st.sampled_from(HOSTILE_CHARS), max_size=40)
#: Places written as people write them: full names, short names, pinyin, a province alone (too coarse).
PLACES = ["浙江省金华市义乌市", "广东省深圳市", "Guangzhou", "北京市朝阳区", "浙江省", "Yiwu", "Shen Zhen", "宁波"]


def _bounds(metadata: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for meta in metadata:
        if isinstance(meta, annotated_types.Ge):
            out["ge"] = meta.ge
        elif isinstance(meta, annotated_types.Le):
            out["le"] = meta.le
        elif isinstance(meta, annotated_types.MaxLen):
            out["max_length"] = meta.max_length
        elif getattr(meta, "decimal_places", None) is not None:
            out["places"] = meta.decimal_places
    return out


def item_bounds(spec: FactSpec) -> dict[str, Any]:
    """The bounds carried by a list fact's item type (``list[DateItem]``)."""
    annotation = spec.info.annotation
    for arg in typing.get_args(annotation):
        for item in typing.get_args(arg):
            if typing.get_origin(item) is typing.Annotated:
                metas: list[Any] = []
                for field in typing.get_args(item)[1:]:
                    metas += list(getattr(field, "metadata", []))
                return _bounds(metas)
    return {}


def _number(kind: str, b: dict[str, Any], edge: bool) -> st.SearchStrategy[Any]:
    lo, hi = b.get("ge", 0), b.get("le")
    assert hi is not None, "every numeric fact has an upper bound"
    if kind == "int":
        if edge:
            return st.sampled_from([int(lo), int(lo) + 1, int(hi) - 1, int(hi)])
        return st.integers(int(lo), int(hi))
    places = b.get("places", 2)
    step = Decimal(1).scaleb(-places)
    if edge:
        return st.sampled_from([Decimal(lo), Decimal(lo) + step, Decimal(hi) - step, Decimal(hi)])
    return st.decimals(Decimal(lo), Decimal(hi), places=places, allow_nan=False, allow_infinity=False)


def _date(b: dict[str, Any], edge: bool) -> st.SearchStrategy[date]:
    lo, hi = b.get("ge", DATE_MIN), b.get("le", DATE_MAX)
    if edge:
        return st.sampled_from([lo, date.fromordinal(lo.toordinal() + 1), date.fromordinal(hi.toordinal() - 1), hi])
    return st.dates(lo, hi)


def _one(kind: str | None, spec: FactSpec, b: dict[str, Any], edge: bool) -> st.SearchStrategy[Any]:
    if kind == "bool":
        return st.booleans()
    if kind == "enum":
        assert spec.enum is not None
        return st.sampled_from(list(spec.enum))
    if kind in ("int", "decimal"):
        return _number(kind, b, edge)
    if kind == "date":
        return _date(b, edge)
    if kind == "datetime":
        return st.datetimes(datetime(1901, 1, 1), datetime(2100, 12, 31), timezones=st.just(UTC))
    max_len = b.get("max_length", 50)
    if spec.place:  # a place as people type it; text that names no division is refused by the model
        return st.sampled_from(PLACES)
    if edge:
        return st.one_of(TEXT.map(lambda s: s[:max_len]), st.just("=" + "长" * (max_len - 1)),
                         st.just("\ufffe" * max_len))
    return TEXT.map(lambda s: s[:max_len])


def values(spec: FactSpec, edge: bool = False) -> st.SearchStrategy[Any]:
    """A value the model accepts for ``spec`` (at its bounds when ``edge``)."""
    b = _bounds(list(spec.info.metadata))
    if spec.kind == "list":
        item = _one(spec.item_kind, spec, item_bounds(spec), edge)
        return st.lists(item, max_size=5)
    return _one(spec.kind, spec, b, edge)


@st.composite
def profile_docs(draw: st.DrawFn, edge: bool = False, unknown: float = 0.3) -> dict[str, Any]:
    """A profile document: every fact either absent (unknown), None, or a value the model accepts."""
    doc: dict[str, Any] = {}
    for name in ("name", "notes"):
        if draw(st.booleans()):
            doc[name] = draw(TEXT if not edge else st.one_of(TEXT, st.just("\ufffe=" * 100)))
    for path, spec in fact_specs().items():
        if draw(st.floats(0, 1)) < unknown:
            continue
        group, name = path.split(".")
        doc.setdefault(group, {})[name] = draw(st.none() | values(spec, edge))
    return doc
