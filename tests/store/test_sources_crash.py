"""An import from another app killed half way, over and over (SIGKILL at a random moment while
it reads, previews, adds and indexes): after every kill the data is healthy and either fully as
before or fully imported, its search index matching it; the same import again completes, and
once more adds nothing."""

from __future__ import annotations

import contextlib
import json
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
from desktop.store import db, files, journal
from desktop.store.records import EntryFields
from tests.frozen import TODAY

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BETWEEN_SESSIONS_IMPORT_KILLS", "20"))
HERE, COMING = 40, 3000
#: What the command line will run: read, preview, import (store/sources), as one process.
IMPORT = """
import sys
from pathlib import Path
from desktop.store import db
from desktop.store.sources import detect, preview, write
db.open_database(Path(sys.argv[2]))
reading = detect.read_source(Path(sys.argv[1]))
preview.preview(reading)
print("writing", flush=True)
print(write.import_reading(reading), flush=True)
"""


def _entries(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(conn.execute("SELECT count(*) FROM journal_entry").fetchone()[0])


def _jrnl_export(path: Path) -> Path:
    entries = [
        {
            "title": f"Evening {n}.",
            "body": f"number{n} 😊 " + "naïve quiet words @walks " * 40,
            "date": (TODAY - timedelta(days=n)).isoformat(),
            "time": "21:30",
            "tags": ["@walks"],
            "starred": n % 7 == 0,
        }
        for n in range(COMING)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_killing_an_import_from_another_app_leaves_the_data_as_before_or_imported(
    tmp_path: Path,
) -> None:
    source = _jrnl_export(tmp_path / "jrnl.json")
    template = paths.prepare_data_dir(tmp_path / "template")
    db.open_database(paths.database_path(template))
    for n in range(HERE):
        journal.save_entry(None, EntryFields(day=TODAY - timedelta(days=n), body=f"here {n}"))
    db.close_database()
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def command(folder: Path) -> list[str]:
        return [sys.executable, "-c", IMPORT, str(source), str(paths.database_path(folder))]

    def start(folder: Path) -> subprocess.Popen[str]:
        """The import, once it has read and previewed the file: about to write."""
        process = subprocess.Popen(
            command(folder), cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        assert process.stdout.readline() == "writing\n"
        return process

    timed = tmp_path / "timed"
    shutil.copytree(template, timed)
    process = start(timed)
    began = time.monotonic()
    assert process.wait(timeout=120) == 0
    writes_for = time.monotonic() - began
    assert _entries(paths.database_path(timed)) == HERE + COMING

    rng = random.Random(20261202)
    states = {"before": 0, "imported": 0}
    killed = 0
    for run in range(RUNS):
        folder = tmp_path / f"run{run}"
        shutil.copytree(template, folder)
        database = paths.database_path(folder)
        process = start(folder)
        # A moment inside the write to kill at (not a wait for something to happen).
        time.sleep(rng.uniform(0, writes_for * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed += process.returncode == -signal.SIGKILL

        found = _entries(database)
        assert found in (HERE, HERE + COMING), f"run {run}: {found} entries"
        states["before" if found == HERE else "imported"] += 1
        assert files.search_index_problems(database) == [], f"run {run}"

        subprocess.run(command(folder), cwd=REPO, env=env, timeout=120, check=True)
        assert _entries(database) == HERE + COMING, f"run {run}"
        assert files.search_index_problems(database) == [], f"run {run}"
        subprocess.run(command(folder), cwd=REPO, env=env, timeout=120, check=True)
        assert _entries(database) == HERE + COMING, f"run {run}: the same file twice"
        shutil.rmtree(folder)

    print(f"\nsource import kill loop: {RUNS} runs, {killed} killed before finishing: {states}")
    assert killed > RUNS // 2
    assert states["before"] > 0
