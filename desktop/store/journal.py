"""Journal entries one at a time: storing one (with its tags, thought record and its place in
the search index, in one transaction), the trash, and reading one back whole. Lists and search
are in search.py, the person's own prompts in prompts.py."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import cast

import peewee

from desktop import clock
from desktop.store.errors import EntryNotFound, InputError, classify
from desktop.store.models import (
    EntryTagRow,
    JournalEntryRow,
    JournalSearch,
    TagRow,
    ThoughtRecordRow,
    execute,
    writing,
)
from desktop.store.records import (
    MOOD_RANGE,
    EntryFields,
    JournalEntry,
    ThoughtRecord,
)
from desktop.store.text import TITLE_MAX, clean, clean_field

TRASH_DAYS = 30

BODY_MAX = 10_000_000

TAG_MAX = 60


def _scale(value: int | None, code: str) -> int | None:
    if value is not None and value not in MOOD_RANGE:
        raise InputError(code)
    return value


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags trimmed, with inner spaces collapsed, empty ones dropped, duplicates (any case) once."""
    seen: dict[str, str] = {}
    for tag in tags:
        name = " ".join(clean(tag).split()).lstrip("#")
        if len(name) > TAG_MAX:
            raise InputError("input.tag_too_long", limit=TAG_MAX)
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())


def clean_record(record: ThoughtRecord | None) -> ThoughtRecord | None:
    """A thought record held to the form's rules (None when it says nothing); raises InputError.
    Also what an import holds its rows to (import_rules)."""
    if record is None:
        return None
    strength = record.feeling_strength
    if strength is not None and not 0 <= strength <= 100:
        raise InputError("input.feeling_strength")
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


def clean_fields(fields: EntryFields) -> EntryFields:
    """An entry's fields held to the editor's rules (trimmed, limited); raises InputError. Also
    what an import holds its rows to (import_rules)."""
    body = clean(fields.body)
    if len(body) > BODY_MAX:
        raise InputError("input.entry_too_long")
    return EntryFields(
        day=fields.day,
        title=" ".join(clean(fields.title).split())[:TITLE_MAX],
        body=body,
        mood=_scale(fields.mood, "input.mood_range"),
        energy=_scale(fields.energy, "input.energy_range"),
        tags=clean_tags(fields.tags),
        bring_to_session=bool(fields.bring_to_session),
        private=bool(fields.private),
        prompt=clean_field(fields.prompt),
        thought_record=clean_record(fields.thought_record),
    )


def _entry_row(entry_id: int) -> JournalEntryRow:
    row = JournalEntryRow.get_or_none(JournalEntryRow.id == entry_id)
    if row is None:
        raise EntryNotFound(entry_id)
    return row


def tag_ids(name: str) -> list[int]:
    """Ids of the tags that are this name in any case ("Ärger" and "ärger" are one tag)."""
    return [tag.id for tag in TagRow.select(TagRow.id).where(TagRow.folded == name.casefold())]


def _set_tags(entry_id: int, tags: tuple[str, ...]) -> tuple[str, ...]:
    """Tag an entry, reusing a tag's first spelling; returns the names as stored."""
    EntryTagRow.delete().where(EntryTagRow.entry == entry_id).execute()
    stored = []
    for name in tags:
        found = tag_ids(name)
        if found:
            tag = TagRow.get_by_id(found[0])
        else:
            tag = TagRow.create(name=name, folded=name.casefold())
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


def _unindex(entry_id: int) -> None:
    """Take an entry out of the search index, inside the caller's transaction, before its
    text, tags or thought record change. The index keeps no copy of the text: FTS5 reads what
    to take out from the entry as it still is (journal_search_text)."""
    JournalSearch.delete().where(JournalSearch.rowid == entry_id).execute()


def _index(entry_id: int) -> None:
    """Put an entry into the search index as it is now, inside the caller's transaction."""
    index = JournalSearch._meta.table_name
    execute(
        f"INSERT INTO {index} (rowid, title, body, extra) "
        f"SELECT id, title, body, extra FROM {index}_text WHERE id = ?",
        (entry_id,),
    )


def save_entry(entry_id: int | None, fields: EntryFields) -> JournalEntry:
    """Store an entry (a new one when entry_id is None), with its tags, thought record and index."""
    cleaned = clean_fields(fields)
    now = clock.now()
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
            _unindex(row.id)
            for name, value in values.items():
                setattr(row, name, value)
            row.save()
        cleaned = dataclasses.replace(cleaned, tags=_set_tags(row.id, cleaned.tags))
        _set_thought_record(row.id, cleaned.thought_record)
        _index(row.id)
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
        row.deleted_at = clock.now()
        row.save()


def restore_entry(entry_id: int) -> None:
    """Bring an entry back from the trash."""
    with writing():
        row = _entry_row(entry_id)
        row.deleted_at = None
        row.save()


def purge_trash(now: datetime | None = None) -> int:
    """Remove entries that have been in the trash for more than 30 days; returns how many."""
    cutoff = (now or clock.now()) - timedelta(days=TRASH_DAYS)
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
    """Rebuild the search index from the entries (after an import, or when the check after start
    finds it damaged): one statement, in one transaction."""
    index = JournalSearch._meta.table_name
    with writing():
        try:
            execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
        except peewee.DatabaseError as error:
            if classify(error) is not None:
                raise  # the disk: writing() says so
            _fresh_index_tables(index)  # FTS5 can't even open it: its structure is gone
            execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")


def _fresh_index_tables(index: str) -> None:
    """Give the index the inner tables of a new, empty one, made with the same options (its
    ranking settings stay); one that is gone is made again."""
    sql = str(execute(f"SELECT sql FROM sqlite_master WHERE name = '{index}'")[0][0])
    options = sql[sql.index("(") + 1 : sql.rindex(")")]
    execute(f"CREATE VIRTUAL TABLE temp.fresh_index USING fts5 ({options})")
    try:
        for part in ("data", "idx", "docsize"):
            _fresh_inner_table(index, part)
            execute(f"DELETE FROM main.{index}_{part}")
            execute(f"INSERT INTO main.{index}_{part} SELECT * FROM temp.fresh_index_{part}")
        _fresh_inner_table(index, "config")
        execute(f"DELETE FROM main.{index}_config WHERE k = 'version'")
        execute(
            f"INSERT INTO main.{index}_config SELECT * FROM temp.fresh_index_config "
            "WHERE k = 'version'"
        )
    finally:
        execute("DROP TABLE temp.fresh_index")


def _fresh_inner_table(index: str, part: str) -> None:
    """Make an inner table of the index again, empty, if it is gone."""
    if execute("SELECT 1 FROM main.sqlite_master WHERE name = ?", (f"{index}_{part}",)):
        return
    sql = execute("SELECT sql FROM temp.sqlite_master WHERE name = ?", (f"fresh_index_{part}",))
    columns = str(sql[0][0])[str(sql[0][0]).index("(") :]
    execute(f"CREATE TABLE main.{index}_{part} {columns}")


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


def written_on(day: date) -> bool:
    """Whether an entry (not in the trash) is dated day, or was written or changed on it."""
    start = datetime.combine(day, datetime.min.time())
    end = start + timedelta(days=1)
    row = JournalEntryRow
    touched = (row.updated_at >= start) & (row.updated_at < end)
    found = row.select().where(row.deleted_at.is_null() & ((row.day == day) | touched))
    return bool(found.exists())
