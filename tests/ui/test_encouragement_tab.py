"""The Encouragement tab, driven through its widgets: today's message, own notes, small wins,
session prep (with its PDF and Markdown), the safety plan, and the way to it from the Help menu."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QRect, QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop import clock
from desktop.content import encouragement as encouragement_texts
from desktop.reports.errors import explain
from desktop.reports.session import render_markdown
from desktop.store import db, journal, messages, notes, plan, safety, session, session_summary, wins
from desktop.store.encouragement_records import (
    NoteKind,
    SafetySection,
    Schedule,
    SessionRhythm,
    WinKind,
)
from desktop.store.errors import CannotSaveError, DiskTrouble
from desktop.store.models import execute
from desktop.store.records import EntryFields, Outcome, Reason, ThoughtRecord
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common.dates import from_qdate
from desktop.ui.encouragement.kept_messages_dialog import KeptMessagesDialog
from desktop.ui.encouragement.models import (
    MessageListModel,
    OwnNoteModel,
    QuestionModel,
    RecordRole,
    SafetyPlanModel,
    SmallWinsModel,
)
from desktop.ui.encouragement.note_dialog import NoteDialog
from desktop.ui.encouragement.safety_item_dialog import SafetyItemDialog
from desktop.ui.encouragement.schedule_dialog import MarkDoneDialog, ScheduleDialog
from desktop.ui.encouragement.session_prep import next_session_text
from desktop.ui.encouragement.tab import (
    LOOKING_BACK,
    SAFETY_PLAN,
    SESSION_PREP,
    SMALL_WINS,
    TODAY,
    EncouragementTab,
)
from tests.ui.helpers import CANCEL, SAVE, answer_dialog, answer_message_box, plain, visible_texts

DAY = date(2026, 11, 26)  # a Thursday
MONDAY = date(2026, 11, 23)
SECRET = "PRIVATE-MARKER"
NO_SCORE = re.compile(
    r"\b(score|points?|streaks?|fail(ed|ure|ing)?|missed|less than|fewer|behind|lazy)\b|%",
    re.IGNORECASE,
)


@pytest.fixture
def make_tab(qtbot: Any, store: Path) -> Callable[[], EncouragementTab]:
    """Build the tab over the test store with a fixed today."""

    def make() -> EncouragementTab:
        tab = EncouragementTab(Events())
        tab.resize(1100, 720)
        qtbot.addWidget(tab)
        tab.set_today(DAY)
        return tab

    return make


@pytest.fixture
def tab(make_tab: Callable[[], EncouragementTab]) -> EncouragementTab:
    return make_tab()


def activate(qtbot: Any, widget: QWidget) -> None:
    """Show a widget as the active window, so its keyboard shortcuts work."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def tree_texts(model: QStandardItemModel) -> list[list[str]]:
    """Each top row of a two-level model with the texts of its children."""
    rows = []
    for row in range(model.rowCount()):
        top = model.item(row)
        rows.append([top.text()] + [top.child(n).text() for n in range(top.rowCount())])
    return rows


# -- the models -------------------------------------------------------------------------------


def test_every_model_passes_qts_model_checks(qtmodeltester: Any, qapp: Any, store: Path) -> None:
    note = notes.add_note(NoteKind.THERAPIST_SAID, "Small is still a step.")
    note_model = OwnNoteModel()
    note_model.set_rows(notes.own_notes())
    messages = MessageListModel()
    messages.set_rows(encouragement_texts.library()[:5])
    session.add_question("One?")
    session.add_question("Two?")
    questions = QuestionModel(lambda _id, _text, _done: True)
    questions.set_rows(session.questions())
    item = plan.add_item("Walk")
    plan.check_in(item.id, DAY, Outcome.DONE)
    wins.add_win(DAY, "Called my sister")
    win_model = SmallWinsModel()
    palette = qapp.palette()
    win_model.set_wins(wins.small_wins(MONDAY, DAY), palette, 16)
    safety.add_item(SafetySection.COPING, "A shower")
    plan_model = SafetyPlanModel()
    plan_model.set_plan(safety.safety_plan(), palette, 16)
    for model in (note_model, messages, questions, win_model, plan_model):
        qtmodeltester.check(model)
    assert note_model.index(0).data(RecordRole).id == note.id


def test_the_question_model_hands_edits_to_its_writer(store: Path) -> None:
    asked: list[tuple[int, str | None, bool | None]] = []

    def write(question_id: int, text: str | None, done: bool | None) -> bool:
        asked.append((question_id, text, done))
        return True

    model = QuestionModel(write)
    question = session.add_question("Can we slow down?")
    model.set_rows(session.questions())
    index = model.index(0)
    assert model.setData(index, "  Can we   go slower? ", Qt.ItemDataRole.EditRole)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(index, "   ", Qt.ItemDataRole.EditRole)  # never an empty question
    assert asked == [(question.id, "Can we go slower?", None), (question.id, None, True)]
    assert not QuestionModel().flags(index) & Qt.ItemFlag.ItemIsEditable


# -- the tab, its pages and the keyboard --------------------------------------------------------


def test_the_tab_opens_on_today_and_the_list_moves_between_pages(
    qtbot: Any, tab: EncouragementTab
) -> None:
    assert [tab.nav_model.item(n).text() for n in range(5)] == [
        "Today",
        "Small wins",
        "Looking back",
        "Session prep",
        "Safety plan",
    ]
    assert tab.current_page() == TODAY
    tab.show()
    qtbot.waitExposed(tab)
    tab.nav.setFocus()
    for expected in (SMALL_WINS, LOOKING_BACK, SESSION_PREP, SAFETY_PLAN):
        qtbot.keyClick(tab.nav, Qt.Key.Key_Down)
        assert tab.current_page() == expected
    qtbot.keyClick(tab.nav, Qt.Key.Key_Home)
    assert tab.current_page() == TODAY


def test_every_control_has_a_name_a_person_can_hear(tab: EncouragementTab) -> None:
    for page in (TODAY, SMALL_WINS, LOOKING_BACK, SESSION_PREP, SAFETY_PLAN):
        tab.show_page(page)
    controls = [
        w
        for w in tab.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox | QDateEdit | QAbstractItemView)
        and w.parent() is not None
        and not isinstance(w, QHeaderView)  # hidden headers of the lists
        and not isinstance(w.parent(), QDateEdit | QComboBox)  # their own inner editors
        and w.window() is tab  # not the pop-up lists of combo boxes
    ]
    assert len(controls) > 25
    for control in controls:
        if isinstance(control, QComboBox) and control.isEditable():
            continue
        name = control.accessibleName() or (
            plain(control.text()) if isinstance(control, QAbstractButton) else ""
        )
        assert name, f"{type(control).__name__} without a name, in {type(control.parent())}"


def test_no_two_buttons_on_a_page_share_a_keyboard_letter(tab: EncouragementTab) -> None:
    pages = (tab.today_page, tab.wins_page, tab.session_page, tab.safety_page)
    for page in pages:
        letters = [
            match.group(1).lower()
            for button in page.findChildren(QAbstractButton)
            if (match := re.search(r"&(\w)", button.text()))
        ]
        taken = {"f", "v", "h"}  # the File, View and Help menus
        assert len(letters) == len(set(letters)), letters
        assert not taken & set(letters), letters


def test_words_on_screen_never_score_or_compare(
    tab: EncouragementTab, add_items: Callable[..., Any]
) -> None:
    [walk] = add_items("Walk")
    for offset in range(4):
        plan.check_in(walk.id, MONDAY + timedelta(days=offset), Outcome.NOT_TODAY)
    plan.check_in(walk.id, MONDAY - timedelta(days=3), Outcome.DONE)
    for page in (TODAY, SMALL_WINS, SESSION_PREP, SAFETY_PLAN):
        tab.show_page(page)
        tab.refresh()
    texts = [*visible_texts(tab), tab.session_page.summary.toPlainText()]
    texts += [tab.wins_page.model.index(r, 0).data() for r in range(tab.wins_page.model.rowCount())]
    for text in texts:
        assert not NO_SCORE.search(text), text


# -- a message for today ------------------------------------------------------------------------


def test_todays_message_is_shown_and_stays_after_a_restart(
    make_tab: Callable[[], EncouragementTab], store: Path
) -> None:
    first = make_tab()
    shown = first.today_page.message.text()
    assert shown in {m.text for m in encouragement_texts.library()}
    assert len(shown) < 280
    first.close()
    db.close_database()
    db.open_database(store)
    assert make_tab().today_page.message.text() == shown


def test_another_one_keep_and_dont_show_again(tab: EncouragementTab) -> None:
    page = tab.today_page
    first = page.message.text()
    page.another_button.click()
    second = page.message.text()
    assert second != first
    stored = messages.todays_message(encouragement_texts.library(), DAY)
    assert stored is not None and stored.message.text == second

    page.keep_button.click()
    assert page.keep_button.isChecked() and plain(page.keep_button.text()) == "Kept"
    assert messages.favourite_keys() == [stored.message.key]

    page.hide_button.click()
    assert page.message.text() not in (second, "")
    assert not page.undo_bar.isHidden()
    assert messages.hidden_keys() == [stored.message.key]
    page.undo_button.click()
    assert page.message.text() == second
    assert messages.hidden_keys() == []

    page.hide_button.click()
    for _ in range(60):
        page.another_button.click()
        assert page.message.text() != second  # a message set aside never returns


@pytest.mark.parametrize("width", [760, 1100])
def test_another_one_stays_under_the_pointer_whichever_message_comes(
    qtbot: Any, tab: EncouragementTab, width: int
) -> None:
    notes.add_note(NoteKind.FUTURE_ME, "It ended.")
    notes.add_note(
        NoteKind.FUTURE_ME,
        "Last winter felt endless too, and it ended. You got through it one ordinary day at a "
        "time, with soup and short walks and early nights, and you can do that again.",
    )
    tab.resize(width, 700)
    activate(qtbot, tab)
    page = tab.today_page
    page.refresh()
    qtbot.waitUntil(lambda: page.message.minimumHeight() > 0)

    def where() -> int:
        return page.another_button.mapTo(tab, page.another_button.rect().topLeft()).y()

    def lines(text: str) -> int:
        room = QRect(0, 0, page.message.contentsRect().width(), 0)
        height = page.message.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, text)
        return round(height.height() / page.message.fontMetrics().lineSpacing())

    first = where()
    shown_lines, places = set(), set()
    for _ in range(60):  # the built-in messages and the notes, long and short
        page.another_button.click()
        QApplication.processEvents()
        shown_lines.add(lines(page.message.text()))
        places.add(where())
    assert len(shown_lines) > 1  # (a control: messages of more than one length came)
    assert places == {first}


def test_kept_messages_dialog_lets_a_set_aside_message_back(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tab.today_page
    kept = page.shown
    assert kept is not None
    page.keep_button.click()
    page.another_button.click()
    hidden = page.shown
    assert hidden is not None
    page.hide_button.click()
    seen: list[tuple[list[str], list[str]]] = []

    def use(dialog: KeptMessagesDialog) -> int:
        seen.append(
            (
                [dialog.kept_model.index(r).data() for r in range(dialog.kept_model.rowCount())],
                [
                    dialog.hidden_model.index(r).data()
                    for r in range(dialog.hidden_model.rowCount())
                ],
            )
        )
        dialog.hidden.setCurrentIndex(dialog.hidden_model.index(0))
        dialog.show_again_button.click()
        assert dialog.hidden_model.rowCount() == 0
        return 0

    monkeypatch.setattr(KeptMessagesDialog, "exec", use)
    page.kept_button.click()
    assert seen == [([kept.message.text], [hidden.message.text])]
    assert messages.hidden_keys() == []


def test_recent_reasons_shape_the_message(
    make_tab: Callable[[], EncouragementTab], add_items: Callable[..., Any]
) -> None:
    [walk] = add_items("Walk")
    for back in range(5):
        plan.check_in(
            walk.id, DAY - timedelta(days=back), Outcome.THOUGHT, reasons=[Reason.PERFECTIONISM]
        )
    groups = []
    tab = make_tab()
    for offset in range(10):
        tab.set_today(DAY + timedelta(days=offset))
        assert tab.today_page.shown is not None
        groups.append(tab.today_page.shown.message.group)
    assert groups.count("perfectionism") >= 4


# -- own notes --------------------------------------------------------------------------------


def test_adding_editing_and_deleting_a_note(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tab.today_page

    def write(dialog: NoteDialog) -> None:
        save = dialog.buttons.button(SAVE)
        assert not save.isEnabled()  # nothing typed yet
        dialog.kind.setCurrentIndex(dialog.kind.findData(NoteKind.THERAPIST_SAID))
        dialog.text.setPlainText("Be curious, not cross.")

    answer_dialog(monkeypatch, NoteDialog, write)
    page.add_note_button.click()
    [note] = notes.own_notes()
    assert (note.kind, note.text) == (NoteKind.THERAPIST_SAID, "Be curious, not cross.")
    assert page.notes_model.rowCount() == 1
    assert "What my therapist said" in page.notes_model.index(0).data()

    def change(dialog: NoteDialog) -> None:
        assert dialog.text.toPlainText() == "Be curious, not cross."
        dialog.kind.setCurrentIndex(dialog.kind.findData(NoteKind.FUTURE_ME))
        dialog.text.setPlainText("You got through March.")
        dialog.in_rotation.setChecked(False)

    answer_dialog(monkeypatch, NoteDialog, change)
    page.notes.setCurrentIndex(page.notes_model.index(0))
    page.edit_note_button.click()
    note = notes.get_note(note.id)
    assert (note.kind, note.text, note.in_rotation) == (
        NoteKind.FUTURE_ME,
        "You got through March.",
        False,
    )

    answer_message_box(monkeypatch, "Cancel")
    page.delete_note_button.click()
    assert notes.own_notes()
    answer_message_box(monkeypatch, "Delete")
    page.delete_note_button.click()
    assert notes.own_notes() == []
    assert not page.edit_note_button.isEnabled()


def test_an_own_note_comes_up_as_the_message(
    make_tab: Callable[[], EncouragementTab], monkeypatch: pytest.MonkeyPatch
) -> None:
    note = notes.add_note(NoteKind.FUTURE_ME, "Drink some water.")
    for message in encouragement_texts.library():
        messages.hide_message(message.key)
    tab = make_tab()
    page = tab.today_page
    assert page.message.text() == "Drink some water."
    assert page.source.text() == "A note you wrote to your future self"
    assert page.keep_button.isHidden()  # own notes are always kept
    page.hide_button.click()
    assert not notes.get_note(note.id).in_rotation
    assert "set every message aside" in page.message.text()


# -- small wins -------------------------------------------------------------------------------


def test_small_wins_of_the_week_grow_by_day(
    tab: EncouragementTab, add_items: Callable[..., Any]
) -> None:
    [walk] = add_items("Walk")
    plan.check_in(walk.id, MONDAY, Outcome.DONE)
    plan.check_in(walk.id, MONDAY + timedelta(days=1), Outcome.NOT_TODAY)
    plan.check_in(walk.id, DAY, Outcome.THOUGHT)
    journal.save_entry(None, EntryFields(day=DAY, title="After the meeting"))
    journal.save_entry(None, EntryFields(day=DAY, title=SECRET, private=True))
    tab.events.announce(Scope.PLAN | Scope.JOURNAL)  # as the other tabs do
    tab.show_page(SMALL_WINS)
    view = tab.wins_page
    assert "This week · 23 Nov 2026 – 29 Nov 2026" in view.week_label.text()
    assert tree_texts(view.model) == [
        ["Monday 23 Nov 2026", "Walk — done"],
        [
            "Thursday 26 Nov 2026",
            "Walk — thought about it",
            "Wrote in your journal: After the meeting",
            "Wrote in your journal",  # a private entry counts, without its title
        ],
    ]


def test_adding_and_removing_a_win_by_keyboard(qtbot: Any, tab: EncouragementTab) -> None:
    activate(qtbot, tab)
    tab.show_page(SMALL_WINS)
    view = tab.wins_page
    assert view.pages.currentIndex() == 1  # nothing yet: a kind empty state
    assert "that's fine" in view.empty.text()
    view.win_text.setFocus()
    qtbot.keyClicks(view.win_text, "Asked for help")
    qtbot.keyClick(view.win_text, Qt.Key.Key_Return)
    assert view.win_text.text() == ""
    assert tree_texts(view.model) == [["Thursday 26 Nov 2026", "Asked for help"]]
    [win] = wins.small_wins(DAY, DAY)
    assert win.kind is WinKind.MANUAL

    view.tree.setFocus()
    view.tree.setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)))
    assert view.remove_button.isEnabled()
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert wins.small_wins(DAY, DAY) == []


@pytest.fixture
def on_a_mac(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "platform", "darwin")


@pytest.mark.parametrize(
    "modifier",
    [Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier],
    ids=["⌘⌫", "⌫"],  # (Qt's Control is the ⌘ key on a Mac)
)
def test_on_a_mac_backspace_removes_a_win_as_delete_does(
    qtbot: Any, on_a_mac: None, tab: EncouragementTab, modifier: Qt.KeyboardModifier
) -> None:
    activate(qtbot, tab)
    tab.show_page(SMALL_WINS)
    view = tab.wins_page
    wins.add_win(DAY, "Asked for help")
    view.refresh()
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)))
    qtbot.keyClick(view.tree, Qt.Key.Key_Backspace, modifier)
    assert wins.small_wins(DAY, DAY) == []
    assert view.undo_bar.isVisibleTo(view)


@pytest.fixture
def on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "platform", "linux")


def test_elsewhere_backspace_in_the_list_removes_nothing(
    qtbot: Any, on_linux: None, tab: EncouragementTab
) -> None:
    activate(qtbot, tab)
    tab.show_page(SMALL_WINS)
    wins.add_win(DAY, "Asked for help")
    view = tab.wins_page
    view.refresh()
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)))
    qtbot.keyClick(view.tree, Qt.Key.Key_Backspace)
    assert [w.text for w in wins.small_wins(DAY, DAY)] == ["Asked for help"]


def test_earlier_weeks_can_be_browsed_but_not_later_ones(
    qtbot: Any, tab: EncouragementTab, add_items: Callable[..., Any]
) -> None:
    [walk] = add_items("Walk")
    plan.check_in(walk.id, MONDAY - timedelta(days=2), Outcome.TRIED)
    tab.show_page(SMALL_WINS)
    view = tab.wins_page
    assert not view.later_button.isEnabled()
    view.earlier_button.click()
    assert view.week_label.text() == "16 Nov 2026 – 22 Nov 2026"
    assert tree_texts(view.model) == [["Saturday 21 Nov 2026", "Walk — tried / started"]]
    assert view.win_day.maximumDate() == QDate(2026, 11, 22)
    view.this_week_button.click()
    assert view.week_label.text().startswith("This week")
    view.later_button.click()  # disabled: nothing happens
    assert view.week_label.text().startswith("This week")


# -- session prep -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (None, "No date set for your next session"),
        (0, "Your session is today"),
        (1, "Next session tomorrow"),
        (3, "Next session in 3 days"),
        (-2, "Your session was on Tuesday 24 Nov 2026"),
    ],
)
def test_next_session_in_words(qtbot: Any, days: int | None, expected: str) -> None:
    day = DAY + timedelta(days=days) if days is not None else None
    assert next_session_text(days, day)[0] == expected


def test_set_the_date_opens_ready_to_pick_a_date_with_room(qtbot: Any) -> None:
    dialog = ScheduleDialog(Schedule(None, SessionRhythm.WEEKLY, None), DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.knows_next.isChecked()
    assert dialog.next_day.isEnabled() and dialog.rhythm.isEnabled()
    assert dialog.focusWidget() is not None and dialog.next_day.isAncestorOf(dialog.focusWidget())
    assert from_qdate(dialog.next_day.date()) == DAY + timedelta(days=7)
    # Room for its words: the intro wraps over a few lines, not a tall narrow column.
    assert dialog.width() >= dialog.fontMetrics().averageCharWidth() * 60
    # Saved as it opened: the date it offered.
    assert dialog.schedule().next_day == DAY + timedelta(days=7)


def test_setting_the_next_session(tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch) -> None:
    tab.show_page(SESSION_PREP)
    page = tab.session_page
    assert page.next_label.text() == "No date set for your next session"

    def choose(dialog: ScheduleDialog) -> None:
        dialog.knows_next.setChecked(True)
        dialog.next_day.setDate(QDate(2026, 12, 1))
        dialog.rhythm.setCurrentIndex(dialog.rhythm.findData(SessionRhythm.WEEKLY))
        dialog.knows_last.setChecked(True)
        dialog.last_day.setDate(QDate(2026, 11, 24))

    answer_dialog(monkeypatch, ScheduleDialog, choose)
    page.schedule_button.click()
    assert session.get_schedule() == Schedule(
        date(2026, 12, 1), SessionRhythm.WEEKLY, date(2026, 11, 24)
    )
    assert page.next_label.text() == "Next session in 5 days"
    assert page.next_detail.text() == "Tuesday 1 Dec 2026 · every week"
    assert page.choice.itemText(0) == "Since 24 Nov 2026 (your last session)"

    answer_dialog(monkeypatch, ScheduleDialog, lambda d: d.knows_next.setChecked(False), CANCEL)
    page.schedule_button.click()
    assert session.get_schedule().next_day == date(2026, 12, 1)


def test_questions_added_ticked_edited_and_moved(qtbot: Any, tab: EncouragementTab) -> None:
    activate(qtbot, tab)
    tab.show_page(SESSION_PREP)
    page = tab.session_page
    for text in ("Can we slow down?", "What if I freeze?"):
        page.questions_box.question_text.setFocus()
        qtbot.keyClicks(page.questions_box.question_text, text)
        qtbot.keyClick(page.questions_box.question_text, Qt.Key.Key_Return)
    assert [q.text for q in session.questions()] == ["Can we slow down?", "What if I freeze?"]
    assert "What if I freeze?" in page.summary.toPlainText()

    model = page.questions_box.questions_model
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(1), "What if I freeze again?", Qt.ItemDataRole.EditRole)
    assert [(q.text, q.done) for q in session.questions()] == [
        ("Can we slow down?", True),
        ("What if I freeze again?", False),
    ]
    assert "What if I freeze again?" in page.summary.toPlainText()

    page.questions_box.questions.setFocus()
    page.questions_box.questions.setCurrentIndex(model.index(1))
    qtbot.keyClick(page.questions_box.questions, Qt.Key.Key_Space)  # ticks it as asked
    assert session.questions()[1].done
    qtbot.keyClick(page.questions_box.questions, Qt.Key.Key_Space)
    assert not session.questions()[1].done
    qtbot.keyClick(page.questions_box.questions, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert session.questions()[0].text == "What if I freeze again?"
    qtbot.keyClick(page.questions_box.questions, Qt.Key.Key_Delete)
    assert [q.text for q in session.questions()] == ["Can we slow down?"]


def known_week() -> None:
    """A few days since the last session, including a private entry that must stay out."""
    session.set_schedule(DAY + timedelta(days=5), SessionRhythm.FORTNIGHTLY, MONDAY)
    walk = plan.add_item("A short walk")
    plan.check_in(walk.id, MONDAY, Outcome.DONE)
    plan.check_in(walk.id, MONDAY + timedelta(days=1), Outcome.NOT_TODAY, reasons=[Reason.TOO_BIG])
    journal.save_entry(
        None,
        EntryFields(
            day=MONDAY + timedelta(days=1),
            title="Before Tuesday",
            body="The walk felt too big this week.",
            bring_to_session=True,
            thought_record=ThoughtRecord(thought="I never manage anything"),
        ),
    )
    journal.save_entry(
        None,
        EntryFields(
            day=MONDAY + timedelta(days=2),
            title=f"{SECRET} title",
            body=f"{SECRET} body",
            bring_to_session=True,
            private=True,
            thought_record=ThoughtRecord(thought=f"{SECRET} thought"),
        ),
    )
    session.add_question("Can we make the walk smaller?")
    # Written on their own days (as people do), not whenever this test happens to run.
    execute("UPDATE journal_entry SET updated_at = day || ' 21:00:00'")


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed here; .ci/run installs it")
    done = subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_on_paper_a_heading_never_ends_a_page(qapp: Any, tmp_path: Path) -> None:
    from desktop.ui.encouragement import summary_files

    ended_a_page = []
    for lines in range(30, 50):  # one of these puts "My questions" at a page's foot
        markdown = (
            "# Session prep\n\n"
            + "\n".join(f"- Walk round the block, day {n}" for n in range(lines))
            + "\n\n## My questions\n\n- [ ] Can we make the walk smaller?\n"
        )
        pdf = summary_files.save_pdf(markdown, tmp_path / f"{lines}.pdf", "Session prep")
        for page in pdf_text(pdf).split("\f"):
            words = [line.strip() for line in page.splitlines() if line.strip()]
            words = words[:-1] if words and words[-1].isdigit() else words  # its number
            if words and words[-1] == "My questions":
                ended_a_page.append(lines)
        pages = [page for page in pdf_text(pdf).split("\f") if page.strip()]
        assert pages[-1].split()[-1] == str(len(pages))  # every page has its number
    assert ended_a_page == []


def test_the_summary_saved_as_pdf_and_markdown(
    tab: EncouragementTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known_week()
    tab.show_page(SESSION_PREP)
    page = tab.session_page
    shown = page.summary.toPlainText()
    assert "Before Tuesday" in shown and SECRET not in shown

    target = tmp_path / "out" / "prep"
    target.parent.mkdir()
    offered: list[str] = []

    def ask(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    page.pdf_button.click()
    page.markdown_button.click()
    assert offered == ["session-prep-2026-11-26.pdf", "session-prep-2026-11-26.md"]

    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = " ".join(pdf_text(pdf).split())
    for expected in (
        "Session prep",
        "From Mon 23 Nov 2026 to Thu 26 Nov 2026",
        "Next session: Tue 1 Dec 2026",
        "A short walk: done once, not today once",
        "The step felt too big — once",
        "Before Tuesday",
        "The walk felt too big this week.",
        "I never manage anything",
        "Can we make the walk smaller?",
        "Entries marked private are never included.",
    ):
        assert expected in text, expected
    assert SECRET not in text

    markdown = target.with_suffix(".md").read_text(encoding="utf-8")
    assert markdown == page.markdown
    assert "## To bring to the session" in markdown and SECRET not in markdown
    assert sorted(p.name for p in target.parent.iterdir()) == ["prep.md", "prep.pdf"]
    assert "Saved as" in page.status.text()


def test_printing_the_summary(
    tab: EncouragementTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known_week()
    tab.show_page(SESSION_PREP)
    out = tmp_path / "printed.pdf"

    class PrintDialog:
        def __init__(self, printer: QPrinter, _parent: Any) -> None:
            self.printer = printer

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintDialog", PrintDialog)
    tab.session_page.print_button.click()
    text = pdf_text(out)
    assert "Can we make the walk smaller?" in text and SECRET not in text


def test_a_failed_save_says_so_and_keeps_the_earlier_file(
    tab: EncouragementTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_page(SESSION_PREP)
    target = tmp_path / "prep.md"
    target.write_text("earlier", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.store.export.os.replace", fail)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text))
    )
    tab.session_page.markdown_button.click()
    assert target.read_text(encoding="utf-8") == "earlier"
    assert len(warned) == 1 and warned[0].startswith("Your disk is full, so ")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["prep.md"]


def test_marking_the_session_done_keeps_a_copy_and_starts_afresh(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    known_week()
    session.set_question_done(session.questions()[0].id, True)
    session.add_question("Still to ask")
    tab.show_page(SESSION_PREP)
    page = tab.session_page
    expected = render_markdown(session_summary.summary(DAY), page_words())

    def choose(dialog: MarkDoneDialog) -> None:
        assert dialog.session_day() == DAY  # the session (in 5 days) can't be done yet
        dialog.day.setDate(QDate(2026, 11, 26))

    answer_dialog(monkeypatch, MarkDoneDialog, choose)
    page.done_button.click()

    [record] = session.records()
    assert record.markdown == expected
    assert [q.text for q in session.questions()] == ["Still to ask"]
    assert session.get_schedule().last_day == DAY
    assert page.choice.count() == 3  # since the last session, any days, the kept copy
    assert page.choice.itemText(2) == "Kept copy: the session on 26 Nov 2026"
    assert "Before Tuesday" not in page.summary.toPlainText()  # a fresh period
    page.choice.setCurrentIndex(2)
    assert "Before Tuesday" in page.summary.toPlainText()
    assert not page.done_button.isEnabled()


def page_words() -> Any:
    from desktop.ui.common.labels import WORDS

    return WORDS


def test_the_summary_follows_check_ins_made_elsewhere(
    tab: EncouragementTab, add_items: Callable[..., Any]
) -> None:
    tab.show()
    tab.show_page(SESSION_PREP)
    [walk] = add_items("Evening walk")
    plan.check_in(walk.id, DAY, Outcome.SMALLER)
    assert "Evening walk" not in tab.session_page.summary.toPlainText()
    tab.events.announce(Scope.PLAN)  # as the Action plan tab does
    assert "Evening walk: did the smaller version once" in tab.session_page.summary.toPlainText()


# -- the safety plan --------------------------------------------------------------------------


def test_building_a_safety_plan(
    qtbot: Any, tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch, store: Path
) -> None:
    activate(qtbot, tab)
    tab.show_safety_plan()
    view = tab.safety_page
    assert view.tree.hasFocus()
    assert len(tree_texts(view.model)) == 7
    assert tree_texts(view.model)[0][0] == "1.  Signs that a hard time is starting"

    def contact(dialog: SafetyItemDialog) -> None:
        dialog.section.setCurrentIndex(dialog.section.findData(SafetySection.CRISIS_LINES))
        assert dialog.number.isVisibleTo(dialog)
        dialog.text.setText("Crisis line")
        dialog.number.setText("116 123")
        dialog.note.setText("day and night")

    answer_dialog(monkeypatch, SafetyItemDialog, contact)
    qtbot.keyClick(view.tree, Qt.Key.Key_Insert)
    lines = [(s, t) for s, *t in tree_texts(view.model)]
    assert lines[5] == (
        "6.  Crisis lines and emergency numbers",
        ["Crisis line · 116 123 · day and night"],
    )

    def sign(dialog: SafetyItemDialog) -> None:
        assert not dialog.number.isVisibleTo(dialog)
        dialog.section.setCurrentIndex(dialog.section.findData(SafetySection.WARNING_SIGNS))
        dialog.text.setText(dialog.text.text() or "I stop answering messages")

    answer_dialog(monkeypatch, SafetyItemDialog, sign)
    view.tree.setCurrentIndex(view.model.index(0, 0))
    view.add_button.click()
    safety.add_item(SafetySection.WARNING_SIGNS, "Lying awake")
    view.refresh()
    assert tree_texts(view.model)[0][1:] == ["I stop answering messages", "Lying awake"]

    view.tree.setCurrentIndex(view.model.index(1, 0, view.model.index(0, 0)))
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tree_texts(view.model)[0][1:] == ["Lying awake", "I stop answering messages"]

    def edit(dialog: SafetyItemDialog) -> None:
        assert dialog.text.text() == "Lying awake"
        assert not dialog.section.isEnabled()
        dialog.text.setText("Lying awake replaying the day")

    answer_dialog(monkeypatch, SafetyItemDialog, edit)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert tree_texts(view.model)[0][1] == "Lying awake replaying the day"

    answer_message_box(monkeypatch, "Remove")
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert [i.text for i in safety.section_items(SafetySection.WARNING_SIGNS)] == [
        "I stop answering messages"
    ]
    # It survives a restart.
    tab.close()
    db.close_database()
    db.open_database(store)
    again = EncouragementTab(Events())
    qtbot.addWidget(again)
    again.show_page(SAFETY_PLAN)
    assert tree_texts(again.safety_page.model)[5][1] == "Crisis line · 116 123 · day and night"


def test_an_empty_line_cannot_be_saved(tab: EncouragementTab, qtbot: Any) -> None:
    dialog = SafetyItemDialog(SafetySection.COPING, parent=tab)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(SAVE).isEnabled()
    dialog.text.setText("   ")
    assert not dialog.buttons.button(SAVE).isEnabled()
    dialog.text.setText("Music")
    assert dialog.buttons.button(SAVE).isEnabled()
    assert dialog.values() == {"text": "Music", "number": "", "note": ""}


# -- from the main window -----------------------------------------------------------------------


@pytest.fixture
def window(qtbot: Any, store: Path, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store.parent, settings)
    qtbot.addWidget(window)
    return window


def _help_action(window: MainWindow, text: str) -> Any:
    [help_menu] = [a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Help"]
    assert isinstance(help_menu, QMenu), help_menu
    [found] = [a for a in help_menu.actions() if text in plain(a.text())]
    return found


def _page(window: MainWindow, index: int) -> QWidget:
    """The widget of one of the window's tabs; the tab must exist."""
    widget = window.tabs.widget(index)
    assert widget is not None, f"no tab {index}"
    return widget


def test_the_encouragement_tab_is_built_when_first_visited(qtbot: Any, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert _page(window, 2).findChild(EncouragementTab) is None
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: _page(window, 2).findChild(EncouragementTab) is not None)
    assert window.encouragement_tab.today_page.message.text()


def test_the_safety_plan_is_two_clicks_away_from_the_help_menu(window: MainWindow) -> None:
    assert window.tabs.currentIndex() == 0
    _help_action(window, "Your safety plan").trigger()
    assert window.tabs.currentIndex() == 2
    assert window.encouragement_tab.current_page() == SAFETY_PLAN


def test_the_crisis_dialog_shows_the_persons_own_contacts(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def close(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return int(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(QMessageBox, "exec", close)
    crisis = _help_action(window, "crisis")
    crisis.trigger()
    assert "Your own contacts" not in shown[0]
    assert "local emergency number" in shown[0]

    safety.add_item(SafetySection.ASK_FOR_HELP, "Sam (sister)", number="07700 900123")
    safety.add_item(SafetySection.CRISIS_LINES, "Crisis line", number="116 123")
    safety.add_item(SafetySection.COPING, "A hot shower")
    crisis.trigger()
    own = shown[1].split("\n\n")[0]
    assert own.splitlines() == [
        "Your own contacts, from your safety plan:",
        "• Crisis line · 116 123",
        "• Sam (sister) · 07700 900123",
    ]
    assert "local emergency number" in shown[1]


def test_the_crisis_dialog_opens_the_safety_plan(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_message_box(monkeypatch, "Open my safety plan")
    _help_action(window, "crisis").trigger()
    assert window.tabs.currentIndex() == 2
    assert window.encouragement_tab.current_page() == SAFETY_PLAN


def test_the_safety_plan_page_opens_crisis_help(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = answer_message_box(monkeypatch, "Close")
    window.show_safety_plan()
    window.encouragement_tab.safety_page.crisis_button.click()
    assert len(boxes) == 1 and "not emergency help" in boxes[0].text()


# -- words kept when the disk is full ----------------------------------------------------------


def full_disk(*args: Any, **kwargs: Any) -> Any:
    """A store write that can't reach the disk."""
    raise CannotSaveError(DiskTrouble.FULL)


FULL_MESSAGE = explain(CannotSaveError(DiskTrouble.FULL), in_place=True)


def test_a_note_that_cannot_be_saved_stays_in_its_dialog(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notes, "add_note", full_disk)
    answers = answer_dialog(
        monkeypatch, NoteDialog, lambda d: d.text.setPlainText("Be curious, not cross.")
    )
    tab.today_page.add_note_button.click()

    [dialog] = answers.seen
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.text.toPlainText() == "Be curious, not cross."
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text() == FULL_MESSAGE

    monkeypatch.undo()  # the disk has room again: Save now stores the same words
    dialog.buttons.button(SAVE).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [n.text for n in notes.own_notes()] == ["Be curious, not cross."]


def test_an_edited_note_that_cannot_be_saved_stays_in_its_dialog(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = notes.add_note(NoteKind.FUTURE_ME, "First words")
    tab.refresh()
    monkeypatch.setattr(notes, "edit_note", full_disk)
    answers = answer_dialog(monkeypatch, NoteDialog, lambda d: d.text.setPlainText("New words"))
    page = tab.today_page
    page.notes.setCurrentIndex(page.notes_model.index(0))
    page.edit_note_button.click()

    [dialog] = answers.seen
    assert dialog.text.toPlainText() == "New words"
    assert dialog.problem.isVisibleTo(dialog)
    assert notes.get_note(note.id).text == "First words"


def test_cancelling_a_note_with_words_asks_first(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_dialog(
        monkeypatch, NoteDialog, lambda d: d.text.setPlainText("Half a thought"), CANCEL
    )
    boxes = answer_message_box(monkeypatch, "Keep editing")
    tab.today_page.add_note_button.click()
    assert [b.text() for b in boxes] == ["Discard what you wrote?"]
    assert answers.seen[0].text.toPlainText() == "Half a thought"

    boxes = answer_message_box(monkeypatch, "Discard")
    tab.today_page.add_note_button.click()
    assert len(boxes) == 1
    assert answers.seen[1].result() == QDialog.DialogCode.Rejected
    assert notes.own_notes() == []


def test_cancelling_an_untouched_note_closes_at_once(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_dialog(monkeypatch, NoteDialog, lambda d: None, CANCEL)
    tab.today_page.add_note_button.click()  # an unanswered message box would fail the test
    assert answers.seen[0].result() == QDialog.DialogCode.Rejected


def test_a_safety_line_that_cannot_be_saved_stays_in_its_dialog(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_safety_plan()
    monkeypatch.setattr(safety, "add_item", full_disk)
    answers = answer_dialog(
        monkeypatch, SafetyItemDialog, lambda d: d.text.setText("I stop answering messages")
    )
    tab.safety_page.add_button.click()

    [dialog] = answers.seen
    assert dialog.text.text() == "I stop answering messages"
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text() == FULL_MESSAGE


def test_cancelling_a_safety_line_with_words_asks_first(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_safety_plan()
    answer_dialog(monkeypatch, SafetyItemDialog, lambda d: d.text.setText("A walk"), CANCEL)
    boxes = answer_message_box(monkeypatch, "Discard")
    tab.safety_page.add_button.click()
    assert len(boxes) == 1
    assert all(safety.section_items(section) == [] for section in SafetySection)


def test_a_schedule_that_cannot_be_saved_stays_in_its_dialog(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_page(SESSION_PREP)
    monkeypatch.setattr(session, "set_schedule", full_disk)
    answers = answer_dialog(monkeypatch, ScheduleDialog, lambda d: d.knows_next.setChecked(True))
    tab.session_page.schedule_button.click()
    [dialog] = answers.seen
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisibleTo(dialog)


def test_an_edited_question_that_cannot_be_saved_goes_back_to_the_field(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_page(SESSION_PREP)
    page = tab.session_page
    session.add_question("Can we slow down?")
    page.refresh()
    monkeypatch.setattr(session, "edit_question", full_disk)

    model = page.questions_box.questions_model
    assert not model.setData(model.index(0), "Can we go slower?", Qt.ItemDataRole.EditRole)

    assert page.questions_box.question_text.text() == "Can we go slower?"
    assert page.questions_box.question_problem.isVisibleTo(page)
    assert page.questions_box.question_problem.text() == FULL_MESSAGE
    assert [q.text for q in session.questions()] == ["Can we slow down?"]


def test_an_edited_question_keeps_other_words_in_the_field(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_page(SESSION_PREP)
    page = tab.session_page
    session.add_question("Can we slow down?")
    page.refresh()
    page.questions_box.question_text.setText("Something new")
    monkeypatch.setattr(session, "edit_question", full_disk)
    model = page.questions_box.questions_model
    model.setData(model.index(0), "Can we go slower?", Qt.ItemDataRole.EditRole)
    assert page.questions_box.question_text.text() == "Something new"
    assert "Can we go slower?" in page.questions_box.question_problem.text()


# -- words typed but not yet added --------------------------------------------------------------


def test_commit_pending_stores_a_typed_question_and_win(tab: EncouragementTab) -> None:
    tab.session_page.questions_box.question_text.setText("Can we slow down?")
    tab.wins_page.win_text.setText("Opened a window")

    assert tab.commit_pending() is True

    assert [q.text for q in session.questions()] == ["Can we slow down?"]
    assert [w.text for w in wins.small_wins(DAY, DAY)] == ["Opened a window"]
    assert tab.session_page.questions_box.question_text.text() == ""
    assert tab.wins_page.win_text.text() == ""
    tab.show_page(SESSION_PREP)
    assert "Opened a window" in tab.session_page.summary.toPlainText()


def test_commit_pending_with_nothing_typed_stores_nothing(tab: EncouragementTab) -> None:
    tab.wins_page.win_text.setText("   ")
    assert tab.commit_pending() is True
    assert session.questions() == []
    assert wins.small_wins(DAY, DAY) == []


def test_commit_pending_on_a_full_disk_keeps_the_words(
    tab: EncouragementTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wins, "add_win", full_disk)
    tab.wins_page.win_text.setText("Opened a window")
    assert tab.commit_pending() is False
    assert tab.wins_page.win_text.text() == "Opened a window"
    assert tab.wins_page.problem.text() == FULL_MESSAGE


def test_switching_tabs_in_the_window_stores_a_typed_win(qtbot: Any, window: MainWindow) -> None:
    tab = window.encouragement_tab
    window.tabs.setCurrentIndex(2)
    tab.show_page(SMALL_WINS)
    tab.wins_page.win_text.setText("Asked for help")
    window.tabs.setCurrentIndex(0)
    assert [w.text for w in wins.small_wins(clock.today(), clock.today())] == ["Asked for help"]


def test_a_removed_win_can_be_put_back(qtbot: Any, tab: EncouragementTab) -> None:
    activate(qtbot, tab)
    tab.show_page(SMALL_WINS)
    view = tab.wins_page
    wins.add_win(DAY - timedelta(days=1), "Asked for help")
    view.refresh()
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)))
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert wins.small_wins(MONDAY, DAY) == []
    assert view.undo_bar.isVisibleTo(view)

    view.undo_button.click()

    [win] = wins.small_wins(MONDAY, DAY)
    assert (win.day, win.text) == (DAY - timedelta(days=1), "Asked for help")
    assert not view.undo_bar.isVisibleTo(view)


def test_an_earlier_empty_week_is_described_gently(tab: EncouragementTab) -> None:
    tab.show_page(SMALL_WINS)
    tab.wins_page.earlier_button.click()
    assert tab.wins_page.empty.text() == "A quiet week on this page."
