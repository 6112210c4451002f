"""China's administrative divisions (GB/T 2260): provinces, prefecture-level and county-level divisions.

The table is ``resources/places/divisions.tsv`` (rebuilt by ``scripts/refresh_divisions.py`` from the National
Bureau of Statistics' division codes); it is read once, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from engine.resources import resource_path

# Province-level cities and the special administrative regions: the province is also the city.
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000", "810000", "820000"})


@dataclass(frozen=True)
class Division:
    code: str  # six digits
    parent: str  # "" for a province
    name: str  # official name, e.g. 义乌市
    short: str  # without its suffix where two characters or more remain, e.g. 义乌
    english: str  # e.g. Yiwu
    latin: tuple[str, ...]  # lower-case keys without spaces: English name, pinyin
    latin_other: tuple[str, ...]  # other readings of characters with several, tried only when no key matches

    @property
    def level(self) -> int:
        """1 province, 2 prefecture-level division, 3 county-level division."""
        if not self.parent:
            return 1
        return 2 if self.code.endswith("00") and self.parent.endswith("0000") else 3


@dataclass(frozen=True)
class Divisions:
    by_code: dict[str, Division]
    by_name: dict[str, tuple[Division, ...]]  # official and short names
    by_latin: dict[str, tuple[Division, ...]]
    by_latin_other: dict[str, tuple[Division, ...]]
    children: dict[str, tuple[Division, ...]]

    def chain(self, div: Division) -> list[Division]:
        """The division and its ancestors, province first."""
        out = [div]
        while out[0].parent:
            out.insert(0, self.by_code[out[0].parent])
        return out

    def within(self, div: Division, area: Division) -> bool:
        return area in self.chain(div)

    def city_of(self, div: Division) -> Division | None:
        """The city a division belongs to: a prefecture-level city, a county-level city (义乌), a county-level
        division under a province directly (仙桃, 神农架), or a municipality (北京); None for a province."""
        if div.level == 1:
            return div if div.code in MUNICIPALITIES else None
        if div.level == 2:
            return div
        if div.parent in MUNICIPALITIES:
            return self.by_code[div.parent]
        if div.name.endswith("市") or self.by_code[div.parent].level == 1:
            return div
        return self.by_code[div.parent]

    def full_name(self, div: Division) -> str:
        """The name as an address writes it: 浙江省金华市义乌市, 北京市朝阳区."""
        return "".join(d.name for d in self.chain(div))

    def english_name(self, div: Division) -> str:
        """Smallest first, as English addresses write it: Yiwu, Jinhua, Zhejiang."""
        return ", ".join(d.english for d in reversed(self.chain(div)))

    def cities(self, province: Division) -> list[Division]:
        """What a merchant picks as the city of a province: its prefecture-level divisions and, under each, its
        county-level cities; a province's directly administered county-level divisions; the municipality itself."""
        if province.code in MUNICIPALITIES:
            return [province]
        out: list[Division] = []
        for child in self.children.get(province.code, ()):
            if child.level == 2:
                out.append(child)
                out += [d for d in self.children.get(child.code, ()) if self.city_of(d) is d]
            else:
                out.append(child)
        return out


def _add(index: dict[str, list[Division]], key: str, div: Division) -> None:
    bucket = index.setdefault(key, [])
    if div not in bucket:
        bucket.append(div)


@cache
def divisions() -> Divisions:
    by_code: dict[str, Division] = {}
    names: dict[str, list[Division]] = {}
    latin: dict[str, list[Division]] = {}
    other: dict[str, list[Division]] = {}
    children: dict[str, list[Division]] = {}
    text = resource_path("places", "divisions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, parent, name, short, english, keys, more = line.split("\t")
        div = Division(code, parent, name, short, english, tuple(keys.split(",")), tuple(filter(None, more.split(","))))
        by_code[code] = div
        _add(names, name, div)
        if len(short) >= 2:
            _add(names, short, div)
        for key in div.latin:
            _add(latin, key, div)
        for key in div.latin_other:
            _add(other, key, div)
        if parent:
            children.setdefault(parent, []).append(div)
    return Divisions(by_code, {k: tuple(v) for k, v in names.items()}, {k: tuple(v) for k, v in latin.items()},
                     {k: tuple(v) for k, v in other.items()}, {k: tuple(v) for k, v in children.items()})
