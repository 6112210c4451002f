"""Pack files for the tests, made from the worked example of docs/authoring.md (a fictional programme)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from engine.packs.bundle import bundle_bytes, read_bundle

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "fixtures" / "packs" / "example-spring-showcase"
EXAMPLE_ID = "example-spring-showcase-2031"
BJ = ZoneInfo("Asia/Shanghai")
DURING = datetime(2031, 3, 10, 10, 0, tzinfo=BJ)  # registration of the first edition is open

Edit = Callable[[str], str]


def example_files() -> dict[str, bytes]:
    return dict(read_bundle(EXAMPLE).files)


def make_pack(folder: Path, name: str = "example.mecpack", *, pack: Edit | None = None, cases: Edit | None = None,
              extra: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> Path:
    """A pack file from the example, its pack.yaml and cases.yaml passed through the edits."""
    files = example_files()
    if pack is not None:
        files["pack.yaml"] = pack(files["pack.yaml"].decode("utf-8")).encode("utf-8")
    if cases is not None:
        files["cases.yaml"] = cases(files["cases.yaml"].decode("utf-8")).encode("utf-8")
    files.update(extra or {})
    for gone in drop:
        files.pop(gone)
    path = folder / name
    path.write_bytes(bundle_bytes(files))
    return path


def second_edition(folder: Path, name: str = "example-v2.mecpack", *, version: str = "2031.08.1",
                   published: str = "2031-08-01") -> Path:
    """The next season's edition: published 1 Aug 2031, registered capital 1,000,000 (so 500,000 now fails)."""

    def pack(text: str) -> str:
        return (text.replace('version: "2031.01.1"', f'version: "{version}"')
                .replace("  published: 2031-01-15", f"  published: {published}")
                .replace("value: 500000", "value: 1000000"))

    def cases(text: str) -> str:
        return (text.replace("registered_capital_cny: 500000,", "registered_capital_cny: 1000000,")
                .replace("registered_capital_cny: 499999.99", "registered_capital_cny: 999999.99"))

    return make_pack(folder, name, pack=pack, cases=cases)


def registry_at(data: Path):
    from engine.packs import load_registry

    return load_registry(data)


def installed_dirs(data: Path) -> list[str]:
    folder = data / "packs"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []
