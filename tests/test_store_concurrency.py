"""Two processes writing to the same store at once lose nothing."""

from __future__ import annotations

from store_helpers import example, integrity, start_child, written_lines

from engine.store import open_store
from engine.store.db import DB_NAME

COUNT = 40


def test_two_writers_at_once_lose_nothing(tmp_path):
    folder = tmp_path / "d"
    with open_store(folder) as store:
        shared = store.create(example()).id
    procs = [start_child(folder, tag, COUNT, shared) for tag in ("a", "b")]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    (tmp_path / "go").touch()
    outputs = [written_lines(proc) for proc in procs]
    assert [p.returncode for p in procs] == [0, 0], [p.stderr.read() if p.stderr else "" for p in procs]
    created = {parts[1]: parts[2] for out in outputs for parts in out if parts[0] == "created"}
    per_writer = [[int(parts[1]) for parts in out if parts[0] == "shared"] for out in outputs]
    shared_revisions = sorted(per_writer[0] + per_writer[1])
    assert min(per_writer[0]) < max(per_writer[1]) and min(per_writer[1]) < max(per_writer[0])  # truly at once
    assert len(created) == 2 * COUNT
    assert shared_revisions == list(range(2, 2 + 2 * COUNT))  # every save got its own revision, none lost
    with open_store(folder) as store:
        for pid, name in created.items():
            stored = store.get(pid)
            assert stored.profile.name == name and stored.revision == 2
            assert stored.profile.notes == f"edited {name.split('-')[1]}"
        assert len(store.revisions(shared)) == 1 + 2 * COUNT
    assert integrity(folder / DB_NAME) == "ok"
