"""What a calculator run returns: the inputs it used, its outputs in both languages, what is still unknown."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from engine.i18n import Text
from engine.rules.citation import Citation


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CalcInputUsed(_Out):
    name: str  # fact path, declared input name, or calc:<id>
    title: Text
    value: Any = None  # None: unknown
    source: Literal["fact", "input", "calc"]


class CalcOutput(_Out):
    name: str
    value: Any = None  # None: unknown
    text: Text


class CalcResult(_Out):
    id: str
    kind: str
    title: Text
    clause: Citation
    source_file: str | None = None
    value: Any = None  # the primary result; None while an input it needs is unknown
    low: Decimal | None = None  # for a numeric result still unknown: the range it must lie in
    high: Decimal | None = None
    text: Text  # one line summing the result up
    inputs: list[CalcInputUsed] = []
    outputs: list[CalcOutput] = []
    missing: list[str] = []  # fact paths or input names that would settle the unknowns
    reading: Text | None = None

    def output(self, name: str) -> Any:
        if name == "value":
            return self.value
        for out in self.outputs:
            if out.name == name:
                return out.value
        if self.value is None:
            return None  # an unknown result has not produced its outputs: they are unknown too
        raise KeyError(f"calculator {self.id} has no output {name!r}")
