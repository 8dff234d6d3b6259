"""The kinds the Encouragement tab's records are sorted by: plain enums, quick to import, because
the words for them (reports/words.py) are needed long before the records themselves."""

from __future__ import annotations

from enum import StrEnum


class MessageGroup(StrEnum):
    """The groups of the built-in message library."""

    GENERAL = "general"
    OVERLOAD = "emotional_overload"
    FEAR_OF_CHANGE = "fear_of_change"
    PERFECTIONISM = "perfectionism"
    TOO_BIG = "too_big"
    SELF_SABOTAGE = "self_sabotage"
    BEFORE_SESSION = "before_session"
    HARD_WEEK = "hard_week"


class NoteKind(StrEnum):
    """The two kinds of note the person keeps for themselves."""

    THERAPIST_SAID = "therapist_said"
    FUTURE_ME = "future_me"


class WinKind(StrEnum):
    """Where a small win comes from."""

    CHECK_IN = "check_in"
    ENTRY = "entry"
    MANUAL = "manual"


class SessionRhythm(StrEnum):
    """How often sessions come round."""

    ONCE = "once"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"

    @property
    def days(self) -> int | None:
        """Days between sessions, or None for a one-off date."""
        return {SessionRhythm.WEEKLY: 7, SessionRhythm.FORTNIGHTLY: 14}.get(self)


class SafetySection(StrEnum):
    """The parts of a safety plan, in the order they are used when things get hard."""

    WARNING_SIGNS = "warning_signs"
    COPING = "coping"
    PEOPLE_PLACES = "people_places"
    ASK_FOR_HELP = "ask_for_help"
    PROFESSIONALS = "professionals"
    CRISIS_LINES = "crisis_lines"
    MATTERS = "matters"

    @property
    def has_contacts(self) -> bool:
        """Whether its lines are people or services with a number."""
        return self in (
            SafetySection.ASK_FOR_HELP,
            SafetySection.PROFESSIONALS,
            SafetySection.CRISIS_LINES,
        )
