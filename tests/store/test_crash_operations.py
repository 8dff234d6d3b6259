"""The whole-file operations killed half way, over and over: a restore, a backup --out and an
export, each started as the command line a person would run and SIGKILLed at a random moment.

After every kill the data is healthy and either fully as before or fully restored; and the
next run of the same operation (for a restore, the next start as well) leaves no unfinished
copy behind: no full-size journal lying about in the data folder or beside an export.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import backup, db, files, journal, plan
from desktop.store.records import EntryFields
from tests.frozen import TODAY

# Starts and kills a command process scores of times.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BETWEEN_SESSIONS_OPERATION_KILLS", "45"))
OPERATIONS = ("restore", "backup", "backup-out", "export")


def _titles(path: Path) -> frozenset[str]:
    if path.name.endswith(".gz"):  # a packed backup: looked at in memory
        with contextlib.closing(sqlite3.connect(":memory:")) as conn:
            conn.deserialize(gzip.decompress(path.read_bytes()))
            return frozenset(t for (t,) in conn.execute("SELECT title FROM plan_item"))
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return frozenset(t for (t,) in conn.execute("SELECT title FROM plan_item"))


def _command(operation: str, folder: Path, out: Path) -> list[str]:
    base = [sys.executable, "-m", "desktop"]
    if operation == "restore":
        return [*base, "restore", "1", "--data-dir", str(folder)]
    if operation == "backup":  # packed, into the backups folder
        return [*base, "backup", "--data-dir", str(folder)]
    if operation == "backup-out":
        return [*base, "backup", "--out", str(out / "copy.sqlite3"), "--data-dir", str(folder)]
    return [*base, "export", "--out", str(out / "everything.json"), "--data-dir", str(folder)]


def _unfinished(folder: Path, out: Path) -> list[str]:
    found = [p.name for p in folder.iterdir() if ".restoring" in p.name or ".new" in p.name]
    # (A killed backup's .partial files in the backups folder are removed by the next backup
    # once they are old enough not to be another process's copy in progress: see test_crash.)
    found += [p.name for p in out.iterdir() if ".partial" in p.name]
    return sorted(found)


def test_killing_restores_backups_and_exports_half_way_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    folder = paths.prepare_data_dir(tmp_path / "data")
    out = tmp_path / "out"
    out.mkdir()
    database = paths.database_path(folder)
    db.open_database(database)
    for number in range(300):  # about 15 MB: copying it takes a while to kill in
        plan.add_item(f"In the backup {number}", why="w" * 2000)
        journal.save_entry(None, EntryFields(day=TODAY, body=f"words {number} " * 6000))
    backup.make_backup(database, "manual")
    plan.add_item("Only after the backup")
    db.close_database()
    made = backup.list_backups(database)[0].path
    before, restored = _titles(database), _titles(made)

    rng = random.Random(20261202)
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    # How long each takes, start to end, so that the kills fall all through it.
    lasts = {}
    for operation in OPERATIONS:
        began = time.monotonic()
        subprocess.run(_command(operation, folder, out), cwd=REPO, env=env, timeout=60, check=True)
        lasts[operation] = time.monotonic() - began
    kills: dict[str, int] = {}
    for run in range(RUNS):
        operation = OPERATIONS[run % len(OPERATIONS)]
        process = subprocess.Popen(
            _command(operation, folder, out),
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0, lasts[operation]))  # starting, copying, renaming, ...
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed = process.returncode == -signal.SIGKILL
        kills[operation] = kills.get(operation, 0) + killed

        # Healthy, and fully one or the other: never a half-restored file. (Each restore backs
        # up what was there first, and that backup is the newest: restores go to and fro.)
        assert _titles(database) in (before, restored), f"run {run}: {operation}"

        # The next run of the same operation tidies up after the killed one ...
        done = subprocess.run(_command(operation, folder, out), cwd=REPO, env=env, timeout=60)
        assert done.returncode == 0, f"run {run}: {operation} again"
        # ... and so does the next start, for what a restore leaves in the data folder.
        files.remove_unfinished(database)
        assert _unfinished(folder, out) == [], f"run {run}: {operation}"
        # A restored file comes with its search index rebuilt; the newest backup is whole.
        assert files.search_index_problems(database) == [], f"run {run}: {operation}"
        newest = backup.list_backups(database)[0].path
        assert backup.problems_with(newest) is None, f"run {run}: {operation}"

    print(f"\noperation kill loop: {RUNS} runs, killed before finishing: {kills}")
    assert all(kills.get(operation, 0) > 0 for operation in OPERATIONS)
