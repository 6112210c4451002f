"""The catalogue of merchant-facing words: for every programme, every criterion's reason for each outcome it can
reach, in Chinese and English, and the programme lines (headlines) the profiles reach.

``python -m engine.catalogue`` writes one page per programme under ``docs/catalogue`` (``--check`` compares
instead of writing); ``tests/test_catalogue.py`` keeps the pages as golden files and lints every text in them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from engine.catalogue.profiles import candidates, case_profiles, generated
from engine.evaluate import evaluate
from engine.evaluate.status import Status
from engine.i18n import Text
from engine.rules import Pack

ORDER = (Status.PASS, Status.FAIL, Status.UNKNOWN, Status.REVIEW)
EXAMPLES = 3  # reasons shown per outcome: the shortest, a middle one and the longest


@dataclass
class Entry:
    """One criterion: the distinct reasons reached per outcome."""

    title: Text
    advisory: bool
    reasons: dict[Status, set[Text]] = field(default_factory=dict)


@dataclass
class Catalogue:
    pack: Pack
    entries: list[Entry]
    headlines: set[Text]


def _as_ofs(pack: Pack, from_cases: list[datetime]) -> list[datetime]:
    if from_cases:
        return from_cases
    day = pack.source.published or pack.source.effective
    zone = ZoneInfo(pack.timezone)
    return [datetime(day.year, day.month, day.day, 12, tzinfo=zone)] if day else [datetime(2024, 1, 1, tzinfo=zone)]


def build(pack: Pack) -> Catalogue:
    """Evaluate the profiles that reach the pack's outcomes and collect every text a merchant would read."""
    entries = [Entry(c.title, c.severity == "advisory") for c in pack.criteria]
    headlines: set[Text] = set()
    from_cases, instants = case_profiles(pack)
    for as_of in _as_ofs(pack, instants):
        today = as_of.astimezone(ZoneInfo(pack.timezone)).date()
        for profile in from_cases + generated(candidates(pack, today), f"{pack.id}@{today}"):
            result = evaluate(profile, pack, as_of)
            for entry, crit in zip(entries, result.criteria, strict=True):
                entry.reasons.setdefault(crit.status, set()).add(crit.reason)
            headlines.add(result.headline)
    return Catalogue(pack, entries, headlines)


def examples(texts: set[Text], limit: int = EXAMPLES) -> list[Text]:
    """The shortest, a middle and the longest of the texts (by their Chinese, then English)."""
    ranked = sorted(texts, key=lambda t: (len(t.zh), t.zh, t.en))
    picks = [ranked[0], ranked[len(ranked) // 2], ranked[-1]][:limit] if ranked else []
    return list(dict.fromkeys(picks))
