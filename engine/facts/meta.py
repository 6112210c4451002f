"""Field metadata shared by forms, the Excel template and the JSON Schema.

Every fact is optional: ``None`` means *unknown*. Titles and help text are carried in both
languages in ``json_schema_extra`` so that the GUI, the reports and the schema read them from
one place.
"""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field
from pydantic.fields import FieldInfo

from engine.facts.domains import MAX_LIST_ITEMS, Domain
from engine.i18n import Lang, Text

FACT_MODEL_CONFIG = ConfigDict(
    extra="forbid",
    validate_assignment=True,
    str_strip_whitespace=True,
    use_enum_values=False,
)


def fact(
    title_zh: str,
    title_en: str,
    help_zh: str = "",
    help_en: str = "",
    *,
    unit: str | None = None,
    ge: float | int | None = None,
    le: float | int | None = None,
    max_length: int | None = None,
    examples: list[Any] | None = None,
    place: bool = False,
    domain: Domain | None = None,
    items: Domain | None = None,
) -> Any:
    """A fact field: default unknown (None), bilingual title and help, optional unit and bounds.

    ``domain``: the plausible values of the fact (engine/facts/domains.py); ``items``: those of each entry of
    a list fact, whose type carries the item bounds (e.g. ``list[DateItem]``); the list holds at most
    ``MAX_LIST_ITEMS`` entries.
    """
    extra: dict[str, Any] = {
        "title_zh": title_zh,
        "title_en": title_en,
        "help_zh": help_zh,
        "help_en": help_en,
    }
    if unit:
        extra["unit"] = unit
    if place:
        extra["place"] = True  # chosen from the administrative divisions (engine.facts.places)
    kwargs: dict[str, Any] = {}
    if ge is not None:
        kwargs["ge"] = ge
    if le is not None:
        kwargs["le"] = le
    if max_length is not None:
        kwargs["max_length"] = max_length
    if domain is not None:
        kwargs.update(domain.constraints())
        extra["plausible"] = domain.schema_note()
    if items is not None:
        kwargs.setdefault("max_length", MAX_LIST_ITEMS)
        extra["plausible_items"] = items.schema_note()
    return Field(
        default=None,
        title=title_en,
        description=help_en or None,
        examples=examples,
        json_schema_extra=extra,
        **kwargs,
    )


def group(title_zh: str, title_en: str, factory: Any) -> Any:
    """A platform group inside the profile: always present, its facts unknown by default."""
    return Field(
        default_factory=factory,
        title=title_en,
        json_schema_extra={"title_zh": title_zh, "title_en": title_en},
    )


def field_title(info: FieldInfo, lang: Lang) -> str:
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    value = extra.get(f"title_{lang}") or info.title or ""
    return str(value)


def field_help(info: FieldInfo, lang: Lang) -> str:
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    return str(extra.get(f"help_{lang}") or "")


def field_text(info: FieldInfo) -> Text:
    return Text(zh=field_title(info, "zh"), en=field_title(info, "en"))


def field_is_place(info: FieldInfo) -> bool:
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    return extra.get("place") is True


def field_unit(info: FieldInfo) -> str | None:
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    unit = extra.get("unit")
    return str(unit) if unit else None
