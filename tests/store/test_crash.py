"""Crash-proof writes: a writer killed with SIGKILL at random moments, over and over."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.store import backup, db
from tests.store.crash_loop import kill_loop

# Kills a writer process hundreds of times: the inner loop leaves it to CI.
pytestmark = pytest.mark.slow

RUNS = int(os.environ.get("BETWEEN_SESSIONS_KILL_RUNS", "200"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killing_the_writer_at_random_moments_loses_and_damages_nothing(tmp_path: Path) -> None:
    tally = kill_loop(tmp_path / "data", RUNS, seed=20241126)

    print(
        f"\nkill loop: {tally.runs} runs, {tally.acknowledged} acknowledged batches, "
        f"{len(tally.damaged)} damaged, {len(tally.lost)} lost, "
        f"{len(tally.half_written)} half-written, {len(tally.bad_backups)} bad backups, "
        f"{tally.seconds:.1f} s"
    )
    assert tally.runs == RUNS
    assert tally.acknowledged > RUNS  # the writer really wrote between the kills
    assert tally.damaged == []
    assert tally.lost == []
    assert tally.half_written == []
    assert tally.bad_backups == []
    # The app opens what is left, and a backup made once the unfinished copies are old enough to
    # be abandoned ones (not another process's, in progress) clears them.
    path = tmp_path / "data" / "between-sessions.sqlite3"
    folder = tmp_path / "data" / "backups"
    later = time.time() - backup.LEFTOVER_AGE.total_seconds() - 60
    for unfinished in folder.glob("*.partial*"):
        os.utime(unfinished, (later, later))
    db.open_database(path)
    backup.make_backup(path)
    assert not [p for p in folder.iterdir() if ".partial" in p.name]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_an_encrypted_store_killed_at_random_moments_loses_and_damages_nothing(
    tmp_path: Path,
) -> None:
    from desktop import paths
    from desktop.store import keys, plan, protect

    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    db.open_database(path)
    plan.add_item("Before protecting")
    db.close_database()
    saved, keys._calibrated = keys._calibrated, keys.Cost(*keys.FLOOR)  # (a quick unlock)
    try:
        protect.protect(path, "correct horse")
    finally:
        keys._calibrated = saved
    tally = kill_loop(tmp_path / "data", RUNS, seed=20261202, passphrase="correct horse")

    print(
        f"\nencrypted kill loop: {tally.runs} runs, {tally.acknowledged} acknowledged batches, "
        f"{len(tally.damaged)} damaged, {len(tally.lost)} lost, "
        f"{len(tally.half_written)} half-written, {len(tally.bad_backups)} bad backups, "
        f"{tally.seconds:.1f} s"
    )
    assert tally.acknowledged > RUNS
    assert (tally.damaged, tally.lost, tally.half_written, tally.bad_backups) == ([], [], [], [])
    assert protect.is_protected(path)
    assert b"batch 1" not in path.read_bytes()
    assert len(tally.checked_backups) > 0  # encrypted backups were made, and checked
