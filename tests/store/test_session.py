"""Session prep: the schedule, questions, the summary since the last session (and what it must
never hold), its Markdown, and marking a session as done."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.reports.session import escape, file_name, render_markdown
from desktop.store import errors, journal, plan, session, session_summary, wins
from desktop.store.encouragement_records import Schedule, SessionRhythm, SessionSummary, WinKind
from desktop.store.errors import InputError
from desktop.store.models import execute
from desktop.store.records import EntryFields, Outcome, Reason, Rhythm, Status, ThoughtRecord

LAST = date(2024, 6, 4)  # the last session, a Tuesday
TODAY = date(2024, 6, 10)  # the Monday after
NEXT = date(2024, 6, 11)
SECRET = "PRIVATE-MARKER"


def _backdate(table: str, column: str, row_id: int, when: datetime) -> None:
    execute(f"UPDATE {table} SET {column} = '{when.isoformat(' ')}' WHERE id = {row_id}")


def known_data() -> dict[str, int]:
    """A week between two sessions, with a little of everything, and some private writing."""
    session.set_schedule(NEXT, SessionRhythm.WEEKLY, last_day=LAST)
    journal_item = plan.add_item("Journal for 20 minutes", smaller_version="One sentence")
    walk = plan.add_item("A short walk", rhythm=Rhythm.SOME_DAYS, days_per_week=3)
    resting = plan.add_item("Call a friend")
    plan.set_status(resting.id, Status.PAUSED)
    gone = plan.add_item("Old step")
    plan.check_in(gone.id, LAST + timedelta(days=1), Outcome.DONE)
    plan.set_status(gone.id, Status.RETIRED)
    never = plan.add_item("Retired long ago")
    plan.set_status(never.id, Status.RETIRED)

    plan.check_in(journal_item.id, LAST - timedelta(days=1), Outcome.DONE)  # before the period
    plan.check_in(journal_item.id, LAST, Outcome.DONE)
    plan.check_in(journal_item.id, LAST + timedelta(days=1), Outcome.SMALLER)
    plan.check_in(
        journal_item.id,
        LAST + timedelta(days=2),
        Outcome.THOUGHT,
        reasons=[Reason.PERFECTIONISM, Reason.OVERLOAD],
    )
    plan.check_in(journal_item.id, LAST + timedelta(days=3), Outcome.SMALLER)
    plan.check_in(walk.id, LAST + timedelta(days=1), Outcome.NOT_TODAY, reasons=[Reason.OVERLOAD])
    # (Kept from an earlier outcome: a rest on purpose is a choice, its reasons aren't counted.)
    plan.check_in(walk.id, LAST + timedelta(days=2), Outcome.RESTED, other_reason="rain")
    plan.check_in(walk.id, LAST + timedelta(days=3), Outcome.TRIED, other_reason="rain")
    plan.check_in(walk.id, TODAY + timedelta(days=1), Outcome.DONE)  # after the period

    plan.adjust_item(journal_item.id, smaller_version="Write one line", note="Too much")
    plan.adjust_item(walk.id, rhythm=Rhythm.SOME_DAYS, days_per_week=2)
    early, late = plan.adjustments(walk.id)[0], plan.adjustments(journal_item.id)[0]
    _backdate("adjustment", "made_at", late.id, datetime(2024, 6, 6, 18, 30))
    _backdate("adjustment", "made_at", early.id, datetime(2024, 6, 3, 9, 0))  # before

    brought = journal.save_entry(
        None,
        EntryFields(
            day=LAST + timedelta(days=2),
            title="The meeting",
            body="I froze when my manager asked. " + "Then it got easier. " * 30,
            bring_to_session=True,
            thought_record=ThoughtRecord(
                situation="Team meeting",
                thought="Everyone thinks I'm useless",
                feeling="Shame",
                feeling_strength=70,
                balanced_thought="One hard moment isn't the whole of me",
                plan_item_id=walk.id,
            ),
        ),
    )
    journal.save_entry(None, EntryFields(day=LAST + timedelta(days=3), title="Plain entry"))
    old_flag = journal.save_entry(
        None,
        EntryFields(
            day=LAST - timedelta(days=20), title="Flagged long ago", body="x", bring_to_session=True
        ),
    )
    _backdate("journal_entry", "updated_at", old_flag.id, datetime(2024, 5, 15, 10, 0))
    older_flagged_lately = journal.save_entry(
        None,
        EntryFields(
            day=LAST - timedelta(days=9), title="Older, flagged this week", bring_to_session=True
        ),
    )
    _backdate("journal_entry", "updated_at", older_flagged_lately.id, datetime(2024, 6, 7, 8, 0))
    for private_fields in (
        EntryFields(
            day=LAST + timedelta(days=1),
            title=f"{SECRET} title",
            body=f"{SECRET} body",
            bring_to_session=True,
            private=True,
            thought_record=ThoughtRecord(thought=f"{SECRET} thought"),
        ),
        EntryFields(day=LAST + timedelta(days=2), body=f"{SECRET} untitled", private=True),
    ):
        journal.save_entry(None, private_fields)
    binned = journal.save_entry(
        None, EntryFields(day=LAST + timedelta(days=1), title="In the trash", bring_to_session=True)
    )
    journal.delete_entry(binned.id)

    # Entries are written on their own day (as people do), not years later when this test runs.
    execute(
        "UPDATE journal_entry SET updated_at = day || ' 20:00:00' "
        f"WHERE id NOT IN ({old_flag.id}, {older_flagged_lately.id})"
    )
    wins.add_win(LAST + timedelta(days=3), "Asked for help at work")
    session.add_question("Can we make the walk smaller?")
    asked = session.add_question("What do I do when I freeze?")
    session.set_question_done(asked.id, True)
    return {"journal": journal_item.id, "walk": walk.id, "entry": brought.id}


def test_the_schedule(store: Path) -> None:
    assert session.get_schedule() == Schedule()
    assert session.days_until(session.get_schedule(), TODAY) is None
    session.set_schedule(NEXT, SessionRhythm.FORTNIGHTLY)
    schedule = session.get_schedule()
    assert schedule == Schedule(NEXT, SessionRhythm.FORTNIGHTLY, None)
    assert session.days_until(schedule, TODAY) == 1
    assert session.days_until(schedule, NEXT) == 0
    assert session.days_until(schedule, NEXT + timedelta(days=2)) == -2
    # Without a last session, the summary covers two weeks; with one, it starts on its day.
    assert session.period_start(TODAY) == TODAY - timedelta(days=13)
    session.set_schedule(NEXT, SessionRhythm.FORTNIGHTLY, last_day=LAST)
    assert session.period_start(TODAY) == LAST
    assert session.period_start(LAST - timedelta(days=1)) == LAST - timedelta(days=14)


def test_questions(store: Path) -> None:
    first = session.add_question("  Can we   slow down? ")
    second = session.add_question("What if I freeze?")
    third = session.add_question("Is rest a step?")
    assert first.text == "Can we slow down?"
    session.move_question(third.id, -1)
    session.move_question(first.id, -1)  # already first: nothing happens
    assert [q.text for q in session.questions()] == [
        "Can we slow down?",
        "Is rest a step?",
        "What if I freeze?",
    ]
    session.edit_question(second.id, "What if I freeze again?")
    session.set_question_done(first.id, True)
    session.delete_question(third.id)
    assert [(q.text, q.done) for q in session.questions()] == [
        ("Can we slow down?", True),
        ("What if I freeze again?", False),
    ]
    with pytest.raises(InputError):
        session.add_question("  ")
    with pytest.raises(errors.QuestionNotFound):
        session.edit_question(third.id, "gone")


def test_the_summary_of_a_known_week(store: Path) -> None:
    ids = known_data()
    summary = session_summary.summary(TODAY)

    assert (summary.period_start, summary.period_end) == (LAST, TODAY)
    assert summary.schedule.next_day == NEXT
    assert [(row.item.title, row.counts) for row in summary.items] == [
        (
            "Journal for 20 minutes",
            ((Outcome.DONE, 1), (Outcome.SMALLER, 2), (Outcome.THOUGHT, 1)),
        ),
        (
            "A short walk",
            ((Outcome.TRIED, 1), (Outcome.NOT_TODAY, 1), (Outcome.RESTED, 1)),
        ),
        ("Call a friend", ()),  # paused, nothing noted: still listed
        ("Old step", ((Outcome.DONE, 1),)),  # retired since, but noted in the period
    ]
    assert summary.reasons == ((Reason.OVERLOAD, 2), (Reason.PERFECTIONISM, 1))
    assert summary.other_reasons == (("rain", 1),)
    assert [(a.item_title, a.adjustment.after) for a in summary.adjustments] == [
        ("Journal for 20 minutes", "Write one line")
    ]
    assert [(w.day, w.kind, w.text) for w in summary.wins] == [
        (LAST, WinKind.CHECK_IN, "Journal for 20 minutes"),
        (LAST + timedelta(days=1), WinKind.CHECK_IN, "Journal for 20 minutes"),
        (LAST + timedelta(days=1), WinKind.CHECK_IN, "Old step"),
        (LAST + timedelta(days=2), WinKind.CHECK_IN, "Journal for 20 minutes"),
        (LAST + timedelta(days=2), WinKind.ENTRY, "The meeting"),
        (LAST + timedelta(days=3), WinKind.CHECK_IN, "Journal for 20 minutes"),
        (LAST + timedelta(days=3), WinKind.CHECK_IN, "A short walk"),
        (LAST + timedelta(days=3), WinKind.ENTRY, "Plain entry"),
        (LAST + timedelta(days=3), WinKind.MANUAL, "Asked for help at work"),
    ]
    assert [(e.title, e.day) for e in summary.entries] == [
        ("Older, flagged this week", LAST - timedelta(days=9)),
        ("The meeting", LAST + timedelta(days=2)),
    ]
    meeting = summary.entries[1]
    assert meeting.id == ids["entry"]
    assert meeting.excerpt.startswith("I froze when my manager asked. Then it got easier.")
    assert meeting.excerpt.endswith("…") and len(meeting.excerpt) <= session_summary.EXCERPT_MAX + 1
    [record] = summary.thought_records
    assert record.title == "The meeting"
    assert record.record.balanced_thought == "One hard moment isn't the whole of me"
    assert record.plan_item_title == "A short walk"
    assert [(q.text, q.done) for q in summary.questions] == [
        ("Can we make the walk smaller?", False),
        ("What do I do when I freeze?", True),
    ]


def _everything_in(summary: SessionSummary) -> str:
    return repr(summary) + render_markdown(summary)


def test_private_entries_never_appear_in_the_summary(store: Path) -> None:
    known_data()
    summary = session_summary.summary(TODAY)
    assert SECRET not in _everything_in(summary)
    assert all(not w.private for w in summary.wins)
    assert "In the trash" not in _everything_in(summary)
    # Nor when the period is chosen by hand to cover everything.
    everything = session_summary.summary(TODAY + timedelta(days=30), first=date(2000, 1, 1))
    assert SECRET not in _everything_in(everything)
    # The entries are really there, and counted as small wins in the app itself.
    in_app = wins.small_wins(LAST, TODAY)
    assert any(SECRET in w.text for w in in_app)


def test_the_markdown_of_the_summary(store: Path) -> None:
    known_data()
    text = render_markdown(session_summary.summary(TODAY))
    for expected in (
        "# Session prep\n",
        "From Tue 4 Jun 2024 to Mon 10 Jun 2024  \nNext session: Tue 11 Jun 2024\n",
        "## The plan\n",
        "- **Journal for 20 minutes**: done once, did the smaller version 2 times, thought about "
        "it once\n",
        "- **A short walk**: tried / started once, not today once, rested on purpose once\n",
        "- **Call a friend** (paused): nothing noted\n",
        "- **Old step** (retired): done once\n",
        "## What got in the way\n",
        "- Too much going on — 2 times\n- Perfectionism or self-doubt — once\n",
        "- In my words: “rain” — once\n",
        "## Adjustments\n",
        "- Thu 6 Jun 2024 · **Journal for 20 minutes**: Smaller version set to “Write one line” "
        "— Too much\n",
        "## Small wins\n",
        # A day's wins one a line, never one long sentence.
        "- **Fri 7 Jun 2024**\n  - Journal for 20 minutes (did the smaller version)\n"
        "  - A short walk (tried / started)\n  - wrote in my journal: Plain entry\n"
        "  - Asked for help at work\n",
        "## To bring to the session\n",
        "### Thu 6 Jun 2024 — The meeting\n\n> I froze when my manager asked.",
        "## Thought records\n",
        "- The thought: Everyone thinks I'm useless\n",
        "- What it made me feel: Shame (70/100)\n",
        "- About the step: A short walk\n",
        "## My questions\n",
        "- [ ] Can we make the walk smaller?\n- [x] What do I do when I freeze?\n",
        "Entries marked private are never included.",
    ):
        assert expected in text, expected
    assert "Retired long ago" not in text  # retired before the period, nothing noted


def test_the_markdown_of_an_empty_period_is_kind(store: Path) -> None:
    text = render_markdown(session_summary.summary(TODAY))
    assert "Nothing has been noted in this period yet, and that's all right." in text
    assert "## The plan" not in text


def test_the_persons_words_cannot_become_markdown(store: Path) -> None:
    item = plan.add_item("# Not a heading *or bold* <b>html</b> [link](x)")
    plan.check_in(item.id, TODAY, Outcome.DONE)
    session.add_question("1. numbered? - and | a table")
    text = render_markdown(session_summary.summary(TODAY))
    assert "**\\# Not a heading \\*or bold\\* \\<b\\>html\\</b\\> \\[link\\](x)**" in text
    assert "- [ ] 1\\. numbered? - and \\| a table" in text
    assert escape("- list\nnext") == "\\- list next"


def test_file_names(store: Path) -> None:
    summary = session_summary.summary(TODAY)
    assert file_name(summary, "md") == "session-prep-2024-06-10.md"
    assert file_name(summary, ".pdf") == "session-prep-2024-06-10.pdf"


def test_marking_a_session_done_keeps_a_copy_and_starts_the_next_period(store: Path) -> None:
    known_data()
    markdown = render_markdown(session_summary.summary(NEXT))
    record = session.mark_done(NEXT, markdown, today=NEXT)

    assert session.records() == [record]
    assert session.get_record(record.id).markdown == markdown
    assert (record.period_start, record.period_end) == (LAST, NEXT)
    # The asked question went with the copy; the other stays for next time.
    assert [q.text for q in session.record_questions(record.id)] == ["What do I do when I freeze?"]
    assert [q.text for q in session.questions()] == ["Can we make the walk smaller?"]
    # Weekly: the next session moves on a week, and the new period starts on the session's day.
    schedule = session.get_schedule()
    assert schedule == Schedule(NEXT + timedelta(days=7), SessionRhythm.WEEKLY, NEXT)
    fresh = session_summary.summary(NEXT + timedelta(days=1))
    assert fresh.period_start == NEXT
    # Only what was noted from the session's day on: the walk done that evening.
    assert [(w.day, w.text) for w in fresh.wins] == [(NEXT, "A short walk")]
    assert [row.counts for row in fresh.items if row.counts] == [((Outcome.DONE, 1),)]
    assert fresh.entries == () and fresh.thought_records == () and fresh.adjustments == ()


@pytest.mark.parametrize(
    ("rhythm", "planned", "done_on", "expected"),
    [
        (SessionRhythm.FORTNIGHTLY, NEXT, NEXT, NEXT + timedelta(days=14)),
        (SessionRhythm.ONCE, NEXT, NEXT, None),
        # Marked done late: the next one is the first still to come after the session.
        (SessionRhythm.WEEKLY, NEXT - timedelta(days=14), NEXT, NEXT + timedelta(days=7)),
        # An extra session before the planned one leaves the planned one where it is.
        (SessionRhythm.WEEKLY, NEXT + timedelta(days=3), NEXT, NEXT + timedelta(days=3)),
        (SessionRhythm.WEEKLY, None, NEXT, NEXT + timedelta(days=7)),
    ],
)
def test_the_next_session_after_one_is_done(
    store: Path,
    rhythm: SessionRhythm,
    planned: date | None,
    done_on: date,
    expected: date | None,
) -> None:
    session.set_schedule(planned, rhythm)
    session.mark_done(done_on, "# x", today=done_on)
    assert session.get_schedule().next_day == expected
    assert session.get_schedule().last_day == done_on


def test_a_session_cannot_be_marked_done_before_its_day(store: Path) -> None:
    with pytest.raises(InputError):
        session.mark_done(TODAY + timedelta(days=1), "# x", today=TODAY)
    assert session.records() == []


def test_kept_summaries_newest_first(store: Path) -> None:
    first = session.mark_done(LAST, "# first", today=TODAY)
    second = session.mark_done(TODAY, "# second", today=TODAY)
    assert [r.id for r in session.records()] == [second.id, first.id]
    assert second.period_start == LAST
    with pytest.raises(errors.RecordNotFound):
        session.get_record(999)
