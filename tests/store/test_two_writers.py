"""Two processes writing through the store at once: every write lands, nobody sees "locked"."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.store import db, plan

# Two processes writing at once.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
WRITES = 150

WRITER = """
import sys
from datetime import date, timedelta
from pathlib import Path
from desktop.store import db, plan
from desktop.store.records import Outcome

path, name, start = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
db.open_database(path)
print("ready", flush=True)
while not start.exists():  # both writers begin together
    pass
for n in range(int(sys.argv[4])):
    # A read-then-write each time (add_item reads the last position), the pattern that fails
    # under contention in a deferred transaction.
    item = plan.add_item(f"{name} {n}")
    plan.check_in(item.id, date(2024, 1, 1) + timedelta(days=n % 30), Outcome.DONE)
print("done", flush=True)
"""


def test_two_processes_writing_at_once_all_land(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path)
    db.close_database()
    start = tmp_path / "start"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, str(start), str(WRITES)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    start.touch()
    results = [writer.communicate(timeout=300) for writer in writers]

    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert out == "done\n"
        assert "locked" not in err
    db.open_database(path)
    titles = [i.title for i in plan.list_items()]
    assert len(titles) == 2 * WRITES
    assert len(set(titles)) == 2 * WRITES
    positions = [i.position for i in plan.list_items()]
    assert len(set(positions)) == 2 * WRITES  # no two writers read the same "last position"
    assert len(plan.check_ins_between(date(2024, 1, 1), date(2024, 12, 31))) == 2 * WRITES
