"""Journal commands and queries: entries, tags, thought records, own prompts, full-text search."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, cast

import peewee
from peewee import SQL, fn

from desktop.store.models import (
    EntryTagRow,
    JournalEntryRow,
    JournalSearch,
    OwnPromptRow,
    TagRow,
    ThoughtRecordRow,
    writing,
)
from desktop.store.records import (
    MATCH_END,
    MATCH_START,
    MOOD_RANGE,
    EntryFields,
    EntryFilter,
    EntrySummary,
    Flag,
    JournalEntry,
    ThoughtRecord,
)
from desktop.store.text import TITLE_MAX, InputError, clean, clean_field

PAGE_SIZE = 200
TRASH_DAYS = 30
BODY_MAX = 10_000_000
TAG_MAX = 60
FIRST_LINE_MAX = 160


class EntryNotFound(LookupError):
    """No journal entry has that id."""


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# -- cleaning ---------------------------------------------------------------------------------


def _scale(value: int | None, what: str) -> int | None:
    if value is not None and value not in MOOD_RANGE:
        raise InputError(f"{what} is chosen from 1 to 5, or left empty.")
    return value


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags trimmed, with inner spaces collapsed, empty ones dropped, duplicates (any case) once."""
    seen: dict[str, str] = {}
    for tag in tags:
        name = " ".join(clean(tag).split()).lstrip("#")
        if len(name) > TAG_MAX:
            raise InputError(f"A tag can be up to {TAG_MAX} characters.")
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())


def _clean_record(record: ThoughtRecord | None) -> ThoughtRecord | None:
    if record is None:
        return None
    strength = record.feeling_strength
    if strength is not None and not 0 <= strength <= 100:
        raise InputError("How strong a feeling was is given from 0 to 100.")
    cleaned = ThoughtRecord(
        situation=clean_field(record.situation),
        thought=clean_field(record.thought),
        feeling=clean_field(record.feeling),
        feeling_strength=strength,
        kind_friend=clean_field(record.kind_friend),
        balanced_thought=clean_field(record.balanced_thought),
        plan_item_id=record.plan_item_id,
    )
    return None if cleaned.is_empty else cleaned


def _clean_fields(fields: EntryFields) -> EntryFields:
    body = clean(fields.body)
    if len(body) > BODY_MAX:
        raise InputError("This entry is longer than the journal can keep in one piece.")
    return EntryFields(
        day=fields.day,
        title=" ".join(clean(fields.title).split())[:TITLE_MAX],
        body=body,
        mood=_scale(fields.mood, "Mood"),
        energy=_scale(fields.energy, "Energy"),
        tags=clean_tags(fields.tags),
        bring_to_session=bool(fields.bring_to_session),
        private=bool(fields.private),
        prompt=clean_field(fields.prompt),
        thought_record=_clean_record(fields.thought_record),
    )


# -- writing ----------------------------------------------------------------------------------


def _entry_row(entry_id: int) -> JournalEntryRow:
    row = JournalEntryRow.get_or_none(JournalEntryRow.id == entry_id)
    if row is None:
        raise EntryNotFound(entry_id)
    return row


def _tag_ids(name: str) -> list[int]:
    """Ids of the tags that are this name in any case ("Ärger" and "ärger" are one tag)."""
    # SQLite's NOCASE folds ASCII only, so the comparison is made here, over the few tags kept.
    wanted = name.casefold()
    return [tag.id for tag in TagRow.select() if tag.name.casefold() == wanted]


def _set_tags(entry_id: int, tags: tuple[str, ...]) -> tuple[str, ...]:
    """Tag an entry, reusing a tag's first spelling; returns the names as stored."""
    EntryTagRow.delete().where(EntryTagRow.entry == entry_id).execute()
    stored = []
    for name in tags:
        found = _tag_ids(name)
        tag = TagRow.get_by_id(found[0]) if found else TagRow.create(name=name)
        EntryTagRow.create(entry=entry_id, tag=tag.id)
        stored.append(tag.name)
    return tuple(stored)


def _set_thought_record(entry_id: int, record: ThoughtRecord | None) -> None:
    if record is None:
        ThoughtRecordRow.delete().where(ThoughtRecordRow.entry == entry_id).execute()
        return
    values = {
        "situation": record.situation,
        "thought": record.thought,
        "feeling": record.feeling,
        "feeling_strength": record.feeling_strength,
        "kind_friend": record.kind_friend,
        "balanced_thought": record.balanced_thought,
        "plan_item": record.plan_item_id,
    }
    updated = ThoughtRecordRow.update(**values).where(ThoughtRecordRow.entry == entry_id).execute()
    if not updated:
        ThoughtRecordRow.create(entry=entry_id, **values)


def _search_extra(fields: EntryFields) -> str:
    parts = list(fields.tags)
    record = fields.thought_record
    if record is not None:
        parts += [
            record.situation,
            record.thought,
            record.feeling,
            record.kind_friend,
            record.balanced_thought,
        ]
    return "\n".join(p for p in parts if p)


def _index(entry_id: int, fields: EntryFields) -> None:
    """Keep the search index in step, inside the caller's transaction."""
    JournalSearch.delete().where(JournalSearch.rowid == entry_id).execute()
    JournalSearch.insert(
        rowid=entry_id, title=fields.title, body=fields.body, extra=_search_extra(fields)
    ).execute()


def save_entry(entry_id: int | None, fields: EntryFields) -> JournalEntry:
    """Store an entry (a new one when entry_id is None), with its tags, thought record and index."""
    cleaned = _clean_fields(fields)
    now = _now()
    values = {
        "day": cleaned.day,
        "title": cleaned.title,
        "body": cleaned.body,
        "mood": cleaned.mood,
        "energy": cleaned.energy,
        "bring_to_session": cleaned.bring_to_session,
        "private": cleaned.private,
        "prompt": cleaned.prompt,
        "updated_at": now,
    }
    with writing():
        if entry_id is None:
            row = JournalEntryRow.create(created_at=now, **values)
        else:
            row = _entry_row(entry_id)
            for name, value in values.items():
                setattr(row, name, value)
            row.save()
        cleaned = dataclasses.replace(cleaned, tags=_set_tags(row.id, cleaned.tags))
        _set_thought_record(row.id, cleaned.thought_record)
        _index(row.id, cleaned)
    return JournalEntry(
        id=row.id,
        fields=cleaned,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
    )


def delete_entry(entry_id: int) -> None:
    """Move an entry to the trash, where it stays for 30 days and can be restored."""
    with writing():
        row = _entry_row(entry_id)
        row.deleted_at = _now()
        row.save()


def restore_entry(entry_id: int) -> None:
    """Bring an entry back from the trash."""
    with writing():
        row = _entry_row(entry_id)
        row.deleted_at = None
        row.save()


def purge_trash(now: datetime | None = None) -> int:
    """Remove entries that have been in the trash for more than 30 days; returns how many."""
    cutoff = (now or _now()) - timedelta(days=TRASH_DAYS)
    with writing():
        old = [
            row.id
            for row in JournalEntryRow.select(JournalEntryRow.id).where(
                JournalEntryRow.deleted_at < cutoff
            )
        ]
        if old:
            JournalSearch.delete().where(JournalSearch.rowid.in_(old)).execute()
            JournalEntryRow.delete().where(JournalEntryRow.id.in_(old)).execute()
    return len(old)


def rebuild_search_index() -> None:
    """Rebuild the search index from the entries (after an import, or if it is ever damaged)."""
    with writing():
        JournalSearch.delete().execute()
        for row in JournalEntryRow.select(JournalEntryRow.id):
            _index(row.id, get_entry(row.id).fields)


# -- reading ----------------------------------------------------------------------------------


def _tags_of(entry_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    query = (
        EntryTagRow.select(EntryTagRow.entry, TagRow.name)
        .join(TagRow)
        .where(EntryTagRow.entry.in_(entry_ids))
        .order_by(EntryTagRow.id)
        .tuples()
    )
    for entry_id, name in cast(Iterable[tuple[int, str]], query):
        found[entry_id].append(name)
    return found


def _record_of(entry_id: int) -> ThoughtRecord | None:
    row = ThoughtRecordRow.get_or_none(ThoughtRecordRow.entry == entry_id)
    return None if row is None else thought_record_of(row)


def thought_record_of(row: ThoughtRecordRow) -> ThoughtRecord:
    """A stored thought record row as a plain record (for the store's other modules)."""
    return ThoughtRecord(
        situation=row.situation,
        thought=row.thought,
        feeling=row.feeling,
        feeling_strength=row.feeling_strength,
        kind_friend=row.kind_friend,
        balanced_thought=row.balanced_thought,
        plan_item_id=row.plan_item_id,
    )


def entry_exists(entry_id: int) -> bool:
    """Whether an entry is stored (in the trash or not)."""
    return bool(JournalEntryRow.select().where(JournalEntryRow.id == entry_id).exists())


def get_entry(entry_id: int) -> JournalEntry:
    """One entry, whole."""
    row = _entry_row(entry_id)
    fields = EntryFields(
        day=row.day,
        title=row.title,
        body=row.body,
        mood=row.mood,
        energy=row.energy,
        tags=tuple(_tags_of([entry_id]).get(entry_id, [])),
        bring_to_session=row.bring_to_session,
        private=row.private,
        prompt=row.prompt,
        thought_record=_record_of(entry_id),
    )
    return JournalEntry(
        id=row.id,
        fields=fields,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
    )


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:FIRST_LINE_MAX]
    return ""


def _has_record() -> Any:
    return fn.EXISTS(
        ThoughtRecordRow.select(SQL("1")).where(ThoughtRecordRow.entry == JournalEntryRow.id)
    )


def _condition(which: EntryFilter) -> Any:
    entry = JournalEntryRow
    if which.flag is Flag.TRASH:
        condition = entry.deleted_at.is_null(False)
    else:
        condition = entry.deleted_at.is_null(True)
    if which.tag:
        condition &= fn.EXISTS(
            EntryTagRow.select(SQL("1"))
            .join(TagRow)
            .where((EntryTagRow.entry == entry.id) & (TagRow.id.in_(_tag_ids(which.tag))))
        )
    if which.mood_from is not None:
        condition &= entry.mood >= which.mood_from
    if which.mood_to is not None:
        condition &= entry.mood <= which.mood_to
    if which.first_day is not None:
        condition &= entry.day >= which.first_day
    if which.last_day is not None:
        condition &= entry.day <= which.last_day
    if which.flag is Flag.BRING_TO_SESSION:
        condition &= entry.bring_to_session == True  # noqa: E712 (SQL, not Python)
    elif which.flag is Flag.PRIVATE:
        condition &= entry.private == True  # noqa: E712
    elif which.flag is Flag.THOUGHT_RECORD:
        condition &= _has_record()
    return condition


def _summary_columns() -> list[Any]:
    entry = JournalEntryRow
    return [
        entry.id,
        entry.day,
        entry.title,
        fn.substr(entry.body, 1, 400).alias("start"),
        entry.mood,
        entry.bring_to_session,
        entry.private,
        _has_record().alias("has_record"),
    ]


def _summary(row: dict[str, Any], snippet: str = "") -> EntrySummary:
    day = row["day"]
    return EntrySummary(
        id=row["id"],
        day=day if isinstance(day, date) else date.fromisoformat(day),
        title=row["title"],
        first_line=_first_line(row["start"]),
        mood=row["mood"],
        bring_to_session=bool(row["bring_to_session"]),
        private=bool(row["private"]),
        has_thought_record=bool(row["has_record"]),
        snippet=snippet,
    )


def list_entries(
    which: EntryFilter = EntryFilter(),  # noqa: B008 (immutable)
    *,
    after: EntrySummary | None = None,
    limit: int = PAGE_SIZE,
) -> list[EntrySummary]:
    """Entries newest first, a page at a time: pass the last summary of a page to get the next."""
    entry = JournalEntryRow
    condition = _condition(which)
    if after is not None:
        condition &= (entry.day < after.day) | ((entry.day == after.day) & (entry.id < after.id))
    query = (
        entry.select(*_summary_columns())
        .where(condition)
        .order_by(entry.day.desc(), entry.id.desc())
        .limit(limit)
        .dicts()
    )
    return [_summary(row) for row in cast(Iterable[dict[str, Any]], query)]


def get_summary(entry_id: int) -> EntrySummary:
    """The list row of one entry (in the trash or not)."""
    query = JournalEntryRow.select(*_summary_columns()).where(JournalEntryRow.id == entry_id)
    rows = list(cast(Iterable[dict[str, Any]], query.dicts()))
    if not rows:
        raise EntryNotFound(entry_id)
    return _summary(rows[0])


def count_entries(which: EntryFilter = EntryFilter()) -> int:  # noqa: B008
    """How many entries match."""
    return int(JournalEntryRow.select().where(_condition(which)).count())


def search_query(text: str) -> str:
    """Turn what was typed in the search box into a safe FTS5 query ('' when nothing to find).

    Quotes, -, NEAR, AND, brackets and the like are understood or dropped, never passed raw.
    The last word matches as a prefix, so results follow the typing.
    """
    query: str = JournalSearch.web_query(clean(text))
    if not query.strip('" '):
        return ""
    typing_a_word = text[-1:].isalnum()
    if typing_a_word and query.endswith('"'):
        query += "*"
    return query


def search(
    text: str,
    which: EntryFilter = EntryFilter(),  # noqa: B008
    *,
    limit: int = 100,
) -> list[EntrySummary]:
    """Entries matching the words typed, best first, each with a highlighted snippet."""
    query = search_query(text)
    if not query:
        return []
    snippet = fn.snippet(JournalSearch._meta.entity, -1, MATCH_START, MATCH_END, "…", 16).alias(
        "snippet"
    )
    select = (
        JournalSearch.select(*_summary_columns(), snippet)
        .join(JournalEntryRow, on=(JournalEntryRow.id == JournalSearch.rowid))
        .where(JournalSearch.match(query) & _condition(which))
        .order_by(SQL("rank"))  # FTS5 rank: bm25 with the title weighted up
        .limit(limit)
        .dicts()
    )
    try:
        return [_summary(row, row["snippet"] or "") for row in select]
    except peewee.OperationalError:
        return []  # a query FTS5 still cannot parse finds nothing, and never raises


def all_tags() -> list[str]:
    """Tags in use on entries not in the trash, most used first."""
    # "Not in the trash" rather than "kept": the trash is small and indexed, so this never
    # reads the entries themselves.
    entry = JournalEntryRow
    in_trash = entry.select(entry.id).where(entry.deleted_at.is_null(False))
    uses = fn.COUNT(EntryTagRow.id)
    query = (
        TagRow.select(TagRow.name)
        .join(EntryTagRow)
        .where(EntryTagRow.entry.not_in(in_trash))
        .group_by(TagRow.id)
        .order_by(uses.desc(), TagRow.name)
        .tuples()
    )
    return [name for (name,) in cast(Iterable[tuple[str]], query)]


def thought_records_for_item(item_id: int) -> list[EntrySummary]:
    """Entries whose thought record points at a plan item, newest first."""
    entry = JournalEntryRow
    query = (
        entry.select(*_summary_columns())
        .join(ThoughtRecordRow, on=(ThoughtRecordRow.entry == entry.id))
        .where((ThoughtRecordRow.plan_item == item_id) & entry.deleted_at.is_null(True))
        .order_by(entry.day.desc(), entry.id.desc())
        .dicts()
    )
    return [_summary(row) for row in cast(Iterable[dict[str, Any]], query)]


# -- own prompts ------------------------------------------------------------------------------


def own_prompts() -> list[tuple[int, str]]:
    """The person's own prompts, oldest first, as (id, text)."""
    query = OwnPromptRow.select(OwnPromptRow.id, OwnPromptRow.text).order_by(OwnPromptRow.id)
    return list(cast(Iterable[tuple[int, str]], query.tuples()))


def add_prompt(text: str) -> int:
    """Add a prompt of the person's own; returns its id."""
    cleaned = clean_field(text, limit=1000)
    if not cleaned:
        raise InputError("A prompt needs a few words.")
    with writing():
        return int(OwnPromptRow.create(text=cleaned, created_at=_now()).id)


def delete_prompt(prompt_id: int) -> None:
    """Remove one of the person's own prompts (entries started from it keep their copy)."""
    with writing():
        OwnPromptRow.delete().where(OwnPromptRow.id == prompt_id).execute()
