"""The app started as a process on a data folder that really can't be written to: it shows the
data read-only, visits every tab, closes, and leaves every file in the folder as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import db, journal, notes, plan, safety, wins
from desktop.store.encouragement_records import NoteKind, SafetySection
from desktop.store.records import EntryFields, Outcome
from tests.frozen import TODAY
from tests.store.store_helpers import read_only_folder, sha256

# It starts the app as a process of its own.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def make_data(folder: Path) -> None:
    """A data folder with something in every tab, made (and closed) as the app leaves it."""
    path = paths.database_path(paths.prepare_data_dir(folder))
    db.open_database(path)
    try:
        item = plan.add_item("Walk round the block")
        plan.check_in(item.id, TODAY, Outcome.TRIED)
        journal.save_entry(None, EntryFields(day=TODAY, title="Rainy", body="Stayed in."))
        notes.add_note(NoteKind.FUTURE_ME, "It passes.")
        wins.add_win(TODAY, "Made lunch")
        safety.add_item(SafetySection.COPING, "A hot shower")
    finally:
        db.close_database()


def snapshot(folder: Path) -> dict[str, str]:
    """Every name in the folder (folders too), with each file's sha256."""
    return {
        str(path.relative_to(folder)): "folder" if path.is_dir() else sha256(path)
        for path in sorted(folder.rglob("*"))
    }


def run_app(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """python -m desktop, with everything it might touch beside the data pointed inside home."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", BETWEEN_SESSIONS_HOME=str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        place = home / name.lower()
        place.mkdir(mode=0o700, parents=True, exist_ok=True)
        environment[name] = str(place)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=environment,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_folder_that_cannot_be_written_to_is_shown_read_only_and_left_as_it_was(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    make_data(data)
    before = snapshot(data)
    assert "between-sessions.sqlite3" in before

    with read_only_folder(data):
        with pytest.raises(OSError):
            (data / "probe").write_text("can it be written?")  # it really can't
        result = run_app(tmp_path / "home", "--data-dir", str(data), "--smoke-test")
        during = snapshot(data)

    assert result.returncode == 0, result.stderr
    assert "smoke test: data shown" in result.stdout
    assert "visited 3 tabs" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert during == before
    assert snapshot(data) == before
