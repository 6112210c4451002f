"""Evaluation results: plain pydantic models, serialisable to JSON for the CLI, storage and reports."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict

from engine.evaluate.calc_result import CalcResult
from engine.evaluate.status import ProgramStatus, Status, WindowState
from engine.i18n import Text
from engine.rules.citation import Citation
from engine.rules.pack import Note


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ZonedTime(_Out):
    zone: str
    local: str  # ISO 8601 with offset in that zone


class WindowResult(_Out):
    id: str
    kind: str
    title: Text
    state: WindowState
    start: datetime | None
    end: datetime | None
    zone: str
    times: list[dict[str, ZonedTime | None]]  # per display zone: {"start": ..., "end": ...}
    clause: Citation


class DistanceOut(_Out):
    fact: str
    actual: Decimal
    op: str
    threshold: Decimal
    gap: Decimal
    direction: str


class CriterionResult(_Out):
    id: str
    title: Text
    status: Status
    severity: str
    reason: Text
    clause: Citation
    source_file: str
    remedy: Text | None = None
    reading: Text | None = None
    distance: DistanceOut | None = None
    earliest_pass: date | None = None
    missing: list[str] = []
    evidence: dict[str, Any] = {}


class MissingFact(_Out):
    path: str
    title: Text
    criteria: list[str]  # the criteria this fact would help settle


class ChecklistEntry(_Out):
    id: str
    kind: str
    title: Text
    detail: Text | None = None
    clause: Citation
    deadline: datetime | None = None
    conditional: bool = False  # shown because its condition is unknown, not because it is known to apply
    overdue: bool = False  # its deadline had passed at the instant checked


class ProgramData(_Out):
    """A programme result as stored and exported (``ProgramResult.model_dump``, ``ProgramResult.model_validate``)."""

    program: str
    version: str
    title: Text
    platform: str
    source: str
    as_of: datetime
    status: ProgramStatus
    summary: Text
    window: WindowResult | None  # the registration window, if the source gives one
    windows: list[WindowResult]
    criteria: list[CriterionResult]
    missing: list[MissingFact]
    checklist: list[ChecklistEntry]
    calculators: list[CalcResult] = []
    notes: list[Note] = []  # the platform's final say and other notes on the programme (not criteria)
