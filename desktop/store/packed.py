"""Packed backups: a snapshot without its derived search index, compressed (gzip, zlib level 4).

A backup keeps only what can't be made again: the full-text index (``journal_search``) is
emptied in the snapshot and rebuilt from the entries on restore. The snapshot is then
compacted and compressed; a packed backup is named ``*.sqlite3.gz`` and is an ordinary gzip
file (any tool unpacks it to a database). Older backups are plain ``*.sqlite3`` copies, index
and all, and restore as they are.

Why zlib at level 4 (ten-year journal, 20,000 entries, 32 MiB once the index is out): 0.47×
the raw text in 0.5 s; level 6 gains 4 % for 2.5× the time; bz2 (0.31×) and lzma (0.41×
at preset 1, 0.33× at 6 in 23 s) pack smaller but unpack 3–7× slower, and every backup a
list offers is unpacked to be checked. gzip's CRC-32 and length find any damage to the file.
"""

from __future__ import annotations

import errno
import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from desktop.store import engine
from desktop.store.errors import classify

SUFFIX = ".gz"
LEVEL = 4
_CHUNK = 1 << 20

#: The full-text index left out of a packed backup, and how to tell one that keeps no text of
#: its own (external content or contentless: ``content = ...`` among its options).
SEARCH_INDEX = "journal_search"
_NO_TEXT_OF_ITS_OWN = re.compile(r"\bcontent\s*=", re.IGNORECASE)


class UnpackError(Exception):
    """A packed file that can't be unpacked whole: cut short, or damaged."""


def is_packed(path: Path) -> bool:
    """Whether path names a packed (compressed) backup rather than a plain database copy."""
    return path.name.endswith(SUFFIX)


def leave_out_search_index(conn: engine.dbapi.Connection) -> bool:
    """Empty the search index in a copy of the data (never in the data itself); True if it was.

    An index over external content (or contentless) is emptied with FTS5's 'delete-all'. An
    ordinary one keeps its own copy of the text: that copy is deleted without reading the index
    row by row, then 'rebuild' from nothing leaves a new, empty index (as
    journal.rebuild_search_index does). An index FTS5 can't even open stays as it is: the
    backup is only larger, and its restore rebuilds it all the same.
    """
    found = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (SEARCH_INDEX,)
    ).fetchone()
    if found is None:
        return False  # a file from before the journal
    index = SEARCH_INDEX
    try:
        with conn:
            if _NO_TEXT_OF_ITS_OWN.search(str(found[0])):
                conn.execute(f"INSERT INTO {index} ({index}) VALUES ('delete-all')")
            else:
                conn.execute(f"DELETE FROM {index}_content")
                conn.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
    except engine.dbapi.DatabaseError as error:
        if classify(error) is not None:
            raise  # the disk: the backup can't be made now
        return False
    return True


def pack(plain: Path, partial: Path) -> None:
    """Compress plain into partial (a new private file), flush it to disk, and read it back:
    it must unpack to exactly plain's bytes, else OSError (the disk didn't keep it)."""
    import hashlib  # (here: files imports this module on the way to the first window)

    from desktop.store import files  # (files uses this module for copy_database)

    written = hashlib.sha256()
    files.create_private_file(partial)
    with plain.open("rb") as source, partial.open("rb+") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=LEVEL, mtime=0) as z:
            while chunk := source.read(_CHUNK):
                written.update(chunk)
                z.write(chunk)
        raw.flush()
        files.flush_to_disk(raw.fileno())
    try:
        read_back = _digest(partial)
    except UnpackError as error:
        raise OSError(errno.EIO, f"the compressed copy can't be read back: {error}") from error
    if read_back != written.digest():
        raise OSError(errno.EIO, "the compressed copy reads back differently")


def _read_chunks(path: Path) -> Iterator[bytes]:
    try:
        with gzip.GzipFile(filename=path, mode="rb") as unpacking:
            while chunk := unpacking.read(_CHUNK):
                yield chunk
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise UnpackError(str(error) or type(error).__name__) from error


def _digest(path: Path) -> bytes:
    import hashlib  # (OpenSSL's library: loaded when a backup is packed or read, not at start)

    digest = hashlib.sha256()
    for chunk in _read_chunks(path):
        digest.update(chunk)
    return digest.digest()


def unpack(path: Path, target: Path) -> None:
    """Unpack a packed backup into target, a new private file, and flush it to disk.
    Raises UnpackError for a damaged packed file, OSError for the disk."""
    from desktop.store import files

    files.create_private_file(target)
    with target.open("rb+") as out:
        for chunk in _read_chunks(path):
            out.write(chunk)
        out.flush()
        files.flush_to_disk(out.fileno())
