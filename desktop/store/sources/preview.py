"""What an import from another app would do, before anything is written: how many entries, the
days they span, how many are already here, what is left out and why, and the mood mapping.

An entry is already here when one with the same day, title and text is stored (in the trash
too: what the person put there stays put), or, where the other app gives its entries ids (Day
One's uuid), when an entry brought with the same id is stored, even edited here since
(journal_entry.source_id, "dayone:<uuid>"). Within one file an id tells repeats apart
(entries.once_each).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.store import journal
from desktop.store.errors import ImportFileError, InputError
from desktop.store.models import database
from desktop.store.records import MOOD_RANGE, EntryFields
from desktop.store.sources.daylio import DEFAULT_MOODS
from desktop.store.sources.entries import LeftOut, Reading, SourceEntry, SourceKind
from desktop.store.text import TITLE_MAX

Key = tuple[str, bytes]
Moods = Mapping[str, int | None]


@dataclass(frozen=True, slots=True)
class MoodChoice:
    """One of the source's moods, how many entries carry it, and which of our 1 to 5 it
    becomes (None: no mood)."""

    label: str
    entries: int
    mood: int | None


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing a reading would do now."""

    kind: SourceKind
    name: str
    #: Entries the source holds that can be brought in.
    entries: int
    #: Of those, how many would be added, and how many are already here.
    new: int
    already_here: int
    first_day: date | None
    last_day: date | None
    left_out: LeftOut
    moods: tuple[MoodChoice, ...]
    tags: int
    unknown_time_zones: int


def default_mood(label: str) -> int | None:
    """Our mood for a source's word: Daylio's own names, or a number from 1 to 5."""
    word = label.strip().casefold()
    if word in DEFAULT_MOODS:
        return DEFAULT_MOODS[word]
    if word.isdigit() and int(word) in MOOD_RANGE:
        return int(word)
    return None


def mood_choices(reading: Reading, moods: Moods | None = None) -> tuple[MoodChoice, ...]:
    """The source's moods, most used first, each with the mood it becomes (moods, where given,
    else the default)."""
    counted = Counter(entry.mood for entry in reading.entries if entry.mood)
    given = moods or {}
    return tuple(
        MoodChoice(label, count, given[label] if label in given else default_mood(label))
        for label, count in sorted(counted.items(), key=lambda pair: (-pair[1], pair[0]))
    )


def _mood_map(reading: Reading, moods: Moods | None) -> dict[str, int | None]:
    chosen = {choice.label: choice.mood for choice in mood_choices(reading, moods)}
    for mood in chosen.values():
        if mood is not None and mood not in MOOD_RANGE:
            raise InputError("input.mood_range")
    return chosen


Pair = tuple[SourceEntry, EntryFields]


def _title_fits(entry: SourceEntry) -> bool:
    return len(" ".join(entry.title.split())) <= TITLE_MAX


def title_of(entry: SourceEntry) -> str:
    """The entry's title, when it fits in one (a title is cut at TITLE_MAX)."""
    return entry.title if _title_fits(entry) else ""


def body_of(entry: SourceEntry) -> str:
    """The entry's text; a title too long to be one begins it, so no word of it is lost."""
    if _title_fits(entry):
        return entry.body
    return f"{entry.title}\n\n{entry.body}" if entry.body else entry.title


def fields_of(reading: Reading, moods: Moods | None = None) -> list[Pair]:
    """Each entry as the journal keeps it, held to the editor's rules (journal.clean_fields);
    ImportFileError naming the entry when one can't be kept (longer than an entry can be)."""
    mapped = _mood_map(reading, moods)
    kept = []
    for number, entry in enumerate(reading.entries, start=1):
        try:
            kept.append(
                (
                    entry,
                    journal.clean_fields(
                        EntryFields(
                            day=entry.day,
                            title=title_of(entry),
                            body=body_of(entry),
                            mood=mapped.get(entry.mood) if entry.mood else None,
                            tags=entry.tags,
                        )
                    ),
                )
            )
        except InputError as problem:
            where = {"name": reading.name, "entry": number, "day": entry.day.isoformat()}
            if problem.code == "input.entry_too_long":
                raise ImportFileError("import.entry_too_long", **where) from None
            if problem.code == "input.tag_too_long":
                raise ImportFileError("import.tag_too_long", **where, **problem.details) from None
            raise ImportFileError("import.entry_refused", **where, detail=problem.code) from None
    return kept


def key_of(day: date | str, title: str, body: str) -> Key:
    """What tells an entry apart here: its day, title and text (their digest)."""
    digest = hashlib.blake2b(title.encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(b"\x00")
    digest.update(body.encode("utf-8", "surrogatepass"))
    return (day if isinstance(day, str) else day.isoformat(), digest.digest())


def stored_keys(days: Iterable[date]) -> Counter[Key]:
    """The keys of the entries stored on the days given (how many of each)."""
    wanted = sorted({day.isoformat() for day in days})
    found: Counter[Key] = Counter()
    if not wanted:
        return found
    cursor = database.execute_sql(  # type: ignore[no-untyped-call]
        "SELECT day, title, body FROM journal_entry WHERE day BETWEEN ? AND ?",
        (wanted[0], wanted[-1]),
    )
    chosen = set(wanted)
    for day, title, body in cursor:
        if str(day) in chosen:
            found[key_of(str(day), title, body)] += 1
    return found


def source_key(kind: SourceKind | str, entry: SourceEntry) -> str | None:
    """What the store keeps of an entry's id in the other app ("dayone:<uuid>"); None when
    the app gives none."""
    return f"{kind}:{entry.source_id}" if entry.source_id else None


#: How many ids one query asks about (well under SQLite's limit on parameters).
IDS_A_QUERY = 500


def stored_source_ids(ids: Iterable[str]) -> set[str]:
    """Those of ids that an entry here was brought with (in the trash too)."""
    wanted = sorted(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), IDS_A_QUERY):
        part = wanted[start : start + IDS_A_QUERY]
        cursor = database.execute_sql(  # type: ignore[no-untyped-call]
            "SELECT source_id FROM journal_entry WHERE source_id IN "
            f"({', '.join('?' for _ in part)})",
            part,
        )
        found.update(str(source_id) for (source_id,) in cursor)
    return found


def split_new(pairs: list[Pair], kind: SourceKind | str | None = None) -> tuple[list[Pair], int]:
    """The entries not stored yet, and how many are already here. Two alike in the source
    match two alike here: the same file a second time adds nothing. kind given: an entry
    brought from that app with the same id is here too, whatever it says now."""
    keys = [source_key(kind, source) if kind else None for source, _ in pairs]
    brought = stored_source_ids(key for key in keys if key)
    here = stored_keys(f.day for _, f in pairs)
    new = []
    for pair, source_id in zip(pairs, keys, strict=True):
        if source_id in brought:
            continue
        entry = pair[1]
        key = key_of(entry.day, entry.title, entry.body)
        if here[key] > 0:
            here[key] -= 1
        else:
            new.append(pair)
    return new, len(pairs) - len(new)


def created_at(entry: SourceEntry) -> datetime:
    """When an entry was written, as the source says (midnight when it gives no time)."""
    return datetime.combine(entry.day, entry.time or time(0, 0))


def preview(reading: Reading, moods: Moods | None = None, *, compare: bool = True) -> ImportPreview:
    """What importing reading would do to the open store now; reads only. compare False: with
    no store to compare with (no data yet), everything is new."""
    pairs = fields_of(reading, moods)
    new, already = split_new(pairs, reading.kind) if compare else (pairs, 0)
    fields = [f for _, f in pairs]
    days = [f.day for f in fields]
    return ImportPreview(
        kind=reading.kind,
        name=reading.name,
        entries=len(fields),
        new=len(new),
        already_here=already,
        first_day=min(days, default=None),
        last_day=max(days, default=None),
        left_out=reading.left_out,
        moods=mood_choices(reading, moods),
        tags=len({tag.casefold() for f in fields for tag in f.tags}),
        unknown_time_zones=reading.unknown_time_zones,
    )
