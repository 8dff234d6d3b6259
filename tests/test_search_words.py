"""Search finds the words a person types (NOT, AND, -, : are words, not syntax), every snippet
in the list shows its match on the line the list gives it, and an entry opened from a search
shows the words found in it, marked, until it is edited or the search is cleared."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.store import journal, search
from desktop.store.records import MATCH_END, MATCH_START, EntryFields, JournalEntry, ThoughtRecord
from desktop.ui.app.events import Events
from desktop.ui.common.entry_list import snippet_html
from desktop.ui.journal.tab import JournalTab

DAY = date(2024, 6, 12)


def add(body: str, **fields: Any) -> JournalEntry:
    return journal.save_entry(None, EntryFields(day=DAY, body=body, **fields))


def found(text: str) -> set[int]:
    return {summary.id for summary in search.search(text)}


# -- words, not operators -------------------------------------------------------------------------


@pytest.mark.usefixtures("store")
def test_capital_not_and_or_are_words_like_any_other() -> None:
    could_not = add("I could not sleep, and then it was morning")
    not_again = add("Not again. Or maybe it is fine")
    add("A quiet walk by the river")
    assert found("not") == {could_not.id, not_again.id}
    assert found("NOT") == found("Not") == found("not")  # was nothing at all
    assert found("NOT sleep") == {could_not.id}
    assert found("OR maybe") == {not_again.id}
    assert found("and AND") == {could_not.id}
    assert found("could NOT") == {could_not.id}


@pytest.mark.usefixtures("store")
def test_signs_that_were_syntax_are_read_as_what_they_join() -> None:
    care = add("Some self-care: a bath (finally) and tea^2")
    walk = add("A walk, then NEAR the river")
    assert found("self-care") == {care.id}  # was "self" without "care"
    assert found("-care") == {care.id}  # was every entry without "care"
    assert found("bath*") == found("(finally)") == found("tea^2") == {care.id}
    assert found("care:") == {care.id}
    assert found("title:bath") == set()  # no column filters: "title" is a word
    assert found("NEAR(walk river)") == set()  # "near walk" aren't side by side
    assert found("near river") == {walk.id}


@pytest.mark.usefixtures("store")
def test_words_in_double_quotes_are_found_together_in_that_order() -> None:
    together = add("A quiet walk, alone")
    apart = add("A walk that was quiet")
    assert found("quiet walk") == {together.id, apart.id}
    assert found('"quiet walk"') == {together.id}
    assert found('"walk quiet"') == set()
    assert found('"quiet wal') == {together.id}  # the phrase being typed: its last word a prefix
    assert found("“quiet walk”") == found("„quiet walk“") == {together.id}  # pasted, curly


# -- a snippet shows its match ----------------------------------------------------------------

LONG_BEFORE = (
    "This morning started slowly, with rain on the window and a long list in my head of "
    "everything I had put off, and somewhere after the second cup of tea I finally called the "
    "dentist and booked it"
)


@pytest.mark.usefixtures("store")
def test_every_snippet_starts_a_few_words_before_its_match() -> None:
    late = add(LONG_BEFORE)
    end = add(" ".join(f"word{n}" for n in range(300)) + " dentist")
    early = add("The dentist, at last")
    for summary in search.search("dentist"):
        before = summary.snippet[: summary.snippet.index(MATCH_START)]
        assert len(" ".join(before.split())) <= search.CONTEXT_BEFORE_MAX, summary.snippet
    snippets = {s.id: s.snippet for s in search.search("dentist")}
    assert snippets[early.id] == f"The {MATCH_START}dentist{MATCH_END}, at last"  # as it was
    assert snippets[late.id].startswith("…")  # words were left out before it
    assert snippets[end.id].endswith(f"{MATCH_START}dentist{MATCH_END}")


def _on_first_line(snippet: str, width: int, font: QFont) -> bool:
    """Whether the first match of a snippet is on the one line the entry list draws it on."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(snippet_html(snippet, QApplication.palette()))
    document.setTextWidth(width)
    document.size()  # laid out
    # The document holds the text as the list shows it, without the marks: the match starts
    # where the first mark was.
    at = " ".join(snippet.split()).index(MATCH_START)
    line = document.begin().layout().lineForTextPosition(at)
    return line.isValid() and line.lineNumber() == 0


def test_the_match_is_on_the_line_the_list_shows(qapp: Any, store: Path) -> None:
    add(LONG_BEFORE)
    add("Another day. " * 8 + "I walked home past the dentist, tired but glad")
    font = QApplication.font()
    # The narrowest card the list draws (EntryDelegate.sizeHint), less its margins.
    width = QFontMetrics(font).averageCharWidth() * 40 - 20
    results = search.search("dentist")
    assert len(results) == 2
    for summary in results:
        assert _on_first_line(summary.snippet, width, font), summary.snippet


# -- an opened entry shows what was found in it -----------------------------------------------


@pytest.fixture
def journal_tab(qtbot: Any, store: Path) -> Iterator[Callable[[], JournalTab]]:
    made: list[JournalTab] = []

    def make() -> JournalTab:
        widget = JournalTab(Events())
        widget.resize(1100, 560)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.commit_pending()
        for timer in widget.findChildren(QTimer):
            timer.stop()


def _search_and_open(qtbot: Any, tab: JournalTab, words: str, entry_id: int) -> None:
    tab.search.setText(words)
    tab.reload()  # now, rather than after the typing's pause
    assert "found" in tab.count.text()
    assert tab.model.row_of(entry_id) is not None
    tab.list.setCurrentIndex(tab.model.index(tab.model.row_of(entry_id) or 0))
    assert tab.editor.entry_id == entry_id


def test_an_entry_opened_from_a_search_shows_the_words_marked_and_in_view(
    journal_tab: Callable[[], JournalTab], qtbot: Any
) -> None:
    lines = [f"Line {n} of an ordinary day, nothing much." for n in range(80)]
    lines[60] = "Then I finally called the Dentist 😀 and felt lighter."
    entry = add("\r\n".join(lines), title="A long day")  # (an imported entry's line breaks)
    tab = journal_tab()
    _search_and_open(qtbot, tab, "dentist 😀", entry.id)
    editor = tab.editor
    assert editor.matched_words() == {"body": ["Dentist", "😀"]}
    body = editor.body
    first = body.extraSelections()[0]
    assert first.format.background().color() != QPalette().color(QPalette.ColorRole.Base)
    assert first.format.background().color().rgb() == (
        editor.palette().color(QPalette.ColorRole.Highlight).rgb()
    )  # the palette's own colour, softened: the dark palette has its own
    qtbot.waitUntil(lambda: body.viewport().rect().contains(body.cursorRect().center()))
    assert body.textCursor().block().text().startswith("Then I finally called")


def test_the_marks_go_when_the_entry_is_edited_or_the_search_cleared(
    journal_tab: Callable[[], JournalTab], qtbot: Any
) -> None:
    first = add("A walk by the river, and then home")
    second = add("Rain, and a walk anyway", thought_record=ThoughtRecord(thought="a walk helps"))
    tab = journal_tab()
    _search_and_open(qtbot, tab, "walk", second.id)
    assert tab.editor.matched_words() == {"body": ["walk"], "thought": ["walk"]}

    tab.search.clear()
    qtbot.waitUntil(lambda: tab.count.text() == "2 entries")
    assert tab.editor.matched_words() == {}  # the search cleared: the marks go

    _search_and_open(qtbot, tab, "river", first.id)
    assert tab.editor.matched_words() == {"body": ["river"]}
    tab.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor.body, " later")
    assert tab.editor.matched_words() == {}  # an edit: the marks go, and stay gone
    assert tab.editor.save()
    tab.reload()
    assert tab.editor.matched_words() == {}


def test_a_new_entry_typed_during_a_search_gets_no_marks(
    journal_tab: Callable[[], JournalTab], qtbot: Any
) -> None:
    add("A walk")
    tab = journal_tab()
    tab.search.setText("walk")
    qtbot.waitUntil(lambda: tab.count.text() == "1 found")
    tab.new_entry()
    qtbot.keyClicks(tab.editor.body, "Another walk")
    assert tab.editor.save()
    tab.reload()
    assert tab.editor.matched_words() == {}


@pytest.mark.usefixtures("store")
def test_where_the_words_are_in_each_field_of_an_entry() -> None:
    record = ThoughtRecord(situation="Café with Zoë", balanced_thought="the cafe was kind")
    entry = add(
        "Naïve me, at the CAFÉ again", title="Cafe day", tags=("cafés",), thought_record=record
    )
    found_in = search.matches_in_entry("cafe", entry.id)
    fields = journal.get_entry(entry.id).fields
    texts = {
        "title": fields.title,
        "body": fields.body,
        "situation": record.situation,
        "balanced_thought": record.balanced_thought,
    }
    words = {field: [texts[field][a:b] for a, b in spans] for field, spans in found_in.items()}
    assert words == {
        "title": ["Cafe"],
        "body": ["CAFÉ"],
        "situation": ["Café"],
        "balanced_thought": ["cafe"],
    }  # and the tag, "cafés", is in sight already
    assert search.matches_in_entry("nowhere", entry.id) == {}
    assert search.matches_in_entry("NOT", entry.id) == {}
    assert search.matches_in_entry("", entry.id) == {}


def _columns_apart(one: Any, other: Any) -> set[int]:
    """The columns where two drawings of the same box differ."""
    return {
        x
        for x in range(one.width())
        for y in range(one.height())
        if one.pixel(x, y) != other.pixel(x, y)
    }


def test_a_match_in_the_title_is_marked_too_and_goes_with_an_edit(
    journal_tab: Callable[[], JournalTab], qtbot: Any
) -> None:
    entry = add("Booked it for Tuesday.", title="A long day at the dentist")
    tab = journal_tab()
    title = tab.editor.title
    _search_and_open(qtbot, tab, "dentist", entry.id)
    marked = title.grab().toImage()
    assert not tab.editor.dirty and tab.editor.status.text() == "Saved"  # marking isn't an edit
    assert title.text() == "A long day at the dentist" and not title.isUndoAvailable()
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.count.text() == "One entry")
    plain = title.grab().toImage()
    columns = _columns_apart(marked, plain)
    metrics = title.fontMetrics()
    assert columns and min(columns) >= metrics.horizontalAdvance("A long day at the ")
    assert max(columns) - min(columns) >= metrics.horizontalAdvance("dentist") - 4  # the word

    _search_and_open(qtbot, tab, "tuesday", entry.id)  # other words: the title has none
    assert title.grab().toImage() == plain
    _search_and_open(qtbot, tab, "dentist", entry.id)
    assert title.grab().toImage() == marked
    qtbot.keyClicks(tab.editor.body, "x")  # an edit: the marks go
    assert title.grab().toImage() == plain
