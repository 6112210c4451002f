"""The rule document a citation quotes, opened at the quoted clause with the clause highlighted, offline.

The documents travel with the app (``resources/sources``); ``engine.sources.locate`` finds the quote's pieces in
the document's text, and this window selects them, paints them and scrolls to the first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextEdit, QVBoxLayout, QWidget

from engine.sources import cite, locate, source_document, source_text
from gui.i18n import lang

HIGHLIGHT = QColor("#ffe58a")


def utf16_offset(text: str, index: int) -> int:
    """A Python string index as a position in Qt's UTF-16 text (characters beyond the BMP count twice)."""
    return len(text[:index].encode("utf-16-le")) // 2


class SourceView(QDialog):
    """A window (not modal) showing one document; ``show_clause`` opens it at a quote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rule document"))
        self.setModal(False)
        self.resize(760, 620)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.file: str | None = None
        self.spans: list[tuple[int, int]] = []

    def show_clause(self, file: str, ref: str, quote: str) -> bool:
        """Show ``file`` with ``quote`` highlighted; returns whether the quote was found in it."""
        lg = lang()
        doc = source_document(file)
        if doc is None:
            self.heading.setText(cite(file, ref).get(lg))
            self.note.setText(self.tr("This document is not included with the app."))
            self.text.clear()
            self.file, self.spans = None, []
            self.show()
            return False
        content = source_text(file)
        if self.file != file:
            self.text.setPlainText(content)
            self.file = file
        publisher = doc.publisher.get(lg)
        where = doc.where.get(lg)
        self.heading.setText(f"<b>{cite(file, ref).get(lg)}</b><br><small>{publisher} · {where}</small>")
        found = locate(file, quote)
        self.spans = found or []
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        for start, end in self.spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(utf16_offset(content, start))
            cursor.setPosition(utf16_offset(content, end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor  # type: ignore[attr-defined]
            sel.format = fmt  # type: ignore[attr-defined]
            selections.append(sel)
        self.text.setExtraSelections(selections)
        if self.spans:
            self.note.setText(self.tr("The quoted clause is highlighted."))
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(utf16_offset(content, self.spans[0][0]))
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()
        else:
            self.note.setText(self.tr("The quoted words were not found in this copy of the document."))
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # bring an open viewer to the front (offscreen cannot)
            self.raise_()
        return bool(self.spans)

    def highlighted(self) -> list[str]:
        """The highlighted passages (for tests and accessibility)."""
        return [sel.cursor.selectedText() for sel in self.text.extraSelections()]  # type: ignore[attr-defined]
