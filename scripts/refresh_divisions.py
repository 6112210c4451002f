"""Rebuild resources/places/divisions.tsv from the GB/T 2260 administrative divisions.

The divisions come from the dataset "Administrative-divisions-of-China" (github modood, WTFPL licence), which
publishes the National Bureau of Statistics' division codes (统计用区划代码) as CSV. Download its release
(dist/provinces.csv, dist/cities.csv, dist/areas.csv) into a folder and run:

    pip install '.[data]'          # pypinyin, for the pinyin of every name
    python scripts/refresh_divisions.py FOLDER --as-of 2023-06-30

The output keeps one row per province, prefecture-level division and county-level division: code, parent code,
official name, short name (without 省/市/区/县/自治区... where two characters or more remain), an English
name (the pinyin, or the conventional spelling below) and the Latin keys a merchant may type (English name,
pinyin). Prefecture placeholders (市辖区, 县, 省直辖县级行政区划) are dropped: their counties hang off the
province. Hong Kong, Macao and Taiwan are added with their GB/T 2260 codes, as provinces without subdivisions.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

OUT = Path(__file__).resolve().parent.parent / "resources" / "places" / "divisions.tsv"

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
EXTRA_PROVINCES = [("710000", "台湾省"), ("810000", "香港特别行政区"), ("820000", "澳门特别行政区")]
# English names that are not the pinyin of the short name (postal and customary spellings).
ENGLISH = {
    "610000": "Shaanxi", "150000": "Inner Mongolia", "540000": "Tibet", "810000": "Hong Kong",
    "820000": "Macao", "150100": "Hohhot", "650100": "Urumqi", "540100": "Lhasa", "653101": "Kashgar",
    "140400": "Changzhi", "211300": "Chaoyang", "211321": "Chaoyang",
}
LATIN_ALIASES = {"820000": ["macau"]}
ETHNIC = ("蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|"
          "景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|"
          "裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各")
AUTONOMOUS = re.compile(rf"(?:(?:{ETHNIC})族)*自治(?:区|州|县|旗)$")
SUFFIXES = ("特别行政区", "林区", "新区", "地区", "矿区", "省", "市", "区", "县", "旗", "盟")


def short_name(name: str) -> str:
    stripped = AUTONOMOUS.sub("", name)
    if stripped != name and len(stripped) >= 2:
        return stripped
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _syllables(name: str, short: str) -> list[str]:
    """The short name's pinyin, read within the full name (朝阳区 is chao yang, not zhao yang)."""
    return lazy_pinyin(name)[: len(short)] if name.startswith(short) else lazy_pinyin(short)


def english(code: str, name: str, short: str) -> str:
    return ENGLISH.get(code) or "".join(_syllables(name, short)).capitalize()


def _clean(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(k.lower() for k in keys if k.isascii() and k.isalpha()))


def latin_keys(code: str, name: str, short: str) -> tuple[list[str], list[str]]:
    """Lower-case keys without spaces: the English name, the pinyin and any alias; then, as second choices, the
    other readings of characters with several (长治 is read zhang or chang; up to 16 combinations), used only
    when a text matches no first choice (so 横州 read guangzhou never competes with 广州)."""
    english_key = re.sub(r"[^a-z]", "", english(code, name, short).lower())
    if code == "610000":  # 陕西 and 山西 share the pinyin "shanxi"; 陕西 is written Shaanxi
        return [english_key], []
    first = _clean([english_key, "".join(_syllables(name, short)), *LATIN_ALIASES.get(code, [])])
    combos = [""]
    for options in pinyin(short, style=Style.NORMAL, heteronym=True):
        combos = [c + o for c in combos for o in options][:16]
    return first, [k for k in _clean(combos) if k not in first]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build(folder: Path) -> list[tuple[str, ...]]:
    found: list[tuple[str, str, str]] = []  # code, parent, name
    for row in _rows(folder / "provinces.csv"):
        found.append((row["code"] + "0000", "", row["name"]))
    found += [(code, "", name) for code, name in EXTRA_PROVINCES]
    placeholder: set[str] = set()
    for row in _rows(folder / "cities.csv"):
        if row["name"] in PLACEHOLDERS:
            placeholder.add(row["code"])
            continue
        found.append((row["code"] + "00", row["provinceCode"] + "0000", row["name"]))
    for row in _rows(folder / "areas.csv"):
        if row["code"] == row["cityCode"] + "00":
            continue  # 东莞, 中山, 儋州: cities without counties list themselves again as their county
        parent = row["provinceCode"] + "0000" if row["cityCode"] in placeholder else row["cityCode"] + "00"
        found.append((row["code"], parent, row["name"]))
    rows = []
    for code, parent, name in found:
        short = short_name(name)
        first, second = latin_keys(code, name, short)
        rows.append((code, parent, name, short, english(code, name, short), ",".join(first), ",".join(second)))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder holding provinces.csv, cities.csv and areas.csv")
    parser.add_argument("--as-of", required=True, help="the dataset's cut-off date, written into the header")
    args = parser.parse_args()
    rows = build(args.folder)
    header = (f"# GB/T 2260 divisions as published by the National Bureau of Statistics, cut-off {args.as_of};\n"
              "# built by scripts/refresh_divisions.py. Columns: code, parent, name, short, English,\n"
              "# Latin keys, second-choice Latin keys.\n")
    body = "".join("\t".join(row) + "\n" for row in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} divisions -> {OUT}")


if __name__ == "__main__":
    main()
