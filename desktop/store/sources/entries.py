"""The plain records every reader of another app's journal gives: one per entry, the same for
every source, so one write path (write.py) stores them all."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum


class SourceKind(StrEnum):
    """The apps whose journals can be brought in (and our own export)."""

    DAYONE = "dayone"
    JRNL = "jrnl"
    DAYLIO = "daylio"
    REDNOTEBOOK = "rednotebook"
    MARKDOWN = "markdown"
    BETWEEN_SESSIONS = "between-sessions"


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One entry as the other app held it, its text already cleaned as the store keeps text.

    mood is the source's own word for it ("rad", "meh", a name of the person's own, or "3"):
    which of our 1 to 5 it becomes is the preview's mood mapping. source_id is the other
    app's id for the entry ("" where it has none).
    """

    day: date
    time: time | None = None
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    mood: str = ""
    source_id: str = ""
    #: Photos and other attachments this entry linked to, left out of the text.
    photos: int = 0


@dataclass(frozen=True, slots=True)
class LeftOut:
    """What a source held that is not brought in, with how many of each."""

    #: Photos, videos, audio and other attachments (Day One keeps them apart from the text).
    photos: int = 0
    #: Entries with no text, no mood and no tags: nothing to keep.
    empty: int = 0
    #: Files in a folder that aren't notes (pictures, the app's own settings) or aren't files.
    other_files: int = 0
    #: Notes whose file name holds no date in the pattern given, and no date in front matter.
    undated: int = 0
    #: The same entry a second time in the source (the same id): kept once.
    repeated: int = 0

    @property
    def total(self) -> int:
        """Everything left out, counted together."""
        return self.photos + self.empty + self.other_files + self.undated + self.repeated


@dataclass(frozen=True, slots=True)
class Reading:
    """All a source holds that can be brought in, and what is left out of it."""

    kind: SourceKind
    name: str
    entries: tuple[SourceEntry, ...]
    left_out: LeftOut = field(default_factory=LeftOut)
    #: Entries whose time zone the app doesn't know: their times stay as the source wrote them
    #: in UTC.
    unknown_time_zones: int = 0


def once_each(entries: list[SourceEntry]) -> tuple[list[SourceEntry], int]:
    """The entries with each source id once (the first), and how many repeats were dropped."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.source_id:
            if entry.source_id in seen:
                continue
            seen.add(entry.source_id)
        kept.append(entry)
    return kept, len(entries) - len(kept)
