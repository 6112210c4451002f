"""What an import will do before it does it: which incoming merchants are already stored, and how each of the
three choices (skip them, update them, import them as new) treats them. No widgets here.

A merchant is "already stored" when the store says so (same id, or same name and credit code), when the credit
code is the same, or, for a merchant without a credit code, when the name is the same (ignoring case and
full-width letters). Updating writes the facts the file knows over the stored ones and keeps the stored value
where the file leaves a fact blank: a blank cell is unknown, not "erase".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from gui.document import profile_values

Choice = Literal["skip", "update", "new"]
POLICY: dict[Choice, str] = {"skip": "skip", "update": "replace", "new": "keep_both"}


def _key(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().casefold()


@dataclass
class PlanRow:
    profile: Any  # MerchantProfile from the file
    match: Any = None  # the stored ProfileSummary it is the same merchant as, or None
    merged: Any = None  # the stored profile with the file's known facts written over it (when matched)
    changes: list[str] = field(default_factory=list)  # fact paths that an update changes

    @property
    def name(self) -> str:
        return str(self.profile.name or self.profile.company.legal_name or "")


def merge(stored: Any, incoming: Any) -> Any:
    """``stored`` with every fact ``incoming`` knows written over it (unknown facts keep the stored value)."""
    from engine.facts import parse_profile

    data = stored.model_dump(mode="json")
    for key, value in incoming.model_dump(mode="json", exclude_none=True).items():
        if isinstance(value, dict):
            data.setdefault(key, {}).update(value)
        else:
            data[key] = value
    return parse_profile(data)


def plan_import(store: Any, profiles: list[Any]) -> list[PlanRow]:
    from engine.facts import uscc

    document = {"format_version": 1, "profiles": [{"profile": p.model_dump(mode="json")} for p in profiles]}
    by_store = store.import_conflicts(document)
    summaries = {s.id: s for s in store.list_profiles(include_deleted=True)}
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    fields = store.search_fields()
    for summary in sorted(summaries.values(), key=lambda s: (s.deleted, -s.updated.timestamp())):
        names.setdefault(_key(summary.name), summary.id)
        code = uscc.normalize(fields.get(summary.id, ("", "", "", ""))[1])
        if code:
            codes.setdefault(code, summary.id)
    rows = []
    for index, profile in enumerate(profiles):
        code = uscc.normalize(profile.company.unified_social_credit_code or "")
        pid = by_store.get(index) or (codes.get(code) if code else None)
        if pid is None and not code:
            pid = names.get(_key(profile.name or profile.company.legal_name))
        row = PlanRow(profile, summaries.get(pid) if pid else None)
        if row.match is not None:
            stored = store.get(row.match.id).profile
            row.merged = merge(stored, profile)
            before, after = profile_values(stored), profile_values(row.merged)
            row.changes = [p for p in after if after[p] != before.get(p)]
        rows.append(row)
    return rows


def import_document(rows: list[PlanRow], choice: Choice) -> dict[str, Any]:
    """The store's import document for this choice: matched rows carry the stored id (the store then skips,
    replaces or adds them by ``POLICY[choice]``); an update carries the merged profile."""
    entries = []
    for row in rows:
        profile = row.merged if (choice == "update" and row.match is not None) else row.profile
        entry: dict[str, Any] = {"profile": profile.model_dump(mode="json")}
        if row.match is not None:
            entry["id"] = row.match.id
        entries.append(entry)
    return {"format_version": 1, "profiles": entries}
