"""Memo of a pack's calculator runs keyed by the values of every fact its calculators read.

``run_all`` reads the profile only through ``CalcEnv.get`` and ``CalcEnv.check``, i.e. through the facts
``fact_refs`` names (the facts a calculator's input references and predicates read); ``calc:`` references
read earlier calculators of the same pack, whose facts are in the key too. The as-of instant (with its
zone) is always part of the key, so deadline and dated calculators never see another instant's results.
Profiles whose read facts include a list are not memoised (the results must hold the profile's own lists).
The memoised ``CalcResult`` objects are shared between results: they must not be mutated.
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

_LIMIT = 4096  # entries; a pack's results, a few kB each
_MUTABLE = (list, set, dict)

Runner = Callable[[Pack, MerchantProfile, datetime], dict[str, CalcResult]]


def pack_facts(pack: Pack) -> tuple[str, ...]:
    """Every fact any calculator of the pack reads, in a stable order."""
    return tuple(dict.fromkeys(path for calc in pack.calculators for path in fact_refs(calc)))


class CalcMemo:
    """Bounded memo: pack + values of the facts its calculators read + as-of instant -> results."""

    def __init__(self, limit: int = _LIMIT) -> None:
        self.limit = limit
        self.enabled = True
        self._readers: dict[int, tuple[Pack, Callable[[Any], Any] | None, int]] = {}  # pack kept alive
        self._results: dict[tuple[Any, ...], dict[str, CalcResult]] = {}

    def key(self, pack: Pack, profile: MerchantProfile, as_of: datetime) -> tuple[Any, ...] | None:
        if not self.enabled:
            return None
        hit = self._readers.get(id(pack))
        if hit is None or hit[0] is not pack:
            if len(self._readers) >= self.limit:
                self.clear()
            paths = pack_facts(pack)
            hit = self._readers[id(pack)] = (pack, attrgetter(*paths) if paths else None, len(paths))
        _, read, count = hit
        raw: tuple[Any, ...] = () if read is None else (read(profile),) if count == 1 else read(profile)
        if any(isinstance(v, _MUTABLE) for v in raw):
            return None
        instant = (as_of.isoformat(), repr(as_of.tzinfo))
        return (id(pack), tuple(_key(v) for v in raw), instant)

    def run(self, pack: Pack, profile: MerchantProfile, as_of: datetime, runner: Runner) -> dict[str, CalcResult]:
        key = self.key(pack, profile, as_of)
        if key is not None:
            hit = self._results.get(key)
            if hit is not None:
                return dict(hit)
        done = runner(pack, profile, as_of)
        if key is not None:
            if len(self._results) >= self.limit:
                self._results.clear()
            self._results[key] = dict(done)
        return done

    def clear(self) -> None:
        self._readers.clear()
        self._results.clear()


CALC_MEMO = CalcMemo()
