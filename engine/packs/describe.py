"""An edition described for people, in both languages: when it is in force, where it came from, its source."""

from __future__ import annotations

from engine.groups import GROUPS
from engine.i18n import Text
from engine.packs.registry import Edition
from engine.rules.pack import Window
from engine.when import day_text, moment_text


def period_text(edition: Edition) -> Text:
    """"2021 年 8 月 10 日起" / "from 10 Aug 2021", with the edition that takes over, if any."""
    period = edition.period
    if period.never:
        return Text(zh=f"从未生效（由 {period.superseded_by} 版完全取代）",
                    en=f"never in force (replaced entirely by edition {period.superseded_by})")
    start = day_text(period.start.date()) if period.start else None
    begin = Text(zh=f"{start.zh}起", en=f"from {start.en}") if start else Text(zh="一直适用", en="from the start")
    if period.end is None:
        return begin
    end = day_text(period.end.date())
    return Text(zh=f"{begin.zh}，{end.zh}起由 {period.superseded_by} 版取代",
                en=f"{begin.en}; edition {period.superseded_by} applies from {end.en}")


def kind_text(edition: Edition) -> Text:
    return Text(zh="随软件提供", en="bundled") if not edition.added else Text(zh="已添加", en="added")


def platform_text(platform: str) -> Text:
    names = GROUPS.get(platform)
    return Text(zh=names[0], en=names[1]) if names else Text(zh=platform, en=platform)


def source_text(edition: Edition) -> Text:
    """The source document: title, publisher and date."""
    source = edition.pack.source
    day = source.published or source.effective
    when = day_text(day) if day else None
    return Text(
        zh=f"{source.title.zh}，{source.publisher.zh}" + (f"，{when.zh}" if when else ""),
        en=f"{source.title.en}, {source.publisher.en}" + (f", {when.en}" if when else ""),
    )


def window_text(window: Window) -> Text:
    """"报名时间：2031 年 3 月 1 日 00:00（北京时间）至 ..." in the window's own zone."""
    start = moment_text(window.start, window.zone) if window.start else None
    end = moment_text(window.end, window.zone) if window.end else None
    if start and end:
        return Text(zh=f"{window.title.zh}：{start.zh}至 {end.zh}", en=f"{window.title.en}: {start.en} to {end.en}")
    if end:
        return Text(zh=f"{window.title.zh}：截至 {end.zh}", en=f"{window.title.en}: until {end.en}")
    assert start is not None
    return Text(zh=f"{window.title.zh}：{start.zh}起", en=f"{window.title.en}: from {start.en}")
