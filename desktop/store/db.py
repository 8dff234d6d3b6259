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
from desktop.store.errors import DiskTrouble, StoreError, classify
from desktop.store.models import database, execute, writing

__all__ = [
    "APPLICATION_ID",
    "DamagedFileError",
    "EmptyFileError",
    "NewerSchemaError",
    "NotOurFileError",
    "OpenResult",
    "StoreError",
    "close_database",
    "copy_database",
    "open_database",
    "set_aside",
]

# "BtwS": marks a SQLite file as ours, so we never write into someone else's database.
APPLICATION_ID = 0x42747753
BUSY_TIMEOUT_SECONDS = 10
PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),
)


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the app; it is left untouched."""


class NotOurFileError(StoreError):
    """The file is not a Between Sessions database (or not a database at all)."""


class EmptyFileError(NotOurFileError):
    """The data file is empty (0 bytes): most likely ours, cut short. It is left untouched."""


class DamagedFileError(StoreError):
    """The file is ours but SQLite cannot read it as it is, or its check finds damage.

    It is left untouched; the app then moves it aside (set_aside) and offers the newest good
    backup (backup.newest_good_backup).
    """


class CannotOpenError(StoreError):
    """The disk or folder keeps the app from opening the file (read-only, full, locked)."""


_OPEN_TROUBLE = {
    DiskTrouble.FULL: "the disk is full",
    DiskTrouble.READ_ONLY: "its folder can't be written to",
    DiskTrouble.LOCKED: "another program is holding it",
    DiskTrouble.UNREADABLE: "the disk didn't answer",
}


@dataclass(frozen=True)
class OpenResult:
    """What happened when the store opened: the file, and any migration backup that was made."""

    path: Path
    created: bool
    migrated_from: int | None
    migration_backup: Path | None
    checked: bool = True  # False: a large file, to be checked in the background after start


#: Up to this size a file is checked (quick_check) every time it is opened: a few milliseconds.
#: A larger one is checked at open after a run that did not close cleanly, or when a check made
#: in the background asked for it (request_check); otherwise the app checks it after start.
CHECK_AT_OPEN_MAX_BYTES = 8 * 1024 * 1024


def _in_use_marker(path: Path) -> Path:
    """Present while the app has the file open; left behind by a run that ended abruptly."""
    return path.with_name(path.name + ".in-use")


def _check_marker(path: Path) -> Path:
    return path.with_name(path.name + ".check-next-time")


def request_check(path: Path) -> None:
    """Have the file checked before it is next opened for writing (a later check found trouble)."""
    _check_marker(path).touch()


def _check_at_open(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return (
        size <= CHECK_AT_OPEN_MAX_BYTES
        or _in_use_marker(path).exists()
        or _check_marker(path).exists()
    )


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
        raise EmptyFileError(
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


def check_ours(path: Path) -> int:
    """The schema version of a closed file, or raise if this app must not open it."""
    return _check_ours(path, schema_version())


@dataclass(frozen=True)
class Health:
    """What a full check of a closed (or open elsewhere) data file found."""

    path: Path
    version: int
    problems: list[str]
    rows: dict[str, int]

    @property
    def healthy(self) -> bool:
        """Whether nothing is wrong."""
        return not self.problems


def check_health(path: Path) -> Health:
    """Run SQLite's integrity and foreign-key checks on a file, reading only.

    Raises NotOurFileError / NewerSchemaError for files the app would refuse to open.
    """
    version = check_ours(path)
    problems: list[str] = []
    rows: dict[str, int] = {}
    try:
        with contextlib.closing(_reader(path)) as conn:
            verdict = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                problems += [f"integrity: {line}" for line in verdict]
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} points to a missing {parent} row")
            names = [
                r[1]
                for r in conn.execute("PRAGMA table_list")
                if r[0] == "main" and r[2] == "table" and not r[1].startswith("sqlite_")
            ]
            for name in sorted(names):
                quoted = name.replace('"', '""')
                rows[name] = int(conn.execute(f'SELECT count(*) FROM "{quoted}"').fetchone()[0])
    except sqlite3.DatabaseError as error:
        problems.append(f"the file could not be read: {error}")
    return Health(path=path, version=version, problems=problems, rows=rows)


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
    if is_open() and Path(database.database).resolve() == source.resolve():
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
        _create_private_file(partial)
        with contextlib.closing(sqlite3.connect(partial)) as dst:
            # Each page is copied once: a large page cache would only cost memory.
            for conn in (src, dst) if owned else (dst,):
                conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            verdict = dst.execute("PRAGMA quick_check").fetchall()
            if verdict != [("ok",)]:
                raise DamagedFileError(
                    f"The copy of {source.name} did not pass its check, so it was not kept."
                )
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
            with contextlib.closing(_reader(path)) as conn:
                rows = conn.execute("PRAGMA quick_check").fetchall()
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        if classify(error) is not None:
            raise  # the disk, not the file: say so rather than call the file damaged
        return [str(error)]  # damage bad enough that the check itself can't finish
    return [] if rows == [("ok",)] else [str(r[0]) for r in rows]


def _reader(path: Path) -> sqlite3.Connection:
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
    """
    close_database()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
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


def _connect(path: Path, *, read_only: bool = False) -> None:
    if read_only:
        # Only ever used while the app has the file open, so its -wal and -shm already exist.
        database.init(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            pragmas=[("foreign_keys", 1)],
            timeout=BUSY_TIMEOUT_SECONDS,
        )
    else:
        database.init(str(path), pragmas=list(PRAGMAS), timeout=BUSY_TIMEOUT_SECONDS)
    database.connect()


BACKUP_PREFIX = "backup-"
BACKUP_STAMP = "%Y-%m-%d-%H%M%S"


def new_backup_path(db_path: Path, reason: str, when: datetime | None = None) -> Path:
    """A free name in the backups folder: backup-<date>-<time>-<reason>.sqlite3."""
    stamp = (when or datetime.now()).strftime(BACKUP_STAMP)
    folder = backup_folder(db_path)
    for attempt in range(1000):
        extra = f"-{attempt}" if attempt else ""
        candidate = folder / f"{BACKUP_PREFIX}{stamp}-{reason}{extra}.sqlite3"
        if not candidate.exists():
            return candidate
    raise StoreError("There are too many backups made in the same second.")


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
    path: Path,
    *,
    migrations: Sequence[schema.Migration] | None = None,
    read_only: bool = False,
) -> OpenResult:
    """Open (or create) the database at path, check it, and bring its schema up to date.

    A file that is not ours or that is newer than this app is refused before anything is
    written (NotOurFileError, NewerSchemaError); a file whose check finds damage raises
    DamagedFileError and is left as it was. Before any migration, a checked copy is saved in
    the backups folder. read_only (for the command line while the app has the file open)
    never writes and refuses a file that would need updating first.
    """
    steps = schema.MIGRATIONS if migrations is None else migrations
    close_database()
    created = not path.exists()
    if created and read_only:
        raise StoreError(f"There is no data file at {path} yet.")
    version = 0 if created else _check_ours(path, len(steps))
    if read_only and version < len(steps):
        raise StoreError(
            f"{path} needs updating to this version's data format first; "
            "close the app and try again."
        )
    if created:
        _build_new(path, steps)
    if not read_only:
        _make_private(path)
    backup = None
    try:
        checked = created or _check_at_open(path)
        _connect(path, read_only=read_only)
        if not created and checked:
            problems = quick_check()
            if problems:
                raise DamagedFileError(
                    f"{path} looks damaged: its check found a problem ({problems[0]}). "
                    "The app has not changed it."
                )
        if version < len(steps) and not created:
            backup = copy_database(
                path, new_backup_path(path, f"before-update-v{version}-to-v{len(steps)}")
            )
            _migrate(version, steps)
    except StoreError:
        close_database()
        raise
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        close_database()
        trouble = classify(exc)
        if trouble is not None:
            raise CannotOpenError(
                f"{path} couldn't be opened because {_OPEN_TROUBLE[trouble]}. "
                "Nothing in it was changed."
            ) from exc
        raise DamagedFileError(
            f"{path} looks damaged and could not be read (SQLite says: {exc}). "
            "The app has not changed it."
        ) from exc
    except BaseException:
        close_database()
        raise
    if not read_only:
        _in_use_marker(path).touch()
        if checked:
            _check_marker(path).unlink(missing_ok=True)
    return OpenResult(
        path=path,
        created=created,
        migrated_from=version if 0 < version < len(steps) else None,
        migration_backup=backup,
        checked=checked,
    )


def close_database() -> None:
    """Close the database if it is open (checkpointing the write-ahead log)."""
    if not database.is_closed():
        path = Path(database.database)
        read_only = "mode=ro" in str(database.database)
        database.close()
        if not read_only:
            _in_use_marker(path).unlink(missing_ok=True)


def is_open() -> bool:
    """Whether the store currently has a database open."""
    return not database.is_closed()
