"""Plain, immutable records of the Encouragement tab: messages, own notes, small wins, session
prep and the safety plan.

Kept apart from records.py (the plan and the journal) so that each part of the store can grow
without touching the other's file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.store.encouragement_kinds import (
    MessageGroup,
    NoteKind,
    SafetySection,
    SessionRhythm,
    WinKind,
)
from desktop.store.records import Adjustment, Outcome, PlanItem, Reason, ThoughtRecord

# -- messages ------------------------------------------------------------------------------------


#: Keys of the person's own notes in the rotation start with this; built-in keys never do.
OWN_KEY_PREFIX = "own:"


@dataclass(frozen=True, slots=True)
class Message:
    """One message that can be shown for a day: built in, or one of the person's own notes.

    group is a MessageGroup value for built-in messages and a NoteKind value for own notes.
    """

    key: str
    group: str
    text: str

    @property
    def is_own(self) -> bool:
        """Whether this is one of the person's own notes."""
        return self.key.startswith(OWN_KEY_PREFIX)

    @property
    def note_id(self) -> int | None:
        """The id of the own note this message is, if it is one."""
        return int(self.key.removeprefix(OWN_KEY_PREFIX)) if self.is_own else None


@dataclass(frozen=True, slots=True)
class MessageContext:
    """What the person logged lately, as far as choosing a message goes."""

    reasons: tuple[tuple[Reason, int], ...] = ()
    hard_week: bool = False
    session_soon: bool = False

    def reason_count(self, reason: Reason) -> int:
        """How often a reason was given lately."""
        return dict(self.reasons).get(reason, 0)


@dataclass(frozen=True, slots=True)
class ShownMessage:
    """The message on screen for a day, and what the person said about it."""

    message: Message
    day: date
    position: int
    favourite: bool


@dataclass(frozen=True, slots=True)
class OwnNote:
    """A note of the person's own: what their therapist said, or a note to future me."""

    id: int
    kind: NoteKind
    text: str
    in_rotation: bool
    created_at: datetime
    updated_at: datetime

    @property
    def key(self) -> str:
        """Its key among the messages."""
        return f"{OWN_KEY_PREFIX}{self.id}"


# -- small wins ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SmallWin:
    """One thing that counted as a step on a day.

    For a check-in, text is the plan item's title and outcome says what happened; for an entry,
    text is its title (or first line); for a win added by hand, the person's words.
    """

    day: date
    kind: WinKind
    text: str
    outcome: Outcome | None = None
    item_id: int | None = None
    entry_id: int | None = None
    win_id: int | None = None
    private: bool = False


# -- session prep ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Schedule:
    """When the next session is, how often they come, and when the last one was."""

    next_day: date | None = None
    rhythm: SessionRhythm = SessionRhythm.ONCE
    last_day: date | None = None


@dataclass(frozen=True, slots=True)
class Question:
    """A question the person wants to ask in their session."""

    id: int
    text: str
    done: bool
    position: int


@dataclass(frozen=True, slots=True)
class ItemOutcomes:
    """A plan item and how often each outcome was noted for it in the period."""

    item: PlanItem
    counts: tuple[tuple[Outcome, int], ...]

    @property
    def noted(self) -> int:
        """How many check-ins there were."""
        return sum(count for _, count in self.counts)


@dataclass(frozen=True, slots=True)
class ItemAdjustment:
    """An adjustment made in the period, with the title of its plan item."""

    item_title: str
    adjustment: Adjustment


@dataclass(frozen=True, slots=True)
class BroughtEntry:
    """An entry marked "bring to next session": its title and the start of its text."""

    id: int
    day: date
    title: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class RecordNote:
    """A thought record written in the period."""

    entry_id: int
    day: date
    title: str
    record: ThoughtRecord
    plan_item_title: str


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """Everything since the last session, ready to read or bring. Never holds private entries."""

    period_start: date
    period_end: date
    schedule: Schedule
    items: tuple[ItemOutcomes, ...]
    reasons: tuple[tuple[Reason, int], ...]
    other_reasons: tuple[tuple[str, int], ...]
    adjustments: tuple[ItemAdjustment, ...]
    wins: tuple[SmallWin, ...]
    entries: tuple[BroughtEntry, ...]
    thought_records: tuple[RecordNote, ...]
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A kept copy of the summary made when a session was marked as done."""

    id: int
    period_start: date
    period_end: date
    markdown: str
    made_at: datetime


# -- safety plan ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SafetyItem:
    """One line of the safety plan: a sign, a step, a place, or a contact with a number."""

    id: int
    section: SafetySection
    text: str
    number: str
    note: str
    position: int


__all__ = [
    "OWN_KEY_PREFIX",
    "BroughtEntry",
    "ItemAdjustment",
    "ItemOutcomes",
    "Message",
    "MessageContext",
    "MessageGroup",
    "NoteKind",
    "OwnNote",
    "Question",
    "RecordNote",
    "SafetyItem",
    "SafetySection",
    "Schedule",
    "SessionRecord",
    "SessionRhythm",
    "SessionSummary",
    "ShownMessage",
    "SmallWin",
    "WinKind",
]
