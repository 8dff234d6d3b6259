"""What Windows does to files that Linux doesn't (tests/windows_files.py): a file another program
holds open, a virus scanner opening a file just closed, text mode. The data comes through each,
and what can't be done is said plainly, with nothing half done."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import backup, db, export, files, plan
from desktop.store.errors import BackupError, DiskTrouble, ExportError, classify
from desktop.store.records import Outcome
from tests.said import said
from tests.store.store_helpers import sha256
from tests.windows_files import SHARING_VIOLATION, WindowsFiles, windows_file_rules


@pytest.fixture
def rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[WindowsFiles]:
    with windows_file_rules(monkeypatch) as in_force:
        yield in_force


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    db.open_database(path)
    item = plan.add_item("Walk round the block")
    plan.check_in(item.id, date(2024, 5, 6), Outcome.TRIED, note="A little")
    yield path
    db.close_database()


def _titles() -> list[str]:
    return [i.title for i in plan.list_items()]


def test_a_scanner_holding_a_file_just_written_only_delays_the_work(
    db_path: Path, tmp_path: Path, rules: WindowsFiles
) -> None:
    # Each step below meets a scanner on its first renames and goes on once it lets go.
    rules.busy_for(3)
    exported = export.export_json(tmp_path / "everything.json")
    rules.busy_for(3)
    made = backup.make_backup(db_path, "manual")
    plan.add_item("Only after the backup")
    rules.busy_for(3)
    backup.restore(made.path, db_path)
    rules.busy_for(2)
    db.close_database()
    moved = files.set_aside(db_path, "test")

    assert rules.refusals and all(r.startswith("scanner") for r in rules.refusals)
    assert "Walk round the block" in exported.read_text(encoding="utf-8")
    assert moved.exists() and not db_path.exists()
    db.open_database(moved)
    assert _titles() == ["Walk round the block"]  # the restore went through


def test_an_export_over_a_file_open_in_another_program_says_so_and_writes_nothing(
    db_path: Path, tmp_path: Path, rules: WindowsFiles
) -> None:
    target = tmp_path / "everything.json"
    target.write_bytes(b"the export from last week")
    with target.open("rb"), pytest.raises(ExportError) as caught:  # a viewer has it open
        export.export_json(target)

    assert caught.value.code == "export.in_use"
    assert "open in another program" in said(caught.value)
    assert target.read_bytes() == b"the export from last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "everything.json"]  # no partial


def test_a_restore_while_a_check_reads_the_file_leaves_the_data_as_it_was(
    db_path: Path, rules: WindowsFiles
) -> None:
    made = backup.make_backup(db_path, "manual")
    plan.add_item("Written after the backup")
    with contextlib.closing(files.read_only_connection(db_path)) as check:
        check.execute("SELECT count(*) FROM plan_item").fetchone()  # it holds the file open
        with pytest.raises(BackupError) as caught:
            backup.restore(made.path, db_path)

    assert "another program is holding the data file" in said(caught.value)
    assert db.is_open()  # the app goes on with the person's own data
    assert _titles() == ["Walk round the block", "Written after the backup"]
    assert not db_path.with_name(db_path.name + ".restoring").exists()
    assert any(r.startswith("open:") for r in rules.refusals)


def test_a_restore_waits_for_the_check_after_start(
    db_path: Path, rules: WindowsFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The check after start reads on a thread of its own inside no_restore_meanwhile(): a
    # restore asked for meanwhile, from the window, starts once the check is done with the file.
    made = backup.make_backup(db_path, "manual")
    plan.add_item("Written after the backup")
    checking, asked = threading.Event(), threading.Event()
    order: list[str] = []
    real_problems_with = backup.problems_with

    def problems_with(path: Path) -> object:
        asked.set()  # the restore has begun: it is about to wait for the check
        return real_problems_with(path)

    def check() -> None:
        with backup.no_restore_meanwhile():
            with contextlib.closing(files.read_only_connection(db_path)) as conn:
                checking.set()
                asked.wait(timeout=30)
                conn.execute("PRAGMA quick_check").fetchall()
            order.append("checked")

    monkeypatch.setattr(backup, "problems_with", problems_with)
    worker = threading.Thread(target=check)
    worker.start()
    assert checking.wait(timeout=30)
    backup.restore(made.path, db_path)
    order.append("restored")
    worker.join(timeout=30)

    assert order == ["checked", "restored"]
    assert _titles() == ["Walk round the block"]
    assert rules.refusals == []


def test_a_sharing_violation_is_another_program_holding_the_file_not_a_read_only_disk() -> None:
    held = PermissionError(errno.EACCES, "being used by another process")
    held.winerror = SHARING_VIOLATION  # type: ignore[attr-defined]
    assert classify(held) is DiskTrouble.LOCKED
    assert classify(PermissionError(errno.EACCES, "denied")) is DiskTrouble.READ_ONLY


def test_files_the_app_writes_are_written_as_binary_on_windows(
    db_path: Path, tmp_path: Path, rules: WindowsFiles
) -> None:
    # Under the rules, an os.open for writing without O_BINARY stops the test (Windows' text
    # mode would turn each "\n" into "\r\n"): the app's own writes all pass.
    from desktop.reports import markdown
    from desktop.store import lock

    out = export.export_json(tmp_path / "x.json")
    markdown.export_markdown(tmp_path / "x.md")
    backup.make_backup(db_path, "manual", out=tmp_path / "copy.sqlite3")
    db.close_database()
    with lock.DataLock(db_path):
        assert b"\r\n" not in lock.lock_path(db_path).read_bytes()
    assert b"\r\n" not in out.read_bytes()
    assert sha256(tmp_path / "copy.sqlite3")


def test_the_rules_refuse_what_windows_refuses(tmp_path: Path, rules: WindowsFiles) -> None:
    # The fixture itself: an open file can't be replaced, renamed or deleted, nor its folder.
    held = tmp_path / "held.txt"
    held.write_text("open", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("other", encoding="utf-8")
    with held.open("rb"):
        attempts: list[Callable[[], object]] = [
            lambda: os.replace(other, held),
            lambda: os.rename(held, tmp_path / "moved.txt"),
            lambda: os.unlink(held),
            lambda: shutil.rmtree(tmp_path),
        ]
        for attempt in attempts:
            with pytest.raises(PermissionError) as caught:
                attempt()
            assert caught.value.winerror == SHARING_VIOLATION  # type: ignore[attr-defined]
    os.replace(other, held)  # closed: fine
    assert held.read_text(encoding="utf-8") == "other"
