"""Resolving a calculator's inputs: profile facts, caller-supplied inputs, earlier calculators' results."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from engine.evaluate.calc_result import CalcInputUsed, CalcResult
from engine.evaluate.identity_cache import identity_cache
from engine.evaluate.outcome import Outcome
from engine.evaluate.predicates import evaluate_predicate
from engine.evaluate.values import Context
from engine.facts import MerchantProfile, ProfileInvalid, fact_spec, fact_specs, format_value, parse_profile
from engine.facts.domains import DATE_MAX, DATE_MIN
from engine.facts.units import quantity_text, unit_of
from engine.i18n import Text
from engine.rules.calc_refs import input_refs, predicates, split_ref
from engine.rules.calculators import InputSpec
from engine.rules.predicates import fact_paths

_TRUE = {"true", "yes", "y", "1", "是"}
_FALSE = {"false", "no", "n", "0", "否"}
_UNKNOWN = {"", "unknown", "none", "null", "未知"}


@identity_cache
def fact_refs(calc: BaseModel) -> list[str]:
    """The profile facts a calculator reads (directly or through its predicates). Cached: do not mutate."""
    refs = [r for r in input_refs(calc) if r in fact_specs()]
    for pred in predicates(calc):
        refs += fact_paths(pred)
    return list(dict.fromkeys(refs))


@identity_cache
def input_names(calc: BaseModel) -> dict[str, InputSpec]:
    """A calculator's declared inputs by name. Cached: do not mutate."""
    return {spec.name: spec for spec in getattr(calc, "inputs", [])}


_MAX_INPUT_DIGITS = 16  # a typed calculator input beyond 10^16 is a slip (no amount or count gets near it)


class _Implausible(ValueError):
    """A typed input outside the plausible values (said as such, not as "not a valid ...")."""


def _plausible_day(spec: InputSpec, value: date) -> date:
    """A typed date or instant within the profile model's date domain (engine/facts/domains.py)."""
    day = value.date() if isinstance(value, datetime) else value
    if not DATE_MIN <= day <= DATE_MAX:
        raise _Implausible(f"input {spec.name}: {value.isoformat()} is outside {DATE_MIN} to {DATE_MAX}")
    return value


def _coerce(spec: InputSpec, raw: Any, zone: ZoneInfo) -> Any:
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in _UNKNOWN):
        return None
    text = raw.strip() if isinstance(raw, str) else raw
    try:
        if spec.type == "bool":
            if isinstance(text, bool):
                return text
            if str(text).lower() in _TRUE | _FALSE:
                return str(text).lower() in _TRUE
            raise ValueError
        if spec.type == "datetime":
            if isinstance(text, datetime | date):
                return _plausible_day(spec, text if not isinstance(text, datetime) or text.tzinfo
                                      else text.replace(tzinfo=zone))
            if "T" not in text and " " not in text:
                return _plausible_day(spec, date.fromisoformat(text))
            moment = datetime.fromisoformat(text)
            return _plausible_day(spec, moment if moment.tzinfo else moment.replace(tzinfo=zone))
        if spec.type == "date":
            return _plausible_day(spec, text if isinstance(text, date) else date.fromisoformat(text))
        if spec.type == "str":
            return str(text)
        number = Decimal(str(text))
        if not number.is_finite() or number.adjusted() >= _MAX_INPUT_DIGITS:
            raise _Implausible(f"input {spec.name}: {raw!r} is not a plausible number (at most "
                             f"{_MAX_INPUT_DIGITS} digits before the point)")
        if spec.type == "int" and number != number.to_integral_value():
            raise ValueError
        value: Any = int(number) if spec.type == "int" else number
    except _Implausible:
        raise
    except (ValueError, InvalidOperation):
        raise ValueError(f"input {spec.name}: {raw!r} is not a valid {spec.type}") from None
    if spec.ge is not None and value < spec.ge:
        raise ValueError(f"input {spec.name}: must not be less than {spec.ge}")
    if spec.le is not None and value > spec.le:
        raise ValueError(f"input {spec.name}: must not be greater than {spec.le}")
    return value


def _with_facts(profile: MerchantProfile, overrides: dict[str, Any]) -> MerchantProfile:
    if not overrides:
        return profile
    data = profile.model_dump(mode="json")
    for path, raw in overrides.items():
        group, _, name = path.partition(".")
        value = raw
        if isinstance(raw, str) and raw.strip().lower() in _UNKNOWN:
            value = None
        elif isinstance(raw, str) and fact_spec(path).kind == "list":
            value = [v.strip() for v in raw.split(",") if v.strip()]
        data[group][name] = value
    try:
        return parse_profile(data)
    except ProfileInvalid as exc:
        raise ValueError(exc.message("en")) from None


class CalcEnv:
    """One calculator run: typed inputs, the profile with any overridden facts, earlier results."""

    def __init__(self, calc: Any, profile: MerchantProfile, as_of: datetime, zone: str,
                 inputs: dict[str, Any], results: dict[str, CalcResult]) -> None:
        self.calc = calc
        self.zone = ZoneInfo(zone)
        self.as_of = as_of
        self.today = as_of.astimezone(self.zone).date()
        self.results = results
        self.names = input_names(calc)
        self.values: dict[str, Any] = {}
        overrides: dict[str, Any] = {}
        if inputs:
            declared: dict[str, InputSpec] = {i.name: i for i in calc.inputs}
            facts = fact_refs(calc)
            short = {f.split(".", 1)[1]: f for f in facts}
            for key, raw in inputs.items():
                if key in declared:
                    self.values[key] = _coerce(declared[key], raw, self.zone)
                elif key in facts or key in short:
                    overrides[short.get(key, key)] = raw
                else:
                    known = ", ".join([*declared, *short]) or "none"
                    raise ValueError(f"calculator {calc.id}: unknown input {key!r} (inputs: {known})")
        self.profile = _with_facts(profile, overrides)
        self.ctx = Context(self.profile, self.today, calcs=results)
        self.used: dict[str, CalcInputUsed] = {}
        self.missing: list[str] = []

    def unit(self, ref: str) -> str | None:
        """The unit of a reference's values: a declared input's, or the fact's (counting words included)."""
        if ref.startswith("calc:"):
            return None
        spec = self.names.get(ref)
        if spec is not None:
            return spec.unit
        measure = fact_spec(ref).measure
        return measure.key if measure is not None else None

    def said(self, ref: str, value: Any) -> Text:
        """A reference's value as people read it, with its unit."""
        return shown(value, self.unit(ref))

    def title(self, ref: str) -> Text:
        if ref.startswith("calc:"):
            ident, _ = split_ref(ref)
            return self.results[ident].title if ident in self.results else Text(zh=ident, en=ident)
        spec = self.names.get(ref)
        return spec.title if spec is not None else fact_spec(ref).text

    def result(self, ref: str) -> CalcResult:
        ident, _ = split_ref(ref)
        if ident not in self.results:
            raise ValueError(f"calculator {self.calc.id}: {ident} has not been run")
        return self.results[ident]

    def get(self, ref: str) -> Any:
        """The value of a reference; None (recorded as missing) while unknown."""
        if ref.startswith("calc:"):
            res = self.result(ref)
            value = res.output(split_ref(ref)[1])
            source = "calc"
            if value is None:
                self.missing += res.missing
        elif ref in self.values or ref in self.names:
            value, source = self.values.get(ref), "input"
        else:
            value, source = self.ctx.value(ref), "fact"
        if value is None and source != "calc":
            self.missing.append(ref)
        self.used[ref] = CalcInputUsed(name=ref, title=self.title(ref), value=value, source=source)
        return value

    def bounds(self, ref: str) -> tuple[Decimal | None, Decimal | None]:
        """The range an unknown numeric ``calc:`` reference lies in."""
        if not ref.startswith("calc:"):
            return None, None
        res = self.result(ref)
        return res.low, res.high

    def check(self, pred: Any) -> Outcome:
        out = evaluate_predicate(pred, self.ctx)
        for path, value in out.evidence:
            if path in fact_specs():
                self.used[path] = CalcInputUsed(name=path, title=fact_spec(path).text, value=value, source="fact")
        self.missing += list(out.missing)
        return out


_SHOWN: dict[tuple[type, str, str | None], Text] = {}
_NORMALISE_BELOW = 28  # digits: normalize() of a larger number overflows Decimal's context (format_value copes)
_SHOWN_LIMIT = 8192


def shown(value: Any, unit: str | None = None) -> Text:
    """A value as people read it, with its unit (cached by the value's type and text: Text is frozen)."""
    key = (type(value), str(value), unit) if type(value) in _SHOWN_TYPES else None
    if key is not None:
        hit = _SHOWN.get(key)
        if hit is not None:
            return hit
    if isinstance(value, Decimal) and value.is_finite() and value.adjusted() < _NORMALISE_BELOW:
        value = value.normalize() if value == value.to_integral_value() else value
    measure = unit_of(unit)
    if measure is not None and isinstance(value, Decimal | int) and not isinstance(value, bool):
        text = quantity_text(value, measure)  # 50 万元 / CNY 500,000, 3 分 / 3 points
    else:
        text = Text(zh=format_value(value, "zh"), en=format_value(value, "en"))
    if key is not None:
        if len(_SHOWN) >= _SHOWN_LIMIT:
            _SHOWN.clear()
        _SHOWN[key] = text
    return text


# Types whose text identifies the value for format_value; anything else (lists, enums) is not cached.
_SHOWN_TYPES = frozenset({type(None), bool, int, str, Decimal, date})
