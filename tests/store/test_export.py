"""Export to JSON and Markdown, and import: round trips, duplicates, all or nothing."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop import paths
from desktop.reports import markdown as markdown_export
from desktop.store import (
    db,
    errors,
    export,
    importing,
    journal,
    messages,
    notes,
    plan,
    prompts,
    safety,
    search,
    session,
    wins,
)
from desktop.store.encouragement_records import Message, NoteKind, SafetySection, SessionRhythm
from desktop.store.models import ALL_MODELS, execute
from desktop.store.records import EntryFields, Kind, Outcome, Reason, Rhythm, Status, ThoughtRecord
from tests.said import raises_saying, said
from tests.store.store_helpers import row_counts, sha256

#: Each test twice: under this system's rules for files, and under Windows' (windows_files.py).
pytestmark = pytest.mark.usefixtures("file_rules")

NOW = datetime(2024, 6, 1, 12, 0)
DOCS = Path(__file__).resolve().parents[2] / "docs"


def _open(tmp_path: Path, name: str) -> Path:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / name))
    db.open_database(path)
    return path


def fill_everything() -> None:
    """A little of everything the person can keep: plan, check-ins, adjustments, journal."""
    walk = plan.add_item("Walk round the block", why="Clears my head", kind=Kind.SELF_CARE)
    say_no = plan.add_item(
        "Say no once", rhythm=Rhythm.SOME_DAYS, days_per_week=2, smaller_version="Pause first"
    )
    gone = plan.add_item("Deleted later")
    plan.check_in(walk.id, date(2024, 5, 6), Outcome.TRIED, reasons=[Reason.OVERLOAD], note="hm")
    plan.check_in(say_no.id, date(2024, 5, 6), Outcome.NOT_TODAY, other_reason="a # heading?")
    plan.check_in(walk.id, date(2024, 5, 7), Outcome.DONE)
    plan.adjust_item(walk.id, smaller_version="To the gate", note="Tired 🌱")
    plan.set_status(say_no.id, Status.PAUSED)
    # A gap in the ids: an export must not depend on ids being 1..n.
    execute(f"DELETE FROM plan_item WHERE id = {gone.id}")
    plan.add_item("Added after the gap")
    entry = journal.save_entry(
        None,
        EntryFields(
            day=date(2024, 5, 6),
            title="A hard day",
            body="שלום — e\u0301 — 👩🏽‍💻\n# not a heading\n",
            mood=2,
            energy=3,
            tags=("work", "sleep"),
            bring_to_session=True,
            thought_record=ThoughtRecord(thought="I always fail", plan_item_id=walk.id),
        ),
    )
    journal.save_entry(None, EntryFields(day=date(2024, 5, 7), body="Better", tags=("work",)))
    prompts.add_prompt("What helped today?")
    assert entry.id
    fill_encouragement()


def fill_encouragement() -> None:
    """Own notes, messages shown and kept, wins, the session schedule, questions, a kept
    summary and the safety plan."""
    note = notes.add_note(NoteKind.THERAPIST_SAID, "Small is still a step.")
    library = [Message("general-1", "general", "Be gentle today.")]
    messages.todays_message(library, date(2024, 5, 6))
    messages.set_favourite("general-1")
    wins.add_win(date(2024, 5, 7), "Called my sister")
    session.set_schedule(date(2024, 5, 7), SessionRhythm.WEEKLY)
    session.add_question("Can we make the walk smaller?")
    asked = session.add_question("What do I do when I freeze?")
    session.set_question_done(asked.id, True)
    session.mark_done(date(2024, 5, 7), "# Session prep\n", today=date(2024, 5, 8))
    safety.add_item(SafetySection.CRISIS_LINES, "Samaritans", number="116 123")
    assert note.id


def _without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_export_import_export_is_identical_apart_from_the_time(tmp_path: Path) -> None:
    _open(tmp_path, "first")
    fill_everything()
    first = tmp_path / "first.json"
    export.export_json(first, now=NOW)
    db.close_database()

    fresh = _open(tmp_path, "second")
    result = importing.import_json(first)
    second = tmp_path / "second.json"
    export.export_json(second, now=datetime(2025, 1, 1))
    db.close_database()

    one, two = json.loads(first.read_bytes()), json.loads(second.read_bytes())
    assert one["exported_at"] != two["exported_at"]
    assert _without_time(one) == _without_time(two)
    assert result.total_already_there == 0
    assert result.total_added == sum(len(rows) for rows in one["tables"].values())
    assert row_counts(fresh) == row_counts(paths.database_path(tmp_path / "first"))


def test_every_table_of_the_schema_is_exported(tmp_path: Path) -> None:
    _open(tmp_path, "data")
    fill_everything()
    document = export.export_data(NOW)
    assert list(document["tables"]) == [m._meta.table_name for m in ALL_MODELS]
    assert all(document["tables"].values()), "every table has rows in this test"
    assert "journal_search" not in document["tables"]  # derived: rebuilt, never exported
    assert document["format"] == "between-sessions-export"
    assert document["schema_version"] == db.schema_version()


def test_search_works_after_an_import(tmp_path: Path) -> None:
    _open(tmp_path, "first")
    fill_everything()
    saved = export.export_json(tmp_path / "x.json", now=NOW)
    _open(tmp_path, "second")
    importing.import_json(saved)
    assert [s.title for s in search.search("hard")] == ["A hard day"]


def test_importing_the_same_file_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    _open(tmp_path, "data")
    fill_everything()
    saved = export.export_json(tmp_path / "x.json", now=NOW)
    counts = {m._meta.table_name: m.select().count() for m in ALL_MODELS}

    result = importing.import_json(saved)

    assert result.total_added == 0
    assert result.total_already_there == sum(counts.values())
    assert {m._meta.table_name: m.select().count() for m in ALL_MODELS} == counts


def test_import_into_existing_data_merges_and_keeps_links(tmp_path: Path) -> None:
    _open(tmp_path, "theirs")
    item = plan.add_item("From the other computer")
    plan.check_in(item.id, date(2024, 5, 8), Outcome.SMALLER, reasons=[Reason.TOO_BIG])
    journal.save_entry(None, EntryFields(day=date(2024, 5, 8), body="Other", tags=("Work",)))
    saved = export.export_json(tmp_path / "theirs.json", now=NOW)

    _open(tmp_path, "mine")
    fill_everything()
    result = importing.import_json(saved)

    assert result.added["plan_item"] == 1
    assert result.already_there.get("tag") == 1  # "Work" is the "work" tag already here
    assert len(plan.list_items()) == 4  # three current items here, one imported
    [imported] = [i for i in plan.list_items() if i.title == "From the other computer"]
    [check_in] = plan.check_ins_between(date(2024, 5, 8), date(2024, 5, 8))
    assert check_in.item_id == imported.id
    assert check_in.reasons == {Reason.TOO_BIG}
    assert execute("PRAGMA foreign_key_check") == []


def _bad_files() -> dict[str, bytes]:
    good = {
        "format": "between-sessions-export",
        "format_version": 1,
        "schema_version": 1,
        "exported_at": "2024-06-01T12:00:00",
        "tables": {},
    }

    def variant(**changes: Any) -> bytes:
        return json.dumps({**good, **changes}).encode()

    item = {
        "id": 1,
        "title": "x",
        "kind": "other",
        "rhythm": "daily",
        "position": 1,
        "created_at": "2024-06-01 12:00:00",
        "updated_at": "2024-06-01 12:00:00",
    }
    return {
        "not-json": b"\x89PNG\r\n\x1a\n....",
        "json-but-not-ours": b'{"recipes": []}',
        "a-list": b"[1, 2, 3]",
        "nested-too-deep": b"[" * 100_000 + b"]" * 100_000,
        "newer-format": variant(format_version=99),
        "newer-schema": variant(schema_version=999),
        "unknown-table": variant(tables={"recipe": []}),
        "unknown-column": variant(tables={"plan_item": [{**item, "colour": "red"}]}),
        "wrong-type": variant(tables={"plan_item": [{**item, "position": "first"}]}),
        "bad-date": variant(tables={"plan_item": [{**item, "created_at": "yesterday"}]}),
        "missing-field": variant(
            tables={"plan_item": [{k: v for k, v in item.items() if k != "title"}]}
        ),
        "points-nowhere": variant(
            tables={
                "plan_item": [item],
                "check_in": [
                    {
                        "id": 1,
                        "item_id": 7,
                        "day": "2024-06-01",
                        "outcome": "done",
                        "created_at": "2024-06-01 12:00:00",
                        "updated_at": "2024-06-01 12:00:00",
                    }
                ],
            }
        ),
    }


@pytest.mark.parametrize("name", list(_bad_files()))
def test_a_bad_or_foreign_file_gives_a_clear_error_and_changes_nothing(
    tmp_path: Path, name: str
) -> None:
    path = _open(tmp_path, "data")
    fill_everything()
    before = export.export_data(NOW)
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(_bad_files()[name])

    with pytest.raises(errors.ImportFileError) as caught:
        importing.import_json(bad)

    assert said(caught.value).endswith("Nothing was changed.")
    assert export.export_data(NOW) == before
    assert db.is_open() and path.exists()


def test_a_failure_late_in_the_import_rolls_everything_back(tmp_path: Path) -> None:
    _open(tmp_path, "first")
    fill_everything()
    document = export.export_data(NOW)
    # The last table's row points at an item that isn't in the file: found only at the end.
    document["tables"]["thought_record"][0]["plan_item_id"] = 999
    _open(tmp_path, "second")
    bad = tmp_path / "bad.json"
    bad.write_bytes(export.to_json(document))

    with raises_saying(errors.ImportFileError, "isn't in the file"):
        importing.import_json(bad)

    assert all(m.select().count() == 0 for m in ALL_MODELS)


def test_nul_and_lone_surrogates_in_an_import_are_cleaned(tmp_path: Path) -> None:
    _open(tmp_path, "first")
    plan.add_item("placeholder")
    document = export.export_data(NOW)
    document["tables"]["plan_item"][0]["title"] = "Walk\x00 ok\ud800"
    _open(tmp_path, "second")
    raw = json.dumps(document).encode()  # \ud800 travels as an escape, as in a hand-made file
    bad = tmp_path / "odd.json"
    bad.write_bytes(raw)

    importing.import_json(bad)

    assert [i.title for i in plan.list_items()] == ["Walk ok"]


def test_export_files_are_written_safely_and_privately(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(tmp_path, "data")
    fill_everything()
    out = tmp_path / "export.json"
    export.export_json(out, now=NOW)
    earlier = sha256(out)
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with raises_saying(errors.ExportError, "Your disk is full, so .*export.json couldn't be"):
        export.export_json(out, now=datetime(2025, 1, 1))

    assert sha256(out) == earlier  # the earlier export survives a failed one
    assert sorted(os.listdir(tmp_path)) == ["data", "export.json"]


def test_markdown_shows_plan_check_ins_adjustments_and_journal(tmp_path: Path) -> None:
    _open(tmp_path, "data")
    fill_everything()
    out = markdown_export.export_markdown(tmp_path / "everything.md", now=NOW)
    text = out.read_text(encoding="utf-8")

    assert text.startswith("# Between Sessions\n")
    for expected in (
        "## Action plan",
        "### Walk round the block",
        "- Smaller version: To the gate",
        "- 2024-05-06: tried / started; what got in the way: too much going on; note: hm",
        "Smaller version set to “To the gate”; note: Tired 🌱",
        "### Say no once (paused)",
        "## Journal",
        "### 2024-05-06 — A hard day",
        "*mood: low; energy: some; bring to next session; tags: sleep, work*",
        "שלום — e\u0301 — 👩🏽‍💻",
        "\\# not a heading",
        "- The thought: I always fail",
        "- What helped today?",
    ):
        assert expected in text, expected
    assert "\n# not a heading" not in text


def test_markdown_shows_notes_wins_the_next_session_and_the_safety_plan(tmp_path: Path) -> None:
    _open(tmp_path, "data")
    fill_everything()
    text = markdown_export.render(export.export_data(NOW))

    for expected in (
        "## My own notes",
        "- Small is still a step. — *What my therapist said*",
        "## Small wins I added",
        "- 2024-05-07: Called my sister",
        "## Kept session summary, ",
        "### Session prep",  # the kept summary's own heading, one level down
        "## My safety plan",
        "### Crisis lines and emergency numbers",
        "- Samaritans · 116 123",
    ):
        assert expected in text, expected
    # The app's own note of which message was shown when is nothing the person wrote.
    assert "Shown message" not in text and "Message state" not in text


def test_the_documented_schema_matches_the_tables(tmp_path: Path) -> None:
    schema = json.loads((DOCS / "export-format.schema.json").read_text(encoding="utf-8"))
    _open(tmp_path, "data")
    fill_everything()
    document = export.export_data(NOW)
    validate(document, schema)
    assert set(schema["properties"]["tables"]["properties"]) == set(document["tables"]), (
        "docs/export-format.schema.json is out of date: run "
        "`uv run python -m desktop.store.export_schema > docs/export-format.schema.json`"
    )


def validate(value: Any, schema: dict[str, Any], where: str = "$") -> None:
    """A small JSON Schema checker for the keywords our schema uses."""
    kinds = schema.get("type")
    if kinds is not None:
        allowed = kinds if isinstance(kinds, list) else [kinds]
        python: dict[str, type | tuple[type, ...]] = {
            "object": dict,
            "array": list,
            "string": str,
            "integer": int,
            "boolean": bool,
            "null": type(None),
            "number": (int, float),
        }
        ok = any(
            isinstance(value, python[k]) and not (k == "integer" and isinstance(value, bool))
            for k in allowed
        )
        assert ok, f"{where}: {value!r} is not {allowed}"
    if "const" in schema:
        assert value == schema["const"], where
    for name in schema.get("required", []):
        assert name in value, f"{where}: {name} is required"
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                validate(item, properties[name], f"{where}.{name}")
            else:
                assert schema.get("additionalProperties", True) is not False, f"{where}.{name}"
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            validate(item, schema["items"], f"{where}[{n}]")
