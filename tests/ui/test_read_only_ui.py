"""The read-only mode, as a person meets it: data whose folder can't be written to is shown with a
calm banner that says so, every place that would write is held back (saying why), and reading,
searching, selecting, copying and exporting go on working, with no box and no traceback."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from desktop import clock
from desktop.content import encouragement as encouragement_texts
from desktop.store import db, journal, messages, notes, plan, safety, session, wins
from desktop.store.encouragement_records import NoteKind, SafetySection, SessionRhythm
from desktop.store.records import EntryFields, Outcome, Reason, ThoughtRecord
from desktop.ui.app.events import Scope
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common.read_only import why
from desktop.ui.encouragement.kept_messages_dialog import KeptMessagesDialog
from desktop.ui.encouragement.safety_item_dialog import SafetyItemDialog
from desktop.ui.encouragement.tab import SAFETY_PLAN, SESSION_PREP, SMALL_WINS, TODAY
from desktop.ui.plan.item_dialog import ItemDialog
from tests.frozen import TODAY as DAY
from tests.store.store_helpers import sha256
from tests.ui.helpers import plain, visible_texts

SHAME = re.compile(r"\b(fail(ed|ure|ing)?|missed|streaks?|should|error)\b", re.IGNORECASE)
YESTERDAY = DAY - timedelta(days=1)
CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def read_only_store(store: Path) -> Iterator[Path]:
    """The test store with something in every tab, closed and opened again read-only (as the
    app opens a data folder that can't be written to)."""
    walk = plan.add_item("Walk round the block", smaller_version="To the corner and back")
    line = plan.add_item("Write one line")
    plan.check_in(walk.id, DAY, Outcome.THOUGHT, reasons=[Reason.OVERLOAD], note="Rain all day")
    plan.check_in(line.id, YESTERDAY, Outcome.DONE)
    journal.save_entry(
        None,
        EntryFields(
            day=DAY,
            title="Rainy Thursday",
            body="The rain kept me in, and I wrote this instead.",
            tags=("weather",),
            mood=3,
            bring_to_session=True,
            thought_record=ThoughtRecord(
                situation="Stuck indoors", thought="I wasted the day", plan_item_id=walk.id
            ),
        ),
    )
    journal.save_entry(None, EntryFields(day=YESTERDAY, title="Tuesday", body="A lighter day."))
    notes.add_note(NoteKind.THERAPIST_SAID, "Rest is part of the work.")
    messages.set_favourite(encouragement_texts.library()[0].key)
    wins.add_win(DAY, "Made a proper lunch")
    session.set_schedule(DAY + timedelta(days=5), SessionRhythm.WEEKLY)
    session.add_question("Can we make the walk smaller?")
    session.add_question("What helps when I freeze?")
    safety.add_item(SafetySection.WARNING_SIGNS, "I stop answering messages")
    safety.add_item(SafetySection.WARNING_SIGNS, "Lying awake replaying the day")
    db.close_database()
    db.open_database(store, read_only=True)
    assert not db.writes_allowed()
    yield store


def open_read_only(make_window: Callable[..., MainWindow], qtbot: Any) -> MainWindow:
    """A window opened as the app opens read-only data: up first, then show_read_only and
    data_opened (desktop/app.py), and on screen."""
    window = make_window(data_open=False)
    window.show()
    qtbot.waitExposed(window)
    window.show_read_only()
    window.data_opened()
    return window


@pytest.fixture
def window(read_only_store: Path, make_window: Callable[..., MainWindow], qtbot: Any) -> MainWindow:
    return open_read_only(make_window, qtbot)


def held_back(widget: QWidget) -> bool:
    """Whether a control can't be used to write: disabled, or (a field) read-only."""
    read_only = getattr(widget, "isReadOnly", None)
    return not widget.isEnabled() or bool(read_only and read_only())


def says_why(widget: QWidget) -> bool:
    return widget.toolTip() == why()


def file_menu(window: MainWindow) -> QMenu:
    [found] = [
        action.menu() for action in window.menuBar().actions() if plain(action.text()) == "File"
    ]
    assert isinstance(found, QMenu)
    return found


# -- the banner -------------------------------------------------------------------------------


def test_a_calm_banner_above_the_tabs_names_the_folder_and_what_would_help(
    window: MainWindow, read_only_store: Path
) -> None:
    banner = window.read_only_banner
    assert banner is not None and banner.isVisible()
    folder = str(read_only_store.parent)
    assert str(window.data_dir) == folder
    said = banner.text.text()
    assert folder in said
    assert "can't write to the folder that holds your data" in said
    assert "read-only" in banner.heading.text()
    assert "read, search and export everything" in said
    assert "nothing you had has been changed" in said
    assert "a folder you can write to" in said
    assert "ask whoever manages this disk or share" in said
    assert [t for t in visible_texts(banner) if SHAME.search(t)] == []
    # Across the top of the window, above the tabs, and as wide as they are.
    top_of_tabs = window.tabs.mapTo(window, QPoint(0, 0)).y()
    assert banner.mapTo(window, QPoint(0, banner.height())).y() <= top_of_tabs
    assert banner.width() == window.tabs.width()
    assert "read-only" in window.windowTitle()


def test_the_banner_is_heard_and_can_be_reached_with_the_keyboard(
    read_only_store: Path,
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heard: list[str] = []

    def update(event: Any) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    window = open_read_only(make_window, qtbot)

    banner = window.read_only_banner
    assert banner is not None
    assert len(heard) == 1 and str(window.data_dir) in heard[0]
    assert heard[0].startswith("Your data is open read-only.")
    assert banner.accessibleName() == "Your data is open read-only"
    assert str(window.data_dir) in banner.accessibleDescription()
    assert banner.text.accessibleName() == ""  # a screen reader hears the words themselves
    assert banner.text.accessibleDescription() == "Your data is open read-only"
    # Its text takes the keyboard's focus (to read it, or copy the folder's name), and it is
    # in the window's Tab order; so are its buttons.
    assert banner.text.focusPolicy() & Qt.FocusPolicy.TabFocus
    chain: list[QWidget] = []
    widget: QWidget | None = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 1000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert banner.text in chain


def test_the_banner_offers_the_export_and_the_data_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QPushButton

    banner = window.read_only_banner
    assert banner is not None
    buttons = {plain(b.text()): b for b in banner.findChildren(QPushButton)}
    assert set(buttons) == {"Export everything…", "Open data folder"}
    assert all(b.isEnabled() for b in buttons.values())
    opened: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.app.main_window.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    qtbot.mouseClick(buttons["Open data folder"], Qt.MouseButton.LeftButton)
    assert opened == [str(window.data_dir)]
    out = tmp_path / "copy.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    qtbot.mouseClick(buttons["Export everything…"], Qt.MouseButton.LeftButton)
    assert "Rainy Thursday" in out.read_text(encoding="utf-8")


# -- the Action plan --------------------------------------------------------------------------


def test_the_plan_can_be_read_and_nothing_in_it_offers_to_write(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.plan_tab
    monkeypatch.setattr(ItemDialog, "exec", lambda self: pytest.fail("a dialog to write opened"))
    # Selecting an item shows it, its check-in and its week.
    tab.list.setCurrentIndex(tab.model.index(1))
    assert tab.detail.title.text() == "Write one line"
    tab.list.setCurrentIndex(tab.model.index(0))
    detail, box = tab.detail, tab.detail.check_in_box
    assert detail.title.text() == "Walk round the block"
    assert box.outcome_buttons[Outcome.THOUGHT].isChecked()
    assert box.reason_buttons[Reason.OVERLOAD].isChecked()
    assert box.note.text() == "Rain all day"
    # Nothing offers to write, and what would says why.
    writing = [
        tab.add_button,
        tab.first_item_button,
        tab.up_button,
        tab.down_button,
        detail.edit_button,
        detail.adjust_button,
        detail.pause_button,
        detail.retire_button,
        *box.outcome_buttons.values(),
        *box.reason_buttons.values(),
        box.clear_button,
        box.put_back_button,
        box.other_reason,
        box.note,
    ]
    assert [w for w in writing if not held_back(w)] == []
    assert [w for w in writing if not says_why(w)] == []
    assert box.note.isReadOnly() and box.note.isEnabled()  # its words can still be copied
    # The keys and clicks that would write do nothing.
    qtbot.keyClicks(box.note, " and wind")
    qtbot.mouseClick(box.outcome_buttons[Outcome.DONE], Qt.MouseButton.LeftButton)
    tab.add_item()
    tab.move_selected(1)
    assert box.note.text() == "Rain all day"
    assert [i.title for i in plan.list_items()] == ["Walk round the block", "Write one line"]
    assert plan.check_ins_on(DAY)[detail.item.id].outcome is Outcome.THOUGHT  # type: ignore[union-attr]
    # Another day, and the retired items, can still be looked at.
    tab.list.setCurrentIndex(tab.model.index(1))
    box.select_day(YESTERDAY)
    assert box.outcome_buttons[Outcome.DONE].isChecked()
    tab.view_choice.setCurrentIndex(1)
    assert tab.view_choice.isEnabled() and tab.model.rowCount() == 0


def test_an_empty_plan_offers_no_first_item(
    store: Path, make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    db.close_database()
    db.open_database(store, read_only=True)
    window = open_read_only(make_window, qtbot)
    tab = window.plan_tab
    assert tab.pages.currentIndex() == 0  # the first-run page
    assert not tab.first_item_button.isEnabled() and says_why(tab.first_item_button)


# -- the Journal ------------------------------------------------------------------------------


def test_the_journal_can_be_searched_read_and_copied_but_not_changed(
    window: MainWindow, qtbot: Any
) -> None:
    window.tabs.setCurrentIndex(1)
    tab = window.journal_tab
    tab.search.setText("rain")
    tab.reload()
    assert tab.count.text() == "1 found"
    tab.list.setCurrentIndex(tab.model.index(0))
    editor = tab.editor
    assert editor.title.text() == "Rainy Thursday"
    assert editor.body.toPlainText() == "The rain kept me in, and I wrote this instead."
    assert editor.record_form.situation.toPlainText() == "Stuck indoors"
    assert editor.status.text() == "Read-only"
    # The words can be read, selected and copied, not changed.
    fields: list[Any] = [editor.title, editor.body, editor.tags, editor.day]
    form = editor.record_form
    fields += [form.situation, form.thought, form.feeling, form.strength, form.kind_friend]
    fields += [form.balanced]
    assert [f for f in fields if not (f.isReadOnly() and f.isEnabled())] == []
    writing = [tab.new_button, tab.prompt_button, editor.mood, editor.energy, editor.bring]
    writing += [editor.private, editor.record_button, editor.remove_prompt, editor.delete_button]
    writing += [form.plan_item]
    assert [w for w in writing if w.isEnabled()] == []
    assert [w for w in writing if not says_why(w)] == []
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "more")
    qtbot.keyClicks(editor.title, "more")
    assert not editor.dirty
    assert editor.body.toPlainText() == "The rain kept me in, and I wrote this instead."
    editor.body.selectAll()
    editor.body.copy()
    assert QGuiApplication.clipboard().text() == editor.body.toPlainText()
    # New entries and the trash don't move.
    shown = editor.entry_id
    tab.new_entry()
    tab.delete_or_restore()
    assert editor.entry_id == shown
    assert journal.get_entry(shown).deleted_at is None  # type: ignore[arg-type]
    # Filtering still works.
    tab.search.clear()
    tab.filters.flag_filter.setCurrentIndex(1)  # bring to session
    assert [tab.model.index(r).data() for r in range(tab.model.rowCount())] == ["Rainy Thursday"]


def test_a_blank_editor_invites_reading_not_writing(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    editor = window.journal_tab.editor
    assert editor.entry_id is None
    assert editor.body.placeholderText() == "Choose an entry on the left to read it."


# -- Encouragement ----------------------------------------------------------------------------


def test_todays_message_and_the_notes_can_be_read_not_changed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(2)
    page = window.encouragement_tab.today_page
    assert page.message.text()  # a message for today, chosen without keeping the choice
    assert [n.text for n in page.notes_model._rows] == ["Rest is part of the work."]
    page.notes.setCurrentIndex(page.notes_model.index(0))
    writing = [page.another_button, page.keep_button, page.hide_button, page.add_note_button]
    writing += [page.edit_note_button, page.delete_note_button]
    assert [w for w in writing if w.isEnabled()] == []
    assert [w for w in writing if not says_why(w)] == []
    assert page.kept_button.isEnabled()
    monkeypatch.setattr(QDialog, "exec", lambda self: pytest.fail("a dialog to write opened"))
    page.edit_note()
    page.add_note()
    seen: list[KeptMessagesDialog] = []

    def look(dialog: KeptMessagesDialog) -> int:
        seen.append(dialog)
        dialog.kept.setCurrentIndex(dialog.kept_model.index(0))
        return 0

    monkeypatch.setattr(KeptMessagesDialog, "exec", look)
    page.show_kept()
    [dialog] = seen
    assert dialog.kept_model.rowCount() == 1  # the kept message, to read
    assert not dialog.unkeep_button.isEnabled() and says_why(dialog.unkeep_button)
    assert not dialog.show_again_button.isEnabled()
    assert messages.favourite_keys() == [encouragement_texts.library()[0].key]


def test_small_wins_can_be_read_not_added_or_removed(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(2)
    tab = window.encouragement_tab
    tab.show_page(SMALL_WINS)
    page = tab.wins_page
    tree, model = page.tree, page.model
    days = [model.index(r, 0) for r in range(model.rowCount())]
    lines = [model.index(r, 0, d) for d in days for r in range(model.rowCount(d))]
    assert "Made a proper lunch" in [line.data() for line in lines]
    [lunch] = [line for line in lines if line.data() == "Made a proper lunch"]
    tree.setCurrentIndex(lunch)
    assert page.selected_win() is not None
    writing = [page.win_text, page.win_day, page.add_button, page.remove_button]
    assert [w for w in writing if w.isEnabled()] == []
    assert [w for w in writing if not says_why(w)] == []
    page.remove_win()
    assert "Made a proper lunch" in [w.text for w in wins.small_wins(DAY, DAY)]
    page.earlier_button.click()  # earlier weeks can still be looked at
    assert page.later_button.isEnabled()


def test_session_prep_can_be_read_and_saved_not_changed(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(2)
    tab = window.encouragement_tab
    tab.show_page(SESSION_PREP)
    page, box = tab.session_page, tab.session_page.questions_box
    assert "Can we make the walk smaller?" in page.summary.toPlainText()
    assert page.next_label.text() == "Next session in 5 days"
    box.questions.setCurrentIndex(box.questions_model.index(1))
    writing = [page.schedule_button, page.done_button, box.question_text]
    writing += [box.add_question_button, box.remove_question_button, box.up_button]
    writing += [box.down_button]
    assert [w for w in writing if w.isEnabled()] == []
    assert [w for w in writing if not says_why(w)] == []
    assert says_why(box.questions)
    # A question can't be ticked or changed in place.
    first = box.questions_model.index(0)
    assert not first.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not first.flags() & Qt.ItemFlag.ItemIsEditable
    assert not box.questions_model.setData(first, Qt.CheckState.Checked.value, CHECK)
    box.move_question(-1)
    assert session.questions()[0].text == "Can we make the walk smaller?"
    assert not any(q.done for q in session.questions())
    # The summary still goes to paper or a file of the person's choosing.
    assert page.print_button.isEnabled() and page.pdf_button.isEnabled()
    assert page.markdown_button.isEnabled()


def test_the_safety_plan_can_be_read_not_changed_and_crisis_help_stays(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SafetyItemDialog, "exec", lambda self: pytest.fail("a dialog opened"))
    window.tabs.setCurrentIndex(2)
    tab = window.encouragement_tab
    tab.show_page(SAFETY_PLAN)
    page = tab.safety_page
    signs = page.model.index(0, 0)
    second = page.model.index(1, 0, signs)
    assert second.data() == "Lying awake replaying the day"
    page.tree.setCurrentIndex(second)
    assert page.selected_line() is not None
    writing = [page.add_button, page.edit_button, page.remove_button, page.up_button]
    writing += [page.down_button]
    assert [w for w in writing if w.isEnabled()] == []
    assert [w for w in writing if not says_why(w)] == []
    page.tree.activated.emit(second)  # Enter or a double-click
    page.move_line(-1)
    assert [i.text for i in safety.section_items(SafetySection.WARNING_SIGNS)] == [
        "I stop answering messages",
        "Lying awake replaying the day",
    ]
    assert page.crisis_button.isEnabled()
    # What the page says above the plan invites reading, not writing.
    assert "to read here" in page.intro.text()
    assert "Fill in" not in page.intro.text()


# -- the File menu, later tabs, closing -------------------------------------------------------


def test_the_file_menu_exports_but_does_not_back_up_restore_or_import(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = {a.objectName(): a for a in window.data_actions.actions}
    for name in ("back_up_now", "backups", "import"):
        assert not actions[name].isEnabled(), name
        assert actions[name].toolTip() == why()
    assert actions["export"].isEnabled()
    menu = file_menu(window)
    assert menu.toolTipsVisible()
    [open_folder] = [a for a in menu.actions() if plain(a.text()) == "Open data folder"]
    assert open_folder.isEnabled()
    out = tmp_path / "everything.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    actions["export"].trigger()
    assert "Rainy Thursday" in out.read_text(encoding="utf-8")
    assert window.statusBar().currentMessage() == f"Exported to {out}"
    # Even when asked for directly, a backup, the Backups dialog and an import do nothing.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: pytest.fail("asked to import"))
    monkeypatch.setattr(QDialog, "exec", lambda self: pytest.fail("a dialog opened"))
    before = sorted(p.name for p in window.data_dir.rglob("*"))
    window.data_actions.back_up_now()
    window.data_actions.show_backups()
    window.data_actions.import_file()
    assert sorted(p.name for p in window.data_dir.rglob("*")) == before


def test_a_tab_built_after_show_read_only_is_read_only_too(window: MainWindow, qtbot: Any) -> None:
    assert window.built_tabs() == [window.plan_tab]  # only the tab on screen is built yet
    window.tabs.setCurrentIndex(1)
    journal_tab = window.journal_tab
    assert journal_tab.read_only
    assert not journal_tab.new_button.isEnabled() and journal_tab.editor.body.isReadOnly()
    window.tabs.setCurrentIndex(2)
    encouragement = window.encouragement_tab
    assert encouragement.read_only
    assert not encouragement.today_page.add_note_button.isEnabled()
    encouragement.show_page(SAFETY_PLAN)
    assert not encouragement.safety_page.add_button.isEnabled()


def test_a_tab_built_before_show_read_only_is_held_back_too(
    read_only_store: Path, make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window()  # the data open, and the plan built, before it is known
    assert window.plan_tab.add_button.isEnabled()
    window.show_read_only()
    assert not window.plan_tab.add_button.isEnabled()
    assert not window.data_actions.actions[0].isEnabled()


def test_visiting_everything_and_closing_asks_nothing_and_changes_nothing(
    window: MainWindow, read_only_store: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sha256(read_only_store)
    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: opened.append(self.text()))
    # A person who tries to type everywhere they can click...
    plan_tab = window.plan_tab
    for row in range(plan_tab.model.rowCount()):
        plan_tab.list.setCurrentIndex(plan_tab.model.index(row))
        qtbot.keyClicks(plan_tab.detail.check_in_box.note, "a note")
    window.tabs.setCurrentIndex(1)
    journal_tab = window.journal_tab
    for row in range(journal_tab.model.rowCount()):
        journal_tab.list.setCurrentIndex(journal_tab.model.index(row))
        qtbot.keyClicks(journal_tab.editor.body, "more words")
        qtbot.keyClicks(journal_tab.editor.tags, ", more")
    journal_tab.search.setText("lighter")
    qtbot.waitUntil(lambda: journal_tab.count.text() == "1 found")
    window.tabs.setCurrentIndex(2)
    encouragement = window.encouragement_tab
    for page in (TODAY, SMALL_WINS, SESSION_PREP, SAFETY_PLAN):
        encouragement.show_page(page)
    qtbot.keyClicks(encouragement.wins_page.win_text, "a win")
    qtbot.keyClicks(encouragement.session_page.questions_box.question_text, "a question")
    clock.advance(timedelta(seconds=2))  # midnight: every tab shows the new day
    window.check_day()
    assert window.plan_tab.today == DAY + timedelta(days=1)

    # ...has nothing unsaved, and closes without a question (an unanswered box would fail).
    assert window.commit_pending()
    assert window.close()
    assert not window.isVisible()
    assert opened == [] and not window.disk_trouble.waiting
    assert sha256(read_only_store) == before


def test_a_write_that_comes_all_the_same_is_said_quietly_and_not_retried(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: opened.append(self.text()))
    ids = [item.id for item in plan.list_items()]
    assert not window.plan_tab.writer.run(Scope.PLAN, plan.reorder, ids[::-1])
    assert opened == [] and not window.disk_trouble.waiting
    said = window.statusBar().currentMessage()
    assert said == "Your data is open read-only, so nothing can be saved here."
    assert [item.id for item in plan.list_items()] == ids


def test_lifting_read_only_gives_each_control_its_own_tooltip_back(window: MainWindow) -> None:
    tab = window.plan_tab
    assert not tab.add_button.isEnabled() and says_why(tab.add_button)
    tab.set_read_only(False)
    assert tab.add_button.isEnabled() and tab.add_button.toolTip() == "Add a plan item (Ctrl+N)"
    assert not tab.detail.check_in_box.note.isReadOnly()
    assert tab.detail.edit_button.isEnabled() and tab.detail.edit_button.toolTip() == ""
