"""Session prep: when the next session is, the person's questions for it, a summary of everything
since the last one, and the copies of that summary kept when a session is marked as done."""

from __future__ import annotations

from datetime import date, timedelta

from peewee import fn

from desktop import clock
from desktop.store.encouragement_records import (
    Question,
    Schedule,
    SessionRecord,
    SessionRhythm,
)
from desktop.store.errors import InputError, QuestionNotFound, RecordNotFound
from desktop.store.models import (
    SessionQuestionRow,
    SessionRecordRow,
    SessionScheduleRow,
    writing,
)
from desktop.store.text import clean, clean_field

SCHEDULE_NAME = "next"
#: Without a last session to start from, the summary covers this many days.
DEFAULT_PERIOD_DAYS = 14
QUESTION_MAX = 1000
SUMMARY_MAX = 5_000_000


# -- the schedule ----------------------------------------------------------------------------


def get_schedule() -> Schedule:
    """When the next session is, its rhythm, and when the last one was."""
    row = SessionScheduleRow.get_or_none(SessionScheduleRow.name == SCHEDULE_NAME)
    if row is None:
        return Schedule()
    return Schedule(next_day=row.next_day, rhythm=SessionRhythm(row.rhythm), last_day=row.last_day)


def _save_schedule(schedule: Schedule) -> None:
    values = {
        "next_day": schedule.next_day,
        "rhythm": str(SessionRhythm(schedule.rhythm)),
        "last_day": schedule.last_day,
        "updated_at": clock.now(),
    }
    updated = (
        SessionScheduleRow.update(**values)
        .where(SessionScheduleRow.name == SCHEDULE_NAME)
        .execute()
    )
    if not updated:
        SessionScheduleRow.create(name=SCHEDULE_NAME, **values)


def set_schedule(
    next_day: date | None,
    rhythm: SessionRhythm = SessionRhythm.ONCE,
    last_day: date | None = None,
) -> Schedule:
    """Set the next session's date (None: not known yet), its rhythm, and the last session's."""
    schedule = Schedule(next_day=next_day, rhythm=SessionRhythm(rhythm), last_day=last_day)
    with writing():
        _save_schedule(schedule)
    return schedule


def days_until(schedule: Schedule, today: date) -> int | None:
    """Days from today to the next session (0: today; negative: its day has passed)."""
    return None if schedule.next_day is None else (schedule.next_day - today).days


def period_start(today: date, schedule: Schedule | None = None) -> date:
    """The first day the summary covers: the last session's day, or two weeks back."""
    schedule = schedule or get_schedule()
    if schedule.last_day is not None and schedule.last_day <= today:
        return schedule.last_day
    return today - timedelta(days=DEFAULT_PERIOD_DAYS - 1)


# -- questions -------------------------------------------------------------------------------


def _question(row: SessionQuestionRow) -> Question:
    return Question(id=row.id, text=row.text, done=bool(row.done), position=row.position)


def clean_question_text(text: str) -> str:
    """A question's words as they are kept, or InputError (empty, too long)."""
    cleaned = " ".join(clean_field(text, limit=QUESTION_MAX).split())
    if not cleaned:
        raise InputError("input.question_empty")
    return cleaned


def _open_row(question_id: int) -> SessionQuestionRow:
    row = SessionQuestionRow.get_or_none(
        (SessionQuestionRow.id == question_id) & SessionQuestionRow.record.is_null(True)
    )
    if row is None:
        raise QuestionNotFound(question_id)
    return row


def questions() -> list[Question]:
    """The questions for the next session, in the person's order."""
    query = (
        SessionQuestionRow.select()
        .where(SessionQuestionRow.record.is_null(True))
        .order_by(SessionQuestionRow.position, SessionQuestionRow.id)
    )
    return [_question(row) for row in query]


def add_question(text: str) -> Question:
    """Add a question for the next session, at the end of the list."""
    cleaned, now = clean_question_text(text), clock.now()
    with writing():
        last = (
            SessionQuestionRow.select(fn.MAX(SessionQuestionRow.position))
            .where(SessionQuestionRow.record.is_null(True))
            .scalar()
        )
        row = SessionQuestionRow.create(
            text=cleaned, position=(last or 0) + 1, done=False, created_at=now, updated_at=now
        )
    return _question(row)


def edit_question(question_id: int, text: str) -> Question:
    """Change the words of a question."""
    cleaned = clean_question_text(text)
    with writing():
        row = _open_row(question_id)
        row.text, row.updated_at = cleaned, clock.now()
        row.save()
    return _question(row)


def set_question_done(question_id: int, done: bool) -> Question:
    """Tick a question as asked (or untick it)."""
    with writing():
        row = _open_row(question_id)
        row.done, row.updated_at = done, clock.now()
        row.save()
    return _question(row)


def delete_question(question_id: int) -> None:
    """Remove a question from the list."""
    with writing():
        _open_row(question_id).delete_instance()


def move_question(question_id: int, step: int) -> None:
    """Move a question up (-1) or down (+1) the list."""
    with writing():
        order = [q.id for q in questions()]
        if question_id not in order:
            raise QuestionNotFound(question_id)
        here = order.index(question_id)
        there = here + step
        if not 0 <= there < len(order):
            return
        order[here], order[there] = order[there], order[here]
        for position, moved in enumerate(order, start=1):
            SessionQuestionRow.update(position=position).where(
                SessionQuestionRow.id == moved
            ).execute()


def record_questions(record_id: int) -> list[Question]:
    """The questions that went with a kept summary."""
    query = (
        SessionQuestionRow.select()
        .where(SessionQuestionRow.record == record_id)
        .order_by(SessionQuestionRow.position, SessionQuestionRow.id)
    )
    return [_question(row) for row in query]


# -- marking a session as done ---------------------------------------------------------------


def _record(row: SessionRecordRow) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        period_start=row.period_start,
        period_end=row.period_end,
        markdown=row.markdown,
        made_at=row.made_at,
    )


def _following(schedule: Schedule, session_day: date) -> date | None:
    """The next session after one on session_day, following the rhythm."""
    upcoming = schedule.next_day
    if upcoming is not None and upcoming > session_day:
        return upcoming  # an extra session: the planned one still stands
    step = schedule.rhythm.days
    if step is None:
        return None
    upcoming = upcoming or session_day
    while upcoming <= session_day:
        upcoming += timedelta(days=step)
    return upcoming


def check_summary_text(markdown: str) -> str:
    """A kept summary's text as it is kept, or InputError when it is too long to keep."""
    text = clean(markdown)
    if len(text) > SUMMARY_MAX:
        raise InputError("input.summary_too_long")
    return text


def mark_done(session_day: date, markdown: str, *, today: date | None = None) -> SessionRecord:
    """Keep a copy of the summary and start the next period on the session's day.

    Questions ticked as asked go with the copy; the others stay for next time. With a weekly
    or fortnightly rhythm, the next session's date moves on to the one after session_day.
    """
    if session_day > (today or clock.today()):
        raise InputError("input.session_in_future")
    text = check_summary_text(markdown)
    with writing():
        schedule = get_schedule()
        start = min(period_start(session_day, schedule), session_day)
        row = SessionRecordRow.create(
            period_start=start, period_end=session_day, markdown=text, made_at=clock.now()
        )
        SessionQuestionRow.update(record=row.id).where(
            SessionQuestionRow.record.is_null(True) & (SessionQuestionRow.done == True)  # noqa: E712
        ).execute()
        _save_schedule(
            Schedule(
                next_day=_following(schedule, session_day),
                rhythm=schedule.rhythm,
                last_day=session_day,
            )
        )
    return _record(row)


def records() -> list[SessionRecord]:
    """The kept summaries, newest first."""
    query = SessionRecordRow.select().order_by(
        SessionRecordRow.period_end.desc(), SessionRecordRow.id.desc()
    )
    return [_record(row) for row in query]


def get_record(record_id: int) -> SessionRecord:
    """One kept summary."""
    row = SessionRecordRow.get_or_none(SessionRecordRow.id == record_id)
    if row is None:
        raise RecordNotFound(record_id)
    return _record(row)
