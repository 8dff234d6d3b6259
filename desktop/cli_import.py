"""The command line's import: our own JSON export, or a journal from another app (Day One, jrnl,
Daylio, RedNotebook, a folder of Markdown notes), all or nothing; ``--dry-run`` prints what
would come in and writes nothing.

    between-sessions import [--from KIND] PATH [--dry-run] [--date-pattern P] [--mood NAME=N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import APP_NAME

if TYPE_CHECKING:  # the store loads when the command runs, not at every start
    from desktop.store.sources.entries import LeftOut
    from desktop.store.sources.preview import ImportPreview

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_DATA_BUSY = 0, 1, 2, 3
KINDS = ("dayone", "jrnl", "daylio", "rednotebook", "markdown", "between-sessions")
NAMES = {
    "dayone": "Day One",
    "jrnl": "jrnl",
    "daylio": "Daylio",
    "rednotebook": "RedNotebook",
    "markdown": "Markdown notes",
    "between-sessions": "a Between Sessions export",
}


def add_command(commands: Any, data_dir: argparse.ArgumentParser) -> None:
    """The import subcommand (commands: argparse's subparsers; data_dir: every command's
    parent)."""
    command = commands.add_parser(
        "import",
        parents=[data_dir],
        help="import a JSON export, or a journal from Day One, jrnl, Daylio, RedNotebook or "
        "a folder of Markdown notes (all or nothing)",
    )
    command.add_argument("file", metavar="PATH", help="the file, zip or folder to import")
    command.add_argument(
        "--from",
        dest="source",
        choices=KINDS,
        help="which app PATH comes from (told from the file when left out)",
    )
    command.add_argument(
        "--dry-run", action="store_true", help="print what would come in; write nothing"
    )
    command.add_argument(
        "--date-pattern",
        metavar="PATTERN",
        default="YYYY-MM-DD",
        help="Markdown notes: the date in their file names (default YYYY-MM-DD; DD.MM.YYYY...)",
    )
    command.add_argument(
        "--mood",
        metavar="NAME=N",
        action="append",
        default=[],
        help="the mood (1 to 5, or 'none') a mood name of the other app becomes; repeatable",
    )


def _say(message: str) -> None:
    print(message, flush=True)


def _complain(message: str) -> None:
    print(f"{APP_NAME}: {message}", file=sys.stderr, flush=True)


def moods_given(pairs: list[str]) -> dict[str, int | None] | None:
    """--mood NAME=N as a mapping; None when one is not NAME=N with N from 1 to 5 or none."""
    moods: dict[str, int | None] = {}
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        value = value.strip().lower()
        if not sep or not name.strip() or value not in ("1", "2", "3", "4", "5", "none"):
            return None
        moods[name.strip()] = None if value == "none" else int(value)
    return moods


def run(args: argparse.Namespace, db_path: Path, *, busy: Callable[[Any], int]) -> int:
    """Run ``import``: check the whole source first (a file that can't be imported changes
    nothing, not even by making the data folder or a backup), then add it all or nothing."""
    from desktop.store.errors import ImportFileError
    from desktop.store.sources import detect
    from desktop.store.sources.entries import SourceKind

    source = Path(args.file).expanduser()
    moods = moods_given(args.mood)
    if moods is None:
        _complain("A --mood is given as NAME=N, with N from 1 to 5 or 'none' (--mood rad=5).")
        return EXIT_USAGE
    kind = SourceKind(args.source) if args.source else detect.detect(source)
    if kind is None and source.suffix.lower() != ".json" and not source.is_dir():
        raise ImportFileError("import.unknown_kind", name=source.name)
    if kind in (None, SourceKind.BETWEEN_SESSIONS):  # as before: our own export's words
        return _own_export(args, source, db_path, busy)
    reading = detect.read_source(source, kind, date_pattern=args.date_pattern)
    if args.dry_run:
        shown = _preview(db_path, lambda: _preview_now(reading, moods, db_path))
        for line in preview_lines(shown):
            _say(line)
        _say("Nothing was written (--dry-run).")
        return EXIT_OK
    from desktop.store.sources import write

    result = _writing(db_path, lambda: write.import_reading(reading, moods), busy)
    if isinstance(result, int):
        return result
    _say(
        f"Imported {source.name} ({NAMES[kind]}): {_entries(result.added)} added, "
        f"{result.already_here:,} already here."
    )
    return EXIT_OK


def _preview_now(reading: Any, moods: dict[str, int | None], db_path: Path) -> ImportPreview:
    from desktop.store.sources import preview

    return preview.preview(reading, moods, compare=db_path.exists())


def _preview(db_path: Path, work: Callable[[], ImportPreview]) -> ImportPreview:
    """work with the data open to read (when there is data): locked for us alone, as export
    does, or read-only alongside the app when it has the data open."""
    from desktop.store import db, lock
    from desktop.store.errors import DataLocked

    if not db_path.exists():
        return work()
    try:
        with lock.DataLock(db_path):
            db.open_database(db_path)
            try:
                return work()
            finally:
                db.close_database()
    except DataLocked:
        pass
    db.open_database(db_path, read_only=True)  # (SQLite's write-ahead log makes this safe)
    try:
        return work()
    finally:
        db.close_database()


def _writing(db_path: Path, work: Callable[[], Any], busy: Callable[[Any], int]) -> Any:
    """work with the data locked for us alone (made if there is none yet; backed up first if
    there is), or busy's exit code when the app or a command has it."""
    from desktop import paths
    from desktop.store import backup, db, lock
    from desktop.store.errors import DataLocked

    paths.prepare_data_dir(db_path.parent)
    try:
        with lock.DataLock(db_path):
            existed = db_path.exists()
            db.open_database(db_path)
            if existed:
                backup.make_backup(db_path, "before-import")
            return work()
    except DataLocked as error:
        return busy(error)


def _own_export(
    args: argparse.Namespace, source: Path, db_path: Path, busy: Callable[[Any], int]
) -> int:
    from desktop.store import importing

    checked = importing.check_document(importing.read_document(importing.read_file(source)))
    if args.dry_run:
        from desktop.store.sources import own_export

        shown = _preview(
            db_path, lambda: own_export.preview(checked, source.name, compare=db_path.exists())
        )
        for line in preview_lines(shown):
            _say(line)
        others = own_export.other_rows(checked)
        if others:
            _say(
                f"  And {_rows(others)} of the plan, check-ins, notes and the rest; those "
                "already here are recognised and not added again."
            )
        _say("Nothing was written (--dry-run).")
        return EXIT_OK
    result = _writing(db_path, lambda: importing.import_document(checked), busy)
    if isinstance(result, int):
        return result
    _say(
        f"Imported {source.name}: {result.total_added} added, "
        f"{result.total_already_there} already here."
    )
    return EXIT_OK


def _entries(count: int) -> str:
    return f"{count:,} entry" if count == 1 else f"{count:,} entries"


def _rows(count: int) -> str:
    return f"{count:,} row" if count == 1 else f"{count:,} rows"


def _left_out(left_out: LeftOut) -> list[str]:
    parts = []
    for count, one, many in (
        (
            left_out.photos,
            "photo or attachment (kept in the other app)",
            "photos and attachments (kept in the other app)",
        ),
        (left_out.empty, "empty entry", "empty entries"),
        (left_out.other_files, "file that isn't a note", "files that aren't notes"),
        (left_out.undated, "note without a date", "notes without a date"),
        (
            left_out.repeated,
            "entry that was there twice (kept once)",
            "entries that were there twice (kept once)",
        ),
    ):
        if count:
            parts.append(f"{count:,} {one if count == 1 else many}")
    return parts


def preview_lines(shown: ImportPreview) -> list[str]:
    """What a dry run prints: the preview in plain English."""
    name = NAMES[str(shown.kind)]
    lines = [f"From {shown.name} ({name}): {_entries(shown.entries)}"]
    if shown.first_day is not None and shown.last_day is not None:
        lines[0] += f", {shown.first_day.isoformat()} to {shown.last_day.isoformat()}"
    lines[0] += "."
    lines.append(f"  {shown.new:,} would be added; {shown.already_here:,} already here.")
    left_out = _left_out(shown.left_out)
    if left_out:
        lines.append("  Left out: " + ", ".join(left_out) + ".")
    if shown.moods:
        said = ", ".join(
            f"{m.label} → {m.mood if m.mood is not None else 'no mood'} ({m.entries:,})"
            for m in shown.moods
        )
        lines.append(f"  Moods: {said}. Change one with --mood NAME=N (1 to 5, or none).")
    if shown.unknown_time_zones:
        lines.append(
            f"  {shown.unknown_time_zones:,} entries have a time zone the app doesn't know; "
            "their times are as the other app kept them, in UTC."
        )
    return lines
