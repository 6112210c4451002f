from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application with the bundled Chinese font registered, as the app does at start."""
    from gui.app import install_fonts

    install_fonts(qapp)
    return qapp
