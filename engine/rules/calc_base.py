"""Shared parts of every calculator: strict models, declared inputs, id, title, clause, reading."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from engine.i18n import Text
from engine.rules.citation import Citation


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class InputSpec(_Strict):
    """An input the caller supplies (not a profile fact), e.g. the amount of one order."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: Text
    type: Literal["decimal", "int", "bool", "date", "datetime", "str"]
    unit: str | None = None
    ge: Decimal | None = None
    le: Decimal | None = None


class _Calc(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: Text
    clause: Citation
    reading: Text | None = None
    inputs: list[InputSpec] = Field(default_factory=list)


