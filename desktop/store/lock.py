"""The lock file beside the database, readable without Qt.

The app holds it with Qt's QLockFile (desktop/ui/single_instance.py). The command line, which
must not load Qt, uses this module: it writes the same format (pid, process name, host name)
and follows the same rules, so the app and a command never write the same data at once.
On POSIX the holder also keeps an flock on the file, as QLockFile does; a lock file nobody
holds is stale and is recovered at once.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from desktop.store.errors import DataLocked


def lock_path(db_path: Path) -> Path:
    """The lock file that says "this data is open"."""
    return db_path.with_name(db_path.name + ".lock")


def _host_name() -> str:
    import socket  # here: the app takes its lock through Qt, and shouldn't pay for socket

    return socket.gethostname()


def _process_name(pid: int) -> str:
    try:
        return Path(os.readlink(f"/proc/{pid}/exe")).name.removesuffix(" (deleted)")
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read(path: Path) -> tuple[int, str, str] | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        return int(lines[0]), lines[1] if len(lines) > 1 else "", lines[2] if len(lines) > 2 else ""
    except (OSError, ValueError):
        return None


def _held_by_someone(path: Path) -> bool:
    """Whether a live process holds the existing lock file (QLockFile's rules)."""
    if os.name == "posix":
        import fcntl

        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True  # the holder keeps an flock for as long as it holds the lock
        finally:
            os.close(fd)
    info = _read(path)
    if info is None:
        return False
    pid, name, host = info
    if host and host != _host_name():
        return True  # another computer's lock (a shared folder): never taken over
    if not _alive(pid):
        return False
    own_name = _process_name(pid)
    return not (own_name and name and Path(name).name != own_name)


def is_locked(db_path: Path) -> bool:
    """Whether the app (or a command) has this data open right now."""
    path = lock_path(db_path)
    return path.exists() and _held_by_someone(path)


class DataLock:
    """Hold the data's lock file for the length of a ``with`` block (QLockFile-compatible)."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, recovering a stale one; raises DataLocked if it is held."""
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                if _held_by_someone(self.path):
                    raise DataLocked("data_busy", folder=self.path.parent) from None
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()  # stale: left by a process that has gone
                continue
            if os.name == "posix":
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            content = f"{os.getpid()}\n{_process_name(os.getpid()) or Path(sys.executable).name}"
            os.write(fd, f"{content}\n{_host_name()}\n\n\n".encode())
            os.fsync(fd)
            self._fd = fd
            return
        raise DataLocked("data_busy", folder=self.path.parent)

    def release(self) -> None:
        """Let the lock go (deleting the file, as QLockFile does)."""
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> DataLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
