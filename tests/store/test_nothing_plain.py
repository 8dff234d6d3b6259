"""The proof of issue 18: after protect, a word written through the store (an entry's text, a
thought record, a safety-plan contact, a tag, a plan item) is in no file under the data folder:
the database, its -wal and -shm, the key slots, every backup (one made before, converted, and
one made after)."""

from __future__ import annotations

import contextlib
import gzip
import zlib
from pathlib import Path

from desktop.store import backup, db, protect
from tests.store.test_encrypted_backups import (
    MARKERS,
    _closed_and_forgotten,
    _write_everything,
    data,
)

__all__ = ["_closed_and_forgotten", "data"]  # the fixtures, shared


def _contents(path: Path) -> bytes:
    """A file's bytes, and a compressed one's unpacked too (gzip hides words in plain sight)."""
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError, zlib.error):
            raw += gzip.decompress(raw)
    return raw


def _found(folder: Path) -> list[tuple[str, str]]:
    """Which words are in which files under folder (as UTF-8 or UTF-16)."""
    return [
        (p.name, what)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        for what, marker in MARKERS.items()
        if marker.encode() in _contents(p) or marker.encode("utf-16-le") in _contents(p)
    ]


def test_after_protect_no_word_written_is_in_any_file_under_the_data_folder(data: Path) -> None:
    folder = data.parent
    db.open_database(data)
    made = backup.make_backup(data, "manual").path  # a plain backup from before
    db.close_database()
    # (A control: before protecting, every word is there to be found, in the backup too.)
    assert {what for name, what in _found(folder) if name == made.name} == set(MARKERS)
    protect.protect(data, "correct horse")
    db.open_database(data)
    _write_everything()  # and again while protected: into the -wal
    backup.make_backup(data, "manual")
    names = {p.name for p in folder.rglob("*") if p.is_file()}
    assert {data.name, f"{data.name}-wal", f"{data.name}-shm", f"{data.name}.keys"} <= names
    assert _found(folder) == []  # while open
    db.close_database()
    assert _found(folder) == []
    assert len(backup.list_backups(data)) == 2
