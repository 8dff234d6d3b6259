"""The person's own notes: what their therapist said, and notes to future me. They join the
messages for the day unless kept out of the rotation."""

from __future__ import annotations

from desktop import clock
from desktop.store.encouragement_records import (
    NoteKind,
    OwnNote,
)
from desktop.store.errors import InputError, NoteNotFound
from desktop.store.models import (
    OwnNoteRow,
    writing,
)
from desktop.store.text import clean_field

NOTE_MAX = 2000


# -- own notes -------------------------------------------------------------------------------


def _note(row: OwnNoteRow) -> OwnNote:
    return OwnNote(
        id=row.id,
        kind=NoteKind(row.kind),
        text=row.text,
        in_rotation=bool(row.in_rotation),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def clean_note_text(text: str) -> str:
    """A note's words as they are kept, or InputError (empty, too long)."""
    cleaned = clean_field(text, limit=NOTE_MAX)
    if not cleaned:
        raise InputError("input.note_empty")
    return cleaned


def _note_row(note_id: int) -> OwnNoteRow:
    row = OwnNoteRow.get_or_none(OwnNoteRow.id == note_id)
    if row is None:
        raise NoteNotFound(note_id)
    return row


def own_notes() -> list[OwnNote]:
    """The person's own notes, newest first."""
    query = OwnNoteRow.select().order_by(OwnNoteRow.created_at.desc(), OwnNoteRow.id.desc())
    return [_note(row) for row in query]


def get_note(note_id: int) -> OwnNote:
    """One own note by id."""
    return _note(_note_row(note_id))


def add_note(kind: NoteKind, text: str, *, in_rotation: bool = True) -> OwnNote:
    """Keep a note of the person's own; it joins the messages unless asked not to."""
    cleaned, now = clean_note_text(text), clock.now()
    with writing():
        row = OwnNoteRow.create(
            kind=str(NoteKind(kind)),
            text=cleaned,
            in_rotation=in_rotation,
            created_at=now,
            updated_at=now,
        )
    return _note(row)


def edit_note(
    note_id: int, kind: NoteKind, text: str, *, in_rotation: bool | None = None
) -> OwnNote:
    """Change an own note."""
    cleaned = clean_note_text(text)
    with writing():
        row = _note_row(note_id)
        row.kind, row.text, row.updated_at = str(NoteKind(kind)), cleaned, clock.now()
        if in_rotation is not None:
            row.in_rotation = in_rotation
        row.save()
    return _note(row)


def set_note_in_rotation(note_id: int, in_rotation: bool) -> None:
    """Let an own note be chosen as a message for the day, or keep it out of the rotation."""
    with writing():
        row = _note_row(note_id)
        row.in_rotation, row.updated_at = in_rotation, clock.now()
        row.save()


def delete_note(note_id: int) -> None:
    """Delete an own note (a day that showed it chooses again)."""
    with writing():
        OwnNoteRow.delete().where(OwnNoteRow.id == note_id).execute()
