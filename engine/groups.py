"""The platform groups of a merchant profile, in display order: attribute name -> (zh, en).

A leaf module without models: the app names a merchant's platforms in its list before the profile models
(pydantic) are imported. ``engine.facts.GROUPS`` is this same dict.
"""

from __future__ import annotations

GROUPS: dict[str, tuple[str, str]] = {
    "company": ("企业信息", "Company"),
    "alibaba_com": ("阿里巴巴国际站", "Alibaba.com"),
    "taobao_union": ("淘宝联盟", "Taobao Union"),
    "taobao_live": ("淘宝直播", "Taobao Live"),
    "yanxuan_1688": ("1688 严选", "1688 Yanxuan"),
}
