"""Bilingual labels for enumerated fact values."""

from __future__ import annotations

from enum import StrEnum

from engine.i18n import Lang, Text

_LABELS: dict[type[StrEnum], dict[str, Text]] = {}


def register_labels(enum_cls: type[StrEnum], labels: dict[str, tuple[str, str]]) -> None:
    missing = {m.value for m in enum_cls} - labels.keys()
    if missing:
        raise ValueError(f"{enum_cls.__name__}: no labels for {sorted(missing)}")
    _LABELS[enum_cls] = {k: Text(zh=zh, en=en) for k, (zh, en) in labels.items()}


def label(value: StrEnum, lang: Lang) -> str:
    return label_text(value).get(lang)


def label_text(value: StrEnum) -> Text:
    labels = _LABELS.get(type(value), {})
    return labels.get(value.value, Text(zh=value.value, en=value.value))
