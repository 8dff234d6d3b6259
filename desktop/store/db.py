"""Opening and closing the one database file safely, checking it, and bringing its schema up to
date (migrations.py holds the schema; files.py the copies made before each update)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import peewee

from desktop.store import engine, models, sqlite_support
from desktop.store import migrations as schema
from desktop.store.errors import (
    CannotOpenError,
    DamagedFileError,
    DiskTrouble,
    EmptyFileError,
    NewerSchemaError,
    NotOurFileError,
    OpenError,
    StoreError,
    classify,
)
from desktop.store.files import (
    copy_database,
    create_private_file,
    file_uri,
    folder_writable,
    make_private,
    new_backup_path,
    quick_check,
    read_only_uri,
    remove_file,
    replace_file,
)
from desktop.store.models import database, execute, writing

# "BtwS": marks a SQLite file as ours, so we never write into someone else's database.
APPLICATION_ID = 0x42747753

BUSY_TIMEOUT_SECONDS = 10

PRAGMAS = (
    ("foreign_keys", 1),
    ("synchronous", "full"),
    ("temp_store", "memory"),  # no sort or temp table holding journal text in the system's temp
)
#: On macOS fsync() leaves the words in the disk's own cache, where a power cut loses them:
#: SQLite asks for F_FULLFSYNC there only when told to, at commits and at checkpoints alike.
FULL_FSYNC_PRAGMAS = (("fullfsync", 1), ("checkpoint_fullfsync", 1))


def pragmas() -> list[tuple[str, object]]:
    """The pragmas every connection that writes the data file is opened with, on this system."""
    return [*PRAGMAS, *(FULL_FSYNC_PRAGMAS if sys.platform == "darwin" else ())]


#: Set once the file has passed its check (or needs none): switching a file to WAL writes to it.
JOURNAL_MODE = "PRAGMA journal_mode = wal"


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


# --- writes held back until the check after start has passed -----------------------------------
# A file opened for the app's start without its check (open_database(hold_writes=True), a large
# file) waits for the check the app runs in the background, then allow_writes(); if that check
# finds damage, refuse_writes() keeps it unchanged for the rest of the session. Meanwhile every
# write (models.writing) is refused before it touches the file, as a CannotSaveError the app meets
# like any other: the words stay on screen and the write is tried again. PRAGMA query_only backs
# that up for any statement that would write outside such a transaction.


def writes_allowed() -> bool:
    """Whether the store writes now (False while a large file waits for its check after start,
    and after that check found damage)."""
    return models.held is None


def allow_writes() -> None:
    """Let writes through: the check after start found the file healthy. (Never after damage
    was found: refuse_writes() lasts until the file is next opened.)"""
    if models.held is not DiskTrouble.CHECKING:
        return
    if not database.is_closed():
        execute("PRAGMA query_only = 0")
    models.held = None


def refuse_writes() -> None:
    """Keep the file exactly as it is for the rest of the session: the check after start found
    damage. Every write raises CannotSaveError(DAMAGED), with its words kept on screen."""
    if not database.is_closed():
        execute("PRAGMA query_only = 1")
    models.held = DiskTrouble.DAMAGED


def _hold_writes() -> None:
    execute("PRAGMA query_only = 1")
    models.held = DiskTrouble.CHECKING


def _can_wait_for_check(path: Path) -> bool:
    """Whether a file can be opened before its check with nothing at all written to it: it is in
    WAL mode already (else opening would switch it) and has no write-ahead log with pages in it
    (else closing would copy them into the file)."""
    wal = Path(f"{path}-wal")
    return _inspect(path).wal and not (wal.exists() and wal.stat().st_size > 0)


def _in_use_marker(path: Path) -> Path:
    """Present while the app has the file open; left behind by a run that ended abruptly."""
    return path.with_name(path.name + ".in-use")


def _remove_marker(marker: Path) -> None:
    # One left behind (another program holding it even after a moment) only means the file is
    # checked when it is next opened.
    with contextlib.suppress(OSError):
        remove_file(marker)


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


SQLITE_MAGIC = engine.SQLITE_MAGIC


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
        raise EmptyFileError("open.empty", path=path)
    if engine.key_for(path) is not None:  # encrypted: the header too, read through its key
        return _Header(
            app_id=_read_only_query(path, "PRAGMA application_id"),
            version=_read_only_query(path, "PRAGMA user_version"),
            wal=_read_only_text(path, "PRAGMA journal_mode") == "wal",
        )
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotOurFileError("open.not_a_database", path=path)
    return _Header(
        app_id=int.from_bytes(header[68:72], "big", signed=True),
        version=int.from_bytes(header[60:64], "big", signed=True),
        wal=header[18] == 2,
    )


def _read_only_query(path: Path, sql: str) -> int:
    """One number from the database, through a read-only connection (which never checkpoints)."""
    return int(_read_only_text(path, sql))


def _read_only_text(path: Path, sql: str) -> str:
    try:
        with contextlib.closing(engine.connect(f"{file_uri(path)}?mode=ro", uri=True)) as conn:
            return str(conn.execute(sql).fetchone()[0])
    except engine.dbapi.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) in _DAMAGE_CODES:  # our header, pages garbled
            raise DamagedFileError("open.damaged", path=path, detail=str(exc)) from exc
        raise NotOurFileError("open.unreadable", path=path, detail=str(exc)) from exc


#: SQLite's words for a file whose pages can't be made sense of (not the disk: its file is
#: there and readable): SQLITE_CORRUPT and SQLITE_NOTADB.
_DAMAGE_CODES = (engine.dbapi.SQLITE_CORRUPT, engine.dbapi.SQLITE_NOTADB)


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
        raise NotOurFileError("open.not_ours", path=path)
    if version > known:
        raise NewerSchemaError("open.newer", path=path, version=version, known=known)
    return version


def check_ours(path: Path) -> int:
    """The schema version of a closed file, or raise if this app must not open it."""
    return _check_ours(path, schema_version())


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
                raise StoreError("open.migration_orphans")
            execute(f"PRAGMA application_id = {APPLICATION_ID}")
            execute(f"PRAGMA user_version = {len(steps)}")
    finally:
        execute("PRAGMA foreign_keys = ON")


def _connect(path: Path, *, read_only: bool = False) -> None:
    if read_only:
        # While the app has the file open its -wal and -shm exist, and are read through. In a
        # folder that can't be written to, nothing writes the file and nothing can be made
        # beside it: it is opened as immutable.
        database.init(
            read_only_uri(path, immutable=not folder_writable(path)),
            uri=True,
            pragmas=[("foreign_keys", 1), ("temp_store", "memory")],
            timeout=BUSY_TIMEOUT_SECONDS,
        )
    else:
        database.init(str(path), pragmas=pragmas(), timeout=BUSY_TIMEOUT_SECONDS)
    database.connect()


def _build_new(path: Path, steps: Sequence[schema.Migration]) -> None:
    """Build a fresh database under a temporary name and move it into place when complete.

    So an interrupted first start never leaves an empty or half-made file at the real name.
    """
    building = path.with_name(path.name + ".new")
    for leftover in (building, *(Path(f"{building}{suffix}") for suffix in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)  # only ever our own unfinished build
    create_private_file(building)
    _connect(building)
    try:
        execute(JOURNAL_MODE)
        _migrate(0, steps)
    finally:
        database.close()
    replace_file(building, path)


def open_database(
    path: Path,
    *,
    migrations: Sequence[schema.Migration] | None = None,
    read_only: bool = False,
    hold_writes: bool = False,
) -> OpenResult:
    """Open (or create) the database at path, check it, and bring its schema up to date.

    A file that is not ours or that is newer than this app is refused before anything is
    written (NotOurFileError, NewerSchemaError); a file whose check finds damage raises
    DamagedFileError and is left as it was. Before any migration, a checked copy is saved in
    the backups folder. read_only (for the command line while the app has the file open, and
    for a data folder that can't be written to) never writes: it refuses a file that would
    need updating first, and every write raises CannotSaveError(DiskTrouble.READ_ONLY).

    hold_writes (the app's start): a file too large to check now (OpenResult.checked is False)
    is opened with its writes held back, so nothing is written to it before the check the app
    runs in the background has passed (allow_writes) or found damage (refuse_writes). A write
    meanwhile raises CannotSaveError(DiskTrouble.CHECKING). A file that could not wait without
    being written to is checked now instead.
    """
    sqlite_support.check()  # before anything is opened: an SQLite that can't keep the data
    steps = schema.MIGRATIONS if migrations is None else migrations
    close_database()
    from desktop.store import protect  # (it opens files through this module)

    if not read_only and path.parent.is_dir():
        protect.settle(path)  # a protect or unprotect a kill interrupted: finished or undone
    if protect.is_protected(path) and engine.key_for(path) is None:
        raise protect.LockedError("open.locked", path=path)
    created = not path.exists()
    if created and read_only:
        raise OpenError("open.no_file", path=path)
    version = 0 if created else _check_ours(path, len(steps))
    if read_only and version < len(steps):
        raise OpenError("open.needs_update", path=path)
    if created:
        _build_new(path, steps)
    if not read_only:
        make_private(path)
    backup = None
    try:
        checked = created or _check_at_open(path) or (hold_writes and not _can_wait_for_check(path))
        _connect(path, read_only=read_only)
        if not created and checked:
            problems = quick_check()
            if problems:
                raise DamagedFileError("open.damaged", path=path, detail=problems[0])
        if not read_only:
            execute(JOURNAL_MODE)  # a file that waits for its check is in WAL mode already
        if version < len(steps) and not created:
            backup = copy_database(
                path, new_backup_path(path, f"before-update-v{version}-to-v{len(steps)}")
            )
            _migrate(version, steps)
            if version < schema.VACUUM_BEFORE <= len(steps):
                execute("VACUUM")  # (after the update's transaction: VACUUM can't be inside one)
            checked = True  # the copy made first passed its check: so does the file it came from
        if read_only:
            models.held = DiskTrouble.READ_ONLY  # a write is refused before it reaches SQLite
        elif hold_writes and not checked:
            _hold_writes()
    except StoreError:
        close_database()
        raise
    except (engine.dbapi.DatabaseError, peewee.DatabaseError) as exc:
        close_database()
        trouble = classify(exc)
        if trouble is not None:
            raise CannotOpenError("open.disk", path=path, trouble=trouble) from exc
        raise DamagedFileError("open.damaged", path=path, detail=str(exc)) from exc
    except BaseException:
        close_database()
        raise
    if not read_only:
        _in_use_marker(path).touch()
        if checked:
            _remove_marker(_check_marker(path))
    return OpenResult(
        path=path,
        created=created,
        migrated_from=version if 0 < version < len(steps) else None,
        migration_backup=backup,
        checked=checked,
    )


def close_database() -> None:
    """Close the database if it is open (checkpointing the write-ahead log)."""
    models.held = None  # whatever opens next is held (or not) by its own open
    if not database.is_closed():
        path = Path(database.database)
        read_only = "mode=ro" in str(database.database)
        database.close()
        if not read_only:
            _remove_marker(_in_use_marker(path))


def is_open() -> bool:
    """Whether the store currently has a database open."""
    return not database.is_closed()
