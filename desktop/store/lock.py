"""The lock file beside the database, readable without Qt.

The app holds it with Qt's QLockFile (desktop/ui/single_instance.py). The command line, which
must not load Qt, uses this module: it writes the same format (pid, process name, host name)
and follows the same rules, so the app and a command never write the same data at once. A
command adds a sixth line, which QLockFile doesn't read, so that whoever finds the data busy
can say whether the app or a command has it.
On POSIX the holder also keeps an flock on the file, as QLockFile does; a lock file nobody
holds is stale and is recovered at once. On Windows a holder keeps the file open, and Windows
deletes no file that is open: a lock file that can be deleted is held by nobody.

A lock file that can't be read as one (empty, cut short, garbage: a command on a full disk
made it and couldn't write its lines) is stale when nobody holds it, once it is a moment old.
QLockFile, told never to call a lock stale by age, would otherwise say "busy" about it for good.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from desktop.store import files
from desktop.store.errors import DataFolderError, DataLocked, DiskTrouble, classify

#: A lock file younger than this that can't be read yet may be one being made: its maker
#: creates it, then takes its flock, then writes its lines. Until then it counts as held.
BEING_MADE_S = 2.0
#: The sixth line of a lock file a command holds (QLockFile writes five lines and reads five).
COMMAND_MARK = "between-sessions command"
#: More than a lock file ever holds (a pid, a process name, a host name, two ids, a mark).
_LOCK_SIZE_LIMIT = 4096


def lock_path(db_path: Path) -> Path:
    """The lock file that says "this data is open"."""
    return db_path.with_name(db_path.name + ".lock")


def host_name() -> str:
    """This computer's name as QLockFile writes it and compares it: %COMPUTERNAME% on Windows
    (the upper-case NetBIOS name, which is not the host name socket gives), the host name
    elsewhere. A lock with another name is another computer's."""
    if os.name == "nt":
        return os.environ.get("COMPUTERNAME", "")
    import socket  # here: the app takes its lock through Qt, and shouldn't pay for socket

    return socket.gethostname()


def _process_name(pid: int) -> str:
    try:
        return Path(os.readlink(f"/proc/{pid}/exe")).name.removesuffix(" (deleted)")
    except OSError:
        return ""


def busy_error(db_path: Path) -> DataLocked:
    """What to say when the data's lock is held: by the app, by a command (an import, a backup,
    a restore), or on another computer that shares the folder."""
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        lines = []
    folder = db_path.parent
    host = lines[2] if len(lines) > 2 else ""
    if host and host != host_name():
        return DataLocked("data_busy.elsewhere", folder=folder, host=host)
    if len(lines) > 5 and lines[5] == COMMAND_MARK:
        return DataLocked("data_busy.command", folder=folder)
    return DataLocked("data_busy", folder=folder)


def _read(path: Path) -> tuple[int, str, str] | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        return int(lines[0]), lines[1] if len(lines) > 1 else "", lines[2] if len(lines) > 2 else ""
    except (OSError, ValueError):
        return None


def _reads_as_a_lock(data: bytes) -> bool:
    """Whether a lock file's bytes hold what QLockFile and DataLock write: a pid, the process's
    name and the host name, a line each."""
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return False
    pid = lines[0]
    return len(lines) > 3 and pid.isascii() and pid.isdigit() and int(pid) > 0


def _being_made(modified: float) -> bool:
    # The file's time is the system's (not the app's clock): compare it with the system's. In
    # the future (another computer's clock, on a shared folder) counts as now.
    return abs(time.time() - modified) < BEING_MADE_S


@contextlib.contextmanager
def _flock_if_free(path: Path) -> Iterator[int | None]:
    """POSIX: the lock file open with its flock taken for the length of the block, so nobody
    takes it or removes it meanwhile; None when a process holds it (every holder keeps an flock
    on it, QLockFile and DataLock alike). FileNotFoundError when there is no lock file."""
    import fcntl

    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield None
        else:
            yield fd
    finally:
        os.close(fd)  # (lets the flock go)


def _held_by_someone(path: Path) -> bool:
    """Whether a live process holds the existing lock file (QLockFile's rules)."""
    if os.name == "posix":
        try:
            with _flock_if_free(path) as fd:
                if fd is None:
                    return True  # the holder keeps an flock for as long as it holds the lock
        except FileNotFoundError:
            return False
    info = _read(path)
    if info is None:
        with contextlib.suppress(OSError):
            return _being_made(path.stat().st_mtime)
        return False
    pid, name, host = info
    if host and host != host_name():
        return True  # another computer's lock (a shared folder): never taken over
    if not files.process_alive(pid):
        return False
    own_name = _process_name(pid)
    return not (own_name and name and Path(name).name != own_name)


def is_locked(db_path: Path) -> bool:
    """Whether the app (or a command) has this data open right now."""
    path = lock_path(db_path)
    return path.exists() and _held_by_someone(path)


def clear_unreadable_lock(db_path: Path) -> bool:
    """Remove the data's lock file if it can't be read as a lock and nobody holds it; True when
    one was removed.

    For the app, before QLockFile.tryLock: QLockFile never takes such a file for stale. A lock
    file that reads as one is left to QLockFile's own rules, and one that can't be looked at
    (not readable by this user) is left as it is.
    """
    path = lock_path(db_path)
    if os.name == "posix":
        try:
            with _flock_if_free(path) as fd:
                if fd is None:
                    return False  # held
                # The flock is ours for the moment: nobody takes or removes this file meanwhile.
                if _reads_as_a_lock(os.read(fd, _LOCK_SIZE_LIMIT)):
                    return False
                mine = os.fstat(fd)
                now_there = os.stat(path)
                if (mine.st_dev, mine.st_ino) != (now_there.st_dev, now_there.st_ino):
                    return False  # replaced meanwhile: a new lock, not this one
                if _being_made(mine.st_mtime):
                    return False
                path.unlink()
                return True
        except OSError:
            return False  # gone, or not this user's to look at
    # Windows: a holder keeps its lock file open, and Windows deletes no open file.
    try:
        with path.open("rb") as file:
            data = file.read(_LOCK_SIZE_LIMIT)
        if _reads_as_a_lock(data) or _being_made(path.stat().st_mtime):
            return False
        path.unlink()
    except OSError:
        return False  # gone, held open, or not this user's to look at
    return True


def _test_write(lock_file: Path) -> DiskTrouble | None:
    """The disk trouble a small file beside lock_file meets now, or None when it is written."""
    probe = lock_file.with_name(f"{lock_file.name}.write-test-{os.getpid()}")
    try:
        fd = files.open_to_write(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    except OSError as error:
        return classify(error)
    try:
        _write_all(fd, b"\n" * 128)  # about what a lock file holds
        os.fsync(fd)  # some disks say they are full only here
    except OSError as error:
        return classify(error)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def cannot_write_error(
    lock_file: Path, error: OSError | None = None, *, denied: bool = False
) -> DataFolderError:
    """The error that says why lock_file couldn't be written: a full disk, a folder that can't
    be written to, or something passing.

    error: the OSError met, when there is one. QLockFile keeps its own to itself (denied: it
    said the folder refused it): then a small test write beside it finds out.
    """
    import shutil

    folder = lock_file.parent
    trouble = classify(error) if error is not None else _test_write(lock_file)
    if trouble is None and error is None:
        with contextlib.suppress(OSError):
            if shutil.disk_usage(folder).free == 0:
                trouble = DiskTrouble.FULL
    if trouble is DiskTrouble.FULL:
        return DataFolderError("lock.disk_full", folder=folder)
    if trouble is DiskTrouble.READ_ONLY or denied:
        return DataFolderError("lock.read_only", folder=folder)
    return DataFolderError("lock.cannot_write", folder=folder)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # (a disk that takes nothing and says nothing is full)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


class DataLock:
    """Hold the data's lock file for the length of a ``with`` block (QLockFile-compatible)."""

    def __init__(self, db_path: Path) -> None:
        self._db_path = db_path
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, recovering a stale one; raises DataLocked if it is held.

        Raises DataFolderError when the lock file can't be written (a full disk, a folder that
        can't be written to); no lock file is left behind then.
        """
        name = _process_name(os.getpid()) or Path(sys.executable).name
        # Made before the file is: once it exists, only the disk can keep it from being written.
        lines = (str(os.getpid()), name, host_name(), "", "", COMMAND_MARK)
        content = "".join(f"{line}\n" for line in lines).encode("utf-8", "replace")
        for _ in range(3):
            try:
                fd = files.open_to_write(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL)
            except FileExistsError:
                if _held_by_someone(self.path):
                    raise busy_error(self._db_path) from None
                self._remove_stale()
                continue
            except OSError as error:
                raise cannot_write_error(self.path, error) from error
            try:
                if os.name == "posix":
                    import fcntl

                    # Waits, if at all, for a process that is looking at this new file right
                    # now (it takes the flock for as long as a look takes).
                    fcntl.flock(fd, fcntl.LOCK_EX)
                _write_all(fd, content)
                os.fsync(fd)
            except BaseException as error:
                self._remove_own(fd)  # never a lock file without its lines, for anyone to find
                if isinstance(error, OSError):
                    raise cannot_write_error(self.path, error) from error
                raise
            self._fd = fd
            return
        raise busy_error(self._db_path)

    def _remove_stale(self) -> None:
        try:
            self.path.unlink()  # stale: left by a process that has gone
        except FileNotFoundError:
            pass
        except PermissionError as error:
            if os.name != "posix":  # held open after all: Windows deletes no open file
                raise busy_error(self._db_path) from None
            raise cannot_write_error(self.path, error) from error

    def _remove_own(self, fd: int) -> None:
        """Delete the lock file this process made, and close it. (Should deleting it not work, the
        file is left unheld, which the next one to look finds stale.)"""
        if os.name == "posix":
            with contextlib.suppress(OSError):
                self.path.unlink()  # while the flock still keeps others off it
            os.close(fd)
        else:
            os.close(fd)  # first: Windows deletes no open file
            with contextlib.suppress(OSError):
                self.path.unlink()

    def release(self) -> None:
        """Let the lock go (deleting the file, as QLockFile does)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        self._remove_own(fd)

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
