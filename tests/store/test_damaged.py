"""A damaged file of ours: recognised on open, moved aside untouched, a good backup offered."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import backup, db, errors, files, health, journal, plan
from desktop.store.models import database
from desktop.store.records import EntryFields
from tests.said import said
from tests.store.store_helpers import damage, sha256, sidecars


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return paths.database_path(paths.prepare_data_dir(tmp_path / "data"))


def _fill(path: Path, count: int = 60) -> None:
    db.open_database(path)
    for n in range(count):
        plan.add_item(f"Item {n}", why="a few words " * 30)
    db.close_database()


def _damage_a_page(path: Path) -> None:
    damage(path)


def test_damage_inside_the_file_is_found_on_open_and_nothing_is_written(db_path: Path) -> None:
    _fill(db_path)
    _damage_a_page(db_path)
    before, listing = sha256(db_path), sorted(os.listdir(db_path.parent))

    with pytest.raises(errors.DamagedFileError) as caught:
        db.open_database(db_path)

    assert "looks damaged" in said(caught.value)
    assert not db.is_open()
    assert sha256(db_path) == before
    assert sorted(os.listdir(db_path.parent)) == listing  # no backups, no -wal/-shm


def test_set_aside_renames_with_a_timestamp_and_keeps_every_byte(db_path: Path) -> None:
    _fill(db_path)
    _damage_a_page(db_path)
    wal = Path(f"{db_path}-wal")
    wal.write_bytes(b"what a crashed writer left")
    before, wal_before = sha256(db_path), sha256(wal)

    moved = files.set_aside(db_path)

    assert not db_path.exists() and sidecars(db_path) == set()
    assert re.fullmatch(r"between-sessions\.damaged-\d{8}-\d{6}\.sqlite3", moved.name)
    assert moved.parent == db_path.parent
    assert sha256(moved) == before
    assert sha256(Path(f"{moved}-wal")) == wal_before


def test_set_aside_twice_in_a_second_keeps_both(db_path: Path) -> None:
    db_path.write_bytes(b"first")
    first = files.set_aside(db_path)
    db_path.write_bytes(b"second")
    second = files.set_aside(db_path)
    assert first != second
    assert first.read_bytes() == b"first" and second.read_bytes() == b"second"


def test_after_damage_the_newest_good_backup_is_offered_and_restores(db_path: Path) -> None:
    _fill(db_path, count=40)
    db.open_database(db_path)
    good = backup.make_backup(db_path)
    plan.add_item("Written after the backup")
    db.close_database()
    _damage_a_page(db_path)

    with pytest.raises(errors.DamagedFileError):
        db.open_database(db_path)
    moved = files.set_aside(db_path)
    offered = backup.newest_good_backup(db_path)
    assert offered == good
    backup.restore(offered.path, db_path)

    assert len(plan.list_items()) == 40
    assert moved.exists()  # still there, for rescue


def test_after_damage_with_no_backup_the_app_can_start_fresh(db_path: Path) -> None:
    _fill(db_path)
    _damage_a_page(db_path)
    with pytest.raises(errors.DamagedFileError):
        db.open_database(db_path)
    moved = files.set_aside(db_path)
    assert backup.newest_good_backup(db_path) is None

    result = db.open_database(db_path)

    assert result.created
    assert plan.list_items() == []
    assert moved.exists()


def test_check_health_reports_damage_and_dangling_rows(db_path: Path) -> None:
    _fill(db_path)
    healthy = health.check_health(db_path)
    assert healthy.healthy
    assert healthy.rows["plan_item"] == 60
    assert sidecars(db_path) == set()

    _damage_a_page(db_path)
    damaged = health.check_health(db_path)
    assert not damaged.healthy
    assert damaged.problems


# --- when the check runs at open ---------------------------------------------------------------


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as large: checking it at each open would slow the start noticeably."""
    monkeypatch.setattr(db, "CHECK_AT_OPEN_MAX_BYTES", 0)


@pytest.mark.usefixtures("large")
def test_a_large_file_closed_cleanly_is_left_for_the_check_after_start(db_path: Path) -> None:
    _fill(db_path)
    _damage_a_page(db_path)

    result = db.open_database(db_path)  # no quick_check on the way in

    assert result.checked is False
    assert files.quick_check(db_path) != []  # what the app runs in the background after start
    db.request_check(db_path)
    db.close_database()
    with pytest.raises(errors.DamagedFileError):
        db.open_database(db_path)  # asked for: checked before anything is written


@pytest.mark.usefixtures("large")
def test_a_large_file_left_open_by_a_crash_is_checked_at_open(db_path: Path) -> None:
    _fill(db_path)
    marker = db_path.with_name(db_path.name + ".in-use")
    assert not marker.exists()  # closed cleanly
    db.open_database(db_path)
    assert marker.exists()  # while open
    # The process ends without closing: the marker stays, as after a crash or kill -9.
    database.close()
    _damage_a_page(db_path)

    with pytest.raises(errors.DamagedFileError):
        db.open_database(db_path)


def test_a_small_file_is_checked_every_time(db_path: Path) -> None:
    _fill(db_path)
    result = db.open_database(db_path)
    assert result.checked is True
    db.close_database()
    assert not db_path.with_name(db_path.name + ".in-use").exists()


# --- a large file waits for its check after start, with nothing written to it ------------------


def _entry(body: str = "typed before the check") -> EntryFields:
    return EntryFields(day=date(2024, 6, 1), body=body)


@pytest.mark.usefixtures("large")
def test_a_large_damaged_file_opened_for_the_start_is_never_written_to(db_path: Path) -> None:
    _fill(db_path)
    _damage_a_page(db_path)  # plan_item: a journal entry could still be written beside it
    before = sha256(db_path)

    result = db.open_database(db_path, hold_writes=True)

    assert result.checked is False and not db.writes_allowed()
    with pytest.raises(errors.CannotSaveError) as caught:
        journal.save_entry(None, _entry())
    assert caught.value.trouble is errors.DiskTrouble.CHECKING
    assert "still checking your data file" in said(caught.value)
    assert files.quick_check(db_path) != []  # what the check after start finds
    db.refuse_writes()
    with pytest.raises(errors.CannotSaveError) as caught:
        journal.save_entry(None, _entry())
    assert caught.value.trouble is errors.DiskTrouble.DAMAGED
    db.allow_writes()  # never lifts a refusal for damage
    with pytest.raises(errors.CannotSaveError):
        journal.save_entry(None, _entry())
    db.close_database()
    assert sha256(db_path) == before
    assert sidecars(db_path) == set()


@pytest.mark.usefixtures("large")
def test_a_held_write_goes_through_once_the_check_has_passed(db_path: Path) -> None:
    _fill(db_path)
    db.open_database(db_path, hold_writes=True)
    with pytest.raises(errors.CannotSaveError):
        journal.save_entry(None, _entry())
    assert len(plan.list_items()) == 60  # reading goes on meanwhile

    assert files.quick_check(db_path) == []
    db.allow_writes()

    assert db.writes_allowed()
    entry = journal.save_entry(None, _entry())
    assert journal.get_entry(entry.id).fields.body == "typed before the check"
    db.close_database()
    db.open_database(db_path, hold_writes=True)
    assert not db.writes_allowed()  # each start waits for its own check
    db.close_database()
    assert db.writes_allowed()  # nothing is held for whatever opens next


@pytest.mark.usefixtures("large")
def test_only_the_app_start_holds_writes_back(db_path: Path) -> None:
    _fill(db_path)
    assert db.open_database(db_path).checked is False  # the command line, a restore, ...
    assert db.writes_allowed()
    plan.add_item("Written as before")


@pytest.mark.usefixtures("large")
def test_a_file_that_cant_wait_unchanged_is_checked_at_open_instead(db_path: Path) -> None:
    _fill(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:  # as a copied-in backup is
        conn.execute("PRAGMA journal_mode = DELETE")
    _damage_a_page(db_path)
    before = sha256(db_path)

    with pytest.raises(errors.DamagedFileError):  # opening would switch it to WAL: a write
        db.open_database(db_path, hold_writes=True)
    assert sha256(db_path) == before


@pytest.mark.usefixtures("large")
def test_a_file_with_pages_in_its_log_is_checked_at_open_instead(db_path: Path) -> None:
    _fill(db_path)
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE plan_item SET why = 'in the log only' WHERE id = 1")
    writer.commit()
    shutil.copyfile(f"{db_path}-wal", f"{db_path}.saved-wal")
    writer.close()  # closing copies the log into the file: put the log back as a crash would
    shutil.copyfile(f"{db_path}.saved-wal", f"{db_path}-wal")

    result = db.open_database(db_path, hold_writes=True)

    assert result.checked is True  # closing would copy the log in: it can't wait unchanged
    assert db.writes_allowed()
