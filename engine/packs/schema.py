"""JSON Schemas of the pack file's parts, generated from the models the loader validates with, so that an
editor can check and complete a pack while it is written (docs/schemas/*.schema.json hold the same)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from engine.cases import CaseFile
from engine.rules.pack import Pack
from engine.sources import SourceDocument

_BASE = "https://merchant-eligibility-checker.invalid/schemas/"


class SourcesIndex(BaseModel):
    """sources/index.yaml: the documents a pack encodes."""

    model_config = ConfigDict(extra="forbid")

    documents: list[SourceDocument]


PARTS: dict[str, tuple[type[BaseModel], str]] = {
    "pack": (Pack, "A rule pack (pack.yaml): one programme's windows, criteria, calculators and checklist."),
    "cases": (CaseFile, "Test cases of a rule pack (cases.yaml): profiles, as-of moments and expected results."),
    "sources": (SourcesIndex, "The source documents of a rule pack (sources/index.yaml)."),
}


def _shorthands(defs: dict[str, Any]) -> None:
    """Forms the models accept before validation that their generated schema cannot know: a lookup row may
    give one ``key`` (its ``code`` defaults to it) instead of ``keys`` and ``code``; a tier may give one
    ``bonus`` instead of a list of ``bonuses``."""
    tier = defs.get("Tier")
    if tier is not None and "properties" in tier and "Bonus" in defs:
        tier["properties"]["bonus"] = {"$ref": "#/$defs/Bonus"}
        tier["not"] = {"required": ["bonus", "bonuses"]}
    row = defs.get("LookupRow")
    if row is None or "properties" not in row:
        return
    props = row["properties"]
    short = {"type": "object", "additionalProperties": False, "required": ["key", "value"],
             "properties": {"key": {"type": "string"}, "code": props["code"], "value": props["value"]}}
    full = {k: v for k, v in row.items() if k not in ("description", "title")}
    defs["LookupRow"] = {"title": row.get("title", "LookupRow"), "description": row.get("description", ""),
                         "oneOf": [full, short]}


def schema(part: str) -> dict[str, Any]:
    model, description = PARTS[part]
    generated = model.model_json_schema()
    _shorthands(generated.get("$defs", {}))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{_BASE}{part}.schema.json",
            "description": description, **{k: v for k, v in generated.items() if k != "description"}}
