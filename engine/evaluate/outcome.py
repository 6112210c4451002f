"""The result of evaluating one predicate.

The status, the missing facts, the earliest date and the evidence are decided at once; the bilingual detail
is often only rendered for a few criteria (a batch shows one reason per programme), so a handler may give it
as a function that renders it from the values it captured, called on first use and kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from engine.evaluate.reasons.base import Plain, Why
from engine.evaluate.status import Status
from engine.i18n import Text

Detail = Text | Callable[[], Text | Why] | Why


@dataclass(frozen=True)
class Distance:
    """How far a numeric fact is from its threshold."""

    fact: str
    actual: Decimal
    op: str
    threshold: Decimal
    gap: Decimal  # the smallest change that makes it pass (always >= 0)
    direction: str  # "increase" or "decrease"


class Outcome:
    """Status, detail (rendered on first use), missing facts, distance, earliest pass date, evidence.

    Treated as immutable: outcomes are shared by the criterion memo. The detail function must only read
    values captured when the outcome was made, never the profile (which may change afterwards)."""

    __slots__ = ("_detail", "_text", "distance", "earliest", "evidence", "missing", "status")

    def __init__(self, status: Status, detail: Detail, missing: tuple[str, ...] = (), distance: Distance | None = None,
                 earliest: date | None = None, evidence: tuple[tuple[str, Any], ...] = ()) -> None:
        self.status = status
        self._detail = detail
        self._text: Text | None = None
        self.missing = missing
        self.distance = distance
        self.earliest = earliest  # the earliest date on which it will pass, if time alone decides
        self.evidence = evidence

    @property
    def detail(self) -> Text:
        detail = self._detail
        if isinstance(detail, Text):
            return detail
        text = self._text
        if text is None:
            text = self._text = self.why.text()
        return text

    @property
    def why(self) -> Why:
        """How this outcome explains itself, for a composite or a criterion to word it in context. A handler may
        give it as a function that makes it (cheaper than building it for outcomes nobody reads)."""
        detail = self._detail
        if isinstance(detail, Why):
            return detail
        if not isinstance(detail, Text):
            detail = self._detail = detail()
            if isinstance(detail, Why):
                return detail
        return Plain(self.status, detail)

    @property
    def raw_detail(self) -> Detail:
        """The detail as given (possibly not rendered yet), to pass on to another outcome."""
        return self._detail

    def with_status(self, status: Status) -> Outcome:
        return Outcome(status, self._detail, self.missing, self.distance, self.earliest, self.evidence)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Outcome):
            return NotImplemented
        return (self.status, self.detail, self.missing, self.distance, self.earliest, self.evidence) == (
            other.status, other.detail, other.missing, other.distance, other.earliest, other.evidence)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Outcome({self.status.value}, {self.detail.en!r}, missing={self.missing})"
