"""The merchant profile: one document of facts grouped by platform."""

from __future__ import annotations

from pydantic import BaseModel

from engine.facts.alibaba_com import AlibabaCom
from engine.facts.company import Company
from engine.facts.meta import FACT_MODEL_CONFIG, fact, group
from engine.facts.taobao_live import TaobaoLive
from engine.facts.taobao_union import TaobaoUnion
from engine.facts.yanxuan_1688 import Yanxuan1688
from engine.groups import GROUPS  # platform groups in display order: attribute name -> (zh, en)

__all__ = ["GROUPS", "MerchantProfile"]


class MerchantProfile(BaseModel):
    model_config = FACT_MODEL_CONFIG

    name: str | None = fact("商家名称", "Merchant name", max_length=200)
    notes: str | None = fact("备注", "Notes", max_length=5000)
    company: Company = group(*GROUPS["company"], Company)
    alibaba_com: AlibabaCom = group(*GROUPS["alibaba_com"], AlibabaCom)
    taobao_union: TaobaoUnion = group(*GROUPS["taobao_union"], TaobaoUnion)
    taobao_live: TaobaoLive = group(*GROUPS["taobao_live"], TaobaoLive)
    yanxuan_1688: Yanxuan1688 = group(*GROUPS["yanxuan_1688"], Yanxuan1688)
