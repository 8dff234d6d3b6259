"""A folder of Markdown notes, such as Obsidian's daily notes: one entry a file.

The day comes from the file's name, in a pattern the person can give (``YYYY-MM-DD`` unless
told otherwise; ``DD.MM.YYYY``, ``YYYYMMDD``...: YYYY, MM and DD stand for the year, month and
day, anything else is itself), or else from ``date:`` in the note's front matter (YAML between
``---`` lines at its top, read with the safe loader). Front matter may also give ``title``,
``tags`` and ``mood``; otherwise a first line that is a heading is the title. ``#tags`` in the
text are tags too (the text keeps them). Hidden folders (an app's settings, its trash) are not
read; files that aren't notes are counted, never read.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.store.errors import ImportFileError
from desktop.store.sources.entries import LeftOut, Reading, SourceEntry, SourceKind
from desktop.store.sources.reading import (
    day_of,
    first_heading,
    folder_files,
    is_file,
    iso_day,
    load_yaml,
    read_texts,
)

DEFAULT_PATTERN = "YYYY-MM-DD"
NOTE_SUFFIXES = (".md", ".markdown")
_TOKENS = {"YYYY": r"(?P<year>\d{4})", "MM": r"(?P<month>\d{2})", "DD": r"(?P<day>\d{2})"}
#: A # at the start or after a space or bracket, then a name with a letter in it (Obsidian's).
_TAG = re.compile(r"(?:^|(?<=[\s(\[]))#([\w/-]*[^\W\d_][\w/-]*)", re.MULTILINE)
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)


def name_pattern(pattern: str) -> re.Pattern[str]:
    """The file-name pattern as a regular expression; InputError-like refusal when it lacks
    the year, the month or the day."""
    if any(pattern.count(token) != 1 for token in _TOKENS):
        raise ImportFileError("import.bad_date_pattern", pattern=pattern[:40])
    parts = re.split(r"(YYYY|MM|DD)", pattern)
    return re.compile("".join(_TOKENS.get(part, re.escape(part)) for part in parts))


def _front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    found = _FRONT.match(text)
    if not found:
        return {}, text
    data = load_yaml(found[1], name)
    if not isinstance(data, dict):
        return {}, text  # a rule (---) that opens the note, not front matter
    return {str(k).lower(): v for k, v in data.items()}, text[found.end() :]


def _front_tags(value: Any) -> list[str]:
    if isinstance(value, str):
        return [t for t in re.split(r"[,\s]+", value) if t]
    if isinstance(value, list):
        return [str(t) for t in value if isinstance(t, str | int)]
    return []


def _front_day(value: Any, name: str) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        return iso_day(value.strip()[:10], name)
    return None


def note_entry(text: str, name: str, pattern: re.Pattern[str]) -> SourceEntry | None:
    """One note as an entry; None when it holds no date (its name nor its front matter)."""
    front, rest = _front_matter(text, name)
    found = pattern.search(Path(name).stem)
    if found:
        day = day_of(int(found["year"]), int(found["month"]), int(found["day"]), name)
    else:
        front_day = _front_day(front.get("date"), name)
        if front_day is None:
            return None
        day = front_day
    title, body = first_heading(rest)
    if isinstance(front.get("title"), str) and front["title"].strip():
        title, body = front["title"].strip(), rest.strip("\n")
    tags = _front_tags(front.get("tags")) + _TAG.findall(_FENCE.sub("", body))
    mood = front.get("mood")
    return SourceEntry(
        day=day,
        title=title,
        body=body.strip(),
        tags=tuple(tags),
        mood="" if mood is None or isinstance(mood, bool) else str(mood),
    )


def read(path: Path, pattern: str = DEFAULT_PATTERN) -> Reading:
    """A folder of Markdown notes (and its folders), or one note."""
    compiled = name_pattern(pattern)
    paths = folder_files(path) if path.is_dir() else [path]
    # (a pipe or a device named like a note is counted with the other files, never opened)
    notes = [p for p in paths if p.suffix.lower() in NOTE_SUFFIXES and is_file(p)]
    entries, empty, undated = [], 0, 0
    for file, text in read_texts(notes):
        entry = note_entry(text, file.name, compiled)
        if entry is None:
            undated += 1
        elif entry.title or entry.body or entry.tags or entry.mood:
            entries.append(entry)
        else:
            empty += 1
    left_out = LeftOut(empty=empty, undated=undated, other_files=len(paths) - len(notes))
    return Reading(SourceKind.MARKDOWN, path.name, tuple(entries), left_out)
