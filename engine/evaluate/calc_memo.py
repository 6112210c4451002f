"""Memo of calculator runs keyed by the values of the facts each calculator reads.

A calculator reads the profile only through ``CalcEnv.get`` and ``CalcEnv.check``, i.e. through the facts
``fact_refs`` names (its input references and predicates); its ``calc:`` references read the earlier
calculators it depends on, whose facts are part of its key too. So one calculator's result is a function of
those facts' values and the as-of instant, which is always in the key (with its zone): deadline and dated
calculators never see another instant's result. Runs that read a list are not memoised (a result must
hold the profile's own lists). Memoised ``CalcResult`` objects are shared between results: do not mutate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from operator import attrgetter
from typing import Any

from engine.evaluate.calc_env import fact_refs
from engine.evaluate.calc_result import CalcResult
from engine.evaluate.identity_cache import identity_cache
from engine.evaluate.memo import _key
from engine.facts.profile import MerchantProfile
from engine.rules.pack import Pack

_LIMIT = 4_096  # entries: one calculator result each, ~30 objects, about 6-7 kB (about 28 MB when full)
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


class CalcRun(Mapping[str, CalcResult]):
    """A pack's calculators for one profile at one instant, each run (memoised) when first asked for, after
    the calculators it depends on. Iterates in pack order; ``all()`` runs every one."""

    def __init__(self, pack: Pack, profile: MerchantProfile, as_of: datetime,
                 run: Callable[[Any, MerchantProfile, dict[str, CalcResult]], CalcResult],
                 chain_of: Callable[[Pack, Any], list[Any]]) -> None:
        self.pack = pack
        self.profile = profile
        self._as_of = as_of
        self._instant: tuple[str, str] | None = None
        self.run = run
        self.chain_of = chain_of
        self._done: dict[str, CalcResult] = {}

    def __getitem__(self, ident: str) -> CalcResult:
        hit = self._done.get(ident)
        if hit is not None:
            return hit
        calc = _by_id(self.pack)[ident]
        for dep in self.chain_of(self.pack, calc):
            if dep.id not in self._done:
                self._done[dep.id] = self._one(dep)
        result = self._done[ident] = self._one(calc)
        return result

    def _one(self, calc: Any) -> CalcResult:
        if self._instant is None:
            self._instant = instant_key(self._as_of)
        key = CALC_MEMO.key(calc, self.chain_of(self.pack, calc), self.profile, self._instant)
        result = CALC_MEMO.get(key) if key is not None else None
        if result is None:
            result = self.run(calc, self.profile, self._done)
            if key is not None:
                CALC_MEMO.put(key, result)
        return result

    def __iter__(self) -> Iterator[str]:
        return iter(_by_id(self.pack))

    def __len__(self) -> int:
        return len(self.pack.calculators)

    def all(self) -> dict[str, CalcResult]:
        return {ident: self[ident] for ident in _by_id(self.pack)}


@identity_cache
def _by_id(pack: Pack) -> dict[str, Any]:
    return {calc.id: calc for calc in pack.calculators}


def run_memoised(pack: Pack, profile: MerchantProfile, as_of: datetime,
                 run: Callable[[Any, MerchantProfile, dict[str, CalcResult]], CalcResult],
                 chain_of: Callable[[Pack, Any], list[Any]]) -> dict[str, CalcResult]:
    """Every calculator of the pack in order; ``run(calc, profile, done)`` computes one that the memo lacks."""
    return CalcRun(pack, profile, as_of, run, chain_of).all()
