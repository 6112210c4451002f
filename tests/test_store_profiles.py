"""Profiles, revisions, trash, checks, checklist ticks and settings in the local store."""

from __future__ import annotations

import datetime as dt

import pytest
from store_helpers import PROGRAM, example

from engine.evaluate import evaluate
from engine.facts import MerchantProfile
from engine.rules import get_pack
from engine.store import ProfileNotFound, StoreError, open_store

AS_OF = dt.datetime(2020, 5, 20, 12, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "data") as s:
        yield s


def test_new_data_dir_is_created_and_seeded_with_demo_merchants(tmp_path):
    folder = tmp_path / "new" / "nested"
    with open_store(folder) as s:
        demos = s.list_profiles()
        assert s.path == folder / "merchants.sqlite3"
    names = {d.name for d in demos}
    assert len(demos) == 5 and all(d.is_demo for d in demos)
    assert {"宁波海曙精工机械有限公司", "香港永盛贸易有限公司"} <= names
    with open_store(folder) as s:  # opening again adds nothing
        assert len(s.list_profiles()) == 5


def test_demo_merchants_cover_eligible_failing_unknown_and_hong_kong(store):
    statuses = {}
    pack = get_pack(PROGRAM)
    for summary in store.list_profiles():
        profile = store.get(summary.id).profile
        statuses[summary.name] = evaluate(profile, pack, AS_OF).status.value
    assert statuses["宁波海曙精工机械有限公司"] == "eligible"
    assert statuses["义乌市星辰工艺品有限公司"] == "not_eligible"
    assert statuses["深圳市晨光智能电子有限公司"] == "incomplete"
    platforms = {s.name: s.platforms for s in store.list_profiles()}
    assert platforms["义乌市星辰工艺品有限公司"] == ["alibaba_com", "yanxuan_1688"]
    hk = next(s for s in store.list_profiles() if s.name == "香港永盛贸易有限公司")
    assert store.get(hk.id).profile.alibaba_com.membership_type == "china_supplier"
    assert store.get(hk.id).profile.company.region == "hong_kong"


def test_existing_data_gets_no_demo_merchants(tmp_path):
    folder = tmp_path / "d"
    with open_store(folder) as s:
        for summary in s.list_profiles():
            s.delete(summary.id)
        assert s.empty_trash() == 5
        mine = s.create(example())
    with open_store(folder) as s:
        assert [p.id for p in s.list_profiles()] == [mine.id]


def test_save_appends_revisions_and_restore_makes_a_new_one(store):
    first = store.create(example())
    assert first.revision == 1 and not first.is_demo
    edited = first.profile.model_copy(deep=True)
    edited.alibaba_com.violation_score_points = 30
    second = store.save(first.id, edited)
    assert second.revision == 2
    assert store.save(first.id, edited).revision == 2  # unchanged: nothing appended
    assert store.get_revision(first.id, 1).alibaba_com.violation_score_points == 6
    assert store.get(first.id).profile.alibaba_com.violation_score_points == 30
    restored = store.restore(first.id, 1)
    assert restored.revision == 3
    assert restored.profile == first.profile
    assert [r.revision for r in store.revisions(first.id)] == [1, 2, 3]
    assert store.revisions(first.id)[0].name == "宁波示例机械有限公司"


def test_unknown_stays_unknown_through_storage(store):
    profile = MerchantProfile.model_validate({"name": "空档案", "company": {"canton_fair_exhibition_dates": []}})
    stored = store.create(profile)
    back = store.get(stored.id).profile
    assert back.company.general_taxpayer is None
    assert back.alibaba_com.violation_score_points is None
    assert back.company.canton_fair_exhibition_dates == []
    assert back == profile


def test_list_search_platforms_and_trash(store):
    a = store.create(example())
    b = store.create(MerchantProfile.model_validate(
        {"name": "温州小商品", "company": {"unified_social_credit_code": "91330300MA2XXXXX9Y"}}))
    assert [s.id for s in store.list_profiles("宁波示例")] == [a.id]
    assert [s.id for s in store.list_profiles("MA2XXXXX9")] == [b.id]
    assert [s.id for s in store.list_profiles("100%_")] == []
    summary = next(s for s in store.list_profiles() if s.id == a.id)
    assert summary.platforms == ["alibaba_com"]
    assert next(s for s in store.list_profiles() if s.id == b.id).platforms == []
    store.delete(a.id)
    assert a.id not in [s.id for s in store.list_profiles()]
    assert next(s for s in store.list_profiles(include_deleted=True) if s.id == a.id).deleted
    with pytest.raises(StoreError):
        store.save(a.id, example())
    store.undelete(a.id)
    assert a.id in [s.id for s in store.list_profiles()]
    store.delete(a.id)
    assert store.empty_trash() == 1
    with pytest.raises(ProfileNotFound):
        store.get(a.id)
    assert any(b.label == "pre-empty-trash" for b in store.list_backups())


def test_checks_history_status_changes_and_latest_status(store):
    stored = store.create(example())
    pack = get_pack(PROGRAM)
    first = evaluate(stored.profile, pack, AS_OF)
    cid = store.record_check(stored.id, 1, first)
    worse = stored.profile.model_copy(deep=True)
    worse.alibaba_com.violation_score_points = 40
    rev2 = store.save(stored.id, worse)
    store.record_check(stored.id, 2, evaluate(worse, pack, AS_OF))
    store.record_check(stored.id, 2, evaluate(worse, pack, AS_OF))
    checks = store.checks(stored.id, PROGRAM)
    assert [c.status for c in checks] == ["eligible", "not_eligible", "not_eligible"]
    assert checks[0].id == cid and checks[0].revision == 1 and checks[0].pack_version == pack.version
    assert checks[0].result.model_dump(mode="json") == first.model_dump(mode="json")  # evidence is JSON-typed
    assert checks[0].as_of == AS_OF
    changes = store.status_changes(stored.id)
    assert [(c.before, c.after, c.revision) for c in changes] == [(None, "eligible", 1),
                                                                   ("eligible", "not_eligible", rev2.revision)]
    summary = next(s for s in store.list_profiles() if s.id == stored.id)
    assert summary.statuses == {PROGRAM: "not_eligible"}
    with pytest.raises(ProfileNotFound):
        store.record_check(stored.id, 9, first)


def test_checklist_ticks_and_settings(store):
    stored = store.create(example())
    store.set_checklist_tick(stored.id, PROGRAM, "doc-1", "done")
    store.set_checklist_tick(stored.id, PROGRAM, "doc-2", "in_progress")
    store.set_checklist_tick(stored.id, PROGRAM, "doc-1", "not_needed")
    assert store.checklist_ticks(stored.id) == {(PROGRAM, "doc-1"): "not_needed", (PROGRAM, "doc-2"): "in_progress"}
    with pytest.raises(StoreError, match="invalid checklist state"):
        store.set_checklist_tick(stored.id, PROGRAM, "doc-1", "maybe")
    assert store.get_setting("ui.language") is None
    assert store.get_setting("ui.language", "en") == "en"
    store.set_setting("ui.language", "zh")
    store.set_setting("ui.language", "en")
    assert store.get_setting("ui.language") == "en"


def test_read_only_store_reads_while_a_writer_is_open_and_refuses_writes(tmp_path):
    folder = tmp_path / "d"
    with open_store(folder) as writer:
        pid = writer.create(example()).id
        with open_store(folder, read_only=True) as reader:
            assert reader.read_only
            assert reader.get(pid).profile.name == "宁波示例机械有限公司"
            with pytest.raises(StoreError, match="read-only") as info:
                reader.save(pid, example())
            assert "只读" in info.value.message("zh")
            writer.set_setting("k", "v")
            assert reader.get_setting("k") == "v"


def test_read_only_open_of_a_missing_store_creates_nothing(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "none", read_only=True)
    assert not (tmp_path / "none").exists()


def test_first_start_killed_before_seeding_still_gets_demo_merchants(tmp_path):
    import sqlite3

    from engine.store.migrations import migrate

    folder = tmp_path / "d"
    folder.mkdir()
    conn = sqlite3.connect(folder / "merchants.sqlite3", isolation_level=None)
    migrate(conn)  # schema committed, seeding never happened
    conn.close()
    with open_store(folder) as s:
        assert len(s.list_profiles()) == 5


def test_one_store_shared_by_threads(store):
    import threading

    pid = store.create(example()).id
    errors: list[BaseException] = []

    def work(tag: str) -> None:
        try:
            for i in range(25):
                store.save(pid, example().model_copy(update={"notes": f"{tag}{i}"}))
                store.list_profiles()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in "abc"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [r.revision for r in store.revisions(pid)] == list(range(1, 77))
