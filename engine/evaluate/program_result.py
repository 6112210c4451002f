"""One programme's result for one profile: decided at once, explained on first use.

Status, counts and the number of missing facts are known when the result is made (that is what ranking,
the merchant list and a batch matrix need). The explanation - criteria with their reasons, missing facts,
checklist, windows, calculators - is built the first time it is read and kept, from what was recorded when
the profile was evaluated (see ``explain``). A result read back from storage has everything from the start.
"""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Any

from engine.evaluate.calc_result import CalcResult
from engine.evaluate.explain import Explainer, missing_facts, reason, summary
from engine.evaluate.headline import Timing, headline, headline_detail, timing
from engine.evaluate.result import ChecklistEntry, CriterionResult, MissingFact, ProgramData, WindowResult
from engine.evaluate.status import ProgramStatus, Status
from engine.i18n import Text
from engine.rules.pack import Note

_REASON_ORDER = {Status.FAIL: 0, Status.UNKNOWN: 1, Status.REVIEW: 2, Status.PASS: 3}
_DETAILS = ("summary", "window", "windows", "criteria", "missing", "checklist", "calculators", "notes")


class ProgramResult:
    """A programme result. Read it like a record; do not change it (parts are shared between results)."""

    program: str
    version: str
    title: Text
    platform: str
    source: str
    as_of: datetime
    status: ProgramStatus

    def __init__(self, *, program: str, version: str, title: Text, platform: str, source: str, as_of: datetime,
                 status: ProgramStatus, counts: dict[str, int], missing_count: int,
                 explainer: Explainer | None) -> None:
        self.program = program
        self.version = version
        self.title = title
        self.platform = platform
        self.source = source
        self.as_of = as_of
        self.status = status
        self._counts = counts
        self._missing_count = missing_count
        self._explainer = explainer

    @classmethod
    def from_data(cls, data: ProgramData) -> ProgramResult:
        counts = {s.value: 0 for s in Status}
        for crit in data.criteria:
            if crit.severity == "required":
                counts[crit.status.value] += 1
        result = cls(program=data.program, version=data.version, title=data.title, platform=data.platform,
                     source=data.source, as_of=data.as_of, status=data.status, counts=counts,
                     missing_count=len(data.missing), explainer=None)
        for name in _DETAILS:
            result.__dict__[name] = getattr(data, name)
        return result

    @classmethod
    def model_validate(cls, obj: Any) -> ProgramResult:
        """A result from its stored or exported form (``model_dump``)."""
        return cls.from_data(ProgramData.model_validate(obj))

    def _explain(self) -> Explainer:
        assert self._explainer is not None, "a result read back from storage has all its details"
        return self._explainer

    @cached_property
    def criteria(self) -> list[CriterionResult]:
        return self._explain().criteria()

    @cached_property
    def missing(self) -> list[MissingFact]:
        explainer = self._explain()
        return missing_facts(explainer.pack, explainer.outcomes)

    @cached_property
    def checklist(self) -> list[ChecklistEntry]:
        return self._explain().checklist()

    @cached_property
    def windows(self) -> list[WindowResult]:
        return self._explain().windows()

    @cached_property
    def window(self) -> WindowResult | None:
        """The registration window, if the source gives one."""
        return next((w for w in self.windows if w.kind == "registration"), None)

    @cached_property
    def notes(self) -> list[Note]:
        """Notes on the programme that are not criteria, e.g. that the platform has the final say."""
        return list(self._explain().pack.notes)

    @cached_property
    def calculators(self) -> list[CalcResult]:
        return self._explain().calculators()

    @cached_property
    def summary(self) -> Text:
        return summary(self._counts)

    @cached_property
    def headline(self) -> Text:
        """The programme line: status, what decides it, and when it can be applied for."""
        return headline(self.status, self.criteria, self.missing_count, self.windows)

    @cached_property
    def headline_detail(self) -> Text:
        """The headline without its status word (empty when there is nothing more to say)."""
        return headline_detail(self.status, self.criteria, self.missing_count, self.windows)

    @cached_property
    def timing(self) -> Timing | None:
        """Whether the programme can be applied for now (registration, else activity windows)."""
        return timing(self.windows)

    def counts(self) -> dict[str, int]:
        """Required criteria per status."""
        return dict(self._counts)

    def deciding_reasons(self, limit: int | None = None) -> list[Text]:
        """The reasons that decide the status: required criteria not met, failures first, then unknowns, then
        reviews (pack order within each). Only those reasons are rendered when the criteria were not read."""
        if "criteria" in self.__dict__ or self._explainer is None:
            pairs = [(c.status, c.reason) for c in self.criteria if c.severity == "required"]
            open_ = sorted(((s, r) for s, r in pairs if s != Status.PASS), key=lambda sr: _REASON_ORDER[sr[0]])
            return [r for _, r in open_[:limit]]
        explainer = self._explainer
        ranked = sorted(((crit, out) for crit, out in zip(explainer.pack.criteria, explainer.outcomes, strict=True)
                         if crit.severity == "required" and out.status != Status.PASS),
                        key=lambda co: _REASON_ORDER[co[1].status])
        return [reason(crit, out) for crit, out in ranked[:limit]]

    @property
    def missing_count(self) -> int:
        """How many distinct facts would settle the required criteria still open (``len(missing)``)."""
        return self._missing_count

    def data(self) -> ProgramData:
        return ProgramData(program=self.program, version=self.version, title=self.title, platform=self.platform,
                           source=self.source, as_of=self.as_of, status=self.status,
                           **{name: getattr(self, name) for name in _DETAILS})

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        return self.data().model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        return self.data().model_dump_json(**kwargs)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProgramResult):
            return NotImplemented
        return self.data() == other.data()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ProgramResult({self.program!r}, {self.status.value}, as_of={self.as_of.isoformat()})"
