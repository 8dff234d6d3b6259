"""Bringing another app's journal in: all of it, or nothing, in the one write every import
shares (importing.adding: one transaction, its links checked, the search index rebuilt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop import clock
from desktop.store import importing
from desktop.store.models import database
from desktop.store.sources.entries import Reading
from desktop.store.sources.preview import Moods, created_at, fields_of, source_key, split_new


@dataclass(frozen=True, slots=True)
class SourceImportResult:
    """How many entries were added, and how many were already here."""

    added: int
    already_here: int


def _tags_here() -> dict[str, int]:
    """The stored tags' ids, by their folded names (how names compare)."""
    cursor = database.execute_sql("SELECT folded, id FROM tag")  # type: ignore[no-untyped-call]
    return {str(folded): int(tag_id) for folded, tag_id in cursor}


#: How often progress is told, in entries.
PROGRESS_EVERY = 500


def import_reading(
    reading: Reading,
    moods: Moods | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> SourceImportResult:
    """Add a reading's entries that aren't here yet to the open store: all, or none. moods: the
    mood each of the source's words becomes, where the person changed the default. progress,
    if given, hears (entries added so far, entries to add) every PROGRESS_EVERY entries and at
    the end, from inside the write (a window keeps its events going there)."""
    pairs = fields_of(reading, moods)  # checked whole before the write begins
    now = str(clock.now())
    with importing.adding() as write:
        new, already = split_new(
            pairs, reading.kind
        )  # inside the write: what is stored at this moment
        tags = _tags_here()
        for done, (source, fields) in enumerate(new):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, len(new))
            entry_id = importing.insert_row(
                "journal_entry",
                {
                    "day": fields.day.isoformat(),
                    "title": fields.title,
                    "body": fields.body,
                    "mood": fields.mood,
                    "energy": None,
                    "bring_to_session": 0,
                    "private": 0,
                    "prompt": "",
                    "created_at": str(created_at(source)),
                    "updated_at": now,
                    "deleted_at": None,
                    "source_id": source_key(reading.kind, source),
                },
            )
            for name in fields.tags:
                folded = name.casefold()
                if folded not in tags:
                    tags[folded] = importing.insert_row("tag", {"name": name, "folded": folded})
                importing.insert_row("entry_tag", {"entry_id": entry_id, "tag_id": tags[folded]})
        write.rows_added = bool(new)
        if progress is not None:
            progress(len(new), len(new))
    return SourceImportResult(added=len(new), already_here=already)
