"""Build Between Sessions for the OS this runs on: `python packaging/build.py`.

1. Makes a build environment with PySide6-Essentials, the app (installed as a wheel) and
   PyInstaller only, in build/venv, from uv.lock.
2. Freezes the app into one folder, dist/between-sessions/ (dist/Between Sessions.app on macOS),
   with packaging/between-sessions.spec: two executables, between-sessions (the app) and
   between-sessions-cli (the same program as a console program, for the commands).
3. Packs that folder the way the OS expects: a .deb on Linux, a per-user NSIS installer on
   Windows, a .dmg on macOS (signed and notarised when the credentials are set, see README.md).

Everything lands in dist/. Needs Python 3.11+ (uv is found, or fetched, as packaging/dev.py
does), plus makensis on Windows. The bundle gets the Python that runs this script: for a
universal2 build on macOS (--target-arch universal2) that must be python.org's universal2 Python.
Run `python packaging/build.py --help` for the options.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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
TRANSLATIONS = BUILD / "translations"  # the compiled .qm files (never committed)
ICONS = ROOT / "resources" / "icons"

APP_NAME = "Between Sessions"
APP_ID = "org.betweensessions.BetweenSessions"
PACKAGE = "between-sessions"  # the .deb's name, the launcher's name and the bundle folder's name
CLI = "between-sessions-cli"  # the console executable beside it (between-sessions.spec)

# What the frozen app needs from a Debian or Ubuntu system. PyInstaller copies most libraries
# into the bundle, but never libc, OpenGL/EGL or libxcb itself, and copies others only when the
# build machine happens to have them; the list therefore names every library Qt's xcb platform
# plugin loads, and a font (a fresh minimal system has none, and Qt then shows no text).
# PySide6-Essentials 6.12 needs glibc 2.34 or later (its wheels are manylinux_2_34). The
# libraries the bundle leaves to the system on purpose (libcups) are added from bundle_filter.py
# (deb_depends).
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
    """The app as a wheel, its runtime dependencies and PyInstaller; nothing from 'dev'.

    The environment is made with the Python that runs this script, not one uv picks or fetches:
    that Python is what the bundle carries (on macOS, a universal2 build needs python.org's
    universal2 Python, which actions/setup-python installs for 3.11 and later).
    """
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(VENV)}
    run(
        *uv(),
        "sync",
        "--locked",
        "--no-dev",
        "--group",
        "packaging",
        "--no-editable",
        "--python",
        sys.executable,
        env=env,
    )


def compile_translations() -> list[Path]:
    """The .ts files compiled into build/translations/*.qm (between-sessions.spec bundles them),
    with the build environment's pyside6-lrelease (packaging/translations.py)."""
    shutil.rmtree(TRANSLATIONS, ignore_errors=True)
    run(venv_python(), PACKAGING / "translations.py", "release", TRANSLATIONS)
    built = sorted(TRANSLATIONS.glob("between_sessions_*.qm"))
    if not built:
        sys.exit("build.py: no translation was compiled (packaging/translations.py release)")
    return built


def freeze(target_arch: str | None = None) -> Path:
    """Run PyInstaller; returns the onedir bundle (or the .app on macOS)."""
    compile_translations()
    if target_arch == "universal2":
        check_universal_python()
    shutil.rmtree(DIST / PACKAGE, ignore_errors=True)
    shutil.rmtree(DIST / f"{APP_NAME}.app", ignore_errors=True)
    # A bundle PyInstaller can't sign (even ad hoc) won't start on Apple silicon: stop there.
    env = {**os.environ, "PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR": "1"}
    spec_args = ["--", "--target-arch", target_arch] if target_arch else []
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
        *spec_args,
        env=env,
    )
    bundle = DIST / (f"{APP_NAME}.app" if sys.platform == "darwin" else PACKAGE)
    for executable in executables(bundle):
        if not executable.is_file():
            sys.exit(f"build.py: {executable} is missing from the bundle")
    if sys.platform == "darwin":
        check_architectures(bundle, target_arch or platform.machine())
    print(f"bundle: {bundle} ({disk_usage(bundle) / 2**20:.1f} MiB on disk)")
    return bundle


def executables(bundle: Path) -> tuple[Path, Path]:
    """The app's executable and the console one beside it, in a bundle made by freeze()."""
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    suffix = ".exe" if sys.platform == "win32" else ""
    return folder / f"{PACKAGE}{suffix}", folder / f"{CLI}{suffix}"


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
    # On Linux the console executable is the same program under the name the other OSes use.
    for name in (PACKAGE, CLI):
        (stage / "usr/bin" / name).symlink_to(f"/opt/{PACKAGE}/{name}")

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


def deb_depends() -> list[str]:
    """The .deb's Depends: DEB_DEPENDS, and the packages of the libraries the bundle takes from
    the system (bundle_filter.SYSTEM_LIBRARIES: libcups, for Qt's CUPS print-support plugin)."""
    from bundle_filter import system_library_packages  # packaging/bundle_filter.py, beside this

    return [*DEB_DEPENDS, *system_library_packages()]


def control(installed_kib: int) -> str:
    """The DEBIAN/control file."""
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        f"Architecture: {deb_architecture()}\n"
        f"Maintainer: {APP_NAME} <maintainers@betweensessions.org>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(deb_depends())}\n"
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
        # The name is the same in every language; the comments say what it is in each.
        f"Name[de]={APP_NAME}\n"
        f"Name[es]={APP_NAME}\n"
        "GenericName=Therapy companion\n"
        "GenericName[de]=Begleitung für die Therapie\n"
        "GenericName[es]=Acompañante para la terapia\n"
        "Comment=Your action plan, check-ins and small wins between therapy sessions\n"
        "Comment[de]=Dein Plan, deine Check-ins und kleine Erfolge zwischen den Therapiesitzungen\n"
        "Comment[es]=Tu plan de acción, tus check-ins y tus pequeños logros entre sesiones de "
        "terapia\n"
        f"Exec={PACKAGE} %U\n"
        f"TryExec={PACKAGE}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "Keywords=therapy;journal;plan;wellbeing;\n"
        "Keywords[de]=Therapie;Tagebuch;Plan;Wohlbefinden;\n"
        "Keywords[es]=terapia;diario;plan;bienestar;\n"
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

# The first four bytes of a Mach-O file: thin 32- and 64-bit, either byte order, and fat.
MACHO_MAGIC = {
    bytes.fromhex(magic)
    for magic in ("feedface", "cefaedfe", "feedfacf", "cffaedfe", "cafebabe", "cafebabf")
}
UNIVERSAL2 = ("arm64", "x86_64")


def check_universal_python() -> None:
    """Stop early, saying why, when the build environment's Python can't make a universal2 app.

    PyInstaller checks the architectures of Python's extension modules only, not of libpython
    itself, so a thin Python would otherwise give an app that starts on one kind of Mac only.
    """
    if sys.platform != "darwin":
        sys.exit("build.py: --target-arch is for macOS builds only")
    where = subprocess.run(
        [venv_python(), "-c", "import sysconfig; print(sysconfig.get_platform())"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not where.endswith("universal2"):
        sys.exit(
            f"build.py: a universal2 app needs a universal2 Python; {venv_python()} is built "
            f"for {where}. Run this script with python.org's macOS Python (actions/setup-python's "
            "3.11 and later are that one), without --no-sync."
        )


def is_macho(path: Path) -> bool:
    """Whether a file is a Mach-O binary (an executable, a library or a Python extension)."""
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        return file.read(4) in MACHO_MAGIC


def architectures(path: Path) -> set[str]:
    """The architectures a Mach-O file holds, as `lipo -archs` names them."""
    found = subprocess.run(
        ["lipo", "-archs", str(path)], check=True, capture_output=True, text=True
    )
    return set(found.stdout.split())


def check_architectures(app: Path, target_arch: str) -> None:
    """Every binary in the .app holds the target's architectures, or the build stops."""
    wanted = set(UNIVERSAL2) if target_arch == "universal2" else {target_arch}
    binaries = [path for path in sorted(app.rglob("*")) if is_macho(path)]
    short = {str(path.relative_to(app)): wanted - architectures(path) for path in binaries}
    short = {name: missing for name, missing in short.items() if missing}
    for name, missing in sorted(short.items()):
        print(f"  {name} lacks {', '.join(sorted(missing))}")
    if short:
        sys.exit(f"build.py: {len(short)} binaries in {app.name} are not {target_arch}")
    for executable in executables(app):
        print(f"{executable.name}: {' '.join(sorted(architectures(executable)))}")
    print(f"all {len(binaries)} binaries in {app.name} hold {' and '.join(sorted(wanted))}")


def signing_order(app: Path) -> list[Path]:
    """What to sign in the .app, inside out: each nested framework version and loose binary
    (deepest first), then the executables beside the main one; the .app itself comes last.

    Signing the bundle once with `codesign --deep` instead would give every nested binary the
    app's entitlements and sign frameworks in no reliable order, which Apple advises against.
    """
    contents = app / "Contents"
    main = contents / "MacOS" / PACKAGE
    frameworks: list[Path] = []
    loose: list[Path] = []
    for path in sorted(contents.rglob("*")):
        if path.is_symlink():
            continue
        inside = next((p for p in path.parents if p.suffix == ".framework"), None)
        if path.is_dir() and path.suffix == ".framework":
            versions = path / "Versions"
            if versions.is_dir():
                frameworks += [v for v in sorted(versions.iterdir()) if not v.is_symlink()]
            else:
                frameworks.append(path)
        elif inside is None and path != main and is_macho(path):
            loose.append(path)
    executables_beside = [path for path in loose if path.parent == contents / "MacOS"]
    nested = [path for path in [*frameworks, *loose] if path not in executables_beside]
    nested.sort(key=lambda path: len(path.parts), reverse=True)  # the deepest first
    return [*nested, *executables_beside]


def sign_app(app: Path, identity: str) -> None:
    """Sign the .app with a Developer ID, inside out, with the hardened runtime (needed for
    notarisation) and a secure timestamp; the entitlements go to the executables only."""
    entitlements = PACKAGING / "macos" / "entitlements.plist"
    sign = ["codesign", "--force", "--options", "runtime", "--timestamp", "--sign", identity]
    executables_ = set(executables(app))
    for path in signing_order(app):
        if path in executables_:
            run(*sign, "--entitlements", entitlements, path)
        else:
            run(*sign, path)
    run(*sign, "--entitlements", entitlements, app)  # seals the bundle and its main executable
    run("codesign", "--verify", "--deep", "--strict", "--verbose=2", app)


def notarise(path: Path, profile: str) -> None:
    """Have Apple's notary service check a signed .app or .dmg, then staple its ticket to it, so
    that Gatekeeper finds the ticket even on a first start without a network connection."""
    upload = path
    if path.suffix == ".app":  # the notary service takes a .zip, .dmg or .pkg, not a folder
        upload = BUILD / f"{path.stem}-for-notarising.zip"
        upload.unlink(missing_ok=True)
        run("ditto", "-c", "-k", "--keepParent", path, upload)
    submit = ["xcrun", "notarytool", "submit", str(upload), "--keychain-profile", profile]
    print("+", *submit, "--wait", flush=True)
    answer = subprocess.run(
        [*submit, "--wait", "--output-format", "json"], capture_output=True, text=True
    )
    print(answer.stdout, answer.stderr, sep="\n", flush=True)
    try:
        result = json.loads(answer.stdout)
    except json.JSONDecodeError:
        result = {}
    if result.get("status") != "Accepted":
        if result.get("id"):  # why it was refused, file by file
            run("xcrun", "notarytool", "log", result["id"], "--keychain-profile", profile)
        sys.exit(f"build.py: notarisation of {path.name} was not accepted")
    run("xcrun", "stapler", "staple", path)
    run("xcrun", "stapler", "validate", path)


def build_dmg(app: Path) -> Path:
    """Sign the .app (when MACOS_SIGN_IDENTITY is set) and notarise and staple it (when
    MACOS_NOTARY_PROFILE is set too), pack it with a link to /Applications into a .dmg, then
    sign, notarise and staple the .dmg as well.

    Both get a ticket: the .dmg's covers opening the disk image, the .app's travels with the
    app once it is copied to Applications, for a first start without a network connection.
    """
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    profile = os.environ.get("MACOS_NOTARY_PROFILE")
    if identity:
        sign_app(app, identity)
        if profile:
            notarise(app, profile)
        else:
            print("MACOS_NOTARY_PROFILE is not set: signed, but not notarised.")
    else:
        print("MACOS_SIGN_IDENTITY is not set: the .app stays ad-hoc signed (Gatekeeper will ask).")

    stage = BUILD / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    run("ditto", app, stage / app.name)  # ditto keeps the bundle's symlinks, signature and ticket
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
        if profile:
            notarise(dmg, profile)
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
    parser.add_argument(
        "--target-arch",
        choices=("universal2", "arm64", "x86_64"),
        help="macOS only: the architectures of the app (default: this Mac's); universal2 "
        "starts on Apple silicon and Intel Macs alike (the release is built so)",
    )
    args = parser.parse_args(argv)
    if args.target_arch and sys.platform != "darwin":
        parser.error("--target-arch is for macOS builds only")

    if not args.no_sync:
        make_build_env()
    bundle = freeze(args.target_arch)
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
