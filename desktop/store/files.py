"""The data file on disk: checked copies, setting a file aside, flushing to disk, private
modes, read-only looks that leave nothing behind, and the names of backups.

Every operation here works the same on Windows, macOS and Linux: rename over an existing file
with replace_file (os.replace, tried again while another program has the file open for a
moment), flush with flush_to_disk before a rename, never delete what might be rescued.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from desktop import clock
from desktop.store import engine, packed
from desktop.store.errors import BackupError, DamagedFileError, classify


def make_private(path: Path) -> None:
    """Make the database and its side files readable by this user only (POSIX)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(candidate, 0o600)


#: The pauses between tries of a rename or delete that another program holds up for a moment
#: (on Windows: a virus scanner, the search indexer, a sync client opening a file just closed),
#: growing as SQLite's own Windows VFS does; about 1.6 s in all.
RETRY_DELAYS_S = (0.025, 0.05, 0.1, 0.2, 0.4, 0.8)
#: Windows' errors for a file another program has open: access denied, sharing and lock
#: violations.
_HELD_ELSEWHERE = (5, 32, 33)


def _tried_again(action: Callable[[], None]) -> None:
    for delay in (*RETRY_DELAYS_S, None):
        try:
            action()
            return
        except PermissionError as error:
            if delay is None or getattr(error, "winerror", None) not in _HELD_ELSEWHERE:
                raise
            time.sleep(delay)


def replace_file(source: Path | str, target: Path | str) -> None:
    """os.replace, tried again for a moment while another program holds either file open
    (Windows refuses to rename or replace an open file). Raises the last PermissionError."""
    _tried_again(lambda: os.replace(source, target))


def remove_file(path: Path | str) -> None:
    """Delete path if it is there, tried again for a moment while another program holds it."""

    def remove() -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)

    _tried_again(remove)


def open_to_write(path: Path, flags: int, mode: int = 0o600) -> int:
    """os.open for writing (flags: O_WRONLY or O_RDWR and the rest), always in binary mode:
    without O_BINARY, Windows' C runtime writes every "\n" byte as "\r\n"."""
    return os.open(path, flags | getattr(os, "O_BINARY", 0), mode)


def create_private_file(path: Path) -> None:
    # SQLite creates files 0644 and gives -wal/-shm the main file's mode; start at 0600.
    os.close(open_to_write(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))


def backup_folder(db_path: Path) -> Path:
    """The folder, beside the database, where copies of it are kept."""
    return db_path.parent / "backups"


def flush_to_disk(fd: int) -> None:
    """Put what was written to fd on the disk itself, as os.fsync promises. On macOS fsync
    leaves it in the drive's own cache, where a power cut loses it: F_FULLFSYNC asks the drive
    to write it out (and, where a drive or file system can't, fsync is what there is)."""
    if sys.platform == "darwin":
        import fcntl

        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:
            pass
    os.fsync(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename inside folder durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        flush_to_disk(fd)
    finally:
        os.close(fd)


#: Page cache of a connection that only copies or checks a file: it reads each page once, so
#: a large cache (SQLite's default is 2 MiB) would only cost memory while the app starts.
CHECK_CACHE_KIB = 256


def _source_connection(source: Path) -> tuple[engine.dbapi.Connection, bool]:
    """A connection to read source from: the store's own when it has source open."""
    from desktop.store.models import database  # (not at import: the window goes up without it)

    if not database.is_closed() and Path(database.database).resolve() == source.resolve():
        return database.connection(), False  # type: ignore[no-untyped-call]
    if Path(f"{source}-wal").exists() or not folder_writable(source):
        # Someone (another process, or a crash) left a write-ahead log: read through it without
        # checkpointing it into the file. (Or nothing can be made beside it: as immutable.)
        return engine.connect(read_only_uri(source, immutable=True), uri=True), True
    # A plain connection that only reads; closing it removes the side files it made.
    conn = engine.connect(source)
    conn.execute("PRAGMA query_only = 1")
    return conn, True


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent, checked snapshot of a database to target and return it.

    The snapshot (SQLite's backup API) is written under a temporary name, switched to a single
    self-contained file (no -wal), checked with quick_check, flushed to disk and only then
    renamed into place: a failed copy leaves no empty or partial file behind. 0600 on POSIX.

    A target named like a packed backup (``*.sqlite3.gz``, see packed.py) gets a lean copy:
    the checked snapshot less its search index, compacted (VACUUM INTO), checked again, then
    compressed, flushed and read back (it must unpack to exactly the checked bytes) before the
    rename.
    """
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    lean = packed.is_packed(target)
    snapshot = target.with_name(target.name + ".full.partial") if lean else partial
    compact = target.with_name(target.name + ".lean.partial")
    ours = (partial, snapshot, compact) if lean else (partial,)
    leftovers = [Path(f"{p}{s}") for p in ours for s in ("", "-journal", "-wal", "-shm")]
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)  # only ever our own unfinished copy
    src, owned = _source_connection(source)
    key = engine.key_for(source)  # an encrypted file's copies are encrypted with its key
    try:
        create_private_file(snapshot)
        with contextlib.closing(engine.connect(snapshot, key=key)) as dst:
            # Each page is copied once: a large page cache would only cost memory.
            for conn in (src, dst) if owned else (dst,):
                conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            if damage_found(lambda sql: dst.execute(sql).fetchall()):
                raise DamagedFileError("open.copy_damaged", name=source.name)
            if lean:
                dst.execute("PRAGMA temp_store = MEMORY")  # the journal's words stay here
                packed.leave_out_search_index(dst)
                create_private_file(compact)  # VACUUM INTO takes an empty file: ours, 0600
                dst.execute("VACUUM INTO ?", (str(compact),))
        if lean:
            remove_file(snapshot)
            with contextlib.closing(
                engine.connect(read_only_uri(compact, immutable=True), uri=True, key=key)
            ) as conn:
                if damage_found(lambda sql: conn.execute(sql).fetchall()):
                    raise DamagedFileError("open.copy_damaged", name=source.name)
            packed.pack(compact, partial)
            remove_file(compact)
        else:
            with partial.open("rb+") as written:
                flush_to_disk(written.fileno())
        replace_file(partial, target)
        sync_folder(target.parent)
    except BaseException:
        for leftover in leftovers:
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        if owned:
            src.close()
    return target


def damage_found(run: Callable[[str], Sequence[Sequence[object]]]) -> list[str]:
    """What quick_check finds damaged in a file, run through run(sql) -> rows: [] when healthy.

    SQLite 3.47 and later check an FTS5 index inside quick_check, and stop at one they can't
    read at all ("invalid fts5 file format"): then the tables are checked one by one, the
    index being only derived (search_index_problems).
    """
    import peewee

    try:
        return file_damage(run("PRAGMA quick_check"))
    except (engine.dbapi.DatabaseError, peewee.DatabaseError) as error:
        if classify(error) is not None or "fts5" not in str(error).lower():
            raise
    names = run(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )
    quoted = ['"' + str(name).replace('"', '""') + '"' for (name,) in names]
    return [line for q in quoted for line in file_damage(run(f"PRAGMA quick_check({q})"))]


def quick_check(path: Path | None = None) -> list[str]:
    """SQLite's quick_check of the open store (or of a closed file, read-only): [] when healthy.

    Only damage to the file counts: the search index is checked on its own (search_index_problems)
    because it is derived from the entries and simply rebuilt.
    """
    import peewee

    from desktop.store.models import execute

    def run(sql: str) -> list[tuple[object, ...]]:
        if path is None:
            return execute(sql)
        with contextlib.closing(read_only_connection(path)) as conn:
            return list(conn.execute(sql).fetchall())

    try:
        return damage_found(run)
    except (engine.dbapi.DatabaseError, peewee.DatabaseError) as error:
        if classify(error) is not None:
            raise  # the disk, not the file: say so rather than call the file damaged
        return [str(error)]  # damage bad enough that the check itself can't finish


#: How SQLite 3.44 and later word a full-text index that doesn't match its text, in quick_check
#: and integrity_check: not damage to the file (see search_index_problems).
FTS_INDEX_LINE = "inverted index for FTS5 table"
#: ... and how SQLCipher's (SQLite 3.53) words one it can't read through: 'fts5: corruption
#: found reading blob 10 from table "journal_search"'.
FTS_UNREADABLE_LINE = "fts5: "


def file_damage(rows: Iterable[Sequence[object]]) -> list[str]:
    """The lines of a quick_check or integrity_check verdict that say the file is damaged."""
    lines = [str(row[0]) for row in rows]
    return [
        line
        for line in lines
        if line != "ok" and FTS_INDEX_LINE not in line and not line.startswith(FTS_UNREADABLE_LINE)
    ]


#: The journal's full-text index (FTS5) and the table it is derived from.
SEARCH_INDEX, SEARCH_INDEX_OF = "journal_search", "journal_entry"


def search_index_problems(path: Path) -> list[str]:
    """Whether a file's search index still matches its journal, reading only: [] when it does."""
    try:
        with contextlib.closing(read_only_connection(path)) as conn:
            return index_problems(conn)
    except engine.dbapi.DatabaseError as error:
        if classify(error) is not None:
            raise  # the disk, not the index
        return [str(error)]  # the file itself can't be read: quick_check says more


def index_problems(conn: engine.dbapi.Connection) -> list[str]:
    """What is wrong with the search index ([] when nothing), on a connection that may be
    read-only.

    FTS5's own integrity-check is an INSERT, which a read-only (or query_only) connection
    refuses. So it runs on a copy of the index in the connection's temp schema, read against the
    index's text through a temp view (with rank 1, "integrity-check" compares an
    external-content index with its text), in one read transaction that is rolled back: the
    file is only read. The ids of the entries are compared with the indexed ones (the index's
    sizes of each) too: that finds an entry missing from the index altogether, which FTS5's
    check can't know about.

    Both forms of the index are read: external content over the entries (journal_search_text,
    since schema 6), and before it the index with its own copy of the text (a backup made
    before then, checked before it is restored).
    """
    found = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (SEARCH_INDEX,)
    ).fetchone()
    if found is None:
        return []  # a file from before the journal
    indexed = f"main.{SEARCH_INDEX}_docsize"
    conn.execute("BEGIN")  # one snapshot, even while the app writes beside it
    problems = []
    try:
        try:
            missing, extra = conn.execute(
                f"SELECT (SELECT count(*) FROM main.{SEARCH_INDEX_OF} WHERE id NOT IN "
                f"(SELECT id FROM {indexed})), (SELECT count(*) FROM {indexed} WHERE id NOT IN "
                f"(SELECT id FROM main.{SEARCH_INDEX_OF}))"
            ).fetchone()
            problems += [f"entries not in the search index: {missing}"] if missing else []
            problems += [f"rows of the search index with no entry: {extra}"] if extra else []
            _integrity_check_of_a_copy(conn, str(found[0]))
        except engine.dbapi.DatabaseError as error:
            if classify(error) is not None:
                raise
            # What FTS5 found: "database disk image is malformed" (the index and its text
            # disagree), "vtable constructor failed" (it can't open the index at all), or
            # "no such table" (an inner table of the index is gone).
            problems.append(f"FTS5: {error}")
        return problems
    finally:
        conn.rollback()  # and the temp copy is gone


def _fts5_options(create_sql: str) -> dict[str, str]:
    """The options of an FTS5 table (name = value), from its CREATE VIRTUAL TABLE."""
    found: dict[str, str] = {}
    parts: list[str] = []
    part, quote = "", ""
    for char in create_sql[create_sql.index("(") + 1 : create_sql.rindex(")")]:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == ",":
            parts, part = [*parts, part], ""
            continue
        part += char
    for name, equals, value in (p.partition("=") for p in [*parts, part]):
        if equals:
            found[name.strip().lower()] = value.strip().strip("'\"")
    return found


def _integrity_check_of_a_copy(conn: engine.dbapi.Connection, create_sql: str) -> None:
    """FTS5's integrity-check on a temp copy of the index; raises what it finds."""
    options = _fts5_options(create_sql)
    columns = [row[1] for row in conn.execute(f"PRAGMA main.table_info({SEARCH_INDEX})")]
    if "content" in options:  # external content: the index's text is the entries themselves
        rowid = options.get("content_rowid", "rowid")
        named = ", ".join(f'"{name}"' for name in columns)
        source = f'SELECT "{rowid}" AS id, {named} FROM main."{options["content"]}"'
    else:  # its own copy of the text, as column c0, c1, ...
        named = ", ".join(f'c{n} AS "{name}"' for n, name in enumerate(columns))
        source = f"SELECT id, {named} FROM main.{SEARCH_INDEX}_content"
    kept = ", ".join(
        f"{name} = '{value}'"
        for name, value in options.items()
        if name in ("tokenize", "prefix", "columnsize", "detail")
    )
    copy, text = "between_sessions_index_copy", "between_sessions_index_text"
    conn.execute(f"CREATE TEMP VIEW {text} AS {source}")
    conn.execute(
        f"CREATE VIRTUAL TABLE temp.{copy} USING fts5 "
        f"({', '.join(columns)}, {kept + ', ' if kept else ''}"
        f"content = '{text}', content_rowid = 'id')"
    )
    for part in ("data", "idx", "docsize", "config"):
        conn.execute(f"DELETE FROM temp.{copy}_{part}")
        conn.execute(f"INSERT INTO temp.{copy}_{part} SELECT * FROM main.{SEARCH_INDEX}_{part}")
    conn.execute(f"INSERT INTO temp.{copy} ({copy}, rank) VALUES ('integrity-check', 1)")


def read_only_uri(path: Path, *, immutable: bool) -> str:
    """The URI that opens path for reading only. Through its write-ahead log when one is there
    (someone has the file open, or left it); otherwise, with immutable, as a file nobody
    changes meanwhile: nothing is made beside it (no -shm), which a folder that can't be
    written to wouldn't allow anyway."""
    uri = f"{file_uri(path)}?mode=ro"
    return uri + "&immutable=1" if immutable and not Path(f"{path}-wal").exists() else uri


def file_uri(path: Path) -> str:
    """path as a file: URI that SQLite opens, on a Windows share too."""
    return without_authority(path.resolve().as_uri())


def without_authority(uri: str) -> str:
    """A file: URI with its host moved into the path. Path.as_uri writes a file on a Windows
    share as file://server/share/..., and SQLite refuses any host but localhost; it opens
    file:////server/share/..., handing //server/share/... to Windows, which opens the share."""
    host_and_path = uri.removeprefix("file://")
    if host_and_path == uri or host_and_path.startswith("/"):
        return uri  # no host: file:///C:/... or file:///home/...
    return f"file:////{host_and_path}"


def folder_writable(path: Path) -> bool:
    """Whether files can be made in the folder that holds path (as far as the system says)."""
    return os.access(path.parent, os.W_OK | os.X_OK)


def read_only_connection(path: Path) -> engine.dbapi.Connection:
    """A read-only look at a closed file that leaves nothing behind (no -wal/-shm)."""
    conn = engine.connect(read_only_uri(path, immutable=True), uri=True)
    conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
    # The search index's check copies the index into a temp table: in memory, never a file in
    # the system's temp folder holding the journal's words.
    conn.execute("PRAGMA temp_store = MEMORY")
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
            replace_file(f"{path}{side}", f"{moved}{side}")
    replace_file(path, moved)
    slots = Path(f"{path}.keys")  # an encrypted file's key slots (keys.py): it needs them
    if slots.exists():  # copied, not moved: the journal's backups are opened with them too
        shutil.copy(slots, f"{moved}.keys")
    sync_folder(path.parent)
    return moved


BACKUP_PREFIX = "backup-"

BACKUP_STAMP = "%Y-%m-%d-%H%M%S"


#: A backup's name ends so: packed (packed.py). Backups made before it end in ".sqlite3".
BACKUP_SUFFIX = ".sqlite3" + packed.SUFFIX


def new_backup_path(db_path: Path, reason: str, when: datetime | None = None) -> Path:
    """A free name in the backups folder: backup-<date>-<time>-<reason>.sqlite3.gz."""
    stamp = (when or clock.now()).strftime(BACKUP_STAMP)
    folder = backup_folder(db_path)
    for attempt in range(1000):
        extra = f"-{attempt}" if attempt else ""
        candidate = folder / f"{BACKUP_PREFIX}{stamp}-{reason}{extra}{BACKUP_SUFFIX}"
        # (Nor an older, plain backup of that second and reason: the two would sort as one.)
        if not candidate.exists() and not candidate.with_suffix("").exists():
            return candidate
    raise BackupError("backup.too_many")


def open_data_file() -> Path | None:
    """The data file the store has open, if any (a read-only open is named by a file: URI)."""
    from desktop.store.models import database

    if database.is_closed():
        return None
    name = str(database.database)
    if not name.startswith("file:"):
        return Path(name)
    path = urllib.parse.unquote(urllib.parse.urlsplit(name).path)
    if os.name == "nt" and path[:1] == "/" and path[2:3] == ":":
        path = path[1:]  # file:///C:/... names C:/...
    return Path(path)


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(str(a)) == os.path.normcase(str(b))


def is_part_of_the_data(target: Path, db_path: Path) -> bool:
    """Whether writing to target would write over the data: the data file, its -wal, -shm,
    lock and markers (every name that starts with the data file's), the data folder itself,
    or anything in its backups folder. Links are followed, as a write would follow them."""
    folder, there = db_path.resolve().parent, Path(target).resolve()
    backups = backup_folder(db_path).resolve()
    if _same(there, folder) or _same(there, backups):
        return True
    if any(_same(parent, backups) for parent in there.parents):
        return True
    named_like_the_data = os.path.normcase(there.name).startswith(os.path.normcase(db_path.name))
    return _same(there.parent, folder) and named_like_the_data


def process_alive(pid: int) -> bool:
    """Whether a process of this computer is running (never signals it: on Windows, signal 0
    is CTRL_C_EVENT, so os.kill can't be used to ask)."""
    if sys.platform == "win32":
        import _winapi

        try:
            handle = _winapi.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        except OSError as error:
            return getattr(error, "winerror", None) == 5  # denied: it runs, as someone else
        try:
            return bool(_winapi.GetExitCodeProcess(handle) == 259)  # STILL_ACTIVE
        finally:
            _winapi.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as someone else
    return True


def partial_name(target: Path) -> Path:
    """The name a file is written under until it is complete: hidden, beside target, and this
    process's own, so that two writers never share one and a leftover names its writer."""
    return target.with_name(f".{target.name}.partial-{os.getpid()}")


def remove_old_partials(target: Path) -> list[Path]:
    """Remove the unfinished copies of target that interrupted writes left beside it: those
    whose process has gone (the next write to the same file tidies up after a crash)."""
    removed = []
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{glob.escape(target.name)}.partial-*"):
            writer = leftover.name.rpartition("-")[2]
            if not writer.isdigit() or process_alive(int(writer)):
                continue
            with contextlib.suppress(OSError):
                if leftover.is_file():
                    leftover.unlink()
                    removed.append(leftover)
    return removed


def remove_unfinished(db_path: Path) -> list[Path]:
    """Remove what an interrupted restore or first start left in the data folder: a copy of a
    backup on its way in, a data file being built. Only while this process holds the data's
    lock (nobody else can be restoring), and never the data file itself."""
    removed = []
    for leftover in db_path.parent.glob(f"{glob.escape(db_path.name)}.*"):
        unfinished = leftover.name[len(db_path.name) :]
        if unfinished.startswith((".restoring", ".new")):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
    return removed
