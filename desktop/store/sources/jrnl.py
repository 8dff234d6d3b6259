"""jrnl's journals: what ``jrnl --export json`` writes, and jrnl's own plain-text journal file.

The export: ``{"tags": {...}, "entries": [{"title", "body", "date": "YYYY-MM-DD",
"time": "HH:MM", "tags": ["@work", "#feelings"], "starred": bool}]}``. The journal file: each
entry starts a line with ``[YYYY-MM-DD HH:MM:SS AM] `` (jrnl's default time format,
"%F %r"; 24-hour times are read too), its title the first sentence or line, "*" after the
title when starred. Tags start with @ or #, as jrnl's own rule finds them (and keep jrnl's
lower case); a starred entry is tagged "starred".
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from desktop.store.errors import ImportFileError
from desktop.store.sources.entries import LeftOut, Reading, SourceEntry, SourceKind, once_each
from desktop.store.sources.reading import clock_time, decode, iso_day, read_source_file

STARRED_TAG = "starred"
#: jrnl's own (Entry.tag_regex, with its default tag symbols "#@").
_TAG = re.compile(r"(?<!\S)([#@][-+*#/\w]+)")
#: jrnl's own (journals/Journal.py): an entry starts where a bracketed date does.
_DATE_BLOB = re.compile(r"(?:^|\n)\[([^\]]+)\] ")
_BLOB_PARTS = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[ T](.+)$")
#: jrnl's own title splitter (journals/Entry.py, after segtok).
_SENTENCE = re.compile(
    r"""(
    [.!?\u2026\u203C\u203D\u2047\u2048\u2049\u22EF\uFE52\uFE57]
    [\'\u2019\"\u201D]?
    [\]\)]*
    \s+
    )
    |[\uFF01\uFF0E\uFF1F\uFF61\u3002]""",
    re.VERBOSE,
)


def _tag_name(tag: str) -> str:
    return tag.lstrip("@#")


def split_title(text: str) -> tuple[str, str]:
    """The first line or sentence, and the rest: as jrnl splits them (its very steps, so that
    its journal file reads as its own export has it)."""
    sep = re.search("\n", text.lstrip()) or _SENTENCE.search(text)
    if not sep:
        return text.strip(), ""
    return text[: sep.end()].strip(), text[sep.end() :].strip()


def _entry(
    day_text: str, time_text: str, title: str, body: str, tags: list[str], starred: bool, name: str
) -> SourceEntry:
    # (jrnl keeps its tags in a set: in no order, so here in alphabetical order)
    names = sorted({_tag_name(t) for t in tags})
    if starred:
        names.append(STARRED_TAG)
    return SourceEntry(
        day=iso_day(day_text, name),
        time=clock_time(time_text, name) if time_text else None,
        title=title,
        body=body,
        tags=tuple(names),
    )


def parse_export(text: str, name: str) -> tuple[list[SourceEntry], int]:
    """The entries of ``jrnl --export json``, and how many were empty."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise ImportFileError("import.not_json_of", name=name) from None
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFileError("import.not_kind", name=name, kind="jrnl", missing="entries")
    entries, empty = [], 0
    for raw in document["entries"]:
        if not isinstance(raw, dict) or not isinstance(raw.get("date"), str):
            raise ImportFileError("import.not_kind", name=name, kind="jrnl", missing="date")
        title, body = _text(raw, "title"), _text(raw, "body")
        tags = [t for t in raw.get("tags") or () if isinstance(t, str)]
        entry = _entry(
            raw["date"], _text(raw, "time"), title, body, tags, raw.get("starred") is True, name
        )
        if isinstance(raw.get("uuid"), str):  # a jrnl journal kept by Day One has them
            entry = dataclasses.replace(entry, source_id=raw["uuid"])
        if entry.title or entry.body or entry.tags:
            entries.append(entry)
        else:
            empty += 1
    return entries, empty


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key)
    return value.strip() if isinstance(value, str) else ""


def parse_journal(text: str, name: str) -> tuple[list[SourceEntry], int]:
    """The entries of jrnl's plain-text journal file, and how many were empty."""
    starts = []
    for found in _DATE_BLOB.finditer(text):
        parts = _BLOB_PARTS.match(found[1].strip())
        if parts:  # (a bracket at a line's start that holds no date is text, as for jrnl)
            starts.append((found, parts[1], parts[2]))
    if not starts and text.strip():
        raise ImportFileError("import.not_kind", name=name, kind="jrnl", missing="[date]")
    entries, empty = [], 0
    for number, (found, day_text, time_text) in enumerate(starts):
        end = starts[number + 1][0].start() if number + 1 < len(starts) else len(text)
        raw = text[found.end() : end]
        lines = raw.splitlines()
        starred = bool(lines) and lines[0].strip().endswith("*")
        if starred:
            raw = lines[0].strip("\n *") + "\n" + "\n".join(lines[1:])
        title, body = split_title(raw)
        tags = [t.lower() for t in _TAG.findall(raw)]
        entry = _entry(day_text, time_text, title, body, tags, starred, name)
        if entry.title or entry.body or entry.tags:
            entries.append(entry)
        else:
            empty += 1
    return entries, empty


def looks_like_journal(text: str) -> bool:
    """Whether a text starts as jrnl's journal file does."""
    first = text.lstrip()[:80]
    found = _DATE_BLOB.match(first)
    return bool(found and _BLOB_PARTS.match(found[1].strip()))


def read(path: Path) -> Reading:
    """jrnl's JSON export (a .json file) or its plain-text journal (any other file)."""
    text = decode(read_source_file(path), path.name)
    if text.lstrip().startswith("{"):
        entries, empty = parse_export(text, path.name)
    else:
        entries, empty = parse_journal(text, path.name)
    entries, repeated = once_each(entries)
    left_out = LeftOut(empty=empty, repeated=repeated)
    return Reading(SourceKind.JRNL, path.name, tuple(entries), left_out)
