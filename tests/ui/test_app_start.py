"""The start in order: the window is drawn, then the data opens, once, however it is reached.

Run in a process of its own: the app's main() runs, and then quits, the QApplication.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop import app
from desktop.ui.app import startup

app.OPEN_ANYWAY_MS = 0  # the fallback comes due at once
answered = []
real_answer, real_open = startup.answer_later_launches, startup.open_store

def counting_answer(*args):
    answered.append(args)
    real_answer(*args)

def open_with_a_dialog(db_path, *, interactive, parent, read_only):
    # As when the damaged-file dialog is up: the event loop runs on meanwhile, and the
    # window's first drawing arrives.
    done = []
    parent.first_painted.emit()
    QTimer.singleShot(0, lambda: done.append(True))  # due after what that drawing started
    while not done:
        QApplication.processEvents()
    return real_open(db_path, interactive=interactive, parent=parent, read_only=read_only)

startup.answer_later_launches = counting_answer
startup.open_store = open_with_a_dialog
code = app.main(["--data-dir", sys.argv[1], "--smoke-test"])
print(f"exit {code}, opened {len(answered)} time(s)")
"""


def _started(probe: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """probe run in a Python of its own, with tmp_path/data as the data folder; it ended well."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_the_data_opens_once_even_when_a_dialog_keeps_the_event_loop_running(
    tmp_path: Path,
) -> None:
    done = _started(PROBE, tmp_path)
    assert "exit 0, opened 1 time(s)" in done.stdout
    assert (tmp_path / "data" / "between-sessions.sqlite3").exists()


BEFORE_THE_FIRST_DRAWING = """
import sys
from desktop import app
from desktop.ui.app import main_window

def first_drawing(window):
    # (_hashlib: OpenSSL's library, for backups and passphrases)
    heavy = ("peewee", "sqlcipher3", "desktop.store.db", "_hashlib")
    loaded = [name for name in heavy if name in sys.modules]
    # Qt's namespace: PySide makes its 93 enums when it is first touched (20 ms).
    qt = "Qt" in sys.modules["PySide6.QtCore"].__dict__
    print(f"before the first drawing: {loaded} loaded, Qt's namespace made: {qt}", flush=True)

window_class = main_window.MainWindow
class Watched(window_class):
    def paintEvent(self, event):
        if not self._painted:
            first_drawing(self)
        super().paintEvent(event)
main_window.MainWindow = Watched
sys.exit(app.main(["--data-dir", sys.argv[1], "--smoke-test"]))
"""


def test_the_window_is_drawn_before_the_store_and_qts_enums_are_loaded(tmp_path: Path) -> None:
    # What the bare window would do is all that stands before the window (issue 19): the store
    # (peewee, SQLCipher, OpenSSL) loads once it is drawn, and nothing touches Qt's namespace.
    done = _started(BEFORE_THE_FIRST_DRAWING, tmp_path)
    assert "before the first drawing: [] loaded, Qt's namespace made: False" in done.stdout
    assert "smoke test: data shown" in done.stdout  # and then the data opened as ever
