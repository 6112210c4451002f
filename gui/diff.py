"""What changed between two checks of the same programme: the programme status and each criterion."""

from __future__ import annotations

from dataclasses import dataclass

from engine.evaluate import ProgramResult


@dataclass(frozen=True)
class Change:
    criterion: str | None  # None: the programme itself
    before: str | None
    after: str | None


def diff_results(before: ProgramResult, after: ProgramResult) -> list[Change]:
    changes: list[Change] = []
    if before.status != after.status:
        changes.append(Change(None, before.status.value, after.status.value))
    old = {c.id: c.status.value for c in before.criteria}
    new = {c.id: c.status.value for c in after.criteria}
    for crit_id in list(dict.fromkeys([*old, *new])):
        if old.get(crit_id) != new.get(crit_id):
            changes.append(Change(crit_id, old.get(crit_id), new.get(crit_id)))
    return changes
