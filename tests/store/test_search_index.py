"""The journal's search index: damage to it is found (reading only) and mended by a rebuild that
keeps exactly the index save_entry keeps, in a few statements."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop import cli, clock, paths
from desktop.store import db, files, health, journal, search
from desktop.store.records import EntryFields, EntryFilter, Flag, ThoughtRecord
from tests.store.store_helpers import open_connection, sha256, sidecars

DAY = date(2024, 6, 12)
COUNT = 20

#: Ways the index can come apart from the entries, made through a plain sqlite3 connection.
DAMAGE = {
    "an entry left out": "DELETE FROM journal_search WHERE rowid = 7",
    # The index keeps no text of its own: FTS5 reads the entries. Changed behind its back, they
    # no longer match it.
    "title changed": "UPDATE journal_entry SET title = 'Other words' WHERE id = 8",
    "a tag gone": "DELETE FROM entry_tag WHERE entry_id = 8",
    "a thought record gone": "DELETE FROM thought_record WHERE entry_id = 8",
    "index page gone": "DELETE FROM journal_search_data WHERE id = "
    "(SELECT max(id) FROM journal_search_data)",
    "index pointers wrong": "UPDATE journal_search_idx SET pgno = pgno + 1",
    "sizes gone": "DELETE FROM journal_search_docsize WHERE id = 7",
    "structure gone": "DELETE FROM journal_search_data WHERE id = 10",
    "an inner table gone": "DROP TABLE journal_search_docsize",
}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return paths.database_path(paths.prepare_data_dir(tmp_path / "data"))


def _fill(path: Path) -> None:
    """Twenty entries that all say "lantern", with tags, thought records and one in the trash."""
    db.open_database(path)
    for n in range(COUNT):
        record = (
            ThoughtRecord(situation=f"meeting {n}", balanced_thought="it passed") if n % 3 else None
        )
        journal.save_entry(
            None,
            EntryFields(
                day=DAY - timedelta(days=n),
                title=f"Evening {n}",
                body=f"A lantern by the window, number{n}. " + "quiet words " * 40,
                tags=("Walks", f"tag{n % 4}") if n % 2 else (),
                thought_record=record,
            ),
        )
    journal.delete_entry(3)
    db.close_database()


def _damage(path: Path, sql: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(sql)
        conn.commit()


def _found(words: str = "lantern") -> list[tuple[int, str]]:
    kept = search.search(words, limit=1000)
    trash = search.search(words, EntryFilter(flag=Flag.TRASH), limit=1000)
    return [(s.id, s.snippet) for s in kept + trash]


@pytest.fixture
def filled(db_path: Path) -> Iterator[Path]:
    _fill(db_path)
    yield db_path
    db.close_database()


def test_a_healthy_index_passes_and_the_check_only_reads(filled: Path) -> None:
    before = sha256(filled)
    assert files.search_index_problems(filled) == []
    found = health.check_health(filled)
    assert found.healthy, found.problems
    assert sha256(filled) == before
    assert sidecars(filled) == set()


def test_the_check_reads_beside_the_app_while_it_writes(filled: Path) -> None:
    db.open_database(filled)  # the app has it open: a -wal is there, the connection is mode=ro
    journal.save_entry(None, EntryFields(day=DAY, body="a lantern, written just now"))
    assert files.search_index_problems(filled) == []
    assert len(search.search("lantern")) == COUNT


@pytest.mark.parametrize("sql", DAMAGE.values(), ids=DAMAGE.keys())
def test_damage_to_the_index_is_found_and_a_rebuild_mends_it(filled: Path, sql: str) -> None:
    db.open_database(filled)
    healthy = _found()
    assert len(healthy) == COUNT
    db.close_database()
    _damage(filled, sql)

    problems = files.search_index_problems(filled)
    found = health.check_health(filled)

    assert problems
    assert [p.kind for p in found.problems] == ["search_index"] * len(problems)
    assert files.quick_check(filled) == []  # the file itself is sound: nothing to set aside
    db.open_database(filled)
    journal.rebuild_search_index()
    if "journal_search" in sql:
        assert _found() == healthy
    else:  # the same entries; an entry's words changed, and with them how well it ranks
        assert sorted(_found()) == sorted(healthy)
    db.close_database()
    assert files.search_index_problems(filled) == []


def test_check_on_the_command_line_names_the_search_index(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(filled.parent)
    assert cli.run_command(cli.parse_args(["check", "--data-dir", folder])) == cli.EXIT_OK
    assert "Search index: ok" in capsys.readouterr().out
    _damage(filled, DAMAGE["index page gone"])

    code = cli.run_command(cli.parse_args(["check", "--data-dir", folder]))

    out = capsys.readouterr().out
    assert code == cli.EXIT_PROBLEM
    assert "the search index doesn't match your journal" in out
    assert "nothing you wrote is affected: the app rebuilds it the next time it starts" in out
    assert "Everything looks healthy" not in out
    assert "backups folder" not in out  # nothing to restore for a derived index


def _every_word(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Every word the index holds: where (entry, column, position) and as what."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, journal_search, "
        "instance)"
    )
    return conn.execute("SELECT term, doc, col, offset FROM temp.words ORDER BY 2, 3, 4").fetchall()


def test_the_rebuild_keeps_exactly_the_index_save_entry_keeps(filled: Path) -> None:
    db.open_database(filled)
    conn = open_connection()
    journal.save_entry(8, journal.get_entry(8).fields)  # changed once: out and in again
    kept_by_save_entry = _every_word(conn)
    found = {words: _found(words) for words in ("lantern", "walks", "tag2", "meeting", "numb")}

    journal.rebuild_search_index()

    assert _every_word(conn) == kept_by_save_entry
    assert {words: _found(words) for words in found} == found
    columns = {col for _, _, col, _ in kept_by_save_entry}
    assert columns == {"title", "body", "extra"}  # tags and records were there
    assert files.search_index_problems(filled) == []


def test_the_index_keeps_no_copy_of_the_text(filled: Path) -> None:
    with contextlib.closing(sqlite3.connect(filled)) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'journal_search'")
        options = sql.fetchone()[0]
    assert "journal_search_content" not in tables
    assert "content = 'journal_search_text'" in options
    assert "prefix" not in options  # they cost the text's size again, for no search a person sees


def test_every_change_keeps_the_index_in_step(filled: Path) -> None:
    db.open_database(filled)
    entry = journal.get_entry(8)  # tags and a thought record
    record = entry.fields.thought_record
    assert record is not None
    changes = [
        replace(entry.fields, body="another lantern, the text changed", tags=("Hills",)),
        replace(entry.fields, tags=(), thought_record=replace(record, feeling="calm lantern")),
        replace(entry.fields, tags=("walks", "Hills"), thought_record=None, title=""),
    ]
    for fields in changes:
        journal.save_entry(entry.id, fields)
        assert files.search_index_problems(filled) == []
    journal.delete_entry(entry.id)
    journal.restore_entry(entry.id)
    journal.delete_entry(2)
    journal.purge_trash(clock.now() + timedelta(days=journal.TRASH_DAYS + 1))
    assert files.search_index_problems(filled) == []
    assert [s.id for s in search.search("hills")] == [entry.id]
    assert 2 not in [s.id for s in search.search("lantern", EntryFilter(flag=Flag.TRASH))]


def test_the_rebuild_is_a_few_statements_however_many_entries(filled: Path) -> None:
    db.open_database(filled)
    statements: list[str] = []
    conn = open_connection()
    conn.set_trace_callback(statements.append)
    try:
        journal.rebuild_search_index()
    finally:
        conn.set_trace_callback(None)
    ours = [sql for sql in statements if not sql.startswith("--")]  # (not FTS5's own)
    # Not one (or a few) per entry: a ten-year journal would take tens of thousands.
    assert len(ours) < COUNT, ours


def test_newer_sqlites_words_for_a_damaged_index_are_not_damage_to_the_file() -> None:
    # SQLite 3.44 and later check FTS5 tables in quick_check and integrity_check too.
    fts = ("malformed inverted index for FTS5 table main.journal_search",)
    assert files.file_damage([("ok",)]) == []
    assert files.file_damage([fts]) == []
    page = ("Tree 4 page 4 cell 0: invalid page number 9",)
    assert files.file_damage([fts, page]) == [page[0]]


def test_temp_tables_stay_in_memory_never_in_the_systems_temp_folder(filled: Path) -> None:
    # The check copies the index (the journal's words) into a temp table; the app sorts and
    # searches with temp tables too. A temp file would put those words outside the data folder.
    memory = 2
    with contextlib.closing(files.read_only_connection(filled)) as conn:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == memory
    db.open_database(filled)
    assert open_connection().execute("PRAGMA temp_store").fetchone()[0] == memory
    db.open_database(filled, read_only=True)
    assert open_connection().execute("PRAGMA temp_store").fetchone()[0] == memory
