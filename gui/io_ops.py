"""Reading and writing files for the window: profile JSON, Excel intake sheets and reports. No widgets here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the profile models are imported where used, after the window's first paint
    from engine.facts import MerchantProfile

SUPPORTED = (".json", ".xlsx")


class ImportProblem(Exception):
    """A file could not be imported; ``str()`` says which and why (in English); ``zh`` in Chinese."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.zh = zh

    def message(self, lang: str) -> str:
        return self.zh if lang == "zh" else str(self)


def read_profiles(path: Path) -> list[MerchantProfile]:
    """Profiles in a .json file (one profile or a list) or an .xlsx intake sheet."""
    from engine.facts import ProfileInvalid, parse_profile

    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ImportProblem(f"{path.name}: not a readable JSON file ({exc})",
                                f"{path.name}：不是可读取的 JSON 文件（{exc}）") from None
        items = _entries(data)
        out = []
        for number, item in enumerate(items, 1):
            try:
                out.append(parse_profile(item))
            except ProfileInvalid as exc:
                where = f" #{number}" if len(items) > 1 else ""
                raise ImportProblem(f"{path.name}{where}: {exc.message('en')}",
                                    f"{path.name}{where}:{exc.message('zh')}") from None
        return out
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raise ImportProblem(f"{path.name}: only .json and .xlsx files can be imported",
                        f"{path.name}:只能导入 .json 和 .xlsx 文件")


def _entries(data: Any) -> list[Any]:
    """A bare profile, a list of them, or the store's export document (``format_version`` with ``profile`` or
    ``profiles``)."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and "format_version" in data:
        if "profiles" in data and isinstance(data["profiles"], list):
            return [e.get("profile", e) if isinstance(e, dict) else e for e in data["profiles"]]
        return [data.get("profile")]
    return [data]


def _read_xlsx(path: Path) -> list[MerchantProfile]:
    try:
        from engine.reports.intake import read_intake
    except ImportError:
        raise ImportProblem(f"{path.name}: this version cannot read Excel intake sheets yet",
                            f"{path.name}：此版本暂不能读取 Excel 采集表") from None
    try:
        result = read_intake(path)
    except Exception as exc:
        msg = getattr(exc, "message", None)
        raise ImportProblem(msg("en") if msg else str(exc), msg("zh") if msg else str(exc)) from None
    if result.problems:
        shown = result.problems[:20]
        more = len(result.problems) - len(shown)
        en = "\n".join(p.message("en") for p in shown) + (f"\n… and {more} more" if more else "")
        zh = "\n".join(p.message("zh") for p in shown) + (f"\n……另有 {more} 处" if more else "")
        raise ImportProblem(f"{path.name}: nothing imported\n{en}", f"{path.name}:未导入\n{zh}")
    return list(result.profiles)


def write_profile_json(path: Path, profile: MerchantProfile) -> Path:
    """Write atomically: a temporary file next to the target, then replace."""
    text = profile.model_dump_json(indent=2, exclude_none=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
