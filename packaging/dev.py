"""Set up and run Between Sessions from a checkout: the app, the tests, or any uv command.

    python3 packaging/dev.py app [ARGS...]    uv run between-sessions ARGS...
    python3 packaging/dev.py test [ARGS...]   uv run --locked pytest ARGS...
    python3 packaging/dev.py translations     our texts into resources/translations/*.ts
                                              (... translations release DIR: the .qm files)
    python3 packaging/dev.py uv ARGS...       uv ARGS...  (e.g. uv run --locked ruff check .)

It works from any folder (uv runs in the repository) and needs only Python 3.11 or newer:
no pip and no venv module, which Debian's and Ubuntu's own Python lack or refuse to use
(PEP 668). It runs uv from PATH, or the one pip put in this Python (python -m uv), or else a
private copy fetched once from PyPI into .tools/uv/; uv then makes .venv and installs into it.
"""

import hashlib
import importlib.util
import io
import json
import os
import platform
import re
import shutil
import signal
import ssl
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

UV_VERSION = "0.13.9"  # the uv fetched into .tools/ when none is installed; change to upgrade it
REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / ".tools" / "uv" / UV_VERSION  # one folder per version, so a new pin refetches
PYPI = "https://pypi.org/simple/"
JSON_TYPE = "application/vnd.pypi.simple.v1+json"  # PEP 691: the simple index, as JSON

COMMANDS = {
    "app": ["run", "between-sessions"],
    "test": ["run", "--locked", "pytest"],
    "translations": ["run", "--locked", "python", "packaging/translations.py"],
    "uv": [],
}

# The platform tag of the uv wheel to fetch, by (system, machine, C library). Linux aarch64's
# wheel carries both the manylinux and the musllinux tag, so either finds it.
WHEEL_TAGS = {
    ("Linux", "x86_64", "glibc"): "manylinux_2_17_x86_64",
    ("Linux", "x86_64", "musl"): "musllinux_1_1_x86_64",
    ("Linux", "aarch64", "glibc"): "manylinux_2_17_aarch64",
    ("Linux", "aarch64", "musl"): "musllinux_1_1_aarch64",
    ("Darwin", "x86_64", ""): "macosx_10_12_x86_64",
    ("Darwin", "arm64", ""): "macosx_11_0_arm64",
    ("Windows", "amd64", ""): "win_amd64",
    ("Windows", "arm64", ""): "win_arm64",
}

# Debian packages whose names don't follow Debian's rule for library packages (see apt_package).
APT_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libharfbuzz.so.0": "libharfbuzz0b",
}
# The parts of PySide6 the app loads, and the Qt platform plugin each command starts with.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtTest"]  # QtTest: pytest-qt
QT_PLATFORM = {"app": "xcb", "test": "offscreen"}  # the tests set QT_QPA_PLATFORM=offscreen


def main(argv: list[str]) -> int:
    """Find uv, then run the command asked for with it, in the repository."""
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    uv = find_uv()
    command = [*uv, *COMMANDS[argv[0]], *argv[1:]]
    os.chdir(REPO)
    if sys.platform == "linux" and argv[0] in QT_PLATFORM:
        # Run it as a child, to be there to explain when Qt can't start for lack of a library.
        code = run(command)
        if code != 0:
            explain_missing_libraries(uv, QT_PLATFORM[argv[0]])
        return code
    if os.name == "nt":
        return run(command)  # os.execv on Windows returns at once and leaves the console mixed up
    os.execv(command[0], command)  # nothing of this script stays between uv and the terminal


def run(command: list[str]) -> int:
    """Run a command as a child, passing on Ctrl+C and kill, and return its exit code."""
    child = subprocess.Popen(command)
    # Ctrl+C reaches the child straight from the terminal; here it must not stop Python, so
    # the child decides, and its exit code is still passed on.
    signal.signal(signal.SIGINT, lambda *_: None)
    if os.name != "nt":  # so that stopping this script (an IDE's stop button) stops the app too
        signal.signal(signal.SIGTERM, lambda *_: child.terminate())
    code = child.wait()
    return 128 - code if code < 0 else code  # killed by signal N: 128 + N, as a shell says


def find_uv() -> list[str]:
    """The command that starts uv: from PATH, from pip in this Python, or our own copy."""
    on_path = shutil.which("uv")
    # pyenv's and asdf's shims are on PATH even where the active Python has no uv; skip them.
    if on_path and Path(on_path).parent.name != "shims":
        return [on_path]
    if importlib.util.find_spec("uv") is not None:
        return [sys.executable, "-m", "uv"]
    binary = TOOLS / ("uv.exe" if os.name == "nt" else "uv")
    if not binary.exists():
        fetch_uv(binary)
    return [str(binary)]


def fetch_uv(binary: Path) -> None:
    """Fetch the pinned uv wheel for this platform, check its hash and unpack uv to binary."""
    tag = wheel_tag()
    index = index_url()
    opener = make_opener(index)
    url, sha256 = find_wheel(opener, without_login(index).rstrip("/") + "/uv/", tag)
    print(f"dev.py: fetching uv {UV_VERSION} into {binary.parent} (once)", file=sys.stderr)
    wheel = fetch(opener, url)[1]
    if hashlib.sha256(wheel).hexdigest() != sha256:
        sys.exit(f"dev.py: the uv wheel from {url} does not match the index's sha256; stopped.")
    member = f"uv-{UV_VERSION}.data/scripts/{binary.name}"
    binary.parent.mkdir(parents=True, exist_ok=True)
    partial = binary.with_name(binary.name + ".partial")
    with zipfile.ZipFile(io.BytesIO(wheel)) as archive:
        partial.write_bytes(archive.read(member))
    if os.name != "nt":
        partial.chmod(0o755)
    partial.replace(binary)  # in one step, so an interrupted fetch never leaves a broken uv


def wheel_tag() -> str:
    """The platform tag of the uv wheel that runs here, or stop saying what to do instead."""
    system, machine = platform.system(), platform.machine().lower()
    if system == "Linux" and machine == "arm64":
        machine = "aarch64"  # some kernels and containers spell it so
    # libc_ver() reads this Python's binary; it names glibc, and nothing for musl (Alpine).
    libc = ("glibc" if platform.libc_ver()[0] == "glibc" else "musl") if system == "Linux" else ""
    tag = WHEEL_TAGS.get((system, machine, libc))
    if tag is None:
        sys.exit(
            f"dev.py: uv {UV_VERSION} has no wheel for {system} {machine} {libc}. Install uv "
            "another way (https://docs.astral.sh/uv/getting-started/installation/), make sure "
            "`uv` is on PATH, and run this again."
        )
    return tag


def index_url() -> str:
    """The package index to fetch uv from: the one uv or pip is told to use, else PyPI."""
    for name in ("UV_DEFAULT_INDEX", "UV_INDEX_URL", "PIP_INDEX_URL"):
        if os.environ.get(name):
            return os.environ[name]
    return PYPI


def find_wheel(opener: urllib.request.OpenerDirector, page: str, tag: str) -> tuple[str, str]:
    """The URL and sha256 of the pinned uv wheel with this platform tag, from uv's index page."""
    content_type, body = fetch(opener, page, accept=JSON_TYPE)
    if content_type != JSON_TYPE:
        sys.exit(f"dev.py: {page} does not answer in JSON (PEP 691); install uv yourself.")
    for file in json.loads(body)["files"]:
        name, sha256 = file["filename"], file.get("hashes", {}).get("sha256")
        # uv-VERSION-py3-none-TAG.TAG.whl: the last part holds the platform tags, dot-separated.
        tags = name.removesuffix(".whl").split("-")[-1].split(".")
        if name.startswith(f"uv-{UV_VERSION}-") and name.endswith(".whl") and tag in tags:
            if not sha256:
                sys.exit(f"dev.py: {page} gives no sha256 for {name}; install uv yourself.")
            return urllib.parse.urljoin(page, file["url"]), sha256
    sys.exit(f"dev.py: {page} has no uv {UV_VERSION} wheel tagged {tag}; install uv yourself.")


def make_opener(index: str) -> urllib.request.OpenerDirector:
    """A URL opener that trusts the system's certificates and logs in as the index URL says."""
    context = ssl.create_default_context()  # also honours SSL_CERT_FILE
    if sys.platform == "darwin" and Path("/etc/ssl/cert.pem").exists():
        # python.org's Python for macOS trusts nothing until "Install Certificates" is run;
        # macOS's own bundle of root certificates will do as well.
        context.load_verify_locations("/etc/ssl/cert.pem")
    handlers: list[urllib.request.BaseHandler] = [urllib.request.HTTPSHandler(context=context)]
    parts = urllib.parse.urlsplit(index)
    if parts.username:  # https://user:password@host/simple/, as pip and uv accept
        # For the whole host: private indexes often serve their files from outside /simple/.
        host = without_login(f"{parts.scheme}://{parts.netloc}/")
        user, password = (urllib.parse.unquote(x or "") for x in (parts.username, parts.password))
        passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
        passwords.add_password(None, host, user, password, is_authenticated=True)
        handlers.append(urllib.request.HTTPBasicAuthHandler(passwords))
    return urllib.request.build_opener(*handlers)


def without_login(url: str) -> str:
    """The URL without the user and password in it, to open it and to show it safely."""
    parts = urllib.parse.urlsplit(url)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


def fetch(
    opener: urllib.request.OpenerDirector, url: str, accept: str = "*/*"
) -> tuple[str, bytes]:
    """The content type and body at a URL, or stop saying why they could not be had."""
    try:
        with opener.open(urllib.request.Request(url, headers={"Accept": accept}), timeout=60) as r:
            return r.headers.get_content_type(), r.read()
    except OSError as error:  # URLError, HTTPError, a timeout
        reason = error.reason if isinstance(error, urllib.error.URLError) else error
        hint = ""
        if isinstance(reason, ssl.SSLCertVerificationError):
            hint = " (no root certificates? on Debian or Ubuntu: sudo apt install ca-certificates)"
        sys.exit(f"dev.py: could not fetch {url}: {reason}{hint}")


def explain_missing_libraries(uv: list[str], plugin: str) -> None:
    """If Qt failed for want of system libraries, print one line saying which to install."""
    where = subprocess.run(
        [*uv, "run", "--no-sync", "python", "-c", "import PySide6; print(PySide6.__path__[0])"],
        capture_output=True,
        text=True,
    )
    if where.returncode != 0:
        return  # PySide6 isn't there: the trouble is elsewhere, and uv has said so
    pyside = Path(where.stdout.strip())
    files = [pyside / f"{name}.abi3.so" for name in QT_MODULES]
    files.append(pyside / "Qt" / "plugins" / "platforms" / f"libq{plugin}.so")
    missing: set[str] = set()
    for file in files:
        try:
            ldd = subprocess.run(["ldd", str(file)], capture_output=True, text=True).stdout
        except FileNotFoundError:
            return  # no ldd to ask
        missing.update(re.findall(r"^\s*(\S+) => not found", ldd, re.MULTILINE))
    if missing:
        names = ", ".join(sorted(missing)[:3]) + (", ..." if len(missing) > 3 else "")
        packages = " ".join(sorted({apt_package(soname) for soname in missing}))
        print(
            f"dev.py: Qt needs system libraries that are missing here ({names}); "
            f"on Debian or Ubuntu, install them with: sudo apt install {packages}",
            file=sys.stderr,
        )


def apt_package(soname: str) -> str:
    """The Debian (and Ubuntu) package that ships a shared library, by Debian's naming rule."""
    # Debian Policy 8.1: libNAME.so.N is in package libnameN, or libname-N if NAME ends in a digit.
    if soname in APT_EXCEPTIONS:
        return APT_EXCEPTIONS[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower().replace("_", "-")
    return f"{name}{'-' if name[-1:].isdigit() else ''}{version}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
