"""The whole app, as a process, on a large data file that turns out to be damaged: the smoke test
finishes at once (no box waits for an answer), and the file is left byte for byte as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import db, plan
from tests.store.store_helpers import damage, sha256, sidecars

pytestmark = pytest.mark.slow  # starts the app as a process of its own

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from desktop import app
from desktop.store import db

db.CHECK_AT_OPEN_MAX_BYTES = 0  # as if ten years of journal: checked after start
sys.exit(app.main(["--data-dir", sys.argv[1], "--smoke-test"]))
"""


def test_the_smoke_test_on_a_damaged_large_file_finishes_and_changes_nothing(
    tmp_path: Path,
) -> None:
    folder = paths.prepare_data_dir(tmp_path / "data")
    path = paths.database_path(folder)
    db.open_database(path)
    plan.add_item("Walk")
    db.close_database()
    damage(path, "adjustment")  # a table no tab reads until an item is opened
    before = sha256(path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))

    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=50,  # less than the smoke test's own minute: a box waiting would be noticed
    )

    assert done.returncode == 0, done.stderr
    assert "smoke test: visited 3 tabs" in done.stdout
    assert sha256(path) == before
    assert sidecars(path) == set()
