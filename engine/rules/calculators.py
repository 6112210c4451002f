"""Calculator vocabulary for the seeds' scoring tables and lookups.

Calculators are pure data; ``engine.evaluate.calculators`` runs them. Every number a table holds
comes from a seed clause and carries its citation.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from engine.i18n import Text
from engine.rules.citation import Citation


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LookupRow(_Strict):
    key: str
    value: Text


class Lookup(_Strict):
    """Key to value, e.g. industry to statistics window."""

    kind: Literal["lookup"]
    id: str
    title: Text
    clause: Citation
    input: str  # a fact path, or an input name the caller supplies
    rows: list[LookupRow] = Field(min_length=1)
    default: Text | None = None


class Tier(_Strict):
    min: Decimal  # inclusive lower bound
    points: Decimal


class TieredPoints(_Strict):
    """Thresholds to points: the highest tier whose ``min`` the input reaches."""

    kind: Literal["tiered_points"]
    id: str
    title: Text
    clause: Citation
    input: str
    tiers: list[Tier] = Field(min_length=1)


Calculator = Annotated[Lookup | TieredPoints, Field(discriminator="kind")]
