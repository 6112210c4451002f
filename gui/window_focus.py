"""Keyboard focus in the main window (mixed into MainWindow): Tab runs list -> tabs -> fields -> buttons, and
Ctrl+1..5 put the cursor into the tab they show.

Qt's Tab order follows the order widgets were created in; the list's buttons were created before the tabs and
the platform forms are built when first shown, so the buttons are moved to the end of the chain again whenever
widgets are added."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QToolButton, QWidget


def no_tab_stop_in_scroll_buttons(tabs: QTabWidget) -> None:
    """A tab bar's scroll arrows (shown when its tabs do not fit) are for the mouse; the keyboard moves between
    tabs with the arrow keys once the tab bar has focus."""
    for button in tabs.tabBar().findChildren(QToolButton):
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def first_focusable(page: QWidget) -> QWidget | None:
    """The first widget inside ``page`` that Tab would stop at."""
    widget = page.nextInFocusChain()
    for _ in range(10_000):
        if widget is page or widget is None:
            return None
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


class FocusOps:
    """Expects MainWindow's attributes (panel, tabs, editor, program_filter)."""

    def order_focus(self: Any) -> None:
        last = [self.program_filter.button, self.panel.new_button, self.panel.duplicate_button,
                self.panel.delete_button]
        chain, widget = [], self.nextInFocusChain()
        while widget is not self and widget is not None and len(chain) < 100_000:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        rest = [w for w in chain if w not in last and w.focusPolicy() != Qt.FocusPolicy.NoFocus]  # Qt ignores
        previous = rest[-1] if rest else self.panel.table  # setTabOrder for a widget that takes no focus
        for widget in last:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def show_tab(self: Any, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.tabs.widget(index)
        if page is getattr(self, "editor", None):
            self.editor.focus_first()
            return
        target = first_focusable(page) if page is not None else None
        (target or self.tabs.tabBar()).setFocus(Qt.FocusReason.ShortcutFocusReason)
