"""Session prep: when the next session is, the person's questions for it, a summary of everything
since the last one, and the copies of that summary kept when a session is marked as done."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from peewee import fn

from desktop import clock
from desktop.store import plan, wins
from desktop.store.encouragement_records import (
    BroughtEntry,
    ItemAdjustment,
    ItemOutcomes,
    Question,
    RecordNote,
    Schedule,
    SessionRecord,
    SessionRhythm,
    SessionSummary,
    WinKind,
)
from desktop.store.errors import InputError, QuestionNotFound, RecordNotFound
from desktop.store.journal import thought_record_of
from desktop.store.models import (
    AdjustmentRow,
    JournalEntryRow,
    SessionQuestionRow,
    SessionRecordRow,
    SessionScheduleRow,
    ThoughtRecordRow,
    writing,
)
from desktop.store.plan import adjustment_of
from desktop.store.records import (
    CheckIn,
    Outcome,
    PlanItem,
    Reason,
    Status,
)
from desktop.store.text import clean, clean_field

SCHEDULE_NAME = "next"
#: Without a last session to start from, the summary covers this many days.
DEFAULT_PERIOD_DAYS = 14
EXCERPT_MAX = 280
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


def _question_text(text: str) -> str:
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
    cleaned, now = _question_text(text), clock.now()
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
    cleaned = _question_text(text)
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


# -- the summary -----------------------------------------------------------------------------


def excerpt(text: str, limit: int = EXCERPT_MAX) -> str:
    """The start of a text on one line, cut at a word with an ellipsis when longer than limit."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,.;:") + "…"


def _items(check_ins: list[CheckIn], all_items: dict[int, PlanItem]) -> tuple[ItemOutcomes, ...]:
    counts: dict[int, Counter[Outcome]] = {}
    for check_in in check_ins:
        counts.setdefault(check_in.item_id, Counter())[check_in.outcome] += 1
    shown = [
        item
        for item in all_items.values()
        if item.status is not Status.RETIRED or item.id in counts
    ]
    shown.sort(key=lambda item: (item.status is Status.RETIRED, item.position, item.id))
    return tuple(
        ItemOutcomes(
            item=item,
            counts=tuple(
                (outcome, counts[item.id][outcome])
                for outcome in Outcome
                if item.id in counts and counts[item.id][outcome]
            ),
        )
        for item in shown
    )


def _adjustments(first: date, last: date, titles: dict[int, str]) -> tuple[ItemAdjustment, ...]:
    query = (
        AdjustmentRow.select()
        .where(
            (AdjustmentRow.made_at >= datetime.combine(first, time.min))
            & (AdjustmentRow.made_at < datetime.combine(last + timedelta(days=1), time.min))
        )
        .order_by(AdjustmentRow.made_at, AdjustmentRow.id)
    )
    return tuple(
        ItemAdjustment(
            item_title=titles.get(row.item_id, ""),
            adjustment=adjustment_of(row),
        )
        for row in query
    )


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _shareable() -> Any:
    """Entries that may appear in a summary: not private, not in the trash."""
    return (JournalEntryRow.private == False) & JournalEntryRow.deleted_at.is_null(True)  # noqa: E712


def _brought_entries(first: date, last: date) -> tuple[BroughtEntry, ...]:
    entry = JournalEntryRow
    # Flagged within the period, or an older entry flagged (changed) since it began.
    recent = ((entry.day >= first) & (entry.day <= last)) | (
        entry.updated_at >= datetime.combine(first, time.min)
    )
    query = (
        entry.select(
            entry.id, entry.day, entry.title, fn.substr(entry.body, 1, 2000).alias("start")
        )
        .where(_shareable() & (entry.bring_to_session == True) & recent)  # noqa: E712
        .order_by(entry.day, entry.id)
        .dicts()
    )
    return tuple(
        BroughtEntry(
            id=row["id"],
            day=_as_date(row["day"]),
            title=row["title"],
            excerpt=excerpt(row["start"]),
        )
        for row in cast(Iterable[dict[str, Any]], query)
    )


def _thought_records(first: date, last: date, titles: dict[int, str]) -> tuple[RecordNote, ...]:
    entry, record = JournalEntryRow, ThoughtRecordRow
    query = (
        record.select(record, entry.day, entry.title)
        .join(entry, on=(record.entry == entry.id))
        .where(_shareable() & (entry.day >= first) & (entry.day <= last))
        .order_by(entry.day, entry.id)
    )
    notes = []
    for row in query:
        written = row.entry
        notes.append(
            RecordNote(
                entry_id=row.entry_id,
                day=_as_date(written.day),
                title=written.title,
                record=thought_record_of(row),
                plan_item_title=titles.get(row.plan_item_id, "") if row.plan_item_id else "",
            )
        )
    return tuple(notes)


def summary(last: date, *, first: date | None = None) -> SessionSummary:
    """Everything from the start of the period (the last session) to last, for the session.

    Private entries never appear in it: not as entries to bring, not as thought records and
    not as small wins.
    """
    schedule = get_schedule()
    start = first if first is not None else period_start(last, schedule)
    all_items = {item.id: item for item in plan.list_items(Status)}
    titles = {item_id: item.title for item_id, item in all_items.items()}
    check_ins = plan.check_ins_between(start, last)
    reasons: Counter[Reason] = Counter()
    others: Counter[str] = Counter()
    for check_in in check_ins:
        if check_in.outcome is Outcome.DONE:
            continue  # reasons kept from an earlier outcome are not what got in the way
        reasons.update(check_in.reasons)
        if check_in.other_reason:
            others[check_in.other_reason] += 1
    shareable_wins = tuple(
        win
        for win in wins.small_wins(start, last)
        if not (win.kind is WinKind.ENTRY and win.private)
    )
    return SessionSummary(
        period_start=start,
        period_end=last,
        schedule=schedule,
        items=_items(check_ins, all_items),
        reasons=tuple(sorted(reasons.items(), key=lambda p: (-p[1], list(Reason).index(p[0])))),
        other_reasons=tuple(sorted(others.items(), key=lambda p: (-p[1], p[0]))),
        adjustments=_adjustments(start, last, titles),
        wins=shareable_wins,
        entries=_brought_entries(start, last),
        thought_records=_thought_records(start, last, titles),
        questions=tuple(questions()),
    )


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


def mark_done(session_day: date, markdown: str, *, today: date | None = None) -> SessionRecord:
    """Keep a copy of the summary and start the next period on the session's day.

    Questions ticked as asked go with the copy; the others stay for next time. With a weekly
    or fortnightly rhythm, the next session's date moves on to the one after session_day.
    """
    if session_day > (today or clock.today()):
        raise InputError("input.session_in_future")
    text = clean(markdown)
    if len(text) > SUMMARY_MAX:
        raise InputError("input.summary_too_long")
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
