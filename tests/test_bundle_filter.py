"""packaging/bundle_filter.py: what the frozen bundle leaves out, on each OS's file names.

Pure functions on bundle paths, so the Windows and macOS rules are checked here on any machine.
The names are those of the PySide6-Essentials 6.11 wheels (win_amd64, macosx_13_0_universal2,
manylinux_2_34) as PyInstaller places them in the bundle; Windows paths use backslashes there.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_filter", ROOT / "packaging" / "bundle_filter.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_filter = _load()


def kept_on(platform: str, dests: list[str]) -> list[str]:
    """The paths the filter keeps when the build runs on platform (sys.platform's value)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        return [dest for dest in dests if bundle_filter.wanted(dest)]


def dropped_on(platform: str, dests: list[str]) -> list[str]:
    kept = kept_on(platform, dests)
    return [dest for dest in dests if dest not in kept]


# --- Windows: Qt6*.dll beside the PySide6 modules, plugins under PySide6\plugins ---------------

WINDOWS_KEPT = [
    r"PySide6\translations\qtbase_de.qm",  # Qt's own buttons, in the languages we speak
    r"PySide6\Qt6Core.dll",
    r"PySide6\Qt6Gui.dll",
    r"PySide6\Qt6Widgets.dll",
    r"PySide6\Qt6Svg.dll",
    r"PySide6\Qt6PrintSupport.dll",
    r"PySide6\Qt6DBus.dll",
    r"PySide6\QtCore.pyd",
    r"PySide6\QtWidgets.pyd",
    r"PySide6\pyside6.abi3.dll",
    r"PySide6\msvcp140.dll",
    r"shiboken6\shiboken6.abi3.dll",
    r"PySide6\plugins\platforms\qwindows.dll",
    r"PySide6\plugins\platforms\qoffscreen.dll",
    r"PySide6\plugins\styles\qmodernwindowsstyle.dll",
    r"PySide6\plugins\imageformats\qjpeg.dll",
    r"PySide6\plugins\iconengines\qsvgicon.dll",
    "python311.dll",
    "sqlite3.dll",
    "_sqlite3.pyd",
    r"resources\icons\app-icon-16.png",
]
WINDOWS_DROPPED = [
    r"PySide6\Qt6Qml.dll",
    r"PySide6\Qt6QmlModels.dll",
    r"PySide6\Qt6QmlWorkerScript.dll",
    r"PySide6\Qt6Quick.dll",
    r"PySide6\Qt6QuickControls2.dll",
    r"PySide6\Qt6QuickWidgets.dll",
    r"PySide6\plugins\platforms\qdirect2d.dll",
    r"PySide6\plugins\platforms\qminimal.dll",
    r"PySide6\plugins\tls\qschannelbackend.dll",
    r"PySide6\plugins\networkinformation\qnetworklistmanager.dll",
    r"PySide6\plugins\sqldrivers\qsqlite.dll",
    r"PySide6\plugins\generic\qtuiotouchplugin.dll",
    r"PySide6\plugins\qmltooling\qmldbg_debugger.dll",
    r"PySide6\translations\qtbase_fr.qm",
    r"PySide6\translations\qtdeclarative_de.qm",
    r"PySide6\qml\QtQuick\Controls\qmldir",
]


def test_windows_keeps_what_the_app_loads() -> None:
    assert kept_on("win32", WINDOWS_KEPT) == WINDOWS_KEPT


def test_windows_drops_qml_quick_and_the_unused_plugins() -> None:
    assert dropped_on("win32", WINDOWS_DROPPED) == WINDOWS_DROPPED


def test_windows_qt_libraries_are_found_with_forward_slashes_too() -> None:
    # PyInstaller on Windows may hand either separator to the spec.
    assert dropped_on("win32", ["PySide6/Qt6Qml.dll", "PySide6/Qt6Core.dll"]) == [
        "PySide6/Qt6Qml.dll"
    ]


def test_windows_ignores_case_as_windows_does() -> None:
    names = [r"PySide6\qt6qml.dll", r"PySide6\plugins\platforms\QWindows.dll"]
    assert kept_on("win32", names) == [r"PySide6\plugins\platforms\QWindows.dll"]


# --- macOS: Qt as .framework bundles under PySide6/Qt/lib, plugins as .dylib -------------------

MACOS_KEPT = [
    "PySide6/Qt/translations/qtbase_es.qm",
    "PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
    "PySide6/Qt/lib/QtCore.framework/Resources/Info.plist",
    "PySide6/Qt/lib/QtCore.framework/Versions/A/Resources/PrivacyInfo.xcprivacy",
    "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
    "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
    "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg",
    "PySide6/Qt/lib/QtPrintSupport.framework/Versions/A/QtPrintSupport",
    "PySide6/Qt/lib/QtDBus.framework/Versions/A/QtDBus",
    "PySide6/QtCore.abi3.so",
    "PySide6/libpyside6.abi3.6.11.dylib",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/platforms/libqoffscreen.dylib",
    "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
    "PySide6/Qt/plugins/imageformats/libqmacheif.dylib",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.dylib",
    "Python.framework/Versions/3.11/Python",
    "lib-dynload/_sqlite3.cpython-311-darwin.so",
]
MACOS_DROPPED = [
    "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
    "PySide6/Qt/lib/QtQml.framework/Resources/Info.plist",
    "PySide6/Qt/lib/QtQml.framework/QtQml",
    "PySide6/Qt/lib/QtQmlModels.framework/Versions/A/QtQmlModels",
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    "PySide6/Qt/lib/QtQuickControls2.framework/Versions/Current",
    # A dylib build of Qt (Homebrew's) names its libraries as Linux does, with .dylib.
    "libQt6Qml.6.dylib",
    "PySide6/Qt/plugins/platforms/libqminimal.dylib",
    "PySide6/Qt/plugins/tls/libqsecuretransportbackend.dylib",
    "PySide6/Qt/plugins/networkinformation/libqapplenetworkinformation.dylib",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.dylib",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_server.dylib",
    "PySide6/Qt/translations/qt_help_de.qm",
    "PySide6/Qt/qml/QtQuick/Controls/qmldir",
]


def test_macos_keeps_what_the_app_loads() -> None:
    assert kept_on("darwin", MACOS_KEPT) == MACOS_KEPT


def test_macos_drops_qml_quick_frameworks_and_the_unused_plugins() -> None:
    assert dropped_on("darwin", MACOS_DROPPED) == MACOS_DROPPED


def test_a_symlink_into_a_dropped_framework_goes_with_it() -> None:
    toc = [
        ("PySide6/Qt/lib/QtCore.framework/QtCore", "Versions/Current/QtCore", "SYMLINK"),
        ("PySide6/Qt/lib/QtQml.framework/QtQml", "Versions/Current/QtQml", "SYMLINK"),
        ("QtQml", "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", "SYMLINK"),
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", "darwin")
        assert bundle_filter.keep(toc) == toc[:1]


# --- Linux: what the rules were first written for, unchanged ----------------------------------

LINUX_KEPT = [
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtbase_es.qm",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "libQt6Gui.so.6",
    "libQt6XcbQpa.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/QtCore.abi3.so",
]
LINUX_DROPPED = [
    "libQt6WaylandClient.so.6",
    "libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "libQt6QuickControls2.so.6",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/translations/qtbase_ja.qm",
    "PySide6/Qt/translations/qt_de.qm",
]


def test_linux_keeps_what_the_app_loads() -> None:
    assert kept_on("linux", LINUX_KEPT) == LINUX_KEPT


def test_linux_drops_wayland_eglfs_gtk_and_qml() -> None:
    assert dropped_on("linux", LINUX_DROPPED) == LINUX_DROPPED


# --- The platform plugins follow the OS the build runs on -------------------------------------


@pytest.mark.parametrize(
    ("platform", "kept"),
    [
        ("linux", {"libqxcb.so", "libqoffscreen.so"}),
        ("win32", {"qwindows.dll", "qoffscreen.dll"}),
        ("darwin", {"libqcocoa.dylib", "libqoffscreen.dylib"}),
    ],
)
def test_only_the_desktop_and_offscreen_platform_plugins_stay(
    platform: str, kept: set[str]
) -> None:
    every = [
        "libqxcb.so",
        "libqoffscreen.so",
        "libqwayland.so",
        "qwindows.dll",
        "qoffscreen.dll",
        "qdirect2d.dll",
        "libqcocoa.dylib",
        "libqoffscreen.dylib",
        "libqminimal.dylib",
    ]
    found = kept_on(platform, [f"PySide6/Qt/plugins/platforms/{name}" for name in every])
    assert {Path(dest).name for dest in found} == kept


def test_the_hook_filter_reads_each_os_names() -> None:
    hidden = ["PySide6.QtQml", "PySide6.QtGui"]
    binaries = [
        (
            r"C:\venv\Lib\site-packages\PySide6\plugins\platforms\qwindows.dll",
            r"PySide6\plugins\platforms",
        ),
        (
            r"C:\venv\Lib\site-packages\PySide6\plugins\platforms\qdirect2d.dll",
            r"PySide6\plugins\platforms",
        ),
        (r"C:\venv\Lib\site-packages\PySide6\Qt6Quick.dll", "PySide6"),
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        kept_hidden, kept_binaries, _ = bundle_filter.filter_hook(hidden, binaries, [])
    assert kept_hidden == ["PySide6.QtGui"]
    assert [folder for _, folder in kept_binaries] == [r"PySide6\plugins\platforms"]
    assert kept_binaries[0][0].endswith("qwindows.dll")


# --- Left out on every OS: Python's OpenSSL modules -------------------------------------------


def test_the_openssl_modules_are_left_out() -> None:
    # With them go libssl and libcrypto: nothing else in the bundle links them (cryptography's
    # _rust carries an OpenSSL of its own).
    assert {"ssl", "_ssl", "_hashlib"} <= set(bundle_filter.EXCLUDED_MODULES)


def test_the_app_imports_and_hashes_without_the_openssl_modules() -> None:
    # Every module of desktop/ imports with ssl, _ssl and _hashlib missing, as in the bundle, and
    # hashlib's built-in sha256 and blake2b (what the app asks for) give the same digests.
    script = """
import sys
for name in ("ssl", "_ssl", "_hashlib"):
    sys.modules[name] = None  # import raises ImportError, as for a module left out
import hashlib, importlib, pkgutil
import desktop
for module in pkgutil.walk_packages(desktop.__path__, "desktop."):
    if not module.name.endswith(".__main__"):  # those start the app
        importlib.import_module(module.name)
print(hashlib.sha256(b"between").hexdigest(), hashlib.blake2b(b"x", digest_size=16).hexdigest())
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        hashlib.sha256(b"between").hexdigest(),
        hashlib.blake2b(b"x", digest_size=16).hexdigest(),
    ]


# --- Left to the system on Linux: libcups, and the libraries only it links --------------------

# What each file of a Linux bundle links (DT_NEEDED), as in the 0.1 bundle built on Debian 12:
# the CUPS plugin links libcups, and libcups GnuTLS, Avahi and Kerberos; libffi is shared with
# _ctypes, libz and libdbus with Qt, so those stay.
LINUX_NEEDS = {
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so": [
        "libQt6PrintSupport.so.6",
        "libcups.so.2",
    ],
    "PySide6/Qt/lib/libQt6PrintSupport.so.6": ["libQt6Gui.so.6"],
    "PySide6/Qt/lib/libQt6Gui.so.6": ["libQt6DBus.so.6", "libz.so.1"],
    "PySide6/Qt/lib/libQt6DBus.so.6": ["libdbus-1.so.3"],
    "PySide6/QtPrintSupport.abi3.so": ["libQt6PrintSupport.so.6"],
    "python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so": ["libffi.so.8"],
    "libpython3.11.so.1.0": ["libc.so.6"],
    "libcups.so.2": [
        "libgssapi_krb5.so.2",
        "libavahi-common.so.3",
        "libavahi-client.so.3",
        "libgnutls.so.30",
        "libz.so.1",
    ],
    "libavahi-client.so.3": ["libavahi-common.so.3", "libdbus-1.so.3"],
    "libavahi-common.so.3": [],
    "libgnutls.so.30": ["libp11-kit.so.0", "libidn2.so.0", "libunistring.so.2", "libnettle.so.8"],
    "libp11-kit.so.0": ["libffi.so.8"],
    "libidn2.so.0": ["libunistring.so.2"],
    "libunistring.so.2": [],
    "libnettle.so.8": [],
    "libgssapi_krb5.so.2": ["libkrb5.so.3", "libk5crypto.so.3"],
    "libkrb5.so.3": ["libk5crypto.so.3", "libkeyutils.so.1"],
    "libk5crypto.so.3": [],
    "libkeyutils.so.1": [],
    "libffi.so.8": [],
    "libz.so.1": [],
    "libdbus-1.so.3": ["libsystemd.so.0"],
    "libsystemd.so.0": [],
}
LINUX_LEFT_TO_THE_SYSTEM = {
    "libcups.so.2",
    "libgnutls.so.30",
    "libp11-kit.so.0",
    "libidn2.so.0",
    "libunistring.so.2",
    "libnettle.so.8",
    "libavahi-client.so.3",
    "libavahi-common.so.3",
    "libgssapi_krb5.so.2",
    "libkrb5.so.3",
    "libk5crypto.so.3",
    "libkeyutils.so.1",
}


def linux_toc() -> list[tuple[str, str, str]]:
    """A binaries TOC for LINUX_NEEDS: each file from a made-up source path, and a link beside
    the Qt library that the bundle's top folder gets in PyInstaller 6."""
    toc = [(dest, f"/venv/{dest}", "BINARY") for dest in LINUX_NEEDS]
    return [
        *toc,
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcups.so", "libcups.so.2", "SYMLINK"),
    ]


def needed_by_source(source: str) -> list[str]:
    return LINUX_NEEDS[source.removeprefix("/venv/")]


def test_linux_leaves_libcups_and_what_only_it_links_to_the_system() -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", "linux")
        kept = bundle_filter.without_system_libraries(linux_toc(), needed_by_source)
    gone = {Path(dest).name for dest, _, _ in linux_toc()} - {
        Path(dest).name for dest, _, _ in kept
    }
    assert gone == LINUX_LEFT_TO_THE_SYSTEM | {"libcups.so"}  # the link to it goes too
    kept_names = {Path(dest).name for dest, _, _ in kept}
    # The plugin stays (the .deb brings libcups), and what others link too: libffi (_ctypes),
    # libz and libdbus (Qt), libsystemd (libdbus); libpython, which nothing links, stays.
    assert {
        "libcupsprintersupport.so",
        "libffi.so.8",
        "libz.so.1",
        "libdbus-1.so.3",
        "libsystemd.so.0",
        "libpython3.11.so.1.0",
        "libQt6Gui.so.6",
    } <= kept_names


def test_a_library_nothing_links_stays_unless_it_is_left_to_the_system() -> None:
    needs = {"libcups.so.2": ["libgnutls.so.30"], "libgnutls.so.30": [], "libicudata.so.73": []}
    assert bundle_filter.leaves_with(["libcups.so.2"], needs) == {
        "libcups.so.2",
        "libgnutls.so.30",
    }
    assert bundle_filter.leaves_with(["libnot-in-the-bundle.so.1"], needs) == set()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_leave_nothing_to_the_system(platform: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        assert bundle_filter.without_system_libraries(linux_toc(), needed_by_source) == linux_toc()
        assert bundle_filter.system_library_packages() == []


def test_the_deb_depends_on_the_libraries_left_to_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))  # build.py imports bundle_filter
    monkeypatch.delitem(sys.modules, "bundle_filter", raising=False)
    spec = importlib.util.spec_from_file_location(
        "packaging_build", ROOT / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    depends = build.deb_depends()
    assert "libcups2t64 | libcups2" in depends  # Debian 13 / Ubuntu 24.04, or older
    assert depends[: len(build.DEB_DEPENDS)] == build.DEB_DEPENDS


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads an ELF file: Linux only")
def test_elf_needed_reads_a_files_own_links() -> None:
    # The Python running the tests links the C library (directly, or through libpython).
    linked = bundle_filter.elf_needed(sys.executable)
    assert linked and all(name.startswith("lib") for name in linked)
    assert any(name.startswith(("libc.so", "libpython")) for name in linked)


def test_elf_needed_is_empty_for_anything_else(tmp_path: Path) -> None:
    text = tmp_path / "qtbase_de.qm"
    text.write_bytes(b"<\xb8d\x18\xca\xef\x9c\x95\xcd!\x1c\xbf`\xa1\xbd\xdd")
    assert bundle_filter.elf_needed(str(text)) == []
    assert bundle_filter.elf_needed(str(tmp_path / "missing.so")) == []
    assert bundle_filter.elf_needed(str(tmp_path)) == []
