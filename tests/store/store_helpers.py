"""Helpers for the store tests: looking at database files from outside the store, and a small
disk to fill."""

from __future__ import annotations

import errno
import gzip
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import pytest

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def sha256(path: Path) -> str:
    """The file's content hash, to prove a file was left exactly as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> set[str]:
    """The SQLite side files (-wal, -shm, -journal) that exist next to path."""
    return {
        f"{path.name}{suffix}" for suffix in SIDECAR_SUFFIXES if Path(f"{path}{suffix}").exists()
    }


def unpacked(path: Path, into: Path) -> Path:
    """A packed backup (``*.sqlite3.gz``) unpacked into the folder into, to look at it as a
    database; a plain one as it is."""
    if not path.name.endswith(".gz"):
        return path
    into.mkdir(parents=True, exist_ok=True)
    target = into / path.name.removesuffix(".gz")
    with gzip.open(path, "rb") as packed:
        target.write_bytes(packed.read())
    return target


def read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write, for looking at a file from outside.

    With no -wal beside the file, nothing can be pending, so open it as immutable: a plain
    read-only connection to a WAL file would itself leave -wal/-shm files behind.
    """
    options = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)


def pragma(path: Path, name: str) -> int | str:
    """Read one pragma from a database file without the store."""
    conn = read_only(path)
    try:
        value = conn.execute(f"PRAGMA {name}").fetchone()[0]
        assert isinstance(value, int | str), f"PRAGMA {name} gave {value!r}"
        return value
    finally:
        conn.close()


TABLES = ("plan_item", "check_in", "check_in_reason", "adjustment")


def row_counts(path: Path) -> dict[str, int]:
    """Rows per table of the action plan, read from outside the store."""
    conn = read_only(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def damage(path: Path, table: str = "plan_item") -> None:
    """Overwrite the start of a table's root page with junk; the header still says "ours"."""
    with read_only(path) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page
    data[start : start + 512] = b"\x5a" * 512
    path.write_bytes(bytes(data))


def open_connection() -> sqlite3.Connection:
    """The open store's own sqlite3 connection (peewee's connection() is untyped)."""
    from desktop.store.models import database

    return cast("Callable[[], sqlite3.Connection]", database.connection)()


@contextmanager
def mounted_small_disk(tmp_path: Path, size: str = "1m") -> Iterator[Path]:
    """A 1 MB tmpfs for the length of the block (needs root and permission to mount on Linux;
    the test is skipped otherwise)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mount is not permitted here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_up(folder: Path) -> Path:
    """Take every byte left on the disk that holds folder with a filler file."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """folder, with nothing writable in it for the length of the block: bound read-only onto
    itself when root on Linux (root writes through any file mode), else mode 0555."""
    if os.name != "posix":
        pytest.skip("a folder that can't be written to is made with POSIX modes or mounts here")
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            yield folder
        finally:
            os.chmod(folder, 0o700)
        return
    if not sys.platform.startswith("linux"):
        pytest.skip("root writes through file modes, and a read-only bind mount needs Linux")
    for step in (["--bind", str(folder), str(folder)], ["-o", "remount,bind,ro", str(folder)]):
        done = subprocess.run(["mount", *step], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            subprocess.run(["umount", str(folder)], capture_output=True, check=False)
            pytest.skip(f"mount is not permitted here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
