"""The Linux autostart entry starts the app: its Exec line, read as a desktop reads it, run on
an X server of its own (Xvfb), opens the app (--tray, and --smoke-test to end on its own)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import autostart
from tests.test_autostart import _exec_words, _read_entry

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("xvfb-run") is None,
    reason="XDG autostart entries are read on Linux desktops; this runs them under xvfb-run",
)
def test_the_app_starts_from_its_autostart_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    autostart.enable()
    entry = autostart.entry_file()
    assert entry is not None and config in entry.parents
    words = _exec_words(_read_entry(entry)["Exec"])
    assert words[-1] == "--tray"
    started = subprocess.run(
        ["xvfb-run", "-a", *words, "--smoke-test", "--data-dir", str(tmp_path / "data")],
        cwd=REPO,
        env=dict(os.environ, QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert started.returncode == 0, started.stderr
    assert "smoke test: visited 3 tabs" in started.stdout
