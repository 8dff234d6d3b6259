"""Entries brought from another app keep its id (schema 8, journal_entry.source_id): the same
Day One export a second time adds nothing, even after an entry was edited here; a file at
schema 7 is updated to it with every entry kept and a copy saved first."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop.store import db, journal
from desktop.store.migrations import MIGRATIONS
from desktop.store.models import database
from desktop.store.sources import detect, preview, write
from tests.store.store_helpers import unpacked

FIXTURES = Path(__file__).parent.parent / "fixtures"
DAYONE = FIXTURES / "dayone" / "Journal.json"


def _stored() -> list[tuple[int, str, str | None]]:
    cursor = database.execute_sql("SELECT id, body, source_id FROM journal_entry ORDER BY id")  # type: ignore[no-untyped-call]
    return list(cursor.fetchall())


def test_a_day_one_entry_edited_here_is_not_brought_in_again(store: Path) -> None:
    reading = detect.read_source(DAYONE)
    first = write.import_reading(reading)
    assert first.added == len(reading.entries) >= 2
    stored = _stored()
    assert [s for _, _, s in stored] == [f"dayone:{e.source_id}" for e in reading.entries]
    # Edit one entry's text and move another to the trash: both are still the ones Day One has.
    edited_id, trashed_id = stored[0][0], stored[1][0]
    entry = journal.get_entry(edited_id)
    journal.save_entry(
        edited_id, dataclasses.replace(entry.fields, body=entry.fields.body + " Edited here.")
    )
    journal.delete_entry(trashed_id)

    shown = preview.preview(detect.read_source(DAYONE))
    again = write.import_reading(detect.read_source(DAYONE))

    assert (shown.new, shown.already_here) == (0, len(reading.entries))
    assert (again.added, again.already_here) == (0, len(reading.entries))
    assert len(_stored()) == len(reading.entries)


def test_sources_without_ids_are_still_recognised_by_day_and_text(store: Path) -> None:
    reading = detect.read_source(FIXTURES / "jrnl" / "journal.txt")
    write.import_reading(reading)
    again = write.import_reading(detect.read_source(FIXTURES / "jrnl" / "journal.txt"))
    assert again.added == 0
    assert {s for _, _, s in _stored()} <= {None} | {
        f"jrnl:{e.source_id}" for e in reading.entries if e.source_id
    }


def test_a_schema_7_file_gets_source_ids_with_a_copy_saved_first(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path, migrations=MIGRATIONS[:7])
    db.close_database()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO journal_entry (day, title, body, created_at, updated_at) VALUES "
            "('2024-03-01', 'Before', 'Written at schema 7', '2024-03-01 10:00:00', "
            "'2024-03-01 10:00:00')"
        )
        conn.commit()

    result = db.open_database(path)
    try:
        assert result.migrated_from == 7
        assert _stored() == [(1, "Written at schema 7", None)]
    finally:
        db.close_database()
    assert result.migration_backup is not None
    saved = unpacked(result.migration_backup, tmp_path / "unpacked")
    with closing(sqlite3.connect(saved)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (7,)
        columns = [row[1] for row in conn.execute("PRAGMA table_info(journal_entry)")]
        assert "source_id" not in columns
        assert conn.execute("SELECT body FROM journal_entry").fetchall() == [
            ("Written at schema 7",)
        ]
    with closing(sqlite3.connect(path)) as conn:
        indexes = [row[1] for row in conn.execute("PRAGMA index_list(journal_entry)")]
        assert "journal_entry_source" in indexes
