"""Report errors that carry a message in both languages."""

from __future__ import annotations

from engine.i18n import Lang, Text


class ReportError(Exception):
    """A problem writing or reading a report file, explained to the user in zh and en."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text

    def message(self, lang: Lang) -> str:
        return self.text.get(lang)


class Cancelled(ReportError):
    """The caller's progress callback asked to stop; nothing was written."""

    def __init__(self) -> None:
        super().__init__(Text(zh="已取消，未写入文件", en="cancelled; no file was written"))
