"""The keys of encrypted backups: each backup of a protected journal is encrypted with the
journal's data key and carries its key slots beside it (``<backup>.keys``), so that it
restores on another computer with the passphrase or the recovery code.

The data key never changes while the journal stays protected, so every backup of it opens
with the same key. A new passphrase is written into every backup's slots too (one Argon2id,
the same new slot copied into each small file): older backups open with the new passphrase
as the journal does. A copy of a backup taken elsewhere before the change keeps the slots it
had (the old passphrase, and the recovery code, which never changes).

Whether a backup is encrypted is read from the backup itself (an encrypted one does not
begin as an SQLite file does); slots beside a plain backup are a leftover, and go.
"""

from __future__ import annotations

import contextlib
import gzip
import zlib
from pathlib import Path
from typing import Any

from desktop.store import db, engine, files, keys, packed


def slots_path(backup_path: Path) -> Path:
    """The key slots beside a backup."""
    return keys.slots_path(backup_path)


def _first_bytes(path: Path) -> bytes:
    try:
        if packed.is_packed(path):
            with gzip.GzipFile(filename=path, mode="rb") as unpacking:
                return unpacking.read(len(db.SQLITE_MAGIC))
        with path.open("rb") as file:
            return file.read(len(db.SQLITE_MAGIC))
    except (OSError, EOFError, zlib.error):
        return b""


def is_encrypted(backup_path: Path) -> bool:
    """Whether a backup is an encrypted one: its slots beside it, its bytes not plain SQLite."""
    if not slots_path(backup_path).exists():
        return False
    first = _first_bytes(backup_path)
    return bool(first) and first != db.SQLITE_MAGIC


def known_key(slots: keys.Slots) -> bytes | None:
    """A data key this process holds (an unlocked journal's) that the slots wrap, if any."""
    for key in list(engine._keys.values()):
        if keys.key_id(key) == slots.key_id:
            return key
    return None


def key_for(backup_path: Path) -> bytes | None:
    """The data key of an encrypted backup, if this process has it (else unlock first)."""
    try:
        return known_key(keys.read_slots(slots_path(backup_path)))
    except keys.KeySlotsError:
        return None


def unlock(
    backup_path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> bytes:
    """The data key of an encrypted backup from its own slots; remembered for the backup's
    path, so that it can be checked and restored."""
    key = keys.unlock(
        keys.read_slots(slots_path(backup_path)), passphrase=passphrase, recovery_code=recovery_code
    )
    engine.remember_key(backup_path, key)
    return key


def write_slots_for(db_path: Path, target: Path) -> bool:
    """Before a backup of db_path is written to target: its slots beside it when the journal is
    protected (True), else nothing (and any leftover slots at that name go)."""
    from desktop.store import protect

    if not protect.is_protected(db_path):
        files.remove_file(slots_path(target))
        return False
    slots = keys.read_slots(keys.slots_path(db_path))
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    keys.write_slots(slots_path(target), slots)
    return True


def remove_with(backup_path: Path) -> None:
    """Remove a backup's slots with it (thinning)."""
    with contextlib.suppress(OSError):
        files.remove_file(slots_path(backup_path))


def remove_orphans(db_path: Path) -> list[Path]:
    """Remove slots whose backup is gone (a backup interrupted before its rename, or removed
    by hand), or that sit beside a plain backup."""
    folder = files.backup_folder(db_path)
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for found in folder.glob(f"*{keys.SUFFIX}"):
        backup = found.with_name(found.name.removesuffix(keys.SUFFIX))
        if not backup.exists() or not is_encrypted(backup):
            with contextlib.suppress(OSError):
                files.remove_file(found)
                removed.append(found)
    return removed


def rewrap(db_path: Path, slot: dict[str, Any], key_id: str) -> list[Path]:
    """Put a new passphrase slot into the slots of every backup of this key; returns them."""
    folder = files.backup_folder(db_path)
    changed: list[Path] = []
    if not folder.is_dir():
        return changed
    for found in sorted(folder.glob(f"*{keys.SUFFIX}")):
        try:
            slots = keys.read_slots(found)
        except keys.KeySlotsError:
            continue
        if slots.key_id != key_id:
            continue
        kept = tuple(s for s in slots.slots if s.get("kind") != keys.PASSPHRASE)
        keys.write_slots(found, keys.Slots(key_id=key_id, slots=(slot, *kept)))
        changed.append(found)
    return changed


def plain_backups(db_path: Path) -> list[Path]:
    """The backups anyone can read: every one not encrypted (for a protected journal, those
    made before it was protected, unless protect converted them)."""
    from desktop.store import backup

    return [b.path for b in backup.list_backups(db_path) if not is_encrypted(b.path)]


def key_for_restore(backup_path: Path, db_path: Path) -> bytes | None:
    """The data key a restore of backup_path brings in (None for a plain backup). A protected
    journal takes back only a backup of its own key: one of another key (from before it was
    protected anew) would need its slots in place of the journal's (BackupError)."""
    from desktop.store import protect
    from desktop.store.errors import BackupError

    if not is_encrypted(backup_path):
        return None
    key = key_for(backup_path) or engine.key_for(backup_path)
    if key is None:
        raise protect.LockedError("open.locked", path=backup_path)
    theirs = keys.read_slots(keys.slots_path(db_path)) if protect.is_protected(db_path) else None
    if theirs is not None and theirs.key_id != keys.key_id(key):
        raise BackupError("backup.other_key")
    return key


def slots_before_replace(backup_path: Path, db_path: Path, key: bytes | None) -> None:
    """Right before an encrypted backup replaces a plain (or absent) data file: its slots as
    the data's pending ones (protect.settle puts them in place once the file is)."""
    from desktop.store import protect

    if key is not None and not protect.is_protected(db_path):
        keys.write_slots(
            protect.pending_slots_path(db_path), keys.read_slots(slots_path(backup_path))
        )


def settle_after_restore(db_path: Path, key: bytes | None) -> None:
    """After a restore, or one put back: the slots beside the data match it (pending ones put
    in place, a plain file's removed), and the key of an encrypted one is at hand."""
    from desktop.store import protect

    protect.settle(db_path)
    if key is not None and protect.is_protected(db_path):
        engine.remember_key(db_path, key)
