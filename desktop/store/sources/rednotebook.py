"""RedNotebook's journal folder: one YAML file a month (``YYYY-MM.txt``), read with PyYAML's
safe loader only (plain data: a file with tags that name Python objects is refused, never run).

A month maps each day's number to ``{text: ..., <category>: {<entry>: null} or null}``, as
RedNotebook's storage.py writes it. The text keeps its txt2tags markup as plain text; each
category and each #hashtag (RedNotebook's own rule) becomes a tag, and a category's entries are
kept as lines at the end of the text ("Work: Finished the report"), so nothing is lost. The
old "Tags" category's entries are tags, as RedNotebook itself reads them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop.store.errors import ImportFileError
from desktop.store.sources.entries import LeftOut, Reading, SourceEntry, SourceKind
from desktop.store.sources.reading import day_of, folder_files, is_file, load_yaml, read_texts

MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.txt$")
#: RedNotebook's own (data.py): a # after a non-word, then a word with a letter in it.
_HASHTAG = re.compile(r"(^|[^\w&#])(#|\uFF03)(?![0-9A-F]{6}|include)(\w*[^\W\d_]+\w*)", re.I)
OLD_TAGS = "Tags"


def _names(value: Any) -> list[str]:
    return [str(key) for key in value] if isinstance(value, dict) else []


def _day_entry(day: Any, content: Any, year: int, month: int, name: str) -> SourceEntry | None:
    if isinstance(day, bool) or not isinstance(day, int):
        raise ImportFileError("import.bad_date", name=name, value=repr(str(day)[:40]))
    if not isinstance(content, dict):
        raise ImportFileError("import.not_kind", name=name, kind="RedNotebook", missing="text")
    text = content.get("text")
    text = "" if text is None else str(text)
    tags: list[str] = []
    lines: list[str] = []
    for category, items in content.items():
        if category == "text":
            continue
        if str(category) == OLD_TAGS:
            tags += _names(items)
            continue
        tags.append(str(category))
        lines += [f"{category}: {item}" for item in _names(items)]
    tags += [found[3].lower() for found in _HASHTAG.finditer(text)]
    body = text.strip()
    if lines:
        body = (body + "\n\n" if body else "") + "\n".join(lines)
    if not body and not tags:
        return None
    return SourceEntry(day=day_of(year, month, day, name), body=body, tags=tuple(tags))


def parse_month(text: str, name: str, year: int, month: int) -> tuple[list[SourceEntry], int]:
    """The days of one month file, and how many were empty."""
    content = load_yaml(text, name)
    if content is None:
        return [], 0
    if not isinstance(content, dict):
        raise ImportFileError("import.not_kind", name=name, kind="RedNotebook", missing="days")
    entries, empty = [], 0
    for day in sorted(content, key=lambda d: d if isinstance(d, int) else -1):
        entry = _day_entry(day, content[day], year, month, name)
        if entry is None:
            empty += 1
        else:
            entries.append(entry)
    return entries, empty


def month_files(paths: list[Path]) -> list[tuple[Path, int, int]]:
    """The month files among paths, with their year and month."""
    found = []
    for path in paths:
        match = MONTH_FILE.match(path.name)
        if match and 1 <= int(match[2]) <= 12:
            found.append((path, int(match[1]), int(match[2])))
    return found


def read(path: Path) -> Reading:
    """A RedNotebook journal folder (its data folder), or one month file of it."""
    folder = path.is_dir()
    paths = folder_files(path) if folder else [path]
    # (in a folder, a pipe or a device named like a month is counted, never opened)
    months = [m for m in month_files(paths) if is_file(m[0]) or not folder]
    if not months:
        raise ImportFileError(
            "import.not_kind", name=path.name, kind="RedNotebook", missing="month"
        )
    entries: list[SourceEntry] = []
    empty = 0
    texts = read_texts([file for file, _, _ in months])
    for (file, text), (_, year, month) in zip(texts, months, strict=True):
        found, none = parse_month(text, file.name, year, month)
        entries += found
        empty += none
    other = len(paths) - len(months)
    return Reading(
        SourceKind.REDNOTEBOOK,
        path.name,
        tuple(entries),
        LeftOut(empty=empty, other_files=other),
    )
