"""The schema, as an ordered list of migrations. Entry N moves a file from version N to N+1.

Each migration is frozen once released: it is written in SQL, not derived from the models, so
that later changes to the models can never change what an old migration does.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from desktop.store.models import execute

Migration = Callable[[SqliteDatabase], None]


def _run_script(script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            execute(statement)


def _v1_action_plan(db: SqliteDatabase) -> None:
    """Plan items, check-ins with what got in the way, and the history of adjustments."""
    _run_script(
        """
        CREATE TABLE plan_item (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            why TEXT NOT NULL DEFAULT '',
            kind VARCHAR(255) NOT NULL,
            rhythm VARCHAR(255) NOT NULL,
            days_per_week INTEGER,
            smaller_version TEXT NOT NULL DEFAULT '',
            status VARCHAR(255) NOT NULL DEFAULT 'active',
            position INTEGER NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE TABLE check_in (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            outcome VARCHAR(255) NOT NULL,
            other_reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            UNIQUE (item_id, day)
        );
        CREATE INDEX check_in_day ON check_in (day);
        CREATE TABLE check_in_reason (
            id INTEGER PRIMARY KEY,
            check_in_id INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
            reason VARCHAR(255) NOT NULL,
            UNIQUE (check_in_id, reason)
        );
        CREATE TABLE adjustment (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
            made_at DATETIME NOT NULL,
            change VARCHAR(255) NOT NULL,
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX adjustment_item ON adjustment (item_id, made_at);
        """,
    )


MIGRATIONS: list[Migration] = [_v1_action_plan]
