"""Schema 6: the search index stops keeping its own copy of the text. A file written before it,
full of entries, finds the same entries in the same order with the same snippets afterwards,
keeps every row, and has a copy of itself from before in backups/."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop import paths
from desktop.store import db, files, search
from desktop.store.migrations import MIGRATIONS
from desktop.store.models import ALL_MODELS, execute
from desktop.store.records import EntryFilter, EntrySummary, Flag
from desktop.store.tables import natural_key_of, quote, table_name
from tests.store.store_helpers import pragma, unpacked

BEFORE = 5  # the last schema whose index kept its own copy of the text
DAY = date(2024, 6, 12)
WORDS = [
    "lantern",
    "river",
    "quiet",
    "walk",
    "sleep",
    "tired",
    "mother",
    "boundary",
    "kind",
    "voice",
    "café",
    "naïve",
    "Zürich",
    "façade",
    "東京",
    "morning",
    "evening",
    "honest",
    "gentle",
    "proud",
    "garden",
    "email",
    "phone",
    "fear",
    "change",
]
TAGS = ["work", "Sleep", "family", "walks", "Ärger", "therapy"]
SEARCHES = [
    "lantern",
    "lan",  # as typed: the last word is a prefix
    "cafe",  # diacritics don't matter
    "zurich river",
    "ärger",  # a tag
    "balanced",  # only in thought records
    "friend said",
    '"quiet walk"',
    "東京",
    "sleep -tired",
]
TABLES = ("journal_entry", "tag", "entry_tag", "thought_record", "plan_item")

#: Ways an index of the old kind can be damaged, so that FTS5 can't even drop it.
OLD_DAMAGE = {
    "structure gone": "DELETE FROM journal_search_data WHERE id = 10",
    "format unknown": "UPDATE journal_search_config SET v = 99 WHERE k = 'version'",
    "an inner table gone": "DROP TABLE journal_search_docsize",
    "its text changed": "UPDATE journal_search_content SET c1 = 'other' WHERE id = 5",
    "the index itself gone": "DELETE FROM sqlite_master WHERE name = 'journal_search'",
}


def _old_extra(conn: sqlite3.Connection, entry_id: int) -> str:
    """The extra text of an entry as schema 5's journal._search_extra made it: the tags as
    tagged, then the thought record's words, one a line."""
    parts = [
        name
        for (name,) in conn.execute(
            "SELECT tag.name FROM entry_tag JOIN tag ON tag.id = entry_tag.tag_id "
            "WHERE entry_id = ? ORDER BY entry_tag.id",
            (entry_id,),
        )
    ]
    record = conn.execute(
        "SELECT situation, thought, feeling, kind_friend, balanced_thought FROM thought_record "
        "WHERE entry_id = ?",
        (entry_id,),
    ).fetchone()
    parts += list(record or ())
    return "\n".join(p for p in parts if p)


def _fill_schema_5(path: Path, count: int = 240) -> None:
    """A file at schema 5 with a journal in it, indexed as schema 5 indexed it."""
    db.open_database(path, migrations=MIGRATIONS[:BEFORE])
    db.close_database()
    rng = random.Random(6)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(
            "INSERT INTO plan_item (title, kind, rhythm, position, created_at, updated_at) "
            "VALUES ('Walk', 'self_care', 'daily', 0, '2024-01-01', '2024-01-01')"
        )
        for name in TAGS:
            conn.execute("INSERT INTO tag (name, folded) VALUES (?, ?)", (name, name.casefold()))
        for n in range(count):
            words = " ".join(rng.choices(WORDS, k=rng.randint(5, 120)))
            stamp = f"2024-06-{1 + n % 28:02d} 10:{n % 60:02d}:00"
            trash = stamp if n % 17 == 0 else None
            (entry_id,) = conn.execute(
                "INSERT INTO journal_entry (day, title, body, created_at, updated_at, deleted_at) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    (DAY - timedelta(days=n // 3)).isoformat(),
                    " ".join(rng.choices(WORDS, k=3)) if n % 3 else "",
                    words.capitalize() + ".",
                    stamp,
                    stamp,
                    trash,
                ),
            ).fetchone()
            for tag_id in rng.sample(range(1, len(TAGS) + 1), rng.randint(0, 3)):
                conn.execute(
                    "INSERT INTO entry_tag (entry_id, tag_id) VALUES (?, ?)", (entry_id, tag_id)
                )
            if n % 4 == 0:
                conn.execute(
                    "INSERT INTO thought_record (entry_id, situation, thought, kind_friend, "
                    "balanced_thought, plan_item_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        entry_id,
                        " ".join(rng.choices(WORDS, k=6)),
                        "" if n % 8 else "I am failing at this",
                        "my friend said it was a hard week",
                        "a balanced thought: " + " ".join(rng.choices(WORDS, k=4)),
                        1 if n % 8 else None,
                    ),
                )
        for entry_id, title, body in conn.execute(
            "SELECT id, title, body FROM journal_entry"
        ).fetchall():
            conn.execute(
                "INSERT INTO journal_search (rowid, title, body, extra) VALUES (?, ?, ?, ?)",
                (entry_id, title, body, _old_extra(conn, entry_id)),
            )
        conn.commit()


def _found() -> dict[tuple[str, str], list[EntrySummary]]:
    """Every search, among the entries kept and in the trash: ids, order, snippets and all."""
    return {
        (words, where.name if where else "kept"): search.search(
            words, EntryFilter(flag=where), limit=1000
        )
        for words in SEARCHES
        for where in (None, Flag.TRASH, Flag.THOUGHT_RECORD)
    }


def _counts(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(f"{files.file_uri(path)}?mode=ro", uri=True)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    _fill_schema_5(path)
    return path


def _seen_at_schema_5(path: Path) -> dict[tuple[str, str], list[EntrySummary]]:
    db.open_database(path, migrations=MIGRATIONS[:BEFORE])
    try:
        return _found()
    finally:
        db.close_database()


def test_the_same_entries_are_found_in_the_same_order_with_the_same_snippets(
    old_file: Path,
) -> None:
    assert files.search_index_problems(old_file) == []  # the old kind of index, checked
    seen = _seen_at_schema_5(old_file)
    assert all(seen[words, "kept"] for words in SEARCHES), seen
    assert any(summary.snippet for found in seen.values() for summary in found)
    counts = _counts(old_file)
    size = old_file.stat().st_size

    result = db.open_database(old_file)

    assert result.migrated_from == BEFORE
    assert _found() == seen
    db.close_database()
    assert _counts(old_file) == counts
    assert pragma(old_file, "user_version") == len(MIGRATIONS)
    assert files.search_index_problems(old_file) == []
    # The pages the old copy of the text took are given back by the update itself (a VACUUM
    # after it): the file is smaller, with no free pages left in it.
    assert pragma(old_file, "freelist_count") == 0
    assert old_file.stat().st_size < size * 0.8
    # A copy from before, that still opens as the old data (packed: its derived index left
    # out, to be rebuilt if it is ever restored):
    assert result.migration_backup is not None
    saved = unpacked(result.migration_backup, old_file.parent / "unpacked")
    assert pragma(saved, "user_version") == BEFORE
    assert _counts(saved) == counts
    assert files.quick_check(saved) == []


@pytest.mark.parametrize("damage", OLD_DAMAGE.values(), ids=OLD_DAMAGE.keys())
def test_a_damaged_old_index_doesnt_stop_the_update(old_file: Path, damage: str) -> None:
    seen = _seen_at_schema_5(old_file)
    counts = _counts(old_file)
    with contextlib.closing(sqlite3.connect(old_file)) as conn:
        conn.execute("PRAGMA writable_schema = ON")  # (for the one that deletes the index)
        conn.execute(damage)
        conn.commit()
    if "sqlite_master" not in damage:  # (no index: nothing for the check to compare)
        assert files.search_index_problems(old_file)

    result = db.open_database(old_file)

    assert result.migrated_from == BEFORE
    assert _found() == seen  # built again from the entries themselves
    db.close_database()
    assert _counts(old_file) == counts
    assert files.search_index_problems(old_file) == []


#: Tables whose natural key has no index: the person's own prompts, a handful, found by text.
FEW_ROWS = {"own_prompt"}


@pytest.mark.parametrize("model", ALL_MODELS, ids=table_name)
def test_the_import_looks_a_row_up_by_its_key_through_an_index(old_file: Path, model: Any) -> None:
    db.open_database(old_file)  # migrated: the indexes came with schema 6
    key = natural_key_of(model)
    condition = " AND ".join(f"{quote(c)} IS ?" for c in key)
    plan = execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM {quote(table_name(model))} WHERE {condition}",
        [None] * len(key),
    )
    db.close_database()
    steps = " ".join(str(row[-1]) for row in plan)
    if table_name(model) in FEW_ROWS:
        assert steps.startswith("SCAN")
    else:
        assert " USING " in steps and "INDEX" in steps, steps
    if table_name(model) == "journal_entry":
        assert "journal_entry_key (created_at=? AND day=?)" in steps
