"""Documents and steps per programme, with deadlines; ticks are stored with the merchant."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from engine.evaluate import ProgramResult
from engine.reports.rows import deadline_text
from gui.i18n import lang
from gui.status_style import status_color

ROLE = Qt.ItemDataRole.UserRole
STATES = ("todo", "in_progress", "done", "not_needed")
_CHECK = {"todo": Qt.CheckState.Unchecked, "in_progress": Qt.CheckState.PartiallyChecked,
          "done": Qt.CheckState.Checked, "not_needed": Qt.CheckState.Checked}


class ChecklistView(QWidget):
    """``tick_changed(program, item_id, state)`` asks the window to store a tick."""

    tick_changed = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Kind"), self.tr("Deadline"), self.tr("State")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemChanged.connect(self._changed)
        self.tree.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(6, 6, 6, 6)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        self._filling = False

    def _kind(self, kind: str) -> str:
        return {"document": self.tr("Document"), "step": self.tr("Step"), "declaration": self.tr("Declaration"),
                "warning": self.tr("Warning")}.get(kind, kind)

    def state_text(self, state: str) -> str:
        return {"todo": self.tr("To do"), "in_progress": self.tr("In progress"), "done": self.tr("Done"),
                "not_needed": self.tr("Not needed")}[state]

    def show_checklist(self, results: list[ProgramResult], ticks: dict[tuple[str, str], str]) -> None:
        self._filling = True
        self.tree.clear()
        lg = lang()
        for result in results:
            if not result.checklist:
                continue
            top = QTreeWidgetItem([result.title.get(lg)])
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            for entry in result.checklist:
                deadline = deadline_text(entry, lg)  # 2020 年 5 月 28 日 14:59（北京时间）（已过期）
                title = entry.title.get(lg)
                if entry.conditional:
                    title += self.tr(" (if it applies)")
                child = QTreeWidgetItem([title, self._kind(entry.kind), deadline, ""])
                if entry.detail is not None:
                    child.setToolTip(0, entry.detail.get(lg))
                if entry.overdue:  # past its deadline at the moment checked: said in words and in colour
                    child.setForeground(2, status_color("fail"))
                    child.setToolTip(2, self.tr("The deadline had passed at the moment checked."))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setData(0, ROLE, (result.program, entry.id))
                self._set_state(child, ticks.get((result.program, entry.id), "todo"))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self._filling = False
        if not results:
            self.empty.setText(self.tr("Pick a merchant in the list: the documents and steps its programmes ask "
                                       "for, with their deadlines, appear here."))
        elif not self.tree.topLevelItemCount():
            self.empty.setText(self.tr("These programmes ask for no documents or steps."))
        else:
            self.empty.clear()
        self.empty.setVisible(bool(self.empty.text()))

    def _set_state(self, item: QTreeWidgetItem, state: str) -> None:
        was = self._filling
        self._filling = True
        item.setData(3, ROLE, state)
        item.setText(3, self.state_text(state))
        item.setCheckState(0, _CHECK[state])
        font = QFont(item.font(0))
        font.setStrikeOut(state == "not_needed")
        item.setFont(0, font)
        self._filling = was

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or item.data(0, ROLE) is None:
            return
        state = "done" if item.checkState(0) == Qt.CheckState.Checked else "todo"
        self.set_item_state(item, state)

    def set_item_state(self, item: QTreeWidgetItem, state: str) -> None:
        program, item_id = item.data(0, ROLE)
        self._set_state(item, state)
        self.tick_changed.emit(program, item_id, state)

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None or item.data(0, ROLE) is None:
            return
        menu = QMenu(self)
        for state in STATES:
            action = menu.addAction(self.state_text(state))
            action.triggered.connect(lambda _=False, s=state, i=item: self.set_item_state(i, s))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def items(self) -> list[tuple[Any, str]]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out += [(top.child(j).data(0, ROLE), top.child(j).data(3, ROLE)) for j in range(top.childCount())]
        return out
