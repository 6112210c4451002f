"""Look and behaviour: statuses readable without colour and on dark palettes, settings kept, read-only mode."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from engine.facts import MerchantProfile
from gui import status_style
from gui.settings import add_recent_file, recent_files
from tests.gui_fixtures import dialogs, example_profile, isolated_settings, store, window  # noqa: F401


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_status_labels_carry_a_symbol_and_a_word(qapp):
    labels = {s: status_style.status_label(s) for s in ("pass", "fail", "unknown", "review")}
    assert labels == {"pass": "✔ Pass", "fail": "✘ Fail", "unknown": "? Unknown", "review": "! Needs review"}


def test_status_colours_are_readable_on_light_and_dark_palettes(qapp):
    original = QGuiApplication.palette()
    try:
        for window_colour in (QColor("#ffffff"), QColor("#202124")):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.Window, window_colour)
            palette.setColor(QPalette.ColorRole.Base, window_colour)
            QGuiApplication.setPalette(palette)
            for status in ("pass", "fail", "unknown", "review", "closed"):
                assert _contrast(status_style.status_color(status), window_colour) >= 4.5, (status, window_colour)
    finally:
        QGuiApplication.setPalette(original)


def test_recent_files_most_recent_first_without_duplicates(qapp):
    for name in ("a.json", "b.xlsx", "a.json"):
        add_recent_file(name)
    assert recent_files() == ["a.json", "b.xlsx"]


def test_geometry_is_kept_between_sessions(qtbot, store):
    from gui.main_window import MainWindow

    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 500)
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 500)


def test_read_only_store_disables_writing(qtbot, store, tmp_path):
    from engine.store import open_store
    from gui.main_window import MainWindow

    stored = store.create(MerchantProfile(name="Look only"))
    reader = open_store(tmp_path / "data", read_only=True)
    try:
        assert reader.read_only
        win = MainWindow(reader)
        qtbot.addWidget(win)
        assert win.panel.select(stored.id)
        assert not win.act["save"].isEnabled() and not win.act["new"].isEnabled()
        assert not win.act["delete"].isEnabled() and win.act["check"].isEnabled()
        assert win.save() is False
        win.close()
    finally:
        if reader is not store:
            reader.close()


def test_store_warnings_are_shown(qtbot, store):
    from engine.store import StoreError
    from gui.main_window import MainWindow

    store.warnings.append(StoreError("今天的备份未能写入", "today's backup could not be written"))
    win = MainWindow(store)
    qtbot.addWidget(win)
    assert win.statusBar().currentMessage() == "today's backup could not be written"
    win.daily_backup()  # the hourly timer's work: no error, data still usable
    assert win.store.list_profiles() is not None


def test_every_unit_has_a_chinese_word(qapp):
    from engine.facts import fact_specs
    from gui.fields import unit_text
    from gui.i18n import set_lang

    set_lang("zh")
    units = {s.unit for s in fact_specs().values() if s.unit}
    assert all(not unit_text(u).isascii() or u in ("%",) for u in units), {u: unit_text(u) for u in units}


def test_back_up_now_and_restore(window, store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.backup_now()
    assert "Backed up to" in window.statusBar().currentMessage()
    before = {s.id for s in store.list_profiles()}
    extra = store.create(MerchantProfile(name="After the backup"))
    window.panel.select(extra.id)
    chosen = []

    def pick(parent, title, label, items, current, editable):
        chosen.append(items[current])
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    window.restore_from_backup()
    assert chosen and "made by hand" in chosen[0] and "(UTC" in chosen[0]  # local time with its zone
    assert {s.id for s in store.list_profiles()} == before
    assert window.profile_id != extra.id


def test_open_recent_opens_the_file_with_the_system(window, monkeypatch, tmp_path, dialogs):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    report = tmp_path / "r.pdf"
    report.write_bytes(b"%PDF")
    window.saved(report)
    assert recent_files()[0] == str(report)
    window.open_recent(str(report))
    assert opened == [str(report)]
    window.open_recent(str(tmp_path / "gone.xlsx"))
    assert opened == [str(report)] and "no longer there" in dialogs.shown[-1][1]
