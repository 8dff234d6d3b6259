"""Import an export file: all of it, or nothing.

An import is checked whole before anything is written (the file, its rows' types and links, and
every row against the app's own rules: import_rules.py), then added in one transaction. A row
whose natural key matches one already there (before this import) is not added again; rows that
point at it are pointed at the one already there. Ids are kept where they are free.
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import peewee

from desktop.store import db, engine, journal
from desktop.store.errors import ImportFileError, InputError
from desktop.store.export import FORMAT, FORMAT_VERSION
from desktop.store.import_rules import RULES, Rule, UnknownValue
from desktop.store.models import ALL_MODELS, database, execute, writing
from desktop.store.tables import Column, columns_of, natural_key_of, quote, table_name
from desktop.store.text import clean

MAX_IMPORT_BYTES = 1 << 30
#: The whole numbers SQLite keeps (64 bits); an id is one of the positive ones.
SQLITE_INTEGERS = (-(2**63), 2**63 - 1)


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


class Packed(bytes):
    """A long text of an export file, held as UTF-8 until its row is read: ten years of entries
    as Python strings take three to four times their UTF-8 (four bytes a character for any text
    with one emoji in it)."""

    def text(self) -> str:
        """The text itself."""
        return self.decode("utf-8", "surrogatepass")  # an escaped lone surrogate comes back


#: Texts from this many characters are packed; shorter ones cost less than packing them.
PACK_FROM = 64
#: From a character past ASCII on, up to a quote, a backslash or a control character.
_NOT_ASCII = re.compile(rb'[\x80-\xff][^\x00-\x1f"\\]*')


def _packed(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= PACK_FROM and not value.isascii():
        return Packed(value.encode("utf-8", "surrogatepass"))
    return value


def _pack_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row of the file as it is parsed, its long texts packed (json's object_hook)."""
    for name, value in row.items():
        if isinstance(value, str):
            row[name] = _packed(value)
    return row


def _plain(value: Any) -> Any:
    return value.text() if isinstance(value, Packed) else value


def _escaped(found: re.Match[bytes]) -> bytes:
    """A stretch of a JSON string from its first character past ASCII on, written in ASCII:
    those characters as their JSON escapes (\\uXXXX, and astral ones as surrogate pairs)."""
    before = found.start()
    while before and found.string[before - 1] == 0x5C:
        before -= 1
    if (found.start() - before) % 2:
        raise ValueError("a backslash before a character JSON has no escape for")
    text = found.group().decode("utf-8")  # strict: UnicodeDecodeError if it isn't UTF-8
    return json.encoder.encode_basestring_ascii(text)[1:-1].encode("ascii")


def _ascii_json(data: bytes) -> str:
    """data, a UTF-8 JSON text, with each character past ASCII written as its JSON escape: the
    same document (json reads both alike), held as one byte a character. Decoded whole, one
    emoji anywhere would make the whole text four bytes a character. Raises
    UnicodeDecodeError (not UTF-8) or ValueError (not JSON), as decoding it whole would."""
    return _NOT_ASCII.sub(_escaped, data).decode("ascii")


def read_document(data: bytes) -> dict[str, Any]:
    """Parse and check the outside of an export file; raises ImportFileError if it isn't one.
    Its long texts are Packed until check_document reads them."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError("import.too_large")
    try:
        document = json.loads(_ascii_json(data), object_hook=_pack_row)
    except (UnicodeDecodeError, ValueError, RecursionError):  # nested past any real export
        raise ImportFileError("import.not_json") from None
    if not isinstance(document, dict) or _plain(document.get("format")) != FORMAT:
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


def _checked(table: str, column: Column, value: Any, row_number: int) -> Any:
    def problem(code: str, **more: object) -> ImportFileError:
        return ImportFileError(code, table=table, row=row_number, column=column.name, **more)

    packed, value = value, _plain(value)
    if value is None:
        if not column.nullable and column.kind != "id":
            raise problem("import.missing")
        return None
    if column.kind in ("id", "integer"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise problem("import.not_whole_number")
        if not SQLITE_INTEGERS[0] <= value <= SQLITE_INTEGERS[1] or (
            column.kind == "id" and value < 1
        ):
            raise problem("import.out_of_range")
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
    # (ASCII holds no lone surrogate: only a NUL could be cleaned away.)
    cleaned = value if value.isascii() and "\x00" not in value else clean(value)
    if cleaned is value and isinstance(packed, Packed):
        return packed  # nothing to clean: it stays packed
    value = cleaned
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
    table = table_name(model)
    raw = document["tables"].get(table, [])
    if not isinstance(raw, list):
        raise ImportFileError("import.table_not_list", table=table)
    columns = columns_of(model)
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


def _connection() -> engine.dbapi.Connection:
    """The open store's own connection: a row at a time, without peewee's work per statement."""
    return cast(engine.dbapi.Connection, database.connection())  # type: ignore[no-untyped-call]


def _find_existing(
    table: str, key: Sequence[str], values: dict[str, Any], added: set[int]
) -> int | None:
    """The row already there (not one this import added) with the same natural key (each table
    that can grow large has an index its key's lookup uses: test_search_migration)."""
    condition = " AND ".join(f"{quote(c)} IS ?" for c in key)
    cursor = _connection().execute(
        f"SELECT id FROM {quote(table)} WHERE {condition} ORDER BY id", [values[c] for c in key]
    )
    for (row_id,) in cursor:
        if row_id not in added:
            return int(row_id)
    return None


def _unique_key(model: Any) -> bool:
    """Whether the schema keeps one row per natural key (its Meta says one_per_key)."""
    return bool(getattr(model._meta, "one_per_key", False))


def _ids_of(table: str) -> set[int]:
    """The ids a table holds."""
    return {row_id for (row_id,) in _connection().execute(f"SELECT id FROM {quote(table)}")}


@functools.cache
def _insert_sql(table: str, names: tuple[str, ...]) -> str:
    return (
        f"INSERT INTO {quote(table)} ({', '.join(map(quote, names))}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )


def _insert(table: str, values: dict[str, Any]) -> int:
    cursor = _connection().execute(_insert_sql(table, tuple(values)), list(values.values()))
    return int(cursor.lastrowid or 0)


def _rebuild_derived() -> None:
    """Rebuild what is derived from the rows (the search index), inside the import's write."""
    journal.rebuild_search_index()


@dataclass(frozen=True)
class CheckedDocument:
    """An export document whose every row was checked: the rows, table by table, as they are
    to be kept (in foreign-key order, as ALL_MODELS)."""

    tables: tuple[tuple[Any, tuple[dict[str, Any], ...]], ...]


def check_document(document: dict[str, Any]) -> CheckedDocument:
    """Check a whole export document before anything is written: its tables, every value's
    type and range, every id (positive, once per table), every link (to a row in the file) and
    every row against the app's own rules. Raises ImportFileError; never touches the store."""
    unknown = set(document["tables"]) - {table_name(m) for m in ALL_MODELS}
    if unknown:
        raise ImportFileError("import.unknown_tables", names=sorted(unknown))
    ids: dict[str, set[int]] = {}
    checked = []
    for model in ALL_MODELS:
        table = table_name(model)
        rule = RULES.get(table)
        rows = []
        seen: set[int] = set()
        links = [(c.name, c.references) for c in columns_of(model) if c.references]
        for number, values in enumerate(_rows_of(document, model), start=1):
            if values["id"] in seen:
                raise ImportFileError("import.duplicate_id", table=table, row=number)
            seen.add(values["id"])
            for name, to in links:
                target = values.get(name)
                if target is not None and target not in ids[to]:
                    raise ImportFileError(
                        "import.points_nowhere", table=table, row=number, target=to
                    )
            rows.append(_follow(rule, values, table, number) if rule else values)
        ids[table] = seen
        checked.append((model, tuple(rows)))
    return CheckedDocument(tuple(checked))


def _follow(rule: Rule, values: dict[str, Any], table: str, number: int) -> dict[str, Any]:
    """A row as the app's own rule for its table keeps it, or ImportFileError saying why not.
    What the rule leaves as it was stays packed."""
    try:
        kept = rule({name: _plain(value) for name, value in values.items()})
    except InputError as problem:
        raise ImportFileError("import.refused", table=table, row=number, problem=problem) from None
    except UnknownValue as unknown:
        raise ImportFileError(
            "import.unknown_value",
            table=table,
            row=number,
            column=unknown.column,
            value=repr(str(unknown.value)[:40]),
        ) from None
    for name, value in kept.items():
        before = values.get(name)
        if isinstance(before, Packed) and value == before.text():
            kept[name] = before
        else:
            kept[name] = _packed(value)
    return kept


def import_document(document: dict[str, Any] | CheckedDocument) -> ImportResult:
    """Add the rows of an export document to the open store: all of them, or none."""
    checked = document if isinstance(document, CheckedDocument) else check_document(document)
    added: dict[str, int] = defaultdict(int)
    already: dict[str, int] = defaultdict(int)
    new_ids: dict[str, dict[int, int]] = defaultdict(dict)
    with adding() as write:
        for model, rows in checked.tables:
            if rows:
                _add_rows(model, rows, new_ids, added, already)
        write.rows_added = bool(added)
    return ImportResult(added=dict(added), already_there=dict(already))


@dataclass
class Adding:
    """An import's write under way: set rows_added when it added any (the index is rebuilt)."""

    rows_added: bool = False


@contextmanager
def adding() -> Iterator[Adding]:
    """The one write of every import (our export, another app's journal): one transaction
    that, once the rows are in, checks every link and rebuilds the search index; any
    failure leaves the store exactly as it was."""
    write = Adding()
    try:
        with writing():
            yield write
            if execute("PRAGMA foreign_key_check"):
                raise ImportFileError("import.dangling")
            if write.rows_added:
                _rebuild_derived()
    except (engine.dbapi.IntegrityError, peewee.IntegrityError) as error:
        raise ImportFileError("import.conflict", detail=str(error)) from error


def insert_row(table: str, values: dict[str, Any]) -> int:
    """Add one row inside an import's write (adding()); returns its id."""
    return _insert(table, values)


def _add_rows(
    model: Any,
    rows: tuple[dict[str, Any], ...],
    new_ids: dict[str, dict[int, int]],
    added: dict[str, int],
    already: dict[str, int],
) -> None:
    """Add one table's rows (inside the import's write), noting each row's id in the store."""
    table, key = table_name(model), natural_key_of(model)
    links = [(c.name, c.references) for c in columns_of(model) if c.references]
    # Rows of one file are never each other's duplicates, unless the schema keeps one row per
    # key (a tag's folded name, a day's check-in): then they are one. So in a table that was
    # empty there is nothing to look up, but this file's own rows, when it keeps one per key.
    one_per_key = _unique_key(model)
    taken = _ids_of(table)
    was_empty = not taken
    inserted: set[int] = set()
    added_by_key: dict[tuple[Any, ...], int] = {}
    for row in rows:
        values = {name: _plain(value) for name, value in row.items()}
        old_id = values.pop("id")
        for name, to in links:
            if values[name] is not None:
                values[name] = new_ids[to][values[name]]
        if was_empty:
            existing = added_by_key.get(tuple(values[c] for c in key)) if one_per_key else None
        else:
            existing = _find_existing(table, key, values, set() if one_per_key else inserted)
        if existing is not None:
            new_ids[table][old_id] = existing
            already[table] += 1
            continue
        if old_id not in taken:
            values["id"] = old_id
        new_id = new_ids[table][old_id] = _insert(table, values)
        taken.add(new_id)
        inserted.add(new_id)
        if was_empty and one_per_key:
            added_by_key[tuple(values[c] for c in key)] = new_id
        added[table] += 1


def read_file(
    path: Path, *, limit: int = MAX_IMPORT_BYTES, too_large: str = "import.too_large"
) -> bytes:
    """A file's bytes: a regular file (never a folder, a pipe or a device), no larger than
    limit, read only once both are known (too_large: the code said when it is larger)."""
    try:
        found = path.stat()  # follows a link: it is what the link points to that is read
    except OSError as error:
        raise ImportFileError("import.unreadable", detail=error.strerror or str(error)) from error
    if not stat.S_ISREG(found.st_mode):
        raise ImportFileError("import.not_a_file", name=path.name)
    if found.st_size > limit:
        raise ImportFileError(too_large, limit=limit)
    try:
        # Opened without waiting, and looked at again once open: a file swapped for a pipe
        # since the look above can't make the read wait for a writer that never comes.
        handle = os.open(
            path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )
        with os.fdopen(handle, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise ImportFileError("import.not_a_file", name=path.name)
            data = file.read(limit + 1)
    except OSError as error:
        raise ImportFileError("import.unreadable", detail=error.strerror or str(error)) from error
    if len(data) > limit:  # grown meanwhile
        raise ImportFileError(too_large, limit=limit)
    return data


def import_json(path: Path) -> ImportResult:
    """Import an export file into the open store: all or nothing; duplicates recognised."""
    return import_document(check_document(read_document(read_file(Path(path)))))
