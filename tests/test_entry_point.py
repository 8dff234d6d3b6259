"""The real entry point, ``python -m desktop``, run in a process of its own as a person would."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.store import db, engine, plan

# Each test starts the app as a process of its own.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def run_app(
    home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run python -m desktop with everything it might touch pointed inside home."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        folder = home / name.lower()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        environment[name] = str(folder)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def pragmas(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a database file, read without changing it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    return int(app_id), int(version)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_smoke_test_creates_exactly_one_database_of_ours(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_app(home, "--data-dir", str(data), "--smoke-test")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # The window goes up first, then the data opens and every tab is shown from it.
    assert result.stdout.index("window shown") < result.stdout.index("visited 3 tabs")
    databases = list(data.glob("*.sqlite3"))
    assert len(databases) == 1, sorted(p.name for p in data.iterdir())
    assert pragmas(databases[0]) == (db.APPLICATION_ID, db.schema_version())
    # Nothing half-made is left beside it.
    assert not [p for p in data.iterdir() if p.name.endswith((".new", ".partial"))]


def test_a_second_start_opens_the_same_database(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_app(home, "--data-dir", str(data), "--smoke-test").returncode == 0
    path = data / "between-sessions.sqlite3"
    db.open_database(path)
    try:
        plan.add_item("Walk round the block")
    finally:
        db.close_database()

    result = run_app(home, "--data-dir", str(data), "--smoke-test")

    assert result.returncode == 0, result.stderr
    assert list(data.glob("*.sqlite3")) == [path]
    db.open_database(path)
    try:
        assert [item.title for item in plan.list_items()] == ["Walk round the block"]
    finally:
        db.close_database()


def test_version(home: Path) -> None:
    result = run_app(home, "--version")
    assert result.returncode == 0
    first, sqlite_line = result.stdout.splitlines()
    assert first == f"Between Sessions {__version__}"
    # The engine's SQLite (SQLCipher's, the same on every OS), not this Python's own.
    assert sqlite_line == f"SQLite {engine.dbapi.sqlite_version}, full-text search (FTS5): yes"


def test_help_mentions_the_data_dir(home: Path) -> None:
    result = run_app(home, "--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout
    assert "--smoke-test" in result.stdout


def test_a_data_dir_that_cannot_be_made_is_a_calm_one_line_message(
    home: Path, tmp_path: Path
) -> None:

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    wanted = blocker / "data"

    result = run_app(home, "--data-dir", str(wanted), "--smoke-test")

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert str(wanted) in lines[0]
    assert blocker.read_text() == "not a folder"


def test_a_data_dir_that_is_a_file_is_refused(home: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_app(home, "--data-dir", str(blocker), "--smoke-test")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1
    assert blocker.read_text() == "not a folder"


def test_a_database_from_a_newer_version_is_left_untouched(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_app(home, "--data-dir", str(data), "--smoke-test").returncode == 0
    path = data / "between-sessions.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = sha256(path)
    names_before = sorted(p.name for p in data.iterdir())

    result = run_app(home, "--data-dir", str(data), "--smoke-test")

    assert result.returncode == 3  # said, and nothing shown from the file
    assert "Traceback" not in result.stderr
    assert "newer version" in result.stderr
    assert "visited" not in result.stdout
    assert sha256(path) == before
    assert sorted(p.name for p in data.iterdir()) == names_before
    assert pragmas(path)[1] == 99


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="appdirs follows XDG_DATA_HOME on Linux only"
)
def test_without_data_dir_the_database_lives_in_the_xdg_data_folder(home: Path) -> None:
    result = run_app(home, "--smoke-test", env={"BETWEEN_SESSIONS_HOME": ""})

    assert result.returncode == 0, result.stderr
    folder = home / "xdg_data_home" / "Between Sessions"
    assert sorted(p.name for p in folder.glob("*.sqlite3")) == ["between-sessions.sqlite3"]
    assert pragmas(folder / "between-sessions.sqlite3") == (
        db.APPLICATION_ID,
        db.schema_version(),
    )


def test_between_sessions_home_holds_the_data_and_the_settings(home: Path, tmp_path: Path) -> None:
    # What keeps the tests (and a copy on a USB stick) out of the person's real data folder
    # and settings on every system: Windows' registry and macOS' ~/Library included.
    own = tmp_path / "own home"
    result = run_app(home, "--smoke-test", env={"BETWEEN_SESSIONS_HOME": str(own)})

    assert result.returncode == 0, result.stderr
    assert (own / "data" / "between-sessions.sqlite3").is_file()
    [ini] = (own / "settings").rglob("*.ini")
    assert "geometry" in ini.read_text(encoding="utf-8")  # the window's, kept at close
    assert not (home / "xdg_data_home" / "Between Sessions").exists()
