"""Every migration, run on a populated file: no table loses a row, and links still hold.

Generic over MIGRATIONS: for each version k, a file is built at k, every table it has gets
rows (values made from each column's declared type, foreign keys pointing at real rows), and
then it is opened by this app. So a migration added later is tested here without new code.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.store import db, health
from desktop.store.migrations import MIGRATIONS
from tests.store.store_helpers import unpacked

ROWS = 5


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[1]
        for r in conn.execute("PRAGMA table_list")
        if r[0] == "main" and r[2] == "table" and not r[1].startswith("sqlite_")
    ]


def _order(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Parents before children."""
    done: list[str] = []
    while len(done) < len(tables):
        for table in tables:
            parents = {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
            if table not in done and parents - {table} <= set(done):
                done.append(table)
    return done


def _value(declared: str, column: str, n: int) -> object:
    kind = declared.upper()
    if "INT" in kind:
        return n + 1
    if kind.startswith("DATETIME"):
        return f"2024-05-{n + 1:02d} 10:00:00"
    if kind.startswith("DATE"):
        return f"2024-05-{n + 1:02d}"
    return f"{column} {n}"


def _populate(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        virtual = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")
        }
        tables = [t for t in _order(conn, _tables(conn)) if t not in virtual]
        tables = [t for t in tables if not any(t.startswith(f"{v}_") for v in virtual)]
        for table in tables:
            columns = list(conn.execute(f'PRAGMA table_info("{table}")'))
            links = {r[3]: r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
            for n in range(ROWS):
                names, values = [], []
                for _cid, name, declared, _notnull, _default, pk in columns:
                    if pk:
                        continue
                    names.append(name)
                    if name in links:
                        ids = [r[0] for r in conn.execute(f'SELECT id FROM "{links[name]}"')]
                        values.append(ids[n % len(ids)])
                    else:
                        values.append(_value(declared, name, n))
                marks = ", ".join("?" for _ in names)
                quoted = ", ".join(f'"{c}"' for c in names)
                conn.execute(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', values)
        conn.commit()
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS)), ids=lambda v: f"from-v{v}")
def test_migrating_a_populated_file_keeps_every_row(tmp_path: Path, version: int) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    db.open_database(path, migrations=MIGRATIONS[:version])
    db.close_database()
    before = _populate(path)
    assert all(before.values())

    result = db.open_database(path)

    assert result.migrated_from == version
    with closing(sqlite3.connect(path)) as conn:
        after = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in before}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert after == before
    assert result.migration_backup is not None
    saved = unpacked(result.migration_backup, path.parent / "unpacked")
    assert health.check_health(saved).rows.items() >= before.items()
