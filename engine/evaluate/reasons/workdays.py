"""Working days: which calendar counted them, and where its data ran out.

A deadline in working days says how they were counted (中国大陆法定节假日与调休 / mainland China's public holidays
and make-up working days, with the years the data covers); a day beyond the data is counted Monday to Friday,
and the text says from which day and asks the merchant to check the platform's notice.
"""

from __future__ import annotations

from datetime import date

from engine.facts.moments import day
from engine.i18n import Text


def calendar_words(calendar: str, years: tuple[int, int], beyond: date | None) -> Text:
    """The note a working-day deadline carries: the calendar used, or Monday to Friday."""
    if calendar != "cn_mainland":
        return Text(zh="工作日按周一至周五计算（不计法定节假日）",
                    en="working days counted Monday to Friday (public holidays not known)")
    first, last = years
    if beyond is not None:
        when = day(beyond)
        return Text(zh=f"中国大陆节假日与调休数据只到 {last} 年；{when.zh}起按周一至周五计算，请以平台通知为准",
                    en=f"mainland China's holiday data ends with {last}; from {when.en} days are counted Monday to "
                       "Friday, so check the platform's notice")
    return Text(zh=f"工作日按中国大陆法定节假日与调休计算（{first}—{last} 年数据）",
                en=f"working days counted with mainland China's public holidays and make-up working days "
                   f"({first}–{last} data)")
