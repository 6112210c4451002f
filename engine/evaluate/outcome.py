"""The result of evaluating one predicate."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from engine.evaluate.status import Status
from engine.i18n import Text


@dataclass(frozen=True)
class Distance:
    """How far a numeric fact is from its threshold."""

    fact: str
    actual: Decimal
    op: str
    threshold: Decimal
    gap: Decimal  # the smallest change that makes it pass (always >= 0)
    direction: str  # "increase" or "decrease"


@dataclass(frozen=True)
class Outcome:
    status: Status
    detail: Text
    missing: tuple[str, ...] = ()
    distance: Distance | None = None
    earliest: date | None = None  # the earliest date on which it will pass, if time alone decides
    evidence: tuple[tuple[str, Any], ...] = field(default=())
