"""Start at login (desktop/autostart.py): the entry each system reads, written and removed.

Windows' registry is faked behind autostart.Registry, so all three run on any system; the real
file on this computer is checked where this system reads one (not on Windows)."""

from __future__ import annotations

import configparser
import plistlib
import sys
from pathlib import Path

import pytest

from desktop import APP_ID, autostart

COMMAND = ["/opt/Between Sessions/between-sessions", "--tray"]


class FakeRegistry:
    """HKCU's Run key as a dict."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_a_run_value_with_the_quoted_executable() -> None:
    registry = FakeRegistry()
    exe = r"C:\Users\Zoë\AppData\Local\Programs\Between Sessions\between-sessions.exe"
    autostart.enable([exe, "--tray"], system="win32", registry=registry)
    assert registry.values == {APP_ID: f'"{exe}" --tray'}
    assert autostart.is_enabled(system="win32", registry=registry)
    autostart.disable(system="win32", registry=registry)
    assert registry.values == {}
    autostart.disable(system="win32", registry=registry)  # twice is fine
    assert not autostart.is_enabled(system="win32", registry=registry)


def test_macos_a_launch_agent_that_runs_at_login(tmp_path: Path) -> None:
    autostart.enable(COMMAND, system="darwin", home=tmp_path)
    agent = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert plistlib.loads(agent.read_bytes()) == {
        "Label": APP_ID,
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert autostart.is_enabled(system="darwin", home=tmp_path)
    autostart.disable(system="darwin", home=tmp_path)
    assert not agent.exists() and agent.parent.is_dir()  # the folder is the person's: kept


def _read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _exec_words(value: str) -> list[str]:
    """Exec read as the Desktop Entry spec says: the string value's own escapes first (\\\\ is
    \\), then words split at spaces outside double quotes, where \\ escapes " ` $ \\; %% is %."""
    value = value.replace("\\\\", "\\")
    words: list[str] = []
    word, quoted, chars = "", False, iter(value)
    for char in chars:
        if quoted and char == "\\":
            word += next(chars)
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            words.append(word)
            word = ""
        else:
            word += char
    return [w.replace("%%", "%") for w in [*words, word]]


def test_linux_an_xdg_autostart_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    odd = ['/home/zoë/My $Apps/50% "done"/between-sessions', "--tray"]
    autostart.enable(odd, system="linux", home=tmp_path)
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    entry = _read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Between Sessions"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert _exec_words(entry["Exec"]) == odd
    text = path.read_text(encoding="utf-8").lower()
    assert "therap" not in text and "terap" not in text  # shown in settings apps, every language
    for code in ("de", "es"):
        assert entry[f"Name[{code}]"] == "Between Sessions"  # the name is the same everywhere
        assert entry[f"Comment[{code}]"] not in ("", entry["Comment"])
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no half-written file left
    autostart.disable(system="linux", home=tmp_path)
    assert not path.exists()
    assert not autostart.is_enabled(system="linux", home=tmp_path)


def test_linux_without_xdg_config_home_it_is_under_dot_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert autostart.entry_file("linux", tmp_path) == (
        tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    )


def test_the_command_starts_this_app_in_the_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    assert autostart.app_command() == [sys.executable, "-m", "desktop", "--tray"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.app_command() == [sys.executable, "--tray"]


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the entry is a registry value")
def test_on_this_computer_the_entry_is_written_where_the_system_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    autostart.enable()
    path = autostart.entry_file()
    assert path is not None and path.is_file() and tmp_path in path.parents
    autostart.disable()
    assert not path.exists()


def test_the_windows_uninstaller_removes_the_run_value() -> None:
    script = Path(__file__).resolve().parents[1] / "packaging" / "windows" / "installer.nsi"
    uninstall = script.read_text(encoding="utf-8").split('Section "un.', 1)[1]
    assert f'DeleteRegValue HKCU "{autostart.RUN_KEY}" "${{APP_ID}}"' in uninstall
    assert f'!define APP_ID "{APP_ID}"' in script.read_text(encoding="utf-8")
