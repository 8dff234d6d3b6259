"""Build Between Sessions for the OS this runs on: `python packaging/build.py`.

1. Makes a build environment with PySide6-Essentials, the app (installed as a wheel) and
   PyInstaller only, in build/venv, from uv.lock.
2. Freezes the app into one folder, dist/between-sessions/ (dist/Between Sessions.app on macOS),
   with packaging/between-sessions.spec.
3. Packs that folder the way the OS expects: a .deb on Linux, a per-user NSIS installer on
   Windows, a .dmg on macOS (signed and notarised when the credentials are set, see README.md).

Everything lands in dist/. Needs Python 3.11+ (uv is found, or fetched, as packaging/dev.py
does), plus makensis on Windows. Run `python packaging/build.py --help` for the options.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
ICONS = ROOT / "resources" / "icons"

APP_NAME = "Between Sessions"
APP_ID = "org.betweensessions.BetweenSessions"
PACKAGE = "between-sessions"  # the .deb's name, the launcher's name and the bundle folder's name

# What the frozen app needs from a Debian or Ubuntu system. PyInstaller copies most libraries
# into the bundle, but never libc, OpenGL/EGL or libxcb itself, and copies others only when the
# build machine happens to have them; the list therefore names every library Qt's xcb platform
# plugin loads, and a font (a fresh minimal system has none, and Qt then shows no text).
# PySide6-Essentials 6.12 needs glibc 2.34 or later (its wheels are manylinux_2_34).
DEB_DEPENDS = [
    "libc6 (>= 2.34)",
    "libegl1",
    "libgl1",
    "libglib2.0-0t64 | libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core",
]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    """Run a command, echoing it; stop the build if it fails."""
    words = [str(word) for word in command]
    print("+", " ".join(words), flush=True)
    subprocess.run(words, check=True, cwd=ROOT, env=env)


def version() -> str:
    """The app's version: pyproject.toml's, which is also what the package metadata says."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def uv() -> list[str]:
    """The uv command, found (or fetched into .tools/) as the README's commands find it."""
    from dev import find_uv  # packaging/dev.py, beside this script

    return find_uv()


def venv_python() -> Path:
    """The build environment's interpreter."""
    return VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def make_build_env() -> None:
    """The app as a wheel, its runtime dependencies and PyInstaller; nothing from 'dev'."""
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(VENV)}
    run(*uv(), "sync", "--locked", "--no-dev", "--group", "packaging", "--no-editable", env=env)


def freeze() -> Path:
    """Run PyInstaller; returns the onedir bundle (or the .app on macOS)."""
    shutil.rmtree(DIST / PACKAGE, ignore_errors=True)
    shutil.rmtree(DIST / f"{APP_NAME}.app", ignore_errors=True)
    run(
        venv_python(),
        "-m",
        "PyInstaller",
        PACKAGING / "between-sessions.spec",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "pyinstaller",
        "--noconfirm",
        "--clean",
    )
    bundle = DIST / (f"{APP_NAME}.app" if sys.platform == "darwin" else PACKAGE)
    print(f"bundle: {bundle} ({disk_usage(bundle) / 2**20:.1f} MiB on disk)")
    return bundle


def disk_usage(path: Path) -> int:
    """Bytes on disk (allocated blocks where the OS reports them), like `du`."""
    total = 0
    for item in [path, *path.rglob("*")]:
        info = item.lstat()
        total += getattr(info, "st_blocks", 0) * 512 or info.st_size
    return total


# --- Linux: a .deb -----------------------------------------------------------------------------


def deb_architecture() -> str:
    """Debian's name for this machine's architecture (amd64, arm64)."""
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def build_deb(bundle: Path) -> Path:
    """A .deb: the bundle under /opt, a launcher on PATH, a .desktop entry, icons, metadata.

    The package holds no maintainer scripts: the person's data lives in their home folder,
    which dpkg never touches, so removing or purging the package keeps it. dpkg's triggers
    refresh the desktop and icon caches.
    """
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr/bin").mkdir(parents=True)
    # The bootloader finds _internal/ through /proc/self/exe, so a symlink works as a launcher.
    (stage / "usr/bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")

    share = stage / "usr/share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{APP_ID}.desktop").write_text(desktop_entry(), encoding="utf-8")
    for size in ICON_SIZES:
        folder = share / f"icons/hicolor/{size}x{size}/apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"app-icon-{size}.png", folder / f"{APP_ID}.png")
    (share / "icons/hicolor/scalable/apps").mkdir(parents=True)
    shutil.copy2(ICONS / "app-icon.svg", share / f"icons/hicolor/scalable/apps/{APP_ID}.svg")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo(), encoding="utf-8")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        f"{APP_NAME}\nCopyright: the {APP_NAME} authors. All rights reserved.\n"
        "The bundle includes Python (PSF License), Qt for Python 6 (LGPLv3) and peewee (MIT).\n",
        encoding="utf-8",
    )

    for item in [stage, *stage.rglob("*")]:
        if not item.is_symlink():
            executable = item.is_dir() or os.access(item, os.X_OK)
            item.chmod(0o755 if executable else 0o644)
    debian = stage / "DEBIAN"
    debian.mkdir()
    installed_kib = (disk_usage(stage) + 1023) // 1024
    (debian / "control").write_text(control(installed_kib), encoding="utf-8")

    DIST.mkdir(exist_ok=True)
    deb = DIST / f"{PACKAGE}_{version()}_{deb_architecture()}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, deb)
    print(f"deb: {deb} ({deb.stat().st_size / 2**20:.1f} MiB)")
    return deb


def control(installed_kib: int) -> str:
    """The DEBIAN/control file."""
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        f"Architecture: {deb_architecture()}\n"
        f"Maintainer: {APP_NAME} <maintainers@betweensessions.org>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Description: private, offline companion for the days between therapy sessions\n"
        " Between Sessions keeps the action plan you leave a session with, each step with a\n"
        " smaller version for harder days, and lets you check in honestly. Everything stays\n"
        " in one file on this computer and nothing is ever sent anywhere.\n"
    )


def desktop_entry() -> str:
    """The freedesktop .desktop entry, named after the app id as the spec recommends."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "GenericName=Therapy companion\n"
        "Comment=Your action plan, check-ins and small wins between therapy sessions\n"
        f"Exec={PACKAGE} %U\n"
        f"TryExec={PACKAGE}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "Keywords=therapy;journal;plan;wellbeing;\n"
        f"StartupWMClass={APP_NAME}\n"
    )


def metainfo() -> str:
    """AppStream metadata, so software centres show the app properly."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APP_ID}</id>
  <name>{APP_NAME}</name>
  <summary>A private, offline companion for the days between therapy sessions</summary>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>LicenseRef-proprietary</project_license>
  <launchable type="desktop-id">{APP_ID}.desktop</launchable>
  <description>
    <p>Keep the action plan from therapy in small, adjustable steps, check in honestly and
    notice what got in the way, without judgement. Everything stays on this computer.</p>
  </description>
  <releases><release version="{version()}"/></releases>
</component>
"""


# --- Windows: a per-user NSIS installer --------------------------------------------------------


def build_windows_installer(bundle: Path) -> Path:
    """Compile packaging/windows/installer.nsi around the bundle."""
    makensis = shutil.which("makensis") or r"C:\Program Files (x86)\NSIS\makensis.exe"
    DIST.mkdir(exist_ok=True)
    setup = DIST / f"BetweenSessions-{version()}-setup.exe"
    run(
        makensis,
        "-V2",
        f"-DVERSION={version()}",
        f"-DBUNDLE={bundle}",
        f"-DOUTFILE={setup}",
        f"-DICON={ICONS / 'app-icon.ico'}",
        PACKAGING / "windows" / "installer.nsi",
    )
    print(f"installer: {setup} ({setup.stat().st_size / 2**20:.1f} MiB)")
    return setup


# --- macOS: a signed .app in a .dmg --------------------------------------------------------------


def build_dmg(app: Path) -> Path:
    """Sign the .app (when MACOS_SIGN_IDENTITY is set), pack it with a link to /Applications
    into a .dmg, then notarise and staple it (when MACOS_NOTARY_PROFILE is set)."""
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    if identity:
        run(
            "codesign",
            "--force",
            "--deep",
            "--options",
            "runtime",
            "--timestamp",
            "--entitlements",
            PACKAGING / "macos" / "entitlements.plist",
            "--sign",
            identity,
            app,
        )
        run("codesign", "--verify", "--deep", "--strict", "--verbose=2", app)
    else:
        print("MACOS_SIGN_IDENTITY is not set: the .app stays ad-hoc signed (Gatekeeper will ask).")

    stage = BUILD / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    run("ditto", app, stage / app.name)  # ditto keeps the bundle's symlinks and signatures
    (stage / "Applications").symlink_to("/Applications")
    DIST.mkdir(exist_ok=True)
    dmg = DIST / f"BetweenSessions-{version()}.dmg"
    dmg.unlink(missing_ok=True)
    run(
        "hdiutil",
        "create",
        "-volname",
        APP_NAME,
        "-srcfolder",
        stage,
        "-fs",
        "HFS+",
        "-format",
        "UDZO",
        "-ov",
        dmg,
    )
    if identity:
        run("codesign", "--force", "--timestamp", "--sign", identity, dmg)
    profile = os.environ.get("MACOS_NOTARY_PROFILE")
    if identity and profile:
        # The profile is made once with `xcrun notarytool store-credentials` (see README.md).
        run("xcrun", "notarytool", "submit", dmg, "--keychain-profile", profile, "--wait")
        run("xcrun", "stapler", "staple", dmg)
    print(f"dmg: {dmg} ({dmg.stat().st_size / 2**20:.1f} MiB)")
    return dmg


def main(argv: list[str] | None = None) -> int:
    """Build the bundle, then this OS's installer."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bundle-only", action="store_true", help="freeze the app, but make no installer (CI)"
    )
    parser.add_argument(
        "--no-sync", action="store_true", help="reuse build/venv as it is (faster rebuilds)"
    )
    args = parser.parse_args(argv)

    if not args.no_sync:
        make_build_env()
    bundle = freeze()
    if args.bundle_only:
        return 0
    if sys.platform.startswith("linux"):
        build_deb(bundle)
    elif sys.platform == "win32":
        build_windows_installer(bundle)
    elif sys.platform == "darwin":
        build_dmg(bundle)
    else:
        print(f"No installer is made on {sys.platform}; the bundle is in {bundle}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
