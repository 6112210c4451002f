"""A place chosen from China's administrative divisions: a province, then one of its cities (or the whole province).

The value is the place's full Chinese name (``engine.facts.places.Place``), None while no province is chosen. A
stored place finer than a city (a district typed into an Excel sheet) is shown by its city and kept as it was
until the merchant picks something else."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from engine.facts import FactSpec
from engine.facts.divisions import Division, divisions
from engine.facts.places import resolve
from gui.fields import FieldInput
from gui.i18n import lang


def _name(div: Division) -> str:
    return div.name if lang() == "zh" else div.english


class PlaceInput(FieldInput):
    def __init__(self, spec: FactSpec | None, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        table = divisions()
        self.province = QComboBox(self)
        self.province.addItem(self.tr("Unknown"), None)
        for div in sorted((d for d in table.by_code.values() if d.level == 1), key=lambda d: d.code):
            self.province.addItem(_name(div), div.code)
        self.city = QComboBox(self)
        self.city.setMinimumContentsLength(12)
        self._kept: Any = None  # a stored value finer than the combos show, until the merchant changes it
        self.province.currentIndexChanged.connect(self._province_changed)
        self.city.currentIndexChanged.connect(self._city_changed)
        self._layout.addWidget(self.province)
        self._layout.addWidget(self.city, 1)
        self._fill_cities()

    def _fill_cities(self) -> None:
        self.city.blockSignals(True)
        self.city.clear()
        code = self.province.currentData()
        self.city.setEnabled(code is not None)
        if code is not None:
            table = divisions()
            province = table.by_code[code]
            self.city.addItem(self.tr("Whole province / city not chosen"), None)
            for div in table.cities(province):
                parent = table.by_code[div.parent] if div.parent else None
                within = ""
                if parent is not None and parent.level == 2:
                    within = f"（{parent.name}）" if lang() == "zh" else f" ({parent.english})"
                self.city.addItem(_name(div) + within, div.code)
        self.city.blockSignals(False)

    def _province_changed(self, *_: object) -> None:
        self._kept = None
        self._fill_cities()
        self._emit()

    def _city_changed(self, *_: object) -> None:
        self._kept = None
        self._emit()

    def value(self) -> Any:
        if self._kept is not None:
            return self._kept
        code = self.city.currentData() or self.province.currentData()
        return None if code is None else divisions().full_name(divisions().by_code[code])

    def _set(self, value: Any) -> None:
        div = resolve(str(value)).division if value is not None else None
        table = divisions()
        chain = table.chain(div) if div is not None else []
        self.province.blockSignals(True)
        index = self.province.findData(chain[0].code) if chain else 0
        self.province.setCurrentIndex(max(index, 0))
        self.province.blockSignals(False)
        self._fill_cities()
        city = table.city_of(div) if div is not None else None
        if city is not None and city is not chain[0]:
            self.city.blockSignals(True)
            self.city.setCurrentIndex(max(self.city.findData(city.code), 0))
            self.city.blockSignals(False)
        self._kept = value if div is not None and div is not city and div is not chain[0] else None

    def focus_widget(self) -> QWidget:
        return self.province
