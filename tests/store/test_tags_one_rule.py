"""One rule for which tags are the same: the app's (str.casefold), kept by the schema, so that
"Ärger" and "ärger" are one tag however they arrive: typed, imported, or already in a file
from before this rule (SQLite's NOCASE folds ASCII letters only)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.store import db, export, importing, journal, search
from desktop.store.migrations import MIGRATIONS
from desktop.store.models import execute
from desktop.store.records import EntryFields, EntryFilter
from tests.frozen import TODAY


def _tags() -> list[tuple[str, str]]:
    return [(str(n), str(f)) for n, f in execute("SELECT name, folded FROM tag ORDER BY id")]


def test_typed_tags_in_another_case_are_one_tag(store: Path) -> None:
    journal.save_entry(None, EntryFields(day=TODAY, body="a", tags=("Ärger",)))
    journal.save_entry(None, EntryFields(day=TODAY, body="b", tags=("ärger", "STRASSE")))
    journal.save_entry(None, EntryFields(day=TODAY, body="c", tags=("Straße",)))
    assert _tags() == [("Ärger", "ärger"), ("STRASSE", "strasse")]
    assert search.count_entries(EntryFilter(tag="ÄRGER")) == 2


def test_an_import_in_another_case_joins_the_tag_already_here(store: Path, tmp_path: Path) -> None:
    journal.save_entry(None, EntryFields(day=TODAY, body="here", tags=("Ärger",)))
    document = export.export_data()
    document["tables"]["tag"][0]["name"] = "ärger"  # as written elsewhere
    document["tables"]["tag"][0]["folded"] = "something else"  # ignored: the rule decides
    document["tables"]["journal_entry"][0]["body"] = "from elsewhere"
    result = importing.import_document(document)
    assert result.already_there.get("tag") == 1
    assert _tags() == [("Ärger", "ärger")]
    assert search.count_entries(EntryFilter(tag="ärger")) == 2


def test_an_older_export_without_the_folded_name_still_imports(store: Path) -> None:
    journal.save_entry(None, EntryFields(day=TODAY, body="one", tags=("Work",)))
    document = export.export_data()
    for row in document["tables"]["tag"]:
        del row["folded"]  # exports made before the rule have no such column
    db_rows = _tags()
    importing.import_document(document)
    assert _tags() == db_rows


def test_the_schema_refuses_a_second_spelling(store: Path) -> None:
    execute("INSERT INTO tag (name, folded) VALUES ('Ärger', 'ärger')")
    with pytest.raises(Exception, match="UNIQUE"):
        execute("INSERT INTO tag (name, folded) VALUES ('ärger', 'ärger')")


def test_a_file_from_before_the_rule_has_its_spellings_merged(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path, migrations=MIGRATIONS[:4])
    db.close_database()
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            """
            INSERT INTO journal_entry (id, day, created_at, updated_at, body)
                VALUES (1, '2026-11-26', '2026-11-26 10:00:00', '2026-11-26 10:00:00', 'one'),
                       (2, '2026-11-26', '2026-11-26 10:00:01', '2026-11-26 10:00:01', 'two');
            INSERT INTO tag (id, name) VALUES (1, 'Ärger'), (2, 'ärger'), (3, 'Sleep');
            INSERT INTO entry_tag (entry_id, tag_id) VALUES (1, 1), (1, 2), (2, 2), (2, 3);
            """
        )
        conn.commit()

    db.open_database(path)

    assert _tags() == [("Ärger", "ärger"), ("Sleep", "sleep")]
    links = execute("SELECT entry_id, tag_id FROM entry_tag ORDER BY entry_id, tag_id")
    assert links == [(1, 1), (2, 1), (2, 3)]  # entry 1 keeps one Ärger, not two
    assert journal.get_entry(2).fields.tags == ("Ärger", "Sleep")


def test_a_file_holding_both_spellings_imports_as_one_tag(store: Path) -> None:
    # What a version before this rule could export: "Ärger" and "ärger" as two tags.
    journal.save_entry(None, EntryFields(day=TODAY, body="one", tags=("Ärger",)))
    document = export.export_data()
    db.close_database()
    document["tables"]["tag"].append({"id": 99, "name": "ärger", "folded": ""})
    document["tables"]["entry_tag"].append({"id": 99, "entry_id": 1, "tag_id": 99})
    document["tables"]["journal_entry"].append(
        {**document["tables"]["journal_entry"][0], "id": 2, "body": "two"}
    )
    document["tables"]["entry_tag"].append({"id": 100, "entry_id": 2, "tag_id": 99})
    db.open_database(store.parent / "fresh.sqlite3")

    importing.import_document(document)

    assert _tags() == [("Ärger", "ärger")]
    assert [journal.get_entry(e.id).fields.tags for e in search.list_entries()] == [
        ("Ärger",),
        ("Ärger",),
    ]
