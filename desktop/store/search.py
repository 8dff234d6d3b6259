"""Finding entries: the entry list a page at a time, with filters; full-text search with
highlighted snippets; the tags in use; the thought records about a plan item. Every query here
returns EntrySummary rows, never whole entries (journal.get_entry reads one)."""

from __future__ import annotations

import re
import unicodedata
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

    A person types words, so every word is looked for as a word: AND, OR, NOT, NEAR, -, *, ^,
    : and brackets are words or punctuation like any other, never operators. Words in double
    quotes ("like this") are found together, in that order. The last word matches as a
    prefix, so results follow the typing: from its second letter.
    """
    strings = [_fts5_string(piece) for piece in _pieces(clean(text))]
    if not strings:
        return ""
    query = " AND ".join(strings)
    if _letters_at_end(text) >= PREFIX_FROM and strings[-1] == _fts5_string(_last_piece(text)):
        query += "*"
    return query


#: At most this many words of a search are looked for (nobody types more; a paste of a page
#: would only make FTS5 work harder for the same entries).
WORDS_MAX = 32
#: Characters the search index counts as part of a word, by Unicode category: letters,
#: numbers, private use and other symbols (emoji among them, since schema 7), but for the few
#: symbols prose writes against a number or a name, and skin tones (migrations._v7_emoji_are_words).
_WORD_CATEGORIES = ("L", "N", "Co", "So")
WORD_SEPARATORS = "°©®™℃℉№℗℠🏻🏼🏽🏾🏿"
#: A phrase is in double quotes: straight, or curly as a word processor writes them (“…”,
#: German „…“), since a phrase may be pasted from one.
_PIECE = re.compile(r'["“”„]([^"“”„]*)["“”„]?|([^\s"“”„]+)')


def _pieces(text: str) -> list[str]:
    """The words and "quoted phrases" typed, in order, each once, without those that hold
    nothing the index keeps (punctuation alone)."""
    pieces: list[str] = []
    for phrase, word in _PIECE.findall(text):
        piece = " ".join((phrase or word).split())
        if piece and piece not in pieces and any(map(_is_word_char, piece)):
            pieces.append(piece)
    return pieces[:WORDS_MAX]


def _last_piece(text: str) -> str:
    found = _PIECE.findall(clean(text))
    phrase, word = found[-1] if found else ("", "")
    return " ".join((phrase or word).split())


def _is_word_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category.startswith(_WORD_CATEGORIES) and char not in WORD_SEPARATORS


def _fts5_string(piece: str) -> str:
    """A piece of text as an FTS5 string: its words in order, no syntax at all."""
    return '"' + piece.replace('"', '""') + '"'


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
        return [_summary(row, _match_near_the_start(row["snippet"] or "")) for row in select]
    except peewee.OperationalError:
        return []  # a query FTS5 still cannot parse finds nothing, and never raises


#: A snippet starts at most this many characters before its first match (a few more, and it
#: is left as FTS5 made it, rather than lose one short word). The list shows a snippet on one
#: line, and FTS5 centres the match in its 16 words: a match past the middle was often
#: beyond the line's end, so nothing highlighted was seen.
CONTEXT_BEFORE = 20
CONTEXT_BEFORE_MAX = 26


def _match_near_the_start(snippet: str) -> str:
    """The snippet from a few words before its first match ("…" where words were left out)."""
    at = snippet.find(MATCH_START)
    if len(" ".join(snippet[:at].split())) <= CONTEXT_BEFORE_MAX:
        return snippet
    words = snippet[:at].split()
    glued = not snippet[at - 1].isspace()  # "(" or "self-" before the match: kept with it
    kept = [words.pop()] if glued else []
    while words and len(" ".join([words[-1], *kept])) <= CONTEXT_BEFORE:
        kept.insert(0, words.pop())
    if not words:
        return snippet
    return "…" + " ".join(kept) + ("" if glued or not kept else " ") + snippet[at:]


#: Where an entry's words are, as the editor shows them: its title, its text, and each part of
#: its thought record (the index's "extra" column holds the tags then the thought record, one a
#: line: migrations._v6_search_one_copy). A match in a tag is left out: the tags are in sight.
RECORD_PARTS = ("situation", "thought", "feeling", "kind_friend", "balanced_thought")
Spans = tuple[tuple[int, int], ...]


def matches_in_entry(text: str, entry_id: int) -> dict[str, Spans]:
    """Where the words searched for are in an entry, as FTS5 found them: for each field with a
    match, (start, end) character offsets into it. {} when the entry doesn't match."""
    query = search_query(text)
    if not query:
        return {}
    index = JournalSearch._meta.entity
    marked = [fn.highlight(index, column, MATCH_START, MATCH_END) for column in range(3)]
    plain = [JournalSearch.title, JournalSearch.body, JournalSearch.extra]
    select = JournalSearch.select(*marked, *plain).where(
        JournalSearch.match(query) & (JournalSearch.rowid == entry_id)
    )
    try:
        rows = list(cast(Iterable[tuple[str, ...]], select.tuples()))
    except peewee.OperationalError:
        return {}
    if not rows:
        return {}
    texts = [str(column or "") for column in rows[0][3:]]
    # The marks are private-use characters: text that holds them itself is left unmarked.
    title, body, extra = (
        () if MATCH_START in text or MATCH_END in text else _spans(str(column or ""))
        for column, text in zip(rows[0][:3], texts, strict=True)
    )
    found = {"title": title, "body": body}
    parts = [("", name) for name in _tag_names(entry_id)] + _record_parts(entry_id)
    if "\n".join(part for _field, part in parts) == texts[2]:
        start = 0
        for field, part in parts:
            end = start + len(part)
            inside = tuple((a - start, b - start) for a, b in extra if start <= a < end)
            found[field] = found.get(field, ()) + inside
            start = end + 1
    return {field: spans for field, spans in found.items() if spans and field}


def _spans(marked: str) -> Spans:
    """Where FTS5's match marks were in a text, as offsets into it without them."""
    spans: list[tuple[int, int]] = []
    length, opened = 0, 0
    for piece in re.split(f"([{MATCH_START}{MATCH_END}])", marked):
        if piece == MATCH_START:
            opened = length
        elif piece == MATCH_END:
            spans.append((opened, length))
        else:
            length += len(piece)
    return tuple(spans)


def _tag_names(entry_id: int) -> list[str]:
    query = (
        TagRow.select(TagRow.name)
        .join(EntryTagRow)
        .where(EntryTagRow.entry == entry_id)
        .order_by(EntryTagRow.id)
        .tuples()
    )
    return [name for (name,) in cast(Iterable[tuple[str]], query)]


def _record_parts(entry_id: int) -> list[tuple[str, str]]:
    row = ThoughtRecordRow.get_or_none(ThoughtRecordRow.entry == entry_id)
    if row is None:
        return []
    return [(part, getattr(row, part)) for part in RECORD_PARTS if getattr(row, part)]


def all_tags() -> list[str]:
    """Tags in use on entries not in the trash, most used first."""
    # "Not in the trash" rather than "kept": the trash is small and indexed, so this never
    # reads the entries themselves. The uses are counted along the index by tag, and only then
    # joined to the names (joining first sorted every use: 6 ms rather than 3.5 at ten years).
    entry = JournalEntryRow
    in_trash = entry.select(entry.id).where(entry.deleted_at.is_null(False))
    counted = (
        EntryTagRow.select(EntryTagRow.tag, fn.COUNT(EntryTagRow.id).alias("uses"))
        .where(EntryTagRow.entry.not_in(in_trash))
        .group_by(EntryTagRow.tag)
        .alias("counted")
    )
    query = (
        TagRow.select(TagRow.name)
        .join(counted, on=(counted.c.tag_id == TagRow.id))
        .order_by(counted.c.uses.desc(), TagRow.name)
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
