"""A merchant's calendar row in words: its status with what is left, and its next date."""

from __future__ import annotations

from engine.calendar.merchant import MerchantRow
from engine.evaluate.status import STATUS_TEXT, ProgramStatus
from engine.i18n import Text
from engine.when import moment_text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def row_status(row: MerchantRow) -> Text:
    """符合条件 / 不符合条件 · 1 项不满足 / 信息不全 · 还需 2 项信息 (as the headlines say it)."""
    word = STATUS_TEXT[row.status.value]
    if row.status == ProgramStatus.NOT_ELIGIBLE:
        return Text(zh=f"{word.zh} · {row.failing} 项不满足",
                    en=f"{word.en} · {_plural(row.failing, 'requirement')} not met")
    if row.status == ProgramStatus.INCOMPLETE:
        return Text(zh=f"{word.zh} · 还需 {row.missing} 项信息",
                    en=f"{word.en} · {_plural(row.missing, 'fact')} to enter")
    return word


def row_when(row: MerchantRow) -> Text:
    """报名截止 ... / 报名 ... 开始 / 下一个时间点：..., in Beijing time."""
    if row.opens is not None:
        opens = moment_text(row.opens)
        if row.deadline is not None:
            ends = moment_text(row.deadline)
            return Text(zh=f"报名 {opens.zh}开始，{ends.zh}截止", en=f"registration opens {opens.en}, closes {ends.en}")
        return Text(zh=f"报名 {opens.zh}开始", en=f"registration opens {opens.en}")
    if row.deadline is not None:
        ends = moment_text(row.deadline)
        return Text(zh=f"报名截止 {ends.zh}", en=f"registration closes {ends.en}")
    if row.next is not None:
        at = moment_text(row.next.at)
        verb = Text(zh="开始", en="starts") if row.next.starts else Text(zh="结束", en="ends")
        return Text(zh=f"下一个时间点：{row.next.title.zh} {at.zh}{verb.zh}",
                    en=f"next: {row.next.title.en} {verb.en} {at.en}")
    return Text(zh="无截止时间", en="no deadline given")
