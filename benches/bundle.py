"""The Linux onedir bundle: its size, and its start-up against the same start from the source tree.

    python benches/bundle.py [--dist DIR] [--runs 7]

Builds the bundle from build.spec into a temporary folder unless --dist points at an existing
``eligibility-checker`` folder. Start-up is compared on equal work, interleaved, medians:
  GUI: ``eligibility-checker --self-test`` (load packs and translation, open the data, build the window)
       vs ``python -m gui.app --self-test``
  CLI: ``eligibility-cli check <example> --format json`` vs the same entry point run from source
Target: frozen <= 1.2x source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from _common import ROOT, exit_code, verdict

EXAMPLE = ROOT / "resources" / "examples" / "ningbo-machinery.json"


def cli_entry() -> str:
    """The installed eligibility-cli entry point, as pyproject.toml declares it (what the bundle runs)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["scripts"]["eligibility-cli"])


def build(tmp: Path) -> Path:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
                           "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "build")],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"pyinstaller failed:\n{proc.stderr[-3000:]}")
    print(f"bundle: built in {time.perf_counter() - t0:.0f} s")
    return tmp / "dist" / "eligibility-checker"


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed


def compare(name: str, frozen: list[str], source: list[str], env: dict[str, str], runs: int) -> None:
    timed(frozen, env), timed(source, env)  # warm the page cache and the data folder
    f_t, s_t = [], []
    for _ in range(runs):
        f_t.append(timed(frozen, env))
        s_t.append(timed(source, env))
    f_ms, s_ms = statistics.median(f_t) * 1000, statistics.median(s_t) * 1000
    print(f"  {name}: frozen median {f_ms:.0f} ms, source median {s_ms:.0f} ms")
    verdict(f"{name} start-up, frozen vs source", f_ms / s_ms <= 1.2, f"{f_ms / s_ms:.2f}x (target <= 1.2x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, help="an existing dist/eligibility-checker folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bundle = args.dist or build(tmp)
        size, count = folder_size(bundle)
        internal = bundle / "_internal"
        qt_size = folder_size(internal / "PySide6")[0] if (internal / "PySide6").is_dir() else 0
        print(f"  size: {size / 1e6:.0f} MB in {count:,} files (Qt: {qt_size / 1e6:.0f} MB)")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
                   XDG_DATA_HOME=str(tmp / "data"), XDG_STATE_HOME=str(tmp / "state"))
        env.pop("PYTHONPATH", None)
        data = str(tmp / "merchants")
        compare("GUI --self-test", [str(bundle / "eligibility-checker"), "--self-test", "--data-dir", data],
                [sys.executable, "-m", "gui.app", "--self-test", "--data-dir", data], env, args.runs)
        check = ["check", str(EXAMPLE), "--program", "icbu-2020-06-online-fair-live", "--as-of", "2020-05-20",
                 "--format", "json"]
        module, _, func = cli_entry().partition(":")
        source_cli = [sys.executable, "-c", f"import sys; from {module} import {func}; sys.exit({func}())"]
        compare("CLI check", [str(bundle / "eligibility-cli"), *check], [*source_cli, *check], env, args.runs)
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
