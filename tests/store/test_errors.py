"""Telling disk trouble apart: the whole exception chain is walked."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import peewee
import pytest

from desktop.store import db, engine, plan
from desktop.store.errors import CannotSaveError, DiskTrouble, classify
from tests.said import said


def _chained(outer: BaseException, inner: BaseException) -> BaseException:
    try:
        try:
            raise inner
        except BaseException:
            raise outer  # noqa: B904 - the implicit __context__ is the point
    except BaseException as caught:
        return caught


def test_peewee_4s_rollback_error_hides_a_full_disk_in_its_context() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    surfaced = _chained(peewee.OperationalError("cannot rollback - no transaction is active"), full)
    assert classify(surfaced) is DiskTrouble.FULL


@pytest.mark.parametrize(
    ("error", "trouble"),
    [
        (sqlite3.OperationalError("database or disk is full"), DiskTrouble.FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), DiskTrouble.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), DiskTrouble.LOCKED),
        (sqlite3.OperationalError("disk I/O error"), DiskTrouble.UNREADABLE),
        (OSError(errno.ENOSPC, "No space left on device"), DiskTrouble.FULL),
        (OSError(errno.EROFS, "Read-only file system"), DiskTrouble.READ_ONLY),
        (peewee.OperationalError("database is locked"), DiskTrouble.LOCKED),
    ],
)
def test_each_kind_of_disk_trouble_is_named(error: BaseException, trouble: DiskTrouble) -> None:
    assert classify(error) is trouble


def test_a_cause_set_with_from_is_followed_too() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert classify(outer) is DiskTrouble.FULL


@pytest.mark.parametrize(
    "error",
    [
        ValueError("not a disk problem"),
        sqlite3.IntegrityError("UNIQUE constraint failed: tag.name"),
        peewee.IntegrityError("NOT NULL constraint failed"),
        sqlite3.OperationalError("no such table: plan_item"),
    ],
)
def test_other_errors_are_not_taken_for_disk_trouble(error: BaseException) -> None:
    assert classify(error) is None


def test_a_store_write_on_a_locked_file_raises_cannot_save(store: Path) -> None:
    # Another connection holds the write lock past the busy timeout: "locked".
    db.close_database()
    db.BUSY_TIMEOUT_SECONDS, saved = 0, db.BUSY_TIMEOUT_SECONDS
    try:
        db.open_database(store)
        # (The store's own engine: two copies of SQLite in one process don't see each other's
        # locks.)
        blocker = engine.connect(store, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(CannotSaveError) as caught:
            plan.add_item("Waits for the other writer")
        blocker.execute("ROLLBACK")
        blocker.close()
    finally:
        db.BUSY_TIMEOUT_SECONDS = saved
    assert caught.value.trouble is DiskTrouble.LOCKED
    assert "nothing was lost, and what you typed is still here" in said(caught.value)
    plan.add_item("Goes through once the file is free")
    assert [i.title for i in plan.list_items()] == ["Goes through once the file is free"]
