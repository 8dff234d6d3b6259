"""The safety plan: the person's own warning signs, ways to cope, people and places, contacts
(names and numbers they enter) and what matters to them. Kept in the order they give."""

from __future__ import annotations

from peewee import fn

from desktop import clock
from desktop.store.encouragement_records import SafetyItem, SafetySection
from desktop.store.errors import InputError, SafetyItemNotFound
from desktop.store.models import SafetyItemRow, writing
from desktop.store.text import clean_field

TEXT_MAX = 1000
NUMBER_MAX = 100
#: The sections shown in the crisis help, in the order they are most useful there.
CRISIS_SECTIONS = (
    SafetySection.CRISIS_LINES,
    SafetySection.PROFESSIONALS,
    SafetySection.ASK_FOR_HELP,
)


def _item(row: SafetyItemRow) -> SafetyItem:
    return SafetyItem(
        id=row.id,
        section=SafetySection(row.section),
        text=row.text,
        number=row.number,
        note=row.note,
        position=row.position,
    )


def _row(item_id: int) -> SafetyItemRow:
    row = SafetyItemRow.get_or_none(SafetyItemRow.id == item_id)
    if row is None:
        raise SafetyItemNotFound(item_id)
    return row


def clean_line(text: str, number: str, note: str) -> tuple[str, str, str]:
    """A line's text, number and note as they are kept, or InputError (no words, too long)."""
    cleaned = clean_field(text, limit=TEXT_MAX)
    if not cleaned:
        raise InputError("input.safety_line_empty")
    return (
        cleaned,
        " ".join(clean_field(number, limit=NUMBER_MAX).split()),
        clean_field(note, limit=TEXT_MAX),
    )


def safety_plan() -> list[SafetyItem]:
    """Every line of the safety plan, section by section, each in the person's order."""
    order = {section.value: n for n, section in enumerate(SafetySection)}
    rows = list(SafetyItemRow.select())
    rows.sort(key=lambda r: (order.get(r.section, len(order)), r.position, r.id))
    return [_item(row) for row in rows if row.section in order]


def section_items(section: SafetySection) -> list[SafetyItem]:
    """The lines of one section, in order."""
    return [item for item in safety_plan() if item.section is SafetySection(section)]


def add_item(section: SafetySection, text: str, number: str = "", note: str = "") -> SafetyItem:
    """Add a line at the end of a section."""
    section = SafetySection(section)
    values = clean_line(text, number, note)
    now = clock.now()
    with writing():
        last = (
            SafetyItemRow.select(fn.MAX(SafetyItemRow.position))
            .where(SafetyItemRow.section == str(section))
            .scalar()
        )
        row = SafetyItemRow.create(
            section=str(section),
            position=(last or 0) + 1,
            text=values[0],
            number=values[1],
            note=values[2],
            created_at=now,
            updated_at=now,
        )
    return _item(row)


def edit_item(item_id: int, text: str, number: str = "", note: str = "") -> SafetyItem:
    """Change a line of the safety plan."""
    values = clean_line(text, number, note)
    with writing():
        row = _row(item_id)
        row.text, row.number, row.note = values
        row.updated_at = clock.now()
        row.save()
    return _item(row)


def delete_item(item_id: int) -> None:
    """Remove a line of the safety plan."""
    with writing():
        SafetyItemRow.delete().where(SafetyItemRow.id == item_id).execute()


def move_item(item_id: int, step: int) -> None:
    """Move a line up (-1) or down (+1) within its section."""
    with writing():
        section = SafetySection(_row(item_id).section)
        order = [item.id for item in section_items(section)]
        here = order.index(item_id)
        there = here + step
        if not 0 <= there < len(order):
            return
        order[here], order[there] = order[there], order[here]
        for position, moved in enumerate(order, start=1):
            SafetyItemRow.update(position=position).where(SafetyItemRow.id == moved).execute()


def crisis_contacts() -> list[SafetyItem]:
    """The person's own contacts for a crisis: crisis lines, professionals, people to ask."""
    plan = safety_plan()
    return [item for section in CRISIS_SECTIONS for item in plan if item.section is section]


def is_empty() -> bool:
    """Whether nothing has been written in the safety plan yet."""
    return not SafetyItemRow.select().exists()
