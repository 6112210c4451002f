"""PySide6 desktop app. The only package that imports Qt."""

from gui.compat import protect_none

protect_none()
