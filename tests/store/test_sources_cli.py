"""``between-sessions import [--from KIND] PATH [--dry-run]`` as a person would run it: the kind
told from the file, a dry run that prints the preview and writes nothing, the exit code saying
whether it worked, and a file that can't come in changing nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli, paths
from desktop.store import db, export, journal
from desktop.store.records import EntryFields
from tests.frozen import TODAY
from tests.store.store_helpers import sha256

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def run(*argv: str) -> int:
    return cli.run_command(cli.parse_args(list(argv)))


def listing(folder: Path) -> dict[str, str]:
    """Every file under folder with its sha256: what 'unchanged' means here."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = paths.prepare_data_dir(tmp_path / "data")
    db.open_database(paths.database_path(folder))
    journal.save_entry(None, EntryFields(day=TODAY, body="Already here"))
    db.close_database()
    return folder


@pytest.mark.parametrize(
    ("path", "kind", "entries"),
    [
        ("dayone/Journal.json", "Day One", 3),
        ("jrnl/export.json", "jrnl", 6),
        ("jrnl/journal.txt", "jrnl", 6),
        ("daylio/daylio_export.csv", "Daylio", 4),
        ("rednotebook", "RedNotebook", 4),
    ],
)
def test_import_tells_the_kind_adds_it_once_and_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str], path: str, kind: str, entries: int
) -> None:
    source = FIXTURES / path
    assert run("import", str(source), "--data-dir", str(data_dir)) == cli.EXIT_OK
    said = capsys.readouterr().out
    assert f"Imported {source.name} ({kind}): {entries} entries added, 0 already here." in said
    assert run("import", str(source), "--data-dir", str(data_dir)) == cli.EXIT_OK
    assert f"0 entries added, {entries} already here." in capsys.readouterr().out
    assert any(p.name.endswith(".gz") or "before-import" in p.name for p in data_dir.rglob("*"))


def test_a_dry_run_prints_the_preview_and_writes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = listing(data_dir)
    source = FIXTURES / "daylio" / "daylio_export.csv"
    assert run("import", "--from", "daylio", str(source), "--dry-run", "--data-dir",
               str(data_dir)) == cli.EXIT_OK  # fmt: skip
    said = capsys.readouterr().out.splitlines()
    assert said == [
        "From daylio_export.csv (Daylio): 4 entries, 2024-03-04 to 2024-03-06.",
        "  4 would be added; 0 already here.",
        "  Moods: Ruhig → no mood (1), awful → 1 (1), meh → 3 (1), rad → 5 (1). Change one "
        "with --mood NAME=N (1 to 5, or none).",
        "Nothing was written (--dry-run).",
    ]
    assert listing(data_dir) == before


def test_a_dry_run_of_day_one_says_what_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "not yet"
    source = FIXTURES / "dayone" / "Journal.json"
    assert run("import", str(source), "--dry-run", "--data-dir", str(folder)) == cli.EXIT_OK
    assert "  Left out: 3 photos and attachments (kept in the other app), 1 empty entry." in (
        capsys.readouterr().out.splitlines()
    )
    assert not folder.exists()


def test_moods_given_on_the_command_line(data_dir: Path) -> None:
    source = FIXTURES / "daylio" / "daylio_export.csv"
    assert run("import", str(source), "--mood", "Ruhig=4", "--data-dir", str(data_dir)) == 0
    db.open_database(paths.database_path(data_dir))
    from desktop.store import search

    moods = sorted((s.day.isoformat(), s.mood) for s in search.list_entries() if s.mood)
    assert moods == [("2024-03-04", 4), ("2024-03-05", 1), ("2024-03-06", 3), ("2024-03-06", 5)]


@pytest.mark.parametrize("mood", ["Ruhig", "Ruhig=7", "=3"])
def test_a_mood_not_given_as_name_and_number_is_a_usage_problem(
    data_dir: Path, mood: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FIXTURES / "daylio" / "daylio_export.csv"
    before = listing(data_dir)
    assert run("import", str(source), "--mood", mood, "--data-dir", str(data_dir)) == 2
    assert "--mood rad=5" in capsys.readouterr().err
    assert listing(data_dir) == before


def test_a_file_that_cannot_come_in_changes_nothing_and_says_why(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "daylio.csv"
    path.write_bytes("full_date,mood,note\n2024-03-04,meh,Café\n".encode("cp1252"))
    before = listing(data_dir)
    assert run("import", str(path), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM
    said = capsys.readouterr().err
    assert "saved in an older text encoding" in said and "Nothing was changed." in said
    assert listing(data_dir) == before  # no backup either


def test_a_file_whose_kind_cannot_be_told_asks_for_it(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("words", encoding="utf-8")
    assert run("import", str(path), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM
    assert "couldn't tell which app notes.txt comes from" in capsys.readouterr().err


def test_our_own_export_still_imports_told_or_not(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.open_database(paths.database_path(data_dir))
    exported = export.export_json(tmp_path / "export.json")
    db.close_database()
    assert run("import", str(exported), "--dry-run", "--data-dir", str(data_dir)) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"From export.json (a Between Sessions export): 1 entry, {TODAY} to {TODAY}.",
        "  0 would be added; 1 already here.",
        "Nothing was written (--dry-run).",
    ]
    assert run("import", "--from", "between-sessions", str(exported), "--data-dir",
               str(data_dir)) == 0  # fmt: skip
    assert "Imported export.json: 0 added, 1 already here." in capsys.readouterr().out
