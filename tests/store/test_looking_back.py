"""Looking back: the aggregates of a known stretch (gaps stay gaps), and the things you might
notice, said only above their minimums and never about what didn't happen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop import clock
from desktop.reports.words import Words
from desktop.store import journal, plan
from desktop.store import looking_back as lb
from desktop.store.records import Change, EntryFields, Outcome, Reason

MONDAY = date(2026, 10, 5)  # the stretch: four weeks from Monday 5 October
LAST = MONDAY + timedelta(days=27)
#: Words no observation may hold: absences, comparisons downwards, judgement, advice.
NEVER_SAID = (
    "didn't",
    "did not",
    "fewer",
    "less",
    "missed",
    "failed",
    "only",
    "should",
    "not ",
    "never",
    "streak",
    "better try",
    "worse",
    "no ",
)


def _on(day: date) -> None:
    clock.freeze(datetime.combine(day, time(20, 0)))


def _entry(day: date, mood: int | None, energy: int | None = None, **more: object) -> int:
    _on(day)
    return journal.save_entry(
        None,
        EntryFields(day=day, body="words", mood=mood, energy=energy, **more),  # type: ignore[arg-type]
    ).id


def test_mood_and_energy_by_day_and_week_leave_gaps_as_gaps(store: Path) -> None:
    _entry(MONDAY, 2)
    _entry(MONDAY, 4, 3)
    _entry(MONDAY + timedelta(days=2), None, 5)  # energy alone
    _entry(MONDAY + timedelta(days=8), 5, 1)
    _entry(MONDAY + timedelta(days=9), 1, private=True)
    gone = _entry(MONDAY + timedelta(days=10), 1, 1)
    journal.delete_entry(gone)
    _entry(MONDAY - timedelta(days=1), 1, 1)  # the day before the stretch

    stretch = lb.looking_back(MONDAY, LAST)

    assert len(stretch.days) == 28
    by_day = {d.start: (d.mood, d.energy) for d in stretch.days}
    assert by_day[MONDAY] == (3.0, 3.0)
    assert by_day[MONDAY + timedelta(days=1)] == (None, None)  # nothing written: a gap, not 0
    assert by_day[MONDAY + timedelta(days=2)] == (None, 5.0)
    assert by_day[MONDAY + timedelta(days=9)] == (1.0, None)  # private: on the person's page
    assert by_day[MONDAY + timedelta(days=10)] == (None, None)  # in the trash
    assert [(w.start, w.mood, w.energy) for w in stretch.weeks] == [
        (MONDAY, 3.0, 4.0),
        (MONDAY + timedelta(days=7), 3.0, 1.0),
        (MONDAY + timedelta(days=14), None, None),
        (MONDAY + timedelta(days=21), None, None),
    ]

    shared = lb.looking_back(MONDAY, LAST, shareable_only=True)
    assert {d.start: d.mood for d in shared.days}[MONDAY + timedelta(days=9)] is None
    assert shared.weeks[1].mood == 5.0


def test_each_steps_outcomes_by_week_and_its_adjustments(store: Path) -> None:
    _on(MONDAY - timedelta(days=30))
    walk = plan.add_item("A short walk", smaller_version="To the corner")
    plan.add_item("Nothing yet")
    for offset, outcome in (
        (0, Outcome.DONE),
        (1, Outcome.SMALLER),
        (2, Outcome.NOT_TODAY),  # not a step taken: not a mark
        (3, Outcome.RESTED),
        (4, Outcome.DONE),
        (8, Outcome.TRIED),
        (9, Outcome.THOUGHT),
        (40, Outcome.DONE),  # after the stretch
    ):
        plan.check_in(walk.id, MONDAY + timedelta(days=offset), outcome)
    _on(MONDAY + timedelta(days=10))
    plan.adjust_item(walk.id, smaller_version="Out of the door", note="Smaller still")
    _on(LAST + timedelta(days=3))
    plan.adjust_item(walk.id, smaller_version="Later")  # after the stretch

    stretch = lb.looking_back(MONDAY, LAST)

    first, second = stretch.steps
    assert first.title == "A short walk"
    assert [(w.week, w.counts) for w in first.weeks] == [
        (MONDAY, ((Outcome.DONE, 2), (Outcome.SMALLER, 1))),
        (MONDAY + timedelta(days=7), ((Outcome.TRIED, 1), (Outcome.THOUGHT, 1))),
    ]
    assert [(a.change, a.after, a.made_at.date()) for a in first.adjustments] == [
        (Change.SMALLER_VERSION, "Out of the door", MONDAY + timedelta(days=10))
    ]
    assert second.title == "Nothing yet" and second.weeks == () and second.adjustments == ()


def test_what_got_in_the_way_by_week_with_counts(store: Path) -> None:
    walk = plan.add_item("A short walk")
    write = plan.add_item("Write")
    plan.check_in(walk.id, MONDAY + timedelta(days=1), Outcome.NOT_TODAY, reasons=[Reason.OVERLOAD])
    plan.check_in(walk.id, MONDAY + timedelta(days=8), Outcome.THOUGHT, reasons=[Reason.OVERLOAD])
    plan.check_in(
        walk.id,
        MONDAY + timedelta(days=9),
        Outcome.TRIED,
        reasons=[Reason.OVERLOAD, Reason.TOO_BIG],
    )
    # Kept from an earlier outcome under a step done: not what got in the way.
    plan.check_in(
        write.id, MONDAY + timedelta(days=1), Outcome.NOT_TODAY, reasons=[Reason.OVERLOAD]
    )
    plan.check_in(write.id, MONDAY + timedelta(days=1), Outcome.DONE)

    reasons = lb.looking_back(MONDAY, LAST).reasons

    assert [(r.reason, r.count, r.by_week, r.most_in) for r in reasons] == [
        (
            Reason.OVERLOAD,
            3,
            ((MONDAY, 1), (MONDAY + timedelta(days=7), 2)),
            MONDAY + timedelta(days=7),
        ),
        (Reason.TOO_BIG, 1, ((MONDAY + timedelta(days=7), 1),), MONDAY + timedelta(days=7)),
    ]


def _walks_with_moods(days: int, okay_days: int) -> None:
    walk = plan.add_item("A walk")
    for offset in range(days):
        day = MONDAY + timedelta(days=offset)
        plan.check_in(walk.id, day, Outcome.DONE)
        _entry(day, 4 if offset < okay_days else 2)


def _kinds(stretch: lb.Stretch) -> list[str]:
    return [o.kind for o in stretch.observations]


def test_mood_on_days_with_a_step_is_said_from_eight_days(store: Path) -> None:
    _walks_with_moods(7, 7)
    assert "mood_with_step" not in _kinds(lb.looking_back(MONDAY, LAST))
    day = MONDAY + timedelta(days=7)
    plan.check_in(plan.list_items()[0].id, day, Outcome.SMALLER)
    _entry(day, 5)
    stretch = lb.looking_back(MONDAY, LAST)
    seen = [o for o in stretch.observations if o.kind == "mood_with_step"]
    assert [lb.observation_text(o, mood=Words().mood) for o in seen] == [
        "On days with “A walk”, mood was “Okay” or better on 8 of 8"
    ]


def test_mood_on_days_with_a_step_is_said_only_about_what_was_there(store: Path) -> None:
    _walks_with_moods(10, 4)  # "okay or better" on 4 of 10: not turned into a remark
    assert "mood_with_step" not in _kinds(lb.looking_back(MONDAY, LAST))


def test_smaller_or_full_step_is_said_from_six_check_ins_in_a_month(store: Path) -> None:
    walk = plan.add_item("A walk", smaller_version="To the corner")
    for offset in range(5):
        plan.check_in(walk.id, MONDAY + timedelta(days=offset), Outcome.SMALLER)
    assert "smaller_more_often" not in _kinds(lb.looking_back(MONDAY, LAST))
    plan.check_in(walk.id, MONDAY + timedelta(days=5), Outcome.DONE)
    stretch = lb.looking_back(MONDAY, LAST)
    seen = [o for o in stretch.observations if o.kind == "smaller_more_often"]
    assert [lb.observation_text(o) for o in seen] == [
        "With “A walk”, the smaller version was chosen more often than the full step in "
        "October 2026"
    ]
    for offset in range(6, 11):
        plan.check_in(walk.id, MONDAY + timedelta(days=offset), Outcome.DONE)
    assert "full_more_often" in _kinds(lb.looking_back(MONDAY, LAST))


def test_a_step_in_most_weeks_is_said_from_four_weeks(store: Path) -> None:
    walk = plan.add_item("A walk")
    for week in range(3):
        plan.check_in(walk.id, MONDAY + timedelta(days=7 * week), Outcome.THOUGHT)
    three_weeks = lb.looking_back(MONDAY, MONDAY + timedelta(days=20))
    assert "step_most_weeks" not in _kinds(three_weeks)
    stretch = lb.looking_back(MONDAY, LAST)
    assert [lb.observation_text(o) for o in stretch.observations] == [
        "“A walk” showed up in 3 of the 4 weeks"
    ]
    two = plan.add_item("Two weeks")
    for week in range(2):
        plan.check_in(two.id, MONDAY + timedelta(days=7 * week), Outcome.DONE)
    assert len(lb.looking_back(MONDAY, LAST).observations) == 1  # 2 of 4 is under the minimum


def test_an_empty_stretch_says_nothing(store: Path) -> None:
    stretch = lb.looking_back(MONDAY, LAST)
    assert stretch.is_empty()
    assert stretch.observations == () and stretch.reasons == ()
    assert all(d.mood is None and d.energy is None for d in stretch.days)


def test_no_observation_mentions_an_absence_or_a_judgement(store: Path) -> None:
    walk = plan.add_item("A walk", smaller_version="To the corner")
    write = plan.add_item("Write a line")
    for offset in range(28):
        day = MONDAY + timedelta(days=offset)
        plan.check_in(walk.id, day, Outcome.SMALLER if offset % 3 else Outcome.DONE)
        if offset % 2:
            plan.check_in(write.id, day, Outcome.NOT_TODAY, reasons=[Reason.TOO_BIG])
        _entry(day, 3 + offset % 3)
    stretch = lb.looking_back(MONDAY, LAST)
    texts = [lb.observation_text(o, mood=Words().mood) for o in stretch.observations]
    texts += list(lb.OBSERVATION_TEXTS.values())
    assert len(stretch.observations) >= 3
    for text in texts:
        for word in NEVER_SAID:
            assert word not in f" {text.lower()} ", (word, text)


def test_the_days_written_for_the_calendar(store: Path) -> None:
    _entry(MONDAY, 2)
    _entry(MONDAY, 4)
    _entry(MONDAY + timedelta(days=3), None)
    journal.delete_entry(_entry(MONDAY + timedelta(days=4), 5))
    _entry(LAST + timedelta(days=1), 5)
    assert lb.days_written(MONDAY, LAST) == {MONDAY: 3.0, MONDAY + timedelta(days=3): None}
