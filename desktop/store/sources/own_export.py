"""Our own export, previewed as another app's journal is (preview.ImportPreview): its journal
entries, the days they span and how many are already here (by the export's natural key, as
importing.py recognises them), so one preview serves every kind. Reads only."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.store.importing import CheckedDocument, Packed
from desktop.store.models import JournalEntryRow, database
from desktop.store.sources.entries import LeftOut, SourceKind
from desktop.store.sources.preview import ImportPreview
from desktop.store.tables import natural_key_of, quote, table_name


def _plain(value: Any) -> Any:
    return value.text() if isinstance(value, Packed) else value


def other_rows(checked: CheckedDocument) -> int:
    """How many rows the export holds besides its journal entries and tags."""
    return sum(
        len(rows)
        for model, rows in checked.tables
        if table_name(model) not in ("journal_entry", "tag")
    )


def preview(checked: CheckedDocument, name: str, *, compare: bool = True) -> ImportPreview:
    """What importing a checked export would do to the open store's journal now."""
    rows = {table_name(model): rows for model, rows in checked.tables}
    entries = rows.get("journal_entry", ())
    key = natural_key_of(JournalEntryRow)
    sql = (
        f"SELECT 1 FROM {quote(table_name(JournalEntryRow))} WHERE "
        + " AND ".join(f"{quote(c)} IS ?" for c in key)
        + " LIMIT 1"
    )
    already = 0
    if compare:
        for row in entries:
            values = [_plain(row[c]) for c in key]
            cursor = database.execute_sql(sql, values)  # type: ignore[no-untyped-call]
            already += cursor.fetchone() is not None
    days = [date.fromisoformat(str(row["day"])) for row in entries]
    return ImportPreview(
        kind=SourceKind.BETWEEN_SESSIONS,
        name=name,
        entries=len(entries),
        new=len(entries) - already,
        already_here=already,
        first_day=min(days, default=None),
        last_day=max(days, default=None),
        left_out=LeftOut(),
        moods=(),
        tags=len(rows.get("tag", ())),
        unknown_time_zones=0,
    )
