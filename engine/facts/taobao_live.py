"""Taobao Live (淘宝直播) facts."""

from __future__ import annotations

from pydantic import BaseModel

from engine.facts.meta import FACT_MODEL_CONFIG


class TaobaoLive(BaseModel):
    model_config = FACT_MODEL_CONFIG
