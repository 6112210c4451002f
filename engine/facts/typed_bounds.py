"""What typed input parses to, and a field's bounds as its metadata declares them (``Field(ge=..., le=...)``)."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from pydantic.fields import FieldInfo

from engine.i18n import Text

T = TypeVar("T")

#: Longer input is refused before it is parsed: no amount, date or code people type is this long.
MAX_INPUT = 60


@dataclass(frozen=True)
class Parsed(Generic[T]):
    """The value understood from a text (None: the text was empty, i.e. unknown), or why it was refused."""

    value: T | None = None
    error: Text | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Bounds:
    """Limits from the field's metadata; None where the field declares none."""

    ge: Any = None
    gt: Any = None
    le: Any = None
    lt: Any = None

    def problem(self, value: Any, shown: Any) -> Text | None:
        """Why ``value`` is out of bounds (``shown(limit, lang)`` writes a limit for people), or None."""
        checks: tuple[tuple[Any, Callable[[Any, Any], bool], str, str], ...] = (
            (self.ge, operator.lt, "不能小于 {}", "must not be less than {}"),
            (self.gt, operator.le, "须大于 {}", "must be greater than {}"),
            (self.le, operator.gt, "不能大于 {}", "must not be greater than {}"),
            (self.lt, operator.ge, "须小于 {}", "must be less than {}"),
        )
        for limit, broken, zh, en in checks:
            if limit is not None and _comparable(value, limit) and broken(value, limit):
                return Text(zh=zh.format(shown(limit, "zh")), en=en.format(shown(limit, "en")))
        return None


def _comparable(value: Any, limit: Any) -> bool:
    if isinstance(value, date):
        return isinstance(limit, date)
    return isinstance(limit, int | float | Decimal) and not isinstance(limit, bool)


def field_bounds(info: FieldInfo | None) -> Bounds:
    """ge / gt / le / lt declared on a pydantic field (annotated_types objects in ``info.metadata``)."""
    if info is None:
        return Bounds()
    found: dict[str, Any] = {}
    for item in info.metadata:
        for name in ("ge", "gt", "le", "lt"):
            limit = getattr(item, name, None)
            if limit is not None:
                found[name] = Decimal(str(limit)) if isinstance(limit, float) else limit
    return Bounds(**found)
