"""The journal's entry list model: Qt's model checks, loading a page at a time, and its roles."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.store import journal, search
from desktop.store.models import database
from desktop.store.records import EntryFields, EntryFilter, EntrySummary, Flag
from desktop.ui.common import labels
from desktop.ui.common.entry_list import EntryListModel, EntryRole

pytestmark = pytest.mark.usefixtures("store")

DISPLAY = Qt.ItemDataRole.DisplayRole
SPOKEN = Qt.ItemDataRole.AccessibleTextRole
DAY = date(2024, 6, 12)
PAGE = 200


def fill(count: int) -> None:
    """count entries over a few weeks, several on the same day."""
    with database.atomic():
        for number in range(count):
            journal.save_entry(
                None,
                EntryFields(day=DAY - timedelta(days=number % 23), body=f"entry number {number}"),
            )


def store_pages(which: EntryFilter = EntryFilter()) -> Any:  # noqa: B008
    return lambda after: search.list_entries(which, after=after, limit=PAGE)


def ids_in(model: EntryListModel) -> list[int]:
    return [model.index(row).data(EntryRole).id for row in range(model.rowCount())]


def test_empty_model_passes_qt_model_checks(qtmodeltester: Any) -> None:
    model = EntryListModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    model.load(store_pages(), PAGE)  # an empty store: still nothing
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_one_page_passes_qt_model_checks(qtmodeltester: Any) -> None:
    fill(30)
    model = EntryListModel()
    model.load(store_pages(), PAGE)
    qtmodeltester.check(model)
    assert ids_in(model) == [s.id for s in search.list_entries()]
    assert not model.canFetchMore(QModelIndex())  # a page shorter than a page is the last
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 30


def test_rows_grow_a_page_at_a_time_until_the_last(qtmodeltester: Any) -> None:
    fill(450)
    model = EntryListModel()
    model.load(store_pages(), PAGE)
    assert model.rowCount() == PAGE
    counts = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        counts.append(model.rowCount())
        assert len(counts) < 10, "fetchMore never reached the end"
    assert counts == [200, 400, 450]  # a page at a time, and no fetch after the short last one
    assert ids_in(model) == [s.id for s in search.list_entries(limit=1000)]
    assert len(set(ids_in(model))) == 450
    qtmodeltester.check(model)


def test_fetch_more_after_a_check_still_gives_each_entry_once(qtmodeltester: Any) -> None:
    # Qt's tester is attached after load(): it runs its checks on modelReset before it notes
    # that the reset is over, so a fetchMore it makes then would be reported as rows inserted
    # during a reset (true of any model that fetches more, not of this one).
    fill(PAGE * 2 + 1)
    model = EntryListModel()
    model.load(store_pages(), PAGE)
    qtmodeltester.check(model)  # Qt's tester itself calls fetchMore, and keeps watching
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert len(ids_in(model)) == len(set(ids_in(model))) == PAGE * 2 + 1


def test_can_fetch_more_is_false_for_a_child_index() -> None:
    fill(3)
    model = EntryListModel()
    model.load(store_pages(), PAGE)
    child = model.index(0)
    assert not model.canFetchMore(child)
    model.fetchMore(child)
    assert model.rowCount() == 3
    assert model.rowCount(child) == 0


def test_load_resets_and_starts_from_the_first_page(qtbot: Any, qtmodeltester: Any) -> None:
    fill(10)
    journal.save_entry(None, EntryFields(day=DAY, body="brought", bring_to_session=True))
    model = EntryListModel()
    model.load(store_pages(), PAGE)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.load(store_pages(EntryFilter(flag=Flag.BRING_TO_SESSION)), PAGE)
    assert model.rowCount() == 1
    assert model.index(0).data(EntryRole).first_line == "brought"


def test_replace_emits_data_changed_for_that_row_only(qtbot: Any, qtmodeltester: Any) -> None:
    fill(5)
    model = EntryListModel()
    model.load(store_pages(), PAGE)
    qtmodeltester.check(model)
    row = 2
    old: EntrySummary = model.index(row).data(EntryRole)
    new = dataclasses.replace(old, title="A new title", mood=4)
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        model.replace(new)
    first, last = changed.args[:2]
    assert (first.row(), last.row()) == (row, row)
    assert model.index(row).data(EntryRole) == new
    assert model.index(row).data(DISPLAY) == "A new title"
    assert model.rowCount() == 5

    unknown = dataclasses.replace(old, id=9999)
    with qtbot.assertNotEmitted(model.dataChanged):
        model.replace(unknown)
    assert model.row_of(9999) is None


def test_row_of_finds_loaded_entries() -> None:
    fill(4)
    model = EntryListModel()
    model.load(store_pages(), PAGE)
    for row, entry_id in enumerate(ids_in(model)):
        assert model.row_of(entry_id) == row


def test_roles_show_words_for_the_person() -> None:
    saved = journal.save_entry(
        None,
        EntryFields(
            day=DAY,
            title="",
            body="\nFirst line here\nsecond",
            mood=1,
            bring_to_session=True,
            private=True,
        ),
    )
    blank = journal.save_entry(None, EntryFields(day=DAY - timedelta(days=1), body=""))
    model = EntryListModel()
    model.load(store_pages(), PAGE)
    first, second = model.index(0), model.index(1)
    assert first.data(EntryRole).id == saved.id
    assert first.data(DISPLAY) == "First line here"
    spoken = first.data(SPOKEN)
    assert labels.day(DAY) in spoken
    assert labels.mood(1) in spoken
    assert labels.bring_to_session_flag() in spoken
    assert labels.private_flag() in spoken
    assert not any(ch.isdigit() for ch in spoken.replace(labels.day(DAY), ""))  # no grades
    assert second.data(EntryRole).id == blank.id
    assert second.data(DISPLAY) == labels.day(DAY - timedelta(days=1))
    assert model.data(model.index(5), DISPLAY) is None
    assert first.data(Qt.ItemDataRole.DecorationRole) is None


def test_search_results_load_as_one_page(qtmodeltester: Any) -> None:
    fill(40)
    hits = search.search("number")
    model = EntryListModel()
    model.show_all(hits)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert ids_in(model) == [s.id for s in hits]
    assert all(model.index(r).data(EntryRole).snippet for r in range(model.rowCount()))
