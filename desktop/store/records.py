"""Plain, immutable records that the store hands out; no live database objects leave it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Kind(StrEnum):
    """What sort of step a plan item is."""

    JOURNALING = "journaling"
    BOUNDARIES = "boundaries"
    CHALLENGING_THOUGHTS = "challenging_thoughts"
    SELF_CARE = "self_care"
    OTHER = "other"


class Rhythm(StrEnum):
    """How often a plan item is meant to come up."""

    DAILY = "daily"
    SOME_DAYS = "some_days"
    ONCE = "once"
    WHEN_NEEDED = "when_needed"


class Status(StrEnum):
    """Whether a plan item is in use, resting, or retired (retired items are kept)."""

    ACTIVE = "active"
    PAUSED = "paused"
    RETIRED = "retired"


class Outcome(StrEnum):
    """What happened with a plan item on a day. Every one of them is an honest answer."""

    DONE = "done"
    SMALLER = "smaller_version"
    TRIED = "tried"
    THOUGHT = "thought_about_it"
    NOT_TODAY = "not_today"
    RESTED = "rested"

    @property
    def is_step(self) -> bool:
        """Outcomes that count as a step taken (shown as small wins)."""
        return self in (Outcome.DONE, Outcome.SMALLER, Outcome.TRIED, Outcome.THOUGHT)

    @property
    def asks_what_got_in_the_way(self) -> bool:
        """Outcomes after which the app asks what got in the way. Not after a step done, the
        smaller version or a rest on purpose: those were choices, not obstacles (reasons kept
        from an earlier outcome stay stored under them, unshown and uncounted)."""
        return self in (Outcome.TRIED, Outcome.THOUGHT, Outcome.NOT_TODAY)


class Reason(StrEnum):
    """Something that got in the way. Optional, never required."""

    OVERLOAD = "emotional_overload"
    FEAR_OF_CHANGE = "fear_of_change"
    PERFECTIONISM = "perfectionism"
    TOO_BIG = "too_big"
    SELF_SABOTAGE = "self_sabotage"


class Change(StrEnum):
    """The kind of adjustment made to a plan item."""

    SMALLER_VERSION = "smaller_version"
    RHYTHM = "rhythm"
    PAUSED = "paused"
    RESUMED = "resumed"
    RETIRED = "retired"
    RESTORED = "restored"
    NOTE = "note"  # an adjustment that only added a note


@dataclass(frozen=True, slots=True)
class PlanItem:
    """A step from therapy that the person is working with."""

    id: int
    title: str
    why: str
    kind: Kind
    rhythm: Rhythm
    days_per_week: int | None
    smaller_version: str
    status: Status
    position: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CheckIn:
    """What happened with one plan item on one day."""

    id: int
    item_id: int
    day: date
    outcome: Outcome
    reasons: frozenset[Reason]
    other_reason: str
    note: str
    updated_at: datetime

    @property
    def has_reason(self) -> bool:
        """Whether anything was said about what got in the way."""
        return bool(self.reasons or self.other_reason)


@dataclass(frozen=True, slots=True)
class Adjustment:
    """One change made to fit a plan item to the person; the history is kept."""

    id: int
    item_id: int
    made_at: datetime
    change: Change
    before: str
    after: str
    note: str


MOOD_RANGE = range(1, 6)


@dataclass(frozen=True, slots=True)
class ThoughtRecord:
    """A short guided look at one hard thought."""

    situation: str = ""
    thought: str = ""
    feeling: str = ""
    feeling_strength: int | None = None
    kind_friend: str = ""
    balanced_thought: str = ""
    plan_item_id: int | None = None

    @property
    def is_empty(self) -> bool:
        """Whether nothing has been written in it yet."""
        return not any(
            (
                self.situation,
                self.thought,
                self.feeling,
                self.kind_friend,
                self.balanced_thought,
                self.feeling_strength is not None,
                self.plan_item_id is not None,
            )
        )


@dataclass(frozen=True, slots=True)
class EntryFields:
    """Everything the person can change in a journal entry."""

    day: date
    title: str = ""
    body: str = ""
    mood: int | None = None
    energy: int | None = None
    tags: tuple[str, ...] = ()
    bring_to_session: bool = False
    private: bool = False
    prompt: str = ""
    thought_record: ThoughtRecord | None = None


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """A stored journal entry."""

    id: int
    fields: EntryFields
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """One row of the entry list: enough to show it, without the whole text."""

    id: int
    day: date
    title: str
    first_line: str
    mood: int | None
    bring_to_session: bool
    private: bool
    has_thought_record: bool
    snippet: str = ""  # for search results: the best passage, matches between MATCH_START/END

    @property
    def heading(self) -> str:
        """The title, or the first line when there is no title."""
        return self.title or self.first_line


MATCH_START, MATCH_END = "\ue000", "\ue001"


class Flag(StrEnum):
    """Filters by the flags of an entry (and the trash)."""

    BRING_TO_SESSION = "bring_to_session"
    PRIVATE = "private"
    THOUGHT_RECORD = "thought_record"
    TRASH = "trash"


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """Which entries to list or search: everything left unset matches all."""

    tag: str | None = None
    mood_from: int | None = None
    mood_to: int | None = None
    first_day: date | None = None
    last_day: date | None = None
    flag: Flag | None = None
