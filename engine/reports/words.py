"""The reports' own vocabulary in both languages (statuses come from engine.evaluate.status)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from engine.evaluate.status import STATUS_TEXT
from engine.facts.moments import day_text, moment_text
from engine.i18n import Lang, Text

W: dict[str, Text] = {
    "report_title": Text(zh="资格自查报告", en="Eligibility report"),
    "batch_title": Text(zh="批量资格自查", en="Batch eligibility check"),
    "summary": Text(zh="概览", en="Summary"),
    "checklist": Text(zh="申请清单", en="Checklist"),
    "missing": Text(zh="待补充信息", en="Missing facts"),
    "matrix": Text(zh="资格矩阵", en="Matrix"),
    "counts": Text(zh="统计", en="Counts"),
    "merchant": Text(zh="商家", en="Merchant"),
    "notes": Text(zh="备注", en="Notes"),
    "as_of": Text(zh="检查时间", en="Checked as of"),
    "app_version": Text(zh="软件版本", en="App version"),
    "generated": Text(zh="生成时间", en="Generated"),
    "program": Text(zh="项目", en="Programme"),
    "program_id": Text(zh="项目编号", en="Programme id"),
    "pack_version": Text(zh="规则版本", en="Rule version"),
    "origin": Text(zh="规则来源", en="Rules origin"),
    "status": Text(zh="结论", en="Status"),
    "window": Text(zh="报名时间", en="Registration window"),
    "top_reasons": Text(zh="主要原因", en="Main reasons"),
    "source": Text(zh="规则原文", en="Source document"),
    "criterion": Text(zh="条件", en="Criterion"),
    "result": Text(zh="结果", en="Result"),
    "reason": Text(zh="原因", en="Reason"),
    "clause": Text(zh="条款", en="Clause"),
    "quote": Text(zh="原文", en="Quoted source"),
    "remedy": Text(zh="整改建议", en="Remedy"),
    "distance": Text(zh="差距", en="Distance to pass"),
    "earliest": Text(zh="最早满足日期", en="Earliest date"),
    "advisory": Text(zh="参考项", en="advisory"),
    "item": Text(zh="材料或步骤", en="Document or step"),
    "why": Text(zh="原因与说明", en="Why"),
    "deadline": Text(zh="截止时间", en="Deadline"),
    "progress": Text(zh="进度", en="Status"),
    "file": Text(zh="文件", en="File"),
    "conditional": Text(zh="（如适用）", en="(if applicable)"),
    "overdue": Text(zh="（已过期）", en="(overdue)"),
    "values": Text(zh="依据的数值", en="Values used"),
    "note": Text(zh="说明", en="Note"),
    "platform": Text(zh="所属平台", en="Platform"),
    "fact": Text(zh="需要了解的信息", en="What to find out"),
    "field": Text(zh="字段", en="Field"),
    "for_programs": Text(zh="涉及项目", en="For programmes"),
    "criteria_count": Text(zh="影响条件数", en="Criteria it decides"),
    "no_window": Text(zh="无报名时间", en="no window given"),
    "none": Text(zh="无", en="none"),
    "page": Text(zh="第 &P 页，共 &N 页", en="Page &P of &N"),
    "total": Text(zh="合计", en="Total"),
    "row": Text(zh="行", en="Row"),
    "column": Text(zh="列", en="Column"),
    "value": Text(zh="填写的值", en="Value given"),
    "problem": Text(zh="问题", en="Problem"),
    "problems": Text(zh="导入问题", en="Import problems"),
    "kind.document": Text(zh="材料", en="Document"),
    "kind.step": Text(zh="步骤", en="Step"),
    "kind.declaration": Text(zh="声明", en="Declaration"),
    "kind.warning": Text(zh="注意", en="Warning"),
}

#: Checklist progress states (the store's tick states) and their labels.
TICK_STATES: dict[str, Text] = {
    "todo": Text(zh="待办", en="to do"),
    "in_progress": Text(zh="进行中", en="in progress"),
    "done": Text(zh="已完成", en="done"),
    "not_needed": Text(zh="不需要", en="not needed"),
}

MARK = {"pass": "✔", "fail": "✘", "unknown": "?", "review": "!",
        "eligible": "✔", "not_eligible": "✘", "incomplete": "?"}


def w(key: str, lang: Lang) -> str:
    return W[key].get(lang)


def status_text(status: str, lang: Lang) -> str:
    """A status as printed: symbol and word, readable without colour."""
    mark = MARK.get(status, "")
    word = STATUS_TEXT[status].get(lang) if status in STATUS_TEXT else status
    return f"{mark} {word}".strip()


def zoned(moment: datetime, zone: str = "Asia/Shanghai") -> str:
    """``2020-05-20 00:00 (Asia/Shanghai, UTC+08:00)``: the instant in ``zone`` with the zone named (headers and
    file stamps; what a merchant reads uses ``when``)."""
    local = moment.astimezone(ZoneInfo(zone))
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} ({zone}, UTC{offset[:3]}:{offset[3:]})"


def day_of(moment: datetime, lang: Lang, zone: str = "Asia/Shanghai") -> str:
    """The day of ``moment`` in ``zone``, for page headers: 2020 年 5 月 20 日 / 20 May 2020."""
    return day_text(moment.astimezone(ZoneInfo(zone)).date(), lang)


def when(moment: datetime, lang: Lang, zone: str = "Asia/Shanghai") -> str:
    """An instant for people: 2020 年 5 月 20 日 00:00（北京时间） / 20 May 2020, 00:00 Beijing time."""
    return moment_text(moment, lang, zone)
