"""Fast checks of what build.spec is made of (no build): metadata, launchers, version resource, icons, excludes."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import struct
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_project_module():
    # Same loading as build.spec: "packaging" would otherwise be the PyPI project of that name.
    spec = importlib.util.spec_from_file_location("mec_build_project_test", ROOT / "packaging" / "project.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


P = _load_project_module()
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_project_facts_come_from_pyproject():
    project = P.load_project(ROOT)
    assert project.name == PYPROJECT["name"] == "merchant-eligibility-checker"
    assert project.version == PYPROJECT["version"]
    assert project.gui_entry == PYPROJECT["gui-scripts"]["eligibility-checker"]
    assert project.cli_entry == PYPROJECT["scripts"]["eligibility-cli"]


def test_installed_metadata_matches_pyproject():
    # build.spec refuses to build when they differ: the frozen app reports the bundled metadata's version.
    assert metadata.version(PYPROJECT["name"]) == PYPROJECT["version"]


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4)), ("2.0rc1", (2, 0, 0, 0)), ("3", (3, 0, 0, 0))],
)
def test_version_tuple_for_windows(version, expected):
    project = P.Project("x", version, "d", "a:b", "c:d")
    assert project.version_tuple == expected


def test_version_tuple_rejects_versions_without_numbers():
    with pytest.raises(ValueError):
        _ = P.Project("x", "dev", "d", "a:b", "c:d").version_tuple


@pytest.mark.parametrize("exe", ["eligibility-checker", "eligibility-cli"])
def test_launchers_import_the_real_entry_points(tmp_path, exe):
    project = P.load_project(ROOT)
    scripts = P.write_launchers(project, tmp_path)
    namespace: dict[str, object] = {"__name__": "launcher_under_test"}
    exec(compile(scripts[exe].read_text(encoding="utf-8"), str(scripts[exe]), "exec"), namespace)
    entry = project.gui_entry if exe == "eligibility-checker" else project.cli_entry
    module, _, func = entry.partition(":")
    assert namespace["_main"] is getattr(importlib.import_module(module), func)


@pytest.mark.parametrize("entry", ["", "engine.cli.main", "engine.cli.main:", "os; rm -rf /:main", "a:b()"])
def test_launcher_rejects_malformed_entry_points(entry):
    with pytest.raises(ValueError):
        P.launcher_source(entry)


def test_windows_version_resource_is_generated_from_metadata():
    project = P.load_project(ROOT)
    text = P.version_resource(project, "eligibility-cli")

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]
    # The text form is what PyInstaller eval()s on Windows; evaluate it with recording stand-ins here.
    info = eval(text, {name: record(name) for name in names})
    kind, _, kwargs = info
    assert kind == "VSVersionInfo"
    assert kwargs["ffi"][2]["filevers"] == project.version_tuple
    strings = {s[1][0]: s[1][1] for s in kwargs["kids"][0][1][0][0][1][1]}
    assert strings["ProductVersion"] == project.version
    assert strings["OriginalFilename"] == "eligibility-cli.exe"
    assert strings["ProductName"] == "Merchant Eligibility Checker"


def test_macos_info_plist():
    plist = P.info_plist(P.load_project(ROOT))
    assert plist["CFBundleShortVersionString"] == PYPROJECT["version"]
    assert plist["NSHighResolutionCapable"] is True


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_exist_in_every_platform_format():
    icons = ROOT / "resources" / "icons"
    assert _png_size((icons / "app.png").read_bytes()) == (256, 256)
    ico = (icons / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    dims = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= dims
    icns = (icons / "app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"ic07" in icns


def _imported_modules(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
                if node.module == "PySide6":
                    found.update(f"PySide6.{alias.name}" for alias in node.names)
    return found


def test_excluded_modules_are_not_used_by_the_app():
    used = _imported_modules(ROOT / "gui") | _imported_modules(ROOT / "engine")
    excluded = set(P.QT_EXCLUDES) | set(P.PY_EXCLUDES)
    assert not (used & excluded), f"build.spec excludes modules the app imports: {sorted(used & excluded)}"
    assert "PySide6.QtWidgets" not in excluded and "PySide6.QtPrintSupport" not in excluded


def test_spec_uses_the_shared_project_module():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'packaging" / "project.py"' in spec
    assert "console=False" in spec and "console=True" in spec and "upx=True" not in spec
    assert "onefile" not in spec and "BUNDLE(" in spec
