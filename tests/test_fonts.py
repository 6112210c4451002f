"""The bundled Chinese font: it covers GB 2312 and every character the project's texts use, carries its licence,
is registered at start, and is the UI's fallback only where the system has no Chinese font."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from gui import fonts

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / fonts.FONT_FILE
#: Text the merchant reads comes from these files (the Python files: their string literals only).
STRING_TOKENS = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}  # f-strings split from 3.12
TEXT_FILES = ("resources/packs/*.yaml", "resources/sources/*.txt", "resources/sources/index.yaml",
              "resources/demo/*.json", "resources/examples/*.json", "resources/i18n/*.ts")


def _gb2312() -> set[str]:
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def _string_literals(path: Path) -> str:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return "".join(t.string for t in tokens if t.type in STRING_TOKENS)


def _project_chars() -> dict[str, set[str]]:
    """Each printable character of the project's texts -> the files using it."""
    used: dict[str, set[str]] = {}
    texts = [(p, p.read_text(encoding="utf-8")) for pattern in TEXT_FILES for p in ROOT.glob(pattern)]
    texts += [(p, _string_literals(p)) for top in ("engine", "gui") for p in (ROOT / top).rglob("*.py")]
    for path, text in texts:
        for char in set(text):
            if char.isprintable() and char != "\ufffd":
                used.setdefault(char, set()).add(str(path.relative_to(ROOT)))
    return used


@pytest.fixture(scope="module")
def raw_font() -> QRawFont:  # supportsCharacter(int): given a str, PySide passes a QChar of it wrongly
    raw = QRawFont(str(FONT), 12)
    assert raw.isValid()
    return raw


def test_every_character_of_packs_sources_demo_and_translations_has_a_glyph(qapp, raw_font):
    used = _project_chars()
    assert len(used) > 1200 and "檻" in used and "✔" in used  # the scan reads real texts, traditional ones too
    missing = {c: sorted(files)[:3] for c, files in used.items() if not raw_font.supportsCharacter(ord(c))}
    assert not missing, f"characters without a glyph (rerun packaging/make_font.py): {missing}"


def test_gb2312_latin_and_punctuation_are_covered(qapp, raw_font):
    gb = _gb2312()
    assert len(gb) == 7445
    latin = {chr(c) for c in range(0x20, 0x7F)} | set("·—–‘’“”…、。,:;!?()《》【】¥°×÷±≤≥→←✔✘☐")
    assert {c for c in gb | latin if not raw_font.supportsCharacter(ord(c))} == set()
    assert not raw_font.supportsCharacter(0x1F600)  # a subset: not every character there is


def test_font_names_itself_and_carries_its_licence(qapp, raw_font):
    assert raw_font.familyName() == fonts.FAMILY
    assert QRawFont.fromFont(QFont(fonts.register())).familyName() == fonts.FAMILY
    licence = (FONT.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Noto Sans CJK" in licence and "Adobe" in licence
    size = FONT.stat().st_size
    assert 1_000_000 < size < 3_000_000, size  # a subset, not the 16 MB original


def test_registered_once_and_used_for_reports(qapp):
    assert fonts.register() == fonts.register() == fonts.FAMILY
    assert fonts.FAMILY in QFontDatabase.families()
    font = fonts.report_font(7.5)
    assert font.family() == fonts.FAMILY and font.pointSizeF() == 7.5
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(fonts.FAMILY)


def test_system_cjk_family_never_names_the_bundled_font(qapp):
    found = fonts.system_cjk_family()
    assert found != fonts.FAMILY
    assert found is None or QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(found)


@pytest.fixture
def app_font(qapp):  # type: ignore[no-untyped-def]
    before = QFont(qapp.font())
    yield qapp
    qapp.setFont(before)


def test_fallback_added_where_the_system_has_no_chinese_font(app_font, monkeypatch):
    monkeypatch.setattr(fonts, "system_cjk_family", lambda: None)
    monkeypatch.setattr(fonts, "_state", {"family": None})  # not registered yet: the fallback registers it
    first = app_font.font().families()[0]
    assert fonts.install_ui_fallback(app_font) is True
    assert app_font.font().families() == [first, fonts.FAMILY] and fonts._state["family"] == fonts.FAMILY
    assert fonts.install_ui_fallback(app_font) is True  # again: not listed twice
    assert app_font.font().families() == [first, fonts.FAMILY]


def test_no_fallback_where_the_system_has_one(app_font, monkeypatch):
    monkeypatch.setattr(fonts, "system_cjk_family", lambda: "Microsoft YaHei")
    monkeypatch.setattr(fonts, "_state", {"family": None})
    app_font.setFont(QFont("Segoe UI"))
    assert fonts.install_ui_fallback(app_font) is False
    assert app_font.font().families() == ["Segoe UI"] and fonts._state["family"] is None  # left to the first PDF


def test_a_missing_font_file_is_a_clear_error(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "_state", {"family": None})
    monkeypatch.setattr(fonts, "font_path", lambda: str(tmp_path / "gone.ttf"))
    with pytest.raises(fonts.FontMissing, match="gone.ttf"):
        fonts.register()
    monkeypatch.setattr(fonts, "system_cjk_family", lambda: None)
    before = QFont(qapp.font())
    from gui.app import install_fonts

    install_fonts(qapp)  # logged, not fatal: the window still comes up with the system's fonts
    assert qapp.font() == before


def test_font_registered_after_the_first_paint_and_a_missing_one_logged(qapp, monkeypatch, tmp_path, caplog):
    import inspect

    from gui import app

    assert "window.started.connect(register_font)" in inspect.getsource(app.main)
    monkeypatch.setattr(fonts, "_state", {"family": None})
    app.register_font()
    assert fonts._state["family"] == fonts.FAMILY
    monkeypatch.setattr(fonts, "_state", {"family": None})
    monkeypatch.setattr(fonts, "font_path", lambda: str(tmp_path / "gone.ttf"))
    app.register_font()
    assert fonts._state["family"] is None
    assert any("gone.ttf" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)
