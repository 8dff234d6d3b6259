"""The File menu's data actions, driven as a person would: what every tab shows after an import
or a restore, what a backup holds of the words still being typed, and which tabs they build."""

from __future__ import annotations

import gzip
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.store import backup, export, journal, notes, plan, safety
from desktop.store.encouragement_records import NoteKind, SafetySection
from desktop.store.records import EntryFields, Outcome
from desktop.ui.app.backups_dialog import BackupsDialog
from desktop.ui.app.main_window import MainWindow
from desktop.ui.encouragement.tab import SAFETY_PLAN, TODAY
from tests.frozen import TODAY as DAY
from tests.ui.helpers import answer_message_box


def _trigger(window: MainWindow, name: str) -> None:
    [action] = [a for a in window.data_actions.actions if a.objectName() == name]
    action.trigger()


def _all_tabs(window: MainWindow) -> Any:
    """Build every tab (as a person visiting each would) and come back to the first."""
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
    window.tabs.setCurrentIndex(0)
    return window.plan_tab, window.journal_tab, window.encouragement_tab


def _plan_titles(window: MainWindow) -> list[str]:
    model = window.plan_tab.model
    return [model.index(row).data() for row in range(model.rowCount())]


def _entry_headings(window: MainWindow) -> list[str]:
    model = window.journal_tab.model
    return [model.index(row).data() for row in range(model.rowCount())]


def _notes_shown(window: MainWindow) -> list[str]:
    page = window.encouragement_tab.today_page
    return [note.text for note in page.notes_model._rows]


def _safety_lines(window: MainWindow) -> list[str]:
    model = window.encouragement_tab.safety_page.model
    lines = []
    for section in range(model.rowCount()):
        parent = model.index(section, 0)
        for row in range(model.rowCount(parent)):
            line = model.index(row, 0, parent)
            if line.flags() & line.flags().ItemIsSelectable:
                lines.append(line.data())
    return lines


def _show_everywhere(window: MainWindow) -> None:
    """Visit each tab and each Encouragement page, so each shows what it has."""
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
    encouragement = window.encouragement_tab
    encouragement.show_page(SAFETY_PLAN)
    encouragement.show_page(TODAY)


@pytest.fixture
def shown_window(make_window: Callable[[], MainWindow], qtbot: Any) -> MainWindow:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def quiet_information(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.information answered at once; what it said is kept."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    return said


def test_an_import_shows_in_every_tab_already_built(
    shown_window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_information: list[str],
) -> None:
    window = shown_window
    _all_tabs(window)
    _show_everywhere(window)
    # What another computer's export holds: one of each.
    source = tmp_path / "elsewhere.json"
    export_from_another_computer(source)
    from desktop.ui.app.import_dialog import ImportDialog

    def choose_and_import(dialog: ImportDialog) -> int:
        with qtbot.waitSignal(dialog.previewed, timeout=20_000):
            dialog.open_path(source)
        dialog.import_button.click()
        return 0

    monkeypatch.setattr(ImportDialog, "exec", choose_and_import)

    _trigger(window, "import")

    assert quiet_information and quiet_information[-1].startswith("Added 1 entry from your export.")
    _show_everywhere(window)
    assert _plan_titles(window) == ["Walk to the corner"]
    assert _entry_headings(window) == ["From the old laptop"]
    assert _notes_shown(window) == ["Small is still a step."]
    assert _safety_lines(window) == ["Samaritans · 116 123"]


def export_from_another_computer(out: Path) -> None:
    """Write an export that holds a plan item, an entry, an own note and a safety-plan line."""
    from desktop.store import db
    from desktop.store.models import database

    here = database.database
    db.close_database()
    db.open_database(out.with_suffix(".sqlite3"))
    plan.add_item("Walk to the corner")
    journal.save_entry(None, EntryFields(day=DAY, title="From the old laptop"))
    notes.add_note(NoteKind.THERAPIST_SAID, "Small is still a step.")
    safety.add_item(SafetySection.CRISIS_LINES, "Samaritans", "116 123")
    export.export_json(out)
    db.close_database()
    db.open_database(Path(here))


def test_a_restore_shows_the_restored_data_in_every_tab(
    shown_window: MainWindow,
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_information: list[str],
) -> None:
    window = shown_window
    plan.add_item("In the backup")
    made = backup.make_backup(store, "manual")
    plan.add_item("Added later")
    journal.save_entry(None, EntryFields(day=DAY, title="Written later"))
    notes.add_note(NoteKind.FUTURE_ME, "A note written later")
    safety.add_item(SafetySection.COPING, "A walk")
    _all_tabs(window)
    _show_everywhere(window)
    assert _safety_lines(window) == ["A walk"]

    def restore_it(dialog: BackupsDialog) -> int:
        for row in range(dialog.list.topLevelItemCount()):
            item = dialog.list.topLevelItem(row)
            assert item is not None
            if item.data(0, 0x0100) == str(made.path):
                dialog.list.setCurrentItem(item)
        dialog.restore_selected()
        return 0

    monkeypatch.setattr(BackupsDialog, "exec", restore_it)
    answer_message_box(monkeypatch, "Restore")
    _trigger(window, "backups")

    assert quiet_information[-1].startswith("Your data is back as it was on")
    _show_everywhere(window)
    assert _plan_titles(window) == ["In the backup"]
    assert _entry_headings(window) == []
    assert _notes_shown(window) == []
    assert _safety_lines(window) == []


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    image = path.read_bytes()
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.deserialize(gzip.decompress(image) if path.name.endswith(".gz") else image)
        return conn.execute(sql).fetchall()


def test_back_up_now_holds_what_is_being_typed_in_every_tab(
    shown_window: MainWindow, store: Path, quiet_information: list[str]
) -> None:
    window = shown_window
    walk = plan.add_item("Walk")
    plan_tab, journal_tab, encouragement = _all_tabs(window)
    plan_tab.refresh()
    check_in = plan_tab.detail.check_in_box
    check_in.outcome_buttons[Outcome.TRIED].click()
    check_in.note.setText("Typed, not yet stored")
    journal_tab.editor.body.setPlainText("A journal entry still being typed")
    encouragement.session_page.questions_box.question_text.setText("Can we go slower?")
    encouragement.wins_page.win_text.setText("Opened a window")
    assert backup.list_backups(store) == []

    _trigger(window, "back_up_now")

    [made] = backup.list_backups(store)
    assert window.statusBar().currentMessage() == f"Backed up: {made.path.name}"
    assert _rows(made.path, f"SELECT note FROM check_in WHERE item_id = {walk.id}") == [
        ("Typed, not yet stored",)
    ]
    assert _rows(made.path, "SELECT body FROM journal_entry") == [
        ("A journal entry still being typed",)
    ]
    assert _rows(made.path, "SELECT text FROM session_question") == [("Can we go slower?",)]
    assert _rows(made.path, "SELECT text FROM manual_win") == [("Opened a window",)]


def test_back_up_now_builds_no_tab(shown_window: MainWindow, store: Path) -> None:
    window = shown_window
    assert [tab.__class__.__name__ for tab in window.built_tabs()] == ["PlanTab"]

    _trigger(window, "back_up_now")

    assert len(backup.list_backups(store)) == 1
    assert [tab.__class__.__name__ for tab in window.built_tabs()] == ["PlanTab"]
