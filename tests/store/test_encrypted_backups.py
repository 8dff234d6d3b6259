"""Backups of a protected journal are encrypted and carry their key slots: one restores in a
fresh folder with the passphrase, and with the recovery code; after a passphrase change the
older ones open with the new one. Turning protection on converts the plain backups."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import backup, backup_keys, db, engine, journal, keys, plan, protect, safety
from desktop.store.encouragement_kinds import SafetySection
from desktop.store.records import EntryFields, ThoughtRecord

MARKERS = {
    "entry": "Larkspurvale-entry-1187",
    "thought": "Larkspurvale-thought-2298",
    "contact": "Larkspurvale-contact-3309",
    "tag": "larkspurvale-tag-4410",
    "plan": "Larkspurvale-plan-5521",
}


@pytest.fixture(autouse=True)
def _closed_and_forgotten(cheap_kdf: None) -> Iterator[None]:
    yield
    db.close_database()
    engine._keys.clear()


def _write_everything() -> None:
    plan.add_item(MARKERS["plan"])
    record = ThoughtRecord(situation="At the bus stop", thought=MARKERS["thought"])
    fields = EntryFields(
        day=date(2026, 11, 30),
        title="Evening",
        body=f"Today I noticed {MARKERS['entry']} twice.",
        tags=(MARKERS["tag"],),
        thought_record=record,
    )
    journal.save_entry(None, fields)
    safety.add_item(SafetySection.PEOPLE_PLACES, f"Aunt {MARKERS['contact']}", "0123 456")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    db.open_database(path)
    _write_everything()
    db.close_database()
    return path


def _entries(path: Path) -> list[str]:
    db.open_database(path)
    try:
        return [item.title for item in plan.list_items()]
    finally:
        db.close_database()


def _carry_away(made: Path, elsewhere: Path) -> Path:
    """The backup and its slots, copied to another computer's folder."""
    elsewhere.mkdir(parents=True, exist_ok=True)
    shutil.copy(made, elsewhere / made.name)
    shutil.copy(backup_keys.slots_path(made), elsewhere / (made.name + ".keys"))
    return elsewhere / made.name


def _restore_fresh(copied: Path, folder: Path, **secret: str) -> list[str]:
    engine._keys.clear()  # another computer: no key at hand
    backup_keys.unlock(copied, **secret)
    fresh = paths.database_path(paths.prepare_data_dir(folder))
    backup.restore(copied, fresh)
    db.close_database()
    engine._keys.clear()
    assert protect.is_protected(fresh)
    protect.unlock(fresh, **secret)
    return _entries(fresh)


def test_a_backup_made_while_protected_restores_in_a_fresh_folder_with_either_secret(
    data: Path, tmp_path: Path
) -> None:
    code = protect.protect(data, "correct horse")
    db.open_database(data)
    made = backup.make_backup(data, "manual").path
    db.close_database()
    assert backup_keys.is_encrypted(made)
    assert MARKERS["plan"].encode() not in made.read_bytes()
    copied = _carry_away(made, tmp_path / "usb")
    with_pass = _restore_fresh(copied, tmp_path / "one", passphrase="correct horse")
    with_code = _restore_fresh(copied, tmp_path / "two", recovery_code=code)
    assert with_pass == with_code == [MARKERS["plan"]]
    engine._keys.clear()
    with pytest.raises(keys.WrongPassphraseError):
        backup_keys.unlock(copied, passphrase="Correct horse")


def test_after_a_passphrase_change_older_backups_open_with_the_new_one(
    data: Path, tmp_path: Path
) -> None:
    protect.protect(data, "correct horse")
    db.open_database(data)
    older = backup.make_backup(data, "manual").path
    db.close_database()
    protect.change_passphrase(data, "battery staple", passphrase="correct horse")
    copied = _carry_away(older, tmp_path / "usb")
    assert _restore_fresh(copied, tmp_path / "fresh", passphrase="battery staple") == [
        MARKERS["plan"]
    ]
    engine._keys.clear()
    with pytest.raises(keys.WrongPassphraseError):
        backup_keys.unlock(older, passphrase="correct horse")


def test_protecting_converts_the_plain_backups_and_says_which_remain(data: Path) -> None:
    db.open_database(data)
    backup.make_backup(data, "manual")
    db.close_database()
    assert len(backup_keys.plain_backups(data)) == 1
    protect.protect(data, "correct horse")
    assert backup_keys.plain_backups(data) == []
    [converted] = backup.list_backups(data)
    assert backup.problems_with(converted.path) is None
    engine._keys.clear()
    assert isinstance(backup.problems_with(converted.path), protect.LockedError)


def test_restoring_a_protected_backup_in_place_keeps_the_journal_protected(data: Path) -> None:
    protect.protect(data, "correct horse")
    db.open_database(data)
    made = backup.make_backup(data, "manual").path
    plan.add_item("Written after the backup")
    backup.restore(made, data)
    assert [i.title for i in plan.list_items()] == [MARKERS["plan"]]
    db.close_database()
    assert protect.is_protected(data) and MARKERS["plan"].encode() not in data.read_bytes()
