"""Whether the SQLite this Python brings can keep the data: a recent enough version, with the
full-text search (FTS5) the journal's search index is made of.

Python's own builds for Windows and macOS, and every Linux we ship for, bring one that can; a
Python built by hand or an old system's may not. The app then says so at start, before it
opens or changes anything, instead of failing later, halfway through a write.
"""

from __future__ import annotations

import contextlib
import functools

from desktop.store.engine import dbapi as sqlite3  # the name tests stand in for

__all__ = ["MIN_VERSION", "check", "has_fts5", "sqlite3", "version"]
from desktop.store.errors import OpenError

#: PRAGMA table_list (the full check of the data) came in 3.37.0; FTS5's remove_diacritics 2 in
#: 3.27.0.
MIN_VERSION = (3, 37, 0)


def version() -> str:
    """The version of the SQLite in use, as SQLite writes it."""
    return sqlite3.sqlite_version


@functools.cache
def has_fts5() -> bool:
    """Whether the SQLite in use can make an FTS5 table (asked once per run: about 0.5 ms)."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        try:
            conn.execute("CREATE VIRTUAL TABLE probe USING fts5 (words)")
        except sqlite3.Error:
            return False
    return True


def check() -> None:
    """Raise OpenError when the SQLite in use can't keep the data (too old, or without FTS5)."""
    needed = ".".join(map(str, MIN_VERSION))
    if sqlite3.sqlite_version_info < MIN_VERSION:
        raise OpenError("open.sqlite_too_old", found=version(), needed=needed)
    if not has_fts5():
        raise OpenError("open.sqlite_no_fts5", found=version())
