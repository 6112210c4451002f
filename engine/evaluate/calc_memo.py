"""Memo of calculator runs keyed by the values of the facts each calculator reads.

A calculator reads the profile only through ``CalcEnv.get`` and ``CalcEnv.check``, i.e. through the facts
``fact_refs`` names (its input references and predicates); its ``calc:`` references read the earlier
calculators it depends on, whose facts are part of its key too. So one calculator's result is a function of
those facts' values and the as-of instant, which is always in the key (with its zone): deadline and dated
calculators never see another instant's result. Runs that read a list are not memoised (a result must
hold the profile's own lists). Memoised ``CalcResult`` objects are shared between results: do not mutate.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from operator import attrgetter
from typing import Any

from engine.evaluate.calc_env import fact_refs
from engine.evaluate.calc_result import CalcResult
from engine.evaluate.memo import _key
from engine.facts.profile import MerchantProfile
from engine.rules.pack import Pack

_LIMIT = 32_768  # entries; one calculator result each, about 1-2 kB
_MUTABLE = (list, set, dict)

Reader = tuple[object, Callable[[Any], Any] | None, int]  # (calculator kept alive, reads its facts, how many)


def calc_facts(calc: Any, chain: list[Any]) -> tuple[str, ...]:
    """Every fact a calculator reads itself or through the calculators it depends on."""
    return tuple(dict.fromkeys(path for c in (*chain, calc) for path in fact_refs(c)))


class CalcMemo:
    """Bounded memo: calculator + values of the facts it (and its dependencies) read + instant -> result."""

    def __init__(self, limit: int = _LIMIT) -> None:
        self.limit = limit
        self.enabled = True
        self._readers: dict[int, Reader] = {}
        self._results: dict[tuple[Any, ...], CalcResult] = {}

    def key(self, calc: Any, chain: list[Any], profile: MerchantProfile, instant: tuple[str, str]
            ) -> tuple[Any, ...] | None:
        if not self.enabled:
            return None
        hit = self._readers.get(id(calc))
        if hit is None or hit[0] is not calc:
            if len(self._readers) >= self.limit:
                self.clear()  # results are keyed by calculator ids that are only unique while kept here
            paths = calc_facts(calc, chain)
            hit = self._readers[id(calc)] = (calc, attrgetter(*paths) if paths else None, len(paths))
        _, read, count = hit
        raw: tuple[Any, ...] = () if read is None else (read(profile),) if count == 1 else read(profile)
        if any(isinstance(v, _MUTABLE) for v in raw):
            return None
        return (id(calc), tuple(_key(v) for v in raw), instant)

    def get(self, key: tuple[Any, ...]) -> CalcResult | None:
        return self._results.get(key)

    def put(self, key: tuple[Any, ...], result: CalcResult) -> None:
        if len(self._results) >= self.limit:
            self._results.clear()
        self._results[key] = result

    def clear(self) -> None:
        self._readers.clear()
        self._results.clear()


def instant_key(as_of: datetime) -> tuple[str, str]:
    """The as-of instant as a key: its text with offset, and its zone."""
    return as_of.isoformat(), repr(as_of.tzinfo)


CALC_MEMO = CalcMemo()


def run_memoised(pack: Pack, profile: MerchantProfile, as_of: datetime,
                 run: Callable[[Any, dict[str, CalcResult]], CalcResult],
                 chain_of: Callable[[Pack, Any], list[Any]]) -> dict[str, CalcResult]:
    """Every calculator of the pack in order; ``run(calc, done)`` computes one that the memo lacks."""
    instant = instant_key(as_of)
    done: dict[str, CalcResult] = {}
    for calc in pack.calculators:
        key = CALC_MEMO.key(calc, chain_of(pack, calc), profile, instant)
        result = CALC_MEMO.get(key) if key is not None else None
        if result is None:
            result = run(calc, done)
            if key is not None:
                CALC_MEMO.put(key, result)
        done[calc.id] = result
    return done
