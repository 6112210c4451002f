# ruff: noqa: PTH118  (os.path as in PyInstaller's own hook: runs before the program, keeps imports minimal)
"""Runtime hook of the command-line executable: PyInstaller's PySide6 set-up, deferred until Qt is used.

PyInstaller's own hook (pyi_rth_pyside6) imports PySide6.QtCore when the program starts, which loads the
Qt libraries (~0.1-0.3 s) even for a CLI run that never touches Qt. This hook sets the same environment
at once (cheap) and runs the part that needs QtCore (the embedded qt.conf) right after the program first
imports PySide6.QtCore, e.g. for ``report --pdf``.
"""


def _pyi_lazy_pyside6() -> None:
    import importlib.abc
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    base = sys._MEIPASS  # type: ignore[attr-defined]
    qt_path = os.path.join(base, "PySide6") if sys.platform.startswith("win") else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(base, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(base, "DYLD_LIBRARY_PATH")

    class _AfterQtCore(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            real = spec.loader

            class _Loader(importlib.abc.Loader):
                def create_module(self, spec):  # type: ignore[no-untyped-def]
                    return real.create_module(spec)

                def exec_module(self, module):  # type: ignore[no-untyped-def]
                    real.exec_module(module)
                    qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            spec.loader = _Loader()
            return spec

    sys.meta_path.insert(0, _AfterQtCore())


_pyi_lazy_pyside6()
del _pyi_lazy_pyside6
