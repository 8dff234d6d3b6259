"""Daylio's CSV export: ``full_date,date,weekday,time,mood,activities,note_title,note`` (newer
exports add ``scales``), read by the names in its header line, whatever their order.

``full_date`` is YYYY-MM-DD, ``time`` 12- or 24-hour ("9:30 pm", "21:30"), ``mood`` Daylio's
default names (rad, good, meh, bad, awful) or the person's own, ``activities`` joined with
" | " and brought in as tags. A file a spreadsheet saved again may be UTF-16 with its mark,
tab- or semicolon-separated: each is read the same.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.store.errors import ImportFileError
from desktop.store.journal import BODY_MAX
from desktop.store.sources.entries import LeftOut, Reading, SourceEntry, SourceKind
from desktop.store.sources.reading import clock_time, decode, iso_day, read_source_file

#: Daylio's own mood names, as our 1 to 5 (the preview lets the person change them).
DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
NEEDED = ("full_date", "mood")


def _dialect(first_line: str) -> str:
    """The separator whose split of the header names full_date (a spreadsheet's save may use
    tabs or semicolons)."""
    for separator in (",", ";", "\t"):
        if "full_date" in [name.strip().lower() for name in first_line.split(separator)]:
            return separator
    return ","


def parse(text: str, name: str) -> tuple[list[SourceEntry], int]:
    """The entries of a Daylio CSV, and how many said nothing at all."""
    first_line = text.lstrip().partition("\n")[0]
    # A note may be as long as an entry can be; csv's own limit is 128 KiB a field.
    csv.field_size_limit(max(csv.field_size_limit(), BODY_MAX + 1))
    rows = csv.reader(io.StringIO(text.lstrip(), newline=""), delimiter=_dialect(first_line))
    try:
        header = [column.strip().lower() for column in next(rows, [])]
        missing = [column for column in NEEDED if column not in header]
        if missing:
            raise ImportFileError("import.not_kind", name=name, kind="Daylio", missing=missing[0])
        where = {column: header.index(column) for column in header}
        entries, empty = [], 0
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue  # a blank line a spreadsheet left at the end

            def cell(column: str, row: list[str] = row) -> str:
                at = where.get(column)
                return row[at].strip() if at is not None and at < len(row) else ""

            activities = cell("activities")
            tags = tuple(a.strip() for a in activities.split("|") if a.strip())
            entry = SourceEntry(
                day=iso_day(cell("full_date"), name),
                time=clock_time(cell("time"), name) if cell("time") else None,
                title=cell("note_title"),
                body=cell("note").replace("\r\n", "\n"),
                tags=tags,
                mood=cell("mood"),
            )
            if entry.title or entry.body or entry.tags or entry.mood:
                entries.append(entry)
            else:
                empty += 1
    except csv.Error:
        raise ImportFileError("import.csv_broken", name=name, row=rows.line_num) from None
    return entries, empty


def read(path: Path) -> Reading:
    """A Daylio CSV export."""
    entries, empty = parse(decode(read_source_file(path), path.name), path.name)
    return Reading(SourceKind.DAYLIO, path.name, tuple(entries), LeftOut(empty=empty))
