"""The proof of issue 18: after protect, a word written through the store (an entry's text, a
thought record, a safety-plan contact, a tag, a plan item) is in no file under the data folder:
the database, its -wal and -shm, the key slots, every backup (one made before, converted, and
one made after)."""

from __future__ import annotations

from pathlib import Path

from desktop.store import backup, db, protect
from tests.store.test_encrypted_backups import MARKERS, _cheap_cost, _write_everything, data

__all__ = ["_cheap_cost", "data"]  # the fixtures, shared


def test_after_protect_no_word_written_is_in_any_file_under_the_data_folder(data: Path) -> None:
    folder = data.parent
    db.open_database(data)
    backup.make_backup(data, "manual")  # a plain backup from before
    db.close_database()
    # (A control: before protecting, the words are there to be found.)
    assert any(MARKERS["plan"].encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())
    protect.protect(data, "correct horse")
    db.open_database(data)
    _write_everything()  # and again while protected: into the -wal
    backup.make_backup(data, "manual")
    every_file = sorted(p for p in folder.rglob("*") if p.is_file())
    names = {p.name for p in every_file}
    assert {data.name, f"{data.name}-wal", f"{data.name}-shm", f"{data.name}.keys"} <= names
    found = [
        (p.name, what)
        for p in every_file
        for what, marker in MARKERS.items()
        if marker.encode() in p.read_bytes() or marker.encode("utf-16-le") in p.read_bytes()
    ]
    db.close_database()
    found += [
        (p.name, what)
        for p in folder.rglob("*")
        if p.is_file()
        for what, marker in MARKERS.items()
        if marker.encode() in p.read_bytes()
    ]
    assert found == []
    assert len(backup.list_backups(data)) == 2
