"""Menus, standard shortcuts and the merchant commands of the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.crash import log_dir
from gui.i18n import lang, plural, sentences
from gui.programmes_menu import add_actions as add_programmes_actions
from gui.settings import recent_files

translate = QCoreApplication.translate

Key = QKeySequence.StandardKey


class WindowActions:
    """Mixed into MainWindow; expects its attributes (store, panel, editor, tabs, ...)."""

    act: dict[str, QAction]

    def _action(self: Any, key: str, text: str, slot: Any, shortcut: Any = None, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.act[key] = action
        return action

    def build_actions(self: Any) -> None:
        self.act = {}
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action("new", self.tr("&New merchant"), self.new_merchant, Key.New))
        file_menu.addAction(self._action("wizard", self.tr("New &check wizard…"), self.open_wizard, "Ctrl+Shift+N"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("import", self.tr("&Import…"), self.import_dialog, Key.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addAction(self._action("save", self.tr("&Save"), self.save, Key.Save))
        file_menu.addSeparator()
        file_menu.addAction(self._action("export", self.tr("&Export Excel report…"), self.export_report, "Ctrl+E"))
        file_menu.addAction(self._action("export_json", self.tr("Export profile as &JSON…"), self.export_json))
        file_menu.addAction(self._action("export_pdf", self.tr("Export P&DF…"), self.export_pdf))
        file_menu.addAction(self._action("template", self.tr("Excel intake &template…"), self.export_template))
        file_menu.addAction(self._action("print", self.tr("&Print…"), self.print_report, Key.Print))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.tr("&Quit"), self.close, Key.Quit))
        edit = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        edit.addSeparator()  # Undo and Redo go above it once the editor is built (add_undo_actions)
        edit.addAction(self._action("find", self.tr("&Find merchant"), self.focus_search, Key.Find))
        edit.addAction(self._action("duplicate", self.tr("Dupli&cate merchant"), self.duplicate_merchant, "Ctrl+D"))
        delete = self._action("delete", self.tr("&Delete merchant"), self.delete_merchant, Key.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # Del in a field edits text
        self.panel.table.addAction(delete)
        edit.addAction(delete)
        edit.addAction(self._action("undelete", self.tr("Restore deleted &merchant"), self.undelete_merchant))
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self._action("show_deleted", self.tr("Show &deleted merchants"), self.toggle_deleted,
                                    checkable=True))
        view.addSeparator()
        for i in range(self.tabs.count()):
            view.addAction(self._action(f"tab{i}", self.tabs.tabText(i),
                                        lambda _=False, n=i: self.show_tab(n), f"Ctrl+{i + 1}"))
        tools = bar.addMenu(self.tr("&Tools"))
        tools.addAction(self._action("check", self.tr("&Check this merchant"), self.run_check, Key.Refresh))
        tools.addAction(self._action("check_all", self.tr("Check &all merchants…"), self.check_all, "Ctrl+Shift+R"))
        tools.addAction(self._action("batch", self.tr("Export &batch matrix…"), self.export_batch))
        tools.addSeparator()
        add_programmes_actions(self, tools)
        tools.addSeparator()
        lang_menu = tools.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("zh", "中文"), ("en", "English")):
            action = self._action(f"lang_{code}", name, lambda _=False, c=code: self.switch_language(c),
                                  checkable=True)
            action.setChecked(code == lang())
            group.addAction(action)
            lang_menu.addAction(action)
        tools.addAction(self._action("empty_trash", self.tr("&Empty trash…"), self.empty_trash))
        tools.addAction(self._action("remove_demo", self.tr("Remove &demo merchants…"), self.remove_demo))
        tools.addSeparator()
        tools.addAction(self._action("backup", self.tr("Back &up now"), self.backup_now))
        tools.addAction(self._action("restore_backup", self.tr("&Restore a backup…"), self.restore_from_backup))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action("logs", self.tr("Open &log folder"), self.open_logs))
        help_menu.addAction(self._action("about", self.tr("&About"), self.about))
        help_menu.addAction(self._action("about_qt", self.tr("About &Qt"), QApplication.aboutQt))
        roles = {"quit": QAction.MenuRole.QuitRole, "about": QAction.MenuRole.AboutRole,
                 "about_qt": QAction.MenuRole.AboutQtRole}
        for key, action in self.act.items():  # macOS puts these in the application menu; nothing else moves
            action.setMenuRole(roles.get(key, QAction.MenuRole.NoRole))
        self.update_actions()

    def update_actions(self: Any) -> None:
        if not self.ready:
            self.disable_until_ready()  # gui/window_start.py
            return
        has, write = self.profile_id is not None, self.can_write()
        for key, action in self.act.items():  # enabled again after loading; the undo stack keeps undo/redo's
            if key not in ("undo", "redo"):
                action.setEnabled(True)
        for key in ("duplicate", "delete"):
            self.act[key].setEnabled(has and write)
        for key in ("export", "export_json", "export_pdf", "print", "check"):
            self.act[key].setEnabled(has)
        for key in ("new", "import", "wizard", "undelete", "empty_trash", "remove_demo", "check_all", "backup",
                    "restore_backup"):
            self.act[key].setEnabled(write)
        self.act["save"].setEnabled(has and write)
        self.panel.new_button.setEnabled(write)
        self.panel.duplicate_button.setEnabled(has and write)
        self.panel.delete_button.setEnabled(has and write)
        self.editor.setEnabled(has)

    def fill_recent_menu(self: Any) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def focus_search(self: Any) -> None:
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    # -- merchants -------------------------------------------------------------------------------------------
    def new_merchant(self: Any) -> None:
        from engine.facts import MerchantProfile

        if not self.maybe_save():
            return
        stored = self.store.create(MerchantProfile(name=self.tr("New merchant")))
        self.panel.refresh(stored.id, quiet=False)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.jump_to("name")

    def duplicate_merchant(self: Any) -> None:
        if self.profile_id is None or not self.maybe_save():
            return
        profile = self.store.get(self.profile_id).profile
        name = self.tr("%1 (copy)").replace("%1", profile.name or "")
        stored = self.store.create(profile.model_copy(update={"name": name}))
        self.panel.refresh(stored.id, quiet=False)

    def delete_merchant(self: Any) -> None:
        if self.profile_id is None:
            return
        pid = self.profile_id
        self.editor.undo_stack.setClean()  # deleting is recoverable; its edits go with it
        self.drop_draft(pid)
        self.store.delete(pid)
        self.last_deleted = [pid]
        self.profile_id = None
        self.panel.refresh(quiet=False)
        if self.panel.current_id() is None:
            self.load_merchant(None)
        self.statusBar().showMessage(self.tr("Merchant moved to the trash. Edit ▸ Restore deleted merchant "
                                             "brings it back."), 8000)

    def undelete_merchant(self: Any) -> None:
        pid = self.panel.current_id() if self.act["show_deleted"].isChecked() else None
        pids = [pid] if pid is not None else list(self.last_deleted)
        if not pids:
            self.statusBar().showMessage(self.tr("Nothing to restore."), 4000)
            return
        for each in pids:
            self.store.undelete(each)
        self.last_deleted = []
        self.panel.refresh(pids[-1], quiet=False)

    def toggle_deleted(self: Any, on: bool) -> None:
        self.panel.model.show_deleted = on
        self.panel.refresh()

    def empty_trash(self: Any) -> None:
        answer = QMessageBox.question(self, self.tr("Empty trash"),
                                      self.tr("Permanently remove the deleted merchants?"))
        if answer == QMessageBox.StandardButton.Yes:
            count = self.store.empty_trash()
            self.last_deleted = []
            self.panel.refresh()
            message = plural(translate("WindowActions", "%n merchant(s) removed.", "", count), count)
            self.statusBar().showMessage(message, 4000)

    def remove_demo(self: Any) -> None:
        """The demo merchants of a new data folder, all moved to the trash in one step (Edit > Restore deleted
        merchant brings them back until the trash is emptied)."""
        demo = [s.id for s in self.store.list_profiles() if s.is_demo]
        if not demo:
            self.statusBar().showMessage(self.tr("There are no demo merchants."), 4000)
            return
        count = len(demo)  # (a plain name: lupdate does not read a call inside translate()'s arguments)
        question = translate("WindowActions", "Move the %n demo merchant(s) to the trash? Your own merchants are "
                                              "not touched.", "", count)
        answer = QMessageBox.question(self, self.tr("Remove demo merchants"), plural(question, count))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.profile_id in demo:
            self.editor.undo_stack.setClean()
            self.drop_draft(self.profile_id)
        for pid in demo:
            self.store.delete(pid)
        self.last_deleted = demo
        if self.profile_id in demo:
            self.profile_id = None
        self.panel.refresh(quiet=False)
        if self.profile_id is None and self.panel.current_id() is None:
            self.load_merchant(None)
        message = plural(translate("WindowActions", "%n demo merchant(s) moved to the trash.", "", count), count)
        self.statusBar().showMessage(sentences(message, self.tr("Edit ▸ Restore deleted merchant brings them back.")),
                                     8000)

    def switch_language(self: Any, code: str) -> None:
        if code != lang() and self.maybe_save():
            self.language_requested.emit(code)
        else:
            self.act[f"lang_{lang()}"].setChecked(True)

    def open_logs(self: Any) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QUrl  # its enums cost ~5 ms to build: not at start
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self: Any) -> None:
        import engine

        QMessageBox.about(self, self.tr("About"), self.tr(
            "<b>Merchant Eligibility Checker</b> %1<br>Checks merchants against the admission rules of "
            "e-commerce programmes, criterion by criterion. Works offline.<br>Data: %2").replace(
            "%1", getattr(engine, "__version__", "")).replace("%2", str(self.store.path)))
