"""What the frozen bundle leaves out: Qt parts this app never loads.

Used by between-sessions.spec on every OS. Each rule names why it is safe; when the app starts to
use one of these parts (say, QML), delete the rule and the build picks the part up again.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath
from typing import Any

# Python modules nothing in the app imports, which hooks would otherwise drag in. (QtNetwork
# too: with it go Qt's network library and the Kerberos libraries it links.) ssl and _ssl: the
# app never opens a network connection (nothing imports ssl, urllib.request or http.client; the
# standard modules that mention ssl import it inside try blocks). _hashlib is hashlib's OpenSSL
# backend: without it hashlib takes its built-in _sha256 and _blake2 (sha256 and blake2b are all
# the app asks for), and the keys are cryptography's, whose _rust links an OpenSSL of its own.
# With the three go libssl and libcrypto (5.4 MiB on Linux): nothing else in the bundle needs them.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtNetwork",
    "ssl",
    "_ssl",
    "_hashlib",
]

# Platform plugins: the desktop one for each OS, plus offscreen for --smoke-test on CI machines.
# Linux keeps xcb only: on a Wayland desktop Qt falls back to it through XWayland, and the Wayland
# plugins would add their own libraries and shell integrations.
KEEP_PLATFORMS = {
    "linux": {"libqxcb.so", "libqoffscreen.so"},
    "win32": {"qwindows.dll", "qoffscreen.dll"},
    "darwin": {"libqcocoa.dylib", "libqoffscreen.dylib"},
}

# Qt's own translations (its standard dialog buttons: "Abbrechen", "Cancelar"), for the languages
# the app speaks (resources/translations/between_sessions_<lang>.ts) only: qtbase_<lang>.qm, which
# desktop/ui/app/translation.py loads. The rest (200 files, QML's, the tools') is 14 MB.
SPOKEN = ("de", "es")
KEEP_TRANSLATIONS = {f"qtbase_{language}.qm" for language in SPOKEN}

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

# Qt's libraries that only the dropped plugins (or the QML modules left out above) need, by Qt
# module name. Each name is a prefix: "Qml" also drops QmlModels, QmlWorkerScript and the rest of
# QML, "Quick" all of Qt Quick. Each OS spells the file differently (library_module below):
# Linux libQt6Qml.so.6, Windows Qt6Qml.dll, macOS QtQml.framework/... (the PyPI wheels ship Qt as
# frameworks; a dylib build, as Homebrew's, has libQt6Qml.6.dylib).
DROP_QT_MODULES = (
    "WaylandClient",
    "WaylandEglClientHwIntegration",
    "WlShellIntegration",
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
    "EglFsKmsGbmSupport",
    "Qml",
    "Quick",
    "Pdf",
    "VirtualKeyboard",
)


def _platform_key() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def _parts(dest: str) -> tuple[str, ...]:
    """A bundle path's parts, whichever separator it uses: PyInstaller writes Windows paths with
    backslashes, and the rules must read them alike on any machine (the tests run on Linux)."""
    return PurePosixPath(dest.replace("\\", "/")).parts


def _same(name: str, other: str) -> bool:
    """File names compared as the OS does: Windows and macOS ignore case, Linux does not."""
    if _platform_key() in ("win32", "darwin"):
        return name.casefold() == other.casefold()
    return name == other


def library_module(parts: Sequence[str]) -> str | None:
    """The Qt module a bundle path belongs to ("Core" for libQt6Core.so.6, Qt6Core.dll,
    QtCore.framework/Versions/A/QtCore or libQt6Core.6.dylib), or None if it is no Qt library.

    Python's own modules (QtCore.pyd, QtCore.abi3.so) are not Qt libraries. Case is ignored:
    Windows and macOS ignore it, and no two Qt libraries differ only by it.
    """
    for part in parts[:-1]:  # macOS: anything inside a Qt framework bundle
        stem, dot, suffix = part.rpartition(".")
        if dot and suffix.lower() == "framework" and stem.lower().startswith("qt") and stem[2:]:
            return stem[2:]
    name = parts[-1] if parts else ""
    lowered = name.lower()
    if lowered.startswith("libqt6") and (".so" in lowered or lowered.endswith(".dylib")):
        return name[len("libQt6") :].split(".", 1)[0]
    if lowered.startswith("qt6") and lowered.endswith(".dll"):
        return name[len("Qt6") : -len(".dll")]
    return None


def _dropped_library(parts: Sequence[str]) -> bool:
    module = library_module(parts)
    if not module:
        return False
    return module.casefold().startswith(tuple(name.casefold() for name in DROP_QT_MODULES))


def wanted(dest: str) -> bool:
    """Whether a file bound for the bundle (its path inside the bundle) should stay."""
    parts = _parts(dest)
    if not parts or _dropped_library(parts):
        return False
    if any(_same(parts[-1], plugin) for plugin in DROP_PLUGINS):
        return False
    if "PySide6" not in parts:
        return True
    inside = parts[parts.index("PySide6") + 1 :]
    # Below PySide6/ on Windows, PySide6/Qt/ on Linux and macOS.
    qt = inside[1:] if inside[:1] == ("Qt",) else inside
    if qt[:1] == ("translations",):
        return len(qt) == 2 and any(_same(qt[1], name) for name in KEEP_TRANSLATIONS)
    # No QML (the QML modules are excluded above); their files would come with it.
    if qt[:1] == ("qml",):
        return False
    if "plugins" in qt:
        after = qt[qt.index("plugins") + 1 :]
        if after and after[0] in DROP_PLUGIN_FOLDERS:
            return False
        if len(after) == 2 and after[0] == "platforms":
            keep_these = KEEP_PLATFORMS.get(_platform_key())
            return keep_these is None or any(_same(after[1], name) for name in keep_these)
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
        return "/".join((*_parts(folder), _parts(source)[-1]))

    return (
        [name for name in hiddenimports if name not in EXCLUDED_MODULES],
        [(src, folder) for src, folder in binaries if wanted(dest(src, folder))],
        [(src, folder) for src, folder in datas if wanted(dest(src, folder))],
    )
