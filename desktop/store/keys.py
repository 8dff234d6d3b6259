"""The data key of an encrypted journal, and the key slots that keep it wrapped beside the data.

The database is encrypted (SQLCipher, engine.py) with a random 256-bit data key, never with the
passphrase itself: the key is wrapped (AES-256-GCM) in key slots, one small file beside the
database (``<data file>.keys``, 0600), so that changing the passphrase rewraps one slot and
leaves the data as it is. Two slots:

- **passphrase**: its wrapping key is derived with Argon2id, its cost calibrated when the slot
  is made to about CALIBRATE_SECONDS on this computer and never below FLOOR;
- **recovery**: a random code (RECOVERY_GROUPS groups of four letters and digits, about 120
  bits), shown once, to write down or print; Argon2id at the same cost.

Every slot has a salt and a nonce of its own. A wrong passphrase or code fails the slot's
authentication (GCM's tag): WrongPassphraseError / WrongRecoveryCodeError, and nothing changed.

The primitives come from ``cryptography`` (its Argon2id and AESGCM, over OpenSSL): one
well-kept library for both, with wheels for every platform we ship; nothing here is hand-made.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store import engine, files
from desktop.store.errors import InputError, StoreError

SUFFIX = engine.SLOTS_SUFFIX
FORMAT = "between-sessions-key-slots"
VERSION = 1

PASSPHRASE, RECOVERY = "passphrase", "recovery"

#: Argon2id's cost: memory in KiB, passes, lanes. FLOOR is RFC 9106's second recommendation
#: (64 MiB, 3 passes, 4 lanes); calibration only ever adds passes to it. CEILING refuses a
#: slot file that would make an unlock take minutes or all of the memory (a tampered file).
FLOOR = (64 * 1024, 3, 4)
CEILING_MEMORY_KIB, CEILING_PASSES = 1024 * 1024, 200
CALIBRATE_SECONDS = 0.5

#: Crockford's base 32: no I, L, O or U to misread; 6 groups of 4 = 120 bits.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


class WrongPassphraseError(StoreError):
    """The passphrase doesn't open this journal's key slot; nothing was changed."""

    default_code = "keys.wrong_passphrase"


class WrongRecoveryCodeError(StoreError):
    """The recovery code doesn't open this journal's key slot; nothing was changed."""

    default_code = "keys.wrong_recovery_code"


class KeySlotsError(StoreError):
    """The key slot file is missing or can't be read (its journal stays as it is)."""

    default_code = "keys.unreadable"


@dataclass(frozen=True)
class Cost:
    """Argon2id's parameters for one slot."""

    memory_kib: int
    passes: int
    lanes: int

    def allowed(self) -> bool:
        """Whether a slot asking for this cost is one the app makes (not below the floor, not
        absurdly above it)."""
        memory, passes, lanes = FLOOR
        return (
            memory <= self.memory_kib <= CEILING_MEMORY_KIB
            and passes <= self.passes <= CEILING_PASSES
            and self.lanes == lanes
        )


def _derive(secret: str, salt: bytes, cost: Cost) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=cost.passes,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))


_calibrated: Cost | None = None


def _timed(cost: Cost) -> float:
    started = time.perf_counter()
    _derive("calibrating", secrets.token_bytes(16), cost)
    return time.perf_counter() - started


def calibrate(seconds: float = CALIBRATE_SECONDS) -> Cost:
    """The cost that takes about seconds on this computer (measured once per run), never
    below FLOOR."""
    global _calibrated
    if _calibrated is None:
        memory, passes, lanes = FLOOR
        _derive("warming up", secrets.token_bytes(16), Cost(memory, passes, lanes))
        for _ in range(6):  # (each the quicker of two: the computer may be busy meanwhile)
            took = max(min(_timed(Cost(memory, passes, lanes)) for _ in range(2)), 1e-3)
            wanted = min(CEILING_PASSES, max(passes, round(passes * seconds / took)))
            if took >= 0.9 * seconds or wanted == passes:
                break
            passes = wanted
        _calibrated = Cost(memory, passes, lanes)
    return _calibrated


def new_data_key() -> bytes:
    """A random 256-bit data key."""
    return secrets.token_bytes(engine.KEY_BYTES)


def key_id(key: bytes) -> str:
    """A short name for a data key (which backups and slots go with which data): a hash that
    tells nothing about the key."""
    return hashlib.sha256(b"between-sessions data key id\x00" + key).hexdigest()[:16]


def new_recovery_code() -> str:
    """A random recovery code, to show once: ``XXXX-XXXX-XXXX-XXXX-XXXX-XXXX``."""
    letters = "".join(secrets.choice(ALPHABET) for _ in range(4 * RECOVERY_GROUPS))
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def normal_recovery_code(code: str) -> str:
    """A recovery code as typed (any case, spaces or dashes, O for 0, I or L for 1) in the
    one form its slot was made from."""
    kept = "".join(c for c in code.upper().translate(_READ_AS) if c in ALPHABET)
    return "-".join(kept[i : i + 4] for i in range(0, len(kept), 4))


def _aad(kind: str, cost: Cost) -> bytes:
    # The slot's kind and cost are authenticated with the key: a file edited to point one
    # slot's words at another, or to lower its cost, no longer opens.
    return f"{FORMAT}/{VERSION}/{kind}/{cost.memory_kib}/{cost.passes}/{cost.lanes}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def wrap(kind: str, secret: str, key: bytes, cost: Cost | None = None) -> dict[str, Any]:
    """A key slot of kind that opens with secret: key wrapped with the secret's Argon2id."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if kind == PASSPHRASE and not secret:
        raise InputError("keys.empty_passphrase")
    cost = cost or calibrate()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_derive(secret, salt, cost)).encrypt(nonce, key, _aad(kind, cost))
    return {
        "kind": kind,
        "kdf": "argon2id",
        "memory_kib": cost.memory_kib,
        "passes": cost.passes,
        "lanes": cost.lanes,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


def unwrap(slot: dict[str, Any], secret: str) -> bytes | None:
    """The data key slot wraps, or None when secret is not its passphrase or code."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        cost = Cost(int(slot["memory_kib"]), int(slot["passes"]), int(slot["lanes"]))
        salt, nonce, wrapped = (_unb64(slot[name]) for name in ("salt", "nonce", "wrapped"))
        kind = str(slot["kind"])
    except (KeyError, TypeError, ValueError) as error:
        raise KeySlotsError("keys.unreadable", detail=f"a slot: {error}") from error
    if slot.get("kdf") != "argon2id" or not cost.allowed():
        raise KeySlotsError("keys.unreadable", detail="a slot's cost is not one the app makes")
    try:
        key = AESGCM(_derive(secret, salt, cost)).decrypt(nonce, wrapped, _aad(kind, cost))
    except InvalidTag:
        return None
    return key if len(key) == engine.KEY_BYTES else None


@dataclass(frozen=True)
class Slots:
    """The key slots of one journal: which data key they wrap (its key_id) and the slots."""

    key_id: str
    slots: tuple[dict[str, Any], ...]

    def of(self, kind: str) -> list[dict[str, Any]]:
        """The slots of one kind."""
        return [slot for slot in self.slots if slot.get("kind") == kind]

    def to_json(self) -> bytes:
        """The slot file's bytes."""
        body = {"format": FORMAT, "version": VERSION, "key_id": self.key_id}
        return json.dumps({**body, "slots": list(self.slots)}, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Slots:
        """Slots from a slot file's bytes; KeySlotsError when they aren't ours or are damaged."""
        try:
            body = json.loads(data.decode("utf-8"))
            if body.get("format") != FORMAT or body.get("version") != VERSION:
                raise ValueError("not a key slot file of this version")
            slots = tuple(dict(slot) for slot in body["slots"])
            return cls(key_id=str(body["key_id"]), slots=slots)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise KeySlotsError("keys.unreadable", detail=str(error)) from error


def slots_path(db_path: Path) -> Path:
    """The key slot file beside a data file (or a backup): ``<name>.keys``."""
    return db_path.with_name(db_path.name + SUFFIX)


def is_protected(db_path: Path) -> bool:
    """Whether the data file at db_path is encrypted (its key slot file is beside it)."""
    return slots_path(db_path).exists()


def read_slots(path: Path) -> Slots:
    """The key slots in a slot file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise KeySlotsError("keys.missing", path=path) from error
    except OSError as error:
        raise KeySlotsError("keys.unreadable", detail=str(error)) from error
    return Slots.from_json(data)


def write_slots(path: Path, slots: Slots) -> None:
    """Write a slot file whole or not at all: under a name of its own, 0600, flushed, renamed
    over the old one, the folder flushed."""
    partial = files.partial_name(path)
    files.remove_old_partials(path)
    try:
        fd = files.open_to_write(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        try:
            os.write(fd, slots.to_json())
            files.flush_to_disk(fd)
        finally:
            os.close(fd)
        files.replace_file(partial, path)
    except BaseException:
        files.remove_file(partial)
        raise
    files.sync_folder(path.parent)


def new_slots(key: bytes, passphrase: str, recovery_code: str) -> Slots:
    """Slots for a new data key: its passphrase and its recovery code."""
    if not passphrase:
        raise InputError("keys.empty_passphrase")
    return Slots(
        key_id=key_id(key),
        slots=(
            wrap(PASSPHRASE, passphrase, key),
            wrap(RECOVERY, normal_recovery_code(recovery_code), key),
        ),
    )


def _open_with(slots: Slots, kind: str, secret: str, wrong: Callable[[], StoreError]) -> bytes:
    for slot in slots.of(kind):
        key = unwrap(slot, secret)
        if key is not None and key_id(key) == slots.key_id:
            return key
    raise wrong()


def unlock(
    slots: Slots, *, passphrase: str | None = None, recovery_code: str | None = None
) -> bytes:
    """The data key, from the passphrase or the recovery code (one of them)."""
    if recovery_code is not None:
        code = normal_recovery_code(recovery_code)
        return _open_with(slots, RECOVERY, code, WrongRecoveryCodeError)
    if not passphrase:
        raise InputError("keys.empty_passphrase")
    return _open_with(slots, PASSPHRASE, passphrase, WrongPassphraseError)


def with_new_passphrase(slots: Slots, key: bytes, passphrase: str) -> Slots:
    """The same slots with the passphrase slot rewrapped for a new passphrase (the recovery
    slot, and the data, as they were)."""
    if not passphrase:
        raise InputError("keys.empty_passphrase")
    kept = tuple(slot for slot in slots.slots if slot.get("kind") != PASSPHRASE)
    return Slots(key_id=slots.key_id, slots=(wrap(PASSPHRASE, passphrase, key), *kept))


def change_passphrase(
    db_path: Path,
    new_passphrase: str,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
) -> Slots:
    """Rewrap the passphrase slot of the journal at db_path (opened with its passphrase or its
    recovery code), and return the slots as written. A wrong one raises and changes nothing;
    so does an empty new one."""
    if not new_passphrase:
        raise InputError("keys.empty_passphrase")
    path = slots_path(db_path)
    slots = read_slots(path)
    key = unlock(slots, passphrase=passphrase, recovery_code=recovery_code)
    changed = with_new_passphrase(slots, key, new_passphrase)
    write_slots(path, changed)
    return changed
