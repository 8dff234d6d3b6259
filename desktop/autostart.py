"""Start at login, quietly in the tray: the per-user entry each system expects, written when the
person turns it on and removed when they turn it off (no Qt here).

Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run (the uninstaller
removes it too); macOS: ~/Library/LaunchAgents/<APP_ID>.plist; Linux and other XDG desktops:
$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop. Each starts the app with --tray.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from desktop import APP_ID, APP_NAME

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
TRAY_FLAG = "--tray"


class Registry(Protocol):
    """The few registry calls autostart needs (winreg on Windows; a dict in tests)."""

    def get(self, name: str) -> str | None:
        """The Run value called name, or None."""

    def set(self, name: str, value: str) -> None:
        """Write the Run value."""

    def delete(self, name: str) -> None:
        """Remove the Run value (nothing if there is none)."""


def _winreg() -> Any:
    # Loaded by name: type checkers know winreg only when they check for Windows.
    return importlib.import_module("winreg")


class WindowsRegistry:
    """HKCU's Run key, through winreg."""

    def get(self, name: str) -> str | None:
        """The Run value called name, or None."""
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        """Write the Run value."""
        winreg = _winreg()

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        """Remove the Run value (nothing if there is none)."""
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


def app_command() -> list[str]:
    """The command that starts this app in the tray: the frozen executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, TRAY_FLAG]
    return [sys.executable, "-m", "desktop", TRAY_FLAG]


def run_value(command: Sequence[str]) -> str:
    """The Run value: one command line, quoted as Windows reads it."""
    import subprocess  # (here: the app starts quicker without it)

    return subprocess.list2cmdline(list(command))


def launch_agent(command: Sequence[str]) -> bytes:
    """The macOS LaunchAgent: run once at login, in the person's own session."""
    import plistlib

    agent = {
        "Label": APP_ID,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    return plistlib.dumps(agent)


def _exec_argument(argument: str) -> str:
    # The Desktop Entry spec: quote an argument with reserved characters, escaping ", `, $ and
    # \ inside; a literal % is %%. Then the whole value escapes \ once more, as every string.
    argument = argument.replace("%", "%%")
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`="):
        return argument
    inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{inner}"'.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The XDG autostart entry."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        # The name is the same in every language; the comments say what it is in each.
        f"Name[de]={APP_NAME}\n"
        f"Name[es]={APP_NAME}\n"
        "Comment=Starts quietly in the tray, for the reminder you chose\n"
        "Comment[de]=Startet leise im Infobereich, für die Erinnerung, die du gewählt hast\n"
        "Comment[es]=Se inicia en silencio en la bandeja, para el recordatorio que elegiste\n"
        f"Exec={' '.join(_exec_argument(a) for a in command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def entry_file(system: str = sys.platform, home: Path | None = None) -> Path | None:
    """Where the entry lives on this system (None on Windows: it is a registry value)."""
    home = home or Path.home()
    if system == "win32":
        return None
    if system == "darwin":
        return home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(home / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def enable(
    command: Sequence[str] | None = None,
    *,
    system: str = sys.platform,
    home: Path | None = None,
    registry: Registry | None = None,
) -> None:
    """Write the entry, so the app starts in the tray at the next login."""
    command = list(command or app_command())
    path = entry_file(system, home)
    if path is None:
        (registry or WindowsRegistry()).set(APP_ID, run_value(command))
        return
    content = launch_agent(command) if system == "darwin" else desktop_entry(command).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(content)
    os.replace(partial, path)  # never half an entry for the desktop to read


def disable(
    *, system: str = sys.platform, home: Path | None = None, registry: Registry | None = None
) -> None:
    """Remove the entry (nothing if there is none)."""
    path = entry_file(system, home)
    if path is None:
        (registry or WindowsRegistry()).delete(APP_ID)
    else:
        path.unlink(missing_ok=True)


def is_enabled(
    *, system: str = sys.platform, home: Path | None = None, registry: Registry | None = None
) -> bool:
    """Whether the entry is there."""
    path = entry_file(system, home)
    if path is None:
        return (registry or WindowsRegistry()).get(APP_ID) is not None
    return path.is_file()
