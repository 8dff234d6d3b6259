"""Reading another app's files safely: a regular file of a size a journal can be (never a pipe or
a device: no hang), the one JSON text in a zip without unpacking it (no path out of it, no
bomb), a folder of a size a journal can be, and text in the encodings a journal is saved in.

Every refusal is an ImportFileError with a code; nothing here touches the store.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import zipfile
from datetime import date, time
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.store.errors import ImportFileError
from desktop.store.importing import read_file
from desktop.store.text import clean

#: The largest file read whole: years of daily writing are a few tens of MB of text.
MAX_SOURCE_BYTES = 256 << 20
#: The most names a zip or a folder may hold (a Day One zip holds its photos too).
MAX_NAMES = 50_000
#: From this share of NUL bytes on, a file is not text (UTF-16 without its mark, or binary).
NUL_SHARE = 0.05


def read_source_file(path: Path, limit: int | None = None) -> bytes:
    """A source file's bytes: a regular file no larger than limit (read_file's guards)."""
    return read_texts_bytes([path], limit)[0]


def read_texts_bytes(paths: list[Path], limit: int | None = None) -> list[bytes]:
    """Each file's bytes, limit bytes in all (a folder is read whole, as one file is)."""
    limit = MAX_SOURCE_BYTES if limit is None else limit
    found = []
    left = limit
    for path in paths:
        try:
            data = read_file(path, limit=left, too_large="import.source_too_large")
        except ImportFileError as error:
            if error.code == "import.source_too_large":
                raise ImportFileError("import.source_too_large", megabytes=limit >> 20) from None
            raise
        left -= len(data)
        found.append(data)
    return found


def is_file(path: Path) -> bool:
    """Whether path is (or links to) a regular file: never a pipe, a device or a folder."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def decode(data: bytes, name: str) -> str:
    """Text as the store keeps it, from UTF-8 (with or without its mark) or UTF-16 with its
    byte-order mark (what a spreadsheet saves as "Unicode text"). Anything else (a legacy code
    page such as Windows-1252) is refused rather than guessed: a wrong guess would change
    every accented letter without anyone seeing it. Lines end in \n, whatever the file's."""
    for mark, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(mark):
            data, chosen = data[len(mark) :], encoding
            break
    else:
        chosen = "utf-8"
        if data and data.count(0) > len(data) * NUL_SHARE:
            raise ImportFileError("import.binary", name=name)
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError:
        raise ImportFileError("import.not_utf8", name=name) from None
    # Lines end as the journal's own do: a file saved on Windows ends them with \r\n.
    return clean(text).replace("\r\n", "\n")


def _unsafe(member: str) -> bool:
    """Whether a name in a zip would lead out of it when unpacked (absolute, a drive, ..)."""
    parts = PurePosixPath(member.replace("\\", "/")).parts
    return member.startswith(("/", "\\")) or ".." in parts or bool(re.match(r"^[A-Za-z]:", member))


def read_zip_texts(path: Path, suffix: str, limit: int | None = None) -> list[tuple[str, str]]:
    """(name, text) of each file in a zip whose name ends in suffix, never unpacking anything
    else; the zip is refused whole if any name in it leads out of it, and reading stops at
    limit bytes in all, whatever sizes the zip claims (a zip bomb)."""
    limit = MAX_SOURCE_BYTES if limit is None else limit
    if not is_file(path):
        raise ImportFileError("import.not_a_file", name=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_NAMES:
                raise ImportFileError("import.too_many_files", limit=MAX_NAMES)
            for member in members:
                if _unsafe(member.filename):
                    raise ImportFileError("import.zip_unsafe_path", name=member.filename[:80])
            wanted = [
                m
                for m in members
                if m.filename.lower().endswith(suffix)
                and not m.is_dir()
                and not m.filename.startswith("__MACOSX/")
            ]
            texts = []
            left = limit
            for member in wanted:
                if member.file_size > left:
                    raise ImportFileError("import.zip_too_large", megabytes=limit >> 20)
                with archive.open(member) as file:
                    data = file.read(left + 1)
                if len(data) > left:  # it claimed less than it holds
                    raise ImportFileError("import.zip_too_large", megabytes=limit >> 20)
                left -= len(data)
                texts.append((PurePosixPath(member.filename).name, decode(data, member.filename)))
            return texts
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError):
        # (RuntimeError: a zip with a password; NotImplementedError: a compression it lacks)
        raise ImportFileError("import.zip_broken", name=path.name) from None
    except OSError as error:
        raise ImportFileError("import.unreadable", detail=error.strerror or str(error)) from error


def folder_files(folder: Path, limit: int | None = None) -> list[Path]:
    """Every name in a folder and its folders (not hidden ones, such as an app's settings; not
    through links to folders, which can loop), sorted; refused past limit names."""
    limit = MAX_NAMES if limit is None else limit
    if not folder.is_dir():
        raise ImportFileError("import.not_a_folder", name=folder.name)
    found: list[Path] = []
    pending = [folder]
    seen = 0
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                for item in listing:
                    seen += 1
                    if seen > limit:
                        raise ImportFileError("import.too_many_files", limit=limit)
                    if item.name.startswith("."):
                        continue
                    if item.is_dir(follow_symlinks=False):
                        pending.append(Path(item.path))
                    else:
                        found.append(Path(item.path))
        except OSError as error:
            raise ImportFileError(
                "import.unreadable", detail=error.strerror or str(error)
            ) from error
    return sorted(found)


def day_of(year: int, month: int, day: int, name: str) -> date:
    """A date, or ImportFileError when there is no such day (31 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        raise ImportFileError(
            "import.no_such_day", name=name, value=f"{year:04d}-{month:02d}-{day:02d}"
        ) from None


_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def iso_day(text: str, name: str) -> date:
    """A YYYY-MM-DD date, or ImportFileError (not a date, or no such day)."""
    found = _ISO_DAY.match(text)
    if not found:
        raise ImportFileError("import.bad_date", name=name, value=repr(text[:40]))
    return day_of(int(found[1]), int(found[2]), int(found[3]), name)


_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?\s*$", re.IGNORECASE)


def clock_time(text: str, name: str) -> time:
    """A time of day in 24-hour ("21:30") or 12-hour ("9:30 pm", "09:30:00 PM") form."""
    found = _TIME.match(text)
    if found:
        hour, minute, second = int(found[1]), int(found[2]), int(found[3] or 0)
        half = (found[4] or "").lower()
        if half and 1 <= hour <= 12:
            hour = hour % 12 + (12 if half == "p" else 0)
        elif half:
            hour = 99  # "13:00 pm" is no time
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise ImportFileError("import.bad_time", name=name, value=repr(text[:40]))


def first_heading(text: str) -> tuple[str, str]:
    """(title, body): a first line that is a Markdown heading ("# A walk") as the title, the
    rest as the body; else no title and the whole text."""
    first, _, rest = text.lstrip("\n").partition("\n")
    if re.match(r"^#{1,6}\s+\S", first):
        return first.lstrip("#").strip(), rest.strip("\n")
    return "", text.strip("\n")


def read_texts(paths: list[Path], limit: int | None = None) -> list[tuple[Path, str]]:
    """(path, text) of each file, limit bytes in all."""
    return [
        (path, decode(data, path.name))
        for path, data in zip(paths, read_texts_bytes(paths, limit), strict=True)
    ]


def load_yaml(text: str, name: str) -> Any:
    """Plain data from a YAML text, or ImportFileError: not plain data, or not YAML."""
    import yaml  # here: only an import of YAML files needs it

    # Only ever a safe loader: plain data (maps, lists, text, numbers, dates), no objects.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # = yaml.safe_load, in C where it is built
    except yaml.constructor.ConstructorError:
        raise ImportFileError("import.yaml_not_plain", name=name) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise ImportFileError("import.yaml_broken", name=name, line=line) from None
    except RecursionError:
        raise ImportFileError("import.yaml_broken", name=name, line=0) from None
