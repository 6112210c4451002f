"""Fact paths such as ``company.registered_capital_cny``: discovery, type kinds, and lookup."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import MAX_EMAX, MIN_EMIN, Decimal, localcontext
from enum import StrEnum
from functools import cache, cached_property
from operator import attrgetter
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from engine.facts.meta import field_help, field_is_place, field_text, field_title, field_unit
from engine.facts.profile import GROUPS, MerchantProfile
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
    """A fact value as a person reads it."""
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
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, int):
        return f"{value:,}" if -_HUGE_INT < value < _HUGE_INT else _decimal_text(Decimal(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | set | frozenset):
        if not value:
            return "无" if lang == "zh" else "none"
        sep = "、" if lang == "zh" else ", "
        return sep.join(format_value(v, lang) for v in sorted(value, key=str))
    return str(value)


#: Digits before the point beyond which a number is shown in scientific notation. No fact gets near
#: (engine/facts/domains.py); the guard keeps formatting total for any number at all, instead of failing
#: (Decimal's context precision, Python's limit on converting long integers to text).
_HUGE_DIGITS = 40
_HUGE_INT = 10**_HUGE_DIGITS


def _decimal_text(value: Decimal) -> str:
    """Grouped, with at most two decimals; never raises."""
    if not value.is_finite():
        return str(value)
    if value.is_zero():
        return "0"
    if value.adjusted() >= _HUGE_DIGITS:
        return f"{value:.6E}"
    with localcontext(prec=2 * _HUGE_DIGITS, Emax=MAX_EMAX, Emin=MIN_EMIN):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
