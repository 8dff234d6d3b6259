"""What the frozen bundle leaves out: Qt parts this app never loads.

Used by between-sessions.spec on every OS. Each rule names why it is safe; when the app starts to
use one of these parts (say, QML), delete the rule and the build picks the part up again.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
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
# network reachability and TLS, SQL drivers (the store goes through
# sqlcipher3, its own SQLite), QML tooling, Designer, and touch/evdev input for framebuffer devices.
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


# Libraries the bundle takes from the system instead, by OS: the file name each is linked by,
# and the Debian package that provides it (packaging/build.py adds these to the .deb's Depends).
# libcups is linked by Qt's CUPS print-support plugin only, and brings GnuTLS, nettle, gmp,
# p11-kit, idn2, unistring, Avahi and Kerberos with it (8.5 MiB, from the build machine, mixed at
# run time with the person's own CUPS configuration). Its plugin stays: installed from the .deb it
# finds the system's libcups. Where no libcups is installed (the bare bundle), Qt fails to load
# the plugin and falls back to its plain print support: no printers listed, and the print dialog
# and printing to a PDF file work as before. without_system_libraries drops each of these, and
# every library in the bundle only they need (leaves_with).
SYSTEM_LIBRARIES: dict[str, dict[str, str]] = {
    "linux": {"libcups.so.2": "libcups2t64 | libcups2"},  # Debian 13/Ubuntu 24.04 | older
}


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


def system_library_packages() -> list[str]:
    """The packages that provide the libraries this OS's bundle takes from the system
    (SYSTEM_LIBRARIES), as the .deb's Depends names them."""
    return sorted(set(SYSTEM_LIBRARIES.get(_platform_key(), {}).values()))


def leaves_with(dropped: Iterable[str], needs: Mapping[str, Iterable[str]]) -> set[str]:
    """The libraries that leave the bundle with the dropped ones: those, and each library every
    one of whose users (the files that link it, in needs: file name -> names it links) leaves.

    A file nothing in the bundle links (the Python modules, the Qt plugins, libpython, which the
    bootloader loads) stays unless it is dropped itself: it is there for its own sake.
    """
    users: dict[str, set[str]] = {}
    for name, linked in needs.items():
        for library in linked:
            users.setdefault(library, set()).add(name)
    gone = {name for name in dropped if name in needs}
    while True:
        more = {
            name for name in needs if name not in gone and users.get(name) and users[name] <= gone
        }
        if not more:
            return gone
        gone |= more


def without_system_libraries(
    toc: Iterable[Any], needed: Callable[[str], Iterable[str]] | None = None
) -> list[Any]:
    """The entries of a binaries TOC (dest, source, kind) that stay once this OS's SYSTEM_LIBRARIES
    and the libraries only they need are left out. needed(source) names the libraries a file
    links (elf_needed by default); a symbolic link goes with the file it names."""
    entries = list(toc)
    system = SYSTEM_LIBRARIES.get(_platform_key())
    if not system:
        return entries
    read = needed or elf_needed
    files = {_parts(entry[0])[-1]: entry for entry in entries if entry[2] != "SYMLINK"}
    needs = {name: set(read(entry[1])) for name, entry in files.items()}
    gone = leaves_with(system, needs)

    def stays(entry: Any) -> bool:
        if _parts(entry[0])[-1] in gone:
            return False
        return entry[2] != "SYMLINK" or _parts(entry[1])[-1] not in gone

    return [entry for entry in entries if stays(entry)]


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file links (its DT_NEEDED entries), read from its dynamic segment;
    [] for anything else. Only the file's own links, not theirs (ldd, which PyInstaller's
    bindepend uses, lists the whole tree and could not tell who needs whom)."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:  # not a file (PyInstaller hands a folder or a link target over now and then)
        return []
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2) or data[5] not in (1, 2):
        return []
    wide = data[4] == 2
    order = "<" if data[5] == 1 else ">"
    if wide:
        phoff, phentsize, phnum = (
            struct.unpack_from(order + "Q", data, 0x20)[0],
            *struct.unpack_from(order + "HH", data, 0x36),
        )
        header, entry = order + "IIQQQQQQ", order + "qQ"
    else:
        phoff, phentsize, phnum = (
            struct.unpack_from(order + "I", data, 0x1C)[0],
            *struct.unpack_from(order + "HH", data, 0x2A),
        )
        header, entry = order + "IIIIIIII", order + "iI"
    loads: list[tuple[int, int, int]] = []  # (address, offset, size) of each loaded segment
    dynamic: tuple[int, int] | None = None
    for index in range(phnum):
        fields = struct.unpack_from(header, data, phoff + index * phentsize)
        if wide:
            kind, offset, address, size = fields[0], fields[2], fields[3], fields[5]
        else:
            kind, offset, address, size = fields[0], fields[1], fields[2], fields[4]
        if kind == 1:  # PT_LOAD
            loads.append((address, offset, size))
        elif kind == 2:  # PT_DYNAMIC
            dynamic = (offset, size)
    if dynamic is None:
        return []
    needed: list[int] = []
    strtab = None
    step = struct.calcsize(entry)
    for at in range(dynamic[0], dynamic[0] + dynamic[1] - step + 1, step):
        tag, value = struct.unpack_from(entry, data, at)
        if tag == 0:  # DT_NULL
            break
        if tag == 1:  # DT_NEEDED: an offset into the string table
            needed.append(value)
        elif tag == 5:  # DT_STRTAB: the string table's address, found in a loaded segment
            strtab = next(
                (
                    start + value - base
                    for base, start, length in loads
                    if 0 <= value - base < length
                ),
                None,
            )
    if strtab is None:
        return []
    names = []
    for value in needed:
        at = strtab + value
        names.append(data[at : data.index(b"\0", at)].decode("utf-8", "replace"))
    return names
