"""Checks for text a merchant reads: what would make a sentence look like debug output or read wrong.

Each check returns the problems it finds in one text (empty when the text reads right); ``problems`` runs the
checks that apply to a language. Used by tests/test_words.py (pack texts) and tests/test_catalogue.py (every
generated reason and headline).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel

from engine.facts import fact_specs
from engine.facts.profile import GROUPS
from engine.i18n import Text
from engine.rules import load_packs

CJK = r"\u3400-\u9fff\uf900-\ufaff"
ASCII_UNITS = re.compile(r"(?<![A-Za-z])(points?|years?|days?|hours?|people|persons?|times|CNY|USD|RMB)(?![A-Za-z])")
OPERATORS = re.compile(r"[<>≤≥=≠]|(?<![A-Za-z])(ge|gt|le|lt|eq|ne)(?![A-Za-z])")
HALF_WIDTH = re.compile(f"[{CJK}]\\s*[,;:!?()]|[,;:!?()]\\s*[{CJK}]")
FILE_NAME = re.compile(r"\d{3}_[0-9a-f]{16}|\.(txt|ya?ml|json|py)\b")
PATH = re.compile(r"\b(" + "|".join(GROUPS) + r")\.[a-z_0-9]+")
INTERNAL = re.compile(r"种子|seed|计算器 [a-z]|calculator [a-z]+-", re.IGNORECASE)
ONE_ITEM_OF = re.compile(r"(?:为|是)\s*([^，；。、或：]+?)\s*之一")
UNITS_EN = "year|day|point|hour|time|merchant|order|item|offence|account|quote|inquir(?:y|ie)|level|person|certificate"
SINGULAR_AS_PLURAL = re.compile(rf"(?<![\d.,])1 (?:full )?(?:{UNITS_EN})s\b")
PLURAL_AS_SINGULAR = re.compile(rf"(?<![\d.,])(?:0|[2-9]|\d{{2,3}}|\d+\.\d+) (?:full )?(?:{UNITS_EN})(?![a-z])")
ISO_DATE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")  # dates are for people; ISO only in JSON
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"")  # the source's own words, discussed in a reading


@cache
def internal_ids() -> frozenset[str]:
    """Every id a pack gives its programme, criteria, calculators, windows and checklist items (with a dash)."""
    ids: set[str] = set()
    for pack in load_packs():
        ids.add(pack.id)
        for group in (pack.criteria, pack.calculators, pack.windows, pack.checklist):
            ids.update(item.id for item in group)
    return frozenset(i for i in ids if "-" in i)


def _id_problems(text: str, parts: int) -> list[str]:
    """Ids in the text; in English only those that cannot be an ordinary hyphenated word (``parts`` pieces)."""
    found = [i for i in internal_ids() if i.count("-") + 1 >= parts
             and re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)]
    return [f"internal id {i!r}" for i in found]


def common(text: str, id_parts: int = 2) -> list[str]:
    out = []
    if FILE_NAME.search(text):
        out.append("a file name")
    if PATH.search(text) or any(p in text for p in fact_specs()):
        out.append("a fact path")
    if INTERNAL.search(text):
        out.append("an internal name (seed / calculator id)")
    if ISO_DATE.search(QUOTED.sub("", text)):
        out.append(f"an ISO date: {ISO_DATE.search(QUOTED.sub('', text)).group(0)!r}")  # type: ignore[union-attr]
    return out + _id_problems(text, id_parts)


def zh_problems(text: str) -> list[str]:
    out = common(text)
    said = QUOTED.sub("", text)
    if ASCII_UNITS.search(said):
        out.append(f"an English unit word: {ASCII_UNITS.search(said).group(0)!r}")  # type: ignore[union-attr]
    if OPERATORS.search(said):
        out.append(f"a raw operator: {OPERATORS.search(said).group(0)!r}")  # type: ignore[union-attr]
    if HALF_WIDTH.search(text):
        out.append(f"half-width punctuation: {HALF_WIDTH.search(text).group(0)!r}")  # type: ignore[union-attr]
    one = ONE_ITEM_OF.search(text)
    if one:
        out.append(f"'之一' after one item: {one.group(0)!r}")
    return out


def en_problems(text: str) -> list[str]:
    out = common(text, id_parts=3)
    said = QUOTED.sub("", text)
    if OPERATORS.search(said):
        out.append(f"a raw operator: {OPERATORS.search(said).group(0)!r}")  # type: ignore[union-attr]
    for bad in (SINGULAR_AS_PLURAL, PLURAL_AS_SINGULAR):
        hit = bad.search(text)
        if hit:
            out.append(f"plural wrong: {hit.group(0)!r}")
    return out


def repeated(text: str) -> list[str]:
    """A statement (or a missing fact) said twice in one reason."""
    parts = [p.strip("。. ") for p in re.split(r"[；;]", text) if p.strip("。. ")]
    dupes = {p for p in parts if parts.count(p) > 1}
    listed = re.search(r"还需填写：([^；。]+)", text)
    if listed:
        names = re.sub(r"（[^（）]*）", "", listed.group(1)).split("、")  # 注册地（省、市） is one name
        dupes |= {n for n in names if names.count(n) > 1}
    return [f"said twice: {d!r}" for d in sorted(dupes)]


def problems(text: Text) -> list[str]:
    out = [f"zh: {p} in {text.zh!r}" for p in zh_problems(text.zh) + repeated(text.zh)]
    return out + [f"en: {p} in {text.en!r}" for p in en_problems(text.en) + repeated(text.en)]


def texts_in(model: Any, skip: tuple[str, ...] = ("clause", "quote")) -> Iterator[Text]:
    """Every Text inside a pack model (citations' verbatim quotes excluded)."""
    if isinstance(model, Text):
        yield model
    elif isinstance(model, BaseModel):
        for name in type(model).model_fields:
            if name not in skip:
                yield from texts_in(getattr(model, name), skip)
    elif isinstance(model, dict):
        for value in model.values():
            yield from texts_in(value, skip)
    elif isinstance(model, list | tuple):
        for value in model:
            yield from texts_in(value, skip)


def all_problems(texts: Iterable[Text]) -> list[str]:
    return [p for text in texts for p in problems(text)]
