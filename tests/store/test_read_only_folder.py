"""A data folder that can't be written to (a read-only disk, a folder shared without write
access): the commands that only read still work, and those that would write say why."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli, paths
from desktop.store import db, journal, plan
from desktop.store.records import EntryFields
from tests.frozen import TODAY
from tests.store.store_helpers import read_only_folder, sha256


def run(*argv: str) -> int:
    return cli.run_command(cli.parse_args(list(argv)))


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """A data folder with a plan item and an entry in it, that can't be written to."""
    folder = paths.prepare_data_dir(tmp_path / "data")
    db.open_database(paths.database_path(folder))
    plan.add_item("Walk round the block")
    journal.save_entry(None, EntryFields(day=TODAY, body="Written before the folder was shut"))
    db.close_database()
    with read_only_folder(folder):
        yield folder


def _listing(folder: Path) -> list[tuple[str, str]]:
    return sorted((name, sha256(folder / name)) for name in os.listdir(folder))


def test_export_and_check_work_and_change_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _listing(data_dir)
    out = tmp_path / "everything.json"

    assert run("export", "--out", str(out), "--data-dir", str(data_dir)) == cli.EXIT_OK
    assert run("check", "--data-dir", str(data_dir)) == cli.EXIT_OK

    assert "Written before the folder was shut" in json.dumps(json.loads(out.read_text("utf-8")))
    assert "Everything looks healthy" in capsys.readouterr().out
    assert _listing(data_dir) == before


def test_a_backup_goes_where_out_says_and_is_a_whole_copy(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _listing(data_dir)
    copy = tmp_path / "copy.sqlite3"

    assert run("backup", "--out", str(copy), "--data-dir", str(data_dir)) == cli.EXIT_OK

    assert _listing(data_dir) == before
    db.open_database(copy, read_only=True)
    assert [i.title for i in plan.list_items()] == ["Walk round the block"]


def test_commands_that_would_write_say_the_folder_cant_be_written_to(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _listing(data_dir)
    export = tmp_path / "x.json"
    assert run("export", "--out", str(export), "--data-dir", str(data_dir)) == cli.EXIT_OK
    capsys.readouterr()

    assert run("backup", "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM
    said_backup = capsys.readouterr().err
    assert run("import", str(export), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM
    said_import = capsys.readouterr().err

    assert "--out" in said_backup, said_backup
    assert "can't be written to, so nothing was changed" in said_import
    assert "Errno" not in said_backup + said_import
    assert _listing(data_dir) == before
