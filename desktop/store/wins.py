"""Small wins: everything that counted as a step (check-ins done, the smaller version, tried or
thought about, journal entries) and the wins the person adds by hand."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, cast

from peewee import fn

from desktop import clock
from desktop.store import plan
from desktop.store.encouragement_records import (
    SmallWin,
    WinKind,
)
from desktop.store.errors import InputError
from desktop.store.models import (
    JournalEntryRow,
    ManualWinRow,
    writing,
)
from desktop.store.records import Status
from desktop.store.text import clean_field

WIN_MAX = 500


# -- small wins ------------------------------------------------------------------------------


def clean_win_text(text: str) -> str:
    """A small win's words as they are kept (on one line), or InputError (empty, too long)."""
    cleaned = " ".join(clean_field(text, limit=WIN_MAX).split())
    if not cleaned:
        raise InputError("input.win_empty")
    return cleaned


def add_win(day: date, text: str) -> SmallWin:
    """Add a small win by hand."""
    cleaned = clean_win_text(text)
    with writing():
        row = ManualWinRow.create(day=day, text=cleaned, created_at=clock.now())
    return SmallWin(day=day, kind=WinKind.MANUAL, text=cleaned, win_id=row.id)


def delete_win(win_id: int) -> None:
    """Remove a win added by hand."""
    with writing():
        ManualWinRow.delete().where(ManualWinRow.id == win_id).execute()


def _entry_heading(title: str, start: str) -> str:
    if title:
        return title
    for line in start.splitlines():
        if line.strip():
            return " ".join(line.split())[:160]
    return ""


def small_wins(first: date, last: date) -> list[SmallWin]:
    """Everything that counted as a step from first to last (inclusive), by day.

    Check-ins that were done, the smaller version, tried or thought about (in plan order),
    journal entries (not in the trash; private ones are marked so), then wins added by hand.
    """
    titles = {item.id: item for item in plan.list_items(Status)}
    found: list[tuple[date, int, Any, SmallWin]] = []
    for check_in in plan.check_ins_between(first, last):
        if not check_in.outcome.is_step or check_in.item_id not in titles:
            continue
        item = titles[check_in.item_id]
        win = SmallWin(
            day=check_in.day,
            kind=WinKind.CHECK_IN,
            text=item.title,
            outcome=check_in.outcome,
            item_id=item.id,
        )
        found.append((check_in.day, 0, (item.position, item.id), win))
    entries = (
        JournalEntryRow.select(
            JournalEntryRow.id,
            JournalEntryRow.day,
            JournalEntryRow.title,
            fn.substr(JournalEntryRow.body, 1, 400).alias("start"),
            JournalEntryRow.private,
        )
        .where(
            (JournalEntryRow.day >= first)
            & (JournalEntryRow.day <= last)
            & JournalEntryRow.deleted_at.is_null(True)
        )
        .dicts()
    )
    for row in cast(Iterable[dict[str, Any]], entries):
        day = row["day"] if isinstance(row["day"], date) else date.fromisoformat(row["day"])
        win = SmallWin(
            day=day,
            kind=WinKind.ENTRY,
            text=_entry_heading(row["title"], row["start"]),
            entry_id=row["id"],
            private=bool(row["private"]),
        )
        found.append((day, 1, row["id"], win))
    manual = ManualWinRow.select().where((ManualWinRow.day >= first) & (ManualWinRow.day <= last))
    for added in manual:
        win = SmallWin(day=added.day, kind=WinKind.MANUAL, text=added.text, win_id=added.id)
        found.append((added.day, 2, added.id, win))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    return [win for *_, win in found]
