"""The words the UI shows for the store's values, in one place and translatable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.store.encouragement_records import NoteKind, SafetySection, SessionRhythm
from desktop.store.plan import parse_rhythm_code
from desktop.store.records import Adjustment, Change, Kind, Outcome, Reason, Rhythm, Status
from desktop.ui.common.dates import to_qdate


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def outcome(value: Outcome) -> str:
    """The name of an outcome, as on its check-in button."""
    return {
        Outcome.DONE: _tr("Done"),
        Outcome.SMALLER: _tr("Did the smaller version"),
        Outcome.TRIED: _tr("Tried / started"),
        Outcome.THOUGHT: _tr("Thought about it"),
        Outcome.NOT_TODAY: _tr("Not today"),
        Outcome.RESTED: _tr("Rested on purpose"),
    }[value]


def outcome_short(value: Outcome) -> str:
    """A short form of an outcome, for the week view."""
    return {
        Outcome.DONE: _tr("Done"),
        Outcome.SMALLER: _tr("Smaller"),
        Outcome.TRIED: _tr("Tried"),
        Outcome.THOUGHT: _tr("Thought"),
        Outcome.NOT_TODAY: _tr("Not today"),
        Outcome.RESTED: _tr("Rested"),
    }[value]


def reason(value: Reason) -> str:
    """What got in the way, in plain words."""
    return {
        Reason.OVERLOAD: _tr("Too much going on"),
        Reason.FEAR_OF_CHANGE: _tr("Fear of change"),
        Reason.PERFECTIONISM: _tr("Perfectionism or self-doubt"),
        Reason.TOO_BIG: _tr("The step felt too big"),
        Reason.SELF_SABOTAGE: _tr("Getting in my own way"),
    }[value]


def kind(value: Kind) -> str:
    """The kind of a plan item."""
    return {
        Kind.JOURNALING: _tr("Journaling"),
        Kind.BOUNDARIES: _tr("Boundaries"),
        Kind.CHALLENGING_THOUGHTS: _tr("Challenging thoughts"),
        Kind.SELF_CARE: _tr("Self-care"),
        Kind.OTHER: _tr("Other"),
    }[value]


def rhythm_choice(value: Rhythm) -> str:
    """A rhythm as offered in a list of choices."""
    return {
        Rhythm.DAILY: _tr("Every day"),
        Rhythm.SOME_DAYS: _tr("Some days a week"),
        Rhythm.ONCE: _tr("Once"),
        Rhythm.WHEN_NEEDED: _tr("When needed"),
    }[value]


def rhythm(value: Rhythm, days_per_week: int | None) -> str:
    """A rhythm in words, with the number of days where it has one."""
    if value is Rhythm.SOME_DAYS and days_per_week:
        if days_per_week == 1:
            return _tr("One day a week")
        return _tr("%1 days a week").replace("%1", str(days_per_week))
    return rhythm_choice(value)


def status(value: Status) -> str:
    """A plan item's status."""
    return {
        Status.ACTIVE: _tr("In the plan"),
        Status.PAUSED: _tr("Paused"),
        Status.RETIRED: _tr("Retired"),
    }[value]


def adjustment(entry: Adjustment) -> str:
    """One line of an item's adjustment history, without its date."""
    if entry.change is Change.SMALLER_VERSION:
        if not entry.after:
            text = _tr("Smaller version cleared")
        else:
            text = _tr("Smaller version set to “%1”").replace("%1", entry.after)
    elif entry.change is Change.RHYTHM:
        text = _tr("Rhythm changed from %1 to %2")
        old, new = parse_rhythm_code(entry.before), parse_rhythm_code(entry.after)
        text = text.replace("%1", rhythm(*old).lower()).replace("%2", rhythm(*new).lower())
    else:
        text = {
            Change.PAUSED: _tr("Paused"),
            Change.RESUMED: _tr("Picked up again"),
            Change.RETIRED: _tr("Retired"),
            Change.RESTORED: _tr("Brought back into the plan"),
            Change.NOTE: _tr("A note"),
        }[entry.change]
    return f"{text} — {entry.note}" if entry.note else text


def day(value: date) -> str:
    """A date in the person's language, e.g. "26 Nov 2026"."""
    return QLocale().toString(to_qdate(value), "d MMM yyyy")


def weekday(value: date, *, long: bool = False) -> str:
    """A day of the week in the person's language ("Mon" or "Monday")."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().dayName(value.isoweekday(), form)


def mood(value: int) -> str:
    """How the day felt, in words (never a score)."""
    return {
        1: _tr("Heavy"),
        2: _tr("Low"),
        3: _tr("Mixed"),
        4: _tr("Okay"),
        5: _tr("Light"),
    }[value]


def energy(value: int) -> str:
    """How much energy there was, in words."""
    return {
        1: _tr("Running on empty"),
        2: _tr("Low"),
        3: _tr("Some"),
        4: _tr("Steady"),
        5: _tr("Plenty"),
    }[value]


def bring_to_session_flag() -> str:
    """The "bring to next session" flag."""
    return _tr("Bring to next session")


def private_flag() -> str:
    """The "private" flag."""
    return _tr("Private, not ready to share")


def note_kind(value: NoteKind) -> str:
    """The kind of one of the person's own notes, as they would say it."""
    return {
        NoteKind.THERAPIST_SAID: _tr("What my therapist said"),
        NoteKind.FUTURE_ME: _tr("A note to future me"),
    }[value]


def note_source(value: NoteKind) -> str:
    """Where a message of the person's own comes from, shown under it."""
    return {
        NoteKind.THERAPIST_SAID: _tr("Something your therapist said, kept in your notes"),
        NoteKind.FUTURE_ME: _tr("A note you wrote to your future self"),
    }[value]


def session_rhythm(value: SessionRhythm) -> str:
    """How often sessions come round."""
    return {
        SessionRhythm.ONCE: _tr("Just this date"),
        SessionRhythm.WEEKLY: _tr("Every week"),
        SessionRhythm.FORTNIGHTLY: _tr("Every two weeks"),
    }[value]


def safety_section(value: SafetySection) -> str:
    """The heading of a part of the safety plan, in the person's voice."""
    return {
        SafetySection.WARNING_SIGNS: _tr("Signs that a hard time is starting"),
        SafetySection.COPING: _tr("Things I can do on my own to cope"),
        SafetySection.PEOPLE_PLACES: _tr("People and places that take my mind off things"),
        SafetySection.ASK_FOR_HELP: _tr("People I can ask for help"),
        SafetySection.PROFESSIONALS: _tr("Professionals I can contact"),
        SafetySection.CRISIS_LINES: _tr("Crisis lines and emergency numbers"),
        SafetySection.MATTERS: _tr("What matters to me"),
    }[value]


def safety_section_hint(value: SafetySection) -> str:
    """A line about what belongs in a part of the safety plan."""
    return {
        SafetySection.WARNING_SIGNS: _tr(
            "Thoughts, feelings or things you do that tell you it's getting hard"
        ),
        SafetySection.COPING: _tr("Small things that help a little: a shower, music, a walk"),
        SafetySection.PEOPLE_PLACES: _tr("Somewhere to go or someone to be around"),
        SafetySection.ASK_FOR_HELP: _tr("Someone you trust, with their number"),
        SafetySection.PROFESSIONALS: _tr("Your therapist, your doctor, an out-of-hours service"),
        SafetySection.CRISIS_LINES: _tr("A crisis line in your country, your emergency number"),
        SafetySection.MATTERS: _tr("People, animals, hopes, things to look forward to"),
    }[value]
