"""The programme line a merchant reads first: the status, what decides it, and when the programme can be applied
for (符合条件 · 报名已于 2020 年 5 月 28 日 14:59（北京时间）截止).

Timing is kept apart from the criteria: a closed or future window never changes a criterion's status, it is said
beside it. Registration windows decide; a programme without one is dated by its activity windows (a campaign that
has ended). When registration has closed the line does not ask for facts any more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from engine.evaluate.result import CriterionResult, WindowResult
from engine.evaluate.status import STATUS_TEXT, ProgramStatus, Status, WindowState
from engine.facts.moments import moment, moment_text
from engine.i18n import Lang, Text

_SEP = " · "


@dataclass(frozen=True)
class Timing:
    """When the programme can be applied for: ``state`` is machine-readable, ``text`` is for people."""

    state: WindowState
    text: Text | None  # None: open with nothing to say


def _when(w: WindowResult, end: bool) -> Text:
    at = w.end if end else w.start
    assert at is not None
    return moment(at, w.zone)


def timing(windows: Sequence[WindowResult]) -> Timing | None:
    """The registration windows' state (any open wins, then the next to open); else the activity windows'."""
    for kind, words in (("registration", _REGISTRATION), ("activity", _ACTIVITY)):
        found = [w for w in windows if w.kind == kind]
        if not found:
            continue
        open_ = [w for w in found if w.state is WindowState.OPEN]
        if open_:
            ends = [w for w in open_ if w.end is not None]
            if kind != "registration" or not ends:
                return Timing(WindowState.OPEN, None)
            first = min(ends, key=lambda w: w.end)  # type: ignore[arg-type,return-value]
            return Timing(WindowState.OPEN, words["open"].fill(at=_when(first, True)))
        upcoming = [w for w in found if w.state is WindowState.UPCOMING and w.start is not None]
        if upcoming:
            first = min(upcoming, key=lambda w: w.start)  # type: ignore[arg-type,return-value]
            return Timing(WindowState.UPCOMING, words["upcoming"].fill(at=_when(first, False)))
        closed = [w for w in found if w.end is not None]
        if closed:
            last = max(closed, key=lambda w: w.end)  # type: ignore[arg-type,return-value]
            return Timing(WindowState.CLOSED, words["closed"].fill(at=_when(last, True)))
    return None


_REGISTRATION = {
    "open": Text(zh="报名截至 $at", en="registration open until $at"),
    "upcoming": Text(zh="报名 $at开始", en="registration opens $at"),
    "closed": Text(zh="报名已于 $at截止", en="registration closed $at"),
}
_ACTIVITY = {
    "open": Text(zh="", en=""),
    "upcoming": Text(zh="活动 $at开始", en="the campaign starts $at"),
    "closed": Text(zh="活动已于 $at结束", en="the campaign ended $at"),
}


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _titles(criteria: Sequence[CriterionResult], status: Status) -> list[Text]:
    return [c.title for c in criteria if c.severity == "required" and c.status is status]


def status_detail(status: ProgramStatus, criteria: Sequence[CriterionResult], missing: int) -> Text | None:
    """What decides the status: 1 项不满足：注册资本 / 还需 3 项信息 / 2 项需平台审核."""
    if status is ProgramStatus.NOT_ELIGIBLE:
        failed = _titles(criteria, Status.FAIL)
        shown = failed[:2]
        more = Text(zh="等", en=" and more") if len(failed) > 2 else Text(zh="", en="")
        n = len(failed)
        # titles that hold a comma of their own are set apart with a semicolon, so that each reads as one
        zh_sep = "；" if any(c in t.zh for t in shown for c in "，、") else "、"
        en_sep = "; " if any("," in t.en for t in shown) else ", "
        return Text(zh=f"{n} 项不满足：" + zh_sep.join(t.zh for t in shown) + more.zh,
                    en=f"{n} {_plural(n, 'requirement', 'requirements')} not met: "
                    + en_sep.join(t.en for t in shown) + more.en)
    if status is ProgramStatus.INCOMPLETE:
        if missing:
            return Text(zh=f"还需 {missing} 项信息", en=f"{missing} {_plural(missing, 'fact', 'facts')} to enter")
        n = len(_titles(criteria, Status.UNKNOWN))
        return Text(zh=f"{n} 项尚未到考核时点", en=f"{n} {_plural(n, 'target', 'targets')} not yet due")
    if status is ProgramStatus.REVIEW:
        n = len(_titles(criteria, Status.REVIEW))
        return Text(zh=f"{n} 项需平台审核", en=f"{n} to be reviewed by the platform")
    return None


def headline(status: ProgramStatus, criteria: Sequence[CriterionResult], missing: int,
             windows: Sequence[WindowResult]) -> Text:
    """符合条件 · 报名已于 2020 年 5 月 28 日 14:59（北京时间）截止 / Not eligible · 1 requirement not met: …"""
    rest = headline_detail(status, criteria, missing, windows)
    word = STATUS_TEXT[status.value]
    if not rest.zh:
        return word
    return Text(zh=word.zh + _SEP + rest.zh, en=word.en + _SEP + rest.en)


def headline_detail(status: ProgramStatus, criteria: Sequence[CriterionResult], missing: int,
                    windows: Sequence[WindowResult]) -> Text:
    """The headline after its status word (for a view that shows the status beside it); empty when eligible
    with nothing to say about time."""
    parts: list[Text] = []
    when = timing(windows)
    closed = when is not None and when.state is WindowState.CLOSED
    detail = status_detail(status, criteria, missing)
    if detail is not None and not (closed and status is ProgramStatus.INCOMPLETE):
        parts.append(detail)
    if when is not None and when.text is not None and when.text.zh:
        parts.append(when.text)
    return Text(zh=_SEP.join(p.zh for p in parts), en=_SEP.join(p.en for p in parts))


def _zoned(local: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(local) if local else None
    except ValueError:
        return None


def window_span(w: WindowResult, lang: Lang) -> str:
    """2020 年 5 月 18 日 15:00 至 2020 年 5 月 28 日 14:59（北京时间）, once per zone the programme shows; a window
    without a start reads 截至 …, one without an end 自 … 起."""
    spans = []
    for times in w.times:
        first, last = times.get("start"), times.get("end")
        zone = (first or last).zone if (first or last) else w.zone  # type: ignore[union-attr]
        start, end = (_zoned(t.local) if t is not None else None for t in (first, last))
        if start is not None and end is not None:
            begin, until = moment_text(start, lang, zone, named=False), moment_text(end, lang, zone)
            spans.append(f"{begin} 至 {until}" if lang == "zh" else f"{begin} to {until}")
        elif end is not None:
            spans.append(("截至 " if lang == "zh" else "until ") + moment_text(end, lang, zone))
        elif start is not None:
            text = moment_text(start, lang, zone)
            spans.append(f"自 {text}起" if lang == "zh" else f"from {text}")
    return ("；" if lang == "zh" else "; ").join(spans)
