"""The data key is kept wrapped in two key slots beside the data: a passphrase slot and a
recovery-code slot. A wrong passphrase or code is told apart and changes nothing; the slot file
is written whole or not at all, readable by its owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.store import keys
from desktop.store.errors import InputError

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, bytes, str]:
    key, code = keys.new_data_key(), keys.new_recovery_code()
    db_path = tmp_path / "between-sessions.sqlite3"
    keys.write_slots(keys.slots_path(db_path), keys.new_slots(key, "correct horse", code))
    return db_path, key, code


def _slots(db_path: Path) -> keys.Slots:
    return keys.read_slots(keys.slots_path(db_path))


def test_the_passphrase_and_the_recovery_code_each_open_the_data_key(
    made: tuple[Path, bytes, str],
) -> None:
    db_path, key, code = made
    assert keys.unlock(_slots(db_path), passphrase="correct horse") == key
    assert keys.unlock(_slots(db_path), recovery_code=code) == key
    # As a person may write it down: lower case, spaces, O for 0 and l for 1.
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keys.unlock(_slots(db_path), recovery_code=typed) == key


def test_a_wrong_passphrase_or_code_is_told_apart_and_changes_nothing(
    made: tuple[Path, bytes, str],
) -> None:
    db_path, key, _code = made
    before = keys.slots_path(db_path).read_bytes()
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(_slots(db_path), passphrase="correct horse ")
    with pytest.raises(keys.WrongRecoveryCodeError):
        keys.unlock(_slots(db_path), recovery_code=keys.new_recovery_code())
    with pytest.raises(keys.WrongPassphraseError):
        keys.change_passphrase(db_path, "new one", passphrase="not it")
    assert keys.slots_path(db_path).read_bytes() == before
    assert keys.unlock(_slots(db_path), passphrase="correct horse") == key


def test_an_empty_passphrase_is_refused(made: tuple[Path, bytes, str]) -> None:
    db_path, key, code = made
    for attempt in (
        lambda: keys.new_slots(key, "", code),
        lambda: keys.change_passphrase(db_path, "", passphrase="correct horse"),
        lambda: keys.unlock(_slots(db_path), passphrase=""),
    ):
        with pytest.raises(InputError) as refused:
            attempt()
        assert refused.value.code == "keys.empty_passphrase"


def test_changing_the_passphrase_rewraps_one_slot(made: tuple[Path, bytes, str]) -> None:
    db_path, key, code = made
    recovery_before = _slots(db_path).of(keys.RECOVERY)
    keys.change_passphrase(db_path, "battery staple", passphrase="correct horse")
    assert keys.unlock(_slots(db_path), passphrase="battery staple") == key
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(_slots(db_path), passphrase="correct horse")
    assert _slots(db_path).of(keys.RECOVERY) == recovery_before
    # With the recovery code, as the person who forgot it would.
    keys.change_passphrase(db_path, "third", recovery_code=code)
    assert keys.unlock(_slots(db_path), passphrase="third") == key


def test_every_slot_has_its_own_salt_and_nonce_and_no_key_in_the_clear(
    made: tuple[Path, bytes, str],
) -> None:
    db_path, key, _code = made
    slots = _slots(db_path).slots
    assert len({s["salt"] for s in slots}) == len({s["nonce"] for s in slots}) == len(slots) == 2
    text = keys.slots_path(db_path).read_bytes()
    assert key.hex().encode() not in text and key not in text
    again = keys.new_slots(key, "correct horse", keys.new_recovery_code())
    assert {s["salt"] for s in again.slots}.isdisjoint({s["salt"] for s in slots})


def test_a_slot_edited_to_cost_less_no_longer_opens(made: tuple[Path, bytes, str]) -> None:
    db_path, _key, _code = made
    slots = _slots(db_path)
    cheaper = dict(slots.of(keys.PASSPHRASE)[0], passes=keys.FLOOR[1] + 1)
    edited = keys.Slots(key_id=slots.key_id, slots=(cheaper,))
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(edited, passphrase="correct horse")
    below_floor = keys.Slots(key_id=slots.key_id, slots=(dict(cheaper, memory_kib=1024),))
    with pytest.raises(keys.KeySlotsError):
        keys.unlock(below_floor, passphrase="correct horse")


def test_a_damaged_slot_file_is_named_as_such(made: tuple[Path, bytes, str]) -> None:
    db_path, _key, _code = made
    keys.slots_path(db_path).write_bytes(b'{"format": "between-sessions-key-slots", "vers')
    with pytest.raises(keys.KeySlotsError) as found:
        _slots(db_path)
    assert found.value.code == "keys.unreadable"


def test_calibration_aims_at_half_a_second_and_never_goes_below_the_floor() -> None:
    keys._calibrated = None
    cost = keys.calibrate(seconds=0.0)
    assert (cost.memory_kib, cost.passes, cost.lanes) == keys.FLOOR
    keys._calibrated = None
    assert keys.calibrate(seconds=5.0).passes > keys.FLOOR[1]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_the_slot_file_is_the_owners_alone_and_leaves_no_partial(
    made: tuple[Path, bytes, str],
) -> None:
    db_path, _key, _code = made
    assert stat.S_IMODE(keys.slots_path(db_path).stat().st_mode) == 0o600
    assert sorted(p.name for p in db_path.parent.iterdir()) == [f"{db_path.name}.keys"]


def test_recovery_codes_are_random_and_in_groups_of_four() -> None:
    codes = {keys.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        groups = code.split("-")
        assert len(groups) == keys.RECOVERY_GROUPS and all(len(g) == 4 for g in groups)
        assert set(code.replace("-", "")) <= set(keys.ALPHABET)
