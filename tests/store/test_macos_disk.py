"""macOS's fsync() leaves what was written in the drive's own cache, where a power cut loses it:
there the store asks SQLite for F_FULLFSYNC (at commits and checkpoints), and every copy and
export the app flushes itself goes through F_FULLFSYNC. Proven here by telling the store it is
on a Mac: SQLite keeps the pragmas on every system, and the flush calls are recorded."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import backup, db, export, files, plan
from tests.store.store_helpers import open_connection

F_FULLFSYNC = 51  # <sys/fcntl.h> on macOS (Python has it there only)


class Flushes:
    """What was asked of the disk: ("full", fd) for F_FULLFSYNC, ("fsync", fd) for fsync."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []
        self.full_fsync_works = True

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]


@pytest.fixture
def on_a_mac(monkeypatch: pytest.MonkeyPatch) -> Iterator[Flushes]:
    import fcntl

    flushes = Flushes()
    real_fsync, real_fcntl = os.fsync, fcntl.fcntl

    def full_fsync(fd: int, command: int, *args: int) -> object:
        if command != F_FULLFSYNC:
            return real_fcntl(fd, command, *args)
        if not flushes.full_fsync_works:  # (an SMB share, a FAT stick: ENOTSUP)
            raise OSError(errno.ENOTSUP, "Operation not supported")
        flushes.calls.append(("full", fd))
        real_fsync(fd)
        return 0

    def fsync(fd: int) -> None:
        flushes.calls.append(("fsync", fd))
        real_fsync(fd)

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", F_FULLFSYNC, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", full_fsync)
    monkeypatch.setattr(os, "fsync", fsync)
    yield flushes


def test_on_a_mac_sqlite_flushes_to_the_disk_itself_at_commits_and_checkpoints(
    on_a_mac: Flushes, tmp_path: Path
) -> None:
    db.open_database(paths.database_path(paths.prepare_data_dir(tmp_path / "data")))
    conn = open_connection()
    assert conn.execute("PRAGMA fullfsync").fetchone() == (1,)
    assert conn.execute("PRAGMA checkpoint_fullfsync").fetchone() == (1,)
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL


def test_elsewhere_sqlite_is_left_to_fsync(tmp_path: Path) -> None:
    db.open_database(paths.database_path(paths.prepare_data_dir(tmp_path / "data")))
    assert open_connection().execute("PRAGMA fullfsync").fetchone() == (0,)


def test_on_a_mac_a_backup_and_an_export_are_on_the_disk_itself(
    on_a_mac: Flushes, store: Path, tmp_path: Path
) -> None:
    plan.add_item("Walk round the block")
    on_a_mac.calls.clear()
    backup.make_backup(store, "test")
    assert on_a_mac.kinds() and set(on_a_mac.kinds()) == {"full"}  # the file and its folder
    on_a_mac.calls.clear()
    export.write_atomically(tmp_path / "summary.pdf", b"%PDF-1.4\n")
    assert on_a_mac.kinds() == ["full", "full"]  # the file, then its folder
    assert (tmp_path / "summary.pdf").read_bytes() == b"%PDF-1.4\n"


def test_where_a_disk_cant_do_a_full_flush_fsync_is_what_there_is(
    on_a_mac: Flushes, tmp_path: Path
) -> None:
    on_a_mac.full_fsync_works = False
    export.write_atomically(tmp_path / "out.json", b"{}")
    assert on_a_mac.kinds() == ["fsync", "fsync"]
    assert (tmp_path / "out.json").read_bytes() == b"{}"


def test_off_a_mac_a_flush_is_a_plain_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[int] = []
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(os, "fsync", flushed.append)
    with (tmp_path / "x").open("wb") as out:
        files.flush_to_disk(out.fileno())
        assert flushed == [out.fileno()]
