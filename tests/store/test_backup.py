"""Backups: checked snapshots, no partial files, thinning, change detection, restore."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import backup, db, errors, files, packed, plan
from desktop.store.models import execute
from desktop.store.records import Outcome
from tests.said import raises_saying, said
from tests.store.store_helpers import (
    damage,
    pragma,
    read_only,
    row_counts,
    sha256,
    sidecars,
    unpacked,
)
from tests.windows_files import WindowsFiles

#: Each test twice: under this system's rules for files, and under Windows' (windows_files.py).
pytestmark = pytest.mark.usefixtures("file_rules")

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX idea")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return paths.database_path(paths.prepare_data_dir(tmp_path / "data"))


def _files(folder: Path) -> list[str]:
    """The backups folder's files, less the note of what the newest backup saw."""
    return sorted(name for name in os.listdir(folder) if name != backup.STATE_NAME)


def _fill(path: Path, titles: tuple[str, ...] = ("Walk round the block", "Say no once")) -> None:
    db.open_database(path)
    for title in titles:
        item = plan.add_item(title, why="Because it helps " * 20)
        plan.check_in(item.id, date(2024, 5, 6), Outcome.TRIED, note="A little")


def _titles() -> list[str]:
    return [i.title for i in plan.list_items()]


def _damage(path: Path) -> None:
    damage(path)


def _damage_packed(path: Path) -> None:
    """Garble a packed backup's compressed bytes half way through, as a bad disk would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0x5A for b in data[middle : middle + 64])
    path.write_bytes(bytes(data))


# --- making a backup --------------------------------------------------------------------------


def test_backup_is_a_complete_checked_private_single_file(
    db_path: Path, tmp_path: Path, file_rules: WindowsFiles | None
) -> None:
    _fill(db_path)
    made = backup.make_backup(db_path, "manual")

    assert made.path.parent == files.backup_folder(db_path)
    assert made.reason == "manual"
    assert [b.path for b in backup.list_backups(db_path)] == [made.path]
    assert _files(made.path.parent) == [made.path.name]  # no .partial, no -wal
    assert made.path.name.endswith(".sqlite3.gz")
    inside = unpacked(made.path, tmp_path / "unpacked")
    assert pragma(inside, "integrity_check") == "ok"
    assert pragma(inside, "journal_mode") == "delete"  # self-contained: no -wal needed
    assert pragma(inside, "application_id") == db.APPLICATION_ID
    db.close_database()
    assert row_counts(inside) == row_counts(db_path)
    if os.name == "posix" and file_rules is None:  # (Windows has no modes: the app sets none)
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
        note = made.path.parent / backup.STATE_NAME
        assert stat.S_IMODE(note.stat().st_mode) == 0o600


def test_backup_sees_writes_still_in_the_write_ahead_log(db_path: Path, tmp_path: Path) -> None:
    _fill(db_path)
    execute("PRAGMA wal_autocheckpoint = 0")
    plan.add_item("Only in the -wal so far")

    made = backup.make_backup(db_path)

    with closing(read_only(unpacked(made.path, tmp_path / "unpacked"))) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM plan_item")}
    assert "Only in the -wal so far" in titles


def test_backup_of_a_closed_file_leaves_no_side_files(db_path: Path) -> None:
    _fill(db_path)
    db.close_database()
    before = sha256(db_path)

    backup.make_backup(db_path, "command-line")

    assert sidecars(db_path) == set()
    assert sha256(db_path) == before


def test_a_failed_backup_leaves_no_file_behind(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db_path)

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(errors.BackupError) as caught:
        backup.make_backup(db_path)

    assert "disk is full" in said(caught.value)
    assert "Nothing was lost" in said(caught.value)
    assert os.listdir(files.backup_folder(db_path)) == []


def test_leftover_partial_copies_are_cleared_by_the_next_backup(db_path: Path) -> None:
    _fill(db_path)
    folder = files.backup_folder(db_path)
    folder.mkdir()
    abandoned = folder / "backup-2024-01-01-000000-start.sqlite3.partial"
    abandoned.write_bytes(b"")
    an_hour_ago = time.time() - 3600  # file times are the system's
    os.utime(abandoned, (an_hour_ago, an_hour_ago))
    # Another process's copy, being written right now (the command line's, say).
    in_progress = folder / "backup-2024-01-01-000001-command-line.sqlite3.partial"
    in_progress.write_bytes(b"SQLite format 3\x00")

    made = backup.make_backup(db_path)

    assert _files(folder) == sorted([made.path.name, in_progress.name])


def test_two_backups_in_the_same_second_get_different_names(db_path: Path) -> None:
    _fill(db_path)
    when = datetime(2024, 5, 6, 10, 0, 0)
    first = backup.make_backup(db_path, when=when)
    second = backup.make_backup(db_path, when=when)
    assert first.path != second.path
    assert len(backup.list_backups(db_path)) == 2
    assert [b.reason for b in backup.list_backups(db_path)] == ["manual", "manual"]


# --- change detection and the daily backup ----------------------------------------------------


def test_opening_again_without_writing_makes_no_new_backup(db_path: Path) -> None:
    _fill(db_path)
    db.close_database()
    db.open_database(db_path)
    assert backup.backup_if_changed(db_path) is not None  # the first start that sees the data

    for _ in range(3):  # quit and start again, reading only
        db.close_database()
        db.open_database(db_path)
        plan.list_items()
        assert backup.backup_if_changed(db_path) is None

    plan.add_item("Something new")
    assert backup.backup_if_changed(db_path) is not None
    assert len(backup.list_backups(db_path)) == 2


def test_start_backup_only_when_the_data_changed(db_path: Path) -> None:
    _fill(db_path)

    first = backup.backup_if_changed(db_path)
    again = backup.backup_if_changed(db_path)
    plan.add_item("Something new")
    after_change = backup.backup_if_changed(db_path)

    assert first is not None
    assert again is None
    assert after_change is not None
    assert len(backup.list_backups(db_path)) == 2


def test_daily_backup_waits_a_day_and_skips_unchanged_data(db_path: Path) -> None:
    _fill(db_path)
    start = datetime(2024, 5, 6, 9, 0)
    backup.make_backup(db_path, "start", when=start)
    plan.add_item("Changed after the start backup")

    assert backup.backup_if_due(db_path, now=start + timedelta(hours=23)) is None
    daily = backup.backup_if_due(db_path, now=start + timedelta(hours=25))
    assert daily is not None
    assert daily.reason == "daily"
    assert backup.backup_if_due(db_path, now=start + timedelta(hours=50)) is None  # unchanged


# --- thinning --------------------------------------------------------------------------------


def test_thinning_keeps_recent_days_weeks_and_months(db_path: Path) -> None:
    _fill(db_path)
    db.close_database()
    folder = files.backup_folder(db_path)
    folder.mkdir()
    now = datetime(2024, 12, 31, 20, 0)
    content = db_path.read_bytes()
    for hours in range(0, 24 * 500, 8):  # three a day for 500 days
        when = now - timedelta(hours=hours)
        files.new_backup_path(db_path, "daily", when).write_bytes(content)

    removed = backup.thin(db_path, now=now)

    kept = backup.list_backups(db_path)
    assert removed
    stamps = [b.made_at for b in kept]
    assert stamps[0] == now  # the newest is always kept
    assert all(now - t <= timedelta(days=2) for t in stamps[:7])  # all from the last two days
    assert len([t for t in stamps if now - t <= timedelta(days=2)]) <= backup.KEEP_RECENT_MAX
    days = {t.date() for t in stamps}
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days
    assert len({t.isocalendar()[:2] for t in stamps}) >= 4
    months = {(t.year, t.month) for t in stamps}
    assert len(months) == 12
    assert min(stamps) > now - timedelta(days=366)
    assert len(kept) < 40


def test_thinning_of_a_few_backups_removes_nothing(db_path: Path) -> None:
    _fill(db_path)
    for n in range(3):
        backup.make_backup(db_path, when=datetime(2024, 5, 6 + n, 9, 0))
    assert backup.thin(db_path, now=datetime(2024, 5, 9)) == []


# --- checking and restoring ------------------------------------------------------------------


def test_newest_good_backup_skips_a_damaged_one(db_path: Path) -> None:
    _fill(db_path)
    good = backup.make_backup(db_path, when=datetime(2024, 5, 6, 9, 0))
    damaged = backup.make_backup(db_path, when=datetime(2024, 5, 7, 9, 0))
    _damage_packed(damaged.path)
    (files.backup_folder(db_path) / "backup-2024-05-08-090000-manual.sqlite3").write_bytes(b"")

    assert backup.problems_with(damaged.path) is not None
    assert backup.newest_good_backup(db_path) == good


def test_restore_brings_back_the_backup_and_keeps_the_state_before(
    db_path: Path, tmp_path: Path
) -> None:
    _fill(db_path, ("Before the backup",))
    made = backup.make_backup(db_path)
    plan.add_item("After the backup")
    execute("PRAGMA wal_autocheckpoint = 0")
    plan.add_item("Still in the -wal")  # would be replayed onto the restored file if kept

    result = backup.restore(made.path, db_path)

    assert db.is_open()
    assert _titles() == ["Before the backup"]
    assert execute("PRAGMA quick_check") == [("ok",)]
    assert result.previous_state is not None
    with closing(read_only(unpacked(result.previous_state, tmp_path / "unpacked"))) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM plan_item ORDER BY id")]
    assert titles == ["Before the backup", "After the backup", "Still in the -wal"]
    assert made.path.exists()  # the backup itself is untouched
    # The restored store takes writes and survives a reopen.
    plan.add_item("After the restore")
    db.close_database()
    db.open_database(db_path)
    assert _titles() == ["Before the backup", "After the restore"]


def test_restore_over_a_damaged_file_moves_it_aside_untouched(db_path: Path) -> None:
    _fill(db_path)
    made = backup.make_backup(db_path)
    db.close_database()
    _damage(db_path)
    damaged_hash = sha256(db_path)

    result = backup.restore(made.path, db_path)

    assert _titles() == ["Walk round the block", "Say no once"]
    assert result.previous_state is not None
    assert sha256(result.previous_state) == damaged_hash


def test_a_damaged_backup_is_not_restored(db_path: Path) -> None:
    _fill(db_path)
    made = backup.make_backup(db_path)
    _damage_packed(made.path)
    plan.add_item("Kept")

    with pytest.raises(errors.BackupError):
        backup.restore(made.path, db_path)

    assert "Kept" in _titles()


def test_a_foreign_file_is_not_restored(db_path: Path, tmp_path: Path) -> None:
    _fill(db_path)
    foreign = tmp_path / "recipes.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE recipe (name TEXT)")
    with raises_saying(errors.BackupError, "not one made by Between Sessions"):
        backup.restore(foreign, db_path)
    assert db.is_open()


# --- a restore that can't finish puts everything back ----------------------------------------


def _disk_full_when_copying_to(monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    real = files.copy_database

    real_unpack = packed.unpack

    def copy(source: Path, target: Path) -> Path:
        if target.name.endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(source, target)

    def unpack(source: Path, target: Path) -> None:
        if target.name.endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_unpack(source, target)

    monkeypatch.setattr(files, "copy_database", copy)
    monkeypatch.setattr(packed, "unpack", unpack)


def test_a_restore_that_cannot_copy_leaves_the_damaged_file_where_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db_path)
    made = backup.make_backup(db_path)
    db.close_database()
    _damage(db_path)
    damaged_hash = sha256(db_path)
    _disk_full_when_copying_to(monkeypatch, ".restoring")

    with raises_saying(errors.BackupError, "Nothing was lost"):
        backup.restore(made.path, db_path)

    assert sha256(db_path) == damaged_hash  # back under its own name, untouched
    assert not list(db_path.parent.glob("*before-restore*"))


def test_a_restore_that_cannot_copy_goes_on_with_the_data_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db_path)
    made = backup.make_backup(db_path)
    plan.add_item("Added after the backup")
    _disk_full_when_copying_to(monkeypatch, ".restoring")

    with pytest.raises(errors.BackupError):
        backup.restore(made.path, db_path)

    assert db.is_open()
    assert "Added after the backup" in _titles()


def test_no_room_for_the_safety_copy_stops_a_restore_before_anything_changes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db_path)
    made = backup.make_backup(db_path)
    plan.add_item("Added after the backup")
    _disk_full_when_copying_to(monkeypatch, "before-restore.sqlite3.gz")

    with raises_saying(errors.BackupError, "disk is full"):
        backup.restore(made.path, db_path)

    assert db.is_open()  # the store was never closed, the file never set aside
    assert "Added after the backup" in _titles()
    assert not list(db_path.parent.glob("*before-restore*"))
