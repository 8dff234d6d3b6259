"""The JSON Schema of the export format, generated from the models.

``python -m desktop.store.export_schema > docs/export-format.schema.json`` refreshes the copy
in docs/ after a table is added (a test says when it is out of date).
"""

from __future__ import annotations

import json
from typing import Any

from desktop.store.export import FORMAT, FORMAT_VERSION
from desktop.store.models import ALL_MODELS
from desktop.store.tables import columns_of, natural_key_of, table_name

_TYPES: dict[str, dict[str, Any]] = {
    "id": {"type": "integer"},
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "real": {"type": "number"},
    "text": {"type": "string"},
    "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    "datetime": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:.]+$"},
}


def _row_schema(model: Any) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required = []
    for column in columns_of(model):
        entry = dict(_TYPES[column.kind])
        if column.nullable:
            entry["type"] = [entry["type"], "null"]
        if column.references:
            entry["description"] = f"the id of a row in {column.references}"
        properties[column.name] = entry
        if column.kind == "id" or (column.default is None and not column.nullable):
            required.append(column.name)
    return {
        "type": "object",
        "description": f"natural key: {', '.join(natural_key_of(model))}",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an export document."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Between Sessions export",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            "schema_version": {"type": "integer"},
            "app_version": {"type": "string"},
            "exported_at": {"type": "string"},
            "tables": {
                "type": "object",
                "properties": {
                    table_name(m): {"type": "array", "items": _row_schema(m)} for m in ALL_MODELS
                },
                "additionalProperties": False,
            },
        },
        "required": ["format", "format_version", "schema_version", "exported_at", "tables"],
    }


if __name__ == "__main__":
    print(json.dumps(schema(), indent=2, ensure_ascii=False))
