"""Entry point of the desktop app (``eligibility-checker [--data-dir DIR] [--lang zh|en] [--self-test]``)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="eligibility-checker")
    parser.add_argument("--data-dir", default=None, type=lambda p: Path(p).expanduser(),
                        help="folder of the merchant data (default: per user)")
    parser.add_argument("--lang", choices=["zh", "en"], default=None, help="language of the app")
    parser.add_argument("--self-test", action="store_true", help="load packs, open the data, build the window, exit")
    return parser.parse_args(argv)


def make_app() -> Any:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from gui.settings import APP, ORG

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        QCoreApplication.setOrganizationName(ORG)
        QCoreApplication.setApplicationName(APP)
        app = QApplication([sys.argv[0]])
        app.setWindowIcon(app_icon())
        install_fonts(app)
    return app


def install_fonts(app: Any) -> None:
    """The bundled Chinese font as the window's fallback where the system has no Chinese font (registered now);
    otherwise ``register_font`` registers it once the window is up. A missing font file is logged, not fatal:
    the window still works with the system's fonts."""
    from gui.fonts import FontMissing, install_ui_fallback

    try:
        install_ui_fallback(app)
    except FontMissing as exc:
        logging.getLogger("eligibility").warning("%s", exc)


def register_font() -> None:
    """Register the bundled font for PDF and print (reads the 2 MB file, ~13 ms): after the window's first
    paint, so the start-up does not wait for it. Logged, not raised, when the file is missing."""
    from gui.fonts import FontMissing, register

    try:
        register()
    except FontMissing as exc:
        logging.getLogger("eligibility").warning("%s", exc)


def app_icon() -> Any:
    from PySide6.QtGui import QIcon

    from engine.resources import resource_path

    return QIcon(str(resource_path("icons", "app.png")))


def register_pdf_renderer() -> None:
    """Let the report layer render PDFs with Qt. Called where a report is first asked for, not at start:
    the report layer imports openpyxl (~150 ms)."""
    try:
        from engine.reports.pdf_hook import set_pdf_renderer
        from gui.pdf import render_pdf
    except ImportError:
        return
    set_pdf_renderer(render_pdf)


def choose_lang(requested: str | None) -> str:
    from gui.i18n import system_lang
    from gui.settings import saved_lang

    return requested or saved_lang() or system_lang()


class Controller:
    """Owns the store and the main window; rebuilds the window when the language changes."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.window: Any = None

    def show(self, select: str | None = None, *, defer: bool = False) -> Any:
        """Build the main window; ``defer`` loads the rules right after its first paint (the app's start)."""
        from gui.main_window import MainWindow

        if defer:
            window = MainWindow(self.store, defer=True)
        else:
            from engine.packs import load_programmes

            window = MainWindow(self.store, load_programmes(getattr(self.store, "data_dir", None)))
        window.language_requested.connect(self.switch_language)
        if select:
            window.panel.select(select)
        self.window = window
        return window

    def switch_language(self, code: str) -> None:
        from gui.i18n import set_lang
        from gui.settings import save_lang

        old = self.window
        save_lang(code)
        set_lang(code)  # type: ignore[arg-type]
        keep = old.profile_id
        old.editor.undo_stack.setClean()
        old.close()
        old.deleteLater()
        self.show(keep).show()


def self_test(args: argparse.Namespace) -> int:
    """Everything a start does, without showing anything; the reason goes to stderr on failure."""
    from engine.rules import load_packs
    from gui.fonts import register
    from gui.i18n import set_lang
    from gui.startup import open_store_interactive, release_data_dirs

    make_app()
    packs = load_packs()
    if not packs:
        raise RuntimeError("no rule packs found")
    register()  # raises when the bundled font is missing
    if not set_lang(choose_lang(args.lang)):  # type: ignore[arg-type]
        raise RuntimeError("the Chinese translation could not be loaded")
    store = open_store_interactive(args.data_dir, ask=False)
    try:
        window = Controller(store).show()
        if window.panel.model.rowCount() < 0:
            raise RuntimeError("merchant list failed")
        window.close()
    finally:
        store.close()
        release_data_dirs()
    print(f"self-test ok: {len(packs)} programme(s), data at {store.path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        try:
            return self_test(args)
        except Exception as exc:
            print(f"self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    from gui.crash import hold_early_records, install_excepthook, log_qt_messages, open_crash_log, open_log
    from gui.i18n import set_lang
    from gui.startup import StartupFailed, open_store_interactive, release_data_dirs

    app = make_app()
    hold_early_records()  # the log file is opened after the window's first paint (or on an error)
    install_excepthook()
    log_qt_messages()
    set_lang(choose_lang(args.lang))  # type: ignore[arg-type]
    logging.getLogger("eligibility").info("start")
    try:
        store = open_store_interactive(args.data_dir)
    except StartupFailed as exc:
        print(str(exc), file=sys.stderr)
        logging.getLogger("eligibility").warning("start failed: %s", exc)
        open_log()
        return 2
    controller = Controller(store)  # kept for the language switch
    window = controller.show(defer=True)
    window.started.connect(open_crash_log)
    window.started.connect(register_font)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()
        release_data_dirs()
        open_log()  # a window closed before its rules loaded: what was logged is written all the same


if __name__ == "__main__":
    sys.exit(main())
