"""The rule-pack document: one programme, its windows, criteria, calculators and checklist."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from engine.i18n import Text
from engine.rules.calculators import Calculator
from engine.rules.citation import Citation, Reading
from engine.rules.predicates import Predicate


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    file: str
    title: Text
    publisher: Text
    published: date | None = None
    effective: date | None = None


class Window(_Strict):
    """A dated period from the source, e.g. registration or the live activity itself."""

    id: str
    kind: Literal["registration", "review", "warmup", "activity", "assessment", "validity", "other"]
    title: Text
    start: AwareDatetime | None = None
    end: AwareDatetime | None = None  # inclusive: the last instant of the window
    zone: str  # the IANA zone the source states the times in
    clause: Citation

    @model_validator(mode="after")
    def _ordered(self) -> Window:
        if self.start is None and self.end is None:
            raise ValueError("a window needs a start or an end")
        if self.start and self.end and self.end < self.start:
            raise ValueError("end is before start")
        return self


class Criterion(_Strict):
    id: str
    title: Text
    clause: Citation
    severity: Literal["required", "advisory"] = "required"
    on_fail: Literal["fail", "review"] = "fail"
    test: Predicate
    remedy: Text | None = None
    reading: Text | None = None  # the interpretation chosen where the clause is ambiguous
    # Templates per outcome (and ``does_not_apply`` for an ``implies`` whose situation does not arise).
    reasons: dict[Literal["pass", "fail", "unknown", "review", "does_not_apply"], Text] = Field(default_factory=dict)


class Note(_Strict):
    """What a merchant should know about the programme that is not a criterion. ``discretion``: the platform's
    final say (its review, preference, overall assessment); by the convention in docs/rules.md it never makes a
    criterion "review": eligible means every published criterion is met."""

    kind: Literal["discretion", "elsewhere"] = "discretion"  # elsewhere: details published in another notice
    text: Text
    clause: Citation


class Deadline(_Strict):
    window: str | None = None  # the deadline is this window's end
    at: datetime | None = None

    @model_validator(mode="after")
    def _one(self) -> Deadline:
        if (self.window is None) == (self.at is None):
            raise ValueError("give exactly one of window, at")
        return self


class ChecklistItem(_Strict):
    id: str
    kind: Literal["document", "step", "declaration", "warning"]
    title: Text
    detail: Text | None = None
    clause: Citation
    when: Predicate | None = None  # shown when this passes or is unknown; always when absent
    deadline: Deadline | None = None


class Pack(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: str
    title: Text
    summary: Text | None = None
    platform: Literal["alibaba_com", "taobao_union", "taobao_live", "yanxuan_1688"]
    source: Source
    timezone: str
    display_zones: list[str] = Field(default_factory=list)
    windows: list[Window] = Field(default_factory=list)
    criteria: list[Criterion] = Field(default_factory=list)
    calculators: list[Calculator] = Field(default_factory=list)
    checklist: list[ChecklistItem] = Field(default_factory=list)
    readings: list[Reading] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)

    def window(self, window_id: str) -> Window | None:
        return next((w for w in self.windows if w.id == window_id), None)

    def citation_file(self, cite: Citation) -> str:
        return cite.file or self.source.file
