"""A writer process for the kill and concurrency tests: prints what it saved only after the commit returned."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from engine.facts import MerchantProfile
from engine.store import open_store


def main() -> None:
    folder, tag, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    shared = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != "-" else None
    batch = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    go = folder.parent / "go"
    with open_store(folder) as store:
        print("ready", flush=True)
        while shared and not go.exists():
            time.sleep(0.001)
        for i in range(count):
            profile = MerchantProfile.model_validate({
                "name": f"{tag}-{i}", "notes": "备注" * (i % 50),
                "company": {"registered_city": "杭州", "rd_staff_count": i},
            })
            stored = store.create(profile)
            print(f"created {stored.id} {tag}-{i}", flush=True)
            edited = profile.model_copy(update={"notes": f"edited {i}"})
            print(f"saved {stored.id} {store.save(stored.id, edited).revision}", flush=True)
            if batch and i % 4 == 0:  # a many-profile import: one transaction, all or nothing
                doc = {"format_version": 1, "profiles": [
                    {"profile": {"name": f"{tag}-b{i}-{j}", "notes": "批量" * 200}} for j in range(batch)]}
                store.import_profiles(doc, "keep_both")
                print(f"batch {tag}-b{i}", flush=True)
            if shared:
                target = store.get(shared).profile.model_copy(update={"notes": f"{tag} {i}"})
                print(f"shared {store.save(shared, target).revision}", flush=True)
                time.sleep(0.002)  # a person's pace between edits: lets the other writer in


if __name__ == "__main__":
    main()
