"""The command line's lock (store/lock.py): a lock file that can't be read never blocks for good,
a live holder always does, and a lock file that can't be written is said as a full disk (or a
folder that can't be written to), never left behind."""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import errors, lock
from tests.said import raises_saying
from tests.store.store_helpers import fill_up, mounted_small_disk

#: Each test twice: under this system's rules for files, and under Windows' (windows_files.py).
pytestmark = pytest.mark.usefixtures("file_rules")

UNREADABLE = {
    "empty": b"",  # made on a full disk, its lines never written
    "garbage": b"\x00\xff\xfe garbage \x80\n\x00",
    "cut short": b"12345\nbetween-sess",
}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return paths.database_path(paths.prepare_data_dir(tmp_path / "data"))


def _left_a_while_ago(path: Path, content: bytes) -> None:
    """A lock file nobody is making any more: written a minute ago."""
    path.write_bytes(content)
    then = time.time() - 60
    os.utime(path, (then, then))


@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_an_unreadable_lock_nobody_holds_never_blocks_a_command(
    db_path: Path, content: bytes
) -> None:
    _left_a_while_ago(lock.lock_path(db_path), content)
    assert not lock.is_locked(db_path)
    with lock.DataLock(db_path):
        assert lock.is_locked(db_path)
        assert lock.lock_path(db_path).read_bytes().startswith(f"{os.getpid()}\n".encode())
    assert not lock.lock_path(db_path).exists()


def test_a_lock_file_being_made_counts_as_held(db_path: Path) -> None:
    # Its maker has just created it and not yet taken its flock or written its lines.
    lock.lock_path(db_path).write_bytes(b"")
    assert lock.is_locked(db_path)
    with pytest.raises(errors.DataLocked):
        lock.DataLock(db_path).acquire()
    assert not lock.clear_unreadable_lock(db_path)
    assert lock.lock_path(db_path).exists()


def test_a_live_holder_blocks_even_when_its_file_reads_as_nothing(db_path: Path) -> None:
    with lock.DataLock(db_path):
        with pytest.raises(errors.DataLocked):
            lock.DataLock(db_path).acquire()
        if os.name == "posix":  # (the holder's flock is what says it is held, whatever is in it)
            _left_a_while_ago(lock.lock_path(db_path), b"")
            with pytest.raises(errors.DataLocked):
                lock.DataLock(db_path).acquire()
            assert not lock.clear_unreadable_lock(db_path)
            assert lock.lock_path(db_path).exists()


def test_clearing_leaves_a_lock_that_reads_as_one(db_path: Path) -> None:
    # A lock left by a process that has gone, but readable: QLockFile's own rules recover it.
    _left_a_while_ago(lock.lock_path(db_path), b"4242424\nbetween-sessions\nthis-computer\n\n\n")
    assert not lock.clear_unreadable_lock(db_path)
    assert lock.lock_path(db_path).exists()
    assert not lock.clear_unreadable_lock(db_path.with_name("nothing-here.sqlite3"))


@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_clearing_removes_an_unreadable_lock_nobody_holds(db_path: Path, content: bytes) -> None:
    _left_a_while_ago(lock.lock_path(db_path), content)
    assert lock.clear_unreadable_lock(db_path)
    assert not lock.lock_path(db_path).exists()


@pytest.mark.parametrize("call", ["write", "fsync"])
def test_a_lock_that_cannot_be_written_is_said_as_a_full_disk_and_left_nowhere(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(os, call, full)
        with raises_saying(errors.DataFolderError, r"disk that holds it .* is full") as caught:
            lock.DataLock(db_path).acquire()
    assert caught.value.code == "lock.disk_full"
    assert not lock.lock_path(db_path).exists()
    assert not list(db_path.parent.iterdir())  # nothing else either
    with lock.DataLock(db_path):  # and once the disk has room, the lock is taken as ever
        assert lock.is_locked(db_path)


def test_a_folder_that_refuses_the_lock_file_is_said_as_such(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", refused)
    with raises_saying(errors.DataFolderError, r"can't be written to\. Nothing was changed"):
        lock.DataLock(db_path).acquire()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (skipped where it can't be mounted)."""
    with mounted_small_disk(tmp_path) as mount_point:
        yield mount_point


def test_a_lock_on_a_really_full_disk_is_said_as_such_and_left_nowhere(small_disk: Path) -> None:
    db_path = paths.database_path(paths.prepare_data_dir(small_disk / "data"))
    filler = fill_up(small_disk)
    with raises_saying(errors.DataFolderError, "is full") as caught:
        lock.DataLock(db_path).acquire()
    assert caught.value.code == "lock.disk_full"
    assert not lock.lock_path(db_path).exists()
    filler.unlink()
    with lock.DataLock(db_path):
        assert lock.is_locked(db_path)


# --- Windows: how QLockFile names this computer, and asking whether a process runs ----------

WINDOWS_NAME, DNS_NAME = "DANA-LAPTOP-202", "Dana-Laptop-2024"  # %COMPUTERNAME%, gethostname()


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """lock.py told it is on a Windows PC whose name has lower-case letters and 16 characters:
    QLockFile writes %COMPUTERNAME% (upper case, cut to 15), socket gives the DNS name."""
    import socket

    from tests.windows_files import _WindowsOs

    monkeypatch.setattr("desktop.store.lock.os", _WindowsOs())
    monkeypatch.setenv("COMPUTERNAME", WINDOWS_NAME)
    monkeypatch.setattr(socket, "gethostname", lambda: DNS_NAME)


def _as_qt_writes_it_on_windows(path: Path, pid: int) -> None:
    machine, boot = "4c4c4544-0042-3510-8052-b4c04f4a3732", "0d4b1e2a"
    path.write_bytes(f"{pid}\nBetween Sessions.exe\n{WINDOWS_NAME}\n{machine}\n{boot}\n".encode())


@pytest.mark.usefixtures("on_windows")
def test_on_windows_this_computer_is_named_as_qlockfile_names_it(db_path: Path) -> None:
    assert lock.host_name() == WINDOWS_NAME
    with lock.DataLock(db_path):
        assert lock.lock_path(db_path).read_text("utf-8").split("\n")[2] == WINDOWS_NAME


@pytest.mark.usefixtures("on_windows")
def test_on_windows_the_apps_lock_is_this_computers_own(db_path: Path) -> None:
    # Held by the app, alive: busy, and said as the app (not "on another computer").
    _as_qt_writes_it_on_windows(lock.lock_path(db_path), os.getpid())
    assert lock.busy_error(db_path).code == "data_busy"
    # Left by an app that has gone: stale, so recovered at once.
    _as_qt_writes_it_on_windows(lock.lock_path(db_path), 4_194_000)
    with lock.DataLock(db_path):
        assert lock.is_locked(db_path)


def test_asking_whether_a_process_runs_never_signals_it_on_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On Windows signal 0 is CTRL_C_EVENT: os.kill(pid, 0) would interrupt the process.
    import sys
    import types

    from desktop.store import files

    still_active, no_such_process, denied = 259, 87, 5
    running = {100: still_active, 200: 0}  # 200: ended, its exit code kept

    def open_process(_access: int, _inherit: bool, pid: int) -> int:
        if pid in running:
            return pid
        error = PermissionError(errno.EACCES, "denied") if pid == 300 else OSError(errno.EINVAL)
        error.winerror = denied if pid == 300 else no_such_process  # type: ignore[attr-defined]
        raise error

    fake = types.SimpleNamespace(
        OpenProcess=open_process,
        GetExitCodeProcess=lambda handle: running[handle],
        CloseHandle=lambda handle: None,
    )
    monkeypatch.setitem(sys.modules, "_winapi", fake)
    monkeypatch.setattr(sys, "platform", "win32")  # (files reads sys.platform when asked)
    monkeypatch.setattr(os, "kill", lambda *args: pytest.fail("os.kill was called"))

    alive = {pid: files.process_alive(pid) for pid in (100, 200, 300, 400)}
    monkeypatch.undo()
    assert alive == {100: True, 200: False, 300: True, 400: False}
