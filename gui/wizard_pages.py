"""The pages of the check wizard."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from engine.evaluate.windows import window_result
from engine.facts import ProfileInvalid, fact_spec
from gui.fields import FieldInput, make_input
from gui.i18n import lang
from gui.result_html import window_lines
from gui.status_style import status_color, status_label
from gui.wheel_guard import guard_wheel


class MerchantPage(QWizardPage):
    def __init__(self, wizard: Any, profile_id: str | None) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which merchant?"))
        self.setSubTitle(self.tr("Check a merchant you already have, or start a new one."))
        self.existing = QRadioButton(self.tr("A merchant I already have:"), self)
        self.new = QRadioButton(self.tr("A new merchant, named:"), self)
        group = QButtonGroup(self)
        group.addButton(self.existing)
        group.addButton(self.new)
        self.combo = QComboBox(self)
        for summary in wizard.store.list_profiles():
            self.combo.addItem(summary.name or self.tr("(unnamed)"), summary.id)
        guard_wheel(self.combo)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Merchant name"))
        form = QFormLayout(self)
        form.addRow(self.existing, self.combo)
        form.addRow(self.new, self.name)
        has = self.combo.count() > 0
        self.existing.setEnabled(has)
        (self.existing if has else self.new).setChecked(True)
        if profile_id is not None and self.combo.findData(profile_id) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(profile_id))
        for signal in (self.existing.toggled, self.name.textChanged, self.combo.currentIndexChanged):
            signal.connect(lambda *_: self.completeChanged.emit())
        self.name.textEdited.connect(lambda _: self.new.setChecked(True))

    def isComplete(self) -> bool:
        return self.existing.isChecked() or bool(self.name.text().strip())

    def validatePage(self) -> bool:
        if self.existing.isChecked():
            self.wiz.start_from(self.combo.currentData())
        else:
            self.wiz.start_from(None, self.name.text().strip())
        return True


class ProgramsPage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which programmes?"))
        self.setSubTitle(self.tr("Registration state and rule source of each programme."))
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        now = datetime.now(UTC)
        lg = lang()
        reg_word, source_word = self.tr("Registration:"), self.tr("Source:")
        for pack in wizard.packs:
            reg = next((w for w in pack.windows if w.kind == "registration"), None)
            state = self.tr("no registration dates")
            if reg is not None:
                shown = window_result(pack, reg, now)
                state = f"{status_label(shown.state.value)} ({window_lines(shown)[0]})"
            text = f"{pack.title.get(lg)}\n    {reg_word} {state} · {source_word} {pack.source.title.get(lg)}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, pack.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.list.itemChanged.connect(lambda _: self.completeChanged.emit())
        row = QHBoxLayout()
        for text, state in ((self.tr("Select all"), Qt.CheckState.Checked), (self.tr("Select none"),
                                                                            Qt.CheckState.Unchecked)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, s=state: self._set_all(s))
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _set_all(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def chosen(self) -> set[str]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return {i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked}

    def isComplete(self) -> bool:
        return bool(self.chosen())


class FactsPage(QWizardPage):
    """Only the facts the chosen programmes still need, the most decisive first."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.wiz = wizard
        self.inputs: dict[str, FieldInput] = {}
        self.setTitle(self.tr("What is still unknown?"))
        self.setSubTitle(self.tr("Answer what you know; leave the rest as Unknown. The facts that settle the most "
                                 "criteria come first."))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {status_color('fail').name()}; font-weight: bold;")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroll)

    def missing_paths(self) -> list[str]:
        weight: dict[str, int] = {}
        for result in self.wiz.evaluate():
            for missing in result.missing:
                weight[missing.path] = weight.get(missing.path, 0) + len(missing.criteria)
        return sorted(weight, key=lambda p: -weight[p])

    def initializePage(self) -> None:
        self.problem.clear()
        self.inputs.clear()
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        paths = self.missing_paths()
        if not paths:
            form.addRow(QLabel(self.tr("Nothing is missing: every criterion can be decided."), page))
        for path in paths:
            self._add_row(form, path)
        self.scroll.setWidget(page)

    def _add_row(self, form: QFormLayout, path: str) -> FieldInput:
        spec = fact_spec(path)
        page = form.parentWidget()
        widget = make_input(spec, page)
        widget.set_value(self.wiz.draft.get(path))
        widget.setToolTip(spec.help(lang()))
        label = QLabel(spec.title(lang()).replace("&", "&&"), page)
        label.setToolTip(spec.help(lang()))
        label.setBuddy(widget.focus_widget())
        form.addRow(label, widget)
        self.inputs[path] = widget
        return widget

    def focus_fact(self, path: str) -> None:
        """Scroll to the fact's field and put the cursor in it (adding it when it was not asked)."""
        widget = self.inputs.get(path)
        page = self.scroll.widget()
        if widget is None and page is not None and isinstance(page.layout(), QFormLayout):
            widget = self._add_row(page.layout(), path)  # type: ignore[arg-type]
        if widget is None or page is None:
            return
        page.layout().activate()
        page.adjustSize()
        self.scroll.ensureWidgetVisible(widget, 0, 40)
        widget.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def validatePage(self) -> bool:
        for path, widget in self.inputs.items():
            self.wiz.draft[path] = widget.value()
        try:
            self.wiz.draft_profile()
        except ProfileInvalid as exc:
            self.problem.setText("\n".join(self._lines(exc)))
            return False
        self.problem.clear()
        return True

    def _lines(self, exc: ProfileInvalid) -> list[str]:
        """One line per field, as a merchant reads it: the field's title and the input's own reason first."""
        lg, lines = lang(), []
        for found in exc.problems:
            path = ".".join(found.path.split(".")[:2])
            widget = self.inputs.get(path)
            own = widget.problem() if widget is not None else None
            lines.append(f"{found.field.get(lg)}: {(own or found.problem).get(lg)}")
        return list(dict.fromkeys(lines))
