"""Validation errors in plain words, in both languages, naming the field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from engine.facts.paths import fact_specs
from engine.facts.profile import GROUPS
from engine.i18n import Lang, Text

_MESSAGES: dict[str, tuple[str, str]] = {
    "bool_parsing": ("应为 是/否", "must be yes or no"),
    "bool_type": ("应为 是/否", "must be yes or no"),
    "int_parsing": ("应为整数", "must be a whole number"),
    "int_type": ("应为整数", "must be a whole number"),
    "int_from_float": ("应为整数", "must be a whole number"),
    "decimal_parsing": ("应为数字", "must be a number"),
    "decimal_type": ("应为数字", "must be a number"),
    "date_parsing": ("日期格式应为 YYYY-MM-DD", "must be a date as YYYY-MM-DD"),
    "date_from_datetime_parsing": ("日期格式应为 YYYY-MM-DD", "must be a date as YYYY-MM-DD"),
    "date_type": ("日期格式应为 YYYY-MM-DD", "must be a date as YYYY-MM-DD"),
    "datetime_parsing": ("应为带时区的时间", "must be a date and time with a time zone"),
    "timezone_aware": ("时间必须带时区", "must include a time zone"),
    "enum": ("不是可选的值", "is not one of the allowed values"),
    "extra_forbidden": ("不是已知字段", "is not a known field"),
    "string_type": ("应为文字", "must be text"),
    "string_too_long": ("内容过长", "is too long"),
    "string_unicode": ("含有无法识别的字符", "contains characters that are not valid text"),
    "finite_number": ("应为有限的数字", "must be a finite number"),
    "decimal_max_places": ("最多保留 $limit 位小数", "must have at most $limit decimal places"),
    "too_long": ("最多 $limit 项", "must have at most $limit entries"),
    "list_type": ("应为列表", "must be a list"),
    "greater_than_equal": ("不能小于 $limit", "must not be less than $limit"),
    "less_than_equal": ("不能大于 $limit", "must not be greater than $limit"),
    "model_type": ("应为一组字段", "must be an object of fields"),
    "model_attributes_type": ("应为一组字段", "must be an object of fields"),
    "dict_type": ("应为一组字段", "must be an object of fields"),
    "place_unknown": ("不是可识别的省、市，请从行政区划中选择", "is not a place in China's administrative divisions; "
                      "choose the province and city from the list"),
}


_DATE_BOUND: dict[str, tuple[str, str]] = {
    "greater_than_equal": ("不能早于 $limit", "must not be earlier than $limit"),
    "less_than_equal": ("不能晚于 $limit", "must not be later than $limit"),
}
_SHORT_INPUT = 200  # characters of a refused input kept with the problem


def _limit_text(limit: Any) -> str:
    """A bound as people read it: 10,000,000,000,000 rather than 10000000000000."""
    if isinstance(limit, int | Decimal) and not isinstance(limit, bool):
        return f"{limit:,}"
    if isinstance(limit, str) and limit.isdigit() and len(limit) <= 30:
        return f"{int(limit):,}"
    return str(limit)


def _safe(value: Any) -> Any:
    """A refused input as it may be kept and shown: an integer too long to print, or a very long text, is
    shortened (``str()`` of an integer of more than 4,300 digits raises)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
        return f"{'-' if value < 0 else ''}{'9' * 20}… ({_digits(value)} digits)"
    if isinstance(value, str) and len(value) > _SHORT_INPUT:
        return value[:_SHORT_INPUT] + "…"
    return value


def _digits(value: int) -> str:
    """About how many decimal digits ``value`` has (without converting it to text)."""
    return f"~{int(abs(value).bit_length() * 0.30103) + 1:,}"


@dataclass(frozen=True)
class FieldProblem:
    path: str  # dotted location, e.g. company.registered_capital_cny
    field: Text  # the field's title
    problem: Text
    value: Any = None

    def message(self, lang: Lang) -> str:
        return f"{self.field.get(lang)} ({self.path}): {self.problem.get(lang)}"


def _field_title(loc: tuple[int | str, ...]) -> Text:
    parts = [str(p) for p in loc if not isinstance(p, int)]
    path = ".".join(parts[:2])
    spec = fact_specs().get(path)
    if spec is not None:
        return spec.text
    if parts and parts[0] in GROUPS:
        zh, en = GROUPS[parts[0]]
        return Text(zh=zh, en=en)
    from engine.facts.profile import MerchantProfile

    info = MerchantProfile.model_fields.get(parts[0]) if parts else None
    if info is not None and isinstance(info.json_schema_extra, dict):
        return Text(zh=str(info.json_schema_extra["title_zh"]), en=str(info.json_schema_extra["title_en"]))
    return Text(zh=path or "档案", en=path or "profile")


def problems_from(error: ValidationError) -> list[FieldProblem]:
    out: list[FieldProblem] = []
    for err in error.errors(include_url=False):
        loc = tuple(err.get("loc", ()))
        zh, en = _MESSAGES.get(err["type"], ("无效：" + err["msg"], "invalid: " + err["msg"]))
        ctx = err.get("ctx") or {}
        limit = ctx.get("ge", ctx.get("le", ctx.get("decimal_places", ctx.get("max_length", ""))))
        if isinstance(limit, date | str) and err["type"] in _DATE_BOUND:  # dates: earlier / later, not less / greater
            zh, en = _DATE_BOUND[err["type"]]
        text = Text(zh=zh, en=en).fill(limit=_limit_text(limit))
        if err["type"] == "enum" and "expected" in ctx:
            text = Text(zh=f"{text.zh}（可选：{ctx['expected']}）", en=f"{text.en} (allowed: {ctx['expected']})")
        path = ".".join(str(p) for p in loc)
        out.append(FieldProblem(path=path, field=_field_title(loc), problem=text, value=_safe(err.get("input"))))
    return out


class ProfileInvalid(ValueError):
    """A profile document failed validation; carries every problem found."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message("en") for p in problems))

    def message(self, lang: Lang) -> str:
        return "; ".join(p.message(lang) for p in self.problems)
