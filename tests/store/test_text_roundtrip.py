"""Any text round-trips exactly; NUL and lone surrogates are cleaned and never crash anything."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import db, export, importing, journal, plan
from desktop.store.records import EntryFields
from desktop.store.text import clean

# Every code point, NUL and lone surrogates included (hypothesis leaves surrogates out unless
# asked), and text built from pieces that are often mishandled.
ANY_CHARACTER = st.characters(codec=None, categories=None)
TRICKY = st.sampled_from(
    [
        "\x00",
        "\ud800",
        "\udfff",
        "e\u0301",  # combining accent
        "שלום",  # right to left
        "\u202e",  # right-to-left override
        "👩🏽‍💻",  # emoji with skin tone and joiner
        "🇳🇿",
        "\u200b",
        "\r\n",
        "\ufeff",
        "\U0010ffff",
    ]
)
ANY_TEXT = st.lists(st.one_of(st.text(ANY_CHARACTER), TRICKY)).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _expected(text: str) -> str:
    return "".join(c for c in text if c != "\x00" and not 0xD800 <= ord(c) <= 0xDFFF)


@pytest.fixture(scope="module")
def module_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("roundtrip") / "between-sessions.sqlite3"
    db.open_database(path)
    yield path
    db.close_database()


@FAST
@given(ANY_TEXT)
def test_clean_drops_only_nul_and_lone_surrogates(text: str) -> None:
    cleaned = clean(text)
    assert cleaned == _expected(text)
    cleaned.encode("utf-8")  # always storable


@FAST
@given(body=ANY_TEXT)
def test_journal_text_round_trips_exactly(module_store: Path, body: str) -> None:
    if not db.is_open():
        db.open_database(module_store)
    entry = journal.save_entry(None, EntryFields(day=date(2024, 5, 6), body=body))
    assert journal.get_entry(entry.id).fields.body == _expected(body)


@FAST
@given(note=ANY_TEXT.filter(lambda t: len(t) < 5000))
def test_plan_text_round_trips_as_cleaned(module_store: Path, note: str) -> None:
    if not db.is_open():
        db.open_database(module_store)
    item = plan.add_item("Notes", why=note)
    assert plan.get_item(item.id).why == _expected(note).strip()


@FAST
@given(body=ANY_TEXT)
def test_text_survives_export_and_import(module_store: Path, body: str) -> None:
    if not db.is_open():
        db.open_database(module_store)
    entry = journal.save_entry(None, EntryFields(day=date(2024, 5, 7), body=body))
    document = json.loads(export.to_json(export.export_data(datetime(2024, 1, 1))))
    [row] = [r for r in document["tables"]["journal_entry"] if r["id"] == entry.id]
    assert row["body"] == _expected(body)


def test_five_megabytes_of_mixed_text_round_trip(tmp_path: Path) -> None:
    piece = "Ünïcödé שלום 👩🏽‍💻 e\u0301 — a line of ordinary words.\n"
    body = piece * (5_400_000 // len(piece.encode()))
    assert len(body.encode("utf-8")) > 5 * 1024 * 1024
    db.open_database(tmp_path / "big.sqlite3")
    entry = journal.save_entry(None, EntryFields(day=date(2024, 5, 6), body=body))
    out = export.export_json(tmp_path / "big.json")
    db.close_database()

    db.open_database(tmp_path / "big.sqlite3")
    assert journal.get_entry(entry.id).fields.body == body
    db.open_database(tmp_path / "again.sqlite3")
    importing.import_json(out)
    assert journal.get_entry(entry.id).fields.body == body
