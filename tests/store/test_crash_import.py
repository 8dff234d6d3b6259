"""An import killed half way, over and over: started as the command line a person would run
(into a journal already there, so a backup comes first) and SIGKILLed at a random moment.

After every kill the data is healthy and either fully as before or fully imported, with its
search index matching it; and the same import run again completes.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import db, export, files, journal
from desktop.store.records import EntryFields, ThoughtRecord
from tests.frozen import TODAY

# Starts and kills an import scores of times.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BETWEEN_SESSIONS_IMPORT_KILLS", "30"))
HERE, COMING = 50, 3000


def _fill(folder: Path, count: int, words: str) -> None:
    db.open_database(paths.database_path(folder))
    for n in range(count):
        journal.save_entry(
            None,
            EntryFields(
                day=TODAY - timedelta(days=n),
                title=f"{words} {n}",
                body=f"{words} number{n} 😊 " + "naïve quiet words " * 60,
                tags=("walks", "Ärger") if n % 2 else (),
                thought_record=ThoughtRecord(situation=f"{words} met") if n % 5 == 0 else None,
            ),
        )
    db.close_database()


def _entries(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(conn.execute("SELECT count(*) FROM journal_entry").fetchone()[0])


def test_killing_an_import_half_way_leaves_the_data_as_before_or_imported(
    tmp_path: Path,
) -> None:
    source = paths.prepare_data_dir(tmp_path / "source")
    _fill(source, COMING, "coming")
    db.open_database(paths.database_path(source))
    exported = export.export_json(tmp_path / "export.json")
    db.close_database()
    template = paths.prepare_data_dir(tmp_path / "template")
    _fill(template, HERE, "here")

    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}

    def command(folder: Path) -> list[str]:
        return [sys.executable, "-m", "desktop", "import", str(exported), "--data-dir", str(folder)]

    timed = tmp_path / "timed"
    shutil.copytree(template, timed)
    began = time.monotonic()
    subprocess.run(command(timed), cwd=REPO, env=env, timeout=120, check=True)
    lasts = time.monotonic() - began
    assert _entries(paths.database_path(timed)) == HERE + COMING

    rng = random.Random(20261202)
    states = {"before": 0, "imported": 0}
    killed = 0
    for run in range(RUNS):
        folder = tmp_path / f"run{run}"
        shutil.copytree(template, folder)
        database = paths.database_path(folder)
        process = subprocess.Popen(
            command(folder),
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0, lasts))  # reading, checking, backing up, adding, indexing
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed += process.returncode == -signal.SIGKILL

        found = _entries(database)
        assert found in (HERE, HERE + COMING), f"run {run}: {found} entries"
        states["before" if found == HERE else "imported"] += 1
        assert files.search_index_problems(database) == [], f"run {run}"

        done = subprocess.run(command(folder), cwd=REPO, env=env, timeout=120)
        assert done.returncode == 0, f"run {run}: the import again"
        assert _entries(database) == HERE + COMING, f"run {run}"
        assert files.search_index_problems(database) == [], f"run {run}"
        shutil.rmtree(folder)

    print(f"\nimport kill loop: {RUNS} runs, {killed} killed before finishing: {states}")
    assert killed > RUNS // 2
    assert states["before"] > 0
