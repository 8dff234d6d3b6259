"""The session summary: everything since the last session, for the person to read, print or
bring (what was tried and how it went, what got in the way, adjustments, small wins, entries to
bring and thought records, their questions). Private entries never appear in it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from peewee import fn

from desktop.store import plan, session, wins
from desktop.store.encouragement_records import (
    BroughtEntry,
    ItemAdjustment,
    ItemOutcomes,
    RecordNote,
    SessionSummary,
    WinKind,
)
from desktop.store.journal import thought_record_of
from desktop.store.models import (
    AdjustmentRow,
    JournalEntryRow,
    ThoughtRecordRow,
)
from desktop.store.plan import adjustment_of
from desktop.store.records import (
    CheckIn,
    Outcome,
    PlanItem,
    Reason,
    Status,
)

EXCERPT_MAX = 280


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
    schedule = session.get_schedule()
    start = first if first is not None else session.period_start(last, schedule)
    all_items = {item.id: item for item in plan.list_items(Status)}
    titles = {item_id: item.title for item_id, item in all_items.items()}
    check_ins = plan.check_ins_between(start, last)
    reasons: Counter[Reason] = Counter()
    others: Counter[str] = Counter()
    for check_in in check_ins:
        if not check_in.outcome.asks_what_got_in_the_way:
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
        questions=tuple(session.questions()),
    )
