"""Installing pack files: a good one is added with its origin, a bad one is refused with the loader's message
and leaves nothing behind, editions apply by date, removing restores what was before, bundled ids are kept."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from packs_support import BJ, DURING, EXAMPLE_ID, installed_dirs, make_pack, registry_at, second_edition

from engine.evaluate import evaluate_all
from engine.facts import parse_profile
from engine.packs import PackFileError, PackRefused
from engine.packs import installed as installed_module
from engine.packs.install import export_pack, install_pack
from engine.packs.origin import origin_of
from engine.rules import get_pack, load_packs
from engine.sources import locate, source_document

MEETS = {"company": {"registered_capital_cny": 500000, "registration_date": "2029-03-10"},
         "alibaba_com": {"violation_score_points": 23, "valid_inquiries_90d": 21}}
AT = datetime(2031, 2, 1, 9, 30, tzinfo=BJ)


def test_a_good_pack_is_installed_with_its_origin(tmp_path):
    data = tmp_path / "data"
    reg = registry_at(data)
    done = install_pack(reg, make_pack(tmp_path), at=AT)
    assert done.cases == 9 and done.replaced is None
    assert installed_dirs(data) == [f"{EXAMPLE_ID}@2031.01.1"]
    folder = data / "packs" / f"{EXAMPLE_ID}@2031.01.1"
    origin = json.loads((folder / "origin.json").read_text(encoding="utf-8"))
    assert origin["kind"] == "added" and origin["file"] == "example.mecpack"
    assert origin["installed_at"] == "2031-02-01T09:30:00+08:00" and len(origin["sha256"]) == 64
    assert set(origin["files"]) == {"manifest.yaml", "pack.yaml", "cases.yaml", "sources/index.yaml",
                                    "sources/example-spring-showcase-2031.txt"}
    assert [p.id for p in reg.programmes(DURING)].count(EXAMPLE_ID) == 1
    assert len(reg.programmes(DURING)) == len(load_packs()) + 1
    edition = reg.edition(EXAMPLE_ID)
    assert edition.added and edition.period.start == datetime(2031, 1, 15, tzinfo=BJ)
    assert edition.origin.describe().zh == f"2031 年 2 月 1 日 09:30（北京时间）添加（校验码 {origin['sha256'][:12]}）"
    assert edition.origin.describe().en == f"added on 1 Feb 2031, 09:30 Beijing time (checksum {origin['sha256'][:12]})"


def test_an_installed_pack_is_found_by_a_new_registry_and_its_documents_resolve(tmp_path):
    data = tmp_path / "data"
    install_pack(registry_at(data), make_pack(tmp_path))
    fresh = registry_at(data)  # activated: its documents and origins are the engine's now
    assert fresh.problems == []
    pack = fresh.edition(EXAMPLE_ID).pack
    doc = source_document(pack.source.file)
    assert doc is not None and doc.publisher.zh == "示例平台招商部"
    crit = next(c for c in pack.criteria if c.id == "registered-capital")
    assert locate(pack.source.file, crit.clause.quote)
    assert origin_of(EXAMPLE_ID, "2031.01.1") is not None
    result = next(r for r in evaluate_all(parse_profile(MEETS), fresh.programmes(DURING), DURING)
                  if r.program == EXAMPLE_ID)
    assert result.status.value == "eligible"


@pytest.mark.parametrize(("edit", "where", "text"), [
    (dict(pack=lambda t: t.replace("    test: {kind: compare, fact: company.registered_capital_cny",
                                   "    tset: {kind: compare, fact: company.registered_capital_cny")),
     "pack.yaml:53:5", "criteria registered-capital (tset): Extra inputs are not permitted"),
    (dict(pack=lambda t: t.replace("op: ge, value: 500000", "op: ge, value: 500000, threshold: 1")),
     "pack.yaml:53:88", "criteria registered-capital (test.compare.threshold): Extra inputs are not permitted"),
    (dict(pack=lambda t: t.replace("fact: company.registered_capital_cny", "fact: company.capital")),
     "pack.yaml:53:5", "criterion registered-capital: fact 'company.capital' does not exist in the profile model"),
    (dict(pack=lambda t: t.replace("zone: Asia/Shanghai\n    clause: {ref: 一、2", "zone: Asia/Beijing\n    clause: {ref: 一、2")),
     "pack.yaml:33:5", "unknown time zone 'Asia/Beijing'"),
    (dict(pack=lambda t: t.replace("title: {zh: 报名时间, en: Registration}", "title: {zh: 报名时间, en: Registration")),
     "pack.yaml:", "not valid YAML"),
    (dict(pack=lambda t: t.replace("quote: \"企业注册资本须达到 50 万元及以上\"", "quote: \"企业注册资本须达到 30 万元及以上\"")),
     "pack.yaml:52:24", "quote not found in example-spring-showcase-2031.txt"),
    (dict(cases=lambda t: t.replace("registered-capital: fail}, gap", "registered-capital: pass}, gap")),
     "cases.yaml:12:5", "case 'capital one fen short fails': registered-capital: fail, expected pass"),
    (dict(cases=lambda t: t.replace("program: example-spring-showcase-2031", "program: another")),
     "cases.yaml:2:1", "program 'another' is not the pack's id"),
    (dict(pack=lambda t: t.replace('version: "2031.01.1"', 'version: "spring"')),
     "pack.yaml:4:1", "version 'spring': write it as numbers"),
    (dict(extra={"run.py": b"print('hello')"}), "run.py", "not part of a pack"),
    (dict(drop=("cases.yaml",)), "cases.yaml", "missing"),
    (dict(pack=lambda t: t.replace("id: example-spring-showcase-2031\n", "id: example-spring-showcase-2031\n"
                                   "run: !!python/object/apply:os.system ['echo hacked']\n")),
     "pack.yaml:4:6", "not valid YAML: could not determine a constructor"),
])
def test_a_bad_pack_is_refused_with_file_line_column_and_leaves_nothing(tmp_path, edit, where, text):
    data = tmp_path / "data"
    reg = registry_at(data)
    before = [(e.pack.id, e.pack.version) for e in reg.editions]
    with pytest.raises(PackRefused) as caught:
        install_pack(reg, make_pack(tmp_path, **edit))
    problems = [str(p) for p in caught.value.problems]
    assert any(p.startswith(where) and text in p for p in problems), problems
    assert problems[0] in caught.value.message("en") and "was not installed" in caught.value.message("en")
    assert "未安装" in caught.value.message("zh")
    assert installed_dirs(data) == []  # not even a hidden staging folder
    assert [(e.pack.id, e.pack.version) for e in reg.editions] == before


def test_a_failure_while_writing_leaves_nothing_half_installed(tmp_path, monkeypatch):
    data = tmp_path / "data"
    reg = registry_at(data)
    calls = []

    def failing(path, payload):
        calls.append(path.name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)

    monkeypatch.setattr(installed_module, "_write", failing)
    with pytest.raises(PackFileError, match="No space left on device"):
        install_pack(reg, make_pack(tmp_path))
    assert len(calls) == 3 and installed_dirs(data) == []
    assert EXAMPLE_ID not in reg.programme_ids()


def test_not_a_pack_file_is_one_clear_error(tmp_path):
    reg = registry_at(tmp_path / "data")
    (tmp_path / "notes.mecpack").write_text("hello", encoding="utf-8")
    with pytest.raises(PackFileError, match="not a pack file"):
        install_pack(reg, tmp_path / "notes.mecpack")
    with pytest.raises(PackFileError, match="no such file"):
        install_pack(reg, tmp_path / "missing.mecpack")


def test_unsafe_paths_and_oversized_files_in_a_zip_are_refused(tmp_path, monkeypatch):
    import zipfile

    from engine.packs import bundle

    evil = tmp_path / "evil.mecpack"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../outside.txt", "x")
    with pytest.raises(PackFileError, match="unsafe path"):
        install_pack(registry_at(tmp_path / "data"), evil)
    monkeypatch.setattr(bundle, "MAX_FILE_BYTES", 1000)
    with pytest.raises(PackFileError, match="too large"):
        install_pack(registry_at(tmp_path / "data"), make_pack(tmp_path))
    assert not (tmp_path / "outside.txt").exists() and installed_dirs(tmp_path / "data") == []


def test_the_same_edition_twice_is_refused(tmp_path):
    reg = registry_at(tmp_path / "data")
    install_pack(reg, make_pack(tmp_path))
    with pytest.raises(PackRefused, match="already installed"):
        install_pack(reg, make_pack(tmp_path, "again.mecpack"))
    assert installed_dirs(tmp_path / "data") == [f"{EXAMPLE_ID}@2031.01.1"]


def test_a_higher_edition_supersedes_from_its_start_and_both_stay_available(tmp_path):
    data = tmp_path / "data"
    reg = registry_at(data)
    install_pack(reg, make_pack(tmp_path))
    done = install_pack(reg, second_edition(tmp_path))
    assert done.replaced is not None and done.replaced.pack.version == "2031.01.1"
    first, second = reg.editions_of(EXAMPLE_ID)
    start = datetime(2031, 8, 1, tzinfo=BJ)
    assert first.period.end == start and first.period.superseded_by == "2031.08.1"
    assert second.period.start == start and second.period.end is None
    profile = parse_profile(MEETS)
    for moment, version, status in ((start - timedelta(seconds=1), "2031.01.1", "eligible"),
                                    (start, "2031.08.1", "not_eligible"),
                                    (DURING, "2031.01.1", "eligible")):
        # the packs the app holds are those in force now; evaluate_all still uses each one's edition of then
        result = next(r for r in evaluate_all(profile, reg.programmes(), moment) if r.program == EXAMPLE_ID)
        assert (result.version, result.status.value) == (version, status), moment
        assert reg.edition(EXAMPLE_ID, as_of=moment).pack.version == version


def test_a_higher_edition_that_starts_earlier_is_refused(tmp_path):
    reg = registry_at(tmp_path / "data")
    install_pack(reg, make_pack(tmp_path))
    with pytest.raises(PackRefused, match="a higher version cannot start before a lower one"):
        install_pack(reg, second_edition(tmp_path, published="2030-12-01"))
    assert len(reg.editions_of(EXAMPLE_ID)) == 1


def test_a_corrected_edition_with_the_same_start_replaces_the_first_entirely(tmp_path):
    reg = registry_at(tmp_path / "data")
    install_pack(reg, make_pack(tmp_path))
    install_pack(reg, second_edition(tmp_path, version="2031.01.2", published="2031-01-15"))
    first, second = reg.editions_of(EXAMPLE_ID)
    assert first.period.never and not second.period.never
    assert reg.edition(EXAMPLE_ID, as_of=DURING).pack.version == "2031.01.2"


def _bundled_edition(tmp_path, version: str, published: str):
    """A new edition of a bundled programme, made from its export as an author would."""
    from engine.packs.bundle import bundle_bytes, read_bundle

    reg = registry_at(tmp_path / "export-from")
    exported = export_pack(reg.edition("icbu-find-factory-2021"), tmp_path / "find-factory.mecpack")
    files = dict(read_bundle(exported).files)
    text = files["pack.yaml"].decode("utf-8").replace('version: "2021.08.1"', f'version: "{version}"')
    text = text.replace("  published: 2021-08-26", f"  published: {published}")
    files["pack.yaml"] = text.encode("utf-8")
    files.pop("manifest.yaml")
    out = tmp_path / f"find-factory-{version}.mecpack"
    out.write_bytes(bundle_bytes(files))
    return out


def test_a_bundled_programme_is_shadowed_only_by_a_higher_version_and_removal_restores_it(tmp_path):
    data = tmp_path / "data"
    reg = registry_at(data)
    bundled = get_pack("icbu-find-factory-2021")
    with pytest.raises(PackRefused, match=r"bundled with the app \(edition 2021.08.1\); only a higher version"):
        install_pack(reg, _bundled_edition(tmp_path, "2021.08.1", "2022-03-01"))
    with pytest.raises(PackRefused, match="only a higher version"):
        install_pack(reg, _bundled_edition(tmp_path, "2021.07.9", "2022-03-01"))
    assert installed_dirs(data) == []
    install_pack(reg, _bundled_edition(tmp_path, "2022.03.1", "2022-03-01"))
    later = datetime(2022, 3, 2, tzinfo=BJ)
    assert reg.edition(bundled.id, as_of=later).pack.version == "2022.03.1"
    assert reg.edition(bundled.id, as_of=datetime(2021, 9, 1, tzinfo=BJ)).pack is bundled
    removed = reg.remove(bundled.id)
    assert removed.pack.version == "2022.03.1" and installed_dirs(data) == []
    assert reg.edition(bundled.id, as_of=later).pack is bundled
    assert [e.pack.version for e in reg.editions_of(bundled.id)] == ["2021.08.1"]
    with pytest.raises(PackFileError, match="bundled with the app and cannot be removed"):
        reg.remove(bundled.id)


def test_removing_a_new_programme_takes_it_away(tmp_path):
    data = tmp_path / "data"
    reg = registry_at(data)
    install_pack(reg, make_pack(tmp_path))
    install_pack(reg, second_edition(tmp_path))
    with pytest.raises(PackFileError, match="several added editions"):
        reg.remove(EXAMPLE_ID)
    reg.remove(EXAMPLE_ID, "2031.08.1")
    assert [e.pack.version for e in reg.editions_of(EXAMPLE_ID)] == ["2031.01.1"]
    assert reg.edition(EXAMPLE_ID).period.end is None
    reg.remove(EXAMPLE_ID)
    assert EXAMPLE_ID not in reg.programme_ids() and installed_dirs(data) == []
    with pytest.raises(PackFileError, match="no added pack"):
        reg.remove(EXAMPLE_ID)


def test_a_changed_installed_pack_is_left_out_and_the_rest_still_loads(tmp_path):
    data = tmp_path / "data"
    install_pack(registry_at(data), make_pack(tmp_path))
    pack_file = data / "packs" / f"{EXAMPLE_ID}@2031.01.1" / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("500000", "1"), encoding="utf-8")
    reg = registry_at(data)
    assert EXAMPLE_ID not in reg.programme_ids()
    assert reg.problems == [f"{EXAMPLE_ID}@2031.01.1: pack.yaml was changed since the pack was installed"]
    assert len(reg.programmes()) == len(load_packs())


def test_leftover_staging_folders_are_never_loaded(tmp_path):
    data = tmp_path / "data"
    staging = data / "packs" / ".staging-abc"
    staging.mkdir(parents=True)
    (staging / "pack.yaml").write_text("id: x", encoding="utf-8")
    reg = registry_at(data)
    assert reg.problems == [] and len(reg.editions) == len(load_packs())


def test_export_and_reinstall_round_trip(tmp_path):
    data = tmp_path / "data"
    reg = registry_at(data)
    install_pack(reg, make_pack(tmp_path))
    out = export_pack(reg.edition(EXAMPLE_ID), tmp_path / "out.mecpack")
    again = export_pack(reg.edition(EXAMPLE_ID), tmp_path / "again.mecpack")
    assert out.read_bytes() == again.read_bytes()  # deterministic
    other = registry_at(tmp_path / "other")
    done = install_pack(other, out)
    assert done.edition.pack == reg.edition(EXAMPLE_ID).pack and done.cases == 9


def test_a_document_name_means_one_text(tmp_path):
    reg = registry_at(tmp_path / "data")
    bundled_name = "000_c4f4461ef599c68b.txt"

    def rename(text: str) -> str:
        return text.replace("example-spring-showcase-2031.txt", bundled_name)

    from packs_support import example_files

    files = example_files()
    document = files.pop("sources/example-spring-showcase-2031.txt")
    index = rename(files.pop("sources/index.yaml").decode("utf-8")).encode("utf-8")
    with pytest.raises(PackRefused, match="name of a document the app carries, with another text"):
        install_pack(reg, make_pack(tmp_path, pack=rename, drop=("sources/example-spring-showcase-2031.txt",),
                                    extra={f"sources/{bundled_name}": document, "sources/index.yaml": index}))
