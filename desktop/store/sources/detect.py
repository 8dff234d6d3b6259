"""Which app a file or folder comes from, told from its name and its first few kilobytes, and
reading it with that app's reader."""

from __future__ import annotations

import errno
import os
import re
import stat
import zipfile
from pathlib import Path

from desktop.store.errors import ImportFileError
from desktop.store.export import FORMAT
from desktop.store.sources import daylio, dayone, jrnl, markdown, rednotebook
from desktop.store.sources.entries import Reading, SourceKind
from desktop.store.sources.reading import folder_files, is_file

#: How much of a file is looked at to tell its kind.
HEAD_BYTES = 64 << 10


def _head(path: Path) -> str:
    """The start of a regular file as text (a pipe or a device is never opened)."""
    found = os.stat(path)
    if not stat.S_ISREG(found.st_mode):
        raise ImportFileError("import.not_a_file", name=path.name)
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise ImportFileError("import.not_a_file", name=path.name)
        data = file.read(HEAD_BYTES)
    for mark, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(mark):
            return data[2:].decode(encoding, "ignore")
    return data.decode("utf-8", "ignore").lstrip("\ufeff")


def _folder_kind(path: Path) -> SourceKind | None:
    names = folder_files(path)
    if rednotebook.month_files(names):
        return SourceKind.REDNOTEBOOK
    if any(p.suffix.lower() in markdown.NOTE_SUFFIXES for p in names):
        return SourceKind.MARKDOWN
    return None


def _json_kind(head: str) -> SourceKind | None:
    if re.search(r'"format"\s*:\s*"' + re.escape(FORMAT) + '"', head):
        return SourceKind.BETWEEN_SESSIONS
    if '"creationDate"' in head or '"metadata"' in head:
        return SourceKind.DAYONE
    if '"entries"' in head and ('"date"' in head or '"entries": []' in head):
        return SourceKind.JRNL
    return None


def _a_file_or_folder(path: Path) -> None:
    """ImportFileError unless path is a folder or a regular file: checked before anything
    opens it, for a pipe or a device never ends."""
    if path.is_dir() or is_file(path):
        return
    if not path.exists():
        raise ImportFileError("import.unreadable", detail=os.strerror(errno.ENOENT))
    raise ImportFileError("import.not_a_file", name=path.name)


def detect(path: Path) -> SourceKind | None:
    """The kind of journal at path, or None when it can't be told (the person then says)."""
    path = Path(path)
    try:
        if path.is_dir():
            return _folder_kind(path)
        _a_file_or_folder(path)
        suffix = path.suffix.lower()
        if suffix == ".zip":
            return SourceKind.DAYONE if zipfile.is_zipfile(path) else None
        head = _head(path)
    except OSError as error:
        raise ImportFileError("import.unreadable", detail=error.strerror or str(error)) from error
    first_line = head.lstrip().partition("\n")[0].lower()
    if head.lstrip().startswith("{"):
        return _json_kind(head)
    if "full_date" in first_line and "mood" in first_line:
        return SourceKind.DAYLIO
    if jrnl.looks_like_journal(head):
        return SourceKind.JRNL
    if rednotebook.MONTH_FILE.match(path.name):
        return SourceKind.REDNOTEBOOK
    if suffix in markdown.NOTE_SUFFIXES:
        return SourceKind.MARKDOWN
    return None


def read_source(
    path: Path, kind: SourceKind | None = None, *, date_pattern: str = markdown.DEFAULT_PATTERN
) -> Reading:
    """Everything a journal from another app holds, read whole and checked, nothing written.
    kind None: told from the file (ImportFileError when it can't be). Our own export is read
    by importing.py, not here."""
    path = Path(path)
    _a_file_or_folder(path)
    if kind is None:
        kind = detect(path)
        if kind is None:
            raise ImportFileError("import.unknown_kind", name=path.name)
    if kind == SourceKind.DAYONE:
        return dayone.read(path)
    if kind == SourceKind.JRNL:
        return jrnl.read(path)
    if kind == SourceKind.DAYLIO:
        return daylio.read(path)
    if kind == SourceKind.REDNOTEBOOK:
        return rednotebook.read(path)
    if kind == SourceKind.MARKDOWN:
        return markdown.read(path, date_pattern)
    raise ImportFileError("import.own_export", name=path.name)
