"""SIGTERM and SIGHUP (a logout, a shutdown, `kill`) end the app as closing its window does.

What is being typed is stored, the window's state is kept, no dialog holds the end up, and the
store closes and lets its lock go: the lock file and the in-use marker are gone, and the app
exits with 0. POSIX only: Windows has no SIGTERM to catch (desktop/app.py says why).
"""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop import app, paths
from desktop.store import lock
from desktop.ui.app import session_end

ROOT = Path(__file__).resolve().parents[1]
DEADLINE_S = 60.0

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGTERM can be caught on POSIX only")

# Typed into a new journal entry, then the signal: the autosave is put off for a day, so only
# the close the signal starts can store these words.
TEXT = "Wrote this just before the computer shut down. Still here? 😊 שלום"

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from desktop import app
from desktop.ui.app import help_boxes
from desktop.ui.app.main_window import MainWindow
from desktop.ui.journal import editor

editor.AUTOSAVE_MS = 24 * 60 * 60 * 1000  # put off: only the signal's close stores the words
data_dir, text = sys.argv[1], sys.argv[2]
real_data_opened = MainWindow.data_opened


def open_a_dialog(window):
    # Said from inside the About box's event loop: the box is up, waiting for an answer.
    QTimer.singleShot(0, lambda: print("typed, and a dialog is up", flush=True))
    help_boxes.show_about(window)


def data_opened(self):
    real_data_opened(self)
    self.tabs.setCurrentIndex(1)  # the Journal
    journal = self.journal_tab
    journal.new_entry()
    journal.editor.body.insertPlainText(text)
    QTimer.singleShot(0, lambda: open_a_dialog(self))


MainWindow.data_opened = data_opened
sys.exit(app.main(["--data-dir", data_dir]))
"""


def _environment(home: Path) -> dict[str, str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        folder = home / name.lower()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        environment[name] = str(folder)
    environment["BETWEEN_SESSIONS_HOME"] = str(home / "own")  # where the settings go
    return environment


def _wait_for_line(proc: subprocess.Popen[bytes], wanted: str, deadline: float) -> None:
    """Read the child's output until the line wanted, or fail at the deadline."""
    assert proc.stdout is not None
    seen = b""
    while wanted.encode() not in seen:
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"the app never said {wanted!r}; it said {seen!r}"
        ready, _, _ = select.select([proc.stdout], [], [], remaining)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 65536)
            assert chunk, f"the app ended before saying {wanted!r}; it said {seen!r}"
            seen += chunk


def _stored_bodies(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [body for (body,) in conn.execute("SELECT body FROM journal_entry")]
    finally:
        conn.close()


@pytest.mark.slow  # starts the app as a process of its own
@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_ends_the_app_as_a_close_does(tmp_path: Path, ending: signal.Signals) -> None:
    data_dir = tmp_path / "data"
    home = tmp_path / "home"
    db_path = paths.database_path(data_dir)
    with (tmp_path / "stderr.txt").open("wb") as errors:
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), TEXT],
            cwd=ROOT,
            env=_environment(home),
            stdout=subprocess.PIPE,
            stderr=errors,
        )
        try:
            _wait_for_line(proc, "typed, and a dialog is up", time.monotonic() + DEADLINE_S)
            assert lock.lock_path(db_path).exists()  # (a control: held while it runs)
            assert _stored_bodies(db_path) == []  # (a control: nothing autosaved yet)
            os.kill(proc.pid, ending)
            code = proc.wait(timeout=DEADLINE_S)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            assert proc.stdout is not None
            proc.stdout.close()
    said = (tmp_path / "stderr.txt").read_text(errors="replace")

    assert code == app.EXIT_OK, said
    assert "Traceback" not in said
    assert _stored_bodies(db_path) == [TEXT]
    assert not lock.lock_path(db_path).exists()
    assert not db_path.with_name(db_path.name + ".in-use").exists()
    # The window's state was kept, as at a close.
    [settings] = (home / "own" / "settings").rglob("*.ini")
    assert "geometry" in settings.read_text(encoding="utf-8")


def test_the_signal_wakes_the_event_loop_and_only_sigterm_and_sighup_end(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended: list[bool] = []
    others: list[int] = []
    read_back = bytearray()
    real_read = os.read

    def read(fd: int, size: int) -> bytes:
        data = real_read(fd, size)
        read_back.extend(data)
        return data

    monkeypatch.setattr(os, "read", read)
    previous_usr1 = signal.signal(signal.SIGUSR1, lambda number, _frame: others.append(number))
    previous_term = signal.getsignal(signal.SIGTERM)
    undo = session_end.on_ending_signals(lambda: ended.append(True))
    try:
        # Another signal Python handles writes to the same wake-up pipe: it ends nothing.
        os.kill(os.getpid(), signal.SIGUSR1)
        qtbot.waitUntil(lambda: signal.SIGUSR1 in read_back, timeout=5_000)  # the loop woke
        assert others == [signal.SIGUSR1]
        assert ended == []

        os.kill(os.getpid(), signal.SIGTERM)  # caught: this process goes on
        qtbot.waitUntil(lambda: ended == [True], timeout=5_000)
    finally:
        undo()
        signal.signal(signal.SIGUSR1, previous_usr1)
    assert signal.getsignal(signal.SIGTERM) == previous_term
    assert signal.set_wakeup_fd(-1) == -1  # put back as it was (none)


def test_a_signal_set_to_be_ignored_stays_ignored(qtbot: Any) -> None:
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as under nohup
    try:
        undo = session_end.on_ending_signals(lambda: None)
        try:
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) is session_end._noted
        finally:
            undo()
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, previous)
