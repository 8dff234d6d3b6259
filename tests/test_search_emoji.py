"""Emoji can be searched for (schema 7): the index reads them as words. A file from schema 6,
full of entries, finds the same entries for every ordinary word afterwards, finds its emoji,
keeps every row, and has a copy of itself from before in backups/."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import db, files, journal, search
from desktop.store.migrations import MIGRATIONS
from desktop.store.records import MATCH_END, MATCH_START, EntryFields, ThoughtRecord
from tests.store.store_helpers import open_connection, pragma, row_counts, unpacked

BEFORE = 6  # the last schema that read emoji as spaces between words
DAY = date(2024, 6, 12)
WORDS = [
    "lantern", "river", "quiet", "walk", "Sleep", "tired", "café", "naïve", "Zürich", "東京",
    "morning", "honest", "gentle", "self-care", "it's", "20°C", "don't", "e-mail", "Ärger",
    "cafe\u0301", "ΣΊΣΥΦΟΣ", "добро", "١٢٣", "x^2", "(maybe)", "NOT", "50%", "#tag", "C++",
]  # fmt: skip
EMOJI = ["😊", "❤️", "🏳️‍🌈", "👍🏽", "🌱", "☕", "✓"]
ORDINARY_SEARCHES = ["lantern", "lan", "cafe", "zurich river", "ärger", "東京", "20", "c",
    "self care", '"quiet walk"', "care", "not", "sleep tired", "mail", "σίσυφος", "добро",
    "x"]  # fmt: skip


def _has_symbol(text: str) -> bool:
    return any(unicodedata.category(c).startswith("S") for c in text)  # (skin tones: Sk)


def _without_symbols(words: Counter[str]) -> Counter[str]:
    return Counter({word: n for word, n in words.items() if not _has_symbol(word)})


@contextlib.contextmanager
def _later_columns() -> Iterator[None]:
    """The open schema-6 file with the columns later schemas added (today's models read and
    write them), dropped again afterwards."""
    conn = open_connection()
    conn.execute("ALTER TABLE journal_entry ADD COLUMN source_id TEXT")  # schema 8
    try:
        yield
    finally:
        conn.execute("ALTER TABLE journal_entry DROP COLUMN source_id")


def _fill(path: Path, count: int = 300) -> None:
    """A data file at schema 6 with a journal in it; one entry in four has an emoji or two."""
    db.open_database(path, migrations=MIGRATIONS[:BEFORE])
    with _later_columns():
        _write_entries(count)
    db.close_database()


def _write_entries(count: int) -> None:
    rng = random.Random(7)
    for n in range(count):
        words = rng.choices(WORDS, k=rng.randint(3, 60))
        if n % 4 == 0:
            words.insert(rng.randrange(len(words)), rng.choice(EMOJI))
        record = ThoughtRecord(situation=" ".join(rng.choices(WORDS, k=5))) if n % 5 == 0 else None
        journal.save_entry(
            None,
            EntryFields(
                day=DAY - timedelta(days=n // 3),
                title=" ".join(rng.choices(WORDS, k=2)) if n % 3 else "",
                body=" ".join(words),
                tags=tuple(rng.sample(["work", "sleep", "walks"], rng.randint(0, 2))),
                thought_record=record,
            ),
        )
    for n in range(1, count, 17):
        journal.delete_entry(n)


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    _fill(path)
    return path


def _results() -> dict[str, dict[int, str]]:
    return {
        words: {s.id: s.snippet for s in search.search(words, limit=1000)}
        for words in ORDINARY_SEARCHES + EMOJI
    }


def _words_of_each_entry() -> dict[tuple[int, str], Counter[str]]:
    """The words the index holds for each entry and column (how often each)."""
    conn = open_connection()
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, journal_search, "
        "instance)"
    )
    held: dict[tuple[int, str], Counter[str]] = {}
    for term, doc, col in conn.execute("SELECT term, doc, col FROM temp.words"):
        held.setdefault((doc, col), Counter())[term] += 1
    conn.execute("DROP TABLE temp.words")
    return held


def test_a_file_from_schema_6_finds_the_same_words_and_its_emoji(old_file: Path) -> None:
    db.open_database(old_file, migrations=MIGRATIONS[:BEFORE])
    with _later_columns():
        before, words_before = _results(), _words_of_each_entry()
    db.close_database()
    counts = row_counts(old_file)
    assert all(before[words] for words in ORDINARY_SEARCHES)
    assert before["😊"] == before["❤️"] == before["🌱"] == {}  # as it was: never found

    result = db.open_database(old_file)

    assert result.migrated_from == BEFORE
    after, words_after = _results(), _words_of_each_entry()
    for words in ORDINARY_SEARCHES:
        assert set(after[words]) == set(before[words]), words
    for emoji in EMOJI:
        wanted = {
            s.id
            for s in search.list_entries(limit=1000)
            if emoji.split("\ufe0f")[0][:1] in journal.get_entry(s.id).fields.body
        }
        assert wanted and set(after[emoji]) == wanted, emoji
        assert all(MATCH_START in snippet for snippet in after[emoji].values())
    # Every word of every entry is read as before; the emoji are words of their own besides.
    assert words_after.keys() == words_before.keys()
    for where, held in words_after.items():
        assert _without_symbols(held) == _without_symbols(words_before[where]), where
    db.close_database()
    assert row_counts(old_file) == counts
    assert pragma(old_file, "user_version") == len(MIGRATIONS)
    assert files.search_index_problems(old_file) == []
    assert result.migration_backup is not None
    saved = unpacked(result.migration_backup, old_file.parent / "unpacked")
    assert pragma(saved, "user_version") == BEFORE
    assert row_counts(saved) == counts


@pytest.mark.usefixtures("store")
def test_emoji_are_found_and_marked() -> None:
    proud = journal.save_entry(None, EntryFields(day=DAY, body="So proud 😊 today ❤️"))
    pride = journal.save_entry(None, EntryFields(day=DAY, body="🏳️‍🌈 and a 👍🏽", title="Pride"))
    assert [s.id for s in search.search("😊")] == [proud.id]
    assert [s.id for s in search.search("❤️")] == [s.id for s in search.search("❤")] == [proud.id]
    assert [s.id for s in search.search("🏳️‍🌈")] == [pride.id]
    assert [s.id for s in search.search("👍")] == [pride.id]  # whatever its skin tone
    assert [s.id for s in search.search("proud 😊")] == [proud.id]
    assert search.search("🌱") == []
    [found] = search.search("😊")
    assert f"{MATCH_START}😊{MATCH_END}" in found.snippet


@pytest.mark.usefixtures("store")
def test_symbols_written_against_a_number_are_still_between_words() -> None:
    warm = journal.save_entry(None, EntryFields(day=DAY, body="It was 20°C, and the Brand™ tea"))
    assert [s.id for s in search.search("20 tea")] == [warm.id]
    assert [s.id for s in search.search("brand tea")] == [warm.id]


def test_the_search_box_and_the_index_agree_on_what_is_a_word(store: Path) -> None:
    with contextlib.closing(sqlite3.connect(store)) as conn:
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'journal_search'"
        ).fetchone()
    assert f"separators ''{search.WORD_SEPARATORS}''" in sql
    assert "categories ''L* N* Co So''" in sql
    # A search of only what the index reads as spaces asks it nothing.
    assert search.search_query(search.WORD_SEPARATORS) == ""
    assert search.search_query("😊") == '"😊"'
