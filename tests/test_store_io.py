"""Import policies, conflict detection and document checks."""

from __future__ import annotations

import pytest
from store_helpers import example

from engine.facts import MerchantProfile
from engine.store import open_store
from engine.store.io import ImportInvalid

USCI = "91330100MA27ABCD1X"


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "d") as s:
        yield s


def _merchant(notes: str) -> MerchantProfile:
    return MerchantProfile.model_validate({"name": "杭州某某", "notes": notes,
                                           "company": {"unified_social_credit_code": USCI}})


def test_same_name_and_credit_code_is_the_same_merchant(store):
    original = store.create(_merchant("local"))
    doc = {"format_version": 1, "profiles": [{"id": "f" * 32, "name": "杭州某某",
                                              "profile": _merchant("from the fair").model_dump(mode="json")}]}
    assert store.import_conflicts(doc) == {0: original.id}
    assert store.import_profiles(doc, "skip").skipped == [original.id]
    assert store.get(original.id).profile.notes == "local"
    report = store.import_profiles(doc, "replace")
    assert report.replaced == [original.id]
    assert store.get(original.id).revision == 2 and store.get_revision(original.id, 1).notes == "local"
    both = store.import_profiles(doc, "keep_both")
    assert both.created == ["f" * 32]  # the file's id is kept when it is free
    again = store.import_profiles(doc, "keep_both")
    assert again.created[0] not in (original.id, "f" * 32)


def test_replace_brings_a_trashed_profile_back(store):
    original = store.create(_merchant("old"))
    store.delete(original.id)
    doc = {"format_version": 1, "id": original.id, "profile": _merchant("new").model_dump(mode="json")}
    assert store.import_profiles(doc, "replace").replaced == [original.id]
    assert original.id in {p.id for p in store.list_profiles()}
    assert store.get(original.id).profile.notes == "new"


@pytest.mark.parametrize(("doc", "fragment"), [
    ({"format_version": 2, "profiles": []}, "unsupported version 2"),
    ([1, 2], "not a merchant profile file"),
    ({"format_version": 1, "profiles": {"a": 1}}, "profiles: must be a list"),
    ({"format_version": 1, "profiles": [{"id": "a", "profile": {}}, {"id": "a", "profile": {}}]}, "duplicate"),
    ({"format_version": 1, "profiles": [{"id": "../x", "profile": {}}]}, "id: invalid"),
    ({"format_version": 1, "profiles": [{"id": "a", "profile": "text"}]}, "must be an object"),
])
def test_bad_documents_are_refused_whole(store, doc, fragment):
    before = len(store.list_profiles())
    with pytest.raises(ImportInvalid) as info:
        store.import_profiles(doc, "keep_both")
    assert fragment in str(info.value)
    assert len(store.list_profiles()) == before


def test_bare_profile_and_export_of_all(store):
    report = store.import_profiles(example().model_dump(mode="json"), "keep_both")
    assert len(report.created) == 1
    everything = store.export_profiles()
    assert everything["format_version"] == 1
    assert len(everything["profiles"]) == 6 and {"id", "name", "profile"} <= set(everything["profiles"][0])
