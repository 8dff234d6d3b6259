"""Finding entries: the entry list a page at a time, with filters; full-text search with
highlighted snippets; the tags in use; the thought records about a plan item. Every query here
returns EntrySummary rows, never whole entries (journal.get_entry reads one)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, cast

import peewee
from peewee import SQL, fn

from desktop.store.errors import EntryNotFound
from desktop.store.journal import tag_ids
from desktop.store.models import (
    EntryTagRow,
    JournalEntryRow,
    JournalSearch,
    TagRow,
    ThoughtRecordRow,
)
from desktop.store.records import (
    MATCH_END,
    MATCH_START,
    EntryFilter,
    EntrySummary,
    Flag,
)
from desktop.store.text import clean

PAGE_SIZE = 200
FIRST_LINE_MAX = 160


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
            .where((EntryTagRow.entry == entry.id) & (TagRow.id.in_(tag_ids(which.tag))))
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
    The last word matches as a prefix, so results follow the typing: from its second letter.
    """
    query: str = JournalSearch.web_query(clean(text))
    if not query.strip('" '):
        return ""
    if _letters_at_end(text) >= PREFIX_FROM and query.endswith('"'):
        query += "*"
    return query


#: A word being typed matches as a prefix from this many letters. One letter begins a word in
#: nearly every entry, so such a search finds them all either way; as a prefix it cost 75 ms
#: on a ten-year journal (FTS5 merges every word from that letter: the index has no prefix
#: indexes, see migrations._v6_search_one_copy), as a word 3 ms.
PREFIX_FROM = 2
#: A word being typed alone is ranked from this many letters. "th" begins a word in every entry
#: (the, that, then): ranked by how often each uses one, a guess as good as any, it took 39 ms
#: on a ten-year journal; the newest first, 9.5 ms.
RANK_FROM = 3


def _letters_at_end(text: str) -> int:
    """How many letters (or digits) the text ends with: the word being typed, as FTS5 sees it."""
    start = len(text)
    while start and text[start - 1].isalnum():
        start -= 1
    return len(text) - start


def search(
    text: str,
    which: EntryFilter = EntryFilter(),  # noqa: B008
    *,
    limit: int = 100,
) -> list[EntrySummary]:
    """Entries matching the words typed, best first, each with a highlighted snippet. The
    first letters of a word being typed (fewer than RANK_FROM, nothing else typed) find the
    newest entries first instead."""
    query = search_query(text)
    if not query:
        return []
    words = text.split()
    first_letters = len(words) == 1 and 0 < _letters_at_end(text) == len(words[0]) < RANK_FROM
    # FTS5 rank: bm25 with the title weighted up; the newest first comes straight from the
    # index, so the search stops at the limit.
    order = JournalSearch.rowid.desc() if first_letters else SQL("rank")
    snippet = fn.snippet(JournalSearch._meta.entity, -1, MATCH_START, MATCH_END, "…", 16).alias(
        "snippet"
    )
    select = (
        JournalSearch.select(*_summary_columns(), snippet)
        .join(JournalEntryRow, on=(JournalEntryRow.id == JournalSearch.rowid))
        .where(JournalSearch.match(query) & _condition(which))
        .order_by(order)
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
