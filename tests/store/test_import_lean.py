"""An import at the speed of SQLite, in little memory: the file is read as json reads it, though
held as ASCII with its long texts packed as UTF-8 until their row is read; a row costs one
statement into an empty table, and a lookup through an index into a full one; the search index
is rebuilt in one statement."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import db, export, importing, journal, search
from desktop.store.importing import Packed
from desktop.store.models import JournalEntryRow
from desktop.store.records import EntryFields, ThoughtRecord
from tests.frozen import TODAY
from tests.store.store_helpers import open_connection

#: JSON texts json reads, with characters past ASCII where escapes and quotes are near.
READ_ALIKE = [
    '{"a": "café 😊 東京 مرحبا\\nnext line", "ключ": ["é", "\\\\é", "\\"é\\"", "e\\u0301"]}',
    '"\\ud83d\\ude0a and 😊, and \\ud800 alone"',
    '"\\\\\\\\é at the end é"',
    '["é\\\\", "\\\\", "😊\\"", "x\\/é"]',
    '{"é": {"😊": [1, 2.5, null, true, "ü" ]}}',
    '"' + "ascii only " * 10 + '"',
    '"é\x7fé"',
]
#: Bytes json refuses (as the file decoded whole refused them): so must the import.
REFUSED = [
    b'"\\\xc3\xa9"',  # a backslash before a character JSON has no escape for
    b'"\\\\\\\xc3\xa9"',  # the same after an escaped backslash
    b'"\xff"',  # not UTF-8
    b'"\xc3"',  # cut short
    b'"\xed\xa0\x80"',  # a surrogate written as UTF-8
    b'\xef\xbb\xbf{"a": 1}',  # a byte-order mark
    '{"a": 1} é'.encode(),  # a character past ASCII outside any string
    '"é\tx"'.encode(),  # a control character in a string, beside one past ASCII
]


@pytest.mark.parametrize("text", READ_ALIKE)
def test_the_file_reads_as_json_reads_it(text: str) -> None:
    data = text.encode("utf-8")
    ascii_text = importing._ascii_json(data)
    assert ascii_text.isascii()
    assert json.loads(ascii_text) == json.loads(data.decode("utf-8"))


@pytest.mark.parametrize("data", REFUSED)
def test_what_json_refuses_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError):  # (UnicodeDecodeError is one)
        json.loads(data.decode("utf-8"))
    with pytest.raises(ValueError):
        json.loads(importing._ascii_json(data))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Path]:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    db.open_database(path)
    yield path
    db.close_database()


def _journal(count: int) -> dict[str, object]:
    """An export of count entries, long ones with emoji, tags and thought records among them."""
    for n in range(count):
        journal.save_entry(
            None,
            EntryFields(
                day=TODAY - timedelta(days=n),
                title=f"Evening {n} ☕" if n % 2 else "",
                body=f"A lantern, number{n} 😊 " + "quiet words, naïve and kind " * (3 + n % 9),
                tags=("walks", "Ärger") if n % 3 else (),
                thought_record=ThoughtRecord(situation="a meeting 東京") if n % 4 == 0 else None,
            ),
        )
    return export.export_data()


def _statements(action: object) -> list[str]:
    statements: list[str] = []
    conn = open_connection()
    conn.set_trace_callback(statements.append)
    try:
        assert callable(action)
        action()
    finally:
        conn.set_trace_callback(None)
    return [sql for sql in statements if not sql.startswith("--")]  # (not FTS5's own)


def test_long_texts_wait_packed_and_come_back_exactly(store: Path, tmp_path: Path) -> None:
    document = _journal(12)
    before = {s.id: journal.get_entry(s.id).fields for s in search.list_entries()}
    found = search.search("lantern meeting")
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    db.close_database()
    db.open_database(paths.database_path(paths.prepare_data_dir(tmp_path / "fresh")))

    read = importing.read_document(data)
    rows = read["tables"]["journal_entry"]
    assert all(isinstance(row["body"], Packed) for row in rows)
    assert not any(isinstance(row["created_at"], Packed) for row in rows)  # short: as it is
    checked = importing.check_document(read)
    kept = dict(checked.tables)
    assert all(isinstance(row["body"], Packed) for row in kept[JournalEntryRow])
    importing.import_document(checked)

    assert {s.id: journal.get_entry(s.id).fields for s in search.list_entries()} == before
    assert search.search("lantern meeting") == found


def test_a_row_costs_one_statement_into_an_empty_store_and_a_lookup_when_it_is_there(
    store: Path, tmp_path: Path
) -> None:
    document = _journal(30)
    tables = document["tables"]
    assert isinstance(tables, dict)
    rows = sum(len(table) for table in tables.values())
    checked = importing.check_document(document)
    db.close_database()
    db.open_database(paths.database_path(paths.prepare_data_dir(tmp_path / "fresh")))

    into_empty = _statements(lambda: importing.import_document(checked))
    again = _statements(lambda: importing.import_document(checked))

    inserts = [sql for sql in into_empty if sql.lstrip().upper().startswith("INSERT")]
    assert len(inserts) == rows + 1  # and the search index's one 'rebuild'
    assert len(into_empty) < rows + 20
    lookups = [sql for sql in again if sql.startswith("SELECT id FROM") and " WHERE " in sql]
    assert len(lookups) == rows
    assert not [sql for sql in again if "INSERT" in sql.upper()]  # all there: nothing to index
    assert len(again) < rows + 20
