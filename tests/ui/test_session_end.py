"""A logoff, a restart or an update's reboot on Windows, where no window is closed: Qt emits
commitDataRequest (WM_QUERYENDSESSION), then aboutToQuit (WM_ENDSESSION), and the process is
ended as soon as that returns. What is typed is stored at the first; at the second the app ends
as a close does. Here the messages are played as Windows sends them, on any system."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop import app, paths
from desktop.store import journal, lock
from desktop.store.errors import CannotSaveError, DiskTrouble
from desktop.ui.app.main_window import MainWindow
from desktop.ui.app.session_end import store_before_the_session_ends

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Typed just before Windows restarted for an update. Still here? 😊 שלום"

# Types into a new journal entry (the autosave put off for a day), then does what Windows does
# at the end of a session: commitDataRequest's store... then aboutToQuit, and the process ends
# there and then (os._exit: no window closes, app.exec never returns, no finally runs).
CHILD = r"""
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop import app
from desktop.ui.app.main_window import MainWindow
from desktop.ui.journal import editor

editor.AUTOSAVE_MS = 24 * 60 * 60 * 1000
data_dir, text = sys.argv[1], sys.argv[2]
real_data_opened = MainWindow.data_opened


def end_the_session():
    QApplication.instance().aboutToQuit.emit()  # WM_ENDSESSION
    os._exit(0)  # and Windows ends the process


def data_opened(self):
    real_data_opened(self)
    self.tabs.setCurrentIndex(1)
    self.journal_tab.new_entry()
    self.journal_tab.editor.body.insertPlainText(text)
    QTimer.singleShot(0, end_the_session)


MainWindow.data_opened = data_opened
sys.exit(app.main(["--data-dir", data_dir]))
"""


@pytest.mark.slow  # starts the app as a process of its own
def test_at_the_end_of_a_windows_session_the_app_ends_as_a_close_does(tmp_path: Path) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "home"
    db_path = paths.database_path(data_dir)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", BETWEEN_SESSIONS_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), TEXT],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == app.EXIT_OK, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    conn = sqlite3.connect(db_path)
    try:
        assert [body for (body,) in conn.execute("SELECT body FROM journal_entry")] == [TEXT]
    finally:
        conn.close()
    assert not lock.lock_path(db_path).exists()  # the lock let go: the next start is free
    assert not db_path.with_name(db_path.name + ".in-use").exists()
    [settings] = (home / "settings").rglob("*.ini")
    assert "geometry" in settings.read_text(encoding="utf-8")  # the window's state kept


class Manager:
    """QSessionManager as Qt hands it over (it can't be made in Python)."""

    def __init__(self, *, may_ask: bool) -> None:
        self.may_ask = may_ask
        self.cancelled = self.released = False

    def allowsInteraction(self) -> bool:
        return self.may_ask

    def release(self) -> None:
        self.released = True

    def cancel(self) -> None:
        self.cancelled = True


@pytest.fixture
def typing(make_window: Callable[..., MainWindow], qtbot: Any) -> MainWindow:
    """A window with words being typed into a new journal entry."""
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(1)
    window.journal_tab.new_entry()
    window.journal_tab.editor.body.insertPlainText(TEXT)
    return window


def _disk_full(*_args: object, **_kwargs: object) -> object:
    raise CannotSaveError(DiskTrouble.FULL)


def _answer_close_anyway(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, answer: bool
) -> list[bool]:
    """Have the window's "Close anyway?" answer answer; returns a list of the times asked."""
    asked: list[bool] = []

    def ask() -> bool:
        asked.append(True)
        return answer

    monkeypatch.setattr(window, "ask_close_anyway", ask)
    return asked


def test_what_is_typed_is_stored_when_windows_asks_and_the_session_goes_on(
    typing: MainWindow,
) -> None:
    manager = Manager(may_ask=True)
    store_before_the_session_ends(manager, [typing])  # type: ignore[arg-type]
    entry_id = typing.journal_tab.editor.entry_id
    assert entry_id is not None and journal.get_entry(entry_id).fields.body == TEXT
    assert not manager.cancelled  # nothing to hold the logoff up for


@pytest.mark.parametrize("close_anyway", [False, True], ids=["keep open", "close anyway"])
def test_words_that_cant_be_stored_may_hold_the_shutdown_up_if_the_person_says_so(
    typing: MainWindow, monkeypatch: pytest.MonkeyPatch, close_anyway: bool
) -> None:
    monkeypatch.setattr(journal, "save_entry", _disk_full)
    asked = _answer_close_anyway(monkeypatch, typing, close_anyway)
    manager = Manager(may_ask=True)
    store_before_the_session_ends(manager, [typing])  # type: ignore[arg-type]
    assert asked == [True]
    assert manager.released  # the other apps' turns to ask come after the answer
    assert manager.cancelled is not close_anyway
    assert typing.journal_tab.editor.body.toPlainText() == TEXT  # still on screen either way


def test_when_nothing_may_be_asked_nothing_holds_the_session_up(
    typing: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal, "save_entry", _disk_full)
    asked = _answer_close_anyway(monkeypatch, typing, True)
    manager = Manager(may_ask=False)
    store_before_the_session_ends(manager, [typing])  # type: ignore[arg-type]
    assert asked == []
    assert not manager.cancelled
