"""A full disk: a clear message, nothing damaged, no empty backup, and writes resume after."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import backup, db, errors, plan
from desktop.store.errors import CannotSaveError, DiskTrouble
from desktop.store.models import execute
from tests.said import raises_saying, said

SIZE = "3m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (needs root and permission to mount; skipped otherwise)."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mount is not permitted here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        db.close_database()
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill_up(folder: Path, leave: int) -> Path:
    """Take all but about `leave` bytes of the disk with a filler file."""
    filler = folder / "filler"
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with filler.open("wb") as out, contextlib.suppress(OSError):
        out.write(b"\0" * max(0, free - leave))
    return filler


def test_a_full_disk_is_said_plainly_and_nothing_is_lost(small_disk: Path) -> None:
    path = small_disk / "between-sessions.sqlite3"
    db.open_database(path)
    plan.add_item("Written before the disk filled up")
    backup.make_backup(path)
    filler = _fill_up(small_disk, leave=120_000)

    stored = 1
    with pytest.raises(CannotSaveError) as caught:
        for n in range(1000):
            plan.add_item(f"Item {n}", why="a long reason " * 1400)
            stored += 1

    error = caught.value
    assert error.trouble is DiskTrouble.FULL
    assert said(error).startswith(
        "Your disk is full; nothing was lost, and what you typed is still here."
    )
    assert execute("PRAGMA quick_check") == [("ok",)]
    assert len(plan.list_items()) == stored  # every write before the error is there

    # A backup on a full disk says so and leaves no empty or partial file behind.
    before = sorted(os.listdir(small_disk / "backups"))
    with raises_saying(errors.BackupError, "disk is full"):
        backup.make_backup(path)
    assert sorted(os.listdir(small_disk / "backups")) == before

    # Space comes back: the same write goes through, on the same open store.
    filler.unlink()
    plan.add_item("Written after space was freed", why="a long reason " * 1400)
    assert len(plan.list_items()) == stored + 1
    assert execute("PRAGMA integrity_check") == [("ok",)]
    db.close_database()
    db.open_database(path)
    assert plan.list_items()[-1].title == "Written after space was freed"
    assert backup.make_backup(path).size > 0
