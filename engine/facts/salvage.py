"""Reading a stored profile document that the model no longer accepts as a whole.

A profile saved before a bound existed (or by another version of the app) may hold a value the model now
refuses, e.g. ``"registered_capital_cny": "1e28"``. Such a document must still open everywhere: each value
the model refuses is set aside, the rest of the profile is used, and every value set aside is listed with
its raw text, so it is shown and can be corrected. For the check it is unknown, never guessed. The stored
document itself is not changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from engine.facts.errors import ProfileInvalid
from engine.facts.profile import GROUPS, MerchantProfile
from engine.i18n import Lang, Text

_SHOWN_CHARS = 60


@dataclass(frozen=True)
class InvalidFact:
    """A stored value the model refuses: where it was, what it was, why it is refused."""

    path: str  # group.name of the fact, or a top-level field; "" for the document as a whole
    title: Text
    value: Any  # the raw stored value (JSON)
    problem: Text

    @property
    def raw(self) -> str:
        """The stored value as text, shortened."""
        text = self.value if isinstance(self.value, str) else json.dumps(self.value, ensure_ascii=False)
        return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"

    def message(self, lang: Lang) -> str:
        if lang == "zh":
            return f"{self.title.zh}：保存的值 {self.raw} 无效（{self.problem.zh}），检查时按未知处理，请更正"
        return (f"{self.title.en}: the saved value {self.raw} is invalid ({self.problem.en}); it counts as unknown "
                "in the check until it is corrected")


_WHOLE = Text(zh="商家档案", en="Merchant profile")
_NOT_A_PROFILE = Text(zh="不是一组字段", en="not an object of fields")


def salvage(data: Any) -> tuple[MerchantProfile, list[InvalidFact]]:
    """The profile in ``data`` with every refused value set aside (unknown), and the values set aside."""
    from engine.facts import parse_profile

    if not isinstance(data, dict):
        return MerchantProfile(), [InvalidFact("", _WHOLE, data, _NOT_A_PROFILE)]
    doc = {key: dict(value) if isinstance(value, dict) else value for key, value in data.items()}
    found: dict[str, InvalidFact] = {}
    for _ in range(len(GROUPS) + 3):  # each round removes at least one refused value or group
        try:
            return parse_profile(doc), list(found.values())
        except ProfileInvalid as exc:
            for problem in exc.problems:
                path, value = _set_aside(doc, problem.path.split("."))
                if path not in found:
                    found[path] = InvalidFact(path, problem.field, value, problem.problem)
    return MerchantProfile(), [*found.values(), InvalidFact("", _WHOLE, data, _NOT_A_PROFILE)]


def _set_aside(doc: dict[str, Any], loc: list[str]) -> tuple[str, Any]:
    """Remove the value a problem points at (the whole fact, for a list entry); return its path and value."""
    top = loc[0]
    group = doc.get(top)
    if top in GROUPS and len(loc) > 1 and isinstance(group, dict):
        return f"{top}.{loc[1]}", group.pop(loc[1], None)
    return top, doc.pop(top, None)

