from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _bundled_packs_only_after_each_test():
    """Added packs are registered process-wide (editions, documents, origins): a test that loads a data folder's
    packs must not leave them to the next test."""
    yield
    if "engine.packs" in sys.modules:
        sys.modules["engine.packs"].deactivate()
