"""The place input: a province, then one of its cities, chosen from the administrative divisions; real keys and
wheel; unknown until a province is chosen; a finer stored place is kept until changed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from engine.facts import MerchantProfile, fact_spec, parse_profile
from gui.editor import ProfileEditor
from gui.place_input import PlaceInput
from tests.gui_fixtures import isolated_settings  # noqa: F401


def _input(qtbot) -> PlaceInput:
    widget = PlaceInput(fact_spec("company.registered_place"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def test_starts_unknown_and_the_city_waits_for_a_province(qtbot):
    widget = _input(qtbot)
    assert widget.value() is None
    assert not widget.city.isEnabled()


def test_province_then_county_level_city(qtbot):
    widget = _input(qtbot)
    edits = []
    widget.edited.connect(lambda: edits.append(1))
    _choose(widget.province, "Zhejiang")
    assert widget.value() == "浙江省" and widget.city.isEnabled()
    _choose(widget.city, "Yiwu (Jinhua)")
    assert widget.value() == "浙江省金华市义乌市"
    assert len(edits) == 2
    widget.province.setCurrentIndex(0)
    assert widget.value() is None


def test_keyboard_chooses_a_province_and_a_city(qtbot):
    widget = _input(qtbot)
    widget.province.setFocus()
    _choose(widget.province, "Guangdong")
    qtbot.keyClick(widget.city, Qt.Key.Key_Down)  # from "whole province" to the first city
    assert widget.value() == "广东省广州市"
    qtbot.keyClick(widget.city, Qt.Key.Key_Down)
    assert widget.value() == "广东省韶关市"


def test_wheel_moves_the_city(qtbot):
    widget = _input(qtbot)
    _choose(widget.province, "Guangdong")
    before = widget.city.currentIndex()
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.city.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget.city, event)
    assert widget.city.currentIndex() == before + 1
    assert widget.value() == "广东省广州市"


def test_a_stored_district_is_shown_by_its_city_and_kept(qtbot):
    widget = _input(qtbot)
    widget.set_value("广东省深圳市南山区")
    assert widget.province.currentText() == "Guangdong"
    assert widget.city.currentText() == "Shenzhen"
    assert widget.value() == "广东省深圳市南山区"
    _choose(widget.city, "Guangzhou")
    assert widget.value() == "广东省广州市"


def test_municipality_and_english_value(qtbot):
    widget = _input(qtbot)
    widget.set_value("Beijing")
    assert widget.province.currentText() == "Beijing"
    assert widget.value() == "北京市"


def test_editor_round_trips_a_place(qtbot):
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    profile = parse_profile({"company": {"registered_place": "浙江省义乌市", "registered_city": "义乌市稠城街道"}})
    editor.load(profile)
    assert isinstance(editor.inputs["company.registered_place"], PlaceInput)
    assert editor.profile() == profile
    editor.load(MerchantProfile())
    assert editor.profile().company.registered_place is None
