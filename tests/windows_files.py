"""Windows' rules for files, on Linux, for the tests that move, replace and delete files.

On Windows a file that is open (by this process: a Python file, an os.open descriptor, a SQLite
connection with its -wal and -shm) can't be renamed, replaced or deleted, and nor can a folder
that holds one: the call fails with WinError 32, "being used by another process". A virus
scanner, the search indexer or OneDrive opens a file that has just been closed, for a moment,
so a rename straight after a close can fail the same way. And a file opened with os.open
without O_BINARY is in text mode: every "\\n" written becomes "\\r\\n".

WindowsFiles puts these rules over os.replace, os.rename, os.unlink, os.remove, os.rmdir,
shutil.rmtree and os.open for the length of a test, and tells the app's modules that ask that
they are on Windows (their os.name is "nt"). What is open is read from /proc/self/fd, so every
way of opening a file counts (Linux only: elsewhere the fixture skips).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

SHARING_VIOLATION = 32  # ERROR_SHARING_VIOLATION: open in another process (or this one)
ACCESS_DENIED = 5  # ERROR_ACCESS_DENIED: what a scanner holding the file often gives
#: A flag bit that means nothing to Linux's open(2), standing in for Windows' O_BINARY.
FAKE_O_BINARY = 1 << 28
_WRITING = os.O_WRONLY | os.O_RDWR


#: The app's modules that ask os.name which system they are on: under the rules, they are told
#: "nt" (os.name itself can't change: pathlib asks it for every new Path).
AS_WINDOWS = (
    "desktop.paths",
    "desktop.store.backup",
    "desktop.store.export",
    "desktop.store.files",
    "desktop.store.lock",
    "desktop.ui.app.single_instance",
)


class _WindowsOs:
    """The os module, as the app's modules see it under the rules: os.name is "nt"."""

    name = "nt"

    def __getattr__(self, attr: str) -> Any:
        return getattr(os, attr)


def _open_paths() -> set[str]:
    """Every file and folder this process has open now."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith("/"):
                found.add(target.removesuffix(" (deleted)"))
    return found


def _where(path: Any, dir_fd: int | None = None) -> str:
    name = os.fsdecode(path)
    if dir_fd is not None and not os.path.isabs(name):
        name = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), name)
    return os.path.realpath(name)


def _refused(path: str, winerror: int) -> PermissionError:
    error = PermissionError(
        13, "The process cannot access the file because it is being used by another process", path
    )
    error.winerror = winerror  # type: ignore[attr-defined]  # as Windows' PermissionError has
    return error


class WindowsFiles:
    """The rules in force; busy_for(n) makes the next n moves or deletes meet a scanner."""

    def __init__(self) -> None:
        self.refusals: list[str] = []  # what was refused, for a test to look at
        self._scanner_left = 0

    def busy_for(self, times: int) -> None:
        """The next `times` renames, replaces or deletes fail as if a scanner held the file."""
        self._scanner_left = times

    def check(self, *paths: str) -> None:
        """Raise as Windows would if any of paths, or anything inside one, is open now."""
        if self._scanner_left and os.path.lexists(paths[0]):  # (it holds files that exist)
            self._scanner_left -= 1
            self.refusals.append(f"scanner: {paths[0]}")
            raise _refused(paths[0], ACCESS_DENIED)
        held = _open_paths()
        for path in paths:
            inside = path.rstrip("/") + "/"
            if path in held or any(h.startswith(inside) for h in held):
                self.refusals.append(f"open: {path}")
                raise _refused(path, SHARING_VIOLATION)


@contextlib.contextmanager
def windows_file_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[WindowsFiles]:
    """Windows' rules for files over the os functions, for the length of the block."""
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("what is open is read from /proc/self/fd (Linux)")
    rules = WindowsFiles()
    real_open = os.open
    real_rmtree = shutil.rmtree

    def two_paths(real: Callable[..., Any]) -> Callable[..., Any]:
        def moved(src: Any, dst: Any, *, src_dir_fd: Any = None, dst_dir_fd: Any = None) -> Any:
            rules.check(_where(src, src_dir_fd), _where(dst, dst_dir_fd))
            return real(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

        return moved

    def one_path(real: Callable[..., Any]) -> Callable[..., Any]:
        def removed(path: Any, *, dir_fd: Any = None) -> Any:
            rules.check(_where(path, dir_fd))
            return real(path, dir_fd=dir_fd)

        return removed

    def rmtree(path: Any, *args: Any, **kwargs: Any) -> Any:
        rules.check(_where(path))
        return real_rmtree(path, *args, **kwargs)

    def opened(path: Any, flags: int, mode: int = 0o777, *, dir_fd: Any = None) -> int:
        # The app's own os.open calls (Python's open() and Path.touch, which writes nothing,
        # look after themselves).
        ours = f"{os.sep}desktop{os.sep}" in sys._getframe(1).f_code.co_filename
        if ours and flags & _WRITING and not flags & FAKE_O_BINARY:
            raise AssertionError(
                f"{os.fsdecode(path)} opened for writing without O_BINARY: on Windows every "
                '"\\n" written to it would become "\\r\\n"'
            )
        return real_open(path, flags & ~FAKE_O_BINARY, mode, dir_fd=dir_fd)

    monkeypatch.setattr(os, "O_BINARY", FAKE_O_BINARY, raising=False)
    for name in ("replace", "rename"):
        monkeypatch.setattr(os, name, two_paths(getattr(os, name)))
    for name in ("unlink", "remove", "rmdir"):
        monkeypatch.setattr(os, name, one_path(getattr(os, name)))
    monkeypatch.setattr(shutil, "rmtree", rmtree)
    monkeypatch.setattr(os, "open", opened)
    for name in AS_WINDOWS:
        monkeypatch.setattr(f"{name}.os", _WindowsOs())
    # This PC's name as Windows gives it to QLockFile: the one the real lock files here carry
    # (unless a test has named the PC itself).
    if "COMPUTERNAME" not in os.environ:
        monkeypatch.setenv("COMPUTERNAME", socket.gethostname())
    yield rules


@pytest.fixture(params=["posix", "windows"])
def file_rules(request: pytest.FixtureRequest) -> Iterator[WindowsFiles | None]:
    """Each test twice: under this system's rules for files, and under Windows' (None, or the
    WindowsFiles in force)."""
    if request.param == "posix":
        yield None
        return
    with pytest.MonkeyPatch.context() as monkeypatch, windows_file_rules(monkeypatch) as rules:
        yield rules
