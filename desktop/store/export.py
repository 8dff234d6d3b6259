"""Export everything to JSON (complete, re-importable), and import JSON. (The Markdown export,
to read, renders this JSON document: desktop/reports/markdown.py.)

Generic over the schema: export and import walk ``models.ALL_MODELS`` (in foreign-key
dependency order), so a table added there joins automatically. Derived tables (the journal's
full-text index) are not in ALL_MODELS: they are rebuilt after an import (_rebuild_derived).
Each model may declare ``natural_key`` in its Meta (field
names) by which an imported row is recognised as one already there; the format is documented
in docs/export-format.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import peewee

from desktop import clock, version
from desktop.store import db, files, journal
from desktop.store.errors import ImportFileError
from desktop.store.models import ALL_MODELS, database, execute, writing
from desktop.store.text import clean

FORMAT = "between-sessions-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 1 << 30


@dataclass(frozen=True)
class ImportResult:
    """How many rows were added per table, and how many were already there."""

    added: dict[str, int] = field(default_factory=dict)
    already_there: dict[str, int] = field(default_factory=dict)

    @property
    def total_added(self) -> int:
        """Rows added in all tables."""
        return sum(self.added.values())

    @property
    def total_already_there(self) -> int:
        """Rows recognised as already there, in all tables."""
        return sum(self.already_there.values())


# --- describing the tables --------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # "id", "integer", "boolean", "text", "date", "datetime", "real"
    nullable: bool
    default: Any
    references: str | None  # the table a foreign key points to


def _kind(f: peewee.Field) -> str:
    if isinstance(f, peewee.AutoField):
        return "id"
    if isinstance(f, peewee.BooleanField):
        return "boolean"
    if isinstance(f, peewee.ForeignKeyField | peewee.IntegerField):
        return "integer"
    if isinstance(f, peewee.DateTimeField):
        return "datetime"
    if isinstance(f, peewee.DateField):
        return "date"
    if isinstance(f, peewee.FloatField):
        return "real"
    return "text"


def _columns(model: Any) -> list[_Column]:
    found = []
    for f in model._meta.sorted_fields:
        default = f.default() if callable(f.default) else f.default
        if isinstance(default, bool):
            default = int(default)
        references = f.rel_model._meta.table_name if isinstance(f, peewee.ForeignKeyField) else None
        found.append(_Column(f.column_name, _kind(f), bool(f.null), default, references))
    return found


def _natural_key(model: Any) -> tuple[str, ...]:
    """Column names that say "this is the same row"; default: every column but the id."""
    declared = getattr(model._meta, "natural_key", None)
    if declared:
        return tuple(model._meta.fields[name].column_name for name in declared)
    return tuple(c.name for c in _columns(model) if c.kind != "id")


def _table(model: Any) -> str:
    return str(model._meta.table_name)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- JSON export ------------------------------------------------------------------------------


def _json_value(column: _Column, value: Any) -> Any:
    if value is not None and column.kind == "boolean":
        return bool(value)
    return value


def export_data(now: datetime | None = None) -> dict[str, Any]:
    """Everything in the open store, as the JSON document described in docs/export-format.md."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for model in ALL_MODELS:
        columns = _columns(model)
        names = ", ".join(_quote(c.name) for c in columns)
        rows = execute(f"SELECT {names} FROM {_quote(_table(model))} ORDER BY rowid")
        tables[_table(model)] = [
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


# --- JSON import ------------------------------------------------------------------------------


def read_document(data: bytes) -> dict[str, Any]:
    """Parse and check the outside of an export file; raises ImportFileError if it isn't one."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError("import.too_large")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # nested past any real export
        raise ImportFileError("import.not_json") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFileError("import.not_export")
    version = document.get("format_version")
    schema = document.get("schema_version")
    if not isinstance(version, int) or not isinstance(schema, int):
        raise ImportFileError("import.no_versions")
    if version > FORMAT_VERSION or schema > db.schema_version():
        raise ImportFileError("import.newer")
    if not isinstance(document.get("tables"), dict):
        raise ImportFileError("import.no_tables")
    return document


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _checked(table: str, column: _Column, value: Any, row_number: int) -> Any:
    def problem(code: str, **more: object) -> ImportFileError:
        return ImportFileError(code, table=table, row=row_number, column=column.name, **more)

    if value is None:
        if not column.nullable and column.kind != "id":
            raise problem("import.missing")
        return None
    if column.kind in ("id", "integer"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise problem("import.not_whole_number")
        return value
    if column.kind == "boolean":
        if not isinstance(value, bool):
            raise problem("import.not_boolean")
        return int(value)
    if column.kind == "real":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise problem("import.not_number")
        return value
    if not isinstance(value, str):
        raise problem("import.not_text")
    value = clean(value)
    try:
        if column.kind == "date" and not (_DATE.match(value) and date.fromisoformat(value)):
            raise ValueError(value)
        if column.kind == "datetime":
            datetime.fromisoformat(value)
    except ValueError:
        raise problem("import.not_a_date", value=repr(value[:40])) from None
    return value


def _rows_of(document: dict[str, Any], model: Any) -> list[dict[str, Any]]:
    """The rows of one table, checked against the model, with values ready for SQLite."""
    table = _table(model)
    raw = document["tables"].get(table, [])
    if not isinstance(raw, list):
        raise ImportFileError("import.table_not_list", table=table)
    columns = _columns(model)
    known = {c.name for c in columns}
    rows = []
    for number, row in enumerate(raw, start=1):
        if not isinstance(row, dict):
            raise ImportFileError("import.row_not_object", table=table, row=number)
        unknown = set(row) - known
        if unknown:
            raise ImportFileError(
                "import.unknown_values", table=table, row=number, names=sorted(unknown)
            )
        values: dict[str, Any] = {}
        for column in columns:
            if column.name in row:
                values[column.name] = _checked(table, column, row[column.name], number)
            elif column.kind == "id":
                raise ImportFileError("import.no_id", table=table, row=number)
            elif column.default is not None or column.nullable:
                values[column.name] = column.default
            else:
                raise ImportFileError("import.missing", table=table, row=number, column=column.name)
        rows.append(values)
    return rows


def _find_existing(table: str, key: Sequence[str], values: dict[str, Any]) -> int | None:
    condition = " AND ".join(f"{_quote(c)} IS ?" for c in key)
    cursor = database.execute_sql(  # type: ignore[no-untyped-call]
        f"SELECT id FROM {_quote(table)} WHERE {condition} LIMIT 1", [values[c] for c in key]
    )
    found = cursor.fetchone()
    return None if found is None else int(found[0])


def _id_taken(table: str, row_id: int) -> bool:
    cursor = database.execute_sql(  # type: ignore[no-untyped-call]
        f"SELECT 1 FROM {_quote(table)} WHERE id = ?", [row_id]
    )
    return cursor.fetchone() is not None


def _insert(table: str, values: dict[str, Any]) -> int:
    names = list(values)
    cursor = database.execute_sql(  # type: ignore[no-untyped-call]
        f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, names))}) "
        f"VALUES ({', '.join('?' for _ in names)})",
        [values[n] for n in names],
    )
    return int(cursor.lastrowid)


def _rebuild_derived() -> None:
    """Rebuild what is derived from the rows (the search index), inside the import's write."""
    journal.rebuild_search_index()


def import_document(document: dict[str, Any]) -> ImportResult:
    """Add the rows of an export document to the open store: all of them, or none.

    A row whose natural key matches one already there is not added again; rows that point at
    it are pointed at the one already there. Ids are kept where they are free.
    """
    unknown = set(document["tables"]) - {_table(m) for m in ALL_MODELS}
    if unknown:
        raise ImportFileError("import.unknown_tables", names=sorted(unknown))
    prepared = [(model, _rows_of(document, model)) for model in ALL_MODELS]
    added: dict[str, int] = defaultdict(int)
    already: dict[str, int] = defaultdict(int)
    new_ids: dict[str, dict[int, int]] = defaultdict(dict)
    try:
        with writing():
            for model, rows in prepared:
                table, columns, key = _table(model), _columns(model), _natural_key(model)
                for number, values in enumerate(rows, start=1):
                    old_id = values.pop("id")
                    for column in columns:
                        target = values.get(column.name)
                        if column.references is None or target is None:
                            continue
                        if target not in new_ids[column.references]:
                            raise ImportFileError(
                                "import.points_nowhere",
                                table=table,
                                row=number,
                                target=column.references,
                            )
                        values[column.name] = new_ids[column.references][target]
                    existing = _find_existing(table, key, values)
                    if existing is not None:
                        new_ids[table][old_id] = existing
                        already[table] += 1
                        continue
                    if not _id_taken(table, old_id):
                        values["id"] = old_id
                    new_ids[table][old_id] = _insert(table, values)
                    added[table] += 1
            if execute("PRAGMA foreign_key_check"):
                raise ImportFileError("import.dangling")
            if added:
                _rebuild_derived()
    except (sqlite3.IntegrityError, peewee.IntegrityError) as error:
        raise ImportFileError("import.conflict", detail=str(error)) from error
    return ImportResult(added=dict(added), already_there=dict(already))


def import_json(path: Path) -> ImportResult:
    """Import an export file into the open store: all or nothing; duplicates recognised."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError("import.unreadable", detail=error.strerror or str(error)) from error
    return import_document(read_document(data))
