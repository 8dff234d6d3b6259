"""Backups of the data file: consistent, checked snapshots, kept with thinning; and restoring one.

Every backup is a snapshot taken with SQLite's backup API under a temporary name, checked with
quick_check, packed (the derived search index left out, compressed: packed.py) and only then
renamed into ``backups/`` beside the database (see files.copy_database), so a failed backup
leaves no empty or partial file. Backups made before packing are plain copies (``.sqlite3``)
and are listed, thinned and restored beside the packed ones. Backups are made at start
when the data changed since the last one, once a day while the app runs, before every migration
(db.open_database) and before every restore, and whenever the person asks.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import ParamSpec, TypeVar

from desktop import clock
from desktop.store import backup_keys, db, engine, files, packed
from desktop.store.errors import (
    BackupError,
    DamagedFileError,
    ExportError,
    NotOurFileError,
    StoreError,
    classify,
)

# How many periods keep their newest backup, besides everything from the last two days.
KEEP_RECENT = timedelta(days=2)
KEEP_RECENT_MAX = 12  # of those, at most this many (the newest)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
DAILY_INTERVAL = timedelta(days=1)

# The reason, less the "-1", "-2" that tells apart backups made in the same second.
# Packed (.sqlite3.gz) since backups left the search index out; plain (.sqlite3) before.
_NAME = re.compile(r"^backup-(\d{4}-\d{2}-\d{2}-\d{6})-([a-z0-9-]+?)(?:-\d+)?\.sqlite3(?:\.gz)?$")
_REASON = re.compile(r"^[a-z0-9][a-z0-9-]*$")

#: One backup, restore or thinning at a time in this process: the app backs up on a thread of
#: its own while the person may ask for one, or restore, from the window.
_busy = threading.RLock()


def no_restore_meanwhile() -> AbstractContextManager[object]:
    """Hold off a restore for the length of the block: for a check that reads the data file
    through a connection of its own, which on Windows keeps the file from being replaced."""
    return _busy


P = ParamSpec("P")
R = TypeVar("R")


def _one_at_a_time(function: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(function)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        with _busy:
            return function(*args, **kwargs)

    return locked


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file."""

    path: Path
    made_at: datetime
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did: where it restored from, and where the state before it was kept."""

    restored_from: Path
    previous_state: Path | None


def _parse(path: Path) -> Backup | None:
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        made_at = datetime.strptime(found.group(1), files.BACKUP_STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path=path, made_at=made_at, reason=found.group(2), size=size)


def list_backups(db_path: Path) -> list[Backup]:
    """Every backup of the database at db_path, newest first."""
    folder = files.backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = [b for b in map(_parse, folder.iterdir()) if b is not None]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


#: An unfinished copy untouched this long was left by an interrupted backup. A younger one may
#: be another process's copy in progress (the app's, or the command line's): it is written to
#: all along, so it is never this old.
LEFTOVER_AGE = timedelta(minutes=10)


def remove_leftovers(db_path: Path) -> list[Path]:
    """Delete unfinished copies (``*.partial``) that an interrupted backup left behind."""
    folder = files.backup_folder(db_path)
    removed: list[Path] = []
    if folder.is_dir():
        # File times are the system's, whatever the app's clock says (tests freeze that one).
        abandoned_before = time.time() - LEFTOVER_AGE.total_seconds()
        for path in folder.iterdir():
            if ".partial" in path.name:
                with contextlib.suppress(FileNotFoundError):
                    if path.stat().st_mtime < abandoned_before:
                        path.unlink()
                        removed.append(path)
        removed += backup_keys.remove_orphans(db_path)
    return removed


@_one_at_a_time
def make_backup(
    db_path: Path,
    reason: str = "manual",
    *,
    out: Path | None = None,
    when: datetime | None = None,
    thin_afterwards: bool = True,
) -> Backup:
    """Take a checked snapshot of the database now; returns the new backup.

    With out, the snapshot goes to that file instead of the backups folder (no thinning).
    Raises BackupError with a plain message when the disk gets in the way.
    """
    if not _REASON.match(reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    if not db_path.exists():
        raise BackupError("backup.nothing")
    if out is not None and (files.is_part_of_the_data(out, db_path) or out.is_dir()):
        code = "export.is_folder" if out.is_dir() else "export.onto_data"
        raise ExportError(code, path=out)
    target = out if out is not None else files.new_backup_path(db_path, reason, when)
    if out is None:
        remove_leftovers(db_path)
    state = _file_state(db_path)  # taken before the snapshot, so no write can slip between
    try:
        # A protected journal's backup is encrypted, and carries its slots (backup_keys.py).
        backup_keys.write_slots_for(db_path, target)
        files.copy_database(db_path, target)
    except BaseException as error:
        if not target.exists():
            backup_keys.remove_with(target)
        if isinstance(error, DamagedFileError) or not isinstance(
            error, (OSError, engine.dbapi.Error)
        ):
            raise
        raise _failed("backup.failed", error) from error
    if out is not None:
        return Backup(path=target, made_at=when or clock.now(), reason=reason, size=0)
    with contextlib.suppress(OSError):  # without it, the next start simply backs up again
        _record_state(db_path, state)
    if thin_afterwards:
        thin(db_path, now=when)
    made = _parse(target)
    assert made is not None
    return made


STATE_NAME = "last-backup-state.json"


def _file_state(db_path: Path) -> list[list[int] | None]:
    """Size and modification time of the database and its write-ahead log.

    Any write changes one of them, so an equal state means nothing was written since it was
    taken. (A checkpoint can change them without new data: that only costs a spare backup.)
    An empty log holds nothing: it is what every start leaves until the first write, so it
    counts as no log at all (else each start would copy the whole file again).
    """
    state: list[list[int] | None] = []
    for candidate in (db_path, Path(f"{db_path}-wal")):
        try:
            found = candidate.stat()
        except FileNotFoundError:
            state.append(None)
        else:
            is_empty_log = candidate != db_path and found.st_size == 0
            state.append(None if is_empty_log else [found.st_size, found.st_mtime_ns])
    return state


def _state_file(db_path: Path) -> Path:
    return files.backup_folder(db_path) / STATE_NAME


def _record_state(db_path: Path, state: list[list[int] | None]) -> None:
    target = _state_file(db_path)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")  # this process's own
    partial.write_text(json.dumps(state), encoding="utf-8")
    if os.name == "posix":
        os.chmod(partial, 0o600)  # like every file in the data folder
    files.replace_file(partial, target)


def changed_since_last_backup(db_path: Path) -> bool:
    """Whether anything was written since the newest backup was taken (True when unsure)."""
    if not list_backups(db_path):
        return True
    try:
        recorded = json.loads(_state_file(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return bool(recorded != _file_state(db_path))


@_one_at_a_time
def backup_if_changed(db_path: Path, reason: str = "start") -> Backup | None:
    """Back up when the data changed since the newest backup; otherwise do nothing."""
    if not changed_since_last_backup(db_path):
        return None
    return make_backup(db_path, reason)


@_one_at_a_time
def backup_if_due(db_path: Path, now: datetime | None = None) -> Backup | None:
    """The daily backup while the app runs: when the newest is a day old and data changed."""
    now = now or clock.now()
    backups = list_backups(db_path)
    if backups and now - backups[0].made_at < DAILY_INTERVAL:
        return None
    if not changed_since_last_backup(db_path):
        return None
    return make_backup(db_path, "daily", when=now)


def _periods(
    backups: list[Backup], key: Callable[[datetime], object], count: int
) -> Iterable[Backup]:
    """The newest backup in each of the newest count periods that have one."""
    seen: set[object] = set()
    for backup in backups:  # newest first
        period = key(backup.made_at)
        if period not in seen:
            if len(seen) == count:
                return
            seen.add(period)
            yield backup


def to_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Which backups thinning keeps: the last two days (up to 12), then 7 days, 4 weeks, 12
    months, each period keeping its newest."""
    newest_first = sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True)
    recent = [b.path for b in newest_first if now - b.made_at <= KEEP_RECENT]
    keep = set(recent[:KEEP_RECENT_MAX])
    keep |= {b.path for b in _periods(newest_first, lambda t: t.date(), KEEP_DAILY)}
    keep |= {b.path for b in _periods(newest_first, lambda t: t.isocalendar()[:2], KEEP_WEEKLY)}
    keep |= {b.path for b in _periods(newest_first, lambda t: (t.year, t.month), KEEP_MONTHLY)}
    if newest_first:
        keep.add(newest_first[0].path)
    return keep


@_one_at_a_time
def thin(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups that thinning doesn't keep; returns what was removed."""
    backups = list_backups(db_path)
    keep = to_keep(backups, now or clock.now())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):  # open in another program: it goes next time
                backup.path.unlink()
                removed.append(backup.path)
                backup_keys.remove_with(backup.path)
    return removed


def problems_with(path: Path) -> StoreError | None:
    """Why a backup file can't be restored (an error to explain); None when it is good.

    A packed backup is unpacked in memory (nothing is written) and checked as a plain one is.
    """
    if packed.is_packed(path):
        return _problems_with_packed(path)
    try:
        version = db.check_ours(path)
        problems = files.quick_check(path)
    except StoreError as error:
        return error
    except (OSError, engine.dbapi.Error) as error:
        return BackupError("backup.unreadable", detail=str(error))
    return _verdict(version, problems)


def _verdict(version: int, problems: list[str]) -> StoreError | None:
    if problems:
        return BackupError("backup.check_failed", detail=problems[0])
    if version == 0:
        return BackupError("backup.empty")
    return None


def _problems_with_packed(path: Path) -> StoreError | None:
    """Unpacked beside it, under a hidden name of this process's own (the engine reads no
    image from memory), checked as a plain backup is, and removed: the copy is no more
    readable than the backup itself, and one a kill leaves is tidied as any *.partial is."""
    scratch = files.partial_name(path.with_name(path.name + ".checking"))
    if backup_keys.is_encrypted(path):
        key = backup_keys.key_for(path) or engine.key_for(path)
        if key is None:
            from desktop.store.protect import LockedError

            return LockedError("open.locked", path=path)
        engine.remember_key(scratch, key)
    try:
        try:
            packed.unpack(path, scratch)
        except packed.UnpackError:
            # (What zlib says, a bad CRC or an end cut short, would mean nothing to a person.)
            detail = "the compressed file is damaged or cut short"
            return BackupError("backup.check_failed", detail=detail)
        except OSError as error:
            return BackupError("backup.unreadable", detail=str(error))
        try:
            version = db.check_ours(scratch)
            problems = files.quick_check(scratch)
        except StoreError as error:
            if "path" in error.details:
                error.details["path"] = path  # the backup, not the copy checked
            return error
        except (OSError, engine.dbapi.Error) as error:
            return BackupError("backup.check_failed", detail=str(error))
        return _verdict(version, problems)
    finally:
        engine.forget_key(scratch)
        with contextlib.suppress(OSError):
            files.remove_file(scratch)


def _failed(code: str, error: BaseException) -> BackupError:
    """A backup or restore that couldn't be done: the disk trouble behind it, or what it was."""
    trouble = classify(error)
    if trouble is not None:
        return BackupError(code, trouble=trouble)
    return BackupError(code, detail=str(error))


def newest_good_backup(db_path: Path) -> Backup | None:
    """The newest backup that passes its check, if any."""
    for backup in list_backups(db_path):
        if problems_with(backup.path) is None:
            return backup
    return None


def restore(backup_path: Path, db_path: Path) -> Restored:
    """Put a backup in place of the data file and open it.

    The current state is backed up first (or, if it can't be read, moved aside, never
    deleted); leftover -wal and -shm files are dealt with so they can't be replayed onto the
    restored file. The store is open on the restored data afterwards.
    """
    problem = problems_with(backup_path)
    if problem is not None:
        raise BackupError("backup.unrestorable", problem=problem)
    key = backup_keys.key_for_restore(backup_path, db_path)  # None: a plain backup
    with _busy:
        previous: Path | None = None
        if db_path.exists():
            try:
                previous = make_backup(db_path, "before-restore", thin_afterwards=False).path
            except (DamagedFileError, NotOurFileError, engine.dbapi.Error, BackupError) as error:
                if isinstance(error, BackupError) and "trouble" in error.details:
                    raise  # the disk: stop here, before anything is touched
                previous = None  # the current file can't be read: it is moved aside below
        was_open = db.is_open()
        db.close_database()
        set_aside = None
        if db_path.exists() and previous is None:
            # The current file couldn't be copied: keep it (and its side files) under another
            # name.
            set_aside = previous = files.set_aside(db_path, "before-restore")
        incoming = db_path.with_name(db_path.name + ".restoring")
        try:
            _bring_in(backup_path, incoming, key)
            backup_keys.slots_before_replace(backup_path, db_path, key)
            # Everything in the old -wal is in the before-restore backup; replaying it onto the
            # restored file would corrupt it, and the -shm is only an index of it. (On Windows
            # another program holding the file, a reader or a virus scanner, stops this here,
            # with the data file as it was.)
            for side in files.SIDE_SUFFIXES:
                files.remove_file(f"{db_path}{side}")
            files.replace_file(incoming, db_path)
        except (OSError, engine.dbapi.Error, StoreError, packed.UnpackError) as error:
            # Put everything back as it was, so the app goes on with the person's own data.
            db.close_database()  # (the incoming copy's, should it be open still)
            for unfinished in (incoming, *(Path(f"{incoming}{s}") for s in files.SIDE_SUFFIXES)):
                with contextlib.suppress(OSError):
                    files.remove_file(unfinished)
            if set_aside is not None:
                _put_back(set_aside, db_path)
            backup_keys.settle_after_restore(db_path, None)
            if was_open and db_path.exists():
                db.open_database(db_path)
            raise _failed("backup.restore_failed", error) from error
        files.sync_folder(db_path.parent)
        backup_keys.settle_after_restore(db_path, key)
    db.open_database(db_path)
    return Restored(restored_from=backup_path, previous_state=previous)


def _bring_in(backup_path: Path, incoming: Path, key: bytes | None) -> None:
    """The backup as a whole data file under incoming, checked and flushed to disk: a plain
    backup is copied; a packed one is unpacked, checked, opened (an older one is updated, as
    any file is when it opens) and its search index rebuilt from the entries, so the file
    that replaces the data is complete: a kill leaves it fully before or fully after."""
    if not packed.is_packed(backup_path):
        files.copy_database(backup_path, incoming)
        return
    from desktop.store import journal  # (only a restore needs it: the app starts without)

    for leftover in (incoming, *(Path(f"{incoming}{s}") for s in files.SIDE_SUFFIXES)):
        files.remove_file(leftover)  # only ever an interrupted restore's
    if key is not None:
        engine.remember_key(incoming, key)  # an encrypted backup comes in encrypted
    try:
        packed.unpack(backup_path, incoming)
        problems = files.quick_check(incoming)
        if problems:
            raise DamagedFileError("open.copy_damaged", name=backup_path.name)
        db.open_database(incoming)
        try:
            journal.rebuild_search_index()
        finally:
            db.close_database()
    finally:
        engine.forget_key(incoming)
    with incoming.open("rb+") as written:
        files.flush_to_disk(written.fileno())


def _put_back(moved: Path, db_path: Path) -> None:
    """Undo files.set_aside: the file and its side files go back under their own name."""
    for suffix in ("", *files.SIDE_SUFFIXES):
        source = Path(f"{moved}{suffix}")
        if source.exists():
            files.replace_file(source, Path(f"{db_path}{suffix}"))
