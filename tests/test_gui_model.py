"""The merchant list model: Qt model contract, search, sort and status badges from the latest checks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from engine.evaluate import evaluate_all
from engine.facts import MerchantProfile
from engine.rules import load_packs
from gui.merchant_model import ID_ROLE, MerchantFilter, MerchantModel
from tests.gui_fixtures import DURING_REGISTRATION, dialogs, example_profile, isolated_settings, store  # noqa: F401


def _names(proxy):
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_model_passes_the_qt_model_tester(qtmodeltester, store):
    store.create(MerchantProfile(name="Alpha"))
    store.create(example_profile())
    model = MerchantModel(store)
    qtmodeltester.check(model)
    proxy = MerchantFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_search_and_sort(store):
    store.create(MerchantProfile(name="Zhejiang Alpha"))
    store.create(MerchantProfile(name="Beta Trading"))
    model = MerchantModel(store)
    proxy = MerchantFilter()
    proxy.setSourceModel(model)
    proxy.sort(MerchantModel.NAME, Qt.SortOrder.AscendingOrder)
    names = _names(proxy)
    assert names.index("Beta Trading") < names.index("Zhejiang Alpha")
    proxy.setFilterFixedString("alpha")
    assert _names(proxy) == ["Zhejiang Alpha"]


def test_status_badge_comes_from_latest_checks(store):
    stored = store.create(example_profile())
    model = MerchantModel(store)
    row = model.row_of(stored.id)
    assert model.index(row, MerchantModel.CHECKS).data() == "Not checked"
    for result in evaluate_all(stored.profile, load_packs(), DURING_REGISTRATION):
        store.record_check(stored.id, stored.revision, result)
    model.refresh()
    row = model.row_of(stored.id)
    index = model.index(row, MerchantModel.CHECKS)
    assert index.data().startswith("Eligible 2/")
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(row, 0).data(ID_ROLE) == stored.id
    assert model.index(row, MerchantModel.PLATFORMS).data() == "Alibaba.com"


OURS = ("Alpha", "Beta", "Gamma")


def _ours(proxy):
    return [n for n in _names(proxy) if n in OURS]


def test_header_sort_reorders_the_source_and_keeps_the_selection(qtbot, qtmodeltester, store):
    from gui.merchant_panel import MerchantPanel

    for name in ("Gamma", "Alpha", "Beta"):
        store.create(MerchantProfile(name=name))
    panel = MerchantPanel(store)
    qtbot.addWidget(panel)
    assert _ours(panel.proxy) == ["Beta", "Alpha", "Gamma"]  # newest first
    alpha = next(r.id for r in panel.model.rows if r.name == "Alpha")
    assert panel.select(alpha)
    panel.table.sortByColumn(MerchantModel.NAME, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in panel.model.rows if r.name in OURS] == ["Alpha", "Beta", "Gamma"]
    assert _ours(panel.proxy) == ["Alpha", "Beta", "Gamma"]
    assert panel.current_id() == alpha
    panel.table.sortByColumn(MerchantModel.NAME, Qt.SortOrder.DescendingOrder)
    assert _ours(panel.proxy) == ["Gamma", "Beta", "Alpha"]
    assert panel.current_id() == alpha
    panel.search.setText("ETA")
    assert _names(panel.proxy) == ["Beta"]
    panel.model.refresh()  # a re-list keeps the chosen order
    assert _names(panel.proxy) == ["Beta"]
    panel.search.clear()
    assert _ours(panel.proxy) == ["Gamma", "Beta", "Alpha"]
    qtmodeltester.check(panel.proxy)


def test_platforms_are_listed_in_the_apps_language(store):
    from engine.facts import parse_profile
    from gui.i18n import set_lang

    stored = store.create(parse_profile({"name": "Both", "alibaba_com": {"membership_type": "gold_supplier"},
                                         "yanxuan_1688": {"platform_level": 3}}))
    model = MerchantModel(store)
    row = model.row_of(stored.id)
    assert model.index(row, MerchantModel.PLATFORMS).data() == "Alibaba.com, 1688 Yanxuan"
    set_lang("zh")
    try:
        model = MerchantModel(store)
        assert model.index(row, MerchantModel.PLATFORMS).data() == "阿里巴巴国际站、1688 严选"
    finally:
        set_lang("en")
