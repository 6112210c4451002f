"""Which programmes the results, checklist and calculators show: all, or the ones a merchant applies for.

The check wizard sets it to the programmes it was run for; the choice is kept with the merchant (in the store's
settings) until the user picks "All programmes" in the menu at the right of the tabs.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from gui.i18n import lang


class ProgramFilter(QObject):
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.chosen: set[str] | None = None  # None: every programme
        self.button = QToolButton(parent)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolTip(self.tr("Programmes shown in Results, Checklist and Calculators"))
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        self._update_text()

    def set_packs(self, packs: list[Any]) -> None:
        self.menu.clear()
        every = self.menu.addAction(self.tr("All programmes"))
        every.triggered.connect(lambda: self.set_chosen(None))
        self.menu.addSeparator()
        self.actions = {}
        for pack in packs:
            action = self.menu.addAction(pack.title.get(lang()))
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self.actions[pack.id] = action
        self.set_chosen(self.chosen, quiet=True)

    def set_chosen(self, chosen: set[str] | None, *, quiet: bool = False) -> None:
        known = set(self.actions)
        if chosen is not None and known:
            chosen = chosen & known
            if not chosen or chosen == known:
                chosen = None
        self.chosen = chosen
        for pid, action in self.actions.items():
            action.blockSignals(True)
            action.setChecked(chosen is None or pid in chosen)
            action.blockSignals(False)
        self._update_text()
        if not quiet:
            self.changed.emit()

    def _toggled(self, _on: bool) -> None:
        picked = {pid for pid, action in self.actions.items() if action.isChecked()}
        self.set_chosen(picked or self.chosen)

    def _update_text(self) -> None:
        total = len(self.actions)
        if self.chosen is None:
            text = self.tr("All programmes (%1)").replace("%1", str(total))
        else:
            text = self.tr("Programmes: %1 of %2").replace("%1", str(len(self.chosen))).replace("%2", str(total))
        self.button.setText(text)

    def shows(self, program: str) -> bool:
        return self.chosen is None or program in self.chosen

    # -- kept with the merchant --------------------------------------------------------------------------------
    @staticmethod
    def key(profile_id: str) -> str:
        return f"programmes:{profile_id}"

    def load(self, store: Any, profile_id: str | None) -> None:
        text = store.get_setting(self.key(profile_id)) if profile_id else None
        try:
            chosen = set(json.loads(text)) if text else None
        except (ValueError, TypeError):
            chosen = None
        self.set_chosen(chosen, quiet=True)

    def save(self, store: Any, profile_id: str | None) -> None:
        if profile_id is None or getattr(store, "read_only", False):
            return
        store.set_setting(self.key(profile_id), json.dumps(sorted(self.chosen)) if self.chosen else "")
