"""Packed backups: the search index left out and rebuilt on restore, compressed, checked; and
the plain backups made before them still listed, thinned and restored."""

from __future__ import annotations

import contextlib
import gzip
import os
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop import clock, paths
from desktop.store import backup, db, errors, files, journal, packed, plan, search
from desktop.store.records import EntryFields, Outcome, ThoughtRecord
from tests.said import raises_saying
from tests.store.store_helpers import read_only, sha256, unpacked

WORDS = ("lighthouse", "kettle", "boundary", "Übermut", "naïve", "雨")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return paths.database_path(paths.prepare_data_dir(tmp_path / "data"))


def _populate(db_path: Path, entries: int = 60) -> None:
    db.open_database(db_path)
    walk = plan.add_item("Walk round the block", why="It helps")
    plan.check_in(walk.id, date(2024, 5, 6), Outcome.TRIED, note="A little")
    for number in range(entries):
        word = WORDS[number % len(WORDS)]
        record = (
            ThoughtRecord(situation=f"At work {number}", thought="I can't")
            if number % 7 == 0
            else None
        )
        journal.save_entry(
            None,
            EntryFields(
                day=date(2024, 1, 1) + timedelta(days=number),
                title=f"Day {number}",
                body=f"Wrote about the {word} today, entry {number}. " * 20,
                tags=("work",) if number % 3 == 0 else (),
                thought_record=record,
            ),
        )


def _everything(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every ordinary table (the search index's own tables left out)."""
    with contextlib.closing(read_only(path)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'journal_search%'"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


def _searches() -> dict[str, list[tuple[int, str]]]:
    queries = (*WORDS, "work", "entry 4", "can't", "Day 1")
    return {q: [(r.id, r.snippet) for r in search.search(q)] for q in queries}


def test_a_backup_of_a_populated_store_restores_the_same_rows_and_search(
    db_path: Path, tmp_path: Path
) -> None:
    _populate(db_path)
    found_before = _searches()
    assert all(found_before.values())
    made = backup.make_backup(db_path)
    db.close_database()
    rows_before = _everything(db_path)
    db.open_database(db_path)
    journal.save_entry(None, EntryFields(day=date(2024, 9, 1), body="After the backup kettle"))

    backup.restore(made.path, db_path)

    assert _searches() == found_before  # the index was rebuilt from the entries
    db.close_database()
    assert _everything(db_path) == rows_before
    assert files.search_index_problems(db_path) == []
    assert not [p for p in db_path.parent.iterdir() if ".restoring" in p.name]


def test_a_backup_leaves_the_search_index_out_and_is_compressed(
    db_path: Path, tmp_path: Path
) -> None:
    _populate(db_path, entries=200)
    made = backup.make_backup(db_path)
    db.close_database()

    with gzip.open(made.path) as unpacking:
        assert unpacking.read(16) == db.SQLITE_MAGIC  # an ordinary gzip file
    inside = unpacked(made.path, tmp_path / "unpacked")
    with contextlib.closing(read_only(inside)) as conn:
        assert conn.execute(
            "SELECT count(*) FROM journal_search WHERE journal_search MATCH 'kettle'"
        ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM journal_entry").fetchone() == (200,)
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)  # compacted
    assert made.path.stat().st_size < inside.stat().st_size / 3
    assert inside.stat().st_size < db_path.stat().st_size


@pytest.mark.parametrize(
    "options",
    [
        "title, body",
        "title, body, content = 'entry', content_rowid = 'id'",
        "title, body, content = ''",
    ],
    ids=["own text", "external content", "contentless"],
)
def test_either_kind_of_index_is_emptied_in_the_copy(tmp_path: Path, options: str) -> None:
    with contextlib.closing(sqlite3.connect(tmp_path / "copy.sqlite3")) as conn:
        conn.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
        conn.execute(f"CREATE VIRTUAL TABLE journal_search USING fts5 ({options})")
        for number in range(50):
            row = (number + 1, f"title {number}", "words of the day " * 50)
            conn.execute("INSERT INTO entry VALUES (?, ?, ?)", row)
            conn.execute("INSERT INTO journal_search (rowid, title, body) VALUES (?, ?, ?)", row)
        conn.commit()

        assert packed.leave_out_search_index(conn)

        assert conn.execute("SELECT count(*) FROM journal_search_data").fetchone()[0] <= 2
        assert conn.execute("SELECT count(*) FROM entry").fetchone() == (50,)
        if "content" not in options:
            assert conn.execute("SELECT count(*) FROM journal_search").fetchone() == (0,)
        if "content = 'entry'" in options:  # and 'rebuild' brings it all back
            conn.execute("INSERT INTO journal_search (journal_search) VALUES ('rebuild')")
            found = "SELECT count(*) FROM journal_search WHERE journal_search MATCH 'words'"
            assert conn.execute(found).fetchone() == (50,)


def _backup_the_old_way(db_path: Path, when: datetime) -> Path:
    """A backup as the app made them before they were packed: a full, checked copy."""
    stamp = when.strftime(files.BACKUP_STAMP)
    return files.copy_database(
        db_path, files.backup_folder(db_path) / f"backup-{stamp}-daily.sqlite3"
    )


def test_a_backup_made_the_old_way_is_listed_thinned_and_restored(db_path: Path) -> None:
    _populate(db_path)
    found_before = _searches()
    old = _backup_the_old_way(db_path, datetime(2024, 5, 6, 9, 0))
    new = backup.make_backup(db_path, when=datetime(2024, 5, 5, 9, 0)).path
    journal.save_entry(None, EntryFields(day=date(2024, 9, 1), body="After the backup kettle"))

    assert [b.path for b in backup.list_backups(db_path)] == [old, new]  # newest first
    assert backup.problems_with(old) is None
    assert backup.newest_good_backup(db_path) is not None
    assert backup.thin(db_path, now=datetime(2024, 5, 7)) == []

    backup.restore(old, db_path)

    assert _searches() == found_before
    assert old.exists() and new.exists()


def test_a_packed_backup_of_an_older_version_restores_and_is_updated(db_path: Path) -> None:
    from desktop.store.migrations import MIGRATIONS

    db.open_database(db_path, migrations=MIGRATIONS[:-1])
    plan.add_item("From the version before")
    made = backup.make_backup(db_path)
    db.close_database()
    db.open_database(db_path)
    plan.add_item("After the update")

    backup.restore(made.path, db_path)

    assert db.schema_version() == len(MIGRATIONS)
    assert [i.title for i in plan.list_items()] == ["From the version before"]
    db.close_database()
    assert files.search_index_problems(db_path) == []


def _garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0x5A for b in data[middle : middle + 64])
    path.write_bytes(bytes(data))


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _not_gzip(path: Path) -> None:
    path.write_bytes(b"these are not the bytes you are looking for" * 100)


@pytest.mark.parametrize(
    "harm", [_garble, _cut_short, _not_gzip], ids=["garbled", "cut", "not gzip"]
)
def test_a_damaged_packed_backup_is_refused_and_changes_nothing(
    db_path: Path, harm: object
) -> None:
    _populate(db_path, entries=30)
    made = backup.make_backup(db_path)
    assert callable(harm)
    harm(made.path)
    plan.add_item("Kept")
    db.close_database()
    before, listed = sha256(db_path), sorted(os.listdir(files.backup_folder(db_path)))
    db.open_database(db_path)

    with raises_saying(
        errors.BackupError, "can't be restored.*damaged or cut short.*Nothing was changed"
    ):
        backup.restore(made.path, db_path)

    assert db.is_open()
    assert "Kept" in [i.title for i in plan.list_items()]
    db.close_database()
    assert sha256(db_path) == before
    assert sorted(os.listdir(files.backup_folder(db_path))) == listed  # no before-restore copy
    assert backup.newest_good_backup(db_path) is None


def test_leftovers_of_an_interrupted_backup_are_removed(db_path: Path) -> None:
    _populate(db_path, entries=5)
    folder = files.backup_folder(db_path)
    folder.mkdir(exist_ok=True)
    name = "backup-2024-01-01-000000-start.sqlite3.gz"
    left = [
        folder / f"{name}{s}"
        for s in (".partial", ".full.partial", ".full.partial-journal", ".lean.partial")
    ]
    for leftover in left:
        leftover.write_bytes(b"words of the journal")
        an_hour_ago = time.time() - 3600
        os.utime(leftover, (an_hour_ago, an_hour_ago))

    made = backup.make_backup(db_path)

    assert sorted(p.name for p in folder.iterdir() if p.name != backup.STATE_NAME) == [
        made.path.name
    ]


def test_a_killed_backup_to_the_same_name_starts_over(db_path: Path) -> None:
    _populate(db_path, entries=5)
    target = files.new_backup_path(db_path, "manual")
    target.parent.mkdir(exist_ok=True)
    for suffix in (".partial", ".full.partial", ".lean.partial"):
        Path(f"{target}{suffix}").write_bytes(b"half")

    files.copy_database(db_path, target)

    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    assert backup.problems_with(target) is None


def test_leftovers_of_an_interrupted_restore_are_removed(db_path: Path) -> None:
    _populate(db_path, entries=5)
    db.close_database()
    names = (".restoring", ".restoring-wal", ".restoring-shm", ".restoring.in-use")
    for suffix in names:
        Path(f"{db_path}{suffix}").write_bytes(b"half a journal")

    removed = files.remove_unfinished(db_path)

    assert sorted(p.name for p in removed) == sorted(db_path.name + s for s in names)
    assert sorted(p.name for p in db_path.parent.iterdir() if p.is_file()) == [db_path.name]


def test_a_year_of_daily_use_keeps_the_backups_folder_bounded(db_path: Path) -> None:
    _populate(db_path, entries=5)
    sizes = []
    for _day in range(365):
        clock.advance(timedelta(days=1))
        plan.add_item("Another day")
        backup.backup_if_due(db_path)
        sizes.append(len(backup.list_backups(db_path)))

    kept = backup.list_backups(db_path)
    assert max(sizes[60:]) <= 2 + backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY
    assert all(b.path.name.endswith(".sqlite3.gz") for b in kept)
    assert kept[0].made_at == clock.now()
