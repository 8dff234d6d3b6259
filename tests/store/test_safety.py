"""The safety plan: lines in sections, in the person's order, and the contacts for a crisis."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import db, errors, safety
from desktop.store.encouragement_records import SafetySection
from desktop.store.errors import InputError


def test_an_empty_plan(store: Path) -> None:
    assert safety.is_empty()
    assert safety.safety_plan() == []
    assert safety.crisis_contacts() == []


def test_lines_are_kept_by_section_in_order_and_survive_a_restart(store: Path) -> None:
    sign = safety.add_item(SafetySection.WARNING_SIGNS, "  I stop answering messages ")
    cope = safety.add_item(SafetySection.COPING, "A hot shower")
    walk = safety.add_item(SafetySection.COPING, "Walk to the park")
    sister = safety.add_item(
        SafetySection.ASK_FOR_HELP, "Sam (sister)", number=" 07700   900123 ", note="evenings"
    )
    safety.add_item(SafetySection.MATTERS, "My cat, Miso")
    assert sign.text == "I stop answering messages"
    assert (sister.number, sister.note) == ("07700 900123", "evenings")

    db.close_database()
    db.open_database(store)

    plan = safety.safety_plan()
    assert [(i.section, i.text) for i in plan] == [
        (SafetySection.WARNING_SIGNS, "I stop answering messages"),
        (SafetySection.COPING, "A hot shower"),
        (SafetySection.COPING, "Walk to the park"),
        (SafetySection.ASK_FOR_HELP, "Sam (sister)"),
        (SafetySection.MATTERS, "My cat, Miso"),
    ]
    safety.move_item(walk.id, -1)
    safety.move_item(walk.id, -1)  # already first in its section: nothing happens
    assert [i.text for i in safety.section_items(SafetySection.COPING)] == [
        "Walk to the park",
        "A hot shower",
    ]
    edited = safety.edit_item(cope.id, "A long hot shower", note="with music")
    assert (edited.text, edited.note, edited.section) == (
        "A long hot shower",
        "with music",
        SafetySection.COPING,
    )
    safety.delete_item(sign.id)
    assert not safety.section_items(SafetySection.WARNING_SIGNS)
    assert not safety.is_empty()


def test_crisis_contacts_come_crisis_lines_first(store: Path) -> None:
    safety.add_item(SafetySection.COPING, "Breathe")
    friend = safety.add_item(SafetySection.ASK_FOR_HELP, "Jo", number="123")
    doctor = safety.add_item(SafetySection.PROFESSIONALS, "Dr Rivera", number="456")
    line = safety.add_item(SafetySection.CRISIS_LINES, "Crisis line", number="789")
    assert [c.id for c in safety.crisis_contacts()] == [line.id, doctor.id, friend.id]
    assert all(c.section.has_contacts for c in safety.crisis_contacts())
    assert not SafetySection.COPING.has_contacts


def test_bad_input_changes_nothing(store: Path) -> None:
    with pytest.raises(InputError):
        safety.add_item(SafetySection.COPING, "   ")
    with pytest.raises(InputError):
        safety.add_item(SafetySection.CRISIS_LINES, "Line", number="1" * 200)
    with pytest.raises(ValueError):
        safety.add_item("not a section", "x")  # type: ignore[arg-type]
    assert safety.is_empty()
    with pytest.raises(errors.SafetyItemNotFound):
        safety.edit_item(99, "x")
