"""The published documents the rule packs encode, carried with the app (``resources/sources``).

Each document is a verbatim text file with its metadata in ``index.yaml``: title, publisher, dates and where
it was published. Citations quote these texts word for word; :func:`locate` finds a quoted clause inside its
document so that a reader can be shown the clause in place, offline.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from engine.facts.moments import day
from engine.i18n import Text
from engine.resources import resource_path

_INDEX = "index.yaml"


class SourceDocument(BaseModel):
    """One published rule document and where it came from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    title: Text
    publisher: Text
    published: date | None = None
    dated: Text | None = None  # how the document is dated when it carries no single date
    effective: date | None = None
    where: Text
    language: Literal["zh-Hans", "zh-Hant"]
    note: Text | None = None


class _Index(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    documents: list[SourceDocument]


def sources_dir() -> Path:
    return resource_path("sources")


@cache
def source_documents() -> dict[str, SourceDocument]:
    """Every bundled source document by its file name."""
    data = yaml.safe_load((sources_dir() / _INDEX).read_text(encoding="utf-8"))
    return {doc.file: doc for doc in _Index.model_validate(data).documents}


def source_document(file: str) -> SourceDocument | None:
    return source_documents().get(file)


def document_title(file: str | None) -> Text:
    """The document's title as people name it (never its file name)."""
    doc = source_document(file) if file else None
    return doc.title if doc is not None else Text(zh="规则原文", en="the rule document")


def cite(file: str | None, ref: str) -> Text:
    """A citation a person can follow: title · publisher · date · section, e.g. 阿里巴巴国际站全网发布会【8 月商家场】 ·
    阿里巴巴国际站 商家发展部 · 2021 年 8 月 26 日 · 入围门槛及报名方式. The publisher is left out when the title names
    it, the date when the document carries none."""
    doc = source_document(file) if file else None
    if doc is None:
        return Text(zh=ref, en=ref)
    parts = [doc.title]
    if not doc.title.zh.startswith(doc.publisher.zh.split(" ")[0]):
        parts.append(doc.publisher)
    if doc.published is not None:
        parts.append(day(doc.published))
    parts.append(Text(zh=ref, en=ref))
    return Text(zh=" · ".join(p.zh for p in parts), en=" · ".join(p.en for p in parts))


@cache
def source_text(file: str) -> str:
    """The document's text; ``KeyError`` for a file the index does not list (never a path outside it)."""
    if file not in source_documents():
        raise KeyError(file)
    return (sources_dir() / file).read_text(encoding="utf-8")


# What a quote may leave out or write differently from the captured text: whitespace, markdown emphasis,
# HTML tags of the slide text and an escaped dollar sign.
_NOISE = re.compile(r"</?[a-zA-Z][^<>]*>|\*\*|\\(?=\$)|\s+")
_ELLIPSIS = re.compile(r"\.\.\.|…")


def normalise(text: str) -> str:
    """Text only: the form in which a quote and its document are compared."""
    return _NOISE.sub("", text)


def _normalised_with_offsets(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the offset of that character in ``text``."""
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _NOISE.finditer(text):
        for i in range(pos, match.start()):
            chars.append(text[i])
            offsets.append(i)
        pos = match.end()
    for i in range(pos, len(text)):
        chars.append(text[i])
        offsets.append(i)
    return "".join(chars), offsets


_MARKUP = re.compile(r"\*\*|</?[a-zA-Z][^<>]*>|\\(?=\$)")


_TEX = {"\\leq": "≤", "\\geq": "≥", "\\lt": "<", "\\gt": ">"}


def shown_quote(quote: str) -> str:
    """A quote as a reader sees it: the captured text's markdown emphasis, tags and TeX signs written plainly,
    its table cells spaced; the words kept."""
    text = _MARKUP.sub("", quote)
    for tex, sign in _TEX.items():
        text = text.replace(tex, sign)
    return re.sub(r"[ \t]*\t[ \t]*", "  ", text).strip()


def quote_parts(quote: str) -> list[str]:
    """The verbatim pieces of a quote (``...`` or ``…`` marks an elision)."""
    return [part for part in _ELLIPSIS.split(quote) if normalise(part)]


def locate(file: str, quote: str) -> list[tuple[int, int]] | None:
    """Where each piece of ``quote`` stands in the document, as ``(start, end)`` offsets into
    :func:`source_text`, in order; ``None`` when a piece is not found (or the document is unknown)."""
    try:
        text = source_text(file)
    except KeyError:
        return None
    flat, offsets = _normalised_with_offsets(text)
    spans: list[tuple[int, int]] = []
    cursor = 0
    parts = quote_parts(quote)
    if not parts:
        return None
    for part in parts:
        needle = normalise(part)
        found = flat.find(needle, cursor)
        if found < 0:
            found = flat.find(needle)  # pieces are usually in order; accept one that is not
        if found < 0:
            return None
        end = found + len(needle)
        spans.append((offsets[found], offsets[end - 1] + 1))
        cursor = end
    return spans
