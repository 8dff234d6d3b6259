"""The rules an imported row is held to: the very ones the app's own forms and store functions
hold (each table's rule calls its module's cleaning function), so that nothing the app couldn't
have stored itself, and couldn't read back, ever comes in through an import.

Each rule takes a row's values (already of the right types: importing._rows_of) and returns
them as they are to be kept, or raises InputError (a value out of bounds: too long, empty, out
of range) or UnknownValue (a value this version doesn't know: an outcome, a kind).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from desktop.store import journal, notes, plan, prompts, safety, session, wins
from desktop.store.encouragement_records import NoteKind, SafetySection, SessionRhythm
from desktop.store.errors import InputError
from desktop.store.records import (
    Change,
    EntryFields,
    Kind,
    Outcome,
    Reason,
    Rhythm,
    Status,
    ThoughtRecord,
)
from desktop.store.text import clean_field

Row = dict[str, Any]
Rule = Callable[[Row], Row]
E = TypeVar("E", bound=StrEnum)


class UnknownValue(ValueError):
    """A column holds a value this version of the app doesn't know."""

    def __init__(self, column: str, value: object) -> None:
        super().__init__(column, value)
        self.column, self.value = column, value


def _known(kind: type[E], row: Row, column: str) -> str:
    """row[column] as one of kind's values, or UnknownValue."""
    try:
        return str(kind(row[column]))
    except ValueError:
        raise UnknownValue(column, row[column]) from None


def _plan_item(row: Row) -> Row:
    kind, rhythm = _known(Kind, row, "kind"), _known(Rhythm, row, "rhythm")
    row |= plan.clean_item(
        row["title"], row["why"], kind, rhythm, row["days_per_week"], row["smaller_version"]
    )
    row["status"] = _known(Status, row, "status")
    return row


def _check_in(row: Row) -> Row:
    row["outcome"] = _known(Outcome, row, "outcome")
    row["other_reason"], row["note"] = clean_field(row["other_reason"]), clean_field(row["note"])
    return row


def _check_in_reason(row: Row) -> Row:
    row["reason"] = _known(Reason, row, "reason")
    return row


def _adjustment(row: Row) -> Row:
    row["change"] = _known(Change, row, "change")
    for name in ("before", "after", "note"):
        row[name] = clean_field(row[name])
    return row


def _journal_entry(row: Row) -> Row:
    fields = journal.clean_fields(
        EntryFields(
            day=date.fromisoformat(row["day"]),
            title=row["title"],
            body=row["body"],
            mood=row["mood"],
            energy=row["energy"],
            bring_to_session=bool(row["bring_to_session"]),
            private=bool(row["private"]),
            prompt=row["prompt"],
        )
    )
    row |= {"title": fields.title, "body": fields.body, "prompt": fields.prompt}
    return row


def _tag(row: Row) -> Row:
    names = journal.clean_tags([row["name"]])
    if not names:
        raise InputError("input.tag_empty")
    row["name"], row["folded"] = names[0], names[0].casefold()  # the one rule for names
    return row


def _thought_record(row: Row) -> Row:
    record = journal.clean_record(
        ThoughtRecord(
            situation=row["situation"],
            thought=row["thought"],
            feeling=row["feeling"],
            feeling_strength=row["feeling_strength"],
            kind_friend=row["kind_friend"],
            balanced_thought=row["balanced_thought"],
        )
    )
    if record is not None:
        for name in ("situation", "thought", "feeling", "kind_friend", "balanced_thought"):
            row[name] = getattr(record, name)
    return row


def _own_prompt(row: Row) -> Row:
    row["text"] = prompts.clean_prompt_text(row["text"])
    return row


def _own_note(row: Row) -> Row:
    row["kind"] = _known(NoteKind, row, "kind")
    row["text"] = notes.clean_note_text(row["text"])
    return row


def _manual_win(row: Row) -> Row:
    row["text"] = wins.clean_win_text(row["text"])
    return row


def _session_schedule(row: Row) -> Row:
    if row["name"] != session.SCHEDULE_NAME:
        raise UnknownValue("name", row["name"])
    row["rhythm"] = _known(SessionRhythm, row, "rhythm")
    return row


def _session_record(row: Row) -> Row:
    session.check_summary_text(row["markdown"])
    if row["period_start"] > row["period_end"]:
        raise InputError("input.period_backwards")
    return row


def _session_question(row: Row) -> Row:
    row["text"] = session.clean_question_text(row["text"])
    return row


def _safety_item(row: Row) -> Row:
    row["section"] = _known(SafetySection, row, "section")
    row["text"], row["number"], row["note"] = safety.clean_line(
        row["text"], row["number"], row["note"]
    )
    return row


def _message_key(row: Row) -> Row:
    if not row["message_key"].strip():
        raise InputError("input.message_key_empty")
    return row


#: By table. A table without a rule only has its types checked (and its links, and its ids).
RULES: dict[str, Rule] = {
    "plan_item": _plan_item,
    "check_in": _check_in,
    "check_in_reason": _check_in_reason,
    "adjustment": _adjustment,
    "journal_entry": _journal_entry,
    "tag": _tag,
    "thought_record": _thought_record,
    "own_prompt": _own_prompt,
    "own_note": _own_note,
    "message_state": _message_key,
    "shown_message": _message_key,
    "manual_win": _manual_win,
    "session_schedule": _session_schedule,
    "session_record": _session_record,
    "session_question": _session_question,
    "safety_item": _safety_item,
}
