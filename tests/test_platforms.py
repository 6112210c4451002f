"""Windows- and macOS-only code paths, run here by simulating the platform: the writer lock through msvcrt,
the data, backup and log folders, the CLI's headless detection and the frozen CLI's Qt set-up hook."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import ntpath
import os
import runpy
import sys
import types
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest

from engine.store import lock as lock_module
from engine.store.backup import backup_dir
from engine.store.errors import StoreLocked
from engine.store.lock import WriterLock
from engine.store.opening import default_data_dir

ROOT = Path(__file__).resolve().parent.parent
WIN_FOLDERS = {"CSIDL_APPDATA": r"C:\Users\Li\AppData\Roaming", "CSIDL_LOCAL_APPDATA": r"C:\Users\Li\AppData\Local"}


class FakeMsvcrt(types.ModuleType):
    """msvcrt.locking as Windows does it: a byte range from the handle's current position, held per file;
    another handle asking for a held range gets an OSError at once (LK_NBLCK)."""

    LK_UNLCK, LK_LOCK, LK_NBLCK = 0, 1, 2

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], tuple[int, int]] = {}  # (device, inode) -> (fd, position)
        self.calls: list[tuple[int, int, int]] = []  # (mode, position, bytes)

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        info, position = os.fstat(fd), os.lseek(fd, 0, os.SEEK_CUR)
        key = (info.st_dev, info.st_ino)
        self.calls.append((mode, position, nbytes))
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")
            self.held[key] = (fd, position)
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != (fd, position):
                raise PermissionError(13, "Permission denied")  # Windows: unlock exactly what was locked
            del self.held[key]
        else:
            raise AssertionError(f"unexpected mode {mode}")


@pytest.fixture
def windows_lock(monkeypatch):  # type: ignore[no-untyped-def]
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock_module.sys, "platform", "win32")
    return fake


def test_writer_lock_on_windows_uses_msvcrt_from_the_start_of_the_file(windows_lock, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "fcntl", None)  # importing fcntl (POSIX only) would fail now
    path = tmp_path / "writer.lock"
    first, second = WriterLock(path, timeout=0.05), WriterLock(path, timeout=0.05)
    first.acquire()
    first.acquire()  # re-entrant within one store
    assert path.read_text(encoding="ascii") == f"{os.getpid()}\n"
    with pytest.raises(StoreLocked) as caught:
        second.acquire()
    assert f"进程 {os.getpid()}" in caught.value.zh and str(tmp_path) in caught.value.en
    first.release()
    assert windows_lock.held  # still held: one level of two released
    first.release()
    assert not windows_lock.held
    second.acquire()
    assert windows_lock.held and path.read_text(encoding="ascii") == f"{os.getpid()}\n"
    second.close()
    first.close()
    assert not windows_lock.held
    # every lock and unlock is of byte 0, one byte long: msvcrt locks from the current position
    assert {(position, nbytes) for _, position, nbytes in windows_lock.calls} == {(0, 1)}
    modes = [mode for mode, _, _ in windows_lock.calls]
    assert modes.count(FakeMsvcrt.LK_UNLCK) == 2 and modes.count(FakeMsvcrt.LK_NBLCK) >= 3


def test_windows_lock_refused_is_false_not_an_error(windows_lock, tmp_path):
    path = tmp_path / "writer.lock"
    with path.open("a+b") as one, path.open("a+b") as two:
        assert lock_module._try_lock(one) is True
        assert lock_module._try_lock(two) is False
        lock_module._unlock(one)
        assert lock_module._try_lock(two) is True
        lock_module._unlock(two)


@pytest.fixture
def windows_dirs(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", WIN_FOLDERS.__getitem__)
    monkeypatch.setattr(platformdirs.windows, "os", types.SimpleNamespace(path=ntpath))


@pytest.fixture
def macos_dirs(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    monkeypatch.setenv("HOME", "/Users/li")


def test_windows_data_backup_and_log_folders(windows_dirs):
    from gui.crash import log_dir

    data = default_data_dir()
    assert str(data) == r"C:\Users\Li\AppData\Roaming\MerchantEligibilityChecker"  # roaming, no author folder
    assert str(backup_dir(PureWindowsPath(str(data)))) == r"C:\Users\Li\AppData\Roaming\MerchantEligibilityChecker\backups"
    assert str(log_dir()) == r"C:\Users\Li\AppData\Local\MerchantEligibility\eligibility-checker\Logs"


def test_macos_data_backup_and_log_folders(macos_dirs):
    from gui.crash import log_dir

    data = default_data_dir()
    assert data == Path("/Users/li/Library/Application Support/MerchantEligibilityChecker")
    assert backup_dir(data) == Path("/Users/li/Library/Application Support/MerchantEligibilityChecker/backups")
    assert log_dir() == Path("/Users/li/Library/Logs/eligibility-checker")


def test_linux_data_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.unix.Unix)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert default_data_dir() == tmp_path / "share" / "MerchantEligibilityChecker"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_data_dir() == tmp_path / "home" / ".local" / "share" / "MerchantEligibilityChecker"


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("linux", {}, True),
    ("linux", {"DISPLAY": ":0"}, False),
    ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
    ("win32", {}, False),
    ("darwin", {}, False),
])
def test_cli_starts_qt_offscreen_only_on_linux_without_a_display(platform, env, expected):
    from gui.cli import headless

    assert headless(platform, env) is expected


@pytest.mark.parametrize(("platform", "qt_dir", "path_var"), [
    ("win32", ("PySide6",), "PATH"),
    ("darwin", ("PySide6", "Qt"), "DYLD_LIBRARY_PATH"),
    ("linux", ("PySide6", "Qt"), None),
])
def test_frozen_cli_qt_hook_per_platform(monkeypatch, tmp_path, platform, qt_dir, path_var):
    """packaging/rthooks/lazy_pyside6.py sets Qt's paths as PyInstaller's own hook would on each system, and
    writes the embedded qt.conf only once PySide6.QtCore is imported."""
    prepended: list[tuple[str, str]] = []
    conf: list[tuple[str, str]] = []
    utils = types.ModuleType("_pyi_rth_utils")
    utils.is_macos_app_bundle = False  # type: ignore[attr-defined]
    utils.prepend_path_to_environment_variable = lambda p, var: prepended.append((p, var))  # type: ignore[attr-defined]
    utils.qt = types.SimpleNamespace(create_embedded_qt_conf=lambda name, path: conf.append((name, path)))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "_pyi_rth_utils", utils)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    for var in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        monkeypatch.setenv(var, "")
    finders = list(sys.meta_path)
    try:
        runpy.run_path(str(ROOT / "packaging" / "rthooks" / "lazy_pyside6.py"))
        added = [f for f in sys.meta_path if f not in finders]
        assert len(added) == 1 and conf == []  # nothing Qt yet
        qt_path = os.path.join(str(tmp_path), *qt_dir)
        assert os.environ["QT_PLUGIN_PATH"] == os.path.join(qt_path, "plugins")
        assert os.environ["QML2_IMPORT_PATH"] == os.path.join(qt_path, "qml")
        assert prepended == ([(str(tmp_path), path_var)] if path_var else [])
        assert added[0].find_spec("PySide6.QtWidgets", None) is None and added[0] in sys.meta_path
        executed: list[str] = []

        class RealLoader(importlib.abc.Loader):  # stands for the extension module's loader
            def create_module(self, spec):  # type: ignore[no-untyped-def]
                return types.ModuleType(spec.name)

            def exec_module(self, module):  # type: ignore[no-untyped-def]
                executed.append(module.__name__)

        real = importlib.machinery.ModuleSpec("PySide6.QtCore", RealLoader())
        monkeypatch.setattr(importlib.util, "find_spec", lambda name: real if name == "PySide6.QtCore" else None)
        spec = added[0].find_spec("PySide6.QtCore", None)
        assert spec is real and added[0] not in sys.meta_path  # asked once, then gone
        module = spec.loader.create_module(spec)
        assert conf == []
        spec.loader.exec_module(module)
        assert executed == ["PySide6.QtCore"] and conf == [("PySide6", qt_path)]  # qt.conf after QtCore loads
    finally:
        sys.meta_path[:] = [f for f in sys.meta_path if f in finders]
