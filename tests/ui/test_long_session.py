"""A longer session in a process of its own: the app must keep running and close cleanly.

This runs outside the test process on purpose: PySide6-Essentials 6.12.0 on Python 3.11 lost a
reference to None on every call that returns nothing and aborted the process after a few
thousand calls (hence the pin below 6.12); a crash here must not take the test run with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# A long session of clicks and typing, in a process of its own.
pytestmark = pytest.mark.slow

SESSION = r"""
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

app = QApplication([])
from desktop.store import db, plan
from desktop.store.records import Outcome
from desktop.ui.app.events import Events
from desktop.ui.plan.tab import PlanTab


db.open_database(Path(sys.argv[1]) / "long-session.sqlite3")
for title in ("Journal", "Walk", "Call my sister"):
    plan.add_item(title)
tab = PlanTab(Events())
tab.resize(1000, 700)
tab.show()
outcomes = list(Outcome)
for number in range(60):
    tab.list.setCurrentIndex(tab.model.index(number % 3))
    tab.detail.check_in_box.outcome_buttons[outcomes[number % len(outcomes)]].click()
    tab.grab()  # paint everything, as the screen would
    app.processEvents()
print(f"checked in {number + 1} times", flush=True)
tab.close()
db.close_database()
"""


def test_a_long_session_does_not_crash(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path)],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert "checked in 60 times" in result.stdout
