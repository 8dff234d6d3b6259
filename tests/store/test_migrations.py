"""Migrations on a database full of someone's data: nothing may be lost, and a copy comes first."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase, TextField
from playhouse.migrate import SqliteMigrator, migrate

from desktop.store import db, errors, files, plan
from desktop.store.migrations import MIGRATIONS
from desktop.store.models import ALL_MODELS, database, execute
from desktop.store.records import Kind, Outcome, Reason, Rhythm, Status
from tests.store.store_helpers import TABLES, pragma, read_only, row_counts, unpacked

START = date(2024, 5, 6)
CURRENT = len(MIGRATIONS)  # the version a file made by this app is at
ALL_STATUSES = list(Status)


@dataclass(frozen=True)
class PersonView:
    """Everything the person can see of their plan, through the store's own API."""

    items: list[Any]
    check_ins: list[Any]
    adjustments: dict[int, list[Any]]


def _person_view() -> PersonView:
    items = plan.list_items(ALL_STATUSES)
    return PersonView(
        items=items,
        check_ins=plan.check_ins_between(START - timedelta(days=30), START + timedelta(days=30)),
        adjustments={item.id: plan.adjustments(item.id) for item in items},
    )


def _fill(path: Path, steps: list[Any] = MIGRATIONS) -> PersonView:
    """A file at len(steps) with a few weeks of real use in it; returns what the person sees."""
    result = db.open_database(path, migrations=steps)
    assert result.created
    walk = plan.add_item("Walk round the block", why="Clears my head", kind=Kind.SELF_CARE)
    say_no = plan.add_item(
        "Say no to one extra request",
        kind=Kind.BOUNDARIES,
        rhythm=Rhythm.SOME_DAYS,
        days_per_week=2,
        smaller_version="Pause before saying yes",
    )
    journal = plan.add_item("Write three lines", kind=Kind.JOURNALING)
    outcomes = list(Outcome)
    for offset in range(14):
        day = START + timedelta(days=offset)
        for n, item in enumerate((walk, say_no, journal)):
            outcome = outcomes[(offset + n) % len(outcomes)]
            reasons = [] if outcome.is_step else [Reason.OVERLOAD, Reason.TOO_BIG][: 1 + n % 2]
            plan.check_in(item.id, day, outcome, reasons=reasons, note=f"day {offset}")
    plan.adjust_item(walk.id, smaller_version="Walk to the gate", note="Tired this week")
    plan.adjust_item(say_no.id, rhythm=Rhythm.SOME_DAYS, days_per_week=1)
    plan.set_status(journal.id, Status.PAUSED, note="Holiday")
    plan.set_status(walk.id, Status.RETIRED)
    view = _person_view()
    db.close_database()

    counts = row_counts(path)
    assert all(counts.values()), counts  # every table really has rows to lose
    assert pragma(path, "user_version") == len(steps)
    return view


# --- test-only migrations that rebuild plan_item ---------------------------------------------

PLAN_ITEM_COLUMNS = (
    "id, title, why, kind, rhythm, days_per_week, smaller_version, status, position, "
    "created_at, updated_at"
)
REBUILD_BY_HAND = (
    """CREATE TABLE plan_item__new (
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
        updated_at DATETIME NOT NULL,
        colour TEXT NOT NULL DEFAULT ''
    )""",
    f"INSERT INTO plan_item__new ({PLAN_ITEM_COLUMNS}) SELECT {PLAN_ITEM_COLUMNS} FROM plan_item",
    "DROP TABLE plan_item",
    "ALTER TABLE plan_item__new RENAME TO plan_item",
)


def rebuild_by_hand(db_: SqliteDatabase) -> None:
    """The classic SQLite table rebuild: create new, copy, drop old, rename."""
    for statement in REBUILD_BY_HAND:
        execute(statement)


def rebuild_with_peewee(db_: SqliteDatabase) -> None:
    """peewee's migrator rebuilds the table for a NOT NULL column and for a legacy drop."""
    migrator = SqliteMigrator(db_)
    migrate(
        migrator.add_column("plan_item", "scratch", TextField(default="")),
        migrator.drop_column("plan_item", "scratch", legacy=True),
    )


REBUILDS = pytest.mark.parametrize(
    "rebuild", [rebuild_by_hand, rebuild_with_peewee], ids=["by-hand", "peewee-migrator"]
)


def test_the_rebuild_really_would_lose_rows_with_foreign_keys_on(tmp_path: Path) -> None:
    # The control: proves the migrations below are dangerous, so their tests mean something.
    path = tmp_path / "between-sessions.sqlite3"
    _fill(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        for statement in REBUILD_BY_HAND:
            conn.execute(statement)
        conn.commit()

    counts = row_counts(path)
    assert counts["plan_item"] > 0
    assert counts["check_in"] == counts["check_in_reason"] == counts["adjustment"] == 0


# --- migrating a populated file -------------------------------------------------------------


@REBUILDS
def test_migration_keeps_every_row_and_everything_the_person_sees(
    tmp_path: Path, rebuild: Callable[[SqliteDatabase], None]
) -> None:
    path = tmp_path / "data" / "between-sessions.sqlite3"
    path.parent.mkdir()
    seen_before = _fill(path)
    counts_before = row_counts(path)

    result = db.open_database(path, migrations=[*MIGRATIONS, rebuild])

    assert result.created is False
    assert result.migrated_from == CURRENT
    assert execute("PRAGMA user_version") == [(CURRENT + 1,)]
    assert execute("PRAGMA application_id") == [(db.APPLICATION_ID,)]
    assert execute("PRAGMA foreign_keys") == [(1,)]
    assert execute("PRAGMA foreign_key_check") == []
    assert execute("PRAGMA integrity_check") == [("ok",)]
    assert _person_view() == seen_before
    db.close_database()

    assert row_counts(path) == counts_before
    assert pragma(path, "user_version") == CURRENT + 1


@REBUILDS
def test_migration_first_saves_a_version_1_copy_in_backups(
    tmp_path: Path, rebuild: Callable[[SqliteDatabase], None]
) -> None:
    path = tmp_path / "data" / "between-sessions.sqlite3"
    path.parent.mkdir()
    _fill(path)
    counts_before = row_counts(path)

    result = db.open_database(path, migrations=[*MIGRATIONS, rebuild])
    db.close_database()

    backups = path.parent / "backups"
    assert files.backup_folder(path) == backups
    assert result.migration_backup is not None
    assert result.migration_backup.parent == backups
    assert os.listdir(backups) == [result.migration_backup.name]  # no .partial left over
    assert f"v{CURRENT}-" in result.migration_backup.name
    backup = unpacked(result.migration_backup, tmp_path / "unpacked")
    with backup.open("rb") as f:
        assert f.read(16) == b"SQLite format 3\x00"
    assert pragma(backup, "user_version") == CURRENT
    assert pragma(backup, "application_id") == db.APPLICATION_ID
    assert pragma(backup, "integrity_check") == "ok"
    assert row_counts(backup) == counts_before
    if os.name == "posix":
        assert stat.S_IMODE(result.migration_backup.stat().st_mode) == 0o600
        assert stat.S_IMODE(backups.stat().st_mode) == 0o700


def test_the_backup_opens_as_the_old_data(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    seen_before = _fill(path)
    result = db.open_database(path, migrations=[*MIGRATIONS, rebuild_by_hand])
    db.close_database()
    assert result.migration_backup is not None
    restored = tmp_path / "restored.sqlite3"
    shutil.copy(unpacked(result.migration_backup, tmp_path / "unpacked"), restored)

    reopened = db.open_database(restored)

    assert reopened.migrated_from is None
    assert _person_view() == seen_before


@REBUILDS
def test_child_rows_still_follow_their_item_after_a_rebuild(
    tmp_path: Path, rebuild: Callable[[SqliteDatabase], None]
) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    _fill(path)
    db.open_database(path, migrations=[*MIGRATIONS, rebuild])

    references = {row[2] for row in execute("PRAGMA foreign_key_list(check_in)")}
    references |= {row[2] for row in execute("PRAGMA foreign_key_list(adjustment)")}
    assert references == {"plan_item"}
    # Clearing a check-in still takes its reasons with it (ON DELETE CASCADE, keys on).
    with_reasons = next(
        c for c in plan.check_ins_between(START, START + timedelta(13)) if c.reasons
    )
    reason_rows = execute("SELECT count(*) FROM check_in_reason")[0][0]
    plan.clear_check_in(with_reasons.item_id, with_reasons.day)
    after = execute("SELECT count(*) FROM check_in_reason")[0][0]
    assert after == reason_rows - len(with_reasons.reasons)


def test_several_steps_run_in_order_after_one_backup(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    _fill(path)
    ran: list[str] = []

    def add_log(db_: SqliteDatabase) -> None:
        ran.append("v2")
        execute("CREATE TABLE step_log (version INTEGER)")
        execute("INSERT INTO step_log VALUES (2)")

    def write_log(db_: SqliteDatabase) -> None:
        ran.append("v3")
        execute("INSERT INTO step_log VALUES (3)")

    result = db.open_database(path, migrations=[*MIGRATIONS, add_log, write_log])

    assert ran == ["v2", "v3"]
    assert result.migrated_from == CURRENT
    assert execute("SELECT version FROM step_log ORDER BY rowid") == [(2,), (3,)]
    assert execute("PRAGMA user_version") == [(CURRENT + 2,)]
    assert len(os.listdir(files.backup_folder(path))) == 1


# --- migrations that go wrong --------------------------------------------------------------


def _schema_sql(path: Path) -> list[tuple[str, str]]:
    with closing(read_only(path)) as conn:
        return conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


def breaks_midway(db_: SqliteDatabase) -> None:
    """Does real damage, then fails, as a power cut or a bug in a migration would."""
    execute("ALTER TABLE plan_item ADD COLUMN colour TEXT")
    execute("DELETE FROM check_in_reason")
    execute("DROP TABLE adjustment")
    execute("UPDATE plan_item SET title = 'overwritten'")
    raise RuntimeError("the migration failed halfway")


def leaves_dangling_rows(db_: SqliteDatabase) -> None:
    """With keys off nothing stops this, so the store's own check has to."""
    execute("DELETE FROM plan_item WHERE id = 2")


@pytest.mark.parametrize(
    ("step", "error"),
    [(breaks_midway, RuntimeError), (leaves_dangling_rows, errors.StoreError)],
    ids=["raises", "dangling-rows"],
)
def test_failed_migration_leaves_version_1_and_all_data(
    tmp_path: Path, step: Callable[[SqliteDatabase], None], error: type[Exception]
) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    seen_before = _fill(path)
    counts_before = row_counts(path)
    schema_before = _schema_sql(path)

    with pytest.raises(error):
        db.open_database(path, migrations=[*MIGRATIONS, step])

    assert not db.is_open()
    assert pragma(path, "user_version") == CURRENT
    assert row_counts(path) == counts_before
    assert _schema_sql(path) == schema_before
    # The app as it is still opens the file and shows exactly what was there.
    result = db.open_database(path)
    assert result.migrated_from is None
    assert execute("PRAGMA foreign_keys") == [(1,)]
    assert _person_view() == seen_before


def test_migrated_file_is_refused_by_the_older_app(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    _fill(path)
    db.open_database(path, migrations=[*MIGRATIONS, rebuild_by_hand])
    db.close_database()

    with pytest.raises(errors.NewerSchemaError):
        db.open_database(path)
    assert pragma(path, "user_version") == CURRENT + 1


def test_reopening_with_the_same_migrations_is_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "between-sessions.sqlite3"
    _fill(path)
    steps = [*MIGRATIONS, rebuild_by_hand]
    db.open_database(path, migrations=steps)
    db.close_database()

    result = db.open_database(path, migrations=steps)

    assert result.migrated_from is None


def test_the_journal_migration_keeps_a_version_1_plan(tmp_path: Path) -> None:
    # A real file from the first release (action plan only) gains the journal and loses nothing.
    path = tmp_path / "between-sessions.sqlite3"
    seen_before = _fill(path, MIGRATIONS[:1])
    counts_before = row_counts(path)

    result = db.open_database(path)

    assert result.migrated_from == 1
    assert result.migration_backup is not None
    assert pragma(unpacked(result.migration_backup, tmp_path / "unpacked"), "user_version") == 1
    assert _person_view() == seen_before
    assert execute("SELECT count(*) FROM journal_entry") == [(0,)]
    assert execute("PRAGMA foreign_key_check") == []
    db.close_database()
    assert row_counts(path) == counts_before
    assert pragma(path, "user_version") == CURRENT


# --- the models match the schema the migrations build ----------------------------------------


def _affinity(declared: str) -> str:
    return declared.split("(")[0].strip().upper()


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m._meta.table_name)
def test_model_matches_its_table(store: Path, model: Any) -> None:
    table = model._meta.table_name
    field_types = database.get_context_options()["field_types"]
    info = {row[1]: row for row in execute(f"PRAGMA table_info({table})")}
    assert info, f"no table {table}"
    fields = {f.column_name: f for f in model._meta.sorted_fields}

    assert set(fields) == set(info), f"{table}: model and table columns differ"
    for column, field in fields.items():
        _cid, _name, declared, notnull, _default, pk = info[column]
        expected_type = field_types.get(field.field_type, field.field_type)
        assert _affinity(declared) == _affinity(expected_type), f"{table}.{column}: {declared}"
        if not pk:
            assert bool(notnull) == (not field.null), f"{table}.{column} nullability"

    foreign_keys = {
        (row[3], row[2], row[4], row[6]) for row in execute(f"PRAGMA foreign_key_list({table})")
    }
    expected = {
        (f.column_name, f.rel_model._meta.table_name, f.rel_field.column_name, f.on_delete)
        for f in model._meta.refs
    }
    assert foreign_keys == expected


def test_every_model_table_exists_and_none_is_left_over(store: Path) -> None:
    tables = {row[0] for row in execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {m._meta.table_name for m in ALL_MODELS} <= tables
    assert set(TABLES) <= tables
    assert not any(name.endswith(("__new", "__tmp__")) for name in tables)


def test_schema_version_is_the_number_of_migrations() -> None:
    assert db.schema_version() == len(MIGRATIONS) >= 1


def test_a_migration_script_keeps_semicolons_inside_strings_and_triggers(tmp_path: Path) -> None:
    from desktop.store import migrations
    from desktop.store.models import writing

    db.open_database(tmp_path / "between-sessions.sqlite3")
    with writing():
        migrations._run_script(
            """
            CREATE TABLE note_log (text TEXT NOT NULL DEFAULT 'first; second');
            CREATE TRIGGER note_logged AFTER INSERT ON note_log BEGIN
                UPDATE note_log SET text = text || '; logged' WHERE rowid = new.rowid;
            END;
            INSERT INTO note_log DEFAULT VALUES;
            """
        )
    assert execute("SELECT text FROM note_log") == [("first; second; logged",)]
