"""The gentle reminder's rules (desktop/reminders.py), on a clock a test sets: once a day, quiet
after a check-in or an entry, "not today", the computer asleep at the time, daylight saving in
Berlin (2026-03-29 and 2026-10-25) and a move to another time zone."""

from __future__ import annotations

import os
import time as system_time
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop import clock, reminders
from desktop.reminders import Answer, ReminderSettings, is_due, next_nudge, nudge_text, wait
from desktop.reports.words import english

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
ON = ReminderSettings(on=True, at=time(19, 0))
THURSDAY = date(2026, 11, 26)


def _at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def _next(
    settings: ReminderSettings = ON,
    *,
    now: datetime,
    last_shown: date | None = None,
    stepped_today: bool = False,
    not_today: date | None = None,
) -> Answer:
    return next_nudge(
        settings, last_shown=last_shown, stepped_today=stepped_today, not_today=not_today, now=now
    )


def _utc(moment: datetime | None) -> datetime:
    assert moment is not None
    return moment.astimezone(UTC)


def test_off_until_the_person_turns_it_on() -> None:
    assert ReminderSettings().on is False
    assert _next(ReminderSettings(), now=_at(THURSDAY, 9)) == Answer(None)


def test_the_nudge_comes_at_the_chosen_time_today() -> None:
    answer = _next(now=_at(THURSDAY, 9))
    assert answer == Answer(_at(THURSDAY, 19))
    assert not is_due(answer, _at(THURSDAY, 9))
    assert is_due(answer, _at(THURSDAY, 19))


def test_at_most_one_a_day() -> None:
    shown = _next(now=_at(THURSDAY, 19, 1), last_shown=THURSDAY)
    assert shown == Answer(_at(THURSDAY + timedelta(days=1), 19))


def test_none_after_a_check_in_or_an_entry_that_day() -> None:
    answer = _next(now=_at(THURSDAY, 9), stepped_today=True)
    assert answer == Answer(_at(THURSDAY + timedelta(days=1), 19))  # and nothing said of today


def test_not_today_silences_it_until_tomorrow() -> None:
    assert _next(now=_at(THURSDAY, 9), not_today=THURSDAY).at == _at(date(2026, 11, 27), 19)
    # Yesterday's "not today" is over.
    assert _next(now=_at(THURSDAY, 9), not_today=THURSDAY - timedelta(days=1)).at == _at(
        THURSDAY, 19
    )


def test_only_on_the_days_chosen() -> None:
    weekends = ReminderSettings(on=True, at=time(10, 0), days=frozenset({5, 6}))
    assert _next(weekends, now=_at(THURSDAY, 9)).at == _at(date(2026, 11, 28), 10)  # Saturday
    assert _next(ReminderSettings(on=True, days=frozenset()), now=_at(THURSDAY, 9)).at is None


def test_a_little_late_is_still_shown() -> None:
    # The app was busy for a moment when the time came.
    answer = _next(now=_at(THURSDAY, 19, 4))
    assert is_due(answer, _at(THURSDAY, 19, 4)) and not answer.passed


def test_a_time_passed_asleep_is_one_quiet_line_never_a_late_nudge() -> None:
    woke = _at(THURSDAY, 22, 30)  # the computer slept from 18:00 to 22:30
    answer = _next(now=woke)
    assert answer.passed
    assert not is_due(answer, woke)
    assert answer.at == _at(date(2026, 11, 27), 19)
    # The line was said (it counts as the day's one): nothing more today.
    assert _next(now=woke, last_shown=THURSDAY) == Answer(_at(date(2026, 11, 27), 19))


def test_days_switched_off_are_never_caught_up() -> None:
    # Off since Monday: opened on Thursday morning, before the time, nothing is owed.
    assert _next(now=_at(THURSDAY, 8), last_shown=date(2026, 11, 22)) == Answer(_at(THURSDAY, 19))


def test_a_quiet_day_has_no_line_either() -> None:
    assert not _next(now=_at(THURSDAY, 22), stepped_today=True).passed
    assert not _next(now=_at(THURSDAY, 22), not_today=THURSDAY).passed


def test_spring_forward_a_0230_nudge_comes_once_at_0330() -> None:
    spring = date(2026, 3, 29)  # in Berlin the clocks go from 02:00 to 03:00
    at_0230 = ReminderSettings(on=True, at=time(2, 30))
    evening_before = _at(spring - timedelta(days=1), 20)
    answer = _next(at_0230, now=evening_before)
    assert _utc(answer.at) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 CEST
    assert answer.at is not None and answer.at.hour == 3
    after_change = _at(spring, 3, 31)
    on_time = _next(at_0230, now=after_change)
    assert is_due(on_time, after_change) and not on_time.passed
    shown = _next(at_0230, now=after_change, last_shown=spring)
    assert shown.at == _at(spring + timedelta(days=1), 2, 30)


def test_fall_back_a_0230_nudge_comes_once_at_its_first_passing() -> None:
    autumn = date(2026, 10, 25)  # 02:00-03:00 happens twice in Berlin
    at_0230 = ReminderSettings(on=True, at=time(2, 30))
    answer = _next(at_0230, now=_at(autumn, 1))
    assert _utc(answer.at) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # CEST
    second_0230 = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(BERLIN)
    assert second_0230.hour == 2 and second_0230.fold == 1
    again = _next(at_0230, now=second_0230, last_shown=autumn)
    assert not is_due(again, second_0230)
    assert again.at == _at(autumn + timedelta(days=1), 2, 30)


def test_across_the_change_the_nudge_keeps_the_hour_not_the_24_hours() -> None:
    evening = ReminderSettings(on=True, at=time(19, 0))
    saturday = date(2026, 3, 28)
    first = _next(evening, now=_at(saturday, 9)).at
    second = _next(evening, now=_at(saturday, 19, 1), last_shown=saturday).at
    assert first is not None and second is not None
    assert second.hour == 19 and _utc(second) - _utc(first) == timedelta(hours=23)
    # Waiting is counted in real time, and never longer than LOOK_AGAIN at once.
    assert wait(Answer(second), _at(saturday, 19, 1)) == reminders.LOOK_AGAIN
    assert wait(Answer(second), _at(date(2026, 3, 29), 18, 58)) == timedelta(minutes=2)


def test_a_move_to_another_time_zone_keeps_the_local_hour() -> None:
    in_berlin = _next(now=_at(THURSDAY, 9))
    assert _utc(in_berlin.at) == datetime(2026, 11, 26, 18, 0, tzinfo=UTC)
    # Landed in New York at 10:00 local (16:00 in Berlin): 19:00 there, not 19:00 Berlin.
    landed = _at(THURSDAY, 10, zone=NEW_YORK)
    in_new_york = _next(now=landed)
    assert in_new_york.at == _at(THURSDAY, 19, zone=NEW_YORK)
    assert _utc(in_new_york.at) == datetime(2026, 11, 27, 0, 0, tzinfo=UTC)
    assert not is_due(in_new_york, landed) and not in_new_york.passed
    # Shown in Berlin today: still today in New York, so no second one.
    assert _next(now=landed, last_shown=THURSDAY).at == _at(date(2026, 11, 27), 19, zone=NEW_YORK)


def test_a_time_without_its_zone_is_refused() -> None:
    with pytest.raises(ValueError):
        _next(now=datetime(2026, 11, 26, 9, 0))


def test_the_words_are_the_chosen_ones_and_nothing_else() -> None:
    quiet = ReminderSettings(on=True, words="quiet")
    assert nudge_text(quiet, english) == "A quiet minute, if you'd like one."
    with_plan = ReminderSettings(on=True, words="quiet", may_mention_plan=True)
    assert nudge_text(with_plan, english) == (
        "A quiet minute, if you'd like one. Your plan is there, one small step at a time."
    )
    every = [
        nudge_text(ReminderSettings(words=key, may_mention_plan=True), english)
        for key, _ in reminders.WORDS
    ]
    assert len(set(every)) == len(reminders.WORDS)
    for text in every:  # they show on lock screens
        for word in ("therapy", "therapist", "missed", "failed", "streak", "you didn't"):
            assert word not in text.lower()


def test_the_settings_survive_a_settings_file_and_garbage_in_it() -> None:
    chosen = ReminderSettings(
        on=True,
        at=time(7, 45),
        days=frozenset({0, 2, 4}),
        words="breathe",
        may_mention_plan=True,
        start_at_login=True,
    )
    assert ReminderSettings.from_values(chosen.to_values()) == chosen
    assert ReminderSettings.from_values({}) == ReminderSettings()
    odd = ReminderSettings.from_values(
        {"on": "maybe", "at": "25:99", "days": "1,x,9", "words": "?"}
    )
    assert odd == ReminderSettings(days=frozenset({1}))
    assert ReminderSettings.from_values({"on": True, "days": ""}).days == frozenset()


@pytest.fixture
def berlin_system_zone() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    system_time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        system_time.tzset()


@pytest.mark.skipif(not hasattr(system_time, "tzset"), reason="time.tzset is Unix-only")
@pytest.mark.usefixtures("berlin_system_zone")
def test_the_computers_zone_follows_its_daylight_saving_rules() -> None:
    clock.freeze(datetime(2026, 3, 28, 20, 0))
    now = reminders.local_now()
    assert now.utcoffset() == timedelta(hours=1)
    at_0230 = ReminderSettings(on=True, at=time(2, 30))
    answer = _next(at_0230, now=now)
    assert _utc(answer.at) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    clock.freeze(datetime(2026, 3, 29, 3, 31))  # what the computer's clock says after the change
    assert is_due(answer, reminders.local_now())
    clock.freeze(datetime(2026, 10, 25, 2, 30))  # the first 02:30 of the autumn night
    assert reminders.local_now().utcoffset() == timedelta(hours=2)
