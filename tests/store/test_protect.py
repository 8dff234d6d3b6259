"""Turning encryption on and off: the data afterwards is the same data, in no plain byte on
disk; without its key the file is locked, not damaged; a wrong passphrase changes nothing;
and a kill at any moment of either leaves the old file intact or the new one complete."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.store import db, engine, keys, plan, protect
from desktop.store.errors import DamagedFileError, InputError, OpenError
from tests.store import protect_kills
from tests.store.protect_kills import titles
from tests.store.store_helpers import open_connection

MARKER = "Quillfeather-7731"


pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[Path]:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    db.open_database(path)
    plan.add_item(f"Walk by the river {MARKER}")
    db.close_database()
    yield path
    db.close_database()
    engine.forget_key(path)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _marker_anywhere(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and MARKER.encode() in p.read_bytes()]


def test_protected_data_opens_the_same_and_holds_no_plain_byte(plain: Path) -> None:
    code = protect.protect(plain, "correct horse")
    assert len(code.split("-")) == keys.RECOVERY_GROUPS
    assert protect.is_protected(plain)
    assert titles(plain) == [f"Walk by the river {MARKER}"]
    db.open_database(plain)
    plan.add_item(f"Written while protected {MARKER}")
    assert _marker_anywhere(plain.parent) == []  # the -wal too, while open
    db.close_database()
    assert _marker_anywhere(plain.parent) == []
    assert sorted(p.name for p in plain.parent.iterdir() if p.is_file()) == [
        plain.name,
        plain.name + ".keys",
    ]


def test_without_its_key_the_file_is_locked_not_damaged_and_unchanged(plain: Path) -> None:
    protect.protect(plain, "correct horse")
    protect.lock(plain)
    before = _sha(plain)
    with pytest.raises(protect.LockedError) as locked:
        db.open_database(plain)
    assert isinstance(locked.value, OpenError) and not isinstance(locked.value, DamagedFileError)
    assert locked.value.code == "open.locked"
    assert _sha(plain) == before
    protect.unlock(plain, passphrase="correct horse")
    assert titles(plain) == [f"Walk by the river {MARKER}"]


def test_a_wrong_passphrase_or_code_changes_nothing_and_the_right_one_still_works(
    plain: Path,
) -> None:
    code = protect.protect(plain, "correct horse")
    protect.lock(plain)
    slots = plain.with_name(plain.name + ".keys")
    before = (_sha(plain), _sha(slots))
    with pytest.raises(keys.WrongPassphraseError):
        protect.unprotect(plain, passphrase="Correct horse")
    with pytest.raises(keys.WrongRecoveryCodeError):
        protect.unprotect(plain, recovery_code=keys.new_recovery_code())
    with pytest.raises(keys.WrongPassphraseError):
        protect.change_passphrase(plain, "new", passphrase="wrong")
    with pytest.raises(keys.WrongPassphraseError):
        protect.unlock(plain, passphrase="wrong")
    assert (_sha(plain), _sha(slots)) == before
    protect.unlock(plain, recovery_code=code)
    assert titles(plain) == [f"Walk by the river {MARKER}"]


def test_turning_it_off_gives_back_a_plain_file_with_the_same_data(plain: Path) -> None:
    protect.protect(plain, "correct horse")
    protect.unprotect(plain, passphrase="correct horse")
    assert not protect.is_protected(plain)
    assert plain.read_bytes().startswith(db.SQLITE_MAGIC)
    assert sorted(p.name for p in plain.parent.iterdir() if p.is_file()) == [plain.name]
    engine.forget_key(plain)
    assert titles(plain) == [f"Walk by the river {MARKER}"]


def test_an_empty_passphrase_is_refused_and_nothing_changes(plain: Path) -> None:
    before = _sha(plain)
    with pytest.raises(InputError):
        protect.protect(plain, "")
    assert _sha(plain) == before and not protect.is_protected(plain)


def test_protecting_twice_or_unprotecting_a_plain_file_says_so(plain: Path) -> None:
    with pytest.raises(protect.ProtectError) as plain_already:
        protect.unprotect(plain, passphrase="x")
    assert plain_already.value.code == "protect.not_protected"
    protect.protect(plain, "correct horse")
    with pytest.raises(protect.ProtectError) as twice:
        protect.protect(plain, "again")
    assert twice.value.code == "protect.already"


def _leave(path: Path, suffix: str, data: bytes = b"half written") -> Path:
    leftover = path.with_name(path.name + suffix)
    leftover.write_bytes(data)
    return leftover


def test_every_state_a_kill_can_leave_is_finished_or_undone_at_open(plain: Path) -> None:
    slots = plain.with_name(plain.name + ".keys")
    pending = plain.with_name(plain.name + ".keys.pending")
    # Protect killed before the rename: the plain file is the data; the rest goes.
    _leave(plain, ".encrypting")
    _leave(plain, ".keys.pending")
    assert titles(plain) == [f"Walk by the river {MARKER}"]
    assert sorted(p.name for p in plain.parent.iterdir() if p.is_file()) == [plain.name]
    # Protect killed after the rename, before the slots' own: they are put in place.
    protect.protect(plain, "correct horse")
    slots.rename(pending)
    assert protect.is_protected(plain)
    assert titles(plain) == [f"Walk by the river {MARKER}"]
    assert slots.exists() and not pending.exists()
    # Unprotect killed before its rename: the encrypted file is the data.
    _leave(plain, ".decrypting")
    assert titles(plain) == [f"Walk by the river {MARKER}"]
    assert not plain.with_name(plain.name + ".decrypting").exists()
    # Unprotect killed after its rename: the slots open nothing now and go.
    kept = slots.read_bytes()
    protect.unprotect(plain, passphrase="correct horse")
    slots.write_bytes(kept)
    assert not protect.is_protected(plain)
    engine.forget_key(plain)
    assert titles(plain) == [f"Walk by the river {MARKER}"]
    assert not slots.exists()


@pytest.mark.slow  # runs and kills a process dozens of times
def test_a_kill_at_any_moment_leaves_the_old_file_intact_or_the_new_one_complete(
    plain: Path,
) -> None:
    protect_kills.fill(plain)
    tally = protect_kills.protect_kill_loop(plain, 24, seed=18)
    assert (tally.changed, tally.leftovers) == ([], [])
    assert min(tally.killed.values()) >= 4, tally.killed  # (of 12 each: a timed run was slower)
    shutil.rmtree(plain.parent)


def test_a_protected_file_set_aside_keeps_a_copy_of_its_slots(plain: Path) -> None:
    from desktop.store import files

    protect.protect(plain, "correct horse")
    moved = files.set_aside(plain)
    assert (
        moved.with_name(moved.name + ".keys").read_bytes()
        == plain.with_name(plain.name + ".keys").read_bytes()
    )
    engine.forget_key(moved)
    protect.unlock(moved, passphrase="correct horse")
    assert titles(moved) == [f"Walk by the river {MARKER}"]


def test_an_unlocked_journal_keeps_more_pages_than_a_plain_one(
    plain: Path,
) -> None:
    from desktop.store.cipher_database import ENCRYPTED_CACHE_KIB

    db.open_database(plain)
    engine_default = -open_connection().execute("PRAGMA cache_size").fetchone()[0]
    assert engine_default < ENCRYPTED_CACHE_KIB
    protect.protect(plain, "correct horse")
    db.open_database(plain)
    cache = open_connection().execute("PRAGMA cache_size").fetchone()[0]
    assert cache == -ENCRYPTED_CACHE_KIB  # (bench/journal.py --encrypted: search_ratio)
    db.close_database()
