"""The full check of a data file, reading only: SQLite's integrity and foreign-key checks and
FTS5's check of the search index (what `between-sessions check` reports)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from desktop.store import engine, sqlite_support
from desktop.store.db import check_ours
from desktop.store.files import file_damage, index_problems, read_only_connection


@dataclass(frozen=True)
class Problem:
    """One thing a check found: damage in SQLite's own words, or a row that points nowhere."""

    #: "integrity" (detail: SQLite's line), "link" (table, row, parent), "unreadable", or
    #: "search_index" (detail: what doesn't match; derived, so the app rebuilds it at start)
    kind: str
    detail: str = ""
    table: str = ""
    row: int | None = None
    parent: str = ""


@dataclass(frozen=True)
class Health:
    """What a full check of a closed (or open elsewhere) data file found."""

    path: Path
    version: int
    problems: list[Problem]
    rows: dict[str, int]

    @property
    def healthy(self) -> bool:
        """Whether nothing is wrong."""
        return not self.problems


def check_health(path: Path) -> Health:
    """Run SQLite's integrity and foreign-key checks on a file, and FTS5's check of its search
    index (files.index_problems), reading only.

    Raises NotOurFileError / NewerSchemaError for files the app would refuse to open, and
    OpenError when the SQLite in use can't read it all (sqlite_support.check).
    """
    sqlite_support.check()
    version = check_ours(path)
    problems: list[Problem] = []
    rows: dict[str, int] = {}
    try:
        with contextlib.closing(read_only_connection(path)) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
            problems += [Problem("integrity", detail=line) for line in file_damage(verdict)]
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                problems.append(Problem("link", table=table, row=rowid, parent=parent))
            names = [
                r[1]
                for r in conn.execute("PRAGMA table_list")
                if r[0] == "main" and r[2] == "table" and not r[1].startswith("sqlite_")
            ]
            for name in sorted(names):
                quoted = name.replace('"', '""')
                rows[name] = int(conn.execute(f'SELECT count(*) FROM "{quoted}"').fetchone()[0])
            if not any(p.kind == "integrity" for p in problems):  # the file itself comes first
                problems += [Problem("search_index", detail=p) for p in index_problems(conn)]
    except engine.dbapi.DatabaseError as error:
        problems.append(Problem("unreadable", detail=str(error)))
    return Health(path=path, version=version, problems=problems, rows=rows)
