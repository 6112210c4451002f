"""Property tests: the evaluator never raises, and all-unknown is never eligible."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from fact_values import profile_docs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.evaluate import ProgramStatus, evaluate_all
from engine.facts import MerchantProfile
from engine.rules import load_packs

PACKS = load_packs()


@st.composite
def profiles(draw):
    """Any profile the model accepts, its values drawn within the model's own bounds (tests/fact_values.py)."""
    return MerchantProfile.model_validate(draw(profile_docs(unknown=0.5)))


instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 1, 1)).map(
    lambda d: d.replace(tzinfo=timezone(timedelta(hours=8)))
)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(profile=profiles(), as_of=instants)
def test_evaluator_never_raises(profile, as_of):
    results = evaluate_all(profile, PACKS, as_of)
    assert len(results) == len(PACKS)
    for r in results:
        assert r.status in set(ProgramStatus)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(as_of=instants)
def test_all_unknown_is_never_eligible(as_of):
    for r in evaluate_all(MerchantProfile(), PACKS, as_of):
        assert r.status != ProgramStatus.ELIGIBLE, r.program
