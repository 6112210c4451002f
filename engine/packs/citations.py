"""Every citation in a pack with its place in the pack document, and whether its quote is in its document."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from engine.rules.citation import Citation
from engine.rules.loader import Loc
from engine.rules.pack import Pack
from engine.sources import bundled_documents, locate_in, source_text


def citations(node: Any, loc: Loc = ()) -> list[tuple[Loc, Citation]]:
    """Every citation anywhere in a pack (windows, criteria, calculators and their rows, checklist)."""
    if isinstance(node, Citation):
        return [(loc, node)]
    if isinstance(node, BaseModel):
        return [c for name in type(node).model_fields for c in citations(getattr(node, name), (*loc, name))]
    if isinstance(node, list | tuple):
        return [c for i, item in enumerate(node) for c in citations(item, (*loc, i))]
    return []


def check_citations(pack: Pack, own: dict[str, str]) -> list[tuple[Loc, str]]:
    """Problems with the pack's citations: a document neither the pack nor the app carries, or a quote that is
    not in its document word for word (``...`` marks an elision). ``own``: the pack's documents' texts."""

    def text_of(file: str) -> str | None:
        if file in own:
            return own[file]
        return source_text(file) if file in bundled_documents() else None

    problems: list[tuple[Loc, str]] = []
    if text_of(pack.source.file) is None:
        problems.append((("source", "file"), f"source document {pack.source.file!r} is not among the pack's documents "
                                                  "(sources/index.yaml and sources/)"))
    for loc, cite in citations(pack):
        file = pack.citation_file(cite)
        text = text_of(file)
        if text is None:
            if cite.file is not None:
                problems.append(((*loc, "file"), f"document {file!r} is not among the pack's documents"))
            continue
        if not cite.ref.strip():
            problems.append(((*loc, "ref"), "the clause reference is empty"))
        elif locate_in(text, cite.quote) is None:
            problems.append(((*loc, "quote"), f"quote not found in {file}: {cite.quote!r} (quote the document "
                                              "word for word; mark a gap with ...)"))
    return problems
