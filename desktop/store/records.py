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
