"""Import files built to do harm, through the command line as a person would run it: each is
refused with a plain message, and the data folder is exactly as it was (the database byte for
byte, every file in the folder, no backup made), or, for a folder that didn't exist, not made.
And what the app exports, it imports back whole."""

from __future__ import annotations

import copy
import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop import cli, paths
from desktop.store import db, export, importing, journal, plan
from desktop.store.records import EntryFields, Kind, Outcome, Reason
from tests.frozen import TODAY
from tests.store.store_helpers import sha256

Document = dict[str, Any]


def run(*argv: str) -> int:
    return cli.run_command(cli.parse_args(list(argv)))


def listing(folder: Path) -> dict[str, str]:
    """Every file under folder with its sha256: what 'unchanged' means here."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def exported(tmp_path: Path) -> Document:
    """A real export of a little of everything that matters here."""
    folder = paths.prepare_data_dir(tmp_path / "source")
    db.open_database(paths.database_path(folder))
    item = plan.add_item("Walk round the block", kind=Kind.SELF_CARE)
    plan.check_in(item.id, TODAY, Outcome.TRIED, reasons=[Reason.OVERLOAD])
    journal.save_entry(None, EntryFields(day=TODAY, title="A day", body="Some words", mood=3))
    document = export.export_data()
    db.close_database()
    return document


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = paths.prepare_data_dir(tmp_path / "data")
    db.open_database(paths.database_path(folder))
    plan.add_item("Already here")
    db.close_database()
    return folder


def _row(table: str, **changes: Any) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        document["tables"][table][0].update(changes)

    return change


def _duplicate_entry(document: Document) -> None:
    entries = document["tables"]["journal_entry"]
    entries.append({**entries[0], "title": "Another entry, with the first one's id"})


#: name -> (what to do to a good export, words the person is told)
HOSTILE: dict[str, tuple[Callable[[Document], None], str]] = {
    "unknown-kind": (_row("plan_item", kind="rocket"), r"kind holds something .* \('rocket'\)"),
    "unknown-outcome": (_row("check_in", outcome="failed"), r"outcome holds something"),
    "unknown-reason": (_row("check_in_reason", reason="laziness"), r"reason holds something"),
    "unknown-status": (_row("plan_item", status="deleted-forever"), r"status holds something"),
    "mood-99": (_row("journal_entry", mood=99), r"Mood is chosen from 1 to 5"),
    "long-title": (_row("plan_item", title="t" * 10_000), r"A title can be up to 300"),
    "empty-title": (_row("plan_item", title="   "), r"needs a few words as its title"),
    "huge-body": (
        _row("journal_entry", body="x" * (journal.BODY_MAX + 1)),
        r"longer than the journal can keep",
    ),
    "id-past-64-bits": (_row("plan_item", id=2**64), r"id is a number the app can't keep"),
    "number-past-64-bits": (_row("plan_item", position=2**63), r"position is a number"),
    "id-zero": (_row("journal_entry", id=0), r"id is a number the app can't keep"),
    "duplicate-ids": (_duplicate_entry, r"row 2 has the same id as an earlier row"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_import_is_refused_and_changes_nothing(
    name: str,
    exported: Document,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    change, words = HOSTILE[name]
    document = copy.deepcopy(exported)
    change(document)
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(export.to_json(document))
    before = listing(data_dir)

    assert run("import", str(bad), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM

    said = capsys.readouterr().err
    assert "Traceback" not in said and said.count("\n") == 1, said  # one calm line
    assert said.rstrip().endswith("Nothing was changed."), said
    assert re.search(words, said), said
    assert listing(data_dir) == before  # the database byte for byte, and no backup made


@pytest.mark.parametrize("name", ["unknown-kind", "duplicate-ids"])
def test_a_refused_import_into_a_new_folder_makes_no_folder(
    name: str, exported: Document, tmp_path: Path
) -> None:
    change, _ = HOSTILE[name]
    document = copy.deepcopy(exported)
    change(document)
    bad = tmp_path / "bad.json"
    bad.write_bytes(export.to_json(document))
    fresh = tmp_path / "not-yet"

    assert run("import", str(bad), "--data-dir", str(fresh)) == cli.EXIT_PROBLEM
    assert not fresh.exists()


def test_a_folder_is_not_a_file_to_import(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = listing(data_dir)
    assert run("import", str(tmp_path), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM
    said = capsys.readouterr().err
    assert "isn't a file the app can import" in said
    assert "Errno" not in said
    assert listing(data_dir) == before


@pytest.mark.skipif(os.name != "posix", reason="pipes and /dev/zero are POSIX things")
@pytest.mark.parametrize("kind", ["fifo", "link-to-dev-zero"])
def test_a_pipe_or_a_device_is_refused_at_once(
    kind: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before the fix, a FIFO waited for a writer for ever and /dev/zero grew memory without end,
    # both while holding the data's lock: the size was checked only after reading.
    source = tmp_path / "export.json"
    if kind == "fifo":
        os.mkfifo(source)
    else:
        source.symlink_to("/dev/zero")
    assert not stat.S_ISREG(source.stat().st_mode)
    before = listing(data_dir)

    assert run("import", str(source), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM

    assert "isn't a file the app can import" in capsys.readouterr().err
    assert listing(data_dir) == before


def test_entries_made_in_the_same_second_all_come_back(tmp_path: Path) -> None:
    # The clock is frozen: every entry below is made in the same second, on the same day.
    folder = paths.prepare_data_dir(tmp_path / "source")
    db.open_database(paths.database_path(folder))
    for body in ("One untitled entry", "Another untitled entry", "Twice", "Twice"):
        journal.save_entry(None, EntryFields(day=TODAY, body=body))
    out = export.export_json(tmp_path / "everything.json")
    db.close_database()

    fresh = tmp_path / "fresh"
    assert run("import", str(out), "--data-dir", str(fresh)) == cli.EXIT_OK

    db.open_database(paths.database_path(fresh))
    bodies = sorted(journal.get_entry(e.id).fields.body for e in _all_entries())
    assert bodies == ["Another untitled entry", "One untitled entry", "Twice", "Twice"]
    # ... and importing the same file again adds nothing: they are recognised, all four.
    result = importing.import_json(out)
    assert result.added == {} and result.already_there["journal_entry"] == 4


def _all_entries() -> list[Any]:
    from desktop.store import search

    return search.list_entries()


def test_what_the_app_exports_imports_back_whole(exported: Document, tmp_path: Path) -> None:
    source = tmp_path / "everything.json"
    source.write_bytes(export.to_json(exported))
    fresh = tmp_path / "fresh"
    assert run("import", str(source), "--data-dir", str(fresh)) == cli.EXIT_OK
    db.open_database(paths.database_path(fresh))
    again = export.export_data()
    for table, rows in exported["tables"].items():
        assert len(again["tables"][table]) == len(rows), table
    assert (
        json.loads(export.to_json(again))["tables"]
        == json.loads(export.to_json(exported))["tables"]
    )
