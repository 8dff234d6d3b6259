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
    """Write data to path via a temporary name, so a failure never destroys an earlier file."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        # O_BINARY: without it, Windows' C runtime writes every "\n" byte as "\r\n".
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        fd = os.open(partial, flags, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
        with contextlib.suppress(OSError):
            files.sync_folder(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return path


def export_json(out: Path, now: datetime | None = None) -> Path:
    """Export everything to a JSON file (written safely; private to this user on POSIX)."""
    return write_atomically(out, to_json(export_data(now)))
