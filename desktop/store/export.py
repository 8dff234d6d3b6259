"""Export everything to a complete, re-importable JSON document (docs/export-format.md), and
write files safely. The Markdown export renders the same document (desktop/reports/markdown.py);
the import is in importing.py.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import clock, version
from desktop.store import db, files
from desktop.store.errors import DiskTrouble, ExportError, classify
from desktop.store.models import ALL_MODELS, execute
from desktop.store.tables import Column, columns_of, quote, table_name

FORMAT = "between-sessions-export"
FORMAT_VERSION = 1


def _json_value(column: Column, value: Any) -> Any:
    if value is not None and column.kind == "boolean":
        return bool(value)
    return value


def export_data(now: datetime | None = None) -> dict[str, Any]:
    """Everything in the open store, as the JSON document described in docs/export-format.md."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for model in ALL_MODELS:
        columns = columns_of(model)
        names = ", ".join(quote(c.name) for c in columns)
        rows = execute(f"SELECT {names} FROM {quote(table_name(model))} ORDER BY rowid")
        tables[table_name(model)] = [
            {c.name: _json_value(c, v) for c, v in zip(columns, row, strict=True)} for row in rows
        ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": db.schema_version(),
        "app_version": version(),
        "exported_at": (now or clock.now()).isoformat(),
        "tables": tables,
    }


def to_json(document: dict[str, Any]) -> bytes:
    """The export document as UTF-8 JSON text, stable and readable."""
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_atomically(path: Path, data: bytes) -> Path:
    """Write data to path via a temporary name, so a failure never destroys an earlier file.

    Never over the data itself (the data file and everything that goes with it), and a folder
    that is missing, full or can't be written is said plainly (ExportError), never as the
    temporary name's raw OSError. An unfinished copy is removed; one that an interrupted run
    left is removed by the next write of the same file.
    """
    path = Path(path)
    data_file = files.open_data_file()
    if data_file is not None and files.is_part_of_the_data(path, data_file):
        raise ExportError("export.onto_data", path=path)
    if path.is_dir():
        raise ExportError("export.is_folder", path=path)
    files.remove_old_partials(path)
    partial = files.partial_name(path)
    try:
        fd = files.open_to_write(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            files.flush_to_disk(out.fileno())
        files.replace_file(partial, path)
        with contextlib.suppress(OSError):
            files.sync_folder(path.parent)
    except BaseException as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(error, OSError):
            raise _plain(error, path) from error
        raise
    return path


def _plain(error: OSError, path: Path) -> ExportError:
    """An OSError met while writing path, as the person is told it."""
    trouble = classify(error)
    if isinstance(error, FileNotFoundError) or not path.parent.is_dir():
        return ExportError("export.no_folder", folder=path.parent)
    if trouble is DiskTrouble.FULL:
        return ExportError("export.disk_full", path=path)
    if trouble is DiskTrouble.LOCKED:
        return ExportError("export.in_use", path=path)
    return ExportError("export.unwritable", path=path, detail=error.strerror or str(error))


def export_json(out: Path, now: datetime | None = None) -> Path:
    """Export everything to a JSON file (written safely; private to this user on POSIX)."""
    return write_atomically(out, to_json(export_data(now)))
