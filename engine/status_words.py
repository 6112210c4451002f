"""The words for statuses, in both languages: status value -> (zh, en).

A leaf module without models: the app shows statuses in its merchant list before the rule and result models
(pydantic) are imported. ``engine.evaluate.status.STATUS_TEXT`` is built from this same table.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "pass": ("符合", "Pass"),
    "fail": ("不符合", "Fail"),
    "unknown": ("未知", "Unknown"),
    "review": ("需人工审核", "Needs review"),
    "eligible": ("符合条件", "Eligible"),
    "not_eligible": ("不符合条件", "Not eligible"),
    "incomplete": ("信息不全", "Incomplete"),
    "upcoming": ("未开始", "Upcoming"),
    "open": ("进行中", "Open"),
    "closed": ("已结束", "Closed"),
}
