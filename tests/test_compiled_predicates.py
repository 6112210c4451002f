"""Predicates are compiled once per predicate object; the compiled form is the evaluator and must never serve
another predicate's check, and the programme status table must agree with ``program_status``."""

from __future__ import annotations

import gc
from datetime import date
from decimal import Decimal
from itertools import product

from pydantic import TypeAdapter

from engine.evaluate import predicates as ev
from engine.evaluate.program import _STATUS
from engine.evaluate.status import ProgramStatus, Status, program_status
from engine.facts import parse_profile
from engine.rules.predicates import Predicate

PRED = TypeAdapter(Predicate)
TODAY = date(2024, 5, 20)


def _ctx(facts: dict) -> ev.Context:
    return ev.Context(parse_profile(facts), TODAY)


def test_a_predicate_is_compiled_once_and_kept():
    pred = PRED.validate_python({"kind": "flag", "fact": "company.listed_company", "expect": True})
    assert ev.compiled(pred) is ev.compiled(pred)
    twin = PRED.validate_python({"kind": "flag", "fact": "company.listed_company", "expect": True})
    assert ev.compiled(twin) is not ev.compiled(pred)  # keyed by identity, not by equality


def test_freed_predicates_never_lend_their_check_to_new_ones():
    """Predicates built and dropped one after another reuse ids; each must still get its own check."""
    ctx = _ctx({"company": {"listed_company": True}})
    for i in range(ev.CACHE_LIMIT + 300):  # past the bound, so the cache is also cleared once
        expect = i % 2 == 0
        pred = PRED.validate_python({"kind": "flag", "fact": "company.listed_company", "expect": expect})
        got = ev.evaluate_predicate(pred, ctx).status
        assert got == (Status.PASS if expect else Status.FAIL), i
        del pred
        if i % 500 == 0:
            gc.collect()


def test_compiled_compare_reads_the_live_profile_and_gives_a_distance():
    pred = PRED.validate_python({"kind": "compare", "fact": "company.rd_staff_count", "op": "ge", "value": 10})
    profile = parse_profile({"company": {"rd_staff_count": 4}})
    ctx = ev.Context(profile, TODAY)
    out = ev.evaluate_predicate(pred, ctx)
    assert out.status == Status.FAIL
    assert out.distance is not None and out.distance.gap == Decimal(6)
    assert out.evidence == (("company.rd_staff_count", 4),)
    profile.company.rd_staff_count = None
    assert ev.evaluate_predicate(pred, ctx).missing == ("company.rd_staff_count",)
    profile.company.rd_staff_count = 12
    out = ev.evaluate_predicate(pred, ctx)
    assert (out.status, out.distance) == (Status.PASS, None)


def test_composite_combines_compiled_children():
    pred = PRED.validate_python({"kind": "any_of", "of": [
        {"kind": "flag", "fact": "company.listed_company"},
        {"kind": "compare", "fact": "company.rd_staff_count", "op": "ge", "value": 10}]})
    fail = ev.evaluate_predicate(pred, _ctx({"company": {"listed_company": False, "rd_staff_count": 3}}))
    assert fail.status == Status.FAIL
    assert fail.evidence == (("company.listed_company", False), ("company.rd_staff_count", 3))
    assert fail.distance is not None and fail.distance.gap == Decimal(7)
    open_ = ev.evaluate_predicate(pred, _ctx({"company": {"listed_company": False}}))
    assert (open_.status, open_.missing) == (Status.UNKNOWN, ("company.rd_staff_count",))


def test_status_table_matches_program_status():
    for fail, unknown, review in product((False, True), repeat=3):
        present = [s for s, on in ((Status.FAIL, fail), (Status.UNKNOWN, unknown), (Status.REVIEW, review)) if on]
        assert _STATUS[fail, unknown, review] == program_status([Status.PASS, *present])
    assert _STATUS[False, False, False] == ProgramStatus.ELIGIBLE
    assert _STATUS[False, True, True] == ProgramStatus.INCOMPLETE
