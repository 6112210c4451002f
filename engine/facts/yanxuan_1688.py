"""1688 Yanxuan (1688 严选) facts."""

from __future__ import annotations

from pydantic import BaseModel

from engine.facts.meta import FACT_MODEL_CONFIG


class Yanxuan1688(BaseModel):
    model_config = FACT_MODEL_CONFIG
