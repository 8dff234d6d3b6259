"""Looking back over a stretch of days: mood and energy by day and by week, each plan step's
outcomes by week, the adjustments made, what got in the way by week, and a few things the
person might notice. Every figure is summed in SQL; nothing here is a score.

Gaps stay gaps: a day or week with no mood written has None, never 0. Weeks start on Monday
(``week_of``).

Things you might notice (``observations``) are neutral: each one says what the data shows,
never what was missing and never what to do. Each has a minimum below which nothing is said,
because a handful of days makes any pattern look like one:

- ``mood_with_step``: "On days with “Walk”, mood was “Okay” or better on 9 of 12." Needs
  MOOD_WITH_STEP_MIN_DAYS (8) days on which the step was taken and a mood was written, and is
  said only when “Okay” or better was at least half of them (the noticing is of what was there).
- ``smaller_more_often`` / ``full_more_often``: "The smaller version was chosen more often than
  the full step in November." Needs SMALLER_MIN_CHECK_INS (6) of the two together in that month
  for that step, and one of them strictly more often.
- ``step_most_weeks``: "“Walk” showed up in 7 of the 9 weeks." Needs STEP_MIN_WEEKS (4) weeks in
  the stretch and the step in at least STEP_MIN_PRESENT (3) of them and half of them.

Private entries count on the person's own page; ``shareable_only`` leaves them out (the
session summary's rule).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.store.models import AdjustmentRow, execute
from desktop.store.plan import adjustment_of
from desktop.store.records import Adjustment, Outcome, Reason, Status

STEP_OUTCOMES = (Outcome.DONE, Outcome.SMALLER, Outcome.TRIED, Outcome.THOUGHT)
#: The mood level from which a day counts as "okay or better" (4 is "Okay").
OKAY = 4
MOOD_WITH_STEP_MIN_DAYS = 8
SMALLER_MIN_CHECK_INS = 6
STEP_MIN_WEEKS = 4
STEP_MIN_PRESENT = 3
#: At most this many observations are shown: a few, not a report card.
MAX_OBSERVATIONS = 4

# SQLite: the Monday on or before a day kept as "YYYY-MM-DD".
_WEEK = "date({}, '-6 days', 'weekday 1')"


def week_of(day: date) -> date:
    """The Monday that starts day's week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Measures:
    """Mood and energy for a day or a week (its Monday): the mean of what was written, or None."""

    start: date
    mood: float | None
    energy: float | None


@dataclass(frozen=True, slots=True)
class StepWeek:
    """A step's outcomes in one week (its Monday), steps taken only, in Outcome order."""

    week: date
    counts: tuple[tuple[Outcome, int], ...]


@dataclass(frozen=True, slots=True)
class StepAcross:
    """A plan step across the stretch: its weeks with a step taken and its adjustments."""

    item_id: int
    title: str
    status: Status
    weeks: tuple[StepWeek, ...]
    adjustments: tuple[Adjustment, ...]


@dataclass(frozen=True, slots=True)
class ReasonCount:
    """A reason that got in the way: how often, by week, and the week it came up most."""

    reason: Reason
    count: int
    by_week: tuple[tuple[date, int], ...]
    most_in: date


@dataclass(frozen=True, slots=True)
class Observation:
    """Something the person might notice: a kind (see the module's docstring) and its values."""

    kind: str
    values: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Stretch:
    """Everything the Looking back page shows for first..last (inclusive)."""

    first: date
    last: date
    days: tuple[Measures, ...]
    weeks: tuple[Measures, ...]
    steps: tuple[StepAcross, ...]
    reasons: tuple[ReasonCount, ...]
    observations: tuple[Observation, ...]

    def week_starts(self) -> list[date]:
        """Every week of the stretch, by its Monday."""
        weeks, week = [], week_of(self.first)
        while week <= self.last:
            weeks.append(week)
            week += timedelta(days=7)
        return weeks

    def is_empty(self) -> bool:
        """Nothing written or checked in over the stretch."""
        has_measure = any(d.mood is not None or d.energy is not None for d in self.days)
        return not has_measure and not any(s.weeks or s.adjustments for s in self.steps)


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _entries(shareable_only: bool) -> str:
    kept = "deleted_at IS NULL"
    return f"{kept} AND private = 0" if shareable_only else kept


def _measures(first: date, last: date, shareable_only: bool) -> tuple[list[Measures], ...]:
    where = f"day >= ? AND day <= ? AND {_entries(shareable_only)}"
    params = (first.isoformat(), last.isoformat())
    by_day = {
        _day(day): (mood, energy)
        for day, mood, energy in execute(
            f"SELECT day, AVG(mood), AVG(energy) FROM journal_entry WHERE {where} GROUP BY day",
            params,
        )
    }
    days = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        mood, energy = by_day.get(day, (None, None))
        days.append(Measures(day, mood, energy))
    week = _WEEK.format("day")
    by_week = {
        _day(monday): (mood, energy)
        for monday, mood, energy in execute(
            f"SELECT {week}, AVG(mood), AVG(energy) FROM journal_entry WHERE {where} GROUP BY 1",
            params,
        )
    }
    weeks = []
    monday = week_of(first)
    while monday <= last:
        mood, energy = by_week.get(monday, (None, None))
        weeks.append(Measures(monday, mood, energy))
        monday += timedelta(days=7)
    return days, weeks


def _steps(first: date, last: date) -> list[StepAcross]:
    steps_sql = ",".join(f"'{o}'" for o in STEP_OUTCOMES)
    counts: dict[int, dict[date, dict[Outcome, int]]] = defaultdict(lambda: defaultdict(dict))
    for item_id, monday, outcome, count in execute(
        f"SELECT item_id, {_WEEK.format('day')}, outcome, COUNT(*) FROM check_in "
        f"WHERE day >= ? AND day <= ? AND outcome IN ({steps_sql}) GROUP BY 1, 2, 3",
        (first.isoformat(), last.isoformat()),
    ):
        counts[item_id][_day(monday)][Outcome(outcome)] = count
    changes: dict[int, list[Adjustment]] = defaultdict(list)
    for row in (
        AdjustmentRow.select()
        .where(
            (AdjustmentRow.made_at >= datetime.combine(first, time.min))
            & (AdjustmentRow.made_at < datetime.combine(last + timedelta(days=1), time.min))
        )
        .order_by(AdjustmentRow.made_at, AdjustmentRow.id)
    ):
        changes[row.item_id].append(adjustment_of(row))
    items = execute("SELECT id, title, status FROM plan_item ORDER BY position, id")
    steps = []
    for item_id, title, status in items:
        weeks = counts.get(item_id, {})
        if Status(status) is Status.RETIRED and not weeks and not changes.get(item_id):
            continue
        steps.append(
            StepAcross(
                item_id=item_id,
                title=title,
                status=Status(status),
                weeks=tuple(
                    StepWeek(
                        week,
                        tuple((o, weeks[week][o]) for o in STEP_OUTCOMES if o in weeks[week]),
                    )
                    for week in sorted(weeks)
                ),
                adjustments=tuple(changes.get(item_id, ())),
            )
        )
    steps.sort(key=lambda s: s.status is Status.RETIRED)
    return steps


def _reasons(first: date, last: date) -> list[ReasonCount]:
    asks = ",".join(f"'{o}'" for o in Outcome if o.asks_what_got_in_the_way)
    by_reason: dict[Reason, list[tuple[date, int]]] = defaultdict(list)
    for reason, monday, count in execute(
        f"SELECT r.reason, {_WEEK.format('c.day')}, COUNT(*) FROM check_in_reason r "
        f"JOIN check_in c ON c.id = r.check_in_id "
        f"WHERE c.day >= ? AND c.day <= ? AND c.outcome IN ({asks}) GROUP BY 1, 2 ORDER BY 2",
        (first.isoformat(), last.isoformat()),
    ):
        by_reason[Reason(reason)].append((_day(monday), count))
    found = [
        ReasonCount(
            reason=reason,
            count=sum(n for _w, n in weeks),
            by_week=tuple(weeks),
            most_in=max(weeks, key=lambda p: (p[1], -p[0].toordinal()))[0],
        )
        for reason, weeks in by_reason.items()
    ]
    found.sort(key=lambda r: (-r.count, list(Reason).index(r.reason)))
    return found


def _mood_with_step(first: date, last: date, shareable_only: bool) -> list[Observation]:
    steps_sql = ",".join(f"'{o}'" for o in STEP_OUTCOMES)
    rows = execute(
        f"SELECT p.title, COUNT(*), SUM(m.mood >= {OKAY}) FROM check_in c "
        f"JOIN plan_item p ON p.id = c.item_id "
        f"JOIN (SELECT day, AVG(mood) AS mood FROM journal_entry "
        f"      WHERE day >= ? AND day <= ? AND mood IS NOT NULL AND {_entries(shareable_only)}"
        f"      GROUP BY day) m ON m.day = c.day "
        f"WHERE c.day >= ? AND c.day <= ? AND c.outcome IN ({steps_sql}) "
        f"GROUP BY c.item_id ORDER BY COUNT(*) DESC, p.position",
        (first.isoformat(), last.isoformat()) * 2,
    )
    return [
        Observation("mood_with_step", (title, OKAY, okay, days))
        for title, days, okay in rows
        if days >= MOOD_WITH_STEP_MIN_DAYS and okay * 2 >= days
    ]


def _smaller_or_full(first: date, last: date) -> list[Observation]:
    found = []
    for title, month, done, smaller in execute(
        "SELECT p.title, substr(c.day, 1, 7), SUM(c.outcome = ?), SUM(c.outcome = ?) "
        "FROM check_in c JOIN plan_item p ON p.id = c.item_id "
        "WHERE c.day >= ? AND c.day <= ? AND p.smaller_version != '' GROUP BY c.item_id, 2 "
        "ORDER BY 2, p.position",
        (str(Outcome.DONE), str(Outcome.SMALLER), first.isoformat(), last.isoformat()),
    ):
        if done + smaller < SMALLER_MIN_CHECK_INS or done == smaller:
            continue
        kind = "smaller_more_often" if smaller > done else "full_more_often"
        found.append(Observation(kind, (title, date.fromisoformat(f"{month}-01"))))
    return found


def _most_weeks(steps: list[StepAcross], weeks: int) -> list[Observation]:
    if weeks < STEP_MIN_WEEKS:
        return []
    return [
        Observation("step_most_weeks", (step.title, len(step.weeks), weeks))
        for step in sorted(steps, key=lambda s: -len(s.weeks))
        if len(step.weeks) >= STEP_MIN_PRESENT and len(step.weeks) * 2 >= weeks
    ]


def looking_back(first: date, last: date, *, shareable_only: bool = False) -> Stretch:
    """The stretch from first to last (inclusive), summed up; see the module's docstring."""
    days, weeks = _measures(first, last, shareable_only)
    steps = _steps(first, last)
    seen = [
        *_mood_with_step(first, last, shareable_only),
        *_smaller_or_full(first, last),
        *_most_weeks(steps, len(weeks)),
    ]
    return Stretch(
        first=first,
        last=last,
        days=tuple(days),
        weeks=tuple(weeks),
        steps=tuple(steps),
        reasons=tuple(_reasons(first, last)),
        observations=tuple(seen[:MAX_OBSERVATIONS]),
    )


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text for pyside6-lupdate in a context; returns it unchanged (no Qt here)."""
    return text


# The words of each kind of observation (English; the app translates them in the context
# "looking_back"): %1, %2... are its values, said by ``observation_text``.
OBSERVATION_TEXTS = {
    "mood_with_step": QT_TRANSLATE_NOOP(
        "looking_back", "On days with “%1”, mood was “%2” or better on %3 of %4"
    ),
    "smaller_more_often": QT_TRANSLATE_NOOP(
        "looking_back",
        "With “%1”, the smaller version was chosen more often than the full step in %2",
    ),
    "full_more_often": QT_TRANSLATE_NOOP(
        "looking_back",
        "With “%1”, the full step was chosen more often than the smaller version in %2",
    ),
    "step_most_weeks": QT_TRANSLATE_NOOP("looking_back", "“%1” showed up in %2 of the %3 weeks"),
}


def observation_text(
    observation: Observation,
    *,
    translate: Callable[[str, str], str] = lambda _context, text: text,
    mood: Callable[[int], str] = str,
    month: Callable[[date], str] = lambda day: f"{day:%B %Y}",
) -> str:
    """An observation in words: translate translates the text, mood names a level, month a
    month."""
    values: list[str] = []
    for value in observation.values:
        values.append(str(value))
    if observation.kind == "mood_with_step":
        values[1] = mood(int(observation.values[1]))
    elif observation.kind in ("smaller_more_often", "full_more_often"):
        values[1] = month(observation.values[1])
    text = translate("looking_back", OBSERVATION_TEXTS[observation.kind])
    # Each %n once, left to right: a title holding "%2" stays as typed.
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


def days_written(first: date, last: date) -> dict[date, float | None]:
    """The days from first to last with an entry (not in the trash), each with its mean mood
    (None where none was written): what the journal's calendar marks."""
    return {
        _day(day): mood
        for day, mood in execute(
            "SELECT day, AVG(mood) FROM journal_entry "
            "WHERE day >= ? AND day <= ? AND deleted_at IS NULL GROUP BY day",
            (first.isoformat(), last.isoformat()),
        )
    }
