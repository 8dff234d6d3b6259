"""How the export and the import see the tables: each model's columns, their kinds and links,
and the natural key by which an imported row is recognised as one already there.

Generic over the schema: both walk ``models.ALL_MODELS`` (in foreign-key dependency order), so a
table added there joins them by itself. A model may declare ``natural_key`` in its Meta (field
names); without one, every column but the id is the key. See docs/export-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee


@dataclass(frozen=True)
class Column:
    """One column as the export format sees it."""

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


def columns_of(model: Any) -> list[Column]:
    """A model's columns, in their order in the table."""
    found = []
    for f in model._meta.sorted_fields:
        default = f.default() if callable(f.default) else f.default
        if isinstance(default, bool):
            default = int(default)
        references = f.rel_model._meta.table_name if isinstance(f, peewee.ForeignKeyField) else None
        found.append(Column(f.column_name, _kind(f), bool(f.null), default, references))
    return found


def natural_key_of(model: Any) -> tuple[str, ...]:
    """Column names that say "this is the same row"; default: every column but the id."""
    declared = getattr(model._meta, "natural_key", None)
    if declared:
        return tuple(model._meta.fields[name].column_name for name in declared)
    return tuple(c.name for c in columns_of(model) if c.kind != "id")


def table_name(model: Any) -> str:
    """A model's table."""
    return str(model._meta.table_name)


def quote(name: str) -> str:
    """A table or column name, quoted for SQL."""
    return '"' + name.replace('"', '""') + '"'
