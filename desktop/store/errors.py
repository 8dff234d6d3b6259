"""The one hierarchy of errors a person can meet, and telling disk trouble apart from bugs.

The store never builds a sentence for the person. Each error carries a **code** (what
happened: ``"input.too_long"``) and its **details** (with what: a limit, a path, a kind of disk
trouble); ``desktop.reports.errors.explain()`` turns it into words, through the app's translator
in the UI and in English on the command line. Anything else that escapes the store is a bug.

A write that cannot reach the disk (the disk is full, the folder became read-only, another
program holds the file) is not a bug and not the person's fault. Every store write goes through
``models.writing()``, which turns such failures into one exception type, :class:`CannotSaveError`.
SQLite and peewee do not always put the real cause on top: on peewee 4 a disk-full error inside
``atomic()`` surfaces as "cannot rollback - no transaction is active", with the disk-full error in
``__context__``. So the whole exception chain is walked.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from enum import StrEnum
from typing import ClassVar, TypeVar

T = TypeVar("T")


class StoreError(Exception):
    """Something the person may meet while using their data (never a bug): a code and details.

    ``code`` names what happened; ``details`` hold the values the words need. ``str()`` is for
    logs only: the person reads ``desktop.reports.errors.explain(error)``.
    """

    #: The code of an error raised without one (each subclass has its own).
    default_code: ClassVar[str] = "store"

    def __init__(self, code: str | None = None, /, **details: object) -> None:
        self.code = code or self.default_code
        self.details = details
        super().__init__(self.code, details)

    def __str__(self) -> str:
        shown = ", ".join(f"{key}={value!r}" for key, value in self.details.items())
        return f"{self.code}({shown})"


class InputError(StoreError, ValueError):
    """Input the store cannot keep as it is (too long, empty, out of range); nothing changed."""

    default_code = "input"


class NotFoundError(StoreError, LookupError):
    """A row asked for by id is not there (it may have gone with a restore or an import)."""

    default_code = "not_found"
    #: What was not found, for the words ("item", "entry", ...).
    what: ClassVar[str] = "row"

    def __init__(self, row_id: object = None) -> None:
        super().__init__("not_found", what=self.what, id=row_id)


class ItemNotFound(NotFoundError):
    """No plan item has that id."""

    what = "plan_item"


class EntryNotFound(NotFoundError):
    """No journal entry has that id."""

    what = "entry"


class NoteNotFound(NotFoundError):
    """No own note has that id."""

    what = "note"


class SafetyItemNotFound(NotFoundError):
    """No line of the safety plan has that id."""

    what = "safety_line"


class QuestionNotFound(NotFoundError):
    """No open question for the session has that id."""

    what = "question"


class RecordNotFound(NotFoundError):
    """No kept session summary has that id."""

    what = "session_record"


class DiskTrouble(StrEnum):
    """Why a write could not reach the disk."""

    FULL = "full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    UNREADABLE = "io"
    # Not the disk, but the app itself holding writes back (db.writes_allowed()):
    CHECKING = "checking"  # the check after start hasn't finished yet; saved once it has
    DAMAGED = "damaged"  # that check found damage: the file is kept exactly as it is


class CannotSaveError(StoreError):
    """A write could not reach the disk (full, read-only, locked); everything stored is intact.

    What to do with it: keep the person's text where it is, unsaved; say so calmly; try the same
    write again later (the store is usable again as soon as the disk is). ``trouble`` says which
    kind of disk trouble it was.
    """

    default_code = "cannot_save"

    def __init__(self, trouble: DiskTrouble) -> None:
        super().__init__("cannot_save", trouble=trouble)
        self.trouble = trouble


class OpenError(StoreError):
    """The data file can't be opened for use; it is left exactly as it is."""

    default_code = "open"


class NewerSchemaError(OpenError):
    """The file was written by a newer version of the app; it is left untouched."""

    default_code = "open.newer"


class NotOurFileError(OpenError):
    """The file is not a Between Sessions database (or not a database at all)."""

    default_code = "open.not_ours"


class EmptyFileError(NotOurFileError):
    """The data file is empty (0 bytes): most likely ours, cut short. It is left untouched."""

    default_code = "open.empty"


class DamagedFileError(OpenError):
    """The file is ours but SQLite cannot read it as it is, or its check finds damage.

    It is left untouched; the app then moves it aside (files.set_aside) and offers the newest
    good backup (backup.newest_good_backup).
    """

    default_code = "open.damaged"


class CannotOpenError(OpenError):
    """The disk or folder keeps the app from opening the file (read-only, full, locked)."""

    default_code = "open.disk"


class BackupError(StoreError):
    """A backup could not be made or restored; nothing stored was lost."""

    default_code = "backup"


class ExportError(StoreError):
    """An export (or a saved summary) couldn't be written where asked; nothing else changed."""

    default_code = "export"


class ImportFileError(StoreError):
    """The file can't be imported as it is; nothing was changed."""

    default_code = "import"


class DataLocked(StoreError):
    """The data is open elsewhere (the app, or another command)."""

    default_code = "data_busy"


class DataFolderError(StoreError):
    """The data folder can't be made or written to."""

    default_code = "data_folder"


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_CODES = {
    13: DiskTrouble.FULL,  # SQLITE_FULL
    8: DiskTrouble.READ_ONLY,  # SQLITE_READONLY
    3: DiskTrouble.READ_ONLY,  # SQLITE_PERM
    14: DiskTrouble.READ_ONLY,  # SQLITE_CANTOPEN (cannot create -wal/-journal in the folder)
    5: DiskTrouble.LOCKED,  # SQLITE_BUSY
    6: DiskTrouble.LOCKED,  # SQLITE_LOCKED
    10: DiskTrouble.UNREADABLE,  # SQLITE_IOERR
}


# For exceptions that lost their code on the way (peewee re-raises with the message only).
_SQLITE_MESSAGES = (
    ("database or disk is full", DiskTrouble.FULL),
    ("attempt to write a readonly database", DiskTrouble.READ_ONLY),
    ("unable to open database file", DiskTrouble.READ_ONLY),
    ("database is locked", DiskTrouble.LOCKED),
    ("database table is locked", DiskTrouble.LOCKED),
    ("disk i/o error", DiskTrouble.UNREADABLE),
)


_ERRNOS = {
    errno.ENOSPC: DiskTrouble.FULL,
    errno.EDQUOT: DiskTrouble.FULL,
    errno.EROFS: DiskTrouble.READ_ONLY,
    errno.EACCES: DiskTrouble.READ_ONLY,
    errno.EPERM: DiskTrouble.READ_ONLY,
    errno.EIO: DiskTrouble.UNREADABLE,
}

#: Windows: another program has the file open (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION).
_SHARING_VIOLATIONS = (32, 33)


def exception_chain(error: BaseException) -> Iterator[BaseException]:
    """The error, then every cause and context behind it, each once."""
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
        # peewee wraps a sqlite3 error by passing the original as its first argument.
        pending += [a for a in current.args[:1] if isinstance(a, BaseException)]


#: The modules whose errors are SQLite's: peewee's, and the engine's (sqlcipher3, engine.py:
#: its errors are classes of its own, not sqlite3's).
_ENGINES = ("peewee", "sqlcipher3")


def _one(error: BaseException) -> DiskTrouble | None:
    import sqlite3  # here: the window imports this module before it needs SQLite

    if isinstance(error, CannotSaveError):
        return error.trouble
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    if isinstance(error, OSError) and getattr(error, "winerror", None) in _SHARING_VIOLATIONS:
        return DiskTrouble.LOCKED  # (errno says EACCES, which would read as "read-only")
    if isinstance(error, OSError) and error.errno in _ERRNOS:
        return _ERRNOS[error.errno]
    if isinstance(error, sqlite3.Error) or type(error).__module__.startswith(_ENGINES):
        text = str(error).lower()
        for fragment, trouble in _SQLITE_MESSAGES:
            if fragment in text:
                return trouble
    return None


def classify(error: BaseException) -> DiskTrouble | None:
    """The disk trouble behind an error, or None when it is something else."""
    found = [t for t in map(_one, exception_chain(error)) if t is not None]
    if not found:
        return None
    # "Disk full" explains a later "locked" or "read-only" symptom, never the other way round.
    for trouble in (DiskTrouble.FULL, DiskTrouble.READ_ONLY, DiskTrouble.UNREADABLE):
        if trouble in found:
            return trouble
    return found[0]


@contextmanager
def disk_trouble_named(
    inner: AbstractContextManager[T], after_failure: Callable[[], None] | None = None
) -> Iterator[T]:
    """Run inner; re-raise a failure caused by the disk as CannotSaveError.

    after_failure, if given, is called (and its own errors ignored) before re-raising, to put
    the connection back in a usable state.
    """
    try:
        with inner as value:
            yield value
    except CannotSaveError:
        raise
    except Exception as error:
        trouble = classify(error)
        if trouble is None:
            raise
        if after_failure is not None:
            with suppress(Exception):  # the original failure is the one to report
                after_failure()
        raise CannotSaveError(trouble) from error
