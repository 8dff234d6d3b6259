"""One app per data folder: a second launch hands over and exits; a crashed lock is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop import paths
from desktop.store import errors, lock
from desktop.ui.app import single_instance
from desktop.ui.app.single_instance import SingleInstance, request_path

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
    assert "busy with this data" in err
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
