"""The message for today (how it is chosen and kept), own notes, and small wins."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.content.encouragement import library
from desktop.store import db, errors, journal, messages, notes, plan, session, wins
from desktop.store.encouragement_records import (
    Message,
    MessageContext,
    MessageGroup,
    NoteKind,
    WinKind,
)
from desktop.store.errors import InputError
from desktop.store.models import execute
from desktop.store.records import EntryFields, Outcome, Reason, Status

DAY = date(2024, 6, 12)  # a Wednesday
NO_CONTEXT = MessageContext()


def _days(count: int, start: date = DAY) -> list[date]:
    return [start + timedelta(days=n) for n in range(count)]


def _share(chosen: list[Message | None], group: MessageGroup) -> float:
    return sum(m is not None and m.group == group for m in chosen) / len(chosen)


# -- choosing (the pure function) --------------------------------------------------------------


def test_the_same_inputs_give_the_same_message() -> None:
    context = MessageContext(reasons=((Reason.TOO_BIG, 2),))
    last = {library()[0].key: DAY - timedelta(days=2)}
    first = messages.choose_message(DAY, library(), context, last)
    for _ in range(5):
        assert messages.choose_message(DAY, library(), context, dict(last)) == first
    # A shuffled library is the same library.
    shuffled = list(reversed(library()))
    assert messages.choose_message(DAY, shuffled, context, last) == first


def test_different_days_give_different_messages() -> None:
    chosen = {messages.choose_message(d, library(), NO_CONTEXT, {}) for d in _days(30)}
    assert len(chosen) > 15


def test_recent_reasons_weigh_their_groups_up() -> None:
    days = _days(300)
    quiet = [messages.choose_message(d, library(), NO_CONTEXT, {}) for d in days]
    context = MessageContext(reasons=((Reason.PERFECTIONISM, 3),))
    weighted = [messages.choose_message(d, library(), context, {}) for d in days]
    assert all(m is not None for m in quiet + weighted)
    assert _share(quiet, MessageGroup.PERFECTIONISM) < 0.15
    assert _share(weighted, MessageGroup.PERFECTIONISM) > 0.5


def test_more_often_given_reasons_weigh_more() -> None:
    days = _days(400)
    context = MessageContext(reasons=((Reason.OVERLOAD, 6), (Reason.FEAR_OF_CHANGE, 1)))
    chosen = [messages.choose_message(d, library(), context, {}) for d in days]
    groups = Counter(m.group for m in chosen if m is not None)
    assert groups[MessageGroup.OVERLOAD] > 2 * groups[MessageGroup.FEAR_OF_CHANGE] > 0


@pytest.mark.parametrize(
    ("context", "group"),
    [
        (MessageContext(session_soon=True), MessageGroup.BEFORE_SESSION),
        (MessageContext(hard_week=True), MessageGroup.HARD_WEEK),
    ],
)
def test_a_near_session_or_a_hard_week_weigh_their_groups_up(
    context: MessageContext, group: MessageGroup
) -> None:
    days = _days(300)
    quiet = [messages.choose_message(d, library(), NO_CONTEXT, {}) for d in days]
    fitting = [messages.choose_message(d, library(), context, {}) for d in days]
    assert _share(fitting, group) > 2 * _share(quiet, group)
    assert _share(fitting, group) > 0.2


def _run(days: list[date], context: MessageContext, hidden: set[str]) -> list[tuple[date, str]]:
    """Choose a message each day as the app would, remembering what was shown."""
    last: dict[str, date] = {}
    shown = []
    for day in days:
        message = messages.choose_message(day, library(), context, last, hidden=hidden)
        assert message is not None
        last[message.key] = day
        shown.append((day, message.key))
    return shown


def test_no_message_is_repeated_within_a_week() -> None:
    # Even when one group is weighted far up and has fewer messages than a week has days.
    context = MessageContext(reasons=((Reason.SELF_SABOTAGE, 20),))
    shown = _run(_days(120), context, hidden=set())
    for n, (day, key) in enumerate(shown):
        for earlier_day, earlier_key in shown[max(0, n - 6) : n]:
            assert key != earlier_key, f"{key} on {earlier_day} and again on {day}"


def test_hidden_messages_never_come_back() -> None:
    hidden = {m.key for m in library()[:-5]}  # all but five set aside
    shown = _run(_days(90), MessageContext(reasons=((Reason.TOO_BIG, 9),)), hidden)
    assert not {key for _, key in shown} & hidden
    assert {key for _, key in shown} == {m.key for m in library()[-5:]}


def test_with_everything_hidden_there_is_nothing_to_show() -> None:
    hidden = {m.key for m in library()}
    assert messages.choose_message(DAY, library(), NO_CONTEXT, {}, hidden=hidden) is None


def test_a_small_library_comes_round_again_rather_than_going_quiet() -> None:
    small = [Message(f"m{n}", "general", f"Message {n}") for n in range(3)]
    last: dict[str, date] = {}
    for day in _days(10):
        message = messages.choose_message(day, small, NO_CONTEXT, last)
        assert message is not None
        if len(last) == 3:  # all shown within the week: the one shown longest ago returns
            assert last[message.key] == min(last.values())
        last[message.key] = day


def test_another_one_goes_through_every_message_before_repeating() -> None:
    small = [Message(f"m{n}", "general", f"Message {n}") for n in range(4)]
    today: list[str] = []
    for position in range(8):
        message = messages.choose_message(
            DAY, small, NO_CONTEXT, {}, shown_today=today, position=position
        )
        assert message is not None
        today.append(message.key)
    assert sorted(today[:4]) == ["m0", "m1", "m2", "m3"]
    assert today[4:] == today[:4]


# -- the message for today, kept in the store ---------------------------------------------------


def test_todays_message_stays_the_same_all_day_and_after_a_restart(store: Path) -> None:
    first = messages.todays_message(library(), DAY)
    assert first is not None and first.position == 0
    assert messages.todays_message(library(), DAY) == first
    # Something logged later in the day does not change the day's message.
    item = plan.add_item("Journal")
    plan.check_in(item.id, DAY, Outcome.NOT_TODAY, reasons=[Reason.PERFECTIONISM])
    assert messages.todays_message(library(), DAY) == first
    db.close_database()
    db.open_database(store)
    assert messages.todays_message(library(), DAY) == first
    assert messages.todays_message(library(), DAY + timedelta(days=1)) != first


def test_another_one_is_kept_as_the_days_message(store: Path) -> None:
    first = messages.todays_message(library(), DAY)
    second = messages.another_message(library(), DAY)
    assert first is not None and second is not None
    assert second.message != first.message and second.position == 1
    assert messages.todays_message(library(), DAY) == second


def test_messages_of_the_last_week_are_not_shown_again(store: Path) -> None:
    shown: list[str] = []
    for day in _days(40):
        chosen = messages.todays_message(library(), day)
        assert chosen is not None
        shown.append(chosen.message.key)
    for n, key in enumerate(shown):
        assert key not in shown[max(0, n - 6) : n]


def test_a_hidden_message_is_replaced_and_never_returns(store: Path) -> None:
    first = messages.todays_message(library(), DAY)
    assert first is not None
    messages.hide_message(first.message.key)
    replaced = messages.todays_message(library(), DAY)
    assert replaced is not None and replaced.message != first.message
    seen = set()
    for day in _days(60, DAY + timedelta(days=1)):
        for _ in range(3):
            chosen = messages.another_message(library(), day)
            assert chosen is not None
            seen.add(chosen.message.key)
    assert first.message.key not in seen
    assert messages.hidden_keys() == [first.message.key]
    messages.show_message_again(first.message.key)
    assert messages.hidden_keys() == []


def test_undoing_a_hide_brings_the_message_back_as_todays(store: Path) -> None:
    first = messages.todays_message(library(), DAY)
    assert first is not None
    messages.hide_message(first.message.key)
    assert messages.todays_message(library(), DAY) != first
    back = messages.bring_back(library(), first.message.key, DAY)
    assert back is not None and back.message == first.message and back.position == 2
    assert messages.todays_message(library(), DAY) == back
    assert messages.hidden_keys() == []


def test_keeping_a_message(store: Path) -> None:
    first = messages.todays_message(library(), DAY)
    assert first is not None and not first.favourite
    messages.set_favourite(first.message.key)
    again = messages.todays_message(library(), DAY)
    assert again is not None and again.favourite
    assert messages.favourite_keys() == [first.message.key]
    messages.set_favourite(first.message.key, False)
    assert messages.favourite_keys() == []


def test_recent_reasons_are_counted_over_two_weeks(store: Path) -> None:
    walk, journal_item = plan.add_item("Walk"), plan.add_item("Journal")
    plan.check_in(walk.id, DAY, Outcome.NOT_TODAY, reasons=[Reason.TOO_BIG, Reason.OVERLOAD])
    plan.check_in(
        journal_item.id, DAY - timedelta(days=13), Outcome.TRIED, reasons=[Reason.TOO_BIG]
    )
    plan.check_in(
        journal_item.id, DAY - timedelta(days=14), Outcome.TRIED, reasons=[Reason.OVERLOAD]
    )
    plan.check_in(walk.id, DAY + timedelta(days=1), Outcome.TRIED, reasons=[Reason.OVERLOAD])
    assert messages.recent_reasons(DAY) == ((Reason.TOO_BIG, 2), (Reason.OVERLOAD, 1))


def test_a_near_session_and_a_hard_week_are_noticed(store: Path) -> None:
    assert messages.message_context(DAY) == MessageContext()
    session.set_schedule(DAY + timedelta(days=2))
    assert messages.message_context(DAY).session_soon
    assert not messages.message_context(DAY - timedelta(days=1)).session_soon
    item = plan.add_item("Walk")
    plan.check_in(item.id, DAY, Outcome.NOT_TODAY)
    plan.check_in(item.id, DAY - timedelta(days=1), Outcome.THOUGHT, other_reason="tired")
    assert not messages.message_context(DAY).hard_week
    journal.save_entry(None, EntryFields(day=DAY - timedelta(days=2), body="heavy", mood=1))
    assert messages.message_context(DAY).hard_week
    assert not messages.message_context(DAY + timedelta(days=7)).hard_week


# -- own notes --------------------------------------------------------------------------------


def test_own_notes_add_edit_delete(store: Path) -> None:
    said = notes.add_note(NoteKind.THERAPIST_SAID, "  Progress isn't a straight line. ")
    later = notes.add_note(NoteKind.FUTURE_ME, "You got through March.")
    assert said.text == "Progress isn't a straight line."
    assert [n.id for n in notes.own_notes()] == [later.id, said.id]
    edited = notes.edit_note(said.id, NoteKind.FUTURE_ME, "Rest counts.")
    assert (edited.kind, edited.text) == (NoteKind.FUTURE_ME, "Rest counts.")
    notes.delete_note(later.id)
    assert [n.text for n in notes.own_notes()] == ["Rest counts."]
    with pytest.raises(InputError):
        notes.add_note(NoteKind.FUTURE_ME, "   ")
    with pytest.raises(errors.NoteNotFound):
        notes.edit_note(later.id, NoteKind.FUTURE_ME, "gone")


def test_own_notes_join_the_rotation(store: Path) -> None:
    note = notes.add_note(NoteKind.THERAPIST_SAID, "Be curious, not cross.")
    chosen = messages.todays_message([], DAY)
    assert chosen is not None
    assert chosen.message == Message(note.key, "therapist_said", "Be curious, not cross.")
    assert chosen.message.note_id == note.id
    # Among the built-in messages they come up now and then, and more often than one of them.
    found: Counter[str] = Counter()
    for day in _days(200, DAY + timedelta(days=1)):
        shown = messages.todays_message(library(), day)
        assert shown is not None
        found[shown.message.key] += 1
    assert found[note.key] > 0
    assert found[note.key] >= max(n for k, n in found.items() if k != note.key) - 2


def test_an_own_note_set_aside_stays_a_note_but_leaves_the_rotation(store: Path) -> None:
    note = notes.add_note(NoteKind.FUTURE_ME, "Drink water.")
    messages.hide_message(note.key)
    assert not notes.get_note(note.id).in_rotation
    assert messages.todays_message([], DAY) is None
    with pytest.raises(InputError):
        messages.set_favourite(note.key)
    messages.show_message_again(note.key)
    assert messages.todays_message([], DAY) is not None


def test_a_days_note_is_found_by_its_link_after_an_import_renumbers_it(store: Path) -> None:
    notes.add_note(NoteKind.FUTURE_ME, "First.")
    note = notes.add_note(NoteKind.FUTURE_ME, "Drink water.")
    notes.set_note_in_rotation(note.id - 1, False)
    shown = messages.todays_message([], DAY)
    assert shown is not None and shown.message.note_id == note.id
    # An import keeps the link (own_note_id) right but not the words of the key.
    execute("UPDATE shown_message SET message_key = 'own:999'")
    again = messages.todays_message([], DAY)
    assert again == shown


def test_deleting_the_days_note_chooses_again(store: Path) -> None:
    note = notes.add_note(NoteKind.FUTURE_ME, "Drink water.")
    assert messages.todays_message([], DAY) is not None
    notes.delete_note(note.id)
    assert execute("SELECT count(*) FROM shown_message") == [(0,)]
    small = [Message("general-x", "general", "Hello.")]
    chosen = messages.todays_message(small, DAY)
    assert chosen is not None and chosen.message.key == "general-x"


# -- small wins -------------------------------------------------------------------------------


def _week(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def test_small_wins_of_a_week_from_check_ins_entries_and_by_hand(store: Path) -> None:
    walk, say_no = plan.add_item("Walk"), plan.add_item("Say no once")
    monday, sunday = _week(DAY)
    for offset, outcome in enumerate(Outcome):
        plan.check_in(walk.id, monday + timedelta(days=offset), outcome)
    plan.check_in(say_no.id, monday, Outcome.TRIED)
    plan.check_in(say_no.id, monday - timedelta(days=1), Outcome.DONE)  # the week before
    titled = journal.save_entry(None, EntryFields(day=DAY, title="A hard day", body="…"))
    untitled = journal.save_entry(None, EntryFields(day=DAY, body="\n  First line here\nmore"))
    secret = journal.save_entry(None, EntryFields(day=DAY, title="Not yet", private=True))
    binned = journal.save_entry(None, EntryFields(day=DAY, title="Binned"))
    journal.delete_entry(binned.id)
    by_hand = wins.add_win(sunday, "  Called   my sister ")

    found = wins.small_wins(monday, sunday)

    assert [(w.day, w.kind, w.text, w.outcome) for w in found] == [
        (monday, WinKind.CHECK_IN, "Walk", Outcome.DONE),
        (monday, WinKind.CHECK_IN, "Say no once", Outcome.TRIED),
        (monday + timedelta(days=1), WinKind.CHECK_IN, "Walk", Outcome.SMALLER),
        (DAY, WinKind.CHECK_IN, "Walk", Outcome.TRIED),
        (DAY, WinKind.ENTRY, "A hard day", None),
        (DAY, WinKind.ENTRY, "First line here", None),
        (DAY, WinKind.ENTRY, "Not yet", None),
        (monday + timedelta(days=3), WinKind.CHECK_IN, "Walk", Outcome.THOUGHT),
        (sunday, WinKind.MANUAL, "Called my sister", None),
    ]
    assert [w.entry_id for w in found if w.kind is WinKind.ENTRY] == [
        titled.id,
        untitled.id,
        secret.id,
    ]
    assert [w.private for w in found if w.kind is WinKind.ENTRY] == [False, False, True]
    assert found[-1].win_id == by_hand.win_id
    # Not today and rested are honest answers, not steps: they are not listed as wins.
    assert Outcome.NOT_TODAY not in {w.outcome for w in found}
    assert Outcome.RESTED not in {w.outcome for w in found}


def test_earlier_weeks_have_their_own_wins(store: Path) -> None:
    walk = plan.add_item("Walk")
    monday, sunday = _week(DAY)
    plan.check_in(walk.id, monday - timedelta(days=3), Outcome.THOUGHT)
    wins.add_win(monday - timedelta(days=7), "Went outside")
    earlier = wins.small_wins(monday - timedelta(days=7), sunday - timedelta(days=7))
    assert [w.text for w in earlier] == ["Went outside", "Walk"]
    assert wins.small_wins(monday, sunday) == []


def test_wins_of_retired_items_still_count(store: Path) -> None:
    walk = plan.add_item("Walk")
    plan.check_in(walk.id, DAY, Outcome.DONE)
    plan.set_status(walk.id, Status.RETIRED)
    assert [w.text for w in wins.small_wins(DAY, DAY)] == ["Walk"]


def test_wins_by_hand_can_be_removed_and_need_words(store: Path) -> None:
    win = wins.add_win(DAY, "Ate breakfast")
    assert win.win_id is not None
    wins.delete_win(win.win_id)
    assert wins.small_wins(DAY, DAY) == []
    with pytest.raises(InputError):
        wins.add_win(DAY, " \n ")
    with pytest.raises(InputError):
        wins.add_win(DAY, "x" * (wins.WIN_MAX + 1))
