"""What the frozen bundle leaves out: Qt parts this app never loads.

Used by between-sessions.spec on every OS. Each rule names why it is safe; when the app starts to
use one of these parts (say, Qt's own translations for the standard dialog buttons), delete the
rule and the build picks the part up again.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

# Python modules nothing in the app imports, which hooks would otherwise drag in. (QtNetwork
# too: with it go Qt's network library and the Kerberos libraries it links.)
EXCLUDED_MODULES = ["tkinter", "_tkinter", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork"]

# Platform plugins: the desktop one for each OS, plus offscreen for --smoke-test on CI machines.
# Linux keeps xcb only: on a Wayland desktop Qt falls back to it through XWayland, and the Wayland
# plugins would add their own libraries and shell integrations.
KEEP_PLATFORMS = {
    "linux": {"libqxcb.so", "libqoffscreen.so"},
    "win32": {"qwindows.dll", "qoffscreen.dll"},
    "darwin": {"libqcocoa.dylib", "libqoffscreen.dylib"},
}

# Plugin folders for things the app does not do: embedded-Linux screens (eglfs), Wayland,
# network reachability and TLS, SQL drivers (the store uses Python's
# sqlite3), QML tooling, Designer, and touch/evdev input for framebuffer devices.
DROP_PLUGIN_FOLDERS = {
    "egldeviceintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "wayland-shell-integration",
    "networkinformation",
    "tls",
    "sqldrivers",
    "qmltooling",
    "designer",
    "generic",
}

# Single plugins: the GTK 3 platform theme links the system's GTK stack, which PyInstaller would
# copy in piecemeal from the build machine (cairo, pango, glib...) and mix with the user's own GTK
# at run time. The xdg-desktop-portal theme, which stays, follows the desktop's dark mode.
DROP_PLUGINS = {"libqgtk3.so"}

# Qt's libraries that only the dropped plugins need.
DROP_LIBRARY_PREFIXES = (
    "libQt6WaylandClient",
    "libQt6WaylandEglClientHwIntegration",
    "libQt6WlShellIntegration",
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
    "libQt6EglFsKmsGbmSupport",
    "libQt6Qml",
    "libQt6Quick",
    "libQt6Pdf",
    "libQt6VirtualKeyboard",
)


def _platform_key() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def wanted(dest: str) -> bool:
    """Whether a file bound for the bundle (its path inside the bundle) should stay."""
    path = PurePath(dest)
    if path.name.startswith(DROP_LIBRARY_PREFIXES) or path.name in DROP_PLUGINS:
        return False
    parts = path.parts
    if "PySide6" not in parts:
        return True
    inside = parts[parts.index("PySide6") + 1 :]
    # The app loads no translations of Qt's own (no QTranslator for qtbase): 14 MB saved.
    if inside[:2] == ("Qt", "translations") or inside[:1] == ("translations",):
        return False
    if "plugins" in inside:
        after = inside[inside.index("plugins") + 1 :]
        if after and after[0] in DROP_PLUGIN_FOLDERS:
            return False
        if len(after) == 2 and after[0] == "platforms":
            return after[1] in KEEP_PLATFORMS.get(_platform_key(), {after[1]})
    return True


def keep(toc: Iterable[Any]) -> list[Any]:
    """The entries of a PyInstaller TOC (dest, source, kind) that should stay in the bundle.

    A symbolic link stays only while the file it points to does.
    """
    entries = [entry for entry in toc if wanted(entry[0])]
    return [entry for entry in entries if entry[2] != "SYMLINK" or wanted(entry[1])]


def filter_hook(
    hiddenimports: list[str], binaries: list[tuple[str, str]], datas: list[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """Filter what a Qt module's hook collects, before PyInstaller follows the libraries' links.

    Filtering here, not only afterwards in the spec, keeps the dependencies of a dropped plugin
    (say, GTK's) from being analysed and copied in at all.
    """

    def dest(source: str, folder: str) -> str:
        return str(PurePath(folder) / PurePath(source).name)

    return (
        [name for name in hiddenimports if name not in EXCLUDED_MODULES],
        [(src, folder) for src, folder in binaries if wanted(dest(src, folder))],
        [(src, folder) for src, folder in datas if wanted(dest(src, folder))],
    )
