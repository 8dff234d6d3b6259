"""An SQLite that can't keep the data (too old, or built without FTS5) is named at the start,
before anything is opened or made; --version says which SQLite is in use and whether it has
FTS5. Proven by handing the store an old SQLite's version and an FTS5 that isn't there."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop import app, cli, paths
from desktop.reports.errors import explain
from desktop.store import db, sqlite_support
from desktop.store.errors import OpenError
from tests.store.store_helpers import sha256

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _asked_afresh() -> Iterator[None]:
    sqlite_support.has_fts5.cache_clear()
    yield
    sqlite_support.has_fts5.cache_clear()


@pytest.fixture
def old_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite 3.31.1, as Ubuntu 20.04 has it."""
    monkeypatch.setattr(sqlite_support.sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite_support.sqlite3, "sqlite_version", "3.31.1")


class _NoFts5:
    """sqlite3 as a build without FTS5 has it: an FTS5 table can't be made."""

    Error = sqlite3.Error
    sqlite_version, sqlite_version_info = sqlite3.sqlite_version, sqlite3.sqlite_version_info

    @staticmethod
    def connect(*args: Any, **kwargs: Any) -> Any:
        conn = sqlite3.connect(*args, **kwargs)

        class Connection:
            def execute(self, sql: str) -> Any:
                if "fts5" in sql:
                    raise sqlite3.OperationalError("no such module: fts5")
                return conn.execute(sql)

            def close(self) -> None:
                conn.close()

        return Connection()


@pytest.fixture
def no_fts5(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_support, "sqlite3", _NoFts5)


def test_this_machines_sqlite_can_keep_the_data() -> None:
    sqlite_support.check()  # (a control: the tests' own SQLite passes)
    assert sqlite_support.has_fts5()


@pytest.mark.usefixtures("old_sqlite")
def test_an_old_sqlite_is_named_before_anything_is_made(tmp_path: Path) -> None:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    with pytest.raises(OpenError) as refused:
        db.open_database(path)
    assert refused.value.code == "open.sqlite_too_old"
    words = explain(refused.value)
    assert "3.31.1" in words and "3.37.0" in words and "Nothing was opened or changed" in words
    assert list(path.parent.iterdir()) == []  # no data file, nothing beside it


@pytest.mark.usefixtures("no_fts5")
def test_an_sqlite_without_full_text_search_is_named_before_anything_is_made(
    tmp_path: Path,
) -> None:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    with pytest.raises(OpenError) as refused:
        db.open_database(path)
    assert refused.value.code == "open.sqlite_no_fts5"
    assert "full-text search" in explain(refused.value)
    assert list(path.parent.iterdir()) == []


def test_a_command_says_so_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    db.open_database(path)
    db.close_database()
    before = sha256(path)
    monkeypatch.setattr(sqlite_support, "sqlite3", _NoFts5)
    sqlite_support.has_fts5.cache_clear()  # (asked once per run: this run is now another's)
    assert cli.run_command(cli.parse_args(["check", "--data-dir", str(path.parent)])) != 0
    assert "without full-text search" in capsys.readouterr().err
    assert sha256(path) == before


@pytest.mark.usefixtures("no_fts5")
def test_the_version_says_which_sqlite_and_whether_it_has_full_text_search(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.parse_args(["--version"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f"SQLite {sqlite_support.version()}, full-text search (FTS5): no"


@pytest.mark.slow  # starts the app as a process of its own
def test_the_app_says_so_and_exits_before_opening_anything(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from sqlcipher3 import dbapi2 as sqlite3\n"  # the engine's (desktop/store/engine.py)
        "sqlite3.sqlite_version_info, sqlite3.sqlite_version = (3, 31, 1), '3.31.1'\n"
        "from desktop import app\n"
        "sys.exit(app.main(['--data-dir', sys.argv[1], '--smoke-test']))\n"
    )
    data = tmp_path / "data"
    env = {"QT_QPA_PLATFORM": "offscreen", "BETWEEN_SESSIONS_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(data)],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == app.EXIT_DATABASE, done.stderr
    assert "uses SQLite 3.31.1" in done.stderr
    assert "Traceback" not in done.stderr
    assert not paths.database_path(data).exists()
