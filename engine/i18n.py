"""Bilingual text used throughout the engine (zh-CN and en)."""

from __future__ import annotations

from string import Template
from typing import Literal

from pydantic import BaseModel, ConfigDict

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Text(BaseModel):
    """A message in both languages. Packs and the engine never carry one language only."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zh: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en

    def fill(self, **params: object) -> Text:
        """Substitute ``$name`` placeholders (string.Template: no attribute access, no eval)."""
        zh_params = {k: _param(v, "zh") for k, v in params.items()}
        en_params = {k: _param(v, "en") for k, v in params.items()}
        return Text(
            zh=Template(self.zh).safe_substitute(zh_params),
            en=Template(self.en).safe_substitute(en_params),
        )


def _param(value: object, lang: Lang) -> str:
    if isinstance(value, Text):
        return value.get(lang)
    return str(value)


def t(zh: str, en: str) -> Text:
    return Text(zh=zh, en=en)
