"""End to end under a real X server (Xvfb, xcb): the app started from its entry point, driven with real key,
mouse and wheel events (xdotool), saved, quit, started again with the installed ``eligibility-checker`` script,
and the stored profile checked value by value.

Marked ``xvfb`` (the default run deselects it; ``.ci/run`` runs ``pytest -m xvfb`` with Xvfb and xdotool
installed). Needs the ``Xvfb`` and ``xdotool`` programs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from engine.facts import fact_specs, get_fact
from engine.store import open_store

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.xvfb


@pytest.fixture
def display(tmp_path):
    """A private X server (Xvfb picks a free display number and tells it through a pipe) at 1366 x 768."""
    for program in ("Xvfb", "xdotool"):
        assert shutil.which(program), f"{program} is needed for this test (apt-get install xvfb xdotool)"
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _env(tmp_path, display):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path / "home"),
               **{f"XDG_{kind}_HOME": str(tmp_path / kind) for kind in ("CONFIG", "DATA", "STATE", "CACHE")})
    return env


def _script() -> str:
    found = Path(sys.executable).parent / ("eligibility-checker.exe" if os.name == "nt" else "eligibility-checker")
    assert found.exists(), "install the project (pip install -e .) so that the eligibility-checker script exists"
    return str(found)


def test_type_wheel_save_quit_restart_and_find_every_value(tmp_path, display):
    data, report_file = tmp_path / "data", tmp_path / "report.json"
    env = _env(tmp_path, display)
    first = subprocess.run([sys.executable, str(ROOT / "tests" / "xvfb_driver.py"), str(data), str(report_file)],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert first.returncode == 0, (report, first.stderr[-3000:])
    assert report["wheeled_combo"] == "Unknown"  # the wheel did not answer the question...
    assert report["scroll_after"] > report["scroll_before"]  # ...it scrolled the page
    assert report["capital_note"] == "= 5,000,000"
    assert report["date_text"] == "2015-03-18"
    assert report["results"] == 12 and report["modified"] is False and report["title"].startswith("Wheel Trading")

    # Started again, now with the installed script; it opens on the merchant just saved.
    again = subprocess.Popen([_script(), "--data-dir", str(data), "--lang", "en"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Wheel Trading"],
                               env=env, capture_output=True, text=True, timeout=60)
        assert found.returncode == 0 and found.stdout.strip(), found.stderr
        window = found.stdout.split()[0]
        time.sleep(1.0)  # the rules load after the first paint
        for command in (["mousemove", "--window", window, "200", "200"], ["windowfocus", "--sync", window],
                        ["key", "ctrl+q"]):  # real key events (XTest) to the focused window
            subprocess.run(["xdotool", *command], env=env, check=True, timeout=20)
        assert again.wait(timeout=60) == 0, again.stderr
    finally:
        if again.poll() is None:
            again.kill()

    with open_store(data) as store:
        stored = next(s for s in store.list_profiles() if s.name == "Wheel Trading")
        profile = store.get(stored.id).profile
        assert store.checks(stored.id)  # the wizard's check was recorded
    expected = {"company.registered_capital_cny": Decimal(5_000_000),
                "company.registration_date": date(2015, 3, 18),
                "taobao_live.deposit_paid_cny": Decimal(100_000),
                "company.general_taxpayer": True}
    for path in fact_specs():
        assert get_fact(profile, path) == expected.get(path), path  # typed values as typed; every other unknown
    assert not list((data / "drafts").glob("*.json"))  # saved: no draft left
