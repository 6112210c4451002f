"""What the store hands out: small frozen records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: listing merchants needs no pydantic models (start-up)
    from engine.evaluate import ProgramResult
    from engine.facts import MerchantProfile
    from engine.facts.salvage import InvalidFact

CHECKLIST_STATES = ("todo", "in_progress", "done", "not_needed")


def now_utc() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """Timestamps are stored as UTC ISO 8601 text with microseconds, so they sort as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_stamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class ProfileSummary:
    id: str
    name: str
    platforms: list[str]
    updated: datetime
    revision: int
    is_demo: bool
    deleted: bool
    statuses: dict[str, str] = field(default_factory=dict)  # programme id -> latest check status


@dataclass(frozen=True)
class StoredProfile:
    id: str
    revision: int
    profile: MerchantProfile
    updated: datetime
    is_demo: bool
    deleted: bool = False
    #: Stored values the model refuses (saved before a bound existed): unknown in ``profile``, listed here with
    #: their raw value so they can be shown and corrected. The stored revision keeps them as saved.
    invalid: tuple[InvalidFact, ...] = ()


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    saved_at: datetime
    name: str


@dataclass(frozen=True)
class StoredCheck:
    id: int
    profile_id: str
    revision: int
    program: str
    pack_version: str
    as_of: datetime
    ran_at: datetime
    status: str
    result: ProgramResult


@dataclass(frozen=True)
class StatusChange:
    """A programme's status for a merchant changed (``before`` is None for the first check)."""

    program: str
    check_id: int
    revision: int
    ran_at: datetime
    before: str | None
    after: str
