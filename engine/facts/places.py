"""Places as places: free text or a chosen division resolved to a GB/T 2260 division, and compared as such.

``resolve`` reads 广州市天河区, 广东省深圳市南山区, 义乌, 浙江省义乌市, GUANGZHOU, "Guangzhou, Guangdong",
"Shen Zhen" or "Yiwu": Chinese names with or without 省/市/区/县, pinyin and English, in any order. Chinese
addresses run from the largest division to the smallest; once a city is settled, later names that do not fit
(a 北京路 in Shenzhen) are read as the street address. A text that names no division, or names several that
do not fit together, resolves to nothing: a rule on it stays unknown. ``Place`` is the value of a place chosen
from the divisions (its full Chinese name); ``PlaceText`` validates one at the profile model.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from engine.facts.divisions import Division, divisions

_CJK = re.compile(r"[\u3400-\u9fff]")
_NOISE = ("中华人民共和国", "中国大陆", "中国")
# A short name followed by one of these is a street, a road or a village, not the division (中山路, 南京街).
_STREET = set("路街道巷弄号桥村镇乡里苑园站厦楼")
_LATIN_STOP = {"city", "province", "district", "county", "prefecture", "municipality", "shi", "sheng", "qu",
               "china", "prc", "pr", "p", "r", "c", "the", "of", "autonomous", "region", "sar", "special",
               "administrative", "mainland", "new", "area", "zone"}
_LATIN_STREET = {"road", "rd", "street", "st", "avenue", "ave", "lu", "jie", "lane", "alley", "village"}


@dataclass(frozen=True)
class Resolution:
    """What a text names: the division (possibly only a province), or None with the reason."""

    division: Division | None
    reason: str = ""  # "empty", "unknown" (names no division), "ambiguous" (several that do not fit)


def _mentions_cjk(text: str) -> list[tuple[Division, ...]]:
    names = divisions().by_name
    longest = max(len(k) for k in names)
    out: list[tuple[Division, ...]] = []
    i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 1, -1):
            key = text[i:i + size]
            found = names.get(key)
            if not found:
                continue
            is_short = all(d.name != key for d in found)
            if is_short and i + size < len(text) and text[i + size] in _STREET:
                continue
            out.append(found)
            i += size
            break
        else:
            i += 1
    return out


def _latin(key: str) -> tuple[Division, ...] | None:
    table = divisions()
    return table.by_latin.get(key) or table.by_latin_other.get(key)


def _mentions_latin(text: str) -> list[tuple[Division, ...]]:
    tokens = [t for t in re.findall(r"[a-z]+", text.lower()) if t not in _LATIN_STOP]
    out: list[tuple[Division, ...]] = []
    i = 0
    while i < len(tokens):
        for size in range(min(4, len(tokens) - i), 0, -1):
            found = _latin("".join(tokens[i:i + size]))
            if found:
                if i + size < len(tokens) and tokens[i + size] in _LATIN_STREET:
                    continue
                out.append(found)
                i += size
                break
        else:
            i += 1
    return out


def _deeper(a: Division, b: Division) -> Division | None:
    """The more specific of two divisions on one line of descent, or None when they are not."""
    table = divisions()
    if table.within(a, b):
        return a
    if table.within(b, a):
        return b
    return None


def _common(found: set[Division]) -> Division | None:
    table = divisions()
    chains = [table.chain(d) for d in found]
    common = None
    for level in zip(*chains, strict=False):
        if len(set(level)) != 1:
            break
        common = level[0]
    return common


def _only_city(found: set[Division]) -> Division | None:
    """Among divisions of one name and none a province, the one city: Yiwu is 义乌市 rather than 伊吾县, Xian is
    西安市 rather than a 西安区. None while a province or several cities share the name (吉林, Taizhou)."""
    table = divisions()
    if any(d.level == 1 for d in found):
        return None
    cities = [d for d in found if table.city_of(d) is d]
    return cities[0] if len(cities) == 1 else None


def resolve(text: str | None) -> Resolution:
    if text is None or not text.strip():
        return Resolution(None, "empty")
    clean = unicodedata.normalize("NFKC", text).strip()
    for noise in _NOISE:
        clean = clean.replace(noise, "")
    cjk = re.sub(r"\s+", "", "".join(ch for ch in clean if _CJK.match(ch) or ch.isspace()))
    latin = _CJK.sub(" ", clean)
    in_chinese = _mentions_cjk(cjk)
    current: set[Division] | None = None
    for i, found in enumerate(in_chinese + _mentions_latin(latin)):
        if current is None:
            current = set(found)
            continue
        merged = {d for a in current for b in found if (d := _deeper(a, b)) is not None}
        if merged:
            current = merged
            continue
        settled = len(current) == 1 and divisions().city_of(next(iter(current))) is not None
        if settled and i < len(in_chinese):
            break  # the rest of a Chinese address is the street
        return Resolution(None, "ambiguous")
    if not current:
        return Resolution(None, "unknown")
    if len(current) == 1:
        return Resolution(next(iter(current)))
    city = _only_city(current)
    if city is not None:
        return Resolution(city)
    common = _common(current)
    return Resolution(common, "" if common is not None else "ambiguous")


class Place(str):
    """A place chosen from the divisions: its full Chinese name (浙江省金华市义乌市)."""

    __slots__ = ()

    @property
    def division(self) -> Division | None:
        return resolve(self).division

    def label(self, lang: str) -> str:
        div = self.division
        if div is None or lang == "zh":
            return str(self)
        return divisions().english_name(div)


def as_place(text: Any) -> Place | None:
    """A chosen or typed place as its full Chinese name; anything that is not one division is refused."""
    if text is None or isinstance(text, Place):
        return text
    if not str(text).strip():
        return None  # blank is unknown, as for every fact
    res = resolve(str(text))
    if res.division is None:
        raise PydanticCustomError("place_unknown", "not a place in China's administrative divisions: {text}",
                                  {"text": str(text)})
    return Place(divisions().full_name(res.division))


PlaceText = Annotated[str | None, AfterValidator(as_place)]
