"""The app's small diagnostics log: what it says goes to stderr and to a private file that stays
small, and with no stderr at all (a Windows app started from its icon) the file still has it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import app, diagnostics, paths

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home of its own, so each test's log starts empty."""
    diagnostics.stop()
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path / "home"))
    yield tmp_path / "home"
    diagnostics.stop()


def test_what_the_app_says_goes_to_stderr_and_into_the_log(
    capsys: pytest.CaptureFixture[str], log_home: Path
) -> None:
    diagnostics.say("the damaged file was kept as data.damaged-2026-12-02.sqlite3")
    assert capsys.readouterr().err == (
        "Between Sessions: the damaged file was kept as data.damaged-2026-12-02.sqlite3\n"
    )
    assert diagnostics.log_file() == log_home / "logs" / "between-sessions.log"
    [line] = diagnostics.log_file().read_text(encoding="utf-8").splitlines()
    assert line.endswith("INFO the damaged file was kept as data.damaged-2026-12-02.sqlite3")


def test_with_no_stderr_at_all_the_log_still_has_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # as a Windows app started from its icon
    diagnostics.say("the search index was rebuilt")
    assert "the search index was rebuilt" in diagnostics.log_file().read_text(encoding="utf-8")


def test_a_bug_keeps_its_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    known: dict[str, int] = {}
    try:
        known["missing"]  # a bug, on purpose
    except KeyError as error:
        diagnostics.bug(KeyError, error, error.__traceback__)
    kept = diagnostics.log_file().read_text(encoding="utf-8")
    assert "ERROR Traceback (most recent call last):" in kept
    assert "KeyError: 'missing'" in kept
    assert "KeyError: 'missing'" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_the_log_is_this_users_only() -> None:
    diagnostics.say("started")
    assert diagnostics.log_file().stat().st_mode & 0o777 == 0o600


def test_the_log_stays_small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    line = "x" * 1000
    for _ in range(diagnostics.LOG_BYTES * (diagnostics.KEPT + 2) // 1000):
        diagnostics.say(line)
    folder = diagnostics.log_file().parent
    kept = sorted(path.name for path in folder.iterdir())
    assert kept == ["between-sessions.log", "between-sessions.log.1", "between-sessions.log.2"]
    limit = diagnostics.LOG_BYTES + 2 * len(line)
    assert all((folder / name).stat().st_size <= limit for name in kept)


def test_a_log_folder_that_cant_be_made_leaves_stderr(
    capsys: pytest.CaptureFixture[str], log_home: Path
) -> None:
    log_home.mkdir()
    (log_home / "logs").write_text("a file where the folder would go", encoding="utf-8")
    diagnostics.say("still said")
    assert capsys.readouterr().err == "Between Sessions: still said\n"


@pytest.mark.slow  # starts the app as a process of its own
def test_the_app_says_why_it_stopped_in_its_log(tmp_path: Path) -> None:
    # A data folder that is a file: the app says so, and exits.
    blocked = tmp_path / "data"
    blocked.write_text("not a folder", encoding="utf-8")
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(blocked), "--smoke-test"],
        cwd=REPO,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", BETWEEN_SESSIONS_HOME=str(home)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == app.EXIT_DATA_DIR
    [said] = done.stderr.splitlines()
    kept = (home / "logs" / "between-sessions.log").read_text(encoding="utf-8")
    assert said.removeprefix("Between Sessions: ") in kept
