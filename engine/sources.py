"""The published documents the rule packs encode, carried with the app (``resources/sources``).

Each document is a verbatim text file with its metadata in ``index.yaml``: title, publisher, dates and where
it was published. Citations quote these texts word for word; :func:`locate` finds a quoted clause inside its
document so that a reader can be shown the clause in place, offline.

Packs a user adds carry their own documents with an ``index.yaml`` of the same shape; ``engine.packs``
registers them here (:func:`register_sources`), so that their citations resolve the same way. A document
name is unique across the app: an added pack cannot bring a different text under a bundled document's name.
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


def parse_index(data: object) -> list[SourceDocument]:
    """The documents an ``index.yaml`` lists (``pydantic.ValidationError`` when it is malformed)."""
    return _Index.model_validate(data).documents


@cache
def bundled_documents() -> dict[str, SourceDocument]:
    """Every bundled source document by its file name."""
    data = yaml.safe_load((sources_dir() / _INDEX).read_text(encoding="utf-8"))
    return {doc.file: doc for doc in parse_index(data)}


#: Documents of added packs: file name -> (metadata, the file in the data folder). Replaced as a whole.
_added: dict[str, tuple[SourceDocument, Path]] = {}


def register_sources(documents: dict[str, tuple[SourceDocument, Path]]) -> None:
    """Make these the added packs' documents (replacing any registered before). Bundled names keep their
    bundled text: an added document with a bundled name is ignored (the installer refuses a different text)."""
    _added.clear()
    _added.update({name: entry for name, entry in documents.items() if name not in bundled_documents()})
    _read_added.cache_clear()


def added_documents() -> dict[str, tuple[SourceDocument, Path]]:
    return dict(_added)


def source_documents() -> dict[str, SourceDocument]:
    """Every known source document by its file name: the bundled ones and those of added packs."""
    if not _added:
        return bundled_documents()
    return {**bundled_documents(), **{name: doc for name, (doc, _) in _added.items()}}


def source_document(file: str) -> SourceDocument | None:
    return bundled_documents().get(file) or (_added[file][0] if file in _added else None)


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
def _read_bundled(file: str) -> str:
    return (sources_dir() / file).read_text(encoding="utf-8")


@cache
def _read_added(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def source_text(file: str) -> str:
    """The document's text; ``KeyError`` for a file no index lists (never a path outside them)."""
    if file in bundled_documents():
        return _read_bundled(file)
    if file in _added:
        return _read_added(_added[file][1])
    raise KeyError(file)


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
    return locate_in(text, quote)


def locate_in(text: str, quote: str) -> list[tuple[int, int]] | None:
    """:func:`locate` in a given text (e.g. a document of a pack not installed yet)."""
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
