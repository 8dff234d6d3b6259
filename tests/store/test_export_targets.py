"""Where an export (or a backup --out) may be written: never over the data, and a target that
can't be used is said plainly, naming what the person chose, never a temporary name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli, paths
from desktop.store import db, files, lock, plan
from tests.store.store_helpers import sha256

#: Each test twice: under this system's rules for files, and under Windows' (windows_files.py).
pytestmark = pytest.mark.usefixtures("file_rules")


def run(*argv: str) -> int:
    return cli.run_command(cli.parse_args(list(argv)))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = paths.prepare_data_dir(tmp_path / "data")
    db.open_database(paths.database_path(folder))
    plan.add_item("Walk round the block")
    db.close_database()
    return folder


def _everything(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


PROTECTED = [
    "between-sessions.sqlite3",
    "between-sessions.sqlite3-wal",
    "between-sessions.sqlite3-shm",
    "between-sessions.sqlite3.lock",
    "backups/backup-2026-11-26-120000-manual.sqlite3",
    ".",
]


@pytest.mark.parametrize("target", PROTECTED)
@pytest.mark.parametrize("how", ["json", "markdown", "backup"])
def test_nothing_is_ever_written_over_the_data(
    target: str, how: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.open_database(paths.database_path(data_dir))
    files.copy_database(paths.database_path(data_dir), data_dir / PROTECTED[4])  # a backup
    db.close_database()
    before = _everything(data_dir)
    out = str(data_dir / target)
    if how == "backup":
        code = run("backup", "--out", out, "--data-dir", str(data_dir))
    else:
        code = run("export", "--format", how, "--out", out, "--data-dir", str(data_dir))

    assert code == cli.EXIT_PROBLEM
    said = capsys.readouterr().err
    assert "is part of your data" in said or "is a folder" in said, said
    assert _everything(data_dir) == before


def test_not_even_while_the_app_has_the_data_open(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = paths.database_path(data_dir)
    before = sha256(database)
    with lock.DataLock(database):  # as the app holds it; the export then reads alongside
        code = run("export", "--out", str(database), "--data-dir", str(data_dir))
    assert code == cli.EXIT_PROBLEM
    assert "is part of your data" in capsys.readouterr().err
    assert sha256(database) == before


@pytest.mark.skipif(os.name != "posix", reason="made with a POSIX symlink")
def test_a_link_to_the_data_file_is_the_data_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = paths.database_path(data_dir)
    link = tmp_path / "harmless-looking.json"
    link.symlink_to(database)
    before = sha256(database)
    assert run("export", "--out", str(link), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM
    assert "is part of your data" in capsys.readouterr().err
    assert sha256(database) == before


def test_an_export_to_a_folder_that_is_not_there_names_that_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no such folder"
    assert (
        run("export", "--out", str(missing / "x.json"), "--data-dir", str(data_dir))
        == cli.EXIT_PROBLEM
    )
    said = capsys.readouterr().err
    assert f"The folder {missing} doesn't exist" in said
    assert ".partial" not in said and "Errno" not in said


def test_an_export_onto_a_folder_says_so(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("export", "--out", str(tmp_path), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM
    said = capsys.readouterr().err
    assert "is a folder" in said and "Errno" not in said


def test_a_data_folder_that_is_a_file_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    export = tmp_path / "x.json"
    export.write_text("{}")
    assert run("import", str(export), "--data-dir", str(blocker)) == cli.EXIT_PROBLEM
    said = capsys.readouterr().err
    assert "isn't a Between Sessions export" in said  # the file is checked first
    from desktop.store.errors import DataFolderError

    with pytest.raises(DataFolderError) as caught:
        paths.prepare_data_dir(blocker / "data")  # a file where a folder above should be
    assert caught.value.code == "data_folder.blocked"
    assert caught.value.details["blocker"] == blocker
    with pytest.raises(DataFolderError) as caught:
        paths.prepare_data_dir(blocker)
    assert caught.value.code == "data_folder.not_a_folder"


def test_an_interrupted_export_is_tidied_up_by_the_next(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "everything.json"
    # A process that has ended, like an export killed half way: its unfinished copy is left.
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    gone = tmp_path / f".{out.name}.partial-{int(ended.stdout)}"
    gone.write_text("half of a journal")
    running = tmp_path / f".{out.name}.partial-{os.getpid()}x"  # not a pid: left alone
    running.write_text("someone else's")

    assert run("export", "--out", str(out), "--data-dir", str(data_dir)) == cli.EXIT_OK

    assert out.exists() and not gone.exists()
    assert running.exists()
    assert [p.name for p in tmp_path.glob(f".{out.name}.partial-*")] == [running.name]
