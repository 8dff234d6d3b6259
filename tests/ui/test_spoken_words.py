"""What a screen reader says: the words on screen, never a name in their place.

On Linux an accessible name set on a label replaces what the label says (the reader heard "A
note for you", never the note). Labels keep their words as their name, say what they are in
their description (widgets.spoken), and words that come as the answer to something done are
announced (widgets.announce)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel

from desktop.content.acknowledgements import messages
from desktop.store.records import Outcome
from desktop.ui.app.main_window import MainWindow


def heard(label: QLabel) -> tuple[str, str]:
    """(name, description) as the accessibility interface gives them to a screen reader."""
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None
    return (
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
    )


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    real = QAccessible.updateAccessibility

    def update(event: Any) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        else:
            real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    return said


def test_the_kind_word_after_a_check_in_is_said_as_it_is(
    add_items: Callable[..., Any],
    make_window: Callable[..., MainWindow],
    announcements: list[str],
    qtbot: Any,
) -> None:
    add_items("Journal for 20 minutes")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    box = window.plan_tab.detail.check_in_box
    box.outcome_buttons[Outcome.THOUGHT].click()
    words = box.acknowledgement.text()
    assert words in messages()[Outcome.THOUGHT.value]["none"]
    assert heard(box.acknowledgement) == (words, "A note for you")
    assert announcements == [words]


def labelled_by(widget: Any) -> list[str]:
    """The names of the labels a screen reader reads a field by (its labelled-by relation)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return [
        label.text(QAccessible.Text.Name)
        for label, _ in interface.relations(QAccessible.RelationFlag.Label)
    ]


def test_combo_boxes_without_a_visible_label_are_named_for_screen_readers(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    # On Linux a combo box's own accessible name is ignored: only a buddy label names it.
    from desktop.ui.encouragement.tab import SESSION_PREP
    from desktop.ui.plan.rhythm_picker import RhythmPicker

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert labelled_by(window.plan_tab.view_choice) == ["Which plan items to show"]
    window.tabs.setCurrentIndex(2)
    window.encouragement_tab.show_page(SESSION_PREP)
    assert labelled_by(window.encouragement_tab.session_page.choice) == ["Which summary to show"]
    picker = RhythmPicker()
    qtbot.addWidget(picker)
    assert labelled_by(picker.combo) == ["Rhythm"]
    # Moved to another parent (a dialog's layout, say), the name goes with it.
    holder = QLabel()
    qtbot.addWidget(holder)
    picker.combo.setParent(holder)
    assert labelled_by(picker.combo) == ["Rhythm"]


def test_no_invisible_tab_stops_and_no_column_read_as_a_number(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    from desktop.store import safety
    from desktop.store.encouragement_records import SafetySection
    from desktop.ui.encouragement.tab import SAFETY_PLAN, SMALL_WINS

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    # A scroll area around a page is no stop of its own: Tab goes to what is in it.
    stops = [
        area
        for area in window.findChildren(QScrollArea)
        if area.focusPolicy() & Qt.FocusPolicy.TabFocus and area.widget() is not None
    ]
    assert stops == []
    # A tree whose header is hidden still has its column read by name, not as "1".
    pages = window.encouragement_tab
    for page, view in ((SMALL_WINS, pages.wins_page), (SAFETY_PLAN, pages.safety_page)):
        pages.show_page(page)
        header = view.tree.model().headerData(0, Qt.Orientation.Horizontal)
        assert header == view.tree.accessibleName()
    safety.add_item(SafetySection.COPING, "A hot shower")
    pages.safety_page.refresh()  # (a reload clears the model)
    assert pages.safety_page.tree.model().headerData(0, Qt.Orientation.Horizontal) == (
        "Your safety plan"
    )


def test_no_label_in_the_window_hides_its_words_behind_a_name(
    add_items: Callable[..., Any], make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    from desktop.ui.encouragement.tab import SAFETY_PLAN, SESSION_PREP, SMALL_WINS, TODAY

    add_items("Journal for 20 minutes")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.plan_tab.detail.check_in_box.outcome_buttons[Outcome.RESTED].click()
    for index in range(window.tabs.count()):  # every tab built
        window.tabs.setCurrentIndex(index)
    pages = window.encouragement_tab
    for page in (TODAY, SMALL_WINS, SESSION_PREP, SAFETY_PLAN):
        pages.show_page(page)
    hidden = [
        (label.accessibleName(), label.text())
        for label in window.findChildren(QLabel)
        if label.accessibleName() and label.accessibleName() != label.text()
    ]
    assert hidden == []


def test_the_journals_combo_boxes_are_named_for_screen_readers(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(1)
    journal = window.journal_tab
    editor, form = journal.editor, journal.editor.record_form
    for combo, name in (
        (journal.filters.tag_filter, "Filter by tag"),
        (journal.filters.flag_filter, "Filter by flag"),
        (journal.filters.mood_from, "Mood from"),
        (journal.filters.mood_to, "Mood up to"),
        (journal.filters.date_filter, "Filter by date"),
        (editor.mood, "Mood"),
        (editor.energy, "Energy"),
        (form.plan_item, "Got in the way of"),  # its row's label
    ):
        assert name in labelled_by(combo), name
    # The second mood says what it is, not "…".
    assert journal.filters.mood_to.itemText(0) == "up to any mood"
