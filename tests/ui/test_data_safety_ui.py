"""The Backups dialog, the damaged-file start, and the calm disk-trouble message."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTreeWidgetItem

from desktop.store import backup, db, errors, models, plan
from desktop.store.errors import CannotSaveError, DiskTrouble
from desktop.ui.app import disk_trouble, startup
from desktop.ui.app.backups_dialog import BackupsDialog
from tests.frozen import TODAY
from tests.ui.helpers import answer_message_box

#: Each test twice: under this system's rules for files, and under Windows' (windows_files.py).
pytestmark = pytest.mark.usefixtures("file_rules")


def _row(dialog: BackupsDialog, number: int) -> QTreeWidgetItem:
    """One row of the dialog's list of backups; the row must exist."""
    item = dialog.list.topLevelItem(number)
    assert item is not None, f"no row {number} in the list of backups"
    return item


def test_back_up_now_adds_a_backup_to_the_list(qtbot: Any, store: Path) -> None:
    plan.add_item("Walk")
    dialog = BackupsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()

    dialog.back_up_now.click()

    assert dialog.list.topLevelItemCount() == 1
    assert _row(dialog, 0).text(1) == "Made by you"
    assert dialog.restore_button.isEnabled()
    assert dialog.list.accessibleName()


def test_restoring_asks_first_and_keeps_the_state_before(
    qtbot: Any, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan.add_item("In the backup")
    backup.make_backup(store, "manual")
    plan.add_item("Only now")
    dialog = BackupsDialog(store)
    qtbot.addWidget(dialog)

    answer_message_box(monkeypatch, "Cancel")
    dialog.restore_selected()
    assert len(plan.list_items()) == 2  # cancelled: nothing changed

    boxes = answer_message_box(monkeypatch, "Restore")
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_selected()

    assert "saved as a backup first" in boxes[0].informativeText()
    assert [i.title for i in plan.list_items()] == ["In the backup"]
    reasons = [_row(dialog, n).text(1) for n in range(dialog.list.topLevelItemCount())]
    assert "Before restoring a backup" in reasons


def test_a_damaged_file_at_start_continues_from_the_newest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path)
    for n in range(40):
        plan.add_item(f"Item {n}", why="words " * 50)
    backup.make_backup(path)
    db.close_database()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : page + 2048] = b"\x5a" * 2048  # junk over the first table pages
    path.write_bytes(bytes(data))

    startup.open_store(path, interactive=False)

    assert len(plan.list_items()) == 40
    db.close_database()
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1


def test_disk_trouble_is_said_once_and_retried_until_it_works(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    attempts: list[str] = []

    def retry() -> bool:
        attempts.append("try")
        return len(attempts) >= 2  # the first retry still meets a full disk

    notice = disk_trouble.DiskTroubleNotice(window, retry)
    notice.report(CannotSaveError(DiskTrouble.FULL))
    first_box = notice.box
    assert first_box is not None
    assert first_box.text().startswith("Your disk is full; nothing was lost")
    notice.report(CannotSaveError(DiskTrouble.FULL))
    assert notice.box is first_box  # told once, not a pile of boxes

    notice.try_again()
    assert notice.waiting
    notice.try_again()
    assert not notice.waiting
    assert window.statusBar().currentMessage() == "Saving works again."


#: What can end up under the data file's name instead of the data: each is kept, a backup offered.
NOT_A_DATABASE = {
    "empty": lambda data: b"",  # cut short to nothing
    "cut to 50 bytes": lambda data: data[:50],
    "random bytes": lambda data: random.Random(7).randbytes(len(data)),
    "an export saved over it": lambda data: b'{"format": "between-sessions", "tables": {}}\n',
}


@pytest.mark.parametrize("replace", NOT_A_DATABASE.values(), ids=NOT_A_DATABASE.keys())
def test_a_data_file_that_isnt_a_database_is_kept_and_a_backup_offered(
    tmp_path: Path, replace: Callable[[bytes], bytes]
) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path)
    plan.add_item("Kept in the backup")
    backup.make_backup(path)
    db.close_database()
    there = replace(path.read_bytes())
    path.write_bytes(there)

    startup.open_store(path, interactive=False)

    assert [i.title for i in plan.list_items()] == ["Kept in the backup"]
    [kept] = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert kept.read_bytes() == there  # unchanged, under a dated name
    db.close_database()


def test_a_copy_left_by_an_interrupted_restore_is_removed_at_start(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path)
    plan.add_item("Here")
    db.close_database()
    leftovers = [
        path.with_name(path.name + ".restoring.partial"),
        path.with_name(path.name + ".new"),
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"SQLite format 3\x00" + b"a whole journal" * 1000)

    startup.open_store(path, interactive=False)

    assert [i.title for i in plan.list_items()] == ["Here"]
    assert not any(leftover.exists() for leftover in leftovers)
    db.close_database()


def test_another_programs_database_under_our_name_is_refused_and_left_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path)
    backup.make_backup(path)
    db.close_database()
    path.unlink()
    with contextlib.closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE songs (title TEXT)")
        other.commit()
    before = path.read_bytes()

    with pytest.raises(errors.NotOurFileError):
        startup.open_store(path, interactive=False)

    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


# --- the check and backup after start, in the background ----------------------------------------


def test_the_backup_after_start_runs_beside_the_window(qtbot: Any, store: Path) -> None:
    plan.add_item("Walk")
    window = QMainWindow()
    qtbot.addWidget(window)
    schedule = startup.BackupSchedule(window, store)

    schedule.at_start(checked=True)

    assert schedule.busy  # the window got control back at once
    qtbot.waitUntil(lambda: not schedule.busy)
    assert len(backup.list_backups(store)) == 1
    schedule.at_start(checked=True)
    qtbot.waitUntil(lambda: not schedule.busy)
    assert len(backup.list_backups(store)) == 1  # nothing changed since: no second copy


def test_a_large_file_is_checked_after_start_and_damage_is_named(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.store.store_helpers import damage

    monkeypatch.setattr(db, "CHECK_AT_OPEN_MAX_BYTES", 0)  # as if ten years of journal
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path)
    for n in range(40):
        plan.add_item(f"Item {n}", why="a few words " * 30)
    db.close_database()
    damage(path)
    assert db.open_database(path, hold_writes=True).checked is False
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    schedule = startup.BackupSchedule(window, path)

    schedule.at_start(checked=False)

    qtbot.waitUntil(lambda: not schedule.busy)
    assert schedule.box is not None and schedule.box.isVisible()
    assert schedule.box.text() == startup.damaged_notice()
    assert schedule.box.windowModality() != Qt.WindowModality.ApplicationModal  # never blocks
    assert window.statusBar().currentMessage() == startup.damaged_notice()
    assert backup.list_backups(path) == []  # a damaged file is never copied over a good backup
    db.close_database()
    with pytest.raises(errors.DamagedFileError):
        db.open_database(path)  # the next start checks it first and offers a backup


def test_an_unexpected_error_in_the_background_is_said_and_backups_go_on(
    qtbot: Any, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan.add_item("Walk")
    window = QMainWindow()
    qtbot.addWidget(window)
    schedule = startup.BackupSchedule(window, store)

    def broken(*_args: object) -> None:
        raise PermissionError("the backups folder is in use")

    monkeypatch.setattr(backup, "backup_if_changed", broken)
    schedule.at_start(checked=True)
    qtbot.waitUntil(lambda: not schedule.busy)
    said = window.statusBar().currentMessage()
    assert said.startswith("The app couldn't make a backup because of an unexpected problem")
    assert "Nothing was lost" in said

    monkeypatch.undo()
    schedule.at_start(checked=True)  # not stuck: the next one runs
    schedule.shutdown()  # and the app waits for it at exit
    assert len(backup.list_backups(store)) == 1


# --- a large file waits for its check after start; the search index is mended --------------------


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as large: checked in the background after start, not at open."""
    monkeypatch.setattr(db, "CHECK_AT_OPEN_MAX_BYTES", 0)


@pytest.fixture
def data_path(tmp_path: Path) -> Path:
    from desktop import paths

    return paths.database_path(paths.prepare_data_dir(tmp_path / "data"))


def _fill(path: Path) -> None:
    """Some plan items, journal entries that all say "lantern", and one old entry in the trash
    (so emptying the old trash at start would write)."""
    from desktop import clock
    from desktop.store import journal
    from desktop.store.models import JournalEntryRow
    from desktop.store.records import EntryFields

    db.open_database(path)
    for n in range(40):
        plan.add_item(f"Item {n}", why="a few words " * 30)
    for n in range(20):
        journal.save_entry(None, EntryFields(day=TODAY, title=f"Evening {n}", body="a lantern"))
    old = journal.save_entry(None, EntryFields(day=TODAY, body="in the trash for long"))
    journal.delete_entry(old.id)
    long_ago = clock.now() - timedelta(days=journal.TRASH_DAYS + 1)
    JournalEntryRow.update(deleted_at=long_ago).where(JournalEntryRow.id == old.id).execute()
    db.close_database()


def _window(qtbot: Any, path: Path, settings_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from desktop.ui.app.main_window import MainWindow

    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(path.parent, settings)
    qtbot.addWidget(window)
    return window


@pytest.mark.usefixtures("large")
def test_a_damaged_large_file_is_left_byte_for_byte_as_it_was(
    qtbot: Any, data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import journal
    from desktop.store.records import EntryFields
    from tests.store.store_helpers import damage, sha256, sidecars

    _fill(data_path)
    damage(data_path)  # the plan's table: the journal could still be written beside it
    before = sha256(data_path)
    boxes: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()

    # As the app starts (app.main): open, the check and backups, the old trash, a first write.
    checked = startup.open_store(data_path, interactive=False)
    schedule = startup.attach(window, data_path, checked=checked, interactive=False)
    startup.empty_old_trash()
    with pytest.raises(CannotSaveError) as caught:
        journal.save_entry(None, EntryFields(day=TODAY, body="written before the check"))

    assert checked is False
    assert caught.value.trouble is DiskTrouble.CHECKING
    assert sha256(data_path) == before
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == startup.damaged_notice())
    qtbot.waitUntil(lambda: not schedule.busy)
    startup.empty_old_trash()  # still nothing: the file stays as it is for the whole session
    with pytest.raises(CannotSaveError) as caught:
        journal.save_entry(None, EntryFields(day=TODAY, body="written after the check"))
    assert caught.value.trouble is DiskTrouble.DAMAGED
    # Not interactive (--smoke-test): said in the log and the status bar, never in a box.
    assert boxes == [] and schedule.box is None
    schedule.shutdown()
    db.close_database()
    assert sha256(data_path) == before
    assert sidecars(data_path) == set()
    with pytest.raises(errors.DamagedFileError):
        db.open_database(data_path)  # the next start checks it first and offers a backup


@pytest.mark.usefixtures("large")
def test_words_typed_before_the_check_has_passed_wait_and_are_stored_once_it_has(
    qtbot: Any, data_path: Path, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import journal, search
    from desktop.ui.journal import editor

    monkeypatch.setattr(editor, "RETRY_MS", 600_000)  # only the check passing can store them
    _fill(data_path)
    assert startup.open_store(data_path, interactive=False) is False
    window = _window(qtbot, data_path, settings_path)
    tab = window.journal_tab
    tab.new_entry()
    tab.editor.body.insertPlainText("written while the check runs")

    assert not tab.editor.save()
    assert tab.editor.status.text().startswith("The app is still checking your data file")
    assert "what you typed is still here" in tab.editor.status.text()
    assert tab.editor.body.toPlainText() == "written while the check runs"
    assert len(search.search("lantern")) == 20  # reading goes on meanwhile

    schedule = startup.attach(window, data_path, checked=False)

    qtbot.waitUntil(lambda: tab.editor.status.text() == "Saved")
    assert [s.first_line for s in search.search("written")] == ["written while the check runs"]
    assert journal.purge_trash() == 0  # the old trash was emptied once the check had passed
    schedule.shutdown()


@pytest.mark.usefixtures("large")
def test_a_write_said_by_the_notice_is_retried_as_soon_as_the_check_has_passed(
    qtbot: Any, data_path: Path, settings_path: Path
) -> None:
    _fill(data_path)
    startup.open_store(data_path, interactive=False)
    window = _window(qtbot, data_path, settings_path)
    notice = window.disk_trouble
    stored: list[str] = []

    def add_when_it_can() -> bool:
        try:
            plan.add_item("Added while the check runs")
        except CannotSaveError as error:
            notice.report(error)
            return False
        stored.append("added")
        return True

    notice.retry = add_when_it_can
    assert not add_when_it_can()
    assert notice.waiting and notice.box is not None
    assert notice.box.text().startswith("The app is still checking your data file")

    schedule = startup.attach(window, data_path, checked=False)

    qtbot.waitUntil(lambda: stored == ["added"])  # not 20 s later
    assert not notice.waiting
    assert window.statusBar().currentMessage() == "Saving works again."
    assert "Added while the check runs" in [i.title for i in plan.list_items()]
    schedule.shutdown()


def test_at_start_a_damaged_search_index_is_rebuilt_without_a_word_to_the_person(
    qtbot: Any, data_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from desktop.store import files, search

    _fill(data_path)
    conn = sqlite3.connect(data_path)
    conn.execute("DELETE FROM journal_search WHERE rowid = 7")  # search finds 19 of 20
    conn.execute("UPDATE journal_search_idx SET pgno = pgno + 1")  # and FTS5 says "malformed"
    conn.commit()
    conn.close()
    assert files.search_index_problems(data_path)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()

    checked = startup.open_store(data_path, interactive=True)  # a small file: checked at open
    schedule = startup.attach(window, data_path, checked=checked, interactive=False)

    qtbot.waitUntil(lambda: len(search.search("lantern")) == 20)
    qtbot.waitUntil(lambda: not schedule.busy)
    assert "the search index was rebuilt" in capfd.readouterr().err
    assert window.statusBar().currentMessage() == ""  # nothing said to the person
    assert schedule.box is None
    schedule.shutdown()
    db.close_database()
    assert files.search_index_problems(data_path) == []


def _damage_search_index(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM journal_search WHERE rowid = 7")  # search finds 19 of 20
    conn.commit()
    conn.close()


def _start(qtbot: Any, path: Path) -> startup.BackupSchedule:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    checked = startup.open_store(path, interactive=False)
    schedule = startup.attach(window, path, checked=checked, interactive=False)
    qtbot.waitUntil(lambda: not schedule.checking and schedule.worker is not None)
    qtbot.waitUntil(lambda: not schedule.busy)
    return schedule


def test_a_large_file_closed_cleanly_has_its_index_checked_only_after_an_abrupt_end(
    qtbot: Any, data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its check holds a copy of the index in memory (20 MiB for ten years): not at every start
    # of a journal whose last run closed it, but always after a run that didn't.
    from desktop.store import files, search

    monkeypatch.setattr(db, "CHECK_AT_OPEN_MAX_BYTES", 0)  # as if ten years of journal
    _fill(data_path)
    _damage_search_index(data_path)
    looked: list[Path] = []
    check = files.search_index_problems

    def checking(path: Path) -> list[str]:
        looked.append(path)
        return check(path)

    monkeypatch.setattr(files, "search_index_problems", checking)

    schedule = _start(qtbot, data_path)  # the last run closed the file
    assert looked == [] and len(search.search("lantern")) == 19
    assert db.writes_allowed()  # (the file itself was checked, after start)
    schedule.shutdown()
    db.close_database()

    db.open_database(data_path)  # a run that ends abruptly: the file is never closed
    models.database.close()  # (its marker is left, as a kill leaves it)
    schedule = _start(qtbot, data_path)
    assert looked == [data_path]
    qtbot.waitUntil(lambda: len(search.search("lantern")) == 20)  # mended
    schedule.shutdown()
    db.close_database()
    assert check(data_path) == []


def test_retry_now_stores_what_is_pending_at_once(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    attempts: list[str] = []

    def retry() -> bool:
        attempts.append("try")
        return True

    notice = disk_trouble.DiskTroubleNotice(window, retry)

    notice.retry_now()  # nothing waiting here: still asks the tabs (the journal retries itself)
    notice.report(CannotSaveError(DiskTrouble.CHECKING))
    notice.retry_now()

    assert attempts == ["try", "try"]
    assert not notice.waiting


@pytest.mark.usefixtures("large")
def test_damage_found_in_a_file_restored_over_meanwhile_leaves_the_restored_one_alone(
    qtbot: Any, data_path: Path
) -> None:
    from tests.store.store_helpers import damage

    _fill(data_path)
    damage(data_path)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert startup.open_store(data_path, interactive=False) is False
    schedule = startup.BackupSchedule(window, data_path, interactive=False)
    schedule.at_start(checked=False)
    assert schedule.worker is not None
    schedule.worker.join()  # what it found waits for the event loop
    healthy = data_path.with_name("restored.sqlite3")
    db.open_database(healthy)  # as a restore from the Backups dialog opens the data again

    qtbot.waitUntil(lambda: not schedule.busy)

    assert db.writes_allowed()
    plan.add_item("Written after the restore")
    assert window.statusBar().currentMessage() == ""
    db.close_database()
