"""peewee models over the one SQLite file. Private to the store: records leave, models don't."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.sqlite_ext import FTS5Model, SearchField

from desktop.store.cipher_database import Database
from desktop.store.errors import CannotSaveError, DiskTrouble, disk_trouble_named

# Deferred: nothing is opened at import time; db.open_database() initialises it. No autoconnect:
# a store call after close must fail, never quietly create a fresh file where the data was.
database = Database(None, autoconnect=False)


#: Why writes are held back now (db.open_database(hold_writes=True) and what follows), or None
#: when they go through. Set and read on the thread that opened the store.
held: DiskTrouble | None = None


def writing() -> AbstractContextManager[Any]:
    """A write transaction that takes the write lock up front.

    A deferred read-then-write transaction can fail under contention even with a busy timeout.
    A write that fails because of the disk (full, read-only, locked) raises
    errors.CannotSaveError, with a message for the person; nothing stored before it is lost.
    So does a write while writes are held back (held): before it touches the file.
    """
    if held is not None and database.transaction_depth() == 0:
        raise CannotSaveError(held)
    return disk_trouble_named(database.atomic("IMMEDIATE"), after_failure=_roll_back_leftover)


def _roll_back_leftover() -> None:
    # After a failed COMMIT (disk full), SQLite may still hold the transaction open.
    # Only when no outer transaction of ours is still open (nested writes are savepoints).
    connection = database.connection()  # type: ignore[no-untyped-call]
    if database.transaction_depth() == 0 and connection.in_transaction:
        connection.rollback()


def execute(sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
    """Run one SQL statement (schema work, pragmas), with ? params, and return its rows."""
    cursor = database.execute_sql(sql, list(params))  # type: ignore[no-untyped-call]
    return list(cursor.fetchall())


class BaseModel(Model):
    """Common settings for every table."""

    class Meta:
        database = database
        legacy_table_names = False


class PlanItemRow(BaseModel):
    """A plan item."""

    id = AutoField()
    title = TextField()
    why = TextField(default="")
    kind = CharField()
    rhythm = CharField()
    days_per_week = IntegerField(null=True)
    smaller_version = TextField(default="")
    status = CharField(default="active")
    position = IntegerField()
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "plan_item"
        # Export/import tell rows apart by these columns (see docs/export-format.md): what the
        # row is, its words too, so that two rows made in the same second stay two.
        natural_key = ("title", "created_at")


class CheckInRow(BaseModel):
    """One check-in: an item, a day and what happened."""

    id = AutoField()
    item = ForeignKeyField(PlanItemRow, on_delete="CASCADE", backref="check_ins")
    item_id: int  # peewee's accessor for the raw key, declared for type checkers
    day = DateField()
    outcome = CharField()
    other_reason = TextField(default="")
    note = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "check_in"
        natural_key = ("item", "day")
        one_per_key = True  # the schema keeps one row per key


class CheckInReasonRow(BaseModel):
    """One reason that got in the way, attached to a check-in."""

    id = AutoField()
    check_in = ForeignKeyField(CheckInRow, on_delete="CASCADE", backref="reason_rows")
    check_in_id: int
    reason = CharField()

    class Meta:
        table_name = "check_in_reason"
        natural_key = ("check_in", "reason")
        one_per_key = True  # the schema keeps one row per key


class AdjustmentRow(BaseModel):
    """One adjustment of a plan item."""

    id = AutoField()
    item = ForeignKeyField(PlanItemRow, on_delete="CASCADE", backref="adjustments")
    item_id: int
    made_at = DateTimeField()
    change = CharField()
    before = TextField(default="")
    after = TextField(default="")
    note = TextField(default="")

    class Meta:
        table_name = "adjustment"
        natural_key = ("item", "made_at", "change", "before", "after", "note")


class JournalEntryRow(BaseModel):
    """A journal entry; deleted_at set means it is in the trash (kept 30 days)."""

    id = AutoField()
    day = DateField()
    title = TextField(default="")
    body = TextField(default="")
    mood = IntegerField(null=True)
    energy = IntegerField(null=True)
    bring_to_session = BooleanField(default=False)
    private = BooleanField(default=False)
    prompt = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    #: The other app's id of an entry brought from it ("dayone:<uuid>"); None otherwise.
    source_id = TextField(null=True)

    class Meta:
        table_name = "journal_entry"
        natural_key = ("created_at", "day", "title", "body")


class TagRow(BaseModel):
    """A tag name, shared by the entries that use it; folded is the name as names compare."""

    id = AutoField()
    name = TextField(unique=True)
    folded = TextField(unique=True, default="")

    class Meta:
        table_name = "tag"
        natural_key = ("folded",)
        one_per_key = True  # the schema keeps one row per key


class EntryTagRow(BaseModel):
    """A tag on an entry."""

    id = AutoField()
    entry = ForeignKeyField(JournalEntryRow, on_delete="CASCADE")
    entry_id: int
    tag = ForeignKeyField(TagRow, on_delete="CASCADE")
    tag_id: int

    class Meta:
        table_name = "entry_tag"
        natural_key = ("entry", "tag")
        one_per_key = True  # the schema keeps one row per key


class ThoughtRecordRow(BaseModel):
    """The guided thought record that belongs to an entry (at most one)."""

    id = AutoField()
    entry = ForeignKeyField(JournalEntryRow, unique=True, on_delete="CASCADE")
    entry_id: int
    situation = TextField(default="")
    thought = TextField(default="")
    feeling = TextField(default="")
    feeling_strength = IntegerField(null=True)
    kind_friend = TextField(default="")
    balanced_thought = TextField(default="")
    plan_item = ForeignKeyField(PlanItemRow, null=True, on_delete="SET NULL")
    plan_item_id: int | None

    class Meta:
        table_name = "thought_record"
        natural_key = ("entry",)
        one_per_key = True  # the schema keeps one row per key


class OwnPromptRow(BaseModel):
    """A journal prompt the person wrote for themselves."""

    id = AutoField()
    text = TextField()
    created_at = DateTimeField()

    class Meta:
        table_name = "own_prompt"
        natural_key = ("text",)


class JournalSearch(FTS5Model):  # type: ignore[misc]  # playhouse has no type stubs
    """The full-text index of entries (rowid = entry id). Derived: rebuilt, never exported."""

    title = SearchField()
    body = SearchField()
    extra = SearchField()

    class Meta:
        database = database
        table_name = "journal_search"


class OwnNoteRow(BaseModel):
    """A note of the person's own ("what my therapist said", "a note to future me")."""

    id = AutoField()
    kind = CharField()
    text = TextField()
    in_rotation = BooleanField(default=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "own_note"
        natural_key = ("kind", "created_at", "text")


class MessageStateRow(BaseModel):
    """What the person said about a built-in message: kept as a favourite, or not to be shown."""

    id = AutoField()
    message_key = TextField(unique=True)
    favourite = BooleanField(default=False)
    hidden = BooleanField(default=False)
    updated_at = DateTimeField()

    class Meta:
        table_name = "message_state"
        natural_key = ("message_key",)
        one_per_key = True  # the schema keeps one row per key


class ShownMessageRow(BaseModel):
    """A message shown on a day, in the order shown: the day's choice stays put."""

    id = AutoField()
    day = DateField()
    position = IntegerField()
    message_key = TextField()
    own_note = ForeignKeyField(OwnNoteRow, null=True, on_delete="CASCADE")
    own_note_id: int | None
    shown_at = DateTimeField()

    class Meta:
        table_name = "shown_message"
        natural_key = ("day", "position")
        one_per_key = True  # the schema keeps one row per key


class ManualWinRow(BaseModel):
    """A small win the person added by hand."""

    id = AutoField()
    day = DateField()
    text = TextField()
    created_at = DateTimeField()

    class Meta:
        table_name = "manual_win"
        natural_key = ("created_at", "text")


class SessionScheduleRow(BaseModel):
    """When the next session is and how often they come (one row, named "next")."""

    id = AutoField()
    name = CharField(unique=True)
    next_day = DateField(null=True)
    rhythm = CharField(default="once")
    last_day = DateField(null=True)
    updated_at = DateTimeField()

    class Meta:
        table_name = "session_schedule"
        natural_key = ("name",)
        one_per_key = True  # the schema keeps one row per key


class SessionRecordRow(BaseModel):
    """A kept copy of the session summary, made when a session was marked as done."""

    id = AutoField()
    period_start = DateField()
    period_end = DateField()
    markdown = TextField()
    made_at = DateTimeField()

    class Meta:
        table_name = "session_record"
        natural_key = ("made_at", "period_end")


class SessionQuestionRow(BaseModel):
    """A question for a session; record set means it went with that session's kept summary."""

    id = AutoField()
    text = TextField()
    position = IntegerField()
    done = BooleanField(default=False)
    record = ForeignKeyField(SessionRecordRow, null=True, on_delete="CASCADE")
    record_id: int | None
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "session_question"
        natural_key = ("created_at", "text")


class SafetyItemRow(BaseModel):
    """One line of the safety plan (a contact has a number)."""

    id = AutoField()
    section = CharField()
    position = IntegerField()
    text = TextField()
    number = TextField(default="")
    note = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "safety_item"
        natural_key = ("section", "created_at", "text")


# In foreign-key dependency order. Derived tables (the search index) are not listed.
ALL_MODELS: list[type[Any]] = [
    PlanItemRow,
    CheckInRow,
    CheckInReasonRow,
    AdjustmentRow,
    JournalEntryRow,
    TagRow,
    EntryTagRow,
    ThoughtRecordRow,
    OwnPromptRow,
    OwnNoteRow,
    MessageStateRow,
    ShownMessageRow,
    ManualWinRow,
    SessionScheduleRow,
    SessionRecordRow,
    SessionQuestionRow,
    SafetyItemRow,
]
