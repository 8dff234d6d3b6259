"""One app per data folder: a second launch hands over and exits; a crashed lock is recovered, and
so is a lock file that can't be read; a lock file that can't be written is said as such."""

from __future__ import annotations

import ctypes
import errno
import os
import signal
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile

from desktop import app, paths
from desktop.store import errors, files, lock
from desktop.ui.app import single_instance
from desktop.ui.app.single_instance import SingleInstance, request_path
from tests.said import raises_saying, said
from tests.store.store_helpers import fill_up, mounted_small_disk

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return paths.database_path(paths.prepare_data_dir(tmp_path / "data"))


@pytest.fixture
def running(qtbot: Any, db_path: Path) -> Iterator[SingleInstance]:
    """This test process plays the running app."""
    instance = SingleInstance(db_path)
    assert instance.claim()
    instance.listen()
    yield instance
    instance.release()


def _launch(db_path: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(db_path.parent), *extra],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow  # starts the app as a process of its own
def test_a_second_launch_brings_the_running_window_forward_and_exits(
    qtbot: Any, db_path: Path, running: SingleInstance
) -> None:
    second = _launch(db_path)
    with qtbot.waitSignal(running.activated, timeout=30_000):
        pass  # waiting here runs the event loop, so this process answers the second launch
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    assert second.returncode == 0, second.stderr.read() if second.stderr else ""
    assert not db_path.exists()  # the second launch never opened the data


ASKER = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from pathlib import Path
from desktop.ui.app.single_instance import ask_running_instance
sys.exit(0 if ask_running_instance(Path(sys.argv[1]), timeout_ms=20_000) else 1)
"""


@pytest.mark.slow  # starts the app as a process of its own
def test_a_launch_while_the_app_is_still_starting_waits_for_it_to_answer(
    qtbot: Any, db_path: Path
) -> None:
    instance = SingleInstance(db_path)
    assert instance.claim()  # the window is going up; nothing listens yet
    try:
        second = subprocess.Popen([sys.executable, "-c", ASKER, str(db_path)], cwd=REPO)
        qtbot.waitUntil(request_path(db_path, second.pid).exists, timeout=30_000)  # it asked
        with qtbot.waitSignal(instance.activated, timeout=30_000):
            instance.listen()
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        assert second.returncode == 0
    finally:
        instance.release()


def test_the_lock_also_keeps_commands_from_writing(db_path: Path, running: SingleInstance) -> None:
    assert lock.is_locked(db_path)
    with pytest.raises(errors.DataLocked):
        lock.DataLock(db_path).acquire()


def test_a_second_claim_in_the_same_process_is_refused(
    db_path: Path, running: SingleInstance
) -> None:
    assert not SingleInstance(db_path).claim()


def test_the_lock_file_is_private_and_gone_after_release(db_path: Path) -> None:
    instance = SingleInstance(db_path)
    assert instance.claim()
    if os.name == "posix":
        assert os.stat(lock.lock_path(db_path)).st_mode & 0o777 == 0o600
    instance.release()
    assert not lock.lock_path(db_path).exists()
    assert not lock.is_locked(db_path)


CRASHER = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from desktop.ui.app.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
assert instance.claim()
instance.listen()
print("claimed", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.slow  # starts the app as a process of its own
def test_a_lock_left_by_a_crashed_app_is_recovered_at_once(qtbot: Any, db_path: Path) -> None:
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHER, str(db_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert crashed.stdout == "claimed\n"
    assert crashed.returncode == -signal.SIGKILL
    assert lock.lock_path(db_path).exists()  # left behind

    instance = SingleInstance(db_path)
    assert instance.claim()  # at once: no waiting for the lock to grow old
    instance.listen()
    try:
        # The crashed instance's data is ours now: a new launch hands over to us.
        second = _launch(db_path)
        with qtbot.waitSignal(instance.activated, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        assert second.returncode == 0
    finally:
        instance.release()


@pytest.mark.slow  # starts the app as a process of its own
def test_a_launch_while_a_command_holds_the_data_says_it_is_busy(db_path: Path) -> None:
    with lock.DataLock(db_path):
        second = _launch(db_path, "--smoke-test")
        _, err = second.communicate(timeout=60)
    assert second.returncode == 4
    assert "A Between Sessions command" in err and "once it has finished" in err
    assert not request_path(db_path, second.pid).exists()  # it took its question back


def test_a_question_left_by_a_launch_that_was_killed_is_answered_at_start(
    qtbot: Any, db_path: Path
) -> None:
    request_path(db_path, 424242).touch()
    instance = SingleInstance(db_path)
    assert instance.claim()
    try:
        with qtbot.waitSignal(instance.activated, timeout=5_000):
            instance.listen()  # (bringing a window forward as it opens does no harm)
        assert not request_path(db_path, 424242).exists()
    finally:
        instance.release()


def test_data_open_on_another_computer_is_busy_and_nothing_is_asked(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A shared folder: the lock names another computer, whose window can't come forward here.
    lock.lock_path(db_path).write_text(f"{os.getpid()}\nbetween-sessions\nanother-computer\n")
    asked: list[Path] = []
    monkeypatch.setattr(single_instance, "ask_running_instance", asked.append)
    assert single_instance.claim(db_path) is False
    assert asked == []

    lock.lock_path(db_path).unlink()
    with lock.DataLock(db_path):  # held on this computer (by a command, here)
        assert single_instance.claim(db_path) is None  # so the holder is asked
    assert asked == [db_path]


def _asking_on_windows(monkeypatch: pytest.MonkeyPatch, user32: Any) -> list[str]:
    """What a later launch does, in order, on Windows (faked): what it allows, and its asking."""
    done: list[str] = []

    def win_dll(name: str, use_last_error: bool = False) -> Any:
        done.append(f"loaded {name}")
        if isinstance(user32, BaseException):
            raise user32
        return user32

    def asking(path: Path, flags: int) -> int:
        done.append(f"asked by {path.name}")
        return files.open_to_write(path, flags)

    monkeypatch.setattr(ctypes, "WinDLL", win_dll, raising=False)  # (only Windows has it)
    monkeypatch.setattr(single_instance, "open_to_write", asking)
    monkeypatch.setattr(sys, "platform", "win32")
    return done


def test_on_windows_a_later_launch_lets_the_running_app_come_forward_before_asking(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows keeps the foreground for the program started last: the running app, asked by a
    # file, could only flash its taskbar button unless the later launch allows it first.
    instance = SingleInstance(db_path)
    assert instance.claim()  # this process is the running app (it doesn't answer here)
    try:
        user32 = types.SimpleNamespace()
        done = _asking_on_windows(monkeypatch, user32)

        def allow(pid: int) -> int:
            done.append(f"allowed {pid}")
            return 1

        user32.AllowSetForegroundWindow = allow
        answered = single_instance.ask_running_instance(db_path, timeout_ms=0)
        monkeypatch.undo()
    finally:
        instance.release()
    assert not answered
    assert done == [
        "loaded user32",
        f"allowed {os.getpid()}",
        f"asked by {request_path(db_path).name}",
    ]


@pytest.mark.parametrize("trouble", ["no user32", "refused", "unforeseen", "another computer"])
def test_when_windows_refuses_the_foreground_the_later_launch_asks_all_the_same(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, trouble: str
) -> None:
    holder = "another-computer" if trouble == "another computer" else lock.host_name()
    lock.lock_path(db_path).write_text(f"4242\nbetween-sessions\n{holder}\n\n\n")
    user32: Any = types.SimpleNamespace(
        AllowSetForegroundWindow={"refused": lambda pid: 0, "unforeseen": lambda pid: 1 / 0}.get(
            trouble, lambda pid: pytest.fail("allowed another computer's process")
        )
    )
    done = _asking_on_windows(
        monkeypatch, OSError("no user32") if trouble == "no user32" else user32
    )
    single_instance.ask_running_instance(db_path, timeout_ms=0)
    monkeypatch.undo()
    assert done[-1] == f"asked by {request_path(db_path).name}"


def test_a_window_brought_forward_keeps_the_size_it_had(qtbot: Any, db_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.app import startup

    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMaximized()
    window.showMinimized()  # maximised, then put in the taskbar
    instance = SingleInstance(db_path)
    assert instance.claim()
    request_path(db_path, 4242).touch()  # a later launch asks
    try:
        with qtbot.waitSignal(instance.activated, timeout=5_000):
            startup.answer_later_launches(window, instance)
    finally:
        instance.release()
    assert window.windowState() == Qt.WindowState.WindowMaximized  # not minimised, nor normal
    assert window.isVisible()


# -- a lock file that can't be read, or can't be written ---------------------------------------

UNREADABLE = {
    "empty": b"",  # made by a command on a full disk, its lines never written
    "garbage": b"\x00\xff\xfe garbage \x80\n\x00",
}


def _left_a_while_ago(path: Path, content: bytes) -> None:
    """A lock file nobody is making any more: written a minute ago."""
    path.write_bytes(content)
    then = time.time() - 60
    os.utime(path, (then, then))


@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_an_unreadable_lock_nobody_holds_never_blocks_the_app(
    qtbot: Any, db_path: Path, content: bytes
) -> None:
    _left_a_while_ago(lock.lock_path(db_path), content)
    instance = single_instance.claim(db_path)
    assert isinstance(instance, SingleInstance)
    try:
        assert lock.is_locked(db_path)
    finally:
        instance.release()
    assert not lock.lock_path(db_path).exists()


def test_a_command_holding_the_data_still_blocks_the_app_whatever_its_file_holds(
    qtbot: Any, db_path: Path
) -> None:
    with lock.DataLock(db_path):
        assert not SingleInstance(db_path).claim()
        if os.name == "posix":  # (its flock says it is held; Windows can't empty an open file)
            _left_a_while_ago(lock.lock_path(db_path), b"")
            assert not SingleInstance(db_path).claim()
            assert lock.lock_path(db_path).exists()


@pytest.mark.skipif(os.name != "posix", reason="Windows can't empty a file the app holds open")
def test_the_running_app_still_blocks_whatever_its_file_holds(
    db_path: Path, running: SingleInstance
) -> None:
    _left_a_while_ago(lock.lock_path(db_path), b"")
    with pytest.raises(errors.DataLocked):
        lock.DataLock(db_path).acquire()
    assert not SingleInstance(db_path).claim()
    assert lock.lock_path(db_path).exists()


def _qt_refuses(monkeypatch: pytest.MonkeyPatch, error: QLockFile.LockError) -> None:
    """QLockFile couldn't make or write its file, and says only error (not its errno)."""
    monkeypatch.setattr(QLockFile, "tryLock", lambda _self, _timeout=0: False)
    monkeypatch.setattr(QLockFile, "error", lambda _self: error)


def _disk_full(*_args: object) -> int:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_lock_file_the_disk_has_no_room_for_is_said_as_a_full_disk(
    qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What QLockFile does on a full disk: it makes the file, can't write its lines, removes it
    # and says UnknownError. The app's test write beside it meets the same full disk.
    _qt_refuses(monkeypatch, QLockFile.LockError.UnknownError)
    monkeypatch.setattr(os, "write", _disk_full)
    with raises_saying(errors.DataFolderError, r"disk that holds it .* is full") as caught:
        single_instance.claim(db_path)
    assert caught.value.code == "lock.disk_full"
    assert "busy" not in said(caught.value)
    assert "Nothing was changed" in said(caught.value)
    assert list(db_path.parent.iterdir()) == []  # the test write left nothing behind


def test_a_folder_that_refuses_the_lock_file_is_said_as_such(
    qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _qt_refuses(monkeypatch, QLockFile.LockError.PermissionError)
    with raises_saying(errors.DataFolderError, r"its folder .* can't be written to") as caught:
        single_instance.claim(db_path)
    assert caught.value.code == "lock.read_only"


def test_trouble_writing_that_has_passed_is_said_as_such(
    qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _qt_refuses(monkeypatch, QLockFile.LockError.UnknownError)  # and the test write goes through
    with raises_saying(errors.DataFolderError, "try again in a moment") as caught:
        single_instance.claim(db_path)
    assert caught.value.code == "lock.cannot_write"


def test_a_really_full_disk_is_said_as_such(qtbot: Any, tmp_path: Path) -> None:
    with mounted_small_disk(tmp_path) as disk:
        db_path = paths.database_path(paths.prepare_data_dir(disk / "data"))
        filler = fill_up(disk)
        with raises_saying(errors.DataFolderError, "is full"):
            single_instance.claim(db_path)
        assert list(db_path.parent.iterdir()) == []
        filler.unlink()
        instance = single_instance.claim(db_path)  # room again: the data is the app's as ever
        assert isinstance(instance, SingleInstance)
        instance.release()


def test_a_really_read_only_folder_is_said_as_such(qtbot: Any, tmp_path: Path) -> None:
    with mounted_small_disk(tmp_path) as disk:
        db_path = paths.database_path(paths.prepare_data_dir(disk / "data"))
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with raises_saying(errors.DataFolderError, "can't be written to") as caught:
            single_instance.claim(db_path)
        assert caught.value.code == "lock.read_only"


FULL_AT_START = """
import errno, os, sys
from PySide6.QtCore import QLockFile
from desktop import app

def full(*_args):
    raise OSError(errno.ENOSPC, "No space left on device")

# As on a full disk: QLockFile can't write its file, and neither can anything else.
QLockFile.tryLock = lambda _self, _timeout=0: False
QLockFile.error = lambda _self: QLockFile.LockError.UnknownError
os.write = full
sys.exit(app.main(["--data-dir", sys.argv[1], "--smoke-test"]))
"""


def _start(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home))
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow  # starts the app as a process of its own
def test_a_full_disk_at_start_is_said_as_a_full_disk_not_as_busy(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    done = _start("-c", FULL_AT_START, str(data_dir), home=tmp_path / "config")
    assert done.returncode == app.EXIT_DISK_FULL, done.stderr
    assert "is full" in done.stderr
    assert "Nothing was changed" in done.stderr
    assert "busy" not in done.stderr
    assert "Traceback" not in done.stderr
    assert list(data_dir.iterdir()) == []


@pytest.mark.slow  # starts the app as a process of its own
def test_a_really_full_disk_at_start_is_said_as_a_full_disk(tmp_path: Path) -> None:
    with mounted_small_disk(tmp_path) as disk:
        data_dir = paths.prepare_data_dir(disk / "data")
        fill_up(disk)
        done = _start(
            "-m", "desktop", "--data-dir", str(data_dir), "--smoke-test", home=tmp_path / "config"
        )
        assert done.returncode == app.EXIT_DISK_FULL, done.stderr
        assert "is full" in done.stderr
        assert "busy" not in done.stderr
        assert list(data_dir.iterdir()) == []


def test_on_windows_the_running_app_on_this_pc_is_not_taken_for_another_computer(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A PC named "Dana-Laptop-2024": QLockFile writes %COMPUTERNAME%, "DANA-LAPTOP-202", while
    # QSysInfo.machineHostName() says "Dana-Laptop-2024". A second launch must still ask the
    # running app to come to the front, not say it is open on another computer.
    from PySide6.QtCore import QSysInfo

    from tests.windows_files import _WindowsOs

    monkeypatch.setattr("desktop.store.lock.os", _WindowsOs())
    monkeypatch.setenv("COMPUTERNAME", "DANA-LAPTOP-202")
    monkeypatch.setattr(QSysInfo, "machineHostName", staticmethod(lambda: "Dana-Laptop-2024"))
    lock.lock_path(db_path).write_bytes(
        f"{os.getpid()}\nBetween Sessions.exe\nDANA-LAPTOP-202\n\n\n".encode()
    )

    assert not SingleInstance(db_path).held_on_another_computer()
