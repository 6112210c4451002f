"""Property tests: the evaluator never raises, and all-unknown is never eligible."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.evaluate import ProgramStatus, evaluate_all
from engine.facts import MerchantProfile, fact_specs
from engine.rules import load_packs

PACKS = load_packs()


def _upper(spec, default):
    limits = [m.le for m in spec.info.metadata if getattr(m, "le", None) is not None]
    return min([default, *limits])


def _value_strategy(spec):
    kind = spec.kind
    if spec.place:  # a place chosen from the divisions, as typed or as its full name
        return st.sampled_from(["浙江省金华市义乌市", "广东省深圳市", "Guangzhou", "北京市朝阳区", "浙江省", "Yiwu"])
    if kind == "bool":
        return st.booleans()
    if kind == "int":
        return st.integers(min_value=0, max_value=_upper(spec, 10**7))
    if kind == "decimal":
        return st.decimals(min_value=0, max_value=_upper(spec, 10**11), allow_nan=False, allow_infinity=False,
                           places=2)
    if kind == "date":
        return st.dates()
    if kind == "datetime":
        return st.datetimes(timezones=st.just(UTC))
    if kind == "enum":
        return st.sampled_from(list(spec.enum))
    if kind == "list":
        item = {"date": st.dates(), "enum": st.sampled_from(list(spec.enum)) if spec.enum else st.text(max_size=5),
                "str": st.text(max_size=10),
                "decimal": st.decimals(min_value=0, max_value=100, allow_nan=False, allow_infinity=False, places=1),
                }[spec.item_kind]
        return st.lists(item, max_size=4)
    limits = [m.max_length for m in spec.info.metadata if getattr(m, "max_length", None) is not None]
    return st.text(max_size=min([20, *limits]))


@st.composite
def profiles(draw):
    data: dict[str, dict] = {}
    for path, spec in fact_specs().items():
        if draw(st.booleans()):
            group, name = path.split(".")
            data.setdefault(group, {})[name] = draw(st.none() | _value_strategy(spec))
    return MerchantProfile.model_validate(data)


instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 1, 1)).map(
    lambda d: d.replace(tzinfo=timezone(timedelta(hours=8)))
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=profiles(), as_of=instants)
def test_evaluator_never_raises(profile, as_of):
    results = evaluate_all(profile, PACKS, as_of)
    assert len(results) == len(PACKS)
    for r in results:
        assert r.status in set(ProgramStatus)


@settings(max_examples=100, deadline=None)
@given(as_of=instants)
def test_all_unknown_is_never_eligible(as_of):
    for r in evaluate_all(MerchantProfile(), PACKS, as_of):
        assert r.status != ProgramStatus.ELIGIBLE, r.program
