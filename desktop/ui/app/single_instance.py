"""One running app per data folder, and a later launch bringing it to the front.

The running app holds a QLockFile beside the database. A later launch with the same data, on
the same computer, leaves a small request file beside it and waits; the running app watches the
folder, removes the request (its answer) and comes to the front, and the later launch exits.
On Windows the later launch first lets it take the foreground, which Windows otherwise keeps
for the program the person started last.
Nothing but QtCore and the data folder, which only this user can open: no sockets, no QtNetwork
in the app at all.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QTimer, Signal, Slot

from desktop.store.files import open_to_write
from desktop.store.lock import cannot_write_error, clear_unreadable_lock, host_name, lock_path

HAND_OVER_TIMEOUT_MS = 3000
POLL_MS = 25  # how often a later launch looks for the answer


def request_path(db_path: Path, asker: int | None = None) -> Path:
    """The file a later launch (process asker, this one by default) leaves to ask the running
    app to come to the front: one per launch, so each waits for its own answer."""
    return db_path.with_name(f"{db_path.name}.bring-to-front-{asker or os.getpid()}")


def _requests(db_path: Path) -> list[Path]:
    return list(db_path.parent.glob(f"{glob.escape(db_path.name)}.bring-to-front-*"))


class SingleInstance(QObject):
    """Claims the data folder for this process; emits activated when a later launch asks."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._lock_file = lock_path(db_path)
        self._lock = QLockFile(str(self._lock_file))
        # Held for as long as the app runs: never stale by age. A lock left by a crashed
        # process is still recovered at once (QLockFile checks whether its process is alive).
        self._lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """Take the lock; False when another process holds the data.

        Raises DataFolderError when the lock file can't be written (a full disk, a folder that
        can't be written to): nothing holds the data then, and nothing was changed.
        """
        # A lock file nobody holds that can't be read as one (left on a full disk): QLockFile,
        # which never calls a lock stale by age here, would find the data busy for good.
        clear_unreadable_lock(self._db_path)
        if not self._lock.tryLock(0):
            refused = self._lock.error()
            if refused == QLockFile.LockError.LockFailedError:
                return False  # held
            # PermissionError or UnknownError: the lock file couldn't be made or written.
            denied = refused == QLockFile.LockError.PermissionError
            raise cannot_write_error(self._lock_file, denied=denied)
        if os.name == "posix":
            os.chmod(self._lock_file, 0o600)
        return True

    def held_on_another_computer(self) -> bool:
        """Whether the lock (not ours) is held by a copy of the app on another computer, which
        a request file in a shared folder must not bring to the front there."""
        _pid, host, _app = self._lock.getLockInfo()
        return bool(host) and host != host_name()  # (as QLockFile names this computer)

    def listen(self) -> None:
        """Answer later launches (once the lock is claimed): they bring this window forward."""
        assert self._lock.isLocked()
        self._watcher = QFileSystemWatcher([str(self._db_path.parent)], self)
        self._watcher.directoryChanged.connect(self._answer)
        self._answer()  # a launch that asked while this one was starting up

    @Slot()
    def _answer(self) -> None:
        answered = False
        for request in _requests(self._db_path):  # none: something else changed in the folder
            try:
                request.unlink()  # the answer the asking launch waits for
            except FileNotFoundError:
                continue
            except OSError:
                # Held for a moment (a virus scanner, say): answer shortly instead.
                QTimer.singleShot(POLL_MS, self._answer)
                continue
            answered = True
        if answered:
            self.activated.emit()

    def release(self) -> None:
        """Stop answering and let the lock go (at exit)."""
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect(self._answer)
            self._watcher.deleteLater()
            self._watcher = None
        if self._lock.isLocked():
            self._lock.unlock()


def _let_it_come_forward(db_path: Path) -> None:
    """Windows: let the process holding db_path's lock take the foreground. A launch the person
    just started may; the running app, asked by a file, may not (the foreground lock: its
    activateWindow would only flash its taskbar button) unless this one lets it."""
    if sys.platform != "win32":
        return
    try:
        pid, host, _app = QLockFile(str(lock_path(db_path))).getLockInfo()
        if pid <= 0 or (host and host != host_name()):
            return
        import ctypes

        user32 = ctypes.WinDLL("user32", use_last_error=True)
        allow = user32.AllowSetForegroundWindow
        allow.argtypes = (ctypes.c_ulong,)
        allow.restype = ctypes.c_int
        allow(pid)  # refused (this launch isn't in front either): it flashes, as before
    except Exception:  # the window only flashes; never a reason not to ask
        return


def ask_running_instance(db_path: Path, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
    """Ask the app holding db_path to show its window; True when it answered."""
    request = request_path(db_path)
    _let_it_come_forward(db_path)  # before asking: it comes forward as soon as it answers
    try:
        os.close(open_to_write(request, os.O_WRONLY | os.O_CREAT | os.O_TRUNC))
    except OSError:
        return False
    # The running app may itself be starting up: it answers as soon as it listens.
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        if not os.path.exists(request):  # (never raises, even for a file being deleted)
            return True
        time.sleep(POLL_MS / 1000)
    with contextlib.suppress(OSError):
        request.unlink()  # nobody answered (a command holds the data): take the question back
    return False


def claim(db_path: Path) -> SingleInstance | bool:
    """Claim the data for this process; if another has it, ask it to come to the front.

    Returns the SingleInstance to keep, True when the running app took over (exit quietly),
    or False when the data is busy and nothing answered (an import from the command line, or
    the app open on another computer that shares the folder). Raises DataFolderError when the
    lock file can't be written (SingleInstance.claim).
    """
    instance = SingleInstance(db_path)
    if instance.claim():
        return instance
    if instance.held_on_another_computer():
        return False
    return ask_running_instance(db_path)
