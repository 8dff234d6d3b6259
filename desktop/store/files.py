"""The data file on disk: checked copies, setting a file aside, flushing to disk, private
modes, read-only looks that leave nothing behind, and the names of backups.

Every operation here works the same on Windows, macOS and Linux: rename over an existing file
with os.replace, flush with os.fsync before a rename, never delete what might be rescued.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import peewee

from desktop import clock
from desktop.store.errors import BackupError, DamagedFileError, classify
from desktop.store.models import database, execute


def make_private(path: Path) -> None:
    """Make the database and its side files readable by this user only (POSIX)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(candidate, 0o600)


def create_private_file(path: Path) -> None:
    # SQLite creates files 0644 and gives -wal/-shm the main file's mode; start at 0600.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def backup_folder(db_path: Path) -> Path:
    """The folder, beside the database, where copies of it are kept."""
    return db_path.parent / "backups"


def sync_folder(folder: Path) -> None:
    """Make a rename inside folder durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: Page cache of a connection that only copies or checks a file: it reads each page once, so
#: a large cache (SQLite's default is 2 MiB) would only cost memory while the app starts.
CHECK_CACHE_KIB = 256


def _source_connection(source: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection to read source from: the store's own when it has source open."""
    if not database.is_closed() and Path(database.database).resolve() == source.resolve():
        return database.connection(), False  # type: ignore[no-untyped-call]
    if Path(f"{source}-wal").exists():
        # Someone (another process, or a crash) left a write-ahead log: read through it
        # without checkpointing it into the file.
        return sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True), True
    # A plain connection that only reads; closing it removes the side files it made.
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA query_only = 1")
    return conn, True


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent, checked snapshot of a database to target and return it.

    The snapshot (SQLite's backup API) is written under a temporary name, switched to a single
    self-contained file (no -wal), checked with quick_check, flushed to disk and only then
    renamed into place: a failed copy leaves no empty or partial file behind. 0600 on POSIX.
    """
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)  # only ever our own unfinished copy
    src, owned = _source_connection(source)
    try:
        create_private_file(partial)
        with contextlib.closing(sqlite3.connect(partial)) as dst:
            # Each page is copied once: a large page cache would only cost memory.
            for conn in (src, dst) if owned else (dst,):
                conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            verdict = dst.execute("PRAGMA quick_check").fetchall()
            if verdict != [("ok",)]:
                raise DamagedFileError("open.copy_damaged", name=source.name)
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
        sync_folder(target.parent)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        if owned:
            src.close()
    return target


def quick_check(path: Path | None = None) -> list[str]:
    """SQLite's quick_check of the open store (or of a closed file, read-only): [] when healthy."""
    try:
        if path is None:
            rows = execute("PRAGMA quick_check")
        else:
            with contextlib.closing(read_only_connection(path)) as conn:
                rows = conn.execute("PRAGMA quick_check").fetchall()
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        if classify(error) is not None:
            raise  # the disk, not the file: say so rather than call the file damaged
        return [str(error)]  # damage bad enough that the check itself can't finish
    return [] if rows == [("ok",)] else [str(r[0]) for r in rows]


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A read-only look at a closed file that leaves nothing behind (no -wal/-shm)."""
    if Path(f"{path}-wal").exists():
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
    return conn


SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def set_aside(path: Path, label: str = "damaged") -> Path:
    """Move a file (and its -wal/-shm/-journal) aside under a timestamped name; return it.

    Renaming only: nothing is deleted or rewritten, so whatever was there can still be rescued.
    The store must not have the file open (db.close_database() first).
    """
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    base = path.stem
    for attempt in range(1000):
        suffix = f"-{attempt}" if attempt else ""
        moved = path.with_name(f"{base}.{label}-{stamp}{suffix}{path.suffix}")
        if not any(Path(f"{moved}{s}").exists() for s in ("", *SIDE_SUFFIXES)):
            break
    for side in SIDE_SUFFIXES:  # side files first: the main file is what marks the set
        if Path(f"{path}{side}").exists():
            os.replace(f"{path}{side}", f"{moved}{side}")
    os.replace(path, moved)
    sync_folder(path.parent)
    return moved


BACKUP_PREFIX = "backup-"

BACKUP_STAMP = "%Y-%m-%d-%H%M%S"


def new_backup_path(db_path: Path, reason: str, when: datetime | None = None) -> Path:
    """A free name in the backups folder: backup-<date>-<time>-<reason>.sqlite3."""
    stamp = (when or clock.now()).strftime(BACKUP_STAMP)
    folder = backup_folder(db_path)
    for attempt in range(1000):
        extra = f"-{attempt}" if attempt else ""
        candidate = folder / f"{BACKUP_PREFIX}{stamp}-{reason}{extra}.sqlite3"
        if not candidate.exists():
            return candidate
    raise BackupError("backup.too_many")
