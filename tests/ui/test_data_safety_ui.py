"""The Backups dialog, the damaged-file start, and the calm disk-trouble message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTreeWidgetItem

from desktop.store import backup, db, errors, plan
from desktop.store.errors import CannotSaveError, DiskTrouble
from desktop.ui.app import disk_trouble, startup
from desktop.ui.app.backups_dialog import BackupsDialog
from tests.ui.helpers import answer_message_box


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


def test_an_empty_data_file_at_start_is_kept_and_a_backup_offered(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path)
    plan.add_item("Kept in the backup")
    backup.make_backup(path)
    db.close_database()
    path.write_bytes(b"")  # cut short to nothing

    startup.open_store(path, interactive=False)

    assert [i.title for i in plan.list_items()] == ["Kept in the backup"]
    [kept] = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert kept.stat().st_size == 0
    db.close_database()


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
    assert db.open_database(path).checked is False
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    schedule = startup.BackupSchedule(window, path)

    schedule.at_start(checked=False)

    qtbot.waitUntil(lambda: not schedule.busy)
    assert warnings == [startup.damaged_notice()]
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
