"""Three-valued evaluation of rule packs against merchant profiles."""

from __future__ import annotations

from engine.evaluate.program import NaiveInstantError, evaluate, evaluate_all, rank_key
from engine.evaluate.program_result import ProgramResult
from engine.evaluate.result import CriterionResult
from engine.evaluate.status import ProgramStatus, Status, WindowState

__all__ = [
    "CriterionResult",
    "NaiveInstantError",
    "ProgramResult",
    "ProgramStatus",
    "Status",
    "WindowState",
    "evaluate",
    "evaluate_all",
    "rank_key",
]
