"""The gentle reminder's settings and its schedule: plain code, no Qt, on the one clock.

The rules (issue 17, PRODUCT.md "never more than the person asked for"): off until turned on; at
most one nudge a day, on the days chosen, at the time chosen; none once the person has checked
in or written that day; "not today" silences it until tomorrow; a moment that passed while the
computer was off or asleep is never fired late, it becomes at most one quiet line in the app.
Times are wall-clock times in the person's zone, so daylight saving and a move to another zone
keep the nudge at the hour they chose. The words never carry what the person wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from desktop import clock


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text for translation (pyside6-lupdate finds it by this name); returns it."""
    return text


CONTEXT = "reminders"

#: The nudge's words, chosen from these few (key, text): calm, and about nobody's data.
WORDS: tuple[tuple[str, str], ...] = (
    ("moment", QT_TRANSLATE_NOOP("reminders", "A moment for yourself?")),
    ("quiet", QT_TRANSLATE_NOOP("reminders", "A quiet minute, if you'd like one.")),
    ("here", QT_TRANSLATE_NOOP("reminders", "Between Sessions is here when you want it.")),
    ("breathe", QT_TRANSLATE_NOOP("reminders", "Time for a breath, and a look at your day?")),
)
#: Added only when the person allowed the nudge to mention the plan (never an item's title).
PLAN_LINE = QT_TRANSLATE_NOOP("reminders", "Your plan is there, one small step at a time.")

#: A nudge this late (the app was busy, the timer a little slow) is still shown; later than
#: this, the moment went by while the computer was off or asleep.
STILL_ON_TIME = timedelta(minutes=5)
#: The longest the app waits before looking again: timers don't count the time a computer
#: sleeps, and the zone or the clock can change under them.
LOOK_AGAIN = timedelta(minutes=5)

EVERY_DAY = frozenset(range(7))  # 0 is Monday, as date.weekday()


@dataclass(frozen=True)
class ReminderSettings:
    """What the person chose; the default is off."""

    on: bool = False
    at: time = time(19, 0)
    days: frozenset[int] = field(default=EVERY_DAY)
    words: str = WORDS[0][0]
    may_mention_plan: bool = False
    start_at_login: bool = False

    def to_values(self) -> dict[str, str]:
        """As plain strings, for a settings file."""
        return {
            "on": _flag(self.on),
            "at": self.at.strftime("%H:%M"),
            "days": ",".join(str(day) for day in sorted(self.days)),
            "words": self.words,
            "may_mention_plan": _flag(self.may_mention_plan),
            "start_at_login": _flag(self.start_at_login),
        }

    @classmethod
    def from_values(cls, values: Mapping[str, object]) -> ReminderSettings:
        """Read back to_values(); anything missing or unreadable keeps its default."""
        default = cls()
        try:
            at = time.fromisoformat(str(values.get("at", "")))
        except ValueError:
            at = default.at
        days = default.days
        if "days" in values:
            parts = str(values["days"]).split(",")
            days = frozenset(int(p) for p in parts if p.strip().isdigit() and int(p) < 7)
        words = str(values.get("words", default.words))
        return cls(
            on=_read_flag(values.get("on"), default.on),
            at=at.replace(second=0, microsecond=0, tzinfo=None),
            days=days,
            words=words if words in dict(WORDS) else default.words,
            may_mention_plan=_read_flag(values.get("may_mention_plan"), False),
            start_at_login=_read_flag(values.get("start_at_login"), False),
        )


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _read_flag(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "1"):
        return True
    if str(value).lower() in ("false", "0"):
        return False
    return default


@dataclass(frozen=True)
class Answer:
    """When to nudge next, and whether today's moment went by unseen."""

    #: The next nudge (in now's zone); at or before now means: show it now. None: none due.
    at: datetime | None
    #: Today's moment passed while the computer was off or asleep (or the app closed): say one
    #: quiet line in the app instead, never a late notification.
    passed: bool = False


def next_nudge(
    settings: ReminderSettings,
    *,
    last_shown: date | None,
    stepped_today: bool,
    not_today: date | None,
    now: datetime,
) -> Answer:
    """The next moment to nudge, from now (an aware time: its zone is the person's)."""
    if now.tzinfo is None:
        raise ValueError("now needs its time zone (see local_now)")
    if not settings.on or not settings.days:
        return Answer(None)
    zone = now.tzinfo
    today = now.date()
    quiet_today = last_shown == today or stepped_today or not_today == today
    passed = False
    if not quiet_today and today.weekday() in settings.days:
        moment = _moment(today, settings.at, zone)
        if _utc(now) <= _utc(moment) + STILL_ON_TIME:
            return Answer(moment)
        passed = True
    for ahead in range(1, 8):
        day = today + timedelta(days=ahead)
        if day.weekday() in settings.days:
            return Answer(_moment(day, settings.at, zone), passed)
    return Answer(None, passed)  # (unreachable: some day of the next seven is chosen)


def _utc(moment: datetime) -> datetime:
    # Aware times that share a zone object compare by their wall clock, not their instant:
    # across a daylight-saving change that is an hour wrong. Compare in UTC.
    return moment.astimezone(UTC)


def _moment(day: date, at: time, zone: tzinfo) -> datetime:
    """day at the wall-clock time at, in zone. A time the clocks skip (02:30 on a spring
    morning) is the same time after the change (03:30); one they repeat, its first passing."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC).astimezone(zone)


def is_due(answer: Answer, now: datetime) -> bool:
    """Whether the nudge is to be shown now."""
    return answer.at is not None and _utc(answer.at) <= _utc(now)


def wait(answer: Answer, now: datetime) -> timedelta:
    """How long to wait before looking again (never longer than LOOK_AGAIN)."""
    if answer.at is None:
        return LOOK_AGAIN
    return max(timedelta(0), min(_utc(answer.at) - _utc(now), LOOK_AGAIN))


def nudge_text(settings: ReminderSettings, translate: Callable[[str, str], str]) -> str:
    """The nudge's words, in the person's language: the chosen line, and the plan line only
    when allowed. Nothing the person wrote, no title, no word about therapy."""
    text = translate(CONTEXT, dict(WORDS).get(settings.words, WORDS[0][1]))
    if settings.may_mention_plan:
        text = f"{text} {translate(CONTEXT, PLAN_LINE)}"
    return text


class SystemZone(tzinfo):
    """The computer's own time zone with its daylight-saving rules (what the system's local
    time does), for a clock that gives local wall-clock times."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return _system_offset(dt)

    def dst(self, dt: datetime | None) -> timedelta | None:
        naive = (dt or datetime(2000, 1, 1)).replace(tzinfo=None)
        return naive.astimezone().dst()

    def tzname(self, dt: datetime | None) -> str | None:
        naive = (dt or datetime(2000, 1, 1)).replace(tzinfo=None)
        return naive.astimezone().tzname()

    def fromutc(self, dt: datetime) -> datetime:
        local = dt.replace(tzinfo=UTC).astimezone()  # the system's local time
        wall = local.replace(tzinfo=None)
        fold = 0 if wall.astimezone().utcoffset() == local.utcoffset() else 1
        return wall.replace(tzinfo=self, fold=fold)


def _system_offset(dt: datetime | None) -> timedelta:
    naive = (dt or datetime(2000, 1, 1)).replace(tzinfo=None)
    return naive.astimezone().utcoffset() or timedelta(0)


SYSTEM_ZONE = SystemZone()


def local_now() -> datetime:
    """The one clock's now, with the computer's zone attached."""
    return clock.now().replace(tzinfo=SYSTEM_ZONE)
