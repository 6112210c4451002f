from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application with the bundled Chinese font registered, as the app does at start."""
    from gui.app import install_fonts

    install_fonts(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _bundled_packs_only_after_each_test():
    """Added packs are registered process-wide (editions, documents, origins): a test that loads a data folder's
    packs must not leave them to the next test."""
    yield
    if "engine.packs" in sys.modules:
        sys.modules["engine.packs"].deactivate()
