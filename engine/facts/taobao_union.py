"""Taobao Union (淘宝联盟) facts."""

from __future__ import annotations

from pydantic import BaseModel

from engine.facts.meta import FACT_MODEL_CONFIG


class TaobaoUnion(BaseModel):
    model_config = FACT_MODEL_CONFIG
