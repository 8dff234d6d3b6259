"""The Action plan tab, driven through its widgets the way a person would use it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QWidget,
)

from desktop import clock
from desktop.content.acknowledgements import messages
from desktop.reports.errors import explain
from desktop.store import plan, session_summary
from desktop.store.errors import CannotSaveError, DiskTrouble
from desktop.store.records import Change, Kind, Outcome, PlanItem, Reason, Rhythm, Status
from desktop.store.text import FIELD_MAX
from desktop.ui.app.events import Scope
from desktop.ui.common.dates import week_of
from desktop.ui.plan.adjust_dialog import AdjustDialog
from desktop.ui.plan.item_dialog import ItemDialog
from desktop.ui.plan.models import CheckInRole, ItemRole
from desktop.ui.plan.tab import PlanTab
from tests.ui.helpers import (
    CANCEL,
    SAVE,
    answer_dialog,
    answer_message_box,
    plain,
    visible_texts,
)

SPOKEN = Qt.ItemDataRole.AccessibleTextRole
#: A fixed "today" (a Wednesday) for the tests about days of the week.
WEDNESDAY = date(2024, 6, 12)
SHAME = re.compile(r"\b(fail(ed|ure|ing)?|missed|streaks?)\b", re.IGNORECASE)


def titles_in_list(tab: PlanTab) -> list[str]:
    return [tab.model.index(row).data() for row in range(tab.model.rowCount())]


def select(tab: PlanTab, title: str) -> None:
    """Select the row with this title, as a click in the list would."""
    row = titles_in_list(tab).index(title)
    tab.list.setCurrentIndex(tab.model.index(row))
    assert tab.detail.title.text() == title


def row_of(tab: PlanTab, title: str) -> Any:
    return tab.model.index(titles_in_list(tab).index(title))


def today_check_in(item_id: int, day: date | None = None) -> Any:
    return plan.check_ins_on(day or clock.today()).get(item_id)


def pretend_today_is(tab: PlanTab, day: date) -> None:
    """Make the tab's idea of today a fixed day, as the midnight timer would."""
    tab.today = day
    tab.detail.select_day(day)
    tab.refresh()
    assert tab.detail.day == day


# -- first run and adding items -----------------------------------------------------------------


def test_first_run_shows_the_welcome_page_with_one_clear_button(tab: PlanTab) -> None:
    assert tab.pages.currentIndex() == 0
    assert plain(tab.first_item_button.text()) == "Add your first plan item"
    assert tab.first_item_button.isVisibleTo(tab)
    assert not tab.list.isVisibleTo(tab)


def test_adding_the_first_item_through_the_dialog_shows_the_list(
    tab: PlanTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: ItemDialog) -> None:
        dialog.title.setText("Journal for 20 minutes")
        dialog.smaller.setText("Write one sentence")
        dialog.why.setPlainText("It helps me notice how I feel")
        dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.JOURNALING))

    answers = answer_dialog(monkeypatch, ItemDialog, fill)
    tab.first_item_button.click()

    assert len(answers.seen) == 1
    [item] = plan.list_items()
    assert (item.title, item.smaller_version, item.why, item.kind) == (
        "Journal for 20 minutes",
        "Write one sentence",
        "It helps me notice how I feel",
        Kind.JOURNALING,
    )
    assert tab.pages.currentIndex() == 1
    assert titles_in_list(tab) == ["Journal for 20 minutes"]
    assert tab.current_item_id() == item.id
    assert tab.detail.title.text() == "Journal for 20 minutes"
    assert "Write one sentence" in tab.detail.smaller.text()


def test_cancelling_the_dialog_adds_nothing(tab: PlanTab, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_dialog(monkeypatch, ItemDialog, lambda d: d.title.setText("Maybe later"), CANCEL)
    boxes = answer_message_box(monkeypatch, "Discard")
    tab.first_item_button.click()
    assert plan.list_items() == []
    assert tab.pages.currentIndex() == 0
    assert [b.text() for b in boxes] == ["Discard what you wrote?"]


def test_cancel_after_typing_asks_and_keep_editing_keeps_the_words(
    qtbot: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ItemDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Call my sister")
    boxes = answer_message_box(monkeypatch, "Keep editing")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert len(boxes) == 1
    assert boxes[0].defaultButton().text() == "Keep editing"
    assert dialog.isVisible()
    assert dialog.title.text() == "Call my sister"


def test_cancel_without_typing_closes_at_once(
    qtbot: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ItemDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # no message box: one would fail the test
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_full_disk_keeps_the_add_dialog_open_with_the_words(
    tab: PlanTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: Any, **kwargs: Any) -> None:
        raise CannotSaveError(DiskTrouble.FULL)

    monkeypatch.setattr(plan, "add_item", full)
    answers = answer_dialog(monkeypatch, ItemDialog, lambda d: d.title.setText("Stretch"))
    tab.first_item_button.click()

    dialog = answers.seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.title.text() == "Stretch"
    assert dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text() == explain(CannotSaveError(DiskTrouble.FULL), in_place=True)
    assert dialog.problem.wordWrap()


def test_a_full_disk_keeps_the_adjust_dialog_open_with_the_note(
    one_item: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, item = one_item

    def full(*args: Any, **kwargs: Any) -> None:
        raise CannotSaveError(DiskTrouble.FULL)

    def fill(dialog: AdjustDialog) -> None:
        dialog.note.setText("Exams")
        dialog.pause.setChecked(True)

    monkeypatch.setattr(plan, "adjust_item", full)
    answers = answer_dialog(monkeypatch, AdjustDialog, fill)
    tab.detail.adjust_button.click()

    dialog = answers.seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.note.text() == "Exams"
    assert dialog.problem.isVisibleTo(dialog)
    assert plan.get_item(item.id).status is Status.ACTIVE


def test_save_is_disabled_while_the_title_is_empty(qtbot: Any, store: Any) -> None:
    dialog = ItemDialog()
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    save = box.button(SAVE)
    assert not save.isEnabled()
    dialog.title.setText("   ")
    assert not save.isEnabled()
    dialog.title.setText("Call my sister")
    assert save.isEnabled()
    dialog.title.setText("")
    assert not save.isEnabled()


def test_empty_title_cannot_be_saved_from_the_tab(
    tab: PlanTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_dialog(monkeypatch, ItemDialog, lambda d: d.smaller.setText("Tiny"))
    tab.first_item_button.click()
    assert len(answers.seen) == 1
    assert answers.seen[0].result() == QDialog.DialogCode.Rejected
    assert plan.list_items() == []


def test_adding_through_the_real_modal_dialog(tab: PlanTab, qtbot: Any) -> None:
    """The dialog really opens modally; type a title and click its Save button."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ItemDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog.windowTitle())
        save = dialog.buttons.button(SAVE)
        seen.append(f"enabled before typing: {save.isEnabled()}")
        qtbot.keyClicks(dialog.title, "Drink a glass of water")
        save.click()

    QTimer.singleShot(0, answer)
    tab.first_item_button.click()

    assert seen == ["Add a plan item", "enabled before typing: False"]
    assert [i.title for i in plan.list_items()] == ["Drink a glass of water"]
    assert titles_in_list(tab) == ["Drink a glass of water"]


def test_add_button_adds_at_the_end_and_selects_the_new_item(
    add_items: Callable[..., Any], make_tab: Callable[[], PlanTab], monkeypatch: pytest.MonkeyPatch
) -> None:
    add_items("Journal", "Walk")
    tab = make_tab()
    assert tab.pages.currentIndex() == 1
    answer_dialog(monkeypatch, ItemDialog, lambda d: d.title.setText("Call my sister"))
    tab.add_button.click()
    assert titles_in_list(tab) == ["Journal", "Walk", "Call my sister"]
    assert tab.detail.title.text() == "Call my sister"


def test_ctrl_n_adds_an_item(
    add_items: Callable[..., Any],
    make_tab: Callable[[], PlanTab],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    add_items("Journal")
    tab = make_tab()
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.list.setFocus()
    answers = answer_dialog(monkeypatch, ItemDialog, lambda d: d.title.setText("Stretch"))
    qtbot.keyClick(tab.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.seen) == 1
    assert titles_in_list(tab) == ["Journal", "Stretch"]


def test_editing_an_item_changes_what_is_shown(
    add_items: Callable[..., Any], make_tab: Callable[[], PlanTab], monkeypatch: pytest.MonkeyPatch
) -> None:
    [item] = add_items("Journal")
    tab = make_tab()

    def fill(dialog: ItemDialog) -> None:
        assert dialog.title.text() == "Journal"  # the form starts from the item
        dialog.title.setText("Journal before bed")

    answer_dialog(monkeypatch, ItemDialog, fill)
    tab.detail.edit_button.click()
    assert plan.get_item(item.id).title == "Journal before bed"
    assert titles_in_list(tab) == ["Journal before bed"]
    assert tab.detail.title.text() == "Journal before bed"


# -- checking in -------------------------------------------------------------------------------


@pytest.fixture
def one_item(add_items: Callable[..., Any], make_tab: Callable[[], PlanTab]) -> tuple[PlanTab, Any]:
    [item] = add_items("Journal for 20 minutes", smaller_version="One sentence")
    tab = make_tab()
    assert tab.current_item_id() == item.id
    return tab, item


def test_check_in_takes_one_click_and_shows_a_kind_acknowledgement(
    one_item: tuple[PlanTab, Any],
) -> None:
    tab, item = one_item
    detail = tab.detail
    assert not detail.check_in_box.acknowledgement_frame.isVisibleTo(tab)

    detail.check_in_box.outcome_buttons[Outcome.THOUGHT].click()

    stored = today_check_in(item.id)
    assert stored is not None and stored.outcome is Outcome.THOUGHT
    assert detail.check_in_box.outcome_buttons[Outcome.THOUGHT].isChecked()
    assert [o for o, b in detail.check_in_box.outcome_buttons.items() if b.isChecked()] == [
        Outcome.THOUGHT
    ]
    row = row_of(tab, "Journal for 20 minutes")
    assert row.data(CheckInRole) == stored
    assert "Thought about it" in row.data(SPOKEN)
    assert detail.check_in_box.acknowledgement_frame.isVisibleTo(tab)
    assert detail.check_in_box.acknowledgement.text().strip()
    assert detail.check_in_box.acknowledgement.text() in messages()["thought_about_it"]["none"]
    # The reasons are offered, never required.
    assert detail.check_in_box.reasons_box.isVisibleTo(tab)
    assert not any(b.isChecked() for b in detail.check_in_box.reason_buttons.values())


def test_a_reason_is_stored_and_the_acknowledgement_fits_it(one_item: tuple[PlanTab, Any]) -> None:
    tab, item = one_item
    detail = tab.detail
    detail.check_in_box.outcome_buttons[Outcome.THOUGHT].click()

    detail.check_in_box.reason_buttons[Reason.PERFECTIONISM].click()

    assert today_check_in(item.id).reasons == {Reason.PERFECTIONISM}
    assert today_check_in(item.id).outcome is Outcome.THOUGHT
    assert detail.check_in_box.reason_buttons[Reason.PERFECTIONISM].isChecked()
    assert detail.check_in_box.acknowledgement_frame.isVisibleTo(tab)
    assert (
        detail.check_in_box.acknowledgement.text()
        in messages()["thought_about_it"]["perfectionism"]
    )

    detail.check_in_box.reason_buttons[Reason.PERFECTIONISM].click()  # changed my mind
    assert today_check_in(item.id).reasons == frozenset()
    assert detail.check_in_box.acknowledgement.text() in messages()["thought_about_it"]["none"]


@pytest.mark.parametrize("outcome", [Outcome.DONE, Outcome.SMALLER, Outcome.RESTED])
def test_a_choice_gets_a_warm_word_and_no_question_about_what_got_in_the_way(
    one_item: tuple[PlanTab, Any], outcome: Outcome
) -> None:
    # A step done, the smaller version and a rest on purpose are choices, not obstacles.
    tab, item = one_item
    box = tab.detail.check_in_box
    box.outcome_buttons[outcome].click()

    assert today_check_in(item.id).outcome is outcome
    assert box.outcome_buttons[outcome].isChecked()
    assert not box.asking.isVisibleTo(tab)  # no "What got in the way?"
    assert box.note.isVisibleTo(tab)  # a note about today, as after every outcome
    assert box.acknowledgement_frame.isVisibleTo(tab)
    assert box.acknowledgement.text() in messages()[outcome.value]["none"]


@pytest.mark.parametrize("outcome", [Outcome.TRIED, Outcome.THOUGHT, Outcome.NOT_TODAY])
def test_after_the_other_outcomes_the_app_asks_what_got_in_the_way(
    one_item: tuple[PlanTab, Any], outcome: Outcome
) -> None:
    tab, _item = one_item
    box = tab.detail.check_in_box
    box.outcome_buttons[outcome].click()
    assert box.asking.isVisibleTo(tab)
    assert box.acknowledgement.text() in messages()[outcome.value]["none"]


def test_changing_the_outcome_replaces_the_check_in(one_item: tuple[PlanTab, Any]) -> None:
    tab, item = one_item
    detail = tab.detail
    detail.check_in_box.outcome_buttons[Outcome.NOT_TODAY].click()
    detail.check_in_box.reason_buttons[Reason.OVERLOAD].click()
    assert (
        detail.check_in_box.acknowledgement.text() in messages()["not_today"]["emotional_overload"]
    )

    detail.check_in_box.outcome_buttons[Outcome.TRIED].click()

    checked = plan.check_ins_between(clock.today(), clock.today(), item.id)
    assert [(c.outcome, c.reasons) for c in checked] == [
        (Outcome.TRIED, frozenset({Reason.OVERLOAD}))
    ]
    assert [o for o, b in detail.check_in_box.outcome_buttons.items() if b.isChecked()] == [
        Outcome.TRIED
    ]
    # Tried gets its own warm word, for what got in the way as it does for the others.
    assert detail.check_in_box.acknowledgement.text() in messages()["tried"]["emotional_overload"]

    detail.check_in_box.outcome_buttons[Outcome.DONE].click()
    assert today_check_in(item.id).outcome is Outcome.DONE
    assert not detail.check_in_box.asking.isVisibleTo(tab)


def test_switching_to_done_and_back_keeps_the_reasons(one_item: tuple[PlanTab, Any]) -> None:
    tab, item = one_item
    detail = tab.detail
    detail.check_in_box.outcome_buttons[Outcome.TRIED].click()
    detail.check_in_box.reason_buttons[Reason.PERFECTIONISM].click()
    detail.check_in_box.other_reason.setText("The kettle")
    detail.check_in_box.other_reason.editingFinished.emit()

    detail.check_in_box.outcome_buttons[Outcome.DONE].click()
    assert not detail.check_in_box.asking.isVisibleTo(tab)
    assert detail.check_in_box.acknowledgement.text() in messages()["done"]["none"]
    assert session_summary.summary(clock.today()).reasons == ()  # not counted under "Done"

    detail.check_in_box.outcome_buttons[Outcome.TRIED].click()
    stored = today_check_in(item.id)
    assert (stored.reasons, stored.other_reason) == ({Reason.PERFECTIONISM}, "The kettle")
    assert detail.check_in_box.reason_buttons[Reason.PERFECTIONISM].isChecked()
    assert detail.check_in_box.other_reason.text() == "The kettle"


def test_the_six_outcomes_are_one_group_for_the_keyboard(
    qtbot: Any, one_item: tuple[PlanTab, Any]
) -> None:
    # Tab enters the group, the arrow keys move within it (writing nothing), Space chooses,
    # and Tab leaves it; Shift+Tab comes back to the outcome chosen.
    tab, item = one_item
    box = tab.detail.check_in_box
    buttons = list(box.outcome_buttons.values())
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    yesterday = clock.today() - timedelta(days=1)
    box.select_day(yesterday)  # (so that "Today" can be pressed, and Tab starts from it)
    box.today_button.setFocus()
    qtbot.waitUntil(box.today_button.hasFocus)

    qtbot.keyClick(box.today_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is buttons[0]  # "Done", none chosen yet
    for key, expected in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_Down, 5),
        (Qt.Key.Key_Left, 4),
        (Qt.Key.Key_Up, 1),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_Left, 5),  # round the end, as a radio group does
    ):
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert QApplication.focusWidget() is buttons[expected], key
    assert plan.check_ins_between(yesterday, yesterday, item.id) == []  # moved only

    qtbot.keyClick(buttons[5], Qt.Key.Key_Space)
    [chosen] = plan.check_ins_between(yesterday, yesterday, item.id)
    assert chosen.outcome is list(Outcome)[5]
    qtbot.keyClick(buttons[5], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in buttons  # out of the group at once
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is buttons[5]  # back to the outcome chosen


@pytest.fixture
def dark_palette_later(qapp: Any) -> Any:
    """A dark palette to switch to while the app runs; the one before comes back after."""
    from PySide6.QtGui import QColor, QPalette

    before = QPalette(qapp.palette())
    dark = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#1f2124"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#2a2d31"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#2f3236"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#101214"),
    ):
        dark.setColor(role, QColor(colour))
    yield dark
    qapp.setPalette(before)


def test_switching_to_dark_while_running_takes_the_check_in_box_along(
    qtbot: Any, one_item: tuple[PlanTab, Any], dark_palette_later: Any, qapp: Any
) -> None:
    from PySide6.QtGui import QPalette

    tab, _item = one_item
    tab.show()
    qtbot.waitExposed(tab)
    box = tab.detail.check_in_box
    box.outcome_buttons[Outcome.TRIED].click()
    box.reason_buttons[Reason.OVERLOAD].click()
    marks_before = box.outcome_buttons[Outcome.DONE].icon().pixmap(16).toImage()

    qapp.setPalette(dark_palette_later)
    text, highlight = QPalette.ColorRole.WindowText, QPalette.ColorRole.Highlight
    qtbot.waitUntil(lambda: box.day_label.palette().color(text).name() == "#e6e6e6")
    for chosen in (box.outcome_buttons[Outcome.TRIED], box.reason_buttons[Reason.OVERLOAD]):
        assert chosen.palette().color(QPalette.ColorRole.Button) == dark_palette_later.color(
            highlight
        )
    plain = box.outcome_buttons[Outcome.DONE]
    assert plain.palette().color(QPalette.ColorRole.Button).name() == "#2f3236"
    assert plain.icon().pixmap(16).toImage() != marks_before  # the marks drawn anew


def test_clicking_the_chosen_outcome_again_keeps_it(one_item: tuple[PlanTab, Any]) -> None:
    tab, item = one_item
    button = tab.detail.check_in_box.outcome_buttons[Outcome.SMALLER]
    button.click()
    button.click()
    assert today_check_in(item.id).outcome is Outcome.SMALLER
    assert button.isChecked()


def test_clear_removes_the_check_in_and_put_back_restores_it_with_its_reasons(
    one_item: tuple[PlanTab, Any],
) -> None:
    tab, item = one_item
    detail = tab.detail
    assert detail.check_in_box.clear_button.isHidden()  # nothing to clear yet
    detail.check_in_box.outcome_buttons[Outcome.NOT_TODAY].click()
    detail.check_in_box.reason_buttons[Reason.TOO_BIG].click()
    detail.check_in_box.reason_buttons[Reason.FEAR_OF_CHANGE].click()
    detail.check_in_box.note.setText("Long day")
    detail.commit_pending()
    before = today_check_in(item.id)
    assert before.reasons == {Reason.TOO_BIG, Reason.FEAR_OF_CHANGE}

    detail.check_in_box.clear_button.click()

    assert today_check_in(item.id) is None
    assert not any(b.isChecked() for b in detail.check_in_box.outcome_buttons.values())
    assert row_of(tab, "Journal for 20 minutes").data(CheckInRole) is None
    assert detail.check_in_box.put_back_button.isVisibleTo(tab)
    assert detail.check_in_box.cleared_label.isVisibleTo(tab)
    assert not detail.check_in_box.acknowledgement_frame.isVisibleTo(tab)

    detail.check_in_box.put_back_button.click()

    after = today_check_in(item.id)
    assert (after.outcome, after.reasons, after.note) == (
        Outcome.NOT_TODAY,
        {Reason.TOO_BIG, Reason.FEAR_OF_CHANGE},
        "Long day",
    )
    assert detail.check_in_box.outcome_buttons[Outcome.NOT_TODAY].isChecked()
    assert detail.check_in_box.reason_buttons[Reason.TOO_BIG].isChecked()
    assert detail.check_in_box.reason_buttons[Reason.FEAR_OF_CHANGE].isChecked()
    assert detail.check_in_box.note.text() == "Long day"
    assert not detail.check_in_box.put_back_button.isVisibleTo(tab)


# -- text being typed is kept ------------------------------------------------------------------


@pytest.fixture
def two_items(
    add_items: Callable[..., Any], make_tab: Callable[[], PlanTab]
) -> tuple[PlanTab, Any]:
    first, second = add_items("Journal", "Walk")
    tab = make_tab()
    assert tab.detail.title.text() == "Journal"
    return tab, (first, second)


def test_typing_then_selecting_another_item_keeps_the_text(two_items: tuple[PlanTab, Any]) -> None:
    tab, (journal, walk) = two_items
    detail = tab.detail
    detail.check_in_box.outcome_buttons[Outcome.TRIED].click()
    detail.check_in_box.other_reason.setText("My flatmate was home")
    detail.check_in_box.note.setText("Wrote two lines on the bus")

    select(tab, "Walk")

    stored = today_check_in(journal.id)
    assert stored.other_reason == "My flatmate was home"
    assert stored.note == "Wrote two lines on the bus"
    # The detail now shows the walk, with nothing carried over from the journal.
    assert tab.current_item_id() == walk.id
    assert detail.title.text() == "Walk"
    assert detail.check_in_box.note.text() == ""
    assert detail.check_in_box.other_reason.text() == ""

    select(tab, "Journal")
    assert detail.check_in_box.note.text() == "Wrote two lines on the bus"
    assert detail.check_in_box.other_reason.text() == "My flatmate was home"


def test_commit_pending_stores_text_still_being_typed(two_items: tuple[PlanTab, Any]) -> None:
    tab, (journal, _) = two_items
    tab.detail.check_in_box.outcome_buttons[Outcome.NOT_TODAY].click()
    tab.detail.check_in_box.other_reason.setText("Visitors all evening")
    tab.commit_pending()
    assert today_check_in(journal.id).other_reason == "Visitors all evening"
    assert tab.detail.check_in_box.acknowledgement.text() in messages()["not_today"]["other"]


def test_pressing_enter_in_the_note_stores_it(two_items: tuple[PlanTab, Any], qtbot: Any) -> None:
    tab, (journal, _) = two_items
    tab.detail.check_in_box.outcome_buttons[Outcome.RESTED].click()
    qtbot.keyClicks(tab.detail.check_in_box.note, "Slept early")
    qtbot.keyClick(tab.detail.check_in_box.note, Qt.Key.Key_Return)
    assert today_check_in(journal.id).note == "Slept early"


def test_a_very_long_note_is_handled_calmly(two_items: tuple[PlanTab, Any], qtbot: Any) -> None:
    tab, _ = two_items
    tab.detail.check_in_box.outcome_buttons[Outcome.TRIED].click()
    tab.detail.check_in_box.note.setText("x" * (FIELD_MAX + 1))
    with qtbot.captureExceptions() as exceptions:
        tab.list.setCurrentIndex(row_of(tab, "Walk"))
    assert [str(e[1]) for e in exceptions] == []
    assert tab.detail.title.text() == "Walk"


def test_a_very_long_why_is_handled_calmly(
    tab: PlanTab, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    def fill(dialog: ItemDialog) -> None:
        dialog.title.setText("Journal")
        dialog.why.setPlainText("because " * (FIELD_MAX // 8 + 1))

    answer_dialog(monkeypatch, ItemDialog, fill)
    with qtbot.captureExceptions() as exceptions:
        tab.first_item_button.click()
    assert [str(e[1]) for e in exceptions] == []


def test_a_refresh_from_elsewhere_keeps_the_note_being_typed(
    two_items: tuple[PlanTab, Any],
) -> None:
    tab, (journal, _) = two_items
    tab.detail.check_in_box.outcome_buttons[Outcome.TRIED].click()
    tab.detail.check_in_box.note.setText("Half a page, then the phone rang")

    tab.events.announce(Scope.PLAN)  # e.g. another tab changed something in the plan
    tab.show()  # a hidden tab shows it when it is next shown

    kept_on_screen = tab.detail.check_in_box.note.text() == "Half a page, then the phone rang"
    stored = today_check_in(journal.id).note == "Half a page, then the phone rang"
    assert kept_on_screen or stored


# -- earlier days ------------------------------------------------------------------------------


@pytest.fixture
def on_a_wednesday(one_item: tuple[PlanTab, Any]) -> tuple[PlanTab, Any]:
    tab, item = one_item
    pretend_today_is(tab, WEDNESDAY)
    return tab, item


def test_only_past_days_and_today_can_be_picked_in_the_week(
    on_a_wednesday: tuple[PlanTab, Any],
) -> None:
    tab, _ = on_a_wednesday
    cells = tab.detail.week.cells
    assert [c.day for c in cells] == week_of(WEDNESDAY)
    assert [c.isEnabled() for c in cells] == [True, True, True, False, False, False, False]
    assert [c.isChecked() for c in cells] == [False, False, True, False, False, False, False]

    cells[5].click()  # Saturday, still to come: nothing happens
    assert tab.detail.day == WEDNESDAY
    tab.detail.check_in_box.outcome_buttons[Outcome.DONE].click()
    assert plan.check_ins_on(WEDNESDAY + timedelta(days=3)) == {}


def test_checking_in_for_an_earlier_day_by_clicking_it_in_the_week(
    on_a_wednesday: tuple[PlanTab, Any],
) -> None:
    tab, item = on_a_wednesday
    detail = tab.detail
    monday = WEDNESDAY - timedelta(days=2)
    assert not detail.check_in_box.today_button.isEnabled()  # already on today

    detail.week.cells[0].click()

    assert detail.day == monday
    assert "Monday" in detail.check_in_box.day_label.text()
    assert detail.check_in_box.today_button.isEnabled()
    assert detail.week.cells[0].isChecked()
    detail.check_in_box.outcome_buttons[Outcome.SMALLER].click()

    assert plan.check_ins_on(monday)[item.id].outcome is Outcome.SMALLER
    assert plan.check_ins_on(WEDNESDAY) == {}
    # The week shows it, as presence on Monday.
    monday_check_in = detail.week.cells[0].check_in
    assert monday_check_in is not None
    assert monday_check_in.outcome is Outcome.SMALLER
    assert "Did the smaller version" in detail.week.cells[0].accessibleName()
    assert detail.week.cells[2].check_in is None
    assert detail.day == monday  # still on Monday after the list refreshed

    detail.check_in_box.today_button.click()

    assert detail.day == WEDNESDAY
    assert detail.check_in_box.day_label.text() == "How did it go today?"
    assert not any(b.isChecked() for b in detail.check_in_box.outcome_buttons.values())
    assert not detail.check_in_box.today_button.isEnabled()


def test_checking_in_for_an_earlier_day_with_the_date_field(
    on_a_wednesday: tuple[PlanTab, Any],
) -> None:
    tab, item = on_a_wednesday
    detail = tab.detail
    last_week = WEDNESDAY - timedelta(days=8)  # Tuesday of the week before

    detail.check_in_box.day_edit.setDate(QDate(last_week.year, last_week.month, last_week.day))

    assert detail.day == last_week
    assert [c.day for c in detail.week.cells] == week_of(last_week)
    assert all(c.isEnabled() for c in detail.week.cells)
    assert detail.week.title.text().startswith("Week of")
    assert detail.week.next_button.isEnabled()
    detail.check_in_box.outcome_buttons[Outcome.THOUGHT].click()
    assert plan.check_ins_on(last_week)[item.id].outcome is Outcome.THOUGHT

    detail.check_in_box.today_button.click()
    assert detail.day == WEDNESDAY
    assert detail.week.title.text() == "This week"
    assert not detail.week.next_button.isEnabled()


def test_the_date_field_never_goes_past_today(on_a_wednesday: tuple[PlanTab, Any]) -> None:
    tab, _ = on_a_wednesday
    detail = tab.detail
    tomorrow = WEDNESDAY + timedelta(days=1)
    detail.check_in_box.day_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert detail.day == WEDNESDAY
    assert detail.check_in_box.day_edit.date() == QDate(
        WEDNESDAY.year, WEDNESDAY.month, WEDNESDAY.day
    )


def test_previous_and_next_week_buttons(on_a_wednesday: tuple[PlanTab, Any]) -> None:
    tab, _ = on_a_wednesday
    week = tab.detail.week
    week.previous_button.click()
    assert tab.detail.day == WEDNESDAY - timedelta(days=7)
    assert week.title.text().startswith("Week of")
    week.next_button.click()
    assert tab.detail.day == WEDNESDAY
    assert week.title.text() == "This week"


# -- adjusting, pausing, retiring --------------------------------------------------------------


def test_adjusting_the_smaller_version_with_a_note_shows_in_the_history(
    one_item: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, item = one_item
    detail = tab.detail
    assert detail.history_model.rowCount() == 0
    assert detail.history_empty.isVisibleTo(tab)

    def fill(dialog: AdjustDialog) -> None:
        assert dialog.smaller.text() == "One sentence"
        dialog.smaller.setText("Three words")
        dialog.note.setText("Work is heavy this month")

    answer_dialog(monkeypatch, AdjustDialog, fill)
    detail.adjust_button.click()

    assert plan.get_item(item.id).smaller_version == "Three words"
    assert detail.history_model.rowCount() == 1
    line = detail.history_model.index(0).data()
    assert "Three words" in line and "Work is heavy this month" in line
    assert detail.history.isVisibleTo(tab)
    assert not detail.history_empty.isVisibleTo(tab)
    assert "Three words" in detail.smaller.text()


LONG_NOTE = (
    "The full twenty minutes were too much with the deadline at work coming up on Friday, so "
    "we made it smaller together in the session"
)


@pytest.mark.parametrize("width", [700, 1024, 1366])
def test_an_adjustments_note_is_never_cut_off(
    qtbot: Any, add_items: Callable[..., Any], make_tab: Callable[[], PlanTab], width: int
) -> None:
    [item] = add_items("Journal for 20 minutes")
    for number in range(2):
        plan.adjust_item(item.id, smaller_version=f"Write {number + 1} lines", note=LONG_NOTE)
    tab = make_tab()
    tab.resize(width, 760)
    tab.show()
    qtbot.waitExposed(tab)
    history = tab.detail.history
    rows = [history.visualRect(history.model().index(row, 0)) for row in range(2)]
    # Each note wraps over more than one line at these widths, and both are there whole.
    assert all(rect.height() > history.fontMetrics().height() * 1.5 for rect in rows)
    assert rows[-1].bottom() <= history.viewport().height()
    # Narrower again: the lines wrap more, and the list grows with them.
    tab.resize(width - 200, 760)
    qtbot.waitUntil(
        lambda: (
            history.visualRect(history.model().index(1, 0)).bottom() <= history.viewport().height()
        )
    )


def test_adjusting_the_rhythm(
    one_item: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, item = one_item

    def fill(dialog: AdjustDialog) -> None:
        dialog.rhythm.combo.setCurrentIndex(dialog.rhythm.combo.findData(Rhythm.SOME_DAYS))
        dialog.rhythm.days.setValue(2)

    answer_dialog(monkeypatch, AdjustDialog, fill)
    tab.detail.adjust_button.click()
    stored = plan.get_item(item.id)
    assert (stored.rhythm, stored.days_per_week) == (Rhythm.SOME_DAYS, 2)
    assert "2 days a week" in tab.detail.meta.text()
    assert "2 days a week" in row_of(tab, "Journal for 20 minutes").data(SPOKEN)
    assert (
        tab.detail.history_model.index(0)
        .data()
        .endswith("Rhythm changed from every day to 2 days a week")
    )


def test_cancelling_an_adjustment_changes_nothing(
    one_item: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, item = one_item
    answer_dialog(monkeypatch, AdjustDialog, lambda d: d.smaller.setText("Nothing"), CANCEL)
    answer_message_box(monkeypatch, "Discard")
    tab.detail.adjust_button.click()
    assert plan.get_item(item.id).smaller_version == "One sentence"
    assert plan.adjustments(item.id) == []


def _assert_paused(tab: PlanTab, title: str) -> None:
    row = row_of(tab, title)
    assert row.data(ItemRole).status is Status.PAUSED
    assert "Paused" in row.data(SPOKEN)
    assert "Paused" in tab.detail.meta.text()
    assert tab.detail.meta.foregroundRole() == QPalette.ColorRole.PlaceholderText
    assert plain(tab.detail.pause_button.text()) == "Pick up again"


def test_pausing_through_the_adjust_dialog(
    one_item: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, item = one_item
    assert plain(tab.detail.pause_button.text()) == "Pause"

    def fill(dialog: AdjustDialog) -> None:
        dialog.pause.setChecked(True)
        dialog.note.setText("Exams")

    answer_dialog(monkeypatch, AdjustDialog, fill)
    tab.detail.adjust_button.click()

    assert plan.get_item(item.id).status is Status.PAUSED
    _assert_paused(tab, "Journal for 20 minutes")
    assert [(a.change, a.note) for a in plan.adjustments(item.id)] == [(Change.PAUSED, "Exams")]
    assert tab.detail.history_model.index(0).data().endswith("Paused — Exams")


def test_adjusting_and_pausing_keeps_the_note_once(
    one_item: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, item = one_item

    def fill(dialog: AdjustDialog) -> None:
        dialog.smaller.setText("Three words")
        dialog.pause.setChecked(True)
        dialog.note.setText("Exams")

    answer_dialog(monkeypatch, AdjustDialog, fill)
    tab.detail.adjust_button.click()

    notes = [a.note for a in plan.adjustments(item.id)]
    assert sorted(notes) == ["", "Exams"]
    assert plan.get_item(item.id).status is Status.PAUSED


def test_a_note_alone_is_kept_in_the_history(
    one_item: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, item = one_item
    answer_dialog(monkeypatch, AdjustDialog, lambda d: d.note.setText("Still the right size"))
    tab.detail.adjust_button.click()
    assert [(a.change, a.note) for a in plan.adjustments(item.id)] == [
        (Change.NOTE, "Still the right size")
    ]
    assert tab.detail.history_model.index(0).data().endswith("A note — Still the right size")


def test_pause_button_pauses_and_picks_up_again(one_item: tuple[PlanTab, Any]) -> None:
    tab, item = one_item
    tab.detail.pause_button.click()
    assert plan.get_item(item.id).status is Status.PAUSED
    _assert_paused(tab, "Journal for 20 minutes")
    assert titles_in_list(tab) == ["Journal for 20 minutes"]  # paused stays in the plan

    tab.detail.pause_button.click()
    assert plan.get_item(item.id).status is Status.ACTIVE
    assert "Paused" not in row_of(tab, "Journal for 20 minutes").data(SPOKEN)
    assert plain(tab.detail.pause_button.text()) == "Pause"
    assert tab.detail.history_model.rowCount() == 2
    assert tab.detail.history_model.index(0).data().endswith("Picked up again")


def test_retire_asks_first_and_cancel_keeps_the_item(
    two_items: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, (journal, _) = two_items
    boxes = answer_message_box(monkeypatch, "Cancel")
    tab.detail.retire_button.click()
    assert len(boxes) == 1
    assert "Journal" in boxes[0].text()
    assert plan.get_item(journal.id).status is Status.ACTIVE
    assert titles_in_list(tab) == ["Journal", "Walk"]


def test_retire_then_bring_back(
    two_items: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, (journal, _) = two_items
    boxes = answer_message_box(monkeypatch, "Retire")
    tab.detail.retire_button.click()

    assert len(boxes) == 1
    assert plan.get_item(journal.id).status is Status.RETIRED
    assert titles_in_list(tab) == ["Walk"]
    assert tab.detail.title.text() == "Walk"

    tab.view_choice.setCurrentIndex(1)  # Retired items
    assert titles_in_list(tab) == ["Journal"]
    assert tab.detail.title.text() == "Journal"
    assert plain(tab.detail.retire_button.text()) == "Bring back"
    assert not tab.add_button.isVisibleTo(tab)
    assert not tab.up_button.isEnabled() and not tab.down_button.isEnabled()

    tab.detail.retire_button.click()

    assert plan.get_item(journal.id).status is Status.ACTIVE
    assert titles_in_list(tab) == []
    assert tab.right.currentWidget() is tab.nothing_retired
    tab.view_choice.setCurrentIndex(0)
    assert titles_in_list(tab) == ["Journal", "Walk"]
    assert [a.change for a in plan.adjustments(journal.id)] == [Change.RESTORED, Change.RETIRED]


def test_retiring_the_only_item_keeps_the_way_back_to_it(
    one_item: tuple[PlanTab, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, _ = one_item
    answer_message_box(monkeypatch, "Retire")
    tab.detail.retire_button.click()
    assert titles_in_list(tab) == []
    assert tab.view_choice.isVisibleTo(tab)


def test_switching_to_retired_items_selects_the_first_one(
    add_items: Callable[..., Any], make_tab: Callable[[], PlanTab]
) -> None:
    first, second, third = add_items("Journal", "Walk", "Call my sister")
    plan.reorder([second.id, first.id, third.id])
    plan.set_status(first.id, Status.RETIRED)
    plan.set_status(second.id, Status.RETIRED)
    tab = make_tab()
    assert titles_in_list(tab) == ["Call my sister"]

    tab.view_choice.setCurrentIndex(1)

    assert titles_in_list(tab) == ["Walk", "Journal"]
    assert tab.list.currentIndex().row() == 0
    assert tab.detail.title.text() == "Walk"


# -- order -------------------------------------------------------------------------------------


@pytest.fixture
def three_items(add_items: Callable[..., list[PlanItem]]) -> list[PlanItem]:
    return add_items("Journal", "Walk", "Call my sister")


def test_reorder_with_the_buttons(three_items: list[Any], make_tab: Callable[[], PlanTab]) -> None:
    tab = make_tab()
    select(tab, "Journal")
    assert not tab.up_button.isEnabled()
    assert tab.down_button.isEnabled()

    tab.down_button.click()
    assert titles_in_list(tab) == ["Walk", "Journal", "Call my sister"]
    assert tab.detail.title.text() == "Journal"  # the moved item stays selected
    tab.down_button.click()
    assert titles_in_list(tab) == ["Walk", "Call my sister", "Journal"]
    assert not tab.down_button.isEnabled()
    tab.up_button.click()
    assert titles_in_list(tab) == ["Walk", "Journal", "Call my sister"]

    assert [i.title for i in plan.list_items()] == ["Walk", "Journal", "Call my sister"]
    assert titles_in_list(make_tab()) == ["Walk", "Journal", "Call my sister"]


def test_reorder_with_alt_up_and_alt_down(
    three_items: list[Any], make_tab: Callable[[], PlanTab], qtbot: Any
) -> None:
    tab = make_tab()
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    select(tab, "Call my sister")
    tab.list.setFocus()

    qtbot.keyClick(tab.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles_in_list(tab) == ["Journal", "Call my sister", "Walk"]
    qtbot.keyClick(tab.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles_in_list(tab) == ["Call my sister", "Journal", "Walk"]
    qtbot.keyClick(tab.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert titles_in_list(tab) == ["Call my sister", "Journal", "Walk"]
    qtbot.keyClick(tab.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles_in_list(tab) == ["Journal", "Call my sister", "Walk"]
    assert tab.detail.title.text() == "Call my sister"

    tab.refresh()
    assert titles_in_list(tab) == ["Journal", "Call my sister", "Walk"]
    assert [i.title for i in plan.list_items()] == ["Journal", "Call my sister", "Walk"]


def test_paused_items_keep_their_place_when_reordering(
    three_items: list[Any], make_tab: Callable[[], PlanTab]
) -> None:
    plan.set_status(three_items[1].id, Status.PAUSED)
    tab = make_tab()
    select(tab, "Call my sister")
    tab.up_button.click()
    assert titles_in_list(tab) == ["Journal", "Call my sister", "Walk"]
    assert [i.title for i in plan.list_items()] == ["Journal", "Call my sister", "Walk"]


# -- keyboard and accessibility ----------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).upper() if found else None


def test_outcome_buttons_have_distinct_mnemonics(one_item: tuple[PlanTab, Any]) -> None:
    tab, _ = one_item
    keys = {o: _mnemonic(b.text()) for o, b in tab.detail.check_in_box.outcome_buttons.items()}
    assert all(keys.values()), keys
    buttons = [b for b in tab.findChildren(QAbstractButton) if b.isVisibleTo(tab)]
    every = [k for k in (_mnemonic(b.text()) for b in buttons) if k]
    clashes = {k for k in every if every.count(k) > 1}
    assert clashes == set(), f"mnemonics used twice: {clashes}"
    # File and Help live in the main window's menu bar.
    assert not {"F", "H"} & set(every)


def test_alt_and_a_mnemonic_checks_in(
    add_items: Callable[..., Any], make_tab: Callable[[], PlanTab], qtbot: Any
) -> None:
    [item] = add_items("Journal")
    tab = make_tab()
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.list.setFocus()
    for outcome, button in tab.detail.check_in_box.outcome_buttons.items():
        key = getattr(Qt.Key, f"Key_{_mnemonic(button.text())}")
        qtbot.keyClick(tab.list, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(
            lambda o=outcome: (found := today_check_in(item.id)) is not None and found.outcome is o,
            timeout=2000,
        )
        assert tab.detail.check_in_box.outcome_buttons[outcome].isChecked()


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QDateEdit, QListView)


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    """The inner parts of a combo box or date field, which speak through their owner."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    """The controls a person could reach in root that have neither a name nor text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_composite(widget, root):
            continue
        if not widget.isVisibleTo(root):
            continue
        text = plain(widget.text()).strip() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName().strip() and not text:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r}")
    return found


def test_every_control_has_a_name_on_the_first_run_page(tab: PlanTab) -> None:
    assert tab.first_item_button.isVisibleTo(tab)  # the walk below does see something
    assert _unnamed(tab) == []


def test_every_control_has_a_name_with_a_check_in(one_item: tuple[PlanTab, Any]) -> None:
    tab, _ = one_item
    assert _unnamed(tab) == []
    tab.detail.check_in_box.outcome_buttons[Outcome.NOT_TODAY].click()
    assert tab.detail.check_in_box.reason_buttons[Reason.OVERLOAD].isVisibleTo(tab)
    assert _unnamed(tab) == []
    tab.detail.check_in_box.clear_button.click()  # brings up "Put it back"
    assert _unnamed(tab) == []
    tab.detail.pause_button.click()
    tab.view_choice.setCurrentIndex(1)  # the retired view, empty
    assert _unnamed(tab) == []


def test_every_control_in_the_dialogs_has_a_name(qtbot: Any, store: Any) -> None:
    item = plan.add_item("Journal")
    for dialog in (ItemDialog(), ItemDialog(item), AdjustDialog(item)):
        qtbot.addWidget(dialog)
        assert _unnamed(dialog) == [], dialog.windowTitle()


# -- words -------------------------------------------------------------------------------------


def _shaming(texts: list[str]) -> list[str]:
    return [t for t in texts if SHAME.search(t)]


def test_nothing_on_screen_speaks_of_failing_or_streaks(
    add_items: Callable[..., Any], make_tab: Callable[[], PlanTab], qtbot: Any
) -> None:
    seen: list[str] = []
    empty = make_tab()
    seen += visible_texts(empty)

    add_items("Journal", "Walk", "Call my sister", smaller_version="One line")
    tab = make_tab()
    pretend_today_is(tab, WEDNESDAY)
    detail = tab.detail
    for title, reason in [("Journal", Reason.SELF_SABOTAGE), ("Walk", Reason.OVERLOAD)]:
        select(tab, title)
        for number, outcome in enumerate(Outcome):
            if number > 2:
                detail.week.cells[number - 3].click()  # earlier days of the week
            detail.check_in_box.outcome_buttons[outcome].click()
            seen += visible_texts(tab)
            if outcome is not Outcome.DONE:
                detail.check_in_box.reason_buttons[reason].click()
                seen += visible_texts(tab)
        detail.check_in_box.today_button.click()
    select(tab, "Call my sister")
    seen += visible_texts(tab)  # a week with nothing in it
    detail.pause_button.click()
    seen += visible_texts(tab)
    assert detail.item is not None
    for dialog in (ItemDialog(), AdjustDialog(detail.item)):
        qtbot.addWidget(dialog)
        seen += visible_texts(dialog)

    assert len(seen) > 100
    assert _shaming(seen) == []
    assert any("Thought about it" in t for t in seen)  # the walk really saw the check-ins


def test_a_plan_row_says_its_week_as_its_marks_show_it(tab: PlanTab) -> None:
    item = plan.add_item("Walk")
    monday, wednesday = week_of(tab.today)[0], week_of(tab.today)[2]
    plan.check_in(item.id, monday, Outcome.DONE)
    plan.check_in(item.id, wednesday, Outcome.SMALLER)
    tab.refresh()
    spoken = row_of(tab, "Walk").data(SPOKEN)
    assert "this week: Mon Done, Wed Smaller" in spoken
