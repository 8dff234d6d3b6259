"""Opening the data file: a fresh start, reopening, and refusing files that are not safe to use."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import db, errors, files, plan
from desktop.store.models import execute
from desktop.store.records import Outcome, Reason
from tests.said import said
from tests.store.store_helpers import pragma, read_only, sha256, sidecars

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX idea")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder prepared the way the app prepares it, still empty."""
    return paths.prepare_data_dir(tmp_path / "data")


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return paths.database_path(data_dir)


def _make_our_file(path: Path) -> None:
    """A real store file with a little data in it, closed again."""
    db.open_database(path)
    item = plan.add_item("Walk to the corner shop")
    plan.check_in(item.id, date(2024, 3, 1), Outcome.TRIED, reasons=[Reason.OVERLOAD])
    db.close_database()


def _set_pragmas(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


# --- a fresh start ---------------------------------------------------------------------------


def test_fresh_data_dir_gets_one_database_marked_as_ours(data_dir: Path, db_path: Path) -> None:
    result = db.open_database(db_path)

    assert result.path == db_path
    assert result.created is True
    assert result.migrated_from is None
    assert result.migration_backup is None
    assert db.is_open()
    db.close_database()
    assert not db.is_open()

    assert sorted(os.listdir(data_dir)) == [db_path.name]  # no .new, no -wal/-shm, no backups
    assert pragma(db_path, "application_id") == db.APPLICATION_ID
    assert pragma(db_path, "user_version") == db.schema_version()
    header = db_path.read_bytes()[:100]
    assert header[:16] == b"SQLite format 3\x00"
    assert header[18:20] == b"\x02\x02"  # read/write format 2: the file stays in WAL mode


def test_open_store_uses_wal_foreign_keys_and_full_sync(db_path: Path) -> None:
    db.open_database(db_path)

    assert execute("PRAGMA journal_mode") == [("wal",)]
    assert execute("PRAGMA foreign_keys") == [(1,)]
    assert execute("PRAGMA synchronous") == [(2,)]  # FULL
    assert execute("PRAGMA application_id") == [(db.APPLICATION_ID,)]


@posix_only
def test_database_and_its_side_files_are_private(db_path: Path) -> None:
    db.open_database(db_path)
    plan.add_item("Write three lines before bed")  # makes SQLite create -wal and -shm

    assert _mode(db_path) == 0o600
    for name in sidecars(db_path):
        assert _mode(db_path.parent / name) == 0o600, name


def test_unfinished_first_start_is_cleaned_up(data_dir: Path, db_path: Path) -> None:
    # A crash during the very first start can leave a half-built file under the temporary name.
    leftover = db_path.with_name(db_path.name + ".new")
    leftover.write_bytes(b"half a database")
    Path(f"{leftover}-wal").write_bytes(b"junk")

    result = db.open_database(db_path)
    db.close_database()

    assert result.created is True
    assert sorted(os.listdir(data_dir)) == [db_path.name]
    assert pragma(db_path, "user_version") == db.schema_version()


def test_reopening_keeps_everything(db_path: Path, data_dir: Path) -> None:
    _make_our_file(db_path)
    before = sha256(db_path)

    result = db.open_database(db_path)

    assert result.created is False
    assert result.migrated_from is None
    assert result.migration_backup is None
    [item] = plan.list_items()
    assert item.title == "Walk to the corner shop"
    [check_in] = plan.check_ins_between(date(2024, 3, 1), date(2024, 3, 1))
    assert check_in.outcome is Outcome.TRIED
    assert check_in.reasons == {Reason.OVERLOAD}
    db.close_database()
    # Nothing to migrate, so no backup was made and the file was not rewritten.
    assert not files.backup_folder(db_path).exists()
    assert sha256(db_path) == before


def test_opening_a_second_file_closes_the_first(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    db.open_database(first)
    plan.add_item("Only in the first file")

    db.open_database(second)

    assert plan.list_items() == []
    db.close_database()
    assert sidecars(first) == set()  # the first file was closed (and checkpointed) properly


# --- files that must be refused, untouched ---------------------------------------------------


def _assert_refused_untouched(path: Path, error: type[errors.StoreError]) -> errors.StoreError:
    before_hash = sha256(path)
    before_listing = sorted(os.listdir(path.parent))

    with pytest.raises(error) as caught:
        db.open_database(path)

    assert not db.is_open()
    assert sha256(path) == before_hash
    # No -wal/-shm/-journal beside it, no backups folder, no .new: nothing at all was written.
    assert sorted(os.listdir(path.parent)) == before_listing
    return caught.value


def _newer(path: Path, journal_mode: str) -> None:
    _make_our_file(path)
    _set_pragmas(
        path,
        f"PRAGMA journal_mode = {journal_mode}",
        f"PRAGMA user_version = {db.schema_version() + 1}",
    )
    assert sidecars(path) == set()


# Files the app writes stay in WAL mode, so "wal" is what a newer app's file looks like. (A
# plain read-only SQLite connection to such a file would leave -wal and -shm beside it.)
@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_newer_file_is_refused_and_left_byte_for_byte(db_path: Path, journal_mode: str) -> None:
    _newer(db_path, journal_mode)

    error = _assert_refused_untouched(db_path, errors.NewerSchemaError)

    assert "newer version" in said(error)
    assert pragma(db_path, "user_version") == db.schema_version() + 1


@pytest.mark.parametrize("copied", [("", "-wal", "-shm"), ("", "-wal")], ids=["with-shm", "no-shm"])
def test_newer_version_pending_in_the_write_ahead_log_is_still_refused(
    tmp_path: Path, copied: tuple[str, ...]
) -> None:
    # A newer app that crashed: its version bump sits in the -wal, not yet in the main file.
    live, crashed = tmp_path / "live", tmp_path / "crashed"
    live.mkdir()
    crashed.mkdir()
    source = live / "between-sessions.sqlite3"
    _make_our_file(source)
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {db.schema_version() + 1}")
    writer.commit()
    path = crashed / source.name
    for suffix in copied:
        Path(f"{path}{suffix}").write_bytes(Path(f"{source}{suffix}").read_bytes())
    writer.close()
    main_before, wal_before = sha256(path), sha256(Path(f"{path}-wal"))

    with pytest.raises(errors.NewerSchemaError):
        db.open_database(path)

    # The -shm is only an index SQLite may rebuild; the data lives in the main file and -wal.
    assert sha256(path) == main_before
    assert sha256(Path(f"{path}-wal")) == wal_before


def test_empty_file_is_refused_and_left_alone(db_path: Path) -> None:
    db_path.touch()

    error = _assert_refused_untouched(db_path, errors.NotOurFileError)

    assert db_path.stat().st_size == 0
    assert "empty" in said(error)


def test_one_byte_file_is_refused_and_left_alone(db_path: Path) -> None:
    # SQLite's unix VFS reports a 1-byte file as 0 bytes (an old OS X workaround), so asking
    # SQLite would mistake this cut-short file for a blank database and build into it.
    db_path.write_bytes(b"x")
    _assert_refused_untouched(db_path, errors.NotOurFileError)
    assert db_path.read_bytes() == b"x"


@pytest.mark.parametrize(
    "content",
    [
        b"My notes from Tuesday\nI said no to the extra shift.\n",
        b"SQLite format 3\x00",  # the magic alone, cut short
        b"\x00" * 4096,
        "Привет, 日本語 🌱\n".encode() * 100,
    ],
    ids=["text", "truncated-header", "zeros", "unicode-text"],
)
def test_file_that_is_not_sqlite_is_refused_and_left_alone(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)

    error = _assert_refused_untouched(db_path, errors.NotOurFileError)

    assert db_path.read_bytes() == content
    assert "left it exactly as it is" in said(error)


def _someone_elses_database(path: Path, application_id: int, journal_mode: str) -> None:
    _set_pragmas(
        path,
        f"PRAGMA journal_mode = {journal_mode}",
        f"PRAGMA application_id = {application_id}",
        "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO recipe (name) VALUES ('soup')",
    )
    assert sidecars(path) == set()


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
@pytest.mark.parametrize("application_id", [0x12345678, 0], ids=["foreign-id", "no-id"])
def test_someone_elses_database_is_refused_and_left_alone(
    db_path: Path, application_id: int, journal_mode: str
) -> None:
    _someone_elses_database(db_path, application_id, journal_mode)

    _assert_refused_untouched(db_path, errors.NotOurFileError)

    with closing(read_only(db_path)) as conn:
        assert conn.execute("SELECT name FROM recipe").fetchall() == [("soup",)]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert names == {"recipe"}


@pytest.mark.parametrize("keep_bytes", [4096, 3 * 4096 + 100])
def test_cut_short_copy_of_our_file_is_refused_as_damaged(db_path: Path, keep_bytes: int) -> None:
    # A copy cut short keeps our header (so it looks like ours) but loses real pages.
    db.open_database(db_path)
    for n in range(150):
        plan.add_item(f"Item {n}", why="a few words " * 40)
    db.close_database()
    whole = db_path.read_bytes()
    assert len(whole) > 4 * keep_bytes
    db_path.write_bytes(whole[:keep_bytes])

    _assert_refused_untouched(db_path, errors.StoreError)


def test_a_blank_looking_header_over_garbled_pages_is_damage_not_unreadable(db_path: Path) -> None:
    # A new file's header (no id yet, version 0) with its pages garbled: the app's start sets
    # it aside and offers a backup, as for any damaged file, instead of giving up on it.
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (randomblob(9000))")
        conn.commit()
    data = bytearray(db_path.read_bytes())
    data[100:] = bytes((n * 151 + 7) % 256 for n in range(len(data) - 100))
    db_path.write_bytes(bytes(data))

    error = _assert_refused_untouched(db_path, errors.DamagedFileError)
    assert error.code == "open.damaged"


def test_refusal_does_not_leave_a_previous_store_usable_by_accident(
    tmp_path: Path, db_path: Path
) -> None:
    db.open_database(tmp_path / "other.sqlite3")
    db_path.write_bytes(b"not a database at all, just words")

    with pytest.raises(errors.NotOurFileError):
        db.open_database(db_path)

    assert not db.is_open()


# --- an empty SQLite file, and calls after closing --------------------------------------------


def _empty_sqlite_file(path: Path) -> None:
    _set_pragmas(path, "CREATE TABLE t (x)", "DROP TABLE t")
    assert path.stat().st_size > 0


def test_empty_sqlite_file_is_taken_as_a_new_store(db_path: Path) -> None:
    _empty_sqlite_file(db_path)

    result = db.open_database(db_path)
    plan.add_item("Drink a glass of water")
    db.close_database()

    assert result.created is False
    assert pragma(db_path, "application_id") == db.APPLICATION_ID
    assert pragma(db_path, "user_version") == db.schema_version()


@posix_only
def test_empty_sqlite_file_taken_as_store_is_made_private(db_path: Path) -> None:
    _empty_sqlite_file(db_path)
    os.chmod(db_path, 0o644)

    db.open_database(db_path)
    plan.add_item("Drink a glass of water")

    assert _mode(db_path) == 0o600


def test_store_calls_after_close_do_not_recreate_a_moved_file(db_path: Path) -> None:
    # A damaged-file or restore flow moves the file aside with the store closed; a stray call
    # must not quietly create a fresh, empty database where the person's data was.
    _make_our_file(db_path)  # opens, writes and closes the store
    db_path.rename(db_path.with_name("moved-aside.sqlite3"))

    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; reconnecting will not
        plan.list_items()

    assert not db_path.exists()
    assert not db.is_open()


def test_store_calls_after_close_do_not_quietly_reopen(db_path: Path) -> None:
    _make_our_file(db_path)

    with pytest.raises(Exception):  # noqa: B017
        plan.add_item("Written after closing")

    assert not db.is_open()
    db.open_database(db_path)
    assert [i.title for i in plan.list_items()] == ["Walk to the corner shop"]
