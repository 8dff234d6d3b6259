"""The action plan as the person uses it: items, check-ins, adjustments, pausing and retiring."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.store import db, plan
from desktop.store.errors import CannotSaveError, DiskTrouble, InputError, ItemNotFound
from desktop.store.models import CheckInReasonRow, CheckInRow, execute
from desktop.store.records import (
    Adjustment,
    Change,
    CheckIn,
    Kind,
    Outcome,
    PlanItem,
    Reason,
    Rhythm,
    Status,
)
from desktop.store.text import FIELD_MAX, TITLE_MAX
from tests.said import raises_saying

pytestmark = pytest.mark.usefixtures("store")

TODAY = date(2024, 6, 12)
YESTERDAY = TODAY - timedelta(days=1)
ALL = list(Status)


def _titles(items: list[PlanItem]) -> list[str]:
    return [i.title for i in items]


def _reopen(path: Path) -> None:
    db.close_database()
    db.open_database(path)


def _changes(item_id: int) -> list[tuple[Change, str, str, str]]:
    return [(a.change, a.before, a.after, a.note) for a in plan.adjustments(item_id)]


# --- items ----------------------------------------------------------------------------------


def test_new_item_is_active_at_the_end_and_can_be_read_back() -> None:
    first = plan.add_item("Walk round the block")
    second = plan.add_item(
        "Write three lines",
        why="So the day has an edge",
        kind=Kind.JOURNALING,
        smaller_version="One line",
    )

    assert first.position < second.position
    assert second.status is Status.ACTIVE
    assert second.kind is Kind.JOURNALING
    assert second.rhythm is Rhythm.DAILY
    assert second.days_per_week is None
    assert second.why == "So the day has an edge"
    assert second.smaller_version == "One line"
    assert isinstance(second.created_at, datetime)
    assert plan.get_item(second.id) == second
    assert plan.list_items() == [first, second]


def test_defaults_for_a_bare_item() -> None:
    item = plan.add_item("Drink water")
    assert (item.kind, item.rhythm, item.why, item.smaller_version) == (
        Kind.OTHER,
        Rhythm.DAILY,
        "",
        "",
    )


def test_list_items_is_in_the_persons_order_and_filters_by_status() -> None:
    a, b, c, d = (plan.add_item(t) for t in "ABCD")
    plan.set_status(b.id, Status.PAUSED)
    plan.set_status(c.id, Status.RETIRED)

    assert _titles(plan.list_items()) == ["A", "B", "D"]  # current: active and paused
    assert _titles(plan.list_items([Status.ACTIVE])) == ["A", "D"]
    assert _titles(plan.list_items([Status.PAUSED])) == ["B"]
    assert _titles(plan.list_items([Status.RETIRED])) == ["C"]
    assert _titles(plan.list_items(ALL)) == ["A", "B", "C", "D"]
    assert _titles(plan.list_items(s for s in [Status.RETIRED, Status.ACTIVE])) == ["A", "C", "D"]
    assert plan.list_items([]) == []
    assert [i.id for i in plan.list_items(ALL)] == [a.id, b.id, c.id, d.id]


def test_edit_item_changes_every_field() -> None:
    item = plan.add_item("Old title", why="old why", kind=Kind.OTHER)

    edited = plan.edit_item(
        item.id,
        title="  New   title ",
        why=" new why\n",
        kind=Kind.CHALLENGING_THOUGHTS,
        rhythm=Rhythm.SOME_DAYS,
        days_per_week=4,
        smaller_version="Notice the thought",
    )

    assert edited.title == "New title"
    assert edited.why == "new why"
    assert edited.kind is Kind.CHALLENGING_THOUGHTS
    assert (edited.rhythm, edited.days_per_week) == (Rhythm.SOME_DAYS, 4)
    assert edited.smaller_version == "Notice the thought"
    assert edited.position == item.position
    assert edited.created_at == item.created_at
    assert plan.get_item(item.id) == edited


def test_edit_item_logs_rhythm_and_smaller_version_changes_only() -> None:
    item = plan.add_item("Call my sister", smaller_version="Text her")

    plan.edit_item(
        item.id, title="Call Sam", why="She asked", kind=Kind.BOUNDARIES,
        rhythm=Rhythm.DAILY, smaller_version="Text her",
    )  # fmt: skip
    assert plan.adjustments(item.id) == []  # title, why and kind are not adjustments

    plan.edit_item(
        item.id, title="Call Sam", why="She asked", kind=Kind.BOUNDARIES,
        rhythm=Rhythm.SOME_DAYS, days_per_week=2, smaller_version="Send a voice note",
    )  # fmt: skip
    assert sorted(_changes(item.id)) == sorted(
        [
            (Change.RHYTHM, "daily", "some_days:2", ""),
            (Change.SMALLER_VERSION, "Text her", "Send a voice note", ""),
        ]
    )


def test_failed_edit_changes_nothing() -> None:
    item = plan.add_item("Stretch", smaller_version="One stretch")

    with pytest.raises(InputError):
        plan.edit_item(
            item.id, title="Stretch", why="", kind=Kind.SELF_CARE,
            rhythm=Rhythm.SOME_DAYS, days_per_week=7, smaller_version="Two stretches",
        )  # fmt: skip
    with pytest.raises(InputError):
        plan.edit_item(
            item.id, title="   ", why="", kind=Kind.SELF_CARE,
            rhythm=Rhythm.DAILY, smaller_version="Two stretches",
        )  # fmt: skip

    assert plan.get_item(item.id) == item
    assert plan.adjustments(item.id) == []


# --- text as the person typed it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Walk outside  ", "Walk outside"),
        ("Walk\t\toutside\n\nslowly", "Walk outside slowly"),
        ("\u00a0Walk\u3000outside\u2003", "Walk outside"),  # no-break and wide spaces
        ("Wa\x00lk out\ud800side", "Walk outside"),  # NUL and a lone surrogate
        ("\udfffWalk outside\x00", "Walk outside"),
    ],
)
def test_titles_are_trimmed_collapsed_and_cleaned(typed: str, kept: str) -> None:
    assert plan.add_item(typed).title == kept


@pytest.mark.parametrize("typed", ["", "   ", "\n\t", "\x00", "\ud800 \x00", "\u2003"])
def test_empty_title_is_refused_and_nothing_is_added(typed: str) -> None:
    with raises_saying(InputError, "title"):
        plan.add_item(typed)
    assert plan.list_items(ALL) == []


def test_overlong_text_is_refused_with_a_message_and_nothing_is_added() -> None:
    plan.add_item("t" * TITLE_MAX)  # exactly at the limit is fine
    with raises_saying(InputError, "shorten"):
        plan.add_item("t" * (TITLE_MAX + 1))
    with raises_saying(InputError, "shorten"):
        plan.add_item("Fine title", why="w" * (FIELD_MAX + 1))
    assert len(plan.list_items(ALL)) == 1


UNICODE_SAMPLES = [
    "Breathe 🌬️ and smile 👩🏽‍🦱 🏳️‍🌈",  # variation selectors, skin tone, ZWJ sequences
    "לנשום עמוק ثم الاستراحة",  # right-to-left scripts
    "\u200fמים\u200e and \u202bembedded\u202c",  # bidi marks and embeddings
    "Cafe\u0301 cafe\u0301 n\u0303 a\u0328\u0301",  # combining marks, not to be normalised
    "Z̴̡a̷l̸g̶o̵",  # stacked combining marks
    "日本語のテキスト 𠜎𠜱 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",  # CJK and astral-plane characters
]


@pytest.mark.parametrize("text", UNICODE_SAMPLES)
def test_any_unicode_round_trips_exactly_through_the_file(store: Path, text: str) -> None:
    why = f"{text}\nSecond line\twith a tab and a bell \x07"
    item = plan.add_item(text, why=why, smaller_version=text)
    plan.check_in(item.id, TODAY, Outcome.TRIED, other_reason=text, note=why)
    plan.adjust_item(item.id, smaller_version=f"{text}!", note=text)

    _reopen(store)

    again = plan.get_item(item.id)
    assert again.title == text
    assert again.why == why  # inner newlines, tabs and other characters are kept
    assert again.smaller_version == f"{text}!"
    check_in = plan.check_ins_on(TODAY)[item.id]
    assert (check_in.other_reason, check_in.note) == (text, why)
    [adjustment] = plan.adjustments(item.id)
    assert (adjustment.before, adjustment.after, adjustment.note) == (text, f"{text}!", text)


def test_fields_other_than_the_title_are_trimmed_but_keep_inner_lines() -> None:
    item = plan.add_item("Title", why="  first line\n\n  second line  \n", smaller_version=" x ")
    assert item.why == "first line\n\n  second line"
    assert item.smaller_version == "x"


# --- rhythm ------------------------------------------------------------------------------


def test_some_days_defaults_to_three_days_a_week() -> None:
    item = plan.add_item("Stretch", rhythm=Rhythm.SOME_DAYS)
    assert (item.rhythm, item.days_per_week) == (Rhythm.SOME_DAYS, plan.DEFAULT_DAYS_PER_WEEK)
    assert plan.DEFAULT_DAYS_PER_WEEK == 3


@pytest.mark.parametrize("days", [1, 6])
def test_some_days_accepts_one_to_six(days: int) -> None:
    assert plan.add_item("Stretch", rhythm=Rhythm.SOME_DAYS, days_per_week=days).days_per_week == (
        days
    )


@pytest.mark.parametrize("days", [0, 7, -1])
def test_some_days_refuses_zero_and_seven_and_adds_nothing(days: int) -> None:
    with pytest.raises(InputError):
        plan.add_item("Stretch", rhythm=Rhythm.SOME_DAYS, days_per_week=days)
    assert plan.list_items(ALL) == []


@pytest.mark.parametrize("rhythm", [Rhythm.DAILY, Rhythm.ONCE, Rhythm.WHEN_NEEDED])
def test_days_per_week_only_belongs_to_some_days(rhythm: Rhythm) -> None:
    assert plan.add_item("Stretch", rhythm=rhythm, days_per_week=4).days_per_week is None


def test_rhythm_codes_round_trip() -> None:
    for rhythm, days in [(Rhythm.SOME_DAYS, 4), (Rhythm.DAILY, None), (Rhythm.ONCE, None)]:
        assert plan.parse_rhythm_code(plan.rhythm_code(rhythm, days)) == (rhythm, days)
    assert plan.rhythm_code(Rhythm.SOME_DAYS, 5) == "some_days:5"
    assert plan.rhythm_code(Rhythm.WHEN_NEEDED, None) == "when_needed"


# --- check-ins ------------------------------------------------------------------------------


def test_one_check_in_per_item_per_day_and_changing_it_replaces_it() -> None:
    item = plan.add_item("Walk")
    first = plan.check_in(item.id, TODAY, Outcome.DONE)

    second = plan.check_in(
        item.id, TODAY, Outcome.NOT_TODAY, reasons=[Reason.OVERLOAD], note="Long day"
    )

    assert second.id == first.id
    assert plan.check_ins_on(TODAY) == {item.id: second}
    assert second.outcome is Outcome.NOT_TODAY
    assert second.reasons == {Reason.OVERLOAD}
    assert second.note == "Long day"
    assert CheckInRow.select().count() == 1


def test_reasons_are_replaced_not_added_up() -> None:
    item = plan.add_item("Walk")
    plan.check_in(item.id, TODAY, Outcome.NOT_TODAY, reasons=[Reason.OVERLOAD, Reason.TOO_BIG])

    changed = plan.check_in(item.id, TODAY, Outcome.TRIED, reasons=[Reason.PERFECTIONISM])

    assert changed.reasons == {Reason.PERFECTIONISM}
    assert plan.check_ins_on(TODAY)[item.id].reasons == {Reason.PERFECTIONISM}
    assert CheckInReasonRow.select().count() == 1

    cleared = plan.check_in(item.id, TODAY, Outcome.DONE)
    assert cleared.reasons == frozenset()
    assert not cleared.has_reason
    assert CheckInReasonRow.select().count() == 0


def test_the_same_reason_twice_is_kept_once() -> None:
    item = plan.add_item("Walk")
    check_in = plan.check_in(
        item.id, TODAY, Outcome.NOT_TODAY, reasons=[Reason.TOO_BIG, Reason.TOO_BIG]
    )
    assert check_in.reasons == {Reason.TOO_BIG}
    assert plan.check_ins_on(TODAY)[item.id].reasons == {Reason.TOO_BIG}


def test_what_got_in_the_way_is_optional_and_free_text_counts() -> None:
    item = plan.add_item("Walk")
    plain = plan.check_in(item.id, TODAY, Outcome.RESTED)
    assert not plain.has_reason
    said = plan.check_in(item.id, YESTERDAY, Outcome.NOT_TODAY, other_reason="  Rain  ")
    assert said.other_reason == "Rain"
    assert said.has_reason
    assert said.reasons == frozenset()


def test_check_in_on_an_earlier_day() -> None:
    item = plan.add_item("Walk")
    plan.check_in(item.id, TODAY, Outcome.DONE)

    earlier = plan.check_in(item.id, YESTERDAY, Outcome.SMALLER)

    assert earlier.day == YESTERDAY
    assert plan.check_ins_on(YESTERDAY) == {item.id: earlier}
    assert plan.check_ins_on(TODAY)[item.id].outcome is Outcome.DONE
    assert len(plan.check_ins_between(YESTERDAY, TODAY)) == 2


def test_clearing_a_check_in_returns_it_and_putting_it_back_restores_it() -> None:
    item = plan.add_item("Walk")
    original = plan.check_in(
        item.id,
        YESTERDAY,
        Outcome.NOT_TODAY,
        reasons=[Reason.FEAR_OF_CHANGE, Reason.SELF_SABOTAGE],
        other_reason="Bad news at work",
        note="Tomorrow",
    )

    removed = plan.clear_check_in(item.id, YESTERDAY)

    assert removed == original
    assert plan.check_ins_on(YESTERDAY) == {}
    assert CheckInReasonRow.select().count() == 0  # reasons went with it
    assert plan.clear_check_in(item.id, YESTERDAY) is None

    assert removed is not None
    restored = plan.check_in(
        removed.item_id,
        removed.day,
        removed.outcome,
        reasons=removed.reasons,
        other_reason=removed.other_reason,
        note=removed.note,
    )

    def content(c: CheckIn) -> CheckIn:
        return dataclasses.replace(c, id=0, updated_at=datetime.min)

    assert content(restored) == content(original)
    assert content(plan.check_ins_on(YESTERDAY)[item.id]) == content(original)


def test_clearing_leaves_other_days_and_items_alone() -> None:
    walk, write = plan.add_item("Walk"), plan.add_item("Write")
    plan.check_in(walk.id, TODAY, Outcome.DONE)
    plan.check_in(walk.id, YESTERDAY, Outcome.DONE, reasons=[Reason.OVERLOAD])
    keep = plan.check_in(write.id, TODAY, Outcome.TRIED, reasons=[Reason.TOO_BIG])

    plan.clear_check_in(walk.id, TODAY)

    assert plan.check_ins_on(TODAY) == {write.id: keep}
    assert plan.check_ins_on(YESTERDAY)[walk.id].reasons == {Reason.OVERLOAD}


def test_check_ins_on_a_day_are_keyed_by_item() -> None:
    walk, write, call = (plan.add_item(t) for t in ("Walk", "Write", "Call"))
    plan.check_in(walk.id, TODAY, Outcome.DONE)
    plan.check_in(call.id, TODAY, Outcome.THOUGHT)
    plan.check_in(write.id, YESTERDAY, Outcome.DONE)

    on_today = plan.check_ins_on(TODAY)

    assert set(on_today) == {walk.id, call.id}
    assert on_today[call.id].outcome is Outcome.THOUGHT
    assert plan.check_ins_on(TODAY + timedelta(days=1)) == {}


def test_check_ins_between_includes_both_ends_oldest_first_and_per_item() -> None:
    walk, write = plan.add_item("Walk"), plan.add_item("Write")
    for offset in range(-2, 5):
        plan.check_in(walk.id, TODAY + timedelta(days=offset), Outcome.DONE)
    plan.check_in(write.id, TODAY, Outcome.TRIED)
    plan.check_in(write.id, TODAY + timedelta(days=2), Outcome.TRIED)
    plan.check_in(write.id, TODAY + timedelta(days=3), Outcome.TRIED)

    last = TODAY + timedelta(days=2)
    found = plan.check_ins_between(TODAY, last)
    assert [(c.day, c.item_id) for c in found] == [
        (TODAY, walk.id),
        (TODAY, write.id),
        (TODAY + timedelta(days=1), walk.id),
        (last, walk.id),
        (last, write.id),
    ]
    assert [c.day for c in plan.check_ins_between(TODAY, last, item_id=write.id)] == [TODAY, last]
    assert [c.day for c in plan.check_ins_between(TODAY, TODAY, walk.id)] == [TODAY]
    assert plan.check_ins_between(last, TODAY) == []


def test_check_ins_between_carries_reasons() -> None:
    item = plan.add_item("Walk")
    plan.check_in(item.id, TODAY, Outcome.NOT_TODAY, reasons=[Reason.OVERLOAD, Reason.TOO_BIG])
    [found] = plan.check_ins_between(TODAY, TODAY)
    assert found.reasons == {Reason.OVERLOAD, Reason.TOO_BIG}


def test_bad_check_in_changes_nothing() -> None:
    item = plan.add_item("Walk")
    before = plan.check_in(item.id, TODAY, Outcome.DONE, reasons=[Reason.TOO_BIG], note="ok")

    with pytest.raises(InputError):
        plan.check_in(item.id, TODAY, Outcome.TRIED, note="n" * (FIELD_MAX + 1))
    with pytest.raises(ValueError):
        plan.check_in(item.id, TODAY, "not_an_outcome")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        plan.check_in(item.id, TODAY, Outcome.TRIED, reasons=["not_a_reason"])  # type: ignore[list-item]

    assert plan.check_ins_on(TODAY) == {item.id: before}


def test_which_outcomes_count_as_a_step() -> None:
    steps = {o for o in Outcome if o.is_step}
    assert steps == {Outcome.DONE, Outcome.SMALLER, Outcome.TRIED, Outcome.THOUGHT}


# --- adjustments ----------------------------------------------------------------------------


def test_adjust_logs_one_entry_per_real_change_with_the_note_once() -> None:
    item = plan.add_item("Walk 5 km", smaller_version="Walk 1 km")

    adjusted = plan.adjust_item(
        item.id,
        smaller_version="Walk to the gate",
        rhythm=Rhythm.SOME_DAYS,
        days_per_week=2,
        note="Knee hurts",
    )

    assert adjusted.smaller_version == "Walk to the gate"
    assert (adjusted.rhythm, adjusted.days_per_week) == (Rhythm.SOME_DAYS, 2)
    assert plan.get_item(item.id) == adjusted
    assert sorted(_changes(item.id)) == sorted(
        [
            (Change.SMALLER_VERSION, "Walk 1 km", "Walk to the gate", "Knee hurts"),
            (Change.RHYTHM, "daily", "some_days:2", ""),
        ]
    )
    assert all(
        isinstance(a, Adjustment) and a.item_id == item.id for a in plan.adjustments(item.id)
    )


def test_adjust_without_a_real_change_logs_nothing() -> None:
    item = plan.add_item("Walk", rhythm=Rhythm.SOME_DAYS, days_per_week=3, smaller_version="Gate")

    plan.adjust_item(item.id, smaller_version="  Gate ", note="  ")
    plan.adjust_item(item.id, rhythm=Rhythm.SOME_DAYS, days_per_week=3)
    plan.adjust_item(item.id, status=Status.ACTIVE)
    plan.adjust_item(item.id, rhythm=Rhythm.SOME_DAYS)  # the default is also 3

    assert plan.adjustments(item.id) == []
    assert plan.get_item(item.id) == item


def test_a_note_without_any_other_change_is_kept() -> None:
    item = plan.add_item("Walk", smaller_version="Gate")

    plan.adjust_item(item.id, smaller_version="Gate", note="Still right for now")

    assert _changes(item.id) == [(Change.NOTE, "", "", "Still right for now")]
    assert plan.get_item(item.id) == item


def test_adjust_and_pause_in_one_call_keeps_the_note_once() -> None:
    item = plan.add_item("Walk", smaller_version="Gate")

    adjusted = plan.adjust_item(
        item.id, smaller_version="Door", status=Status.PAUSED, note="Exams this month"
    )

    assert adjusted.status is Status.PAUSED
    assert sorted(_changes(item.id)) == sorted(
        [
            (Change.SMALLER_VERSION, "Gate", "Door", "Exams this month"),
            (Change.PAUSED, "active", "paused", ""),
        ]
    )


def test_adjust_and_pause_are_one_transaction(monkeypatch: pytest.MonkeyPatch) -> None:
    item = plan.add_item("Walk", smaller_version="Gate")

    def no_pause(row: object, status: Status, log: object) -> None:
        raise CannotSaveError(DiskTrouble.FULL)

    monkeypatch.setattr(plan, "_change_status", no_pause)
    with pytest.raises(CannotSaveError):
        plan.adjust_item(item.id, smaller_version="Door", status=Status.PAUSED, note="n")

    assert plan.get_item(item.id) == item
    assert plan.adjustments(item.id) == []


def test_adjust_only_the_days_of_a_some_days_item() -> None:
    item = plan.add_item("Walk", rhythm=Rhythm.SOME_DAYS, days_per_week=4)
    plan.adjust_item(item.id, rhythm=Rhythm.SOME_DAYS, days_per_week=1, note="Smaller")
    assert _changes(item.id) == [(Change.RHYTHM, "some_days:4", "some_days:1", "Smaller")]
    assert plan.get_item(item.id).days_per_week == 1


def test_adjusting_days_alone_keeps_the_rhythm() -> None:
    item = plan.add_item("Walk", rhythm=Rhythm.SOME_DAYS, days_per_week=4)
    plan.adjust_item(item.id, days_per_week=2)
    assert plan.get_item(item.id).days_per_week == 2
    assert _changes(item.id) == [(Change.RHYTHM, "some_days:4", "some_days:2", "")]


def test_same_rhythm_without_days_keeps_the_days() -> None:
    item = plan.add_item("Walk", rhythm=Rhythm.SOME_DAYS, days_per_week=5)
    plan.adjust_item(item.id, rhythm=Rhythm.SOME_DAYS, smaller_version="Around the block")
    plan.edit_item(
        item.id,
        title="Walk",
        why="",
        kind=item.kind,
        rhythm=Rhythm.SOME_DAYS,
        smaller_version="Around the block",
    )
    assert plan.get_item(item.id).days_per_week == 5
    assert [change for change, *_ in _changes(item.id)] == [Change.SMALLER_VERSION]


def test_bad_adjustment_changes_nothing() -> None:
    item = plan.add_item("Walk", smaller_version="Gate")
    with pytest.raises(InputError):
        plan.adjust_item(item.id, smaller_version="Door", rhythm=Rhythm.SOME_DAYS, days_per_week=0)
    assert plan.get_item(item.id) == item
    assert plan.adjustments(item.id) == []


def test_adjustments_are_newest_first() -> None:
    item = plan.add_item("Walk", smaller_version="a")
    for version in ("b", "c", "d"):
        plan.adjust_item(item.id, smaller_version=version)

    history = plan.adjustments(item.id)

    assert [(a.before, a.after) for a in history] == [("c", "d"), ("b", "c"), ("a", "b")]
    assert [a.made_at for a in history] == sorted((a.made_at for a in history), reverse=True)


def test_adjustments_belong_to_their_own_item() -> None:
    walk, write = plan.add_item("Walk"), plan.add_item("Write")
    plan.adjust_item(walk.id, smaller_version="Gate")
    assert plan.adjustments(write.id) == []
    assert len(plan.adjustments(walk.id)) == 1


# --- pausing, retiring, restoring ----------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ([Status.PAUSED], [Change.PAUSED]),
        ([Status.PAUSED, Status.ACTIVE], [Change.PAUSED, Change.RESUMED]),
        ([Status.RETIRED], [Change.RETIRED]),
        ([Status.RETIRED, Status.ACTIVE], [Change.RETIRED, Change.RESTORED]),
        ([Status.PAUSED, Status.RETIRED], [Change.PAUSED, Change.RETIRED]),
        ([Status.RETIRED, Status.PAUSED], [Change.RETIRED, Change.RESTORED]),
    ],
    ids=["pause", "resume", "retire", "restore", "retire-paused", "restore-to-paused"],
)
def test_status_changes_join_the_history(path: list[Status], expected: list[Change]) -> None:
    item = plan.add_item("Walk")
    for status in path:
        changed = plan.set_status(item.id, status, note=f"to {status}")
        assert changed.status is status
        assert plan.get_item(item.id).status is status

    history = list(reversed(plan.adjustments(item.id)))  # oldest first
    assert [a.change for a in history] == expected
    assert [a.after for a in history] == [str(s) for s in path]
    assert [a.before for a in history] == [str(s) for s in [Status.ACTIVE, *path[:-1]]]
    assert [a.note for a in history] == [f"to {s}" for s in path]


def test_setting_the_same_status_logs_nothing() -> None:
    item = plan.add_item("Walk")
    plan.set_status(item.id, Status.ACTIVE)
    plan.set_status(item.id, Status.PAUSED)
    plan.set_status(item.id, Status.PAUSED, note="still paused")
    assert [a.change for a in plan.adjustments(item.id)] == [Change.PAUSED]


def test_retired_items_are_kept_with_their_history() -> None:
    item = plan.add_item("Walk", smaller_version="Gate")
    plan.check_in(item.id, YESTERDAY, Outcome.NOT_TODAY, reasons=[Reason.OVERLOAD])
    plan.check_in(item.id, TODAY, Outcome.DONE)
    plan.adjust_item(item.id, smaller_version="Door", note="Smaller")
    check_ins_before = plan.check_ins_between(YESTERDAY, TODAY, item.id)

    plan.set_status(item.id, Status.PAUSED)
    assert plan.check_ins_between(YESTERDAY, TODAY, item.id) == check_ins_before
    plan.set_status(item.id, Status.RETIRED, note="Done with this one")

    assert item.id not in [i.id for i in plan.list_items()]
    [retired] = plan.list_items([Status.RETIRED])
    assert (retired.id, retired.title, retired.status) == (item.id, "Walk", Status.RETIRED)
    assert plan.check_ins_between(YESTERDAY, TODAY, item.id) == check_ins_before
    assert plan.check_ins_on(YESTERDAY)[item.id].reasons == {Reason.OVERLOAD}
    assert [a.change for a in plan.adjustments(item.id)] == [
        Change.RETIRED,
        Change.PAUSED,
        Change.SMALLER_VERSION,
    ]

    plan.set_status(item.id, Status.ACTIVE)
    assert plan.get_item(item.id).smaller_version == "Door"
    assert plan.check_ins_between(YESTERDAY, TODAY, item.id) == check_ins_before


# --- order ----------------------------------------------------------------------------------


def test_reorder_puts_items_in_the_given_order() -> None:
    a, b, c = (plan.add_item(t) for t in "ABC")

    plan.reorder([c.id, a.id, b.id])

    assert _titles(plan.list_items()) == ["C", "A", "B"]
    assert sorted(i.position for i in plan.list_items()) == sorted(
        [a.position, b.position, c.position]
    )


def test_reorder_of_two_swaps_them_and_leaves_the_rest() -> None:
    a, b, _c, d = (plan.add_item(t) for t in "ABCD")

    plan.reorder([d.id, b.id])

    assert _titles(plan.list_items()) == ["A", "D", "C", "B"]
    assert plan.get_item(d.id).position == b.position
    assert plan.get_item(b.id).position == d.position
    assert plan.get_item(a.id).position == a.position


def test_reorder_survives_reopening(store: Path) -> None:
    a, b = plan.add_item("A"), plan.add_item("B")
    plan.reorder([b.id, a.id])
    _reopen(store)
    assert _titles(plan.list_items()) == ["B", "A"]


def test_new_items_go_after_retired_ones_without_sharing_a_place() -> None:
    a, b = plan.add_item("A"), plan.add_item("B")
    plan.set_status(b.id, Status.RETIRED)
    c = plan.add_item("C")
    plan.set_status(b.id, Status.ACTIVE)
    positions = [i.position for i in plan.list_items(ALL)]
    assert len(set(positions)) == 3
    assert _titles(plan.list_items()) == ["A", "B", "C"]
    assert c.position > a.position


def test_reorder_with_an_unknown_id_changes_nothing() -> None:
    a, b = plan.add_item("A"), plan.add_item("B")
    with pytest.raises(ItemNotFound):
        plan.reorder([b.id, a.id, 999])
    assert _titles(plan.list_items()) == ["A", "B"]


# --- unknown items ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: plan.get_item(999),
        lambda: plan.edit_item(
            999, title="x", why="", kind=Kind.OTHER, rhythm=Rhythm.DAILY, smaller_version=""
        ),
        lambda: plan.adjust_item(999, smaller_version="x"),
        lambda: plan.set_status(999, Status.PAUSED),
        lambda: plan.check_in(999, TODAY, Outcome.DONE),
        lambda: plan.reorder([999]),
    ],
    ids=["get", "edit", "adjust", "set_status", "check_in", "reorder"],
)
def test_unknown_item_raises_item_not_found(call: object) -> None:
    plan.add_item("A real item")
    with pytest.raises(ItemNotFound):
        call()  # type: ignore[operator]
    assert execute("SELECT count(*) FROM check_in") == [(0,)]
    assert execute("SELECT count(*) FROM adjustment") == [(0,)]
