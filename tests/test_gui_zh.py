"""The Chinese UI shows no untranslated English: every widget, menu, action, dialog and status message.

The window is walked with every tab and form built; the wizard, the import preview and the progress dialog are
opened; the commands that report in the status bar (plural counts included) are run. Any visible string with an
English word in it fails the test, except names that stay as they are in Chinese (Excel, PDF, JSON, ...).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
    QWizard,
)

from engine.facts import MerchantProfile
from engine.facts.company import Company
from tests.gui_fixtures import DURING_REGISTRATION, dialogs, isolated_settings, store  # noqa: F401

#: Words that stay in Latin letters in a Chinese UI: product and format names, key names, units of measure.
KEPT = {"excel", "pdf", "json", "xlsx", "english", "qt", "cny", "usd", "utc", "ctrl", "shift", "esc", "kb", "mb",
        "alibaba", "com", "rfq", "gmv", "tmall", "jd", "yyyy", "mm", "dd", "id"}
WORD = re.compile(r"[A-Za-z]{3,}")
PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s，。；：）)]+|[\w-]+\.(?:txt|pdf|xlsx|json|sqlite3)\b")


def _pack_words() -> set[str]:
    """Latin words the Chinese rule texts and fact titles use themselves (RTS, ODM, WhatsApp, ...): the platforms'
    own names for things, written so in the Chinese source documents."""
    import yaml

    from engine.facts import fact_specs
    from engine.resources import resource_path

    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "zh" and isinstance(value, str):
                    texts.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in resource_path("packs").glob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    for spec in fact_specs().values():
        texts += [spec.title("zh"), spec.help("zh")]
    return {w.lower() for text in texts for w in WORD.findall(text)}


KEPT |= _pack_words()


def capture_later(dialog: QProgressDialog, out: list[tuple[str, str]]) -> None:
    """The progress dialog's title and label once its caller has set them up (it is deleted when the work ends)."""
    from PySide6.QtCore import QTimer

    def look() -> None:
        import shiboken6

        if shiboken6.isValid(dialog):
            out.append((dialog.windowTitle(), dialog.labelText()))
            cancel = dialog.findChild(QAbstractButton)
            out.append((cancel.text() if cancel is not None else "", ""))

    QTimer.singleShot(0, look)


def english(text: str) -> list[str]:
    """English words in a visible string (paths and kept names aside)."""
    text = PATH.sub(" ", text or "")
    return [w for w in WORD.findall(text) if w.lower() not in KEPT]


class Seen:
    def __init__(self) -> None:
        self.strings: list[tuple[str, str]] = []

    def add(self, where: str, text: str | None) -> None:
        if text and text.strip():
            self.strings.append((where, text))

    def widget(self, widget: QWidget) -> None:
        """The widget and its visible children (hidden pages of tab widgets are walked too)."""
        for child in [widget, *widget.findChildren(QWidget)]:
            name = type(child).__name__
            self.add(f"{name} tooltip", child.toolTip())
            if child.isWindow():
                self.add(f"{name} title", child.windowTitle())
            if isinstance(child, QLabel):
                self.add("label", child.text())
            elif isinstance(child, QAbstractButton):
                self.add("button", child.text())
            elif isinstance(child, QLineEdit | QPlainTextEdit):
                self.add("placeholder", child.placeholderText())
            elif isinstance(child, QComboBox):
                for i in range(child.count()):
                    self.add("combo item", child.itemText(i))
            elif isinstance(child, QGroupBox):
                self.add("group", child.title())
            elif isinstance(child, QTabWidget):
                for i in range(child.count()):
                    self.add("tab", child.tabText(i))
            elif isinstance(child, QTreeWidget):
                self.tree(child)
            elif isinstance(child, QTableView) and child.model() is not None:
                model = child.model()
                for column in range(model.columnCount()):
                    self.add("table header", model.headerData(column, Qt.Orientation.Horizontal))
                for row in range(min(model.rowCount(), 20)):
                    for column in range(model.columnCount()):
                        index = model.index(row, column)
                        self.add("table cell", index.data())
                        self.add("table tooltip", index.data(Qt.ItemDataRole.ToolTipRole))
            elif isinstance(child, QTextBrowser):
                self.add("text", child.toPlainText())

    def tree(self, tree: QTreeWidget) -> None:
        header = tree.headerItem()
        for column in range(tree.columnCount()):
            self.add("tree header", header.text(column))
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while items:
            item = items.pop()
            for column in range(tree.columnCount()):
                self.add("tree item", item.text(column))
                self.add("tree tooltip", item.toolTip(column))
            items += [item.child(i) for i in range(item.childCount())]

    def menu(self, menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled when opened (Open recent)
        self.add("menu", menu.title())
        for action in menu.actions():
            self.add("action", action.text())
            self.add("action tip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            if action.menu() is not None:
                self.menu(action.menu())

    def untranslated(self) -> list[tuple[str, str]]:
        return sorted({(where, text) for where, text in self.strings if english(text)})


@pytest.fixture
def zh_window(qtbot, store, monkeypatch):
    from gui.i18n import set_lang
    from gui.main_window import MainWindow

    set_lang("zh")
    store.create(MerchantProfile(name="宁波测试机械有限公司", company=Company(registered_city="宁波")))
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.results_view.set_as_of(DURING_REGISTRATION)
    win.reeval_timer.stop()
    win.reevaluate()
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    win.messages = messages
    yield win
    win.editor.undo_stack.setClean()
    win.close()


def test_every_visible_string_of_the_chinese_window_is_chinese(zh_window, store, qtbot, dialogs, monkeypatch,
                                                                tmp_path):
    win = zh_window
    seen = Seen()
    win.show()
    win.editor.inputs  # noqa: B018  (every platform form built)
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    win.run_check()  # results, checklist, calculators, history filled
    win.history_view.check_tree.topLevelItem(0).setSelected(True)
    win.results_view.tree.setCurrentItem(win.results_view.tree.topLevelItem(0).child(0))
    seen.widget(win)
    for action in win.menuBar().actions():
        seen.add("menu bar", action.text())
        seen.menu(action.menu())
    win.editor.set_value("company.registered_capital_cny", "lots")  # an inline error and the banner
    win.editor.set_value("company.unified_social_credit_code", "ABC")  # a held-back code
    seen.widget(win.editor)
    assert win.save() is False  # the dialog naming what to correct
    win.editor.set_value("company.registered_capital_cny", "500万")
    assert win.save()  # "saved, except the credit code"
    win.editor.undo_stack.setClean()

    def pick(parent, title, label, items, current, editable):
        seen.add("input dialog", title)
        seen.add("input dialog", label)
        for item in items:
            seen.add("input dialog item", item)
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    win.backup_now()
    win.restore_from_backup()
    win.about()
    dialogs.answer = QMessageBox.StandardButton.Yes
    win.check_all()
    qtbot.waitUntil(lambda: any("商家" in m and "检查" in m for m in win.messages), timeout=10000)
    win.delete_merchant()
    win.act["remove_demo"].trigger()
    win.undelete_merchant()
    win.empty_trash()
    for where, text in dialogs.shown:
        seen.add(f"dialog {where}", text)
    for message in win.messages:
        seen.add("status bar", message)
    assert any("已检查" in m for m in win.messages), win.messages  # the plural messages were shown, in Chinese
    found = seen.untranslated()
    assert not found, "\n".join(f"{where}: {text!r}" for where, text in found)


def test_the_wizard_import_preview_and_progress_dialog_are_chinese(zh_window, store, qtbot, dialogs, monkeypatch,
                                                                    tmp_path):
    from engine.reports.template import write_template
    from gui.import_dialog import ImportPreview
    from gui.wizard import CheckWizard

    seen = Seen()
    wizard = CheckWizard(store, zh_window.packs, zh_window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.merchant_page.new.setChecked(True)
    wizard.merchant_page.name.setText("向导测试商贸有限公司")
    for _ in range(3):
        page = wizard.currentPage()
        seen.add("wizard page title", page.title())
        seen.add("wizard page subtitle", page.subTitle())
        seen.widget(wizard)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton):
            seen.add("wizard button", wizard.buttonText(which))
        wizard.next()
    seen.widget(wizard)
    wizard.saved_id = "none"  # leave without the discard question
    wizard.reject()

    progress: list[tuple[str, str]] = []
    original_init = QProgressDialog.__init__

    def keep(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        self.destroyed.connect(lambda *_: None)
        capture_later(self, progress)

    monkeypatch.setattr(QProgressDialog, "__init__", keep)
    previews: list[ImportPreview] = []

    def look(self):
        seen.widget(self)
        previews.append(self)
        self.choices["update"].setChecked(True)
        seen.widget(self)
        return 1

    monkeypatch.setattr(ImportPreview, "exec", look)
    sheet = write_template(tmp_path / "intake.xlsx", "zh", [MerchantProfile(name="宁波测试机械有限公司")])
    zh_window.import_files([sheet])
    qtbot.waitUntil(lambda: any("更新" in m for m in zh_window.messages), timeout=10000)
    assert previews and progress
    titles = [t for t, _ in progress]
    for title, label in progress:
        seen.add("progress title", title)
        seen.add("progress label", label)
    assert all(t and t != "eligibility-checker" for t in titles), titles
    for message in zh_window.messages:
        seen.add("status bar", message)
    found = seen.untranslated()
    assert not found, "\n".join(f"{where}: {text!r}" for where, text in found)


def test_the_checker_finds_english(tmp_path):
    assert english("Checked 12 programme(s).") == ["Checked", "programme"]
    assert english("已备份到 /tmp/data/backups/merchants-2026.sqlite3") == []
    assert english("导出 Excel 报告(&E)…") == []
    assert english(str(Path("/a/b"))) == []
