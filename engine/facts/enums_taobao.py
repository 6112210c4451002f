"""Enumerations used by the Taobao Union, Taobao Live and 1688 Yanxuan facts (seeds 002-004)."""

from __future__ import annotations

from enum import StrEnum

from engine.facts.labels import register_labels


class LiveProviderCapability(StrEnum):
    """The six capabilities a Taobao Live regional industry provider must all have (seed 003 第一条 (一) 2)."""

    BD = "bd"
    OPERATIONS = "operations"
    COACHING = "coaching"
    TRAINING = "training"
    AD_BUYING = "ad_buying"
    PRODUCT_DISTRIBUTION = "product_distribution"


register_labels(
    LiveProviderCapability,
    {
        "bd": ("BD 拓展", "Business development"),
        "operations": ("运营", "Operations"),
        "coaching": ("陪跑", "Hands-on coaching"),
        "training": ("培训", "Training"),
        "ad_buying": ("投流", "Paid traffic buying"),
        "product_distribution": ("货品整合分发", "Product sourcing and distribution"),
    },
)


class LiveExitReason(StrEnum):
    """Why a Taobao Live regional industry provider left (seed 003 第一条 (三))."""

    NEVER_EXITED = "never_exited"
    INSTITUTION_RULES = "institution_rules"
    ADMISSION_NOT_MET = "admission_not_met"
    ASSESSMENT_FAILED = "assessment_failed"
    LAW_OR_MAJOR_INCIDENT = "law_or_major_incident"
    VOLUNTARY = "voluntary"


register_labels(
    LiveExitReason,
    {
        "never_exited": ("从未退出或被清退", "Never exited or removed"),
        "institution_rules": ("违反《淘宝直播机构管理规范》被清退", "Removed under the Taobao Live institution rules"),
        "admission_not_met": ("不满足准入要求被清退", "Removed: no longer met the admission requirements"),
        "assessment_failed": ("不符合运营考核要求被清退", "Removed: failed the operations assessment"),
        "law_or_major_incident": ("违法或出现重大问题影响恶劣被清退",
                                  "Removed: broke the law or caused a major incident"),
        "voluntary": ("主动申请退出", "Left voluntarily"),
    },
)
