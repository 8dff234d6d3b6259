"""The store's errors, and telling disk trouble apart from everything else.

A write that cannot reach the disk (the disk is full, the folder became read-only, another
program holds the file) is not a bug and not the person's fault. Every store write goes through
``models.writing()``, which turns such failures into one exception type, :class:`CannotSaveError`,
whose message is written for the person.

SQLite and peewee do not always put the real cause on top: on peewee 4 a disk-full error inside
``atomic()`` surfaces as "cannot rollback - no transaction is active", with the disk-full error in
``__context__``. So the whole exception chain is walked.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")


class StoreError(Exception):
    """A problem with the data file; the message is written for the person, not for a log."""


class DiskTrouble(StrEnum):
    """Why a write could not reach the disk."""

    FULL = "full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    UNREADABLE = "io"


MESSAGES = {
    DiskTrouble.FULL: (
        "Your disk is full; nothing was lost, and what you typed is still here. "
        "Freeing a little space lets the app save it; it will keep trying."
    ),
    DiskTrouble.READ_ONLY: (
        "The folder that holds your data can't be written to right now; nothing was lost, and "
        "what you typed is still here. The app will keep trying to save it."
    ),
    DiskTrouble.LOCKED: (
        "Another program is holding your data file for the moment; nothing was lost, and what "
        "you typed is still here. The app will keep trying to save it."
    ),
    DiskTrouble.UNREADABLE: (
        "The disk didn't answer when the app tried to save; nothing was lost, and what you "
        "typed is still here. The app will keep trying to save it."
    ),
}


class CannotSaveError(StoreError):
    """A write could not reach the disk (full, read-only, locked); everything stored is intact.

    This is the one exception type a screen needs to catch around a store write. Its message is
    plain and calm, for the person. What to do with it:

    - keep the person's text where it is (in the editor), unsaved;
    - show ``str(error)`` (for example "Your disk is full; nothing was lost, and what you typed
      is still here. ...");
    - try the same write again later (on a timer, or on the next edit); the store is usable
      again as soon as the disk is.

    ``trouble`` says which kind of disk trouble it was.
    """

    def __init__(self, trouble: DiskTrouble) -> None:
        super().__init__(MESSAGES[trouble])
        self.trouble = trouble

    def in_a_form(self) -> str:
        """The message for a form that stays open (nothing retries there by itself)."""
        return FORM_MESSAGES[self.trouble]


FORM_MESSAGES = {
    DiskTrouble.FULL: (
        "Your disk is full, so this couldn't be saved yet. Your words are still here: free a "
        "little space, then try again."
    ),
    DiskTrouble.READ_ONLY: (
        "The folder that holds your data can't be written to right now, so this couldn't be "
        "saved yet. Your words are still here; try again in a moment."
    ),
    DiskTrouble.LOCKED: (
        "Another program is holding your data file for the moment, so this couldn't be saved "
        "yet. Your words are still here; try again in a moment."
    ),
    DiskTrouble.UNREADABLE: (
        "The disk didn't answer, so this couldn't be saved yet. Your words are still here; "
        "try again in a moment."
    ),
}


def said_in_place(error: Exception) -> str:
    """What to say where the person's words wait on screen for them to try again (a form, a
    field): the store's own words, without promising a retry that happens by itself."""
    return error.in_a_form() if isinstance(error, CannotSaveError) else str(error)


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


def _one(error: BaseException) -> DiskTrouble | None:
    if isinstance(error, CannotSaveError):
        return error.trouble
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    if isinstance(error, OSError) and error.errno in _ERRNOS:
        return _ERRNOS[error.errno]
    if isinstance(error, sqlite3.Error) or type(error).__module__.startswith("peewee"):
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
