"""The Journal tab, driven through its widgets the way a person would use it."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from desktop.content.prompts import builtin_prompts
from desktop.store import db, journal, plan, prompts, search
from desktop.store.records import (
    MATCH_END,
    MATCH_START,
    EntryFields,
    EntryFilter,
    Flag,
    JournalEntry,
    ThoughtRecord,
)
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common.entry_list import EntryRole
from desktop.ui.journal import editor as journal_editor
from desktop.ui.journal import tab as journal_tab
from desktop.ui.journal.prompt_dialog import PromptDialog
from desktop.ui.journal.tab import JournalTab
from tests.frozen import TODAY
from tests.ui.helpers import plain, visible_texts

CTRL = Qt.KeyboardModifier.ControlModifier
TABS = ["Action plan", "Journal", "Encouragement"]
SHAME = re.compile(
    r"\b(fail(ed|ure|ing|s)?|missed|streaks?|lazy|grades?|score)\b",
    re.IGNORECASE,
)


def add(body: str, *, day: date | None = None, **fields: Any) -> JournalEntry:
    """Store an entry straight through the store (for tests about something other than adding)."""
    return journal.save_entry(None, EntryFields(day=day or TODAY, body=body, **fields))


def ids_in(tab: JournalTab) -> list[int]:
    return [tab.model.index(row).data(EntryRole).id for row in range(tab.model.rowCount())]


def open_in_list(tab: JournalTab, entry_id: int) -> None:
    """Select an entry in the list, as a click would."""
    row = tab.model.row_of(entry_id)
    assert row is not None, f"entry {entry_id} is not in the list"
    tab.list.setCurrentIndex(tab.model.index(row))
    assert tab.editor.entry_id == entry_id


def type_at_end(qtbot: Any, edit: QPlainTextEdit, text: str) -> None:
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, text)


def stored() -> list[JournalEntry]:
    """Every entry not in the trash, newest first."""
    return [journal.get_entry(s.id) for s in search.list_entries()]


def settle(widget: QWidget) -> None:
    """Stop every timer in widget (autosave, retry, search).

    qtbot closes widgets only after the test's store is closed; a tab still holding a pending
    autosave would then write into whichever store the next test has open.
    """
    for timer in widget.findChildren(QTimer):
        timer.stop()


@pytest.fixture
def make_journal(qtbot: Any, store: Path) -> Iterator[Callable[..., JournalTab]]:
    """Build a Journal tab over the test store, shown, as it looks when the app starts."""
    made: list[JournalTab] = []

    def make(events: Events | None = None) -> JournalTab:
        widget = JournalTab(events or Events())
        widget.resize(1100, 720)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.commit_pending()  # while this test's store is still open
        settle(widget)


@pytest.fixture
def tab(make_journal: Callable[..., JournalTab]) -> JournalTab:
    return make_journal()


@pytest.fixture
def active(qtbot: Any, tab: JournalTab) -> JournalTab:
    """The tab as the active window, so its keyboard shortcuts work."""
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shorter autosave pause, for tests about something else that still wait for it."""
    monkeypatch.setattr(journal_editor, "AUTOSAVE_MS", 50)


# -- autosave -----------------------------------------------------------------------------------


def test_typing_is_stored_after_a_short_pause_and_appears_at_the_top(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    older = add("An older entry", day=TODAY - timedelta(days=3))
    tab = make_journal()
    assert journal_editor.AUTOSAVE_MS <= 1000
    tab.new_entry()
    assert tab.editor.entry_id is None

    qtbot.keyClicks(tab.editor.body, "Slept badly, walked anyway")
    typed_at = time.monotonic()
    assert search.count_entries() == 1  # not yet: typing is still going on
    qtbot.waitUntil(lambda: search.count_entries() == 2, timeout=3000)
    assert time.monotonic() - typed_at < 1.0  # stored within about a second

    newest = stored()[0]
    assert newest.fields.body == "Slept badly, walked anyway"
    assert newest.fields.day == TODAY
    assert tab.editor.entry_id == newest.id
    assert ids_in(tab) == [newest.id, older.id]
    assert tab.list.currentIndex().row() == 0
    assert plain(tab.editor.status.text()) == "Saved"
    assert tab.count.text() == "2 entries"


def test_the_new_entry_button_starts_an_entry_that_saves_itself(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    old = add("Old")
    tab = make_journal()
    open_in_list(tab, old.id)
    with qtbot.captureExceptions() as raised:
        tab.new_button.click()
    assert [str(error) for _, error, _ in raised] == []
    assert tab.editor.entry_id is None
    assert tab.editor.body.toPlainText() == ""
    qtbot.keyClicks(tab.editor.body, "Fresh start")
    tab.save_now()
    assert [e.fields.body for e in stored()] == ["Fresh start", "Old"]


def test_more_typing_in_a_stored_entry_updates_it_and_its_row(
    tab: JournalTab, qtbot: Any, quick_autosave: None
) -> None:
    qtbot.keyClicks(tab.editor.body, "First words")
    qtbot.waitUntil(lambda: search.count_entries() == 1)
    entry_id = tab.editor.entry_id
    assert entry_id is not None
    tab.editor.body.selectAll()
    qtbot.keyClicks(tab.editor.body, "Other words")
    qtbot.waitUntil(lambda: journal.get_entry(entry_id).fields.body == "Other words")
    assert search.count_entries() == 1
    assert tab.model.index(0).data(EntryRole).heading == "Other words"


def test_noting_only_the_mood_is_an_entry(active: JournalTab, qtbot: Any) -> None:
    # "Today was heavy" is worth keeping even with nothing written.
    tab = active
    tab.new_entry()
    tab.editor.mood.setCurrentIndex(tab.editor.mood.findData(1))
    qtbot.waitUntil(lambda: search.count_entries() == 1)
    assert search.list_entries()[0].mood == 1


def test_a_blank_new_entry_is_never_stored(active: JournalTab, qtbot: Any) -> None:
    tab = active
    tab.new_entry()
    qtbot.keyClicks(tab.editor.body, "   ")
    qtbot.keyClick(tab.editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.editor.title, "  ")
    with qtbot.assertNotEmitted(tab.editor.saved, wait=journal_editor.AUTOSAVE_MS + 300):
        pass
    qtbot.keyClick(tab.editor.body, Qt.Key.Key_S, CTRL)
    tab.new_entry()
    tab.search.setFocus()
    assert search.count_entries() == 0
    assert search.count_entries(EntryFilter(flag=Flag.TRASH)) == 0
    assert tab.model.rowCount() == 0


def test_switching_to_another_entry_stores_the_first_at_once(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    first = add("First entry", day=TODAY - timedelta(days=1))
    second = add("Second entry")
    tab = make_journal()
    open_in_list(tab, first.id)
    type_at_end(qtbot, tab.editor.body, " and a little more")
    qtbot.keyClicks(tab.editor.title, "A title")

    open_in_list(tab, second.id)  # no waiting at all

    kept = journal.get_entry(first.id).fields
    assert (kept.body, kept.title) == ("First entry and a little more", "A title")
    assert tab.editor.body.toPlainText() == "Second entry"
    row = tab.model.row_of(first.id)
    assert row is not None
    assert tab.model.index(row).data(EntryRole).heading == "A title"


def test_the_arrow_keys_in_the_list_move_between_entries(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    first, second = add("Older", day=TODAY - timedelta(days=1)), add("Newer")
    tab = make_journal()
    open_in_list(tab, second.id)
    type_at_end(qtbot, tab.editor.body, "!")
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Down)
    assert tab.editor.entry_id == first.id
    assert journal.get_entry(second.id).fields.body == "Newer!"
    qtbot.keyClick(tab.list, Qt.Key.Key_Up)
    assert tab.editor.body.toPlainText() == "Newer!"


def test_ctrl_s_stores_at_once(active: JournalTab, qtbot: Any) -> None:
    tab = active
    qtbot.keyClicks(tab.editor.body, "Saved by hand")
    qtbot.keyClick(tab.editor.body, Qt.Key.Key_S, CTRL)
    [entry] = stored()
    assert entry.fields.body == "Saved by hand"
    assert ids_in(tab) == [entry.id]

    type_at_end(qtbot, tab.editor.body, ", twice")
    qtbot.keyClick(tab.editor.body, Qt.Key.Key_S, CTRL)
    assert journal.get_entry(entry.id).fields.body == "Saved by hand, twice"


def test_ctrl_n_starts_a_blank_entry_for_today(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    old = add("An old one", day=TODAY - timedelta(days=9), title="Old", mood=2)
    tab = make_journal()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    open_in_list(tab, old.id)
    type_at_end(qtbot, tab.editor.body, " plus")
    tab.list.setFocus()

    qtbot.keyClick(tab.list, Qt.Key.Key_N, CTRL)

    editor = tab.editor
    assert editor.entry_id is None
    assert (editor.title.text(), editor.body.toPlainText(), editor.tags.text()) == ("", "", "")
    assert editor.mood.currentData() is None
    assert editor.day.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    assert not tab.list.currentIndex().isValid()
    qtbot.waitUntil(editor.body.hasFocus)
    assert journal.get_entry(old.id).fields.body == "An old one plus"  # stored on the way


def test_ctrl_f_goes_to_the_search_box(active: JournalTab, qtbot: Any) -> None:
    tab = active
    tab.search.setText("earlier words")
    tab.editor.body.setFocus()
    qtbot.waitUntil(tab.editor.body.hasFocus)
    qtbot.keyClick(tab.editor.body, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(tab.search.hasFocus)
    assert tab.search.selectedText() == "earlier words"  # typing replaces it


# -- the list -------------------------------------------------------------------------------------


def test_the_list_loads_more_entries_as_it_scrolls(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    from desktop.store.models import database

    with database.atomic():
        for number in range(450):
            add(f"Entry {number}", day=TODAY - timedelta(days=number))
    tab = make_journal()
    assert tab.count.text() == "450 entries"
    assert tab.model.rowCount() == 200
    tab.list.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 400)
    tab.list.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 450)
    assert len(set(ids_in(tab))) == 450
    assert tab.model.index(449).data(EntryRole).first_line == "Entry 449"


# -- search -------------------------------------------------------------------------------------


@pytest.fixture
def three_entries(store: Path) -> list[JournalEntry]:
    return [
        add("Walking by the river helped", day=TODAY - timedelta(days=2)),
        add("A quiet day at home", day=TODAY - timedelta(days=1)),
        add("Nothing much", title="River thoughts"),
    ]


def test_search_as_you_type_shows_highlighted_results_and_clearing_shows_all(
    three_entries: list[JournalEntry], make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    walking, _quiet, titled = three_entries
    tab = make_journal()
    assert tab.model.rowCount() == 3

    qtbot.keyClicks(tab.search, "rive")  # a word being typed
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert ids_in(tab)[0] == titled.id  # a match in the title ranks first
    assert set(ids_in(tab)) == {walking.id, titled.id}
    for row in range(2):
        snippet = tab.model.index(row).data(EntryRole).snippet
        assert MATCH_START in snippet and MATCH_END in snippet
    assert tab.count.text() == "2 found"
    tab.list.grab()  # paints the highlighted snippets

    tab.list.setCurrentIndex(tab.model.index(1))
    assert tab.editor.entry_id == walking.id

    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    assert tab.count.text() == "3 entries"
    assert tab.model.index(0).data(EntryRole).snippet == ""


def test_search_that_finds_nothing_says_so_calmly(
    three_entries: list[JournalEntry], tab: JournalTab, qtbot: Any
) -> None:
    qtbot.keyClicks(tab.search, "elephant")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.count.text() == "Nothing found"


class _Searches:
    """The store's search, watched: what was searched for, each search taking cost_ms on a
    clock of its own (the tab's, patched), so a slow search needs no waiting in a test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, cost_ms: float) -> None:
        self.texts: list[str] = []
        self.cost_ms = cost_ms
        self.now = 0.0
        real = search.search

        def searching(text: str, *args: Any, **kwargs: Any) -> Any:
            self.texts.append(text)
            self.now += self.cost_ms / 1000
            return real(text, *args, **kwargs)

        monkeypatch.setattr(search, "search", searching)
        monkeypatch.setattr(journal_tab, "perf_counter", lambda: self.now)


def test_typing_a_word_shows_its_results_at_once_when_search_is_cheap(
    three_entries: list[JournalEntry],
    tab: JournalTab,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searches = _Searches(monkeypatch, cost_ms=2)
    for length in range(1, 6):
        qtbot.keyClick(tab.search, "river"[length - 1])
        assert tab.search_pause_ms() == 0  # cheap: a search on every key, no pause
        qtbot.waitUntil(lambda n=length: searches.texts[-1:] == ["river"[:n]])
    qtbot.waitUntil(lambda: tab.count.text() == "2 found")
    assert searches.texts == ["r", "ri", "riv", "rive", "river"]


def test_typing_fast_shows_only_the_last_words_results(
    three_entries: list[JournalEntry],
    tab: JournalTab,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searches = _Searches(monkeypatch, cost_ms=2)
    qtbot.keyClicks(tab.search, "quiet")  # every key before the window gets a turn
    qtbot.waitUntil(lambda: tab.count.text() == "1 found")
    assert searches.texts == ["quiet"]  # the searches the later keys superseded never ran
    assert tab.model.index(0).data(EntryRole).first_line == "A quiet day at home"


def test_a_slow_search_never_holds_up_typing(
    three_entries: list[JournalEntry],
    tab: JournalTab,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searches = _Searches(monkeypatch, cost_ms=400)
    qtbot.keyClick(tab.search, "r")
    qtbot.waitUntil(lambda: searches.texts == ["r"])  # its cost isn't known yet: at once
    pause = tab.search_pause_ms()
    assert 0 < pause <= journal_tab.SEARCH_PAUSE_MAX_MS
    for typed in ("ri", "riv", "rive"):
        qtbot.keyClick(tab.search, typed[-1])
        assert tab.search.text() == typed  # the key is in the box at once
        assert searches.texts == ["r"]  # no slow search ran between the keys
    qtbot.waitUntil(lambda: len(searches.texts) == 2)
    assert searches.texts == ["r", "rive"]  # after the pause: the last word only
    assert tab.count.text() == "2 found"
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.count.text() == "3 entries")  # clearing shows all at once


@pytest.mark.parametrize("typed", ['NEAR("', "(((", '"', "-", "*", "a AND", "😀", "\\", "'"])
def test_anything_typed_in_search_is_safe(
    three_entries: list[JournalEntry], tab: JournalTab, qtbot: Any, typed: str
) -> None:
    tab.search.insert(typed)  # QTest cannot type characters outside the BMP, like emoji
    tab.reload()  # what the search timer calls
    assert tab.count.text() in {"Nothing found", "1 found", "2 found", "3 found"}


def test_a_new_entry_made_while_searching_is_kept(
    three_entries: list[JournalEntry], active: JournalTab, qtbot: Any
) -> None:
    tab = active
    qtbot.keyClicks(tab.search, "river")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.new_entry()
    qtbot.keyClicks(tab.editor.body, "The river again")
    qtbot.keyClick(tab.editor.body, Qt.Key.Key_S, CTRL)
    assert search.count_entries() == 4
    assert tab.editor.entry_id in ids_in(tab)


# -- filters ------------------------------------------------------------------------------------


def _choose(combo: QComboBox, data: Any) -> None:
    found = combo.findData(data)
    assert found >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(found)


@pytest.fixture
def filtered(store: Path) -> dict[str, JournalEntry]:
    """Entries that differ in tags, mood, day and flags."""
    return {
        "heavy": add("heavy", mood=1, tags=("work",), day=TODAY - timedelta(days=20)),
        "light": add("light", mood=5, bring_to_session=True, day=TODAY - timedelta(days=2)),
        "private": add("private", mood=3, private=True, tags=("Work", "family")),
        "record": add("record", thought_record=ThoughtRecord(thought="a thought")),
    }


def _listed(tab: JournalTab, entries: dict[str, JournalEntry]) -> set[str]:
    names = {entry.id: name for name, entry in entries.items()}
    return {names[entry_id] for entry_id in ids_in(tab)}


def test_a_tab_closed_as_soon_as_it_is_drawn_reads_nothing_from_closed_data(
    filtered: dict[str, JournalEntry], qtbot: Any, store: Path
) -> None:
    """The window closed (or the journal locked) the moment it is drawn: the data may close
    before the tags, which wait for the first drawing, are read. Nothing reads the closed data
    (it would be a bug dialog as the app ends), and the tags come at the tab's next showing."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class CloseOnceDrawn(QObject):
        """Hides the tab and closes the data on the turn of the event loop after its first
        drawing: before what the tab itself left for then (installed after it, so first)."""

        closed = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.closed:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.close)
            return False

        def close(self) -> None:
            page.hide()
            db.close_database()
            self.closed = True

    errors: list[BaseException] = []
    page = JournalTab(Events())
    page.resize(1100, 720)
    qtbot.addWidget(page)
    page.show()  # (the tab waits for its first drawing from here)
    closing = CloseOnceDrawn()
    page.installEventFilter(closing)
    bug_hook = sys.excepthook
    sys.excepthook = lambda _kind, error, _tb: errors.append(error)
    try:
        qtbot.waitUntil(lambda: closing.closed)
        QApplication.processEvents()
    finally:
        sys.excepthook = bug_hook
    assert errors == []
    assert page.filters.tag_filter.count() == 1  # "Any tag" alone: nothing was read

    db.open_database(store)
    page.show()
    qtbot.waitUntil(lambda: page.filters.tag_filter.count() == 3)
    assert page.filters.tag_filter.itemText(1) == "work"


def test_filters_by_tag_mood_and_date_change_what_is_listed(
    filtered: dict[str, JournalEntry], make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    tab = make_journal()
    everything = set(filtered)
    assert not tab.filters.isVisibleTo(tab)
    tab.filters_button.click()
    assert tab.filters.isVisibleTo(tab)

    qtbot.waitUntil(lambda: tab.filters.tag_filter.count() > 1)  # the tags come after the rows
    assert [tab.filters.tag_filter.itemText(n) for n in range(tab.filters.tag_filter.count())] == [
        "Any tag",
        "work",
        "family",
    ]
    _choose(tab.filters.tag_filter, "work")
    assert _listed(tab, filtered) == {"heavy", "private"}
    assert tab.count.text() == "2 entries"
    _choose(tab.filters.tag_filter, "family")
    assert _listed(tab, filtered) == {"private"}
    assert tab.count.text() == "One entry"
    _choose(tab.filters.tag_filter, None)
    assert _listed(tab, filtered) == everything

    _choose(tab.filters.mood_from, 3)
    assert _listed(tab, filtered) == {"light", "private"}
    _choose(tab.filters.mood_to, 4)
    assert _listed(tab, filtered) == {"private"}
    _choose(tab.filters.mood_from, None)
    assert _listed(tab, filtered) == {"heavy", "private"}
    _choose(tab.filters.mood_to, None)

    _choose(tab.filters.date_filter, 7)
    assert _listed(tab, filtered) == {"light", "private", "record"}
    _choose(tab.filters.date_filter, 31)
    assert _listed(tab, filtered) == everything

    _choose(tab.filters.date_filter, 7)
    qtbot.keyClicks(tab.search, "heavy")
    qtbot.waitUntil(lambda: tab.count.text() == "Nothing found")  # filters apply to search
    _choose(tab.filters.date_filter, None)
    assert _listed(tab, filtered) == {"heavy"}


def test_filters_by_flag_change_what_is_listed(
    filtered: dict[str, JournalEntry], make_journal: Callable[..., JournalTab]
) -> None:
    tab = make_journal()
    journal.delete_entry(filtered["record"].id)
    _choose(tab.filters.flag_filter, Flag.BRING_TO_SESSION)
    assert _listed(tab, filtered) == {"light"}
    assert tab.count.text() == "One entry"
    _choose(tab.filters.flag_filter, Flag.PRIVATE)
    assert _listed(tab, filtered) == {"private"}
    _choose(tab.filters.flag_filter, Flag.THOUGHT_RECORD)
    assert _listed(tab, filtered) == set()
    _choose(tab.filters.flag_filter, Flag.TRASH)
    assert _listed(tab, filtered) == {"record"}
    _choose(tab.filters.flag_filter, None)
    assert _listed(tab, filtered) == {"heavy", "light", "private"}


def test_mood_and_energy_are_shown_in_words_never_as_numbers(tab: JournalTab) -> None:
    combos = [tab.editor.mood, tab.editor.energy, tab.filters.mood_from, tab.filters.mood_to]
    for combo in combos:
        texts = [combo.itemText(n) for n in range(combo.count())]
        assert len(texts) == 6
        assert not [t for t in texts if re.search(r"\d", t)], texts
    assert [tab.editor.mood.itemData(n) for n in range(6)] == [None, 1, 2, 3, 4, 5]


def test_mood_energy_and_date_are_stored(tab: JournalTab, qtbot: Any) -> None:
    qtbot.keyClicks(tab.editor.body, "A heavy day")
    _choose(tab.editor.mood, 1)
    _choose(tab.editor.energy, 2)
    tab.editor.day.setDate(QDate(2024, 2, 29))
    tab.save_now()
    [entry] = stored()
    assert (entry.fields.mood, entry.fields.energy) == (1, 2)
    assert entry.fields.day == date(2024, 2, 29)
    assert "Heavy" in tab.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)


# -- tags and flags -----------------------------------------------------------------------------


def test_tags_complete_from_tags_already_used(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    add("one", tags=("sleep", "work"))
    add("two", tags=("sleep",))
    trashed = add("three", tags=("slow mornings",))
    journal.delete_entry(trashed.id)
    tab = make_journal()
    tags = tab.editor.tags
    completer = tags.findChild(QCompleter)
    assert completer is not None
    qtbot.waitUntil(lambda: tab.filters.tag_filter.count() > 1)  # the tags come after the rows

    qtbot.keyClicks(tags, "SL")
    assert completer.completionCount() == 1  # not the tag used only in the trash
    assert completer.currentCompletion() == "sleep"
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == "sleep,"
    qtbot.keyClicks(tags, " wo")
    assert completer.currentCompletion() == "work"
    qtbot.keyClicks(tags, "rk, new tag")
    qtbot.keyClicks(tab.editor.body, "with tags")
    tab.save_now()
    assert tab.editor.entry_id is not None
    entry = journal.get_entry(tab.editor.entry_id)
    assert entry.fields.tags == ("sleep", "work", "new tag")

    tab.new_entry()
    qtbot.keyClicks(tab.editor.tags, "new")
    assert completer.currentCompletion() == "new tag"  # a tag just used is offered at once


def test_bring_and_private_flags_are_stored(tab: JournalTab, qtbot: Any) -> None:
    qtbot.keyClicks(tab.editor.body, "Ask about sleep")
    tab.editor.bring.click()
    tab.editor.private.click()
    tab.save_now()
    [entry] = stored()
    assert (entry.fields.bring_to_session, entry.fields.private) == (True, True)
    summary = tab.model.index(0).data(EntryRole)
    assert summary.bring_to_session and summary.private

    tab.editor.private.click()
    tab.save_now()
    assert journal.get_entry(entry.id).fields.private is False
    assert journal.get_entry(entry.id).fields.bring_to_session is True


# -- prompts ------------------------------------------------------------------------------------


def _answer_prompt_dialog(
    monkeypatch: pytest.MonkeyPatch, pick: Callable[[PromptDialog], Any] | None
) -> list[PromptDialog]:
    """Make PromptDialog.exec() select the prompt pick(dialog) returns and click "Use this
    prompt" (or Cancel when pick is None)."""
    seen: list[PromptDialog] = []

    def fake_exec(dialog: PromptDialog) -> int:
        seen.append(dialog)
        if pick is None:
            dialog.reject()
        else:
            dialog.tree.setCurrentIndex(pick(dialog))
            assert dialog.use_button.isEnabled()
            dialog.use_button.click()
        return dialog.result()

    monkeypatch.setattr(PromptDialog, "exec", fake_exec)
    return seen


def _group(dialog: PromptDialog, title: str) -> Any:
    for row in range(dialog.model.rowCount()):
        index = dialog.model.index(row, 0)
        if index.data() == title:
            return index
    raise AssertionError(f"no group {title!r}")


def _first_builtin(dialog: PromptDialog) -> Any:
    return dialog.model.index(0, 0, _group(dialog, builtin_prompts()[0].title))


def test_a_prompt_shows_above_a_blank_entry_and_is_stored_with_it(
    tab: JournalTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = builtin_prompts()[0].prompts[0]
    seen = _answer_prompt_dialog(monkeypatch, _first_builtin)
    tab.prompt_button.click()

    assert len(seen) == 1
    assert tab.editor.prompt.text() == chosen
    assert tab.editor.prompt_box.isVisibleTo(tab)
    assert tab.editor.entry_id is None
    tab.save_now()
    assert search.count_entries() == 0  # a prompt alone is not an entry yet
    qtbot.keyClicks(tab.editor.body, "My answer")
    tab.save_now()
    [entry] = stored()
    assert (entry.fields.prompt, entry.fields.body) == (chosen, "My answer")

    tab.new_entry()
    assert not tab.editor.prompt_box.isVisibleTo(tab)
    open_in_list(tab, entry.id)
    assert tab.editor.prompt.text() == chosen
    assert tab.editor.prompt_box.isVisibleTo(tab)


def test_an_empty_journal_welcomes_with_the_page_ready_and_a_prompt_to_start_from(
    make_journal: Callable[..., JournalTab], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = make_journal()
    assert tab.welcome.isVisibleTo(tab)  # where the list will be
    assert "Your journal, just for you" in visible_texts(tab.welcome)
    assert not tab.list.isVisibleTo(tab) and not tab.count.isVisibleTo(tab)
    assert tab.editor.body.isVisibleTo(tab)  # ready to write on all the same

    chosen = builtin_prompts()[0].prompts[0]
    _answer_prompt_dialog(monkeypatch, _first_builtin)
    tab.welcome_prompt_button.click()
    assert tab.editor.prompt.text() == chosen
    qtbot.keyClicks(tab.editor.body, "A first line")
    tab.save_now()

    assert not tab.welcome.isVisibleTo(tab)
    assert tab.list.isVisibleTo(tab) and tab.count.text() == "One entry"


def test_the_welcome_is_for_an_empty_journal_not_for_a_search_or_filter_that_finds_nothing(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    only = add("Only entry")
    tab = make_journal()
    tab.search.setText("zebra")
    qtbot.waitUntil(lambda: tab.count.text() == "Nothing found")
    assert not tab.welcome.isVisibleTo(tab)
    tab.search.clear()
    tab.filters.flag_filter.setCurrentIndex(tab.filters.flag_filter.findData(Flag.PRIVATE))
    assert tab.count.text() == "0 entries" and not tab.welcome.isVisibleTo(tab)
    tab.filters.flag_filter.setCurrentIndex(0)

    open_in_list(tab, only.id)
    tab.editor.delete_button.click()  # the last entry into the trash: the list, and its undo
    assert not tab.welcome.isVisibleTo(tab) and tab.count.text() == "0 entries"
    assert tab.undo_bar.isVisibleTo(tab)
    journal.purge_trash(now=datetime.now() + timedelta(days=31))
    tab.reload()
    assert tab.welcome.isVisibleTo(tab)  # nothing at all any more: welcome again


def test_a_prompt_chosen_while_writing_starts_a_new_entry(
    tab: JournalTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClicks(tab.editor.body, "Already writing")
    _answer_prompt_dialog(monkeypatch, _first_builtin)
    tab.prompt_button.click()
    assert [e.fields.body for e in stored()] == ["Already writing"]
    assert tab.editor.entry_id is None
    assert tab.editor.body.toPlainText() == ""
    assert tab.editor.prompt.text() == builtin_prompts()[0].prompts[0]


def test_cancelling_the_prompt_dialog_changes_nothing(
    tab: JournalTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _answer_prompt_dialog(monkeypatch, None)
    tab.prompt_button.click()
    assert len(seen) == 1
    assert not tab.editor.prompt_box.isVisibleTo(tab)
    assert tab.editor.prompt.text() == ""


def test_removing_the_prompt_keeps_the_text(
    tab: JournalTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_prompt_dialog(monkeypatch, _first_builtin)
    tab.prompt_button.click()
    qtbot.keyClicks(tab.editor.body, "Kept")
    tab.editor.remove_prompt.click()
    tab.save_now()
    [entry] = stored()
    assert (entry.fields.prompt, entry.fields.body) == ("", "Kept")


def test_own_prompts_appear_first_and_can_be_used(
    tab: JournalTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts.add_prompt("What am I proud of this week?")

    def pick_own(dialog: PromptDialog) -> Any:
        group = _group(dialog, "Your own prompts")
        assert group.row() == 0
        assert dialog.model.rowCount(group) == 1
        return dialog.model.index(0, 0, group)

    _answer_prompt_dialog(monkeypatch, pick_own)
    tab.prompt_button.click()
    assert tab.editor.prompt.text() == "What am I proud of this week?"


def test_own_prompts_are_added_and_removed_in_the_dialog(
    writer: Any, qtbot: Any, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PromptDialog(writer)
    qtbot.addWidget(dialog)
    own = _group(dialog, "Your own prompts")
    assert dialog.model.index(0, 0, own).data() == "Prompts you add appear here."
    dialog.tree.setCurrentIndex(dialog.model.index(0, 0, own))
    assert not dialog.use_button.isEnabled()  # the placeholder is not a prompt
    assert dialog.chosen() == ""
    groups = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert groups[1:] == [group.title for group in builtin_prompts()]
    assert sum(len(g.prompts) for g in builtin_prompts()) >= 20

    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("  Who helped? ", True))
    )
    dialog.add_button.click()
    assert [text for _, text in prompts.own_prompts()] == ["Who helped?"]
    assert dialog.chosen() == "Who helped?"  # the new prompt is selected, ready to use
    assert dialog.use_button.isEnabled()
    assert dialog.remove_button.isEnabled()

    dialog.remove_button.click()
    assert prompts.own_prompts() == []
    own = _group(dialog, "Your own prompts")
    assert dialog.model.index(0, 0, own).data() == "Prompts you add appear here."


def test_a_group_heading_cannot_be_used_as_a_prompt(writer: Any, qtbot: Any, store: Path) -> None:
    dialog = PromptDialog(writer)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentIndex(_group(dialog, builtin_prompts()[1].title))
    assert dialog.chosen() == ""
    assert not dialog.use_button.isEnabled()
    dialog.tree.setCurrentIndex(
        dialog.model.index(2, 0, _group(dialog, builtin_prompts()[1].title))
    )
    assert dialog.chosen() == builtin_prompts()[1].prompts[2]


# -- thought records ----------------------------------------------------------------------------


def _fill_record(qtbot: Any, tab: JournalTab) -> None:
    form = tab.editor.record_form
    qtbot.keyClicks(form.situation, "Team meeting")
    qtbot.keyClicks(form.thought, "They think I'm not good enough")
    qtbot.keyClicks(form.feeling, "ashamed")
    form.strength.setValue(70)
    qtbot.keyClicks(form.kind_friend, "You spoke up, that took courage")
    qtbot.keyClicks(form.balanced, "One quiet reaction is not a verdict")


def test_a_thought_record_is_filled_in_and_stored_in_its_fields(
    tab: JournalTab, qtbot: Any
) -> None:
    editor = tab.editor
    assert not editor.record_form.isVisibleTo(tab)
    qtbot.keyClicks(editor.body, "After work")
    editor.record_button.click()
    assert editor.record_form.isVisibleTo(tab)
    assert "Remove" in plain(editor.record_button.text())
    qtbot.waitUntil(editor.record_form.situation.hasFocus)
    _fill_record(qtbot, tab)
    tab.save_now()

    [entry] = stored()
    assert entry.fields.thought_record == ThoughtRecord(
        situation="Team meeting",
        thought="They think I'm not good enough",
        feeling="ashamed",
        feeling_strength=70,
        kind_friend="You spoke up, that took courage",
        balanced_thought="One quiet reaction is not a verdict",
    )
    assert tab.model.index(0).data(EntryRole).has_thought_record

    tab.new_entry()
    assert not editor.record_form.isVisibleTo(tab)
    open_in_list(tab, entry.id)  # shown with its entry
    assert editor.record_form.isVisibleTo(tab)
    assert editor.record_form.feeling.text() == "ashamed"
    assert editor.record_form.strength.value() == 70

    editor.record_button.click()  # remove it
    tab.save_now()
    assert journal.get_entry(entry.id).fields.thought_record is None
    assert journal.get_entry(entry.id).fields.body == "After work"


def test_a_thought_record_alone_makes_an_entry(tab: JournalTab, qtbot: Any) -> None:
    tab.editor.record_button.click()
    qtbot.keyClicks(tab.editor.record_form.thought, "I always mess things up")
    tab.save_now()
    [entry] = stored()
    assert entry.fields.thought_record == ThoughtRecord(thought="I always mess things up")
    assert entry.fields.body == ""


def test_a_thought_record_linked_to_a_plan_item_shows_there_and_opens_here(
    window: MainWindow, qtbot: Any, qtmodeltester: Any
) -> None:
    item = plan.add_item("Say no to one extra shift")
    plan_tab = window.plan_tab
    plan_tab.refresh()
    tab = window.journal_tab
    detail = plan_tab.detail
    assert detail.item is not None and detail.item.id == item.id
    assert not detail.records_box.isVisibleTo(plan_tab)

    qtbot.keyClicks(tab.editor.body, "The shift")
    tab.editor.record_button.click()
    _fill_record(qtbot, tab)
    form = tab.editor.record_form
    assert [form.plan_item.itemText(n) for n in range(form.plan_item.count())] == [
        "No plan item",
        "Say no to one extra shift",
    ]
    _choose(form.plan_item, item.id)
    with qtbot.waitSignal(window.events.changed, timeout=1000):
        tab.save_now()
    entry_id = tab.editor.entry_id
    assert entry_id is not None
    record = journal.get_entry(entry_id).fields.thought_record
    assert record is not None and record.plan_item_id == item.id

    # The Action plan tab shows it under the item as soon as it is shown.
    tab.new_entry()
    qtbot.keyClicks(tab.search, "nothing like it")
    window.tabs.setCurrentIndex(TABS.index("Action plan"))
    assert detail.records_model.rowCount() == 1
    qtmodeltester.check(detail.records_model)
    record_row = detail.records_model.index(0)
    assert record_row.data(EntryRole).id == entry_id
    assert detail.records_box.isVisible()

    # Activating it (Enter) in the Action plan tab opens the entry in the journal.
    detail.records.setCurrentIndex(record_row)
    with qtbot.waitSignal(window.events.open_entry, timeout=1000) as opened:
        qtbot.keyClick(detail.records, Qt.Key.Key_Return)
    assert opened.args == [entry_id]
    assert window.tabs.currentIndex() == TABS.index("Journal")
    assert tab.isVisible()
    assert tab.editor.entry_id == entry_id
    assert tab.editor.record_form.situation.toPlainText() == "Team meeting"
    assert tab.search.text() == ""
    assert tab.list.currentIndex().data(EntryRole).id == entry_id

    # Unlinking it takes it off the item (there once the Action plan tab is shown again).
    _choose(form.plan_item, None)
    tab.save_now()
    window.tabs.setCurrentIndex(TABS.index("Action plan"))
    assert detail.records_model.rowCount() == 0
    assert not detail.records_box.isVisibleTo(plan_tab)


def test_opening_an_entry_from_elsewhere_shows_it_in_the_list_whatever_the_filters(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    tagged = add("tagged", tags=("work",))
    other = add("other", mood=1)
    tab = make_journal()
    qtbot.waitUntil(lambda: tab.filters.tag_filter.count() > 1)
    _choose(tab.filters.tag_filter, "work")
    assert ids_in(tab) == [tagged.id]
    tab.open_entry(other.id)  # what the main window calls for events.open_entry
    assert tab.editor.entry_id == other.id
    assert tab.list.currentIndex().isValid()
    assert tab.list.currentIndex().data(EntryRole).id == other.id


# -- trash --------------------------------------------------------------------------------------


def test_move_to_trash_then_undo(make_journal: Callable[..., JournalTab], qtbot: Any) -> None:
    kept = add("Kept", day=TODAY - timedelta(days=1))
    going = add("Going", tags=("secret",))
    tab = make_journal()
    open_in_list(tab, going.id)
    type_at_end(qtbot, tab.editor.body, " away")
    assert not tab.undo_bar.isVisibleTo(tab)

    tab.editor.delete_button.click()

    assert journal.get_entry(going.id).deleted_at is not None
    assert journal.get_entry(going.id).fields.body == "Going away"  # stored before trashing
    assert ids_in(tab) == [kept.id]
    assert tab.undo_bar.isVisibleTo(tab)
    assert "30 days" in tab.undo_label.text()
    assert tab.editor.entry_id is None
    assert tab.editor.body.toPlainText() == ""
    assert search.all_tags() == []
    assert tab.filters.tag_filter.findData("secret") == -1

    tab.undo_button.click()

    assert journal.get_entry(going.id).deleted_at is None
    assert ids_in(tab) == [going.id, kept.id]
    assert not tab.undo_bar.isVisibleTo(tab)
    assert tab.editor.entry_id == going.id
    assert tab.list.currentIndex().data(EntryRole).id == going.id
    assert search.all_tags() == ["secret"]


def test_the_journal_opens_when_the_old_trash_cannot_be_emptied(
    make_journal: Callable[..., JournalTab], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store.errors import CannotSaveError, DiskTrouble

    kept = add("Still here")

    def disk_full(*_args: object) -> int:
        raise CannotSaveError(DiskTrouble.FULL)

    monkeypatch.setattr(journal, "purge_trash", disk_full)
    tab = make_journal()
    assert ids_in(tab) == [kept.id]  # the entries show; the housekeeping waits for a next time


def test_a_blank_new_entry_cannot_be_trashed(tab: JournalTab) -> None:
    assert not tab.editor.delete_button.isEnabled()
    tab.delete_or_restore()
    assert not tab.undo_bar.isVisibleTo(tab)


def test_trashed_entries_show_under_the_trash_filter_and_can_be_restored(
    make_journal: Callable[..., JournalTab],
) -> None:
    trashed = add("In the trash")
    kept = add("Still here")
    journal.delete_entry(trashed.id)
    tab = make_journal()
    assert ids_in(tab) == [kept.id]

    _choose(tab.filters.flag_filter, Flag.TRASH)
    assert ids_in(tab) == [trashed.id]
    open_in_list(tab, trashed.id)
    assert plain(tab.editor.delete_button.text()) == "Restore from trash"

    tab.editor.delete_button.click()

    assert journal.get_entry(trashed.id).deleted_at is None
    assert ids_in(tab) == []
    _choose(tab.filters.flag_filter, None)
    assert set(ids_in(tab)) == {trashed.id, kept.id}


def test_an_entry_in_the_trash_can_be_restored_from_the_editor(
    make_journal: Callable[..., JournalTab],
) -> None:
    trashed = add("In the trash")
    kept = add("Still here")
    journal.delete_entry(trashed.id)
    tab = make_journal()
    tab.open_entry(trashed.id)
    assert tab.editor.body.toPlainText() == "In the trash"
    assert plain(tab.editor.delete_button.text()) == "Restore from trash"

    tab.editor.delete_button.click()

    assert journal.get_entry(trashed.id).deleted_at is None
    assert set(ids_in(tab)) == {trashed.id, kept.id}
    open_in_list(tab, trashed.id)
    assert plain(tab.editor.delete_button.text()) == "Move to trash"


# -- surviving a restart -------------------------------------------------------------------------


def test_everything_survives_closing_and_reopening(
    make_journal: Callable[..., JournalTab], qtbot: Any, store: Path
) -> None:
    item = plan.add_item("Walk")
    tab = make_journal()
    editor = tab.editor
    qtbot.keyClicks(editor.title, "Sunday")
    editor.body.insertPlainText("Lines 🌿\nשלום and café")  # QTest cannot type emoji
    _choose(editor.mood, 4)
    _choose(editor.energy, 3)
    qtbot.keyClicks(editor.tags, "rest, family")
    editor.bring.click()
    editor.day.setDate(QDate(2024, 5, 5))
    editor.record_button.click()
    qtbot.keyClicks(editor.record_form.thought, "I should rest less")
    _choose(editor.record_form.plan_item, item.id)
    tab.save_now()
    before = journal.get_entry(editor.entry_id)  # type: ignore[arg-type]
    tab.close()

    db.close_database()
    db.open_database(store)

    again = make_journal()
    assert ids_in(again) == [before.id]
    open_in_list(again, before.id)
    assert again.editor.fields() == before.fields
    assert again.editor.title.text() == "Sunday"
    assert again.editor.body.toPlainText() == "Lines 🌿\nשלום and café"
    assert again.editor.record_form.plan_item.currentData() == item.id
    assert again.editor.tags.text() == "rest, family"
    assert journal.get_entry(before.id) == before
    qtbot.keyClicks(again.search, "cafe")
    qtbot.waitUntil(lambda: ids_in(again) == [before.id] and again.count.text() == "1 found")


# -- the main window ----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: Any, store: Path, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(store.parent, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.tabs.setCurrentIndex(TABS.index("Journal"))
    qtbot.waitUntil(main.journal_tab.isVisible)  # a tab is built when first shown
    yield main
    main.close()  # stores what is pending while this test's store is still open
    settle(main)


def test_switching_tab_stores_what_was_being_typed(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window.journal_tab.editor.body, "Typed just now")
    window.tabs.setCurrentIndex(TABS.index("Action plan"))
    assert [e.fields.body for e in stored()] == ["Typed just now"]


def test_closing_the_window_stores_what_was_being_typed(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window.journal_tab.editor.body, "Last words")
    window.close()
    assert [e.fields.body for e in stored()] == ["Last words"]


def test_switching_tab_keeps_the_thought_record(window: MainWindow, qtbot: Any) -> None:
    editor = window.journal_tab.editor
    qtbot.keyClicks(editor.body, "Evening")
    editor.record_button.click()
    qtbot.keyClicks(editor.record_form.situation, "Phone call with mum")
    window.journal_tab.save_now()
    [entry] = stored()
    assert entry.fields.thought_record == ThoughtRecord(situation="Phone call with mum")

    type_at_end(qtbot, editor.body, " and night")
    window.tabs.setCurrentIndex(TABS.index("Action plan"))  # stores on leaving the tab

    kept = journal.get_entry(entry.id).fields
    assert kept.body == "Evening and night"
    assert kept.thought_record == ThoughtRecord(situation="Phone call with mum")


# -- accessibility and words --------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    """The inner parts of a combo box, spin box or date field, which speak through their owner."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in [*root.findChildren(QWidget)]:
        if not isinstance(widget, (*INTERACTIVE, QPlainTextEdit)):
            continue
        if _inside_composite(widget, root) or not widget.isVisibleTo(root):
            continue
        text = plain(widget.text()).strip() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName().strip() and not text:
            found.append(f"{type(widget).__name__} {widget.toolTip()!r}")
    return found


def _everything_showing(tab: JournalTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bring up the filters, a prompt, a thought record and the undo bar."""
    tab.filters_button.click()
    _answer_prompt_dialog(monkeypatch, _first_builtin)
    tab.prompt_button.click()
    qtbot.keyClicks(tab.editor.body, "Some words")
    tab.editor.record_button.click()
    tab.save_now()
    tab.editor.delete_button.click()
    qtbot.keyClicks(tab.editor.body, "More words")
    tab.editor.record_button.click()
    tab.editor.prompt_box.show()


def test_every_control_has_a_name_or_visible_text(
    writer: Any, tab: JournalTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch, store: Path
) -> None:
    assert _unnamed(tab) == []
    _everything_showing(tab, qtbot, monkeypatch)
    assert tab.undo_bar.isVisibleTo(tab) and tab.filters.isVisibleTo(tab)
    assert tab.editor.record_form.isVisibleTo(tab)
    assert _unnamed(tab) == []
    dialog = PromptDialog(writer)
    qtbot.addWidget(dialog)
    assert _unnamed(dialog) == []


def test_nothing_on_screen_speaks_of_failing_or_grades(
    writer: Any,
    make_journal: Callable[..., JournalTab],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan.add_item("Walk")
    tab = make_journal()
    seen = visible_texts(tab)
    _everything_showing(tab, qtbot, monkeypatch)
    seen += visible_texts(tab)
    for combo in tab.findChildren(QComboBox):
        seen += [combo.itemText(n) for n in range(combo.count())]
    _choose(tab.filters.flag_filter, Flag.TRASH)
    seen += visible_texts(tab)
    qtbot.keyClicks(tab.search, "zzz")
    tab.reload()
    seen += visible_texts(tab)
    dialog = PromptDialog(writer)
    qtbot.addWidget(dialog)
    seen += visible_texts(dialog)
    seen += [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    seen += [p for group in builtin_prompts() for p in group.prompts]

    assert len(seen) > 100
    assert [t for t in seen if SHAME.search(t)] == []
    assert any("Thought record" in t for t in seen)  # the walk really saw the form


# -- when a save can't reach the disk ----------------------------------------------------------


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """Make the journal's saves fail as on a full disk (call with False to free space)."""
    from desktop.store.errors import CannotSaveError, DiskTrouble

    real = journal.save_entry

    def full(*args: Any, **kwargs: Any) -> Any:
        raise CannotSaveError(DiskTrouble.FULL)

    def switch(on: bool) -> None:
        monkeypatch.setattr(journal, "save_entry", full if on else real)

    return switch


def test_words_that_could_not_be_saved_stay_on_screen(
    three_entries: list[JournalEntry],
    make_journal: Callable[..., JournalTab],
    disk_full: Callable[[bool], None],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(journal_editor, "RETRY_MS", 100)  # the app waits 5 s between tries
    tab = make_journal()
    first, second = tab.model.index(0), tab.model.index(1)
    tab.list.setCurrentIndex(first)
    opened = tab.editor.entry_id
    assert opened is not None
    disk_full(True)
    tab.editor.body.insertPlainText("words the disk can't take yet. ")

    tab.list.setCurrentIndex(second)  # picking another entry
    tab.new_entry()  # or starting a new one

    assert tab.editor.entry_id == opened
    assert tab.editor.body.toPlainText().startswith("words the disk can't take yet.")
    assert tab.list.currentIndex().row() == 0
    assert "disk is full" in tab.editor.status.text()
    disk_full(False)  # space again: the retry stores them
    qtbot.waitUntil(
        lambda: journal.get_entry(opened).fields.body.startswith("words the disk"), timeout=7000
    )


def test_closing_with_unsaved_words_asks_first(
    store: Path,
    qtbot: Any,
    disk_full: Callable[[bool], None],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from tests.ui.helpers import answer_message_box

    window = MainWindow(
        store.parent, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(1)
    disk_full(True)
    window.journal_tab.editor.body.insertPlainText("Not on disk yet")

    boxes = answer_message_box(monkeypatch, "Keep the app open")
    window.close()

    assert window.isVisible()
    assert "couldn't be saved yet" in boxes[0].text()
    disk_full(False)
    window.close()
    assert not window.isVisible()
    assert search.list_entries()[0].first_line == "Not on disk yet"


def test_an_entry_removed_by_a_restore_keeps_its_words_as_a_new_entry(
    three_entries: list[JournalEntry], make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    from desktop.store.models import JournalEntryRow

    events = Events()
    tab = make_journal(events)
    tab.list.setCurrentIndex(tab.model.index(0))
    gone = tab.editor.entry_id
    tab.editor.body.insertPlainText("Typed just before the restore. ")
    JournalEntryRow.delete().where(JournalEntryRow.id == gone).execute()  # as a restore would

    events.announce(Scope.EVERYTHING)  # as the File menu does after a restore
    tab.show()  # (a tab that is not on screen shows it when it is next shown)

    qtbot.waitUntil(lambda: search.count_entries() == 3)  # two from before, and the kept words
    [kept] = [e for e in search.list_entries() if e.first_line.startswith("Typed just before")]
    assert tab.editor.entry_id == kept.id
    assert tab.model.rowCount() == 3


def test_how_strong_steps_through_round_tens(qtbot: Any) -> None:
    from desktop.ui.journal.thought_record_form import ThoughtRecordForm

    form = ThoughtRecordForm()
    qtbot.addWidget(form)
    assert form.strength.text() == "How strong?"  # nothing said yet
    seen = []
    for _ in range(3):
        form.strength.stepUp()
        seen.append(form.strength.text())
    assert seen == ["0%", "10%", "20%"]  # not 9 %, 19 %…
    form.strength.setValue(0)
    form.strength.stepDown()
    assert form.strength.text() == "How strong?"
    assert form.record().feeling_strength is None


def test_an_untitled_entrys_words_run_on_into_the_preview_line(qapp: Any) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.common.entry_list import _words_that_fit

    metrics = QFontMetrics(QFont())
    text = "Work was a lot today. I thought about journaling and wrote three lines after all"
    width = metrics.horizontalAdvance(text) // 2
    heading, more = _words_that_fit(text, metrics, width)
    assert metrics.horizontalAdvance(heading) <= width
    assert f"{heading} {more}" == text  # every word, none cut in half
    assert _words_that_fit("Short", metrics, width) == ("Short", "")


def test_private_and_bring_to_session_both_ticked_says_private_comes_first(
    tab: JournalTab, qtbot: Any
) -> None:
    editor = tab.editor
    tab.show()
    qtbot.waitExposed(tab)
    editor.bring.setChecked(True)
    assert not editor.private_wins.isVisible()
    editor.private.setChecked(True)
    assert editor.private_wins.isVisible()
    assert "stays out of the session summary" in editor.private_wins.text()
    editor.bring.setChecked(False)
    assert not editor.private_wins.isVisible()


def test_the_trash_undo_goes_when_the_person_moves_on(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    kept, going = add("Still here"), add("Going away")
    tab = make_journal()

    def trash_one() -> None:
        open_in_list(tab, going.id)
        tab.editor.delete_button.click()
        assert tab.undo_bar.isVisibleTo(tab)

    trash_one()
    open_in_list(tab, kept.id)  # another entry: the undo was not about this one
    assert not tab.undo_bar.isVisibleTo(tab)
    journal.restore_entry(going.id)
    tab.reload()

    trash_one()
    tab.new_entry()  # a new entry
    assert not tab.undo_bar.isVisibleTo(tab)
    journal.restore_entry(going.id)
    tab.reload()

    tab.show()
    qtbot.waitExposed(tab)
    trash_one()
    tab.hide()  # another tab
    tab.show()
    assert not tab.undo_bar.isVisibleTo(tab)


def test_the_search_box_says_how_to_find_words_side_by_side_and_that_works(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    in_order = add("The walk was long today")
    add("Long was the walk")
    tab = make_journal()
    assert '"like this"' in tab.search.toolTip()
    tab.search.setText('"walk was"')
    qtbot.waitUntil(lambda: tab.count.text() == "1 found")
    assert ids_in(tab) == [in_order.id]


def test_down_from_the_search_box_goes_into_what_it_found(
    make_journal: Callable[..., JournalTab], qtbot: Any
) -> None:
    add("A walk by the river")
    found = add("The river again", day=TODAY)
    tab = make_journal()
    tab.show()
    qtbot.waitExposed(tab)
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "river")
    qtbot.waitUntil(lambda: tab.count.text() == "2 found")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.list.hasFocus()
    assert tab.list.currentIndex().data(EntryRole).id == found.id


def test_the_search_box_clear_button_has_a_name(make_journal: Callable[..., JournalTab]) -> None:
    tab = make_journal()
    [clear] = tab.search.findChildren(QToolButton)
    assert clear.accessibleName() == "Clear the search"
