"""Frozen smoke test: build the PyInstaller bundle from build.spec and run both executables.

Takes a minute or more (the build), so the default run deselects it (``-m "not frozen"`` in pyproject);
.ci/run runs it as a second step: ``pytest -m frozen``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from reports_support import pdf_chars

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "ningbo-machinery.json"
PROGRAM = "icbu-2020-06-online-fair-live"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
         "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    elapsed = time.monotonic() - started
    assert proc.returncode == 0, f"pyinstaller failed ({elapsed:.0f}s):\n{proc.stderr[-4000:]}"
    print(f"\nbundle built in {elapsed:.1f}s")
    folder = tmp / "dist" / "eligibility-checker"
    assert folder.is_dir(), f"no bundle folder in {sorted(p.name for p in (tmp / 'dist').iterdir())}"
    return folder


@pytest.fixture
def frozen_env(tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Never touch the real user data folder from a test, whatever the app does without --data-dir.
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg-config")
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the source tree
    return env


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_gui_self_test(bundle, frozen_env, tmp_path):
    exe = bundle / f"eligibility-checker{EXE_SUFFIX}"
    assert exe.is_file()
    proc = run(exe, "--self-test", "--data-dir", str(tmp_path / "data"), env=frozen_env, cwd=tmp_path)
    assert proc.returncode == 0, f"self-test failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"


def test_cli_check_reports_eligible(bundle, frozen_env, tmp_path):
    exe = bundle / f"eligibility-cli{EXE_SUFFIX}"
    proc = run(exe, "check", str(EXAMPLE), "--program", PROGRAM, "--as-of", "2020-05-20", "--format", "json",
               env=frozen_env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    (result,) = report["results"]
    assert result["program"] == PROGRAM
    assert result["status"] == "eligible"
    assert result["criteria"] and all(c["status"] == "pass" for c in result["criteria"]
                                       if c["severity"] == "required")


def test_cli_report_with_pdf_starts_qt_on_demand(bundle, frozen_env, tmp_path):
    """The CLI executable defers Qt's set-up (packaging/rthooks/lazy_pyside6.py); a PDF needs it."""
    exe = bundle / f"eligibility-cli{EXE_SUFFIX}"
    out, pdf = tmp_path / "report.xlsx", tmp_path / "report.pdf"
    proc = run(exe, "--lang", "zh", "report", str(EXAMPLE), "--program", PROGRAM, "--as-of", "2020-05-20",
               "--out", str(out), "--pdf", str(pdf), env=frozen_env, cwd=tmp_path)
    assert proc.returncode == 0, f"{proc.stdout}\n{proc.stderr}"
    assert out.read_bytes()[:2] == b"PK"
    data = pdf.read_bytes()
    assert data[:5] == b"%PDF-" and pdf.stat().st_size > 5000
    # the bundled font is shipped, found and embedded; the Chinese text can be extracted
    assert b"EligibilitySansSC-Regular" in data and b"/FontFile2" in data
    assert set("资格自查报告宁波") <= pdf_chars(data)


def test_cli_bad_input_exits_2(bundle, frozen_env, tmp_path):
    exe = bundle / f"eligibility-cli{EXE_SUFFIX}"
    proc = run(exe, "check", str(tmp_path / "missing.json"), env=frozen_env, cwd=tmp_path)
    assert proc.returncode == 2
    assert "error" in proc.stderr


def test_frozen_version_and_programmes_match_the_source(bundle, frozen_env, tmp_path):
    exe = bundle / f"eligibility-cli{EXE_SUFFIX}"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    proc = run(exe, "--version", env=frozen_env, cwd=tmp_path)
    assert proc.stdout.strip() == f"eligibility-cli {version}"
    proc = run(exe, "programs", "--format", "json", env=frozen_env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    shipped = sorted(p.stem for p in (ROOT / "resources" / "packs").glob("*.yaml"))
    assert sorted(item["id"] for item in json.loads(proc.stdout)) == shipped


def test_bundle_contents(bundle):
    internal = bundle / "_internal"
    resources = internal / "resources"
    assert sorted(p.name for p in (resources / "packs").glob("*.yaml")) == \
        sorted(p.name for p in (ROOT / "resources" / "packs").glob("*.yaml"))
    assert (resources / "icons" / "app.png").is_file()
    assert (resources / "fonts" / "EligibilitySansSC-Regular.ttf").stat().st_size == \
        (ROOT / "resources" / "fonts" / "EligibilitySansSC-Regular.ttf").stat().st_size
    assert "SIL OPEN FONT LICENSE" in (resources / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert not (resources / "cases").exists(), "test cases are not shipped"
    if sys.platform == "darwin":  # the .app the disk image ships, with both programs inside
        macos = bundle.parent / "MerchantEligibilityChecker.app" / "Contents" / "MacOS"
        assert (macos / "eligibility-checker").is_file() and (macos / "eligibility-cli").is_file()
    source_qm = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*.qm"))
    assert sorted(p.relative_to(internal).as_posix() for p in resources.rglob("*.qm")) == source_qm
    for dev_only in ("hypothesis", "mypy", "pytest", "_pytest"):
        assert not (internal / dev_only).exists(), f"{dev_only} is bundled"
    qt = internal / "PySide6"
    assert not list(qt.glob("QtNetwork*")) and not list(qt.glob("QtQml*")) and not list(qt.glob("QtWebEngine*"))
    qt_data = qt if sys.platform == "win32" else qt / "Qt"  # PySide6's own layout: no Qt/ folder on Windows
    translations = {p.name for p in (qt_data / "translations").glob("*.qm")}
    assert "qtbase_zh_CN.qm" in translations and "qtbase_de.qm" not in translations
