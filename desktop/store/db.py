"""Opening and closing the one database file, safely, and bringing its schema up to date."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee

from desktop.store import migrations as schema
from desktop.store.models import database, execute, writing

# "BtwS": marks a SQLite file as ours, so we never write into someone else's database.
APPLICATION_ID = 0x42747753
BUSY_TIMEOUT_SECONDS = 10
PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),
)


class StoreError(Exception):
    """A problem with the data file; the message is written for the person, not for a log."""


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the app; it is left untouched."""


class NotOurFileError(StoreError):
    """The file is not a Between Sessions database (or not a database at all)."""


class DamagedFileError(StoreError):
    """The file is ours but SQLite cannot read it as it is; it is left untouched."""


@dataclass(frozen=True)
class OpenResult:
    """What happened when the store opened: the file, and any migration backup that was made."""

    path: Path
    created: bool
    migrated_from: int | None
    migration_backup: Path | None


def schema_version() -> int:
    """The schema version this build of the app reads and writes."""
    return len(schema.MIGRATIONS)


SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class _Header:
    app_id: int
    version: int
    wal: bool


def _inspect(path: Path) -> _Header:
    """Read the application_id, user_version and journal mode from the file header.

    Reads the bytes directly rather than through SQLite, which would leave -wal and -shm files
    beside a database that may not be ours, and would take a 1-byte file for an empty database.
    """
    size = path.stat().st_size
    if size == 0:
        raise NotOurFileError(
            f"{path} is empty. It may have been cut short when it was copied; the app has left "
            "it exactly as it is."
        )
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotOurFileError(
            f"{path} is not a Between Sessions data file (it is not a database at all). "
            "The app has left it exactly as it is."
        )
    return _Header(
        app_id=int.from_bytes(header[68:72], "big", signed=True),
        version=int.from_bytes(header[60:64], "big", signed=True),
        wal=header[18] == 2,
    )


def _read_only_query(path: Path, sql: str) -> int:
    """One number from the database, through a read-only connection (which never checkpoints)."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error as exc:
        raise NotOurFileError(
            f"{path} could not be read ({exc}). The app has left it exactly as it is."
        ) from exc


def _check_ours(path: Path, known: int) -> int:
    """Return the file's schema version, or raise if it must not be opened for writing."""
    header = _inspect(path)
    app_id, version = header.app_id, header.version
    # A blank SQLite file is safe to build our schema in. (A read-only look at a file that is
    # not in WAL mode leaves no side files behind.)
    if (
        app_id == 0
        and version == 0
        and not header.wal
        and _read_only_query(path, "SELECT count(*) FROM sqlite_master") == 0
    ):
        return 0
    if app_id == APPLICATION_ID and Path(f"{path}-wal").exists():
        # The write-ahead log may hold a newer header than the file itself.
        version = _read_only_query(path, "PRAGMA user_version")
    if app_id != APPLICATION_ID:
        raise NotOurFileError(
            f"{path} is a database, but not one made by Between Sessions. "
            "The app has left it exactly as it is."
        )
    if version > known:
        raise NewerSchemaError(
            f"{path} was saved by a newer version of Between Sessions (data format {version}; "
            f"this version understands up to {known}). To keep your data safe it has "
            "not been opened or changed. Please install the newer version to use it."
        )
    return version


def _make_private(path: Path) -> None:
    """Make the database and its side files readable by this user only (POSIX)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(candidate, 0o600)


def _create_private_file(path: Path) -> None:
    # SQLite creates files 0644 and gives -wal/-shm the main file's mode; start at 0600.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def backup_folder(db_path: Path) -> Path:
    """The folder, beside the database, where copies of it are kept."""
    return db_path.parent / "backups"


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of a database to target, via a temporary name, and return it."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with contextlib.closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    finally:
        src.close()
    return target


def _migrate(from_version: int, steps: Sequence[schema.Migration]) -> None:
    """Apply migrations in one transaction, with foreign keys off while tables are rebuilt."""
    # With foreign keys on, a table rebuild would silently cascade-delete child rows.
    execute("PRAGMA foreign_keys = OFF")
    try:
        with writing():
            for step in steps[from_version:]:
                step(database)
            problems = execute("PRAGMA foreign_key_check")
            if problems:
                raise StoreError(
                    "Updating the data format found rows that point nowhere; nothing was changed."
                )
            execute(f"PRAGMA application_id = {APPLICATION_ID}")
            execute(f"PRAGMA user_version = {len(steps)}")
    finally:
        execute("PRAGMA foreign_keys = ON")


def _connect(path: Path) -> None:
    database.init(str(path), pragmas=list(PRAGMAS), timeout=BUSY_TIMEOUT_SECONDS)
    database.connect()


def _build_new(path: Path, steps: Sequence[schema.Migration]) -> None:
    """Build a fresh database under a temporary name and move it into place when complete.

    So an interrupted first start never leaves an empty or half-made file at the real name.
    """
    building = path.with_name(path.name + ".new")
    for leftover in (building, *(Path(f"{building}{suffix}") for suffix in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)  # only ever our own unfinished build
    _create_private_file(building)
    _connect(building)
    try:
        _migrate(0, steps)
    finally:
        database.close()
    os.replace(building, path)


def open_database(
    path: Path, *, migrations: Sequence[schema.Migration] | None = None
) -> OpenResult:
    """Open (or create) the database at path and bring its schema up to date.

    A file that is not ours or that is newer than this app is refused before anything is written.
    Before any migration of an existing file, a copy is saved in the backups folder.
    """
    steps = schema.MIGRATIONS if migrations is None else migrations
    close_database()
    created = not path.exists()
    version = 0 if created else _check_ours(path, len(steps))
    backup = None
    if 0 < version < len(steps):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = copy_database(
            path, backup_folder(path) / f"before-update-v{version}-to-v{len(steps)}-{stamp}.sqlite3"
        )
    if created:
        _build_new(path, steps)
    _make_private(path)
    try:
        _connect(path)
        if version < len(steps) and not created:
            _migrate(version, steps)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        close_database()
        raise DamagedFileError(
            f"{path} looks damaged and could not be read (SQLite says: {exc}). "
            "The app has not changed it."
        ) from exc
    except BaseException:
        close_database()
        raise
    return OpenResult(
        path=path,
        created=created,
        migrated_from=version if 0 < version < len(steps) else None,
        migration_backup=backup,
    )


def close_database() -> None:
    """Close the database if it is open (checkpointing the write-ahead log)."""
    if not database.is_closed():
        database.close()


def is_open() -> bool:
    """Whether the store currently has a database open."""
    return not database.is_closed()
