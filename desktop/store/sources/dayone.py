"""Day One's JSON export: a .zip holding <Journal>.json (and the photos, left in it), or the
.json alone.

Each of ``entries[]`` has ``uuid``, ``creationDate`` (UTC, "2024-03-01T20:30:00Z"),
``timeZone`` (an IANA name such as "Europe/Berlin", for the day and time the person saw),
``text`` (Markdown in which Day One escapes punctuation, ``\\.`` ``\\(``, and links each photo
as ``![](dayone-moment://<id>)``), ``tags[]`` and ``starred``. A starred entry is tagged
"starred", so nothing Day One showed is lost; photos are left out and counted.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.store.errors import ImportFileError
from desktop.store.sources.entries import LeftOut, Reading, SourceEntry, SourceKind, once_each
from desktop.store.sources.reading import (
    decode,
    first_heading,
    read_source_file,
    read_zip_texts,
)

STARRED_TAG = "starred"
#: A photo, video, audio or PDF Day One links into the text, with its Markdown image around it.
_MOMENT = re.compile(r"!?\[[^\]\n]*\]\(dayone-moment:/{1,2}[^)\s]*\)|dayone-moment:/{1,2}\S+")
#: CommonMark's backslash escapes: a backslash before any ASCII punctuation.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_MEDIA = ("photos", "videos", "audios", "pdfAttachments")


def unescape(text: str) -> str:
    """Day One's Markdown with its backslash escapes undone ("1\\. 2\\." is "1. 2.")."""
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text


@cache
def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _moment(value: Any, zone_name: Any, name: str) -> tuple[datetime, bool]:
    """The local moment of a creationDate, and whether its time zone was known."""
    if not isinstance(value, str):
        raise ImportFileError("import.bad_date", name=name, value=repr(str(value)[:40]))
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ImportFileError("import.bad_date", name=name, value=repr(value[:40])) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    zone = _zone(zone_name) if isinstance(zone_name, str) and zone_name else None
    if zone is None:
        return moment.astimezone(UTC).replace(tzinfo=None), False
    return moment.astimezone(zone).replace(tzinfo=None), True


def _media_count(raw: dict[str, Any], text: str) -> int:
    listed = sum(len(raw[key]) for key in _MEDIA if isinstance(raw.get(key), list))
    return max(listed, len(_MOMENT.findall(text)) if "dayone-moment:" in text else 0)


def _entries_of(document: Any, name: str) -> list[dict[str, Any]]:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFileError("import.not_kind", name=name, kind="Day One", missing="entries")
    entries: list[dict[str, Any]] = document["entries"]
    for raw in entries:
        if not isinstance(raw, dict) or "creationDate" not in raw:
            raise ImportFileError(
                "import.not_kind", name=name, kind="Day One", missing="creationDate"
            )
    return entries


def parse(text: str, name: str) -> tuple[list[SourceEntry], int, int, int]:
    """The entries of one Day One journal's JSON; also how many were empty, how many photos
    were left out and how many entries had a time zone the app doesn't know."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise ImportFileError("import.not_json_of", name=name) from None
    entries: list[SourceEntry] = []
    empty = photos = unknown_zones = 0
    for raw in _entries_of(document, name):
        moment, zone_known = _moment(raw.get("creationDate"), raw.get("timeZone"), name)
        unknown_zones += not zone_known
        raw_text = raw["text"] if isinstance(raw.get("text"), str) else ""
        media = _media_count(raw, raw_text)
        photos += media
        if "dayone-moment:" in raw_text:  # (a search of every text costs seconds)
            raw_text = re.sub(r"\n{3,}", "\n\n", _MOMENT.sub("", raw_text))
        title, body = first_heading(unescape(raw_text))
        body = body.strip()
        tags = [t for t in raw.get("tags") or () if isinstance(t, str)]
        if raw.get("starred") is True:
            tags.append(STARRED_TAG)
        if not (title or body or tags):
            empty += 1
            continue
        entries.append(
            SourceEntry(
                day=moment.date(),
                time=moment.time().replace(microsecond=0),
                title=title,
                body=body,
                tags=tuple(tags),
                source_id=str(raw.get("uuid") or ""),
                photos=media,
            )
        )
    return entries, empty, photos, unknown_zones


def read(path: Path) -> Reading:
    """A Day One export: the .zip (every journal in it) or one journal's .json."""
    if path.suffix.lower() == ".zip":
        texts = read_zip_texts(path, ".json")
        if not texts:
            raise ImportFileError("import.zip_no_journal", name=path.name)
    else:
        texts = [(path.name, decode(read_source_file(path), path.name))]
    entries: list[SourceEntry] = []
    left_out = LeftOut()
    zones = 0
    for name, text in texts:
        found, empty, photos, unknown = parse(text, name)
        entries += found
        zones += unknown
        left_out = LeftOut(photos=left_out.photos + photos, empty=left_out.empty + empty)
    entries, repeated = once_each(entries)
    left_out = LeftOut(photos=left_out.photos, empty=left_out.empty, repeated=repeated)
    return Reading(SourceKind.DAYONE, path.name, tuple(entries), left_out, zones)
