"""The one table of words for the store's values (outcomes, reasons, kinds, rhythms, ...), used by
the app's screens and by both reports, in the person's language.

No Qt here: every text is marked with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` extracts it, and is translated when used through the ``Translate`` function
a caller passes in: ``QCoreApplication.translate`` in the app, ``english`` on the command line and
in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.store.encouragement_kinds import NoteKind, SafetySection, SessionRhythm
from desktop.store.records import Adjustment, Change, Kind, Outcome, Reason, Rhythm, Status

#: (context, text) -> the text in the person's language: the app passes Qt's translator.
Translate = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    """No translation: the text as written."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text for translation in a context; returns it unchanged."""
    return text


def fill(text: str, *values: object) -> str:
    """Put values in place of %1, %2, ... (as QString.arg does, but never in the values)."""
    out, rest = [], text
    while rest:
        head, mark, tail = rest.partition("%")
        out.append(head)
        if not mark:
            break
        number = tail[:1]
        if number.isdigit() and 0 < int(number) <= len(values):
            out.append(str(values[int(number) - 1]))
            rest = tail[1:]
        else:
            out.append("%")
            rest = tail
    return "".join(out)


CONTEXT = "words"

OUTCOMES = {
    Outcome.DONE: QT_TRANSLATE_NOOP("words", "Done"),
    Outcome.SMALLER: QT_TRANSLATE_NOOP("words", "Did the smaller version"),
    Outcome.TRIED: QT_TRANSLATE_NOOP("words", "Tried / started"),
    Outcome.THOUGHT: QT_TRANSLATE_NOOP("words", "Thought about it"),
    Outcome.NOT_TODAY: QT_TRANSLATE_NOOP("words", "Not today"),
    Outcome.RESTED: QT_TRANSLATE_NOOP("words", "Rested on purpose"),
}
OUTCOMES_SHORT = {
    Outcome.DONE: QT_TRANSLATE_NOOP("words", "Done"),
    Outcome.SMALLER: QT_TRANSLATE_NOOP("words", "Smaller"),
    Outcome.TRIED: QT_TRANSLATE_NOOP("words", "Tried"),
    Outcome.THOUGHT: QT_TRANSLATE_NOOP("words", "Thought"),
    Outcome.NOT_TODAY: QT_TRANSLATE_NOOP("words", "Not today"),
    Outcome.RESTED: QT_TRANSLATE_NOOP("words", "Rested"),
}
REASONS = {
    Reason.OVERLOAD: QT_TRANSLATE_NOOP("words", "Too much going on"),
    Reason.FEAR_OF_CHANGE: QT_TRANSLATE_NOOP("words", "Fear of change"),
    Reason.PERFECTIONISM: QT_TRANSLATE_NOOP("words", "Perfectionism or self-doubt"),
    Reason.TOO_BIG: QT_TRANSLATE_NOOP("words", "The step felt too big"),
    Reason.SELF_SABOTAGE: QT_TRANSLATE_NOOP("words", "Getting in my own way"),
}
KINDS = {
    Kind.JOURNALING: QT_TRANSLATE_NOOP("words", "Journaling"),
    Kind.BOUNDARIES: QT_TRANSLATE_NOOP("words", "Boundaries"),
    Kind.CHALLENGING_THOUGHTS: QT_TRANSLATE_NOOP("words", "Challenging thoughts"),
    Kind.SELF_CARE: QT_TRANSLATE_NOOP("words", "Self-care"),
    Kind.OTHER: QT_TRANSLATE_NOOP("words", "Other"),
}
RHYTHMS = {
    Rhythm.DAILY: QT_TRANSLATE_NOOP("words", "Every day"),
    Rhythm.SOME_DAYS: QT_TRANSLATE_NOOP("words", "Some days a week"),
    Rhythm.ONCE: QT_TRANSLATE_NOOP("words", "Once"),
    Rhythm.WHEN_NEEDED: QT_TRANSLATE_NOOP("words", "When needed"),
}

#: The counted texts (a count said with its words): key -> English's two forms, one and other.
#: The app says them in each language's own plural forms (ui/common/labels.py: COUNTED, the
#: same texts as "%Ln times" for the translator); the command line in these.
COUNTED_ENGLISH = {
    "times": ("once", "%n times"),
    "days_a_week": ("One day a week", "%n days a week"),
}
#: A counted text by key, for a count: ("times", 3) -> "3 times".
Count = Callable[[str, int], str]


def lower_first(text: str) -> str:
    """A text with its first letter small, for the middle of a sentence ("did the smaller
    version"); the rest as written."""
    return text[:1].lower() + text[1:]


def english_count(key: str, count: int) -> str:
    """A counted text in English ("once", "3 times")."""
    one, other = COUNTED_ENGLISH[key]
    return (one if count == 1 else other).replace("%n", str(count))


STATUSES = {
    Status.ACTIVE: QT_TRANSLATE_NOOP("words", "In the plan"),
    Status.PAUSED: QT_TRANSLATE_NOOP("words", "Paused"),
    Status.RETIRED: QT_TRANSLATE_NOOP("words", "Retired"),
}
CHANGES = {
    Change.PAUSED: QT_TRANSLATE_NOOP("words", "Paused"),
    Change.RESUMED: QT_TRANSLATE_NOOP("words", "Picked up again"),
    Change.RETIRED: QT_TRANSLATE_NOOP("words", "Retired"),
    Change.RESTORED: QT_TRANSLATE_NOOP("words", "Brought back into the plan"),
    Change.NOTE: QT_TRANSLATE_NOOP("words", "A note"),
}
SMALLER_CLEARED = QT_TRANSLATE_NOOP("words", "Smaller version cleared")
SMALLER_SET = QT_TRANSLATE_NOOP("words", "Smaller version set to “%1”")
RHYTHM_CHANGED = QT_TRANSLATE_NOOP("words", "Rhythm changed from %1 to %2")
MOODS = {
    1: QT_TRANSLATE_NOOP("words", "Heavy"),
    2: QT_TRANSLATE_NOOP("words", "Low"),
    3: QT_TRANSLATE_NOOP("words", "Mixed"),
    4: QT_TRANSLATE_NOOP("words", "Okay"),
    5: QT_TRANSLATE_NOOP("words", "Light"),
}
ENERGIES = {
    1: QT_TRANSLATE_NOOP("words", "Running on empty"),
    2: QT_TRANSLATE_NOOP("words", "Low"),
    3: QT_TRANSLATE_NOOP("words", "Some"),
    4: QT_TRANSLATE_NOOP("words", "Steady"),
    5: QT_TRANSLATE_NOOP("words", "Plenty"),
}
BRING_TO_SESSION = QT_TRANSLATE_NOOP("words", "Bring to next session")
PRIVATE = QT_TRANSLATE_NOOP("words", "Private, not ready to share")
NOTE_KINDS = {
    NoteKind.THERAPIST_SAID: QT_TRANSLATE_NOOP("words", "What my therapist said"),
    NoteKind.FUTURE_ME: QT_TRANSLATE_NOOP("words", "A note to future me"),
}
NOTE_SOURCES = {
    NoteKind.THERAPIST_SAID: QT_TRANSLATE_NOOP(
        "words", "Something your therapist said, kept in your notes"
    ),
    NoteKind.FUTURE_ME: QT_TRANSLATE_NOOP("words", "A note you wrote to your future self"),
}
SESSION_RHYTHMS = {
    SessionRhythm.ONCE: QT_TRANSLATE_NOOP("words", "Just this date"),
    SessionRhythm.WEEKLY: QT_TRANSLATE_NOOP("words", "Every week"),
    SessionRhythm.FORTNIGHTLY: QT_TRANSLATE_NOOP("words", "Every two weeks"),
}
SAFETY_SECTIONS = {
    SafetySection.WARNING_SIGNS: QT_TRANSLATE_NOOP("words", "Signs that a hard time is starting"),
    SafetySection.COPING: QT_TRANSLATE_NOOP("words", "Things I can do on my own to cope"),
    SafetySection.PEOPLE_PLACES: QT_TRANSLATE_NOOP(
        "words", "People and places that take my mind off things"
    ),
    SafetySection.ASK_FOR_HELP: QT_TRANSLATE_NOOP("words", "People I can ask for help"),
    SafetySection.PROFESSIONALS: QT_TRANSLATE_NOOP("words", "Professionals I can contact"),
    SafetySection.CRISIS_LINES: QT_TRANSLATE_NOOP("words", "Crisis lines and emergency numbers"),
    SafetySection.MATTERS: QT_TRANSLATE_NOOP("words", "What matters to me"),
}
SAFETY_HINTS = {
    SafetySection.WARNING_SIGNS: QT_TRANSLATE_NOOP(
        "words", "Thoughts, feelings or things you do that tell you it's getting hard"
    ),
    SafetySection.COPING: QT_TRANSLATE_NOOP(
        "words", "Small things that help a little: a shower, music, a walk"
    ),
    SafetySection.PEOPLE_PLACES: QT_TRANSLATE_NOOP(
        "words", "Somewhere to go or someone to be around"
    ),
    SafetySection.ASK_FOR_HELP: QT_TRANSLATE_NOOP("words", "Someone you trust, with their number"),
    SafetySection.PROFESSIONALS: QT_TRANSLATE_NOOP(
        "words", "Your therapist, your doctor, an out-of-hours service"
    ),
    SafetySection.CRISIS_LINES: QT_TRANSLATE_NOOP(
        "words", "A crisis line in your country, your emergency number"
    ),
    SafetySection.MATTERS: QT_TRANSLATE_NOOP(
        "words", "People, animals, hopes, things to look forward to"
    ),
}


def english_day(day: date) -> str:
    """A date as the English reports write it: "Thu 26 Nov 2026"."""
    return f"{day:%a} {day.day} {day:%b %Y}"


@dataclass(frozen=True)
class Words:
    """The words for the store's values in one language: the table above through tr."""

    tr: Translate = english
    #: A date in the person's own way of writing one (the app passes QLocale's).
    day: Callable[[date], str] = english_day
    #: A counted text (COUNTED_ENGLISH's keys) in the person's language.
    count: Count = english_count
    #: A word from the tables inside a sentence: lower_first, or as written where the
    #: language's capitals carry meaning (German nouns).
    inline: Callable[[str], str] = lower_first

    def _say(self, text: str) -> str:
        return self.tr(CONTEXT, text)

    def outcome(self, value: Outcome) -> str:
        """The name of an outcome, as on its check-in button ("Did the smaller version")."""
        return self._say(OUTCOMES[Outcome(value)])

    def outcome_short(self, value: Outcome) -> str:
        """A short form of an outcome, for the week view ("Smaller")."""
        return self._say(OUTCOMES_SHORT[Outcome(value)])

    def reason(self, value: Reason) -> str:
        """What got in the way, in plain words."""
        return self._say(REASONS[Reason(value)])

    def kind(self, value: Kind) -> str:
        """The kind of a plan item."""
        return self._say(KINDS[Kind(value)])

    def rhythm_choice(self, value: Rhythm) -> str:
        """A rhythm as offered in a list of choices."""
        return self._say(RHYTHMS[Rhythm(value)])

    def rhythm(self, value: Rhythm, days_per_week: int | None) -> str:
        """A rhythm in words, with the number of days where it has one ("3 days a week")."""
        if Rhythm(value) is Rhythm.SOME_DAYS and days_per_week:
            return self.count("days_a_week", days_per_week)
        return self.rhythm_choice(value)

    def times(self, count: int) -> str:
        """How often, as a person says it: "once", "3 times"."""
        return self.count("times", count)

    def status(self, value: Status) -> str:
        """A plan item's status."""
        return self._say(STATUSES[Status(value)])

    def adjustment(self, entry: Adjustment, *, with_note: bool = True) -> str:
        """One line of an item's adjustment history, without its date."""
        if entry.change is Change.SMALLER_VERSION:
            text = fill(self._say(SMALLER_SET), entry.after) if entry.after else None
            text = text or self._say(SMALLER_CLEARED)
        elif entry.change is Change.RHYTHM:
            old, new = _rhythm_code(entry.before), _rhythm_code(entry.after)
            text = fill(
                self._say(RHYTHM_CHANGED),
                self.inline(self.rhythm(*old)),
                self.inline(self.rhythm(*new)),
            )
        else:
            text = self._say(CHANGES[entry.change])
        return f"{text} — {entry.note}" if with_note and entry.note else text

    def mood(self, value: int) -> str:
        """How the day felt, in words (never a score)."""
        return self._say(MOODS[value])

    def energy(self, value: int) -> str:
        """How much energy there was, in words."""
        return self._say(ENERGIES[value])

    def bring_to_session(self) -> str:
        """The "bring to next session" flag."""
        return self._say(BRING_TO_SESSION)

    def private(self) -> str:
        """The "private" flag."""
        return self._say(PRIVATE)

    def note_kind(self, value: NoteKind) -> str:
        """The kind of one of the person's own notes, as they would say it."""
        return self._say(NOTE_KINDS[NoteKind(value)])

    def note_source(self, value: NoteKind) -> str:
        """Where a message of the person's own comes from, shown under it."""
        return self._say(NOTE_SOURCES[NoteKind(value)])

    def session_rhythm(self, value: SessionRhythm) -> str:
        """How often sessions come round."""
        return self._say(SESSION_RHYTHMS[SessionRhythm(value)])

    def safety_section(self, value: SafetySection) -> str:
        """The heading of a part of the safety plan, in the person's voice."""
        return self._say(SAFETY_SECTIONS[SafetySection(value)])

    def safety_hint(self, value: SafetySection) -> str:
        """A line about what belongs in a part of the safety plan."""
        return self._say(SAFETY_HINTS[SafetySection(value)])


def _rhythm_code(code: str) -> tuple[Rhythm, int | None]:
    # The adjustment history keeps a rhythm as "some_days:3" or "daily" (plan.rhythm_code).
    name, _, days = code.partition(":")
    return Rhythm(name), int(days) if days else None
