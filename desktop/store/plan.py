"""Action-plan commands and queries: plan items, check-ins and adjustments."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from peewee import fn

from desktop import clock
from desktop.store.errors import InputError, ItemNotFound
from desktop.store.models import (
    AdjustmentRow,
    CheckInReasonRow,
    CheckInRow,
    PlanItemRow,
    writing,
)
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
from desktop.store.text import clean_field, clean_title

CURRENT = (Status.ACTIVE, Status.PAUSED)
DEFAULT_DAYS_PER_WEEK = 3


def _item(row: PlanItemRow) -> PlanItem:
    return PlanItem(
        id=row.id,
        title=row.title,
        why=row.why,
        kind=Kind(row.kind),
        rhythm=Rhythm(row.rhythm),
        days_per_week=row.days_per_week,
        smaller_version=row.smaller_version,
        status=Status(row.status),
        position=row.position,
        created_at=row.created_at,
    )


def _row(item_id: int) -> PlanItemRow:
    row = PlanItemRow.get_or_none(PlanItemRow.id == item_id)
    if row is None:
        raise ItemNotFound(item_id)
    return row


def days_per_week_for(rhythm: Rhythm, days_per_week: int | None) -> int | None:
    """The days a week to keep for a rhythm: only "some days a week" has them (1 to 6)."""
    if rhythm is not Rhythm.SOME_DAYS:
        return None
    days = DEFAULT_DAYS_PER_WEEK if days_per_week is None else days_per_week
    if not 1 <= days <= 6:
        raise InputError("input.days_per_week")
    return days


def rhythm_code(rhythm: Rhythm, days_per_week: int | None) -> str:
    """A rhythm as one string, as kept in the adjustment history ("some_days:3", "daily")."""
    return f"{rhythm}:{days_per_week}" if rhythm is Rhythm.SOME_DAYS else str(rhythm)


def parse_rhythm_code(code: str) -> tuple[Rhythm, int | None]:
    """The inverse of rhythm_code."""
    name, _, days = code.partition(":")
    return Rhythm(name), int(days) if days else None


def list_items(statuses: Iterable[Status] = CURRENT) -> list[PlanItem]:
    """Plan items with the given statuses, in the person's order."""
    wanted = [str(s) for s in statuses]
    query = (
        PlanItemRow.select()
        .where(PlanItemRow.status.in_(wanted))
        .order_by(PlanItemRow.position, PlanItemRow.id)
    )
    return [_item(row) for row in query]


def get_item(item_id: int) -> PlanItem:
    """One plan item by id."""
    return _item(_row(item_id))


def clean_item(
    title: str,
    why: str,
    kind: Kind | str,
    rhythm: Rhythm | str,
    days_per_week: int | None,
    smaller_version: str,
) -> dict[str, str | int | None]:
    """A plan item's fields as they are kept, or InputError (ValueError for an unknown kind or
    rhythm): the one rule for the forms and for an import."""
    return {
        "title": clean_title(title),
        "why": clean_field(why),
        "kind": str(Kind(kind)),
        "rhythm": str(Rhythm(rhythm)),
        "days_per_week": days_per_week_for(Rhythm(rhythm), days_per_week),
        "smaller_version": clean_field(smaller_version),
    }


def add_item(
    title: str,
    *,
    why: str = "",
    kind: Kind = Kind.OTHER,
    rhythm: Rhythm = Rhythm.DAILY,
    days_per_week: int | None = None,
    smaller_version: str = "",
) -> PlanItem:
    """Add a plan item at the end of the plan."""
    values = clean_item(title, why, kind, rhythm, days_per_week, smaller_version)
    now = clock.now()
    with writing():
        last = PlanItemRow.select(fn.MAX(PlanItemRow.position)).scalar()
        row = PlanItemRow.create(
            **values,
            status=str(Status.ACTIVE),
            position=(last or 0) + 1,
            created_at=now,
            updated_at=now,
        )
    return _item(row)


def _log(item_id: int, change: Change, before: str, after: str, note: str, when: datetime) -> None:
    AdjustmentRow.create(
        item=item_id, made_at=when, change=str(change), before=before, after=after, note=note
    )


class _Log:
    """Logs the changes of one adjustment; its note goes with the first change only."""

    def __init__(self, item_id: int, note: str, when: datetime) -> None:
        self.item_id, self.note, self.when = item_id, note, when
        self.count = 0

    def __call__(self, change: Change, before: str, after: str) -> None:
        _log(self.item_id, change, before, after, "" if self.count else self.note, self.when)
        self.count += 1


def _apply_fit(
    row: PlanItemRow,
    smaller_version: str | None,
    rhythm: Rhythm | None,
    days_per_week: int | None,
    log: _Log,
) -> None:
    """Change the smaller version and rhythm of a row, logging each real change."""
    if smaller_version is not None:
        new = clean_field(smaller_version)
        if new != row.smaller_version:
            log(Change.SMALLER_VERSION, row.smaller_version, new)
            row.smaller_version = new
    if rhythm is None and days_per_week is not None:
        rhythm = Rhythm(row.rhythm)
    if rhythm is not None:
        # Without a new number of days, keep the item's own.
        wanted = row.days_per_week if days_per_week is None else days_per_week
        days = days_per_week_for(rhythm, wanted)
        old_code = rhythm_code(Rhythm(row.rhythm), row.days_per_week)
        new_code = rhythm_code(rhythm, days)
        if new_code != old_code:
            log(Change.RHYTHM, old_code, new_code)
            row.rhythm, row.days_per_week = str(rhythm), days


def edit_item(
    item_id: int,
    *,
    title: str,
    why: str,
    kind: Kind,
    rhythm: Rhythm,
    days_per_week: int | None = None,
    smaller_version: str,
) -> PlanItem:
    """Edit every field of a plan item; rhythm and smaller-version changes join its history."""
    new_title, new_why, new_kind = clean_title(title), clean_field(why), Kind(kind)
    now = clock.now()
    with writing():
        row = _row(item_id)
        row.title, row.why, row.kind = new_title, new_why, str(new_kind)
        _apply_fit(row, smaller_version, Rhythm(rhythm), days_per_week, _Log(row.id, "", now))
        row.updated_at = now
        row.save()
    return _item(row)


def adjust_item(
    item_id: int,
    *,
    smaller_version: str | None = None,
    rhythm: Rhythm | None = None,
    days_per_week: int | None = None,
    status: Status | None = None,
    note: str = "",
) -> PlanItem:
    """Fit an item to today's capacity (smaller version, rhythm, a pause), with an optional note.

    Everything is stored in one transaction. The note is kept once, with the first change; a
    note without any other change is kept on its own, as it is worth bringing to therapy too.
    """
    clean_note = clean_field(note)
    now = clock.now()
    with writing():
        row = _row(item_id)
        log = _Log(row.id, clean_note, now)
        _apply_fit(row, smaller_version, rhythm, days_per_week, log)
        if status is not None:
            _change_status(row, Status(status), log)
        if clean_note and not log.count:
            log(Change.NOTE, "", "")
        if log.count:
            row.updated_at = now
            row.save()
    return _item(row)


_STATUS_CHANGES = {
    (Status.ACTIVE, Status.PAUSED): Change.PAUSED,
    (Status.PAUSED, Status.ACTIVE): Change.RESUMED,
    (Status.ACTIVE, Status.RETIRED): Change.RETIRED,
    (Status.PAUSED, Status.RETIRED): Change.RETIRED,
    (Status.RETIRED, Status.ACTIVE): Change.RESTORED,
    (Status.RETIRED, Status.PAUSED): Change.RESTORED,
}


def _change_status(row: PlanItemRow, status: Status, log: _Log) -> None:
    old = Status(row.status)
    if old is not status:
        log(_STATUS_CHANGES[(old, status)], str(old), str(status))
        row.status = str(status)


def set_status(item_id: int, status: Status, *, note: str = "") -> PlanItem:
    """Pause, resume, retire or bring back a plan item; the change joins its history."""
    clean_note = clean_field(note)
    now = clock.now()
    with writing():
        row = _row(item_id)
        log = _Log(row.id, clean_note, now)
        _change_status(row, Status(status), log)
        if log.count:
            row.updated_at = now
            row.save()
    return _item(row)


def reorder(item_ids: Sequence[int]) -> None:
    """Put the given items in this order, keeping the slots they already occupied."""
    with writing():
        rows = list(PlanItemRow.select().where(PlanItemRow.id.in_(list(item_ids))))
        if len(rows) != len(set(item_ids)):
            raise ItemNotFound(set(item_ids) - {r.id for r in rows})
        slots = sorted(r.position for r in rows)
        for item_id, position in zip(item_ids, slots, strict=True):
            PlanItemRow.update(position=position).where(PlanItemRow.id == item_id).execute()


def _check_in(row: CheckInRow, reasons: Iterable[str]) -> CheckIn:
    return CheckIn(
        id=row.id,
        item_id=row.item_id,
        day=row.day,
        outcome=Outcome(row.outcome),
        reasons=frozenset(Reason(r) for r in reasons),
        other_reason=row.other_reason,
        note=row.note,
        updated_at=row.updated_at,
    )


def check_in(
    item_id: int,
    day: date,
    outcome: Outcome,
    *,
    reasons: Iterable[Reason] = (),
    other_reason: str = "",
    note: str = "",
) -> CheckIn:
    """Record (or change) what happened with an item on a day. Reasons are always optional."""
    chosen = sorted({str(Reason(r)) for r in reasons})
    other, clean_note = clean_field(other_reason), clean_field(note)
    now = clock.now()
    with writing():
        _row(item_id)
        row = CheckInRow.get_or_none((CheckInRow.item == item_id) & (CheckInRow.day == day))
        if row is None:
            row = CheckInRow(item=item_id, day=day, created_at=now)
        row.outcome, row.other_reason, row.note = str(Outcome(outcome)), other, clean_note
        row.updated_at = now
        row.save()
        CheckInReasonRow.delete().where(CheckInReasonRow.check_in == row.id).execute()
        if chosen:
            CheckInReasonRow.insert_many(
                [{"check_in": row.id, "reason": r} for r in chosen]
            ).execute()
    return _check_in(row, chosen)


def clear_check_in(item_id: int, day: date) -> CheckIn | None:
    """Remove the check-in for an item on a day; returns what was removed, so it can be put back."""
    with writing():
        found = _query_check_ins((CheckInRow.item == item_id) & (CheckInRow.day == day))
        if found:
            CheckInRow.delete().where(CheckInRow.id == found[0].id).execute()
    return found[0] if found else None


def _query_check_ins(condition: object) -> list[CheckIn]:
    rows = list(CheckInRow.select().where(condition).order_by(CheckInRow.day, CheckInRow.item))
    reasons: dict[int, list[str]] = defaultdict(list)
    if rows:
        for reason in CheckInReasonRow.select().where(
            CheckInReasonRow.check_in.in_([r.id for r in rows])
        ):
            reasons[reason.check_in_id].append(reason.reason)
    return [_check_in(row, reasons[row.id]) for row in rows]


def check_ins_on(day: date) -> dict[int, CheckIn]:
    """Every check-in made for a day, by plan item id."""
    return {c.item_id: c for c in _query_check_ins(CheckInRow.day == day)}


def check_ins_between(first: date, last: date, item_id: int | None = None) -> list[CheckIn]:
    """Check-ins from first to last (inclusive), oldest first, optionally for one item."""
    condition = (CheckInRow.day >= first) & (CheckInRow.day <= last)
    if item_id is not None:
        condition &= CheckInRow.item == item_id
    return _query_check_ins(condition)


def adjustments(item_id: int) -> list[Adjustment]:
    """The adjustment history of a plan item, newest first."""
    query = (
        AdjustmentRow.select()
        .where(AdjustmentRow.item == item_id)
        .order_by(AdjustmentRow.made_at.desc(), AdjustmentRow.id.desc())
    )
    return [adjustment_of(row) for row in query]


def adjustment_of(row: AdjustmentRow) -> Adjustment:
    """A stored adjustment row as a plain record (for the store's other modules)."""
    return Adjustment(
        id=row.id,
        item_id=row.item_id,
        made_at=row.made_at,
        change=Change(row.change),
        before=row.before,
        after=row.after,
        note=row.note,
    )
