"""The one SQLite every copy of the app runs: SQLCipher's, from the sqlcipher3 wheels, on every
OS alike (Python's own sqlite3 differs from one platform's build to the next), for encrypted
and plain files both. A plain file is an ordinary SQLite file; an encrypted one is keyed with
its raw data key (keys.py) as the first statement of every connection to it.

While the store is unlocked the data key is held here, in memory only, by the data file's
path: every connection this process opens to that file (or to its file: URI) is keyed with it,
so the copies, checks and backups in files.py need not carry it around.
"""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same DB-API as Python's own sqlite3, typed as it is
    import sqlite3 as dbapi


def __getattr__(name: str) -> Any:
    # Loaded on first use, not at import: the window goes up before any SQLite is needed.
    if name == "dbapi":
        from sqlcipher3 import dbapi2

        return dbapi2
    raise AttributeError(name)


__all__ = [
    "KEY_BYTES",
    "connect",
    "dbapi",
    "forget_key",
    "is_plain_sqlite",
    "is_protected",
    "key_for",
    "key_pragma",
    "remember_key",
]

#: A data key: 256 random bits (keys.py makes it and keeps it wrapped).
KEY_BYTES = 32
#: How every plain SQLite file begins (an encrypted one begins with random bytes).
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Beside an encrypted data file: its key slots (keys.py), and slots waiting for their file to
#: be renamed into place (protect.py).
SLOTS_SUFFIX, PENDING_SUFFIX = ".keys", ".keys.pending"

_keys: dict[str, bytes] = {}
_quiet = False


def _name(path: Path | str) -> str:
    """One name per file, whatever way it is written: a path, or a file: URI with a query."""
    text = str(path)
    if text.startswith("file:"):
        text = urllib.parse.unquote(urllib.parse.urlsplit(text).path)
        if os.name == "nt" and text[:1] == "/" and text[2:3] == ":":
            text = text[1:]  # file:///C:/... names C:/...
    if text in ("", ":memory:"):
        return text
    return os.path.normcase(str(Path(text).resolve()))


def remember_key(path: Path | str, key: bytes) -> None:
    """Key every connection to path with key from now on (the store is unlocked)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    _keys[_name(path)] = bytes(key)


def forget_key(path: Path | str) -> None:
    """Connections to path are no longer keyed (the store is locked, or the file is plain)."""
    _keys.pop(_name(path), None)


def key_for(path: Path | str) -> bytes | None:
    """The data key remembered for path, if any."""
    return _keys.get(_name(path))


def is_plain_sqlite(path: Path) -> bool:
    """Whether the file at path begins as a plain SQLite file does."""
    with path.open("rb") as file:
        return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def is_protected(db_path: Path) -> bool:
    """Whether the data file at db_path is encrypted (as protect.settle() would leave it).

    Here, where nothing loads SQLite: the window asks before it is first drawn (a protected
    journal shows its unlock screen from the start), and the store is loaded after that.
    """
    if db_path.with_name(db_path.name + SLOTS_SUFFIX).exists():
        return not (db_path.exists() and is_plain_sqlite(db_path))
    pending = db_path.with_name(db_path.name + PENDING_SUFFIX)
    return pending.exists() and db_path.exists() and not is_plain_sqlite(db_path)


def key_pragma(key: bytes) -> str:
    """The statement that keys a connection with a raw key: SQLCipher's own key derivation
    (PBKDF2, 256,000 rounds) is skipped, the key being random already (keys.py)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(target: Path | str, *, key: bytes | None = None, **options: Any) -> dbapi.Connection:
    """A connection to target (a path, ":memory:", or a file: URI with uri=True), keyed with
    key, or else with the key remembered for target's file (remember_key), if any."""
    key = key if key is not None else key_for(target)
    from sqlcipher3 import dbapi2

    conn: dbapi.Connection = dbapi2.connect(str(target), **options)
    global _quiet
    if not _quiet:
        # SQLCipher writes its own lines to stderr (a page that doesn't decrypt, say): the
        # store's errors say what happened, and a terminal would show those lines beside them.
        conn.execute("PRAGMA cipher_log_level = NONE")
        _quiet = True
    if key is not None:
        try:
            conn.execute(key_pragma(key))
        except BaseException:
            conn.close()
            raise
    return conn
