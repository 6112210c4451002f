"""Fact paths such as ``company.registered_capital_cny``: discovery, type kinds, and lookup."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache, cached_property
from operator import attrgetter
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from engine.facts.meta import field_help, field_is_place, field_text, field_title, field_unit
from engine.facts.moments import day_text, moment_text
from engine.facts.numbers import plain
from engine.facts.profile import GROUPS, MerchantProfile
from engine.facts.units import COUNTED, Unit, quantity, unit_of
from engine.i18n import Lang, Text

Kind = Literal["bool", "int", "decimal", "date", "datetime", "enum", "str", "list"]


@dataclass(frozen=True)
class FactSpec:
    """What the engine knows about one fact: where it lives, its type kind and its metadata."""

    path: str
    group: str
    kind: Kind
    info: FieldInfo
    enum: type[StrEnum] | None = None
    item_kind: Kind | None = None  # for lists

    @cached_property
    def text(self) -> Text:  # cached: the evaluator asks for it for every criterion of every profile
        return field_text(self.info)

    def title(self, lang: Lang) -> str:
        return field_title(self.info, lang)

    def help(self, lang: Lang) -> str:
        return field_help(self.info, lang)

    @cached_property
    def unit(self) -> str | None:
        return field_unit(self.info)

    @cached_property
    def measure(self) -> Unit | None:
        """The unit its numbers are written with: the model's, or the counting word given in ``units.COUNTED``."""
        return unit_of(self.unit or COUNTED.get(self.path))

    @cached_property
    def place(self) -> bool:
        """A place chosen from the administrative divisions (its value is a ``Place``)."""
        return field_is_place(self.info)

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "decimal")


def _strip_optional(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _kind_of(tp: Any) -> tuple[Kind, type[StrEnum] | None, Kind | None]:
    tp = _strip_optional(tp)
    if typing.get_origin(tp) is typing.Annotated:  # a bounded item type (engine/facts/domains.py)
        tp = typing.get_args(tp)[0]
    origin = typing.get_origin(tp)
    if origin in (list, set, frozenset):
        (item,) = typing.get_args(tp)
        item_kind, enum, _ = _kind_of(item)
        return "list", enum, item_kind
    if isinstance(tp, type):
        if issubclass(tp, bool):
            return "bool", None, None
        if issubclass(tp, StrEnum):
            return "enum", tp, None
        if issubclass(tp, int):
            return "int", None, None
        if issubclass(tp, Decimal | float):
            return "decimal", None, None
        if issubclass(tp, datetime):
            return "datetime", None, None
        if issubclass(tp, date):
            return "date", None, None
        if issubclass(tp, str):
            return "str", None, None
    raise TypeError(f"unsupported fact type {tp!r}")


@cache
def fact_specs() -> dict[str, FactSpec]:
    """Every fact path in the profile model, in display order."""
    specs: dict[str, FactSpec] = {}
    for group_name in GROUPS:
        group_model = MerchantProfile.model_fields[group_name].annotation
        assert isinstance(group_model, type) and issubclass(group_model, BaseModel)
        for name, info in group_model.model_fields.items():
            kind, enum, item_kind = _kind_of(info.annotation)
            path = f"{group_name}.{name}"
            specs[path] = FactSpec(path, group_name, kind, info, enum, item_kind)
    return specs


def fact_spec(path: str) -> FactSpec:
    try:
        return fact_specs()[path]
    except KeyError:
        raise KeyError(f"unknown fact path {path!r}") from None


_GETTERS: dict[str, Callable[[Any], Any]] = {}


def get_fact(profile: MerchantProfile, path: str) -> Any:
    getter = _GETTERS.get(path)
    if getter is None:
        if path not in fact_specs():
            group_name, _, name = path.partition(".")
            return getattr(getattr(profile, group_name), name)
        getter = _GETTERS[path] = attrgetter(path)  # reads profile.<group>.<name> in C
    return getter(profile)


def format_value(value: Any, lang: Lang) -> str:
    """A value as a person reads it, without a unit (see ``fact_value``); never raises."""
    from engine.facts.labels import label
    from engine.facts.places import Place

    if value is None:
        return "未知" if lang == "zh" else "unknown"
    if isinstance(value, bool):
        if lang == "zh":
            return "是" if value else "否"
        return "yes" if value else "no"
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, Place):
        return value.label(lang)
    if isinstance(value, Decimal | int):
        return plain(value)
    if isinstance(value, datetime):
        return moment_text(value, lang)
    if isinstance(value, date):
        return day_text(value, lang)
    if isinstance(value, list | set | frozenset | tuple):
        if not value:
            return "无" if lang == "zh" else "none"
        sep = "、" if lang == "zh" else ", "
        items = list(value)
        if isinstance(value, set | frozenset) or all(type(v) is date for v in items):
            items.sort(key=str)  # dates in ISO text sort by time
        return sep.join(format_value(v, lang) for v in items)
    return str(value)


def fact_value(path: str, value: Any, lang: Lang) -> str:
    """A fact's value with its unit: 注册资本 -> 50 万元 / CNY 500,000; other values as ``format_value``."""
    spec = fact_specs().get(path)
    unit = spec.measure if spec is not None else None
    if unit is not None and isinstance(value, Decimal | int) and not isinstance(value, bool):
        return quantity(value, unit, lang)
    if unit is not None and isinstance(value, list) and value and all(
            isinstance(v, Decimal | int) and not isinstance(v, bool) for v in value):
        sep = "、" if lang == "zh" else ", "
        return sep.join(quantity(v, unit, lang) for v in value)
    return format_value(value, lang)


def fact_exact(path: str, value: Any, lang: Lang) -> str | None:
    """The exact figure behind a rounded-looking amount (500,000 元 behind 50 万元), or None when they read alike."""
    spec = fact_specs().get(path)
    unit = spec.measure if spec is not None else None
    if unit is None or unit.currency is None or not isinstance(value, Decimal | int) or isinstance(value, bool):
        return None
    exact = f"{plain(value)} {unit.zh}" if lang == "zh" else f"{unit.currency} {plain(value)}"
    return None if exact == fact_value(path, value, lang) else exact


_TEXTS: dict[tuple[str, type, Any], Text] = {}
_SCALARS = frozenset({type(None), bool, int, Decimal, date, str})


def fact_value_text(path: str, value: Any) -> Text:
    """``fact_value`` in both languages; plain values are formatted once (the same few repeat across profiles)."""
    key = (path, type(value), value) if type(value) in _SCALARS or isinstance(value, StrEnum) else None
    if isinstance(value, Decimal) and not value.is_finite():
        key = None  # a signalling NaN cannot even be hashed
    if key is not None:
        hit = _TEXTS.get(key)
        if hit is not None:
            return hit
    text = Text(zh=fact_value(path, value, "zh"), en=fact_value(path, value, "en"))
    if key is not None:
        if len(_TEXTS) >= 4096:
            _TEXTS.clear()
        _TEXTS[key] = text
    return text
