"""The subcommands that need no window: export, import, backup, check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli, paths
from desktop.store import backup, db, health, lock, plan

REPO = Path(__file__).resolve().parents[2]
#: Each test twice: under this system's rules for files, and under Windows' (windows_files.py).
pytestmark = pytest.mark.usefixtures("file_rules")


def run(*argv: str) -> int:
    return cli.run_command(cli.parse_args(list(argv)))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = paths.prepare_data_dir(tmp_path / "data")
    db.open_database(paths.database_path(folder))
    plan.add_item("Walk round the block")
    plan.add_item("Say no once")
    db.close_database()
    return folder


def _titles(folder: Path) -> list[str]:
    db.open_database(paths.database_path(folder))
    try:
        return [i.title for i in plan.list_items()]
    finally:
        db.close_database()


def test_data_dir_is_accepted_before_and_after_the_command(data_dir: Path) -> None:
    before = cli.parse_args(["--data-dir", str(data_dir), "check"])
    after = cli.parse_args(["check", "--data-dir", str(data_dir)])
    assert before.data_dir == after.data_dir == str(data_dir)
    assert cli.parse_args([]).command is None


def test_export_then_import_into_a_fresh_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "everything.json"
    assert run("export", "--format", "json", "--out", str(out), "--data-dir", str(data_dir)) == 0
    assert json.loads(out.read_bytes())["format"] == "between-sessions-export"

    fresh = tmp_path / "fresh"
    assert run("import", str(out), "--data-dir", str(fresh)) == 0
    assert "2 added, 0 already here" in capsys.readouterr().out
    assert _titles(fresh) == ["Walk round the block", "Say no once"]
    assert run("import", str(out), "--data-dir", str(fresh)) == 0
    assert "0 added" in capsys.readouterr().out


def test_export_markdown(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "everything.md"
    assert (
        run("export", "--format", "markdown", "--out", str(out), "--data-dir", str(data_dir)) == 0
    )
    assert "### Walk round the block" in out.read_text(encoding="utf-8")


def test_import_of_a_bad_file_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"recipes": []}')
    assert run("import", str(bad), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM
    assert "isn't a Between Sessions export" in capsys.readouterr().err
    assert _titles(data_dir) == ["Walk round the block", "Say no once"]


def test_backup_to_the_folder_and_to_a_file(data_dir: Path, tmp_path: Path) -> None:
    assert run("backup", "--data-dir", str(data_dir)) == 0
    [made] = [n for n in os.listdir(data_dir / "backups") if n != backup.STATE_NAME]
    assert made.endswith("-command-line.sqlite3.gz")
    out = tmp_path / "copy.sqlite3"
    assert run("backup", "--out", str(out), "--data-dir", str(data_dir)) == 0
    assert health.check_health(out).healthy


def test_a_backup_while_the_app_is_open_leaves_the_apps_own_backup_alone(
    data_dir: Path,
) -> None:
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    # The app's background backup, half-written at this moment.
    in_progress = folder / "backup-2026-11-26-090000-start.sqlite3.partial"
    in_progress.write_bytes(b"SQLite format 3\x00 and more to come")
    with lock.DataLock(paths.database_path(data_dir)):  # the app holds the data
        assert run("backup", "--data-dir", str(data_dir)) == 0
    assert in_progress.exists()
    assert any(n.endswith("-command-line.sqlite3.gz") for n in os.listdir(folder))


def test_check_is_0_when_healthy_and_not_when_damaged(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.store.store_helpers import damage

    assert run("check", "--data-dir", str(data_dir)) == 0
    assert "Everything looks healthy" in capsys.readouterr().out
    damage(paths.database_path(data_dir))
    assert run("check", "--data-dir", str(data_dir)) != 0
    assert "problem" in capsys.readouterr().out


def test_commands_on_a_folder_with_no_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("check", "--data-dir", str(tmp_path / "none")) == cli.EXIT_PROBLEM
    assert "no data" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


HOLDER = """
import sys
from pathlib import Path
from desktop.store import db, plan
from desktop.ui.app.single_instance import SingleInstance
path = Path(sys.argv[1])
held = SingleInstance(path)  # the app's own lock (QLockFile)
assert held.claim()
db.open_database(path)
plan.add_item("Written by the running app")
print("ready", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def app_running(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the data open and holds its lock as the app does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.database_path(data_dir))],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
    yield holder
    holder.communicate("\n", timeout=30)


def test_import_refuses_while_the_app_has_the_data_open(
    data_dir: Path, tmp_path: Path, app_running: object, capsys: pytest.CaptureFixture[str]
) -> None:

    out = tmp_path / "x.json"
    assert run("export", "--out", str(out), "--data-dir", str(data_dir)) == 0  # reading is fine
    assert "Written by the running app" in out.read_text(encoding="utf-8")
    before = paths.database_path(data_dir).read_bytes()

    assert run("import", str(out), "--data-dir", str(data_dir)) == cli.EXIT_DATA_BUSY

    assert "is open with this data" in capsys.readouterr().err
    assert paths.database_path(data_dir).read_bytes() == before
    assert run("check", "--data-dir", str(data_dir)) == 0
    assert run("backup", "--data-dir", str(data_dir)) == 0


def test_a_command_blocked_by_another_command_is_told_to_wait_for_it(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.json"
    assert run("export", "--out", str(out), "--data-dir", str(data_dir)) == 0
    with lock.DataLock(paths.database_path(data_dir)):  # an import, say, still running
        assert run("import", str(out), "--data-dir", str(data_dir)) == cli.EXIT_DATA_BUSY
    said = capsys.readouterr().err
    assert "A Between Sessions command" in said and "once it has finished" in said
    assert "Close it first" not in said


def test_a_command_blocked_from_another_computer_names_it(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The app on the laptop has this shared folder open (its lock, as QLockFile writes it).
    lock_file = lock.lock_path(paths.database_path(data_dir))
    lock_file.write_text(f"{os.getpid()}\nbetween-sessions\nthe-laptop\n\n\n", encoding="utf-8")
    out = tmp_path / "x.json"
    assert run("export", "--out", str(out), "--data-dir", str(data_dir)) == 0
    assert run("import", str(out), "--data-dir", str(data_dir)) == cli.EXIT_DATA_BUSY
    said = capsys.readouterr().err
    assert "on another computer, the-laptop" in said and "Close it there" in said


def test_a_stale_lock_does_not_block_a_command(data_dir: Path, tmp_path: Path) -> None:
    # A crashed process's lock: its pid is gone.
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    lock.lock_path(paths.database_path(data_dir)).write_text(
        f"{dead.stdout.strip()}\npython3\nvm\n"
    )
    out = tmp_path / "x.json"
    assert run("import", str(out), "--data-dir", str(data_dir)) == cli.EXIT_PROBLEM  # no file
    assert not lock.is_locked(paths.database_path(data_dir))


def test_commands_never_load_qt(data_dir: Path, tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from desktop.app import main\n"
        f"code = main(['check', '--data-dir', {str(data_dir)!r}])\n"
        f"code += main(['export', '--out', {str(tmp_path / 'x.json')!r}, "
        f"'--data-dir', {str(data_dir)!r}])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stderr


def test_restore_lists_the_backups_and_puts_one_back(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = paths.database_path(data_dir)
    assert run("backup", "--data-dir", str(data_dir)) == 0
    db.open_database(database)
    plan.add_item("Added after the backup")
    db.close_database()
    capsys.readouterr()

    assert run("restore", "--data-dir", str(data_dir)) == 0
    listed = capsys.readouterr().out
    assert "1. " in listed and "(can be restored)" in listed

    assert run("restore", "1", "--data-dir", str(data_dir)) == 0
    said = capsys.readouterr().out
    assert "Restored the backup" in said and "What was there before is kept as" in said
    assert _titles(data_dir) == ["Walk round the block", "Say no once"]
    # ... and what was there before is itself a backup now, so the restore can be undone.
    assert run("restore", "--data-dir", str(data_dir)) == 0
    assert "before-restore" in capsys.readouterr().out


def test_restore_brings_back_a_data_file_that_isnt_a_database_any_more(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The way back when the app won't start: the data file was written over with other bytes.
    database = paths.database_path(data_dir)
    assert run("backup", "--data-dir", str(data_dir)) == 0
    database.write_bytes(b'{"this is": "not a database"}')
    assert run("check", "--data-dir", str(data_dir)) != 0
    capsys.readouterr()

    assert run("restore", "1", "--data-dir", str(data_dir)) == 0
    assert _titles(data_dir) == ["Walk round the block", "Say no once"]
    kept = [p.name for p in data_dir.iterdir() if "before-restore" in p.name]
    assert kept, "the unreadable file is kept under a dated name, never deleted"


def test_restore_waits_while_the_app_has_the_data_open(
    data_dir: Path, app_running: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("backup", "--data-dir", str(data_dir)) == 0
    assert run("restore", "1", "--data-dir", str(data_dir)) == cli.EXIT_DATA_BUSY
    assert "Close it first, then try again; nothing was changed" in capsys.readouterr().err


def test_restore_of_a_backup_that_isnt_there_says_how_to_list_them(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("restore", "7", "--data-dir", str(data_dir)) == cli.EXIT_USAGE
    assert "'between-sessions restore' lists them" in capsys.readouterr().err
