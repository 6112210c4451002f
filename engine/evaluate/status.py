"""Statuses and the three-valued (Kleene) logic, with ``review`` as a fourth, weaker-than-unknown value."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from engine.i18n import Text
from engine.status_words import WORDS


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"
    REVIEW = "review"


class ProgramStatus(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    INCOMPLETE = "incomplete"
    REVIEW = "review"


class WindowState(StrEnum):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


STATUS_TEXT: dict[str, Text] = {status: Text(zh=zh, en=en) for status, (zh, en) in WORDS.items()}


def all_of(statuses: Iterable[Status]) -> Status:
    seen = set(statuses)
    for status in (Status.FAIL, Status.UNKNOWN, Status.REVIEW):
        if status in seen:
            return status
    return Status.PASS


def any_of(statuses: Iterable[Status]) -> Status:
    seen = set(statuses)
    for status in (Status.PASS, Status.UNKNOWN, Status.REVIEW):
        if status in seen:
            return status
    return Status.FAIL


def negate(status: Status) -> Status:
    if status is Status.PASS:
        return Status.FAIL
    if status is Status.FAIL:
        return Status.PASS
    return status


def at_least(k: int, statuses: list[Status]) -> Status:
    passed = statuses.count(Status.PASS)
    if passed >= k:
        return Status.PASS
    open_ = statuses.count(Status.UNKNOWN) + statuses.count(Status.REVIEW)
    if passed + open_ < k:
        return Status.FAIL
    return Status.UNKNOWN if Status.UNKNOWN in statuses else Status.REVIEW


def program_status(required: Iterable[Status]) -> ProgramStatus:
    seen = set(required)
    if Status.FAIL in seen:
        return ProgramStatus.NOT_ELIGIBLE
    if Status.UNKNOWN in seen:
        return ProgramStatus.INCOMPLETE
    if Status.REVIEW in seen:
        return ProgramStatus.REVIEW
    return ProgramStatus.ELIGIBLE
