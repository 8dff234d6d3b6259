"""Every screen as a screen reader meets it: each control named, each reached by keyboard.

Runs tests/a11y/audit.py (AT-SPI, the tree Orca reads) over the app started as a person starts
it, on a private X server, D-Bus and accessibility bus (tests/a11y/run.sh): once on an empty
store, once on the sample data of docs/screenshots.py. Linux only: AT-SPI is Linux's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.a11y.screens import SCREENS

# Each test starts the app as a process of its own, with a desktop around it (about 1-2 min).
pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TOOLS = ("Xvfb", "openbox", "xdotool", "dbus-daemon", "dbus-send")
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def missing() -> str:
    """Why the audit can't run here ('' when it can)."""
    if not sys.platform.startswith("linux"):
        return "the AT-SPI audit needs Linux (AT-SPI is the accessibility bus Orca reads)"
    absent = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not LAUNCHER.exists():
        absent.append("at-spi2-core")
    probe = subprocess.run(
        ["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False
    ) if Path("/usr/bin/python3").exists() else None  # fmt: skip
    if probe is None or probe.returncode != 0:
        absent.append("python3-pyatspi")
    if absent:
        return "the AT-SPI audit needs " + ", ".join(absent) + " (Debian: see .ci/run)"
    return ""


@pytest.mark.parametrize("data", sorted(SCREENS))
def test_every_screen_names_and_reaches_each_control(data: str, tmp_path: Path) -> None:
    reason = missing()
    if reason:
        pytest.skip(reason)
    folder = tmp_path / "data"
    fill = [sys.executable, str(HERE / "fill.py"), str(folder)]
    kind = {"sample": ["sample"], "locked": ["protected"]}.get(data, [])
    subprocess.run([*fill, *kind], check=True, timeout=120)
    environment = dict(os.environ, BETWEEN_SESSIONS_HOME=str(tmp_path / "home"))
    report = tmp_path / "a11y.json"
    audit = subprocess.run(
        ["bash", str(HERE / "run.sh"), "--screens", data, "--json", str(report), "--",
         sys.executable, "-m", "desktop", "--data-dir", str(folder)],
        env=environment, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    said = audit.stdout + audit.stderr
    assert report.exists(), said
    results = {r["screen"]: r for r in json.loads(report.read_text(encoding="utf-8"))}
    assert sorted(results) == sorted(s["name"] for s in SCREENS[data]), said
    for name, result in results.items():
        assert "missing" not in result, f"{name}: no {result.get('missing')}\n{said}"
        figures = f"{name}: interactive={result['interactive']}"
        assert result["interactive"] > 0, figures
        assert result["unnamed"] == [], f"{figures}\n{said}"
        assert result["unreachable"] == [], f"{figures}\n{said}"
