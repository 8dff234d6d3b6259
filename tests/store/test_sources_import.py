"""Bringing another app's journal in: the preview says what would happen and writes nothing;
the import stores exactly that, all or nothing, searchable at once; the same file again adds
nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import db, files, importing, journal, search
from desktop.store.errors import ImportFileError
from desktop.store.records import EntryFields
from desktop.store.sources import detect, preview, write
from desktop.store.sources.entries import LeftOut
from desktop.store.sources.preview import MoodChoice
from tests.store.store_helpers import sha256

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOURCES = {
    "dayone": FIXTURES / "dayone" / "Journal.json",
    "jrnl-json": FIXTURES / "jrnl" / "export.json",
    "jrnl-text": FIXTURES / "jrnl" / "journal.txt",
    "daylio": FIXTURES / "daylio" / "daylio_export.csv",
    "rednotebook": FIXTURES / "rednotebook",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Path]:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    db.open_database(path)
    yield path
    db.close_database()


def _stored() -> list[tuple[date, str, str, int | None, tuple[str, ...]]]:
    found = []
    for summary in search.list_entries(limit=1000):
        fields = journal.get_entry(summary.id).fields
        found.append((fields.day, fields.title, fields.body, fields.mood, fields.tags))
    return sorted(found, key=lambda row: (row[0], row[1], row[2]))


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_an_import_stores_what_the_source_held_and_again_adds_nothing(
    store: Path, source: str
) -> None:
    reading = detect.read_source(SOURCES[source])
    first = write.import_reading(reading)
    assert (first.added, first.already_here) == (len(reading.entries), 0)
    stored = _stored()
    expected = sorted(
        (e.day, e.title, e.body, preview.default_mood(e.mood) if e.mood else None, e.tags)
        for e in reading.entries
    )
    assert stored == sorted(expected, key=lambda row: (row[0], row[1], row[2]))
    assert files.search_index_problems(store) == []

    again = write.import_reading(detect.read_source(SOURCES[source]))
    assert (again.added, again.already_here) == (0, len(reading.entries))
    assert _stored() == stored


def test_imported_words_are_found_at_once(store: Path) -> None:
    write.import_reading(detect.read_source(SOURCES["dayone"]))
    (found,) = search.search("river")
    assert found.title == "A walk by the river"
    assert [s.title for s in search.search("東京")] == [""]


def test_the_time_the_source_gives_is_when_the_entry_was_written(store: Path) -> None:
    write.import_reading(detect.read_source(SOURCES["jrnl-json"]))
    (walk,) = search.search("river")
    assert journal.get_entry(walk.id).created_at == datetime(2024, 3, 1, 21, 30)


def test_the_preview_says_what_would_come_in_and_writes_nothing(store: Path) -> None:
    journal.save_entry(
        None, EntryFields(day=date(2024, 3, 5), title="Three small things.", body="")
    )  # written here already, word for word
    before = sha256(store)
    shown = preview.preview(detect.read_source(SOURCES["jrnl-text"]))
    assert (shown.entries, shown.new, shown.already_here) == (6, 5, 1)
    assert (shown.first_day, shown.last_day) == (date(2024, 3, 1), date(2024, 3, 6))
    assert shown.tags == 5  # walks, starred, therapy, ärger, selfcare
    assert sha256(store) == before


def test_day_one_preview_counts_photos_and_empty_entries(store: Path) -> None:
    shown = preview.preview(detect.read_source(SOURCES["dayone"]))
    assert shown.left_out == LeftOut(photos=3, empty=1)
    assert (shown.entries, shown.new) == (3, 3)


def test_daylio_moods_map_to_ours_and_the_person_can_change_them(store: Path) -> None:
    reading = detect.read_source(SOURCES["daylio"])
    assert preview.preview(reading).moods == (
        MoodChoice("Ruhig", 1, None),  # a name of the person's own: no mood until they say
        MoodChoice("awful", 1, 1),
        MoodChoice("meh", 1, 3),
        MoodChoice("rad", 1, 5),
    )
    write.import_reading(reading, moods={"Ruhig": 4, "rad": 5})
    moods = {(row[0], row[3]) for row in _stored()}
    assert moods == {
        (date(2024, 3, 4), 4),
        (date(2024, 3, 5), 1),
        (date(2024, 3, 6), 3),
        (date(2024, 3, 6), 5),
    }


def test_a_mood_outside_one_to_five_is_refused_before_anything_is_written(store: Path) -> None:
    before = sha256(store)
    with pytest.raises(ValueError):
        write.import_reading(detect.read_source(SOURCES["daylio"]), moods={"rad": 9})
    assert sha256(store) == before


def test_tags_join_the_ones_already_here_whatever_their_case(store: Path) -> None:
    journal.save_entry(None, EntryFields(day=date(2024, 1, 1), body="x", tags=("Walks",)))
    write.import_reading(detect.read_source(SOURCES["dayone"]))
    (walk,) = search.search("river")
    assert journal.get_entry(walk.id).fields.tags == ("Walks", "Ärger", "starred")


def test_an_import_stopped_half_way_leaves_nothing_behind(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.save_entry(None, EntryFields(day=date(2024, 1, 1), body="mine"))
    calls = 0
    real = importing.insert_row

    def failing(table: str, values: dict[str, object]) -> int:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise ImportFileError("import.conflict", detail="test")
        return real(table, values)

    monkeypatch.setattr(importing, "insert_row", failing)
    with pytest.raises(ImportFileError):
        write.import_reading(detect.read_source(SOURCES["jrnl-json"]))
    assert [row[2] for row in _stored()] == ["mine"]
    assert files.search_index_problems(store) == []


def test_a_long_import_tells_its_progress(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "PROGRESS_EVERY", 2)
    heard: list[tuple[int, int]] = []
    write.import_reading(
        detect.read_source(SOURCES["jrnl-json"]), progress=lambda *p: heard.append(p)
    )
    assert heard == [(0, 6), (2, 6), (4, 6), (6, 6)]


def test_a_title_too_long_to_be_one_begins_the_text_instead(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    first_line = "word " * 100  # jrnl's title is the first line: 500 characters here
    path.write_text(f"[2024-03-01 09:00:00 AM] {first_line}\nthe rest\n", encoding="utf-8")
    write.import_reading(detect.read_source(path))
    (found,) = search.list_entries()
    fields = journal.get_entry(found.id).fields
    assert (fields.title, fields.body) == ("", f"{first_line.strip()}\n\nthe rest")
