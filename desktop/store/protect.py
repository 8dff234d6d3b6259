"""Turning encryption on and off for a closed data file, safe against a kill at any moment.

Turning it on (protect): the plain file is made self-contained (its write-ahead log
checkpointed away), exported with sqlcipher_export into ``<data>.encrypting`` under a new
random data key, that copy is checked (quick_check, and every table's row count against the
plain file's), flushed; the key slots are written to ``<data>.keys.pending``; then the copy is
renamed over the data file, and the pending slots to ``<data>.keys``. Turning it off
(unprotect) is the reverse: exported plain into ``<data>.decrypting``, checked, renamed over
the data file, then the slots removed.

So a kill leaves one of these, which settle() (at every open) finishes or undoes:

==========================================  =============================================
what is on disk                              what it means, and what settle() does
==========================================  =============================================
``.encrypting`` (with or without pending)    protect not done; plain data intact: removed
``.keys.pending``, data plain                the same: pending slots removed
``.keys.pending``, data encrypted            protect done but for the name: renamed .keys
``.keys``, data plain                        unprotect done but for removing the slots
``.decrypting``                              unprotect not done; encrypted data intact
==========================================  =============================================

The data file itself is only ever replaced by a rename, so it is always either the old file,
intact, or the new one, complete and checked.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from desktop.store import db, engine, files, keys
from desktop.store.errors import DamagedFileError, InputError, OpenError, StoreError

ENCRYPTING, DECRYPTING = ".encrypting", ".decrypting"


class LockedError(OpenError):
    """The data file is encrypted and no key for it is at hand: it needs its passphrase or
    recovery code (unlock) before it opens. Nothing was changed."""

    default_code = "open.locked"


class ProtectError(StoreError):
    """Encryption can't be turned on or off now (already on, already off, or the converted
    copy didn't match); the data is as it was."""

    default_code = "protect"


def _beside(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


def pending_slots_path(db_path: Path) -> Path:
    """Where slots wait for their encrypted file to be renamed into place (see settle)."""
    return _beside(db_path, engine.PENDING_SUFFIX)


_pending = pending_slots_path
_is_plain_sqlite = engine.is_plain_sqlite
#: Whether the data file at db_path is encrypted (as settle() would leave it).
is_protected = engine.is_protected


def _remove_with_sides(path: Path) -> None:
    for suffix in ("", *files.SIDE_SUFFIXES):
        files.remove_file(f"{path}{suffix}")


def settle(db_path: Path) -> None:
    """Finish or undo a protect or unprotect a kill interrupted (see the module's table), and
    remove what it left. Only while this process holds the data's lock."""
    pending, slots = _pending(db_path), keys.slots_path(db_path)
    data_there = db_path.exists() and db_path.stat().st_size > 0
    changed = False
    if pending.exists():
        if data_there and not _is_plain_sqlite(db_path):
            files.replace_file(pending, slots)  # the encrypted file is in place
        else:
            files.remove_file(pending)
        changed = True
    elif slots.exists() and data_there and _is_plain_sqlite(db_path):
        files.remove_file(slots)  # the plain file is in place: the slots open nothing now
        changed = True
    for leftover in (ENCRYPTING, DECRYPTING):
        for side in ("", *files.SIDE_SUFFIXES):
            unfinished = Path(f"{_beside(db_path, leftover)}{side}")
            if unfinished.exists():
                files.remove_file(unfinished)
                changed = True
    files.remove_old_partials(slots)
    if changed:  # (nothing to flush at an ordinary open: no fsync for nothing)
        files.sync_folder(db_path.parent)


def _slots_of(db_path: Path) -> keys.Slots:
    pending = _pending(db_path)
    return keys.read_slots(pending if pending.exists() else keys.slots_path(db_path))


def unlock(
    db_path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> None:
    """Remember the data key of the encrypted file at db_path (from its passphrase or its
    recovery code), so that it opens; WrongPassphraseError / WrongRecoveryCodeError else."""
    key = keys.unlock(_slots_of(db_path), passphrase=passphrase, recovery_code=recovery_code)
    engine.remember_key(db_path, key)


def lock(db_path: Path) -> None:
    """Forget the data key of db_path (close the store first)."""
    engine.forget_key(db_path)


def _self_contained(db_path: Path, key: bytes | None) -> None:
    """Checkpoint the write-ahead log into the file and leave it in rollback mode: nothing
    beside it that a rename could leave to be replayed onto the new file."""
    with contextlib.closing(engine.connect(db_path, key=key, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    files.remove_file(f"{db_path}-shm")


def _counts(conn: engine.dbapi.Connection, schema: str) -> dict[str, int]:
    names = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {
        str(name): int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for (name,) in names
    }


def _export(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """sqlcipher_export of source into target (a new file), with the schema version and our
    application id (which the export leaves out), checked and flushed to disk."""
    _remove_with_sides(target)
    files.create_private_file(target)
    with contextlib.closing(engine.connect(source, key=source_key, isolation_level=None)) as conn:
        conn.execute("PRAGMA temp_store = MEMORY")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        target_secret = f"x'{target_key.hex()}'" if target_key is not None else ""
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), target_secret))
        try:
            conn.execute("BEGIN")  # one snapshot of the source for the export and the counts
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute(f"PRAGMA converted.user_version = {version}")
            conn.execute(f"PRAGMA converted.application_id = {app_id}")
            conn.execute("COMMIT")
            before, after = _counts(conn, "main"), _counts(conn, "converted")
        finally:
            conn.execute("DETACH DATABASE converted")
    if before != after:
        raise ProtectError("protect.mismatch", detail=f"{before} != {after}")
    with contextlib.closing(engine.connect(target, key=target_key, isolation_level=None)) as new:
        if files.damage_found(lambda sql: new.execute(sql).fetchall()):
            raise DamagedFileError("open.copy_damaged", name=source.name)
        new.execute(db.JOURNAL_MODE)  # as every data file is; closing leaves no -wal
    with target.open("rb+") as written:
        files.flush_to_disk(written.fileno())


def protect(db_path: Path, passphrase: str) -> str:
    """Encrypt the (closed) plain data file at db_path under a new data key kept in a
    passphrase slot and a recovery-code slot; returns the recovery code, to show once. The
    key is remembered (unlock), so the file opens afterwards."""
    if not passphrase:
        raise InputError("keys.empty_passphrase")
    db.close_database()
    settle(db_path)
    if is_protected(db_path):
        raise ProtectError("protect.already")
    if not db_path.exists():
        raise OpenError("open.no_file", path=db_path)
    db.check_ours(db_path)
    key, code = keys.new_data_key(), keys.new_recovery_code()
    slots = keys.new_slots(key, passphrase, code)  # the slow part (the KDF) before any write
    building = _beside(db_path, ENCRYPTING)
    try:
        _self_contained(db_path, None)
        _export(db_path, None, building, key)
        keys.write_slots(_pending(db_path), slots)
        files.replace_file(building, db_path)  # from here on the data is the encrypted file
        files.sync_folder(db_path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            settle(db_path)
        raise
    files.replace_file(_pending(db_path), keys.slots_path(db_path))
    files.sync_folder(db_path.parent)
    engine.remember_key(db_path, key)
    # The data is protected: what follows must not keep the recovery code from being shown.
    # A backup not converted now stays listed by backup_keys.plain_backups().
    with contextlib.suppress(OSError, StoreError, engine.dbapi.Error):
        convert_backups(db_path)
    return code


def convert_backups(db_path: Path) -> list[Path]:
    """Encrypt every plain backup of the protected (and unlocked) journal at db_path with its
    data key, each carrying the journal's slots; returns the backups converted. Each is
    replaced by a rename, its slots written first: a kill leaves it plain, or encrypted
    and whole (slots beside a plain backup are removed as leftovers)."""
    from desktop.store import backup, backup_keys, packed

    key = engine.key_for(db_path)
    if key is None:
        raise LockedError("open.locked", path=db_path)
    slots = keys.read_slots(keys.slots_path(db_path))
    converted = []
    for found in backup.list_backups(db_path):
        plain = found.path
        if backup_keys.is_encrypted(plain):
            continue
        target = plain if packed.is_packed(plain) else plain.with_name(plain.name + packed.SUFFIX)
        if target != plain and backup_keys.is_encrypted(target):
            files.remove_file(plain)  # converted already, by a run killed before this
            continue
        unpacked = files.partial_name(plain.with_name(plain.name + ".plain"))
        sealed = files.partial_name(plain.with_name(plain.name + ".sealed"))
        partial = files.partial_name(target)
        try:
            if packed.is_packed(plain):
                packed.unpack(plain, unpacked)
            _export(unpacked if packed.is_packed(plain) else plain, None, sealed, key)
            keys.write_slots(backup_keys.slots_path(target), slots)
            packed.pack(sealed, partial)
            files.replace_file(partial, target)
            if target != plain:
                files.remove_file(plain)
            files.sync_folder(target.parent)
            converted.append(target)
        finally:
            for leftover in (unpacked, sealed, partial):
                _remove_with_sides(leftover)
    return converted


def unprotect(
    db_path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> None:
    """Decrypt the (closed) data file at db_path back to a plain SQLite file, with its
    passphrase or recovery code; its key slots are removed."""
    db.close_database()
    settle(db_path)
    if not is_protected(db_path):
        raise ProtectError("protect.not_protected")
    key = keys.unlock(_slots_of(db_path), passphrase=passphrase, recovery_code=recovery_code)
    building = _beside(db_path, DECRYPTING)
    try:
        _self_contained(db_path, key)
        _export(db_path, key, building, None)
        files.replace_file(building, db_path)  # from here on the data is the plain file
        files.sync_folder(db_path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            settle(db_path)
        raise
    files.remove_file(keys.slots_path(db_path))
    files.sync_folder(db_path.parent)
    engine.forget_key(db_path)


def change_passphrase(
    db_path: Path,
    new_passphrase: str,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
) -> None:
    """A new passphrase for the encrypted data at db_path: its slot rewrapped, and the same new
    slot in every backup's slots (the data, its key and the recovery code stay as they were)."""
    from desktop.store import backup_keys

    if not new_passphrase:
        raise InputError("keys.empty_passphrase")
    settle(db_path)
    if not is_protected(db_path):
        raise ProtectError("protect.not_protected")
    # (settled: no pending slots are left, the slot file is the one to rewrap)
    changed = keys.change_passphrase(
        db_path, new_passphrase, passphrase=passphrase, recovery_code=recovery_code
    )
    backup_keys.rewrap(db_path, changed.of(keys.PASSPHRASE)[0], changed.key_id)
