"""Which syncing or remote place holds a folder: OneDrive, Dropbox, iCloud Drive, Google Drive,
another macOS cloud-storage provider, or a network share.

A sync client uploads the data file and its -wal and -shm companions each on its own, and may
copy the file while it is being written, which can tear the database; it also puts a private
journal on someone else's computers. A network share can lose SQLite's locks the same way. So
the app says so before it uses such a place (for the data, or for an export).

`where(path)` answers with a small record (a kind, the service's own name, where it begins) or
None, never with words for the person: the UI and the command line say it in their own words.
It never raises, and it is cheap enough to run at every start (a few environment look-ups, a
stat or two and, on Linux, one read of /proc/self/mounts).
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath, PureWindowsPath

#: Where Linux lists what is mounted (a constant, so tests can give a file of their own).
MOUNTS = Path("/proc/self/mounts")

#: File systems that keep their files on another computer (Linux's names, then macOS').
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "fuse.s3fs",
        "9p",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "afs",
        "ncpfs",
        "ftp",
    }
)

#: GetDriveTypeW's answer for a network drive.
DRIVE_REMOTE = 4


class PlaceKind(StrEnum):
    """What kind of place keeps a copy of a folder elsewhere."""

    ONEDRIVE = "onedrive"
    DROPBOX = "dropbox"
    ICLOUD = "icloud"
    GOOGLE_DRIVE = "google_drive"
    #: Another provider in macOS' ~/Library/CloudStorage (Box, pCloud, ...): see Place.service.
    CLOUD_STORAGE = "cloud_storage"
    NETWORK = "network"


#: The services' own names (proper nouns, the same in every language).
SERVICES = {
    PlaceKind.ONEDRIVE: "OneDrive",
    PlaceKind.DROPBOX: "Dropbox",
    PlaceKind.ICLOUD: "iCloud Drive",
    PlaceKind.GOOGLE_DRIVE: "Google Drive",
}


@dataclass(frozen=True)
class Place:
    """A syncing or remote place that holds a path."""

    kind: PlaceKind
    #: The service's own name ("OneDrive", "Box"); for a network share, its file system
    #: ("nfs4", "smbfs") or, on Windows, the share itself (\\server\share).
    service: str
    #: Where the place begins: the synced folder, the mount point or the share.
    root: PurePath

    @property
    def synced(self) -> bool:
        """Whether a sync client uploads what is here (else it is a network share)."""
        return self.kind is not PlaceKind.NETWORK


def where(path: str | os.PathLike[str]) -> Place | None:
    """The syncing or remote place that holds path (a folder that doesn't exist yet: where it
    would be made), or None for a folder on this computer, or when that can't be told."""
    try:
        absolute, real = _both(Path(path))
        return _synced(absolute, real) or _remote(real)
    except (OSError, ValueError, RuntimeError):  # unreadable, a bad name, a loop of links
        return None


def _both(path: Path) -> tuple[Path, Path]:
    """path made absolute as written, and with its links resolved (through the nearest part of
    it that exists, so as to ask no more of the disk than needed)."""
    absolute = Path(os.path.abspath(path.expanduser()))
    existing, tail = absolute, []
    while not existing.exists() and existing.parent != existing:
        tail.append(existing.name)
        existing = existing.parent
    return absolute, existing.resolve().joinpath(*reversed(tail))


# -- synced folders ---------------------------------------------------------------------------


def _folded(path: PurePath) -> tuple[str, ...]:
    # Compared without case: Windows' and macOS' usual disks ignore it, and on Linux a false
    # match only costs a notice the person can put away.
    return tuple(part.casefold() for part in path.parts)


def _under(path: PurePath, root: PurePath) -> bool:
    inside, top = _folded(path), _folded(root)
    return len(top) > 1 and inside[: len(top)] == top


def _synced(absolute: Path, real: Path) -> Place | None:
    for root, kind, service in _synced_roots():
        if _under(absolute, root) or _under(real, root):
            return Place(kind, service, root)
    for candidate in (absolute, real):
        found = by_folder_name(candidate)
        if found is not None:
            return found
    return None


def _synced_roots() -> list[tuple[PurePath, PlaceKind, str]]:
    """The folders the sync clients on this computer say they keep (the more specific first)."""
    roots: list[tuple[PurePath, PlaceKind, str]] = []
    for variable in ("OneDriveCommercial", "OneDriveConsumer", "OneDrive"):
        value = os.environ.get(variable)
        if value:
            roots.append((PurePath(value), PlaceKind.ONEDRIVE, "OneDrive"))
    roots += [(folder, PlaceKind.DROPBOX, "Dropbox") for folder in _dropbox_folders()]
    home = Path.home()
    roots += [
        (home / "Library" / "Mobile Documents", PlaceKind.ICLOUD, "iCloud Drive"),  # macOS
        (home / "iCloudDrive", PlaceKind.ICLOUD, "iCloud Drive"),  # iCloud for Windows
        (home / "Dropbox", PlaceKind.DROPBOX, "Dropbox"),  # its default, before info.json
    ]
    cloud_storage = home / "Library" / "CloudStorage"  # macOS 12.3+: File Provider clients
    roots += [(cloud_storage / name, *_provider(name)) for name in _listing(cloud_storage)]
    return roots


def _dropbox_folders() -> list[PurePath]:
    """The folders Dropbox's own info.json names (personal and business accounts)."""
    places = [Path.home() / ".dropbox"]
    places += [
        Path(os.environ[v]) / "Dropbox" for v in ("APPDATA", "LOCALAPPDATA") if v in os.environ
    ]
    folders: list[PurePath] = []
    for place in places:
        try:
            info = json.loads((place / "info.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none there (the usual case), or not what we expect
            continue
        if isinstance(info, dict):
            for account in info.values():
                folder = account.get("path") if isinstance(account, dict) else None
                if isinstance(folder, str) and folder:
                    folders.append(PurePath(folder))
    return folders


def _listing(folder: Path) -> list[str]:
    try:
        return [entry.name for entry in os.scandir(folder) if entry.is_dir()]
    except OSError:  # not macOS, or no provider set up
        return []


def _provider(folder_name: str) -> tuple[PlaceKind, str]:
    """The provider a folder in ~/Library/CloudStorage belongs to: "GoogleDrive-a@b.c",
    "OneDrive-Personal", "Dropbox", "Box-Box", ..."""
    provider = folder_name.split("-", 1)[0].strip()
    folded = provider.casefold().replace(" ", "")
    for kind, prefix in (
        (PlaceKind.ONEDRIVE, "onedrive"),
        (PlaceKind.DROPBOX, "dropbox"),
        (PlaceKind.GOOGLE_DRIVE, "googledrive"),
        (PlaceKind.ICLOUD, "icloud"),
    ):
        if folded.startswith(prefix):
            return kind, SERVICES[kind]
    return PlaceKind.CLOUD_STORAGE, provider or folder_name


#: Folder names the sync clients give their folders: "OneDrive", "OneDrive - Contoso",
#: "OneDrive-Personal"; "Dropbox", "Dropbox (Personal)"; Google Drive's "My Drive" and
#: "Shared drives" at the top of its drive (G:\My Drive; in German and Spanish too) and its
#: older "Google Drive" folder.
_ONEDRIVE = re.compile(r"onedrive($|\s*-)")
_DROPBOX = re.compile(r"dropbox($|\s*\()")
_GOOGLE_DRIVE_TOPS = (
    "my drive",
    "shared drives",
    "meine ablage",
    "geteilte ablagen",
    "mi unidad",
    "unidades compartidas",
)


def by_folder_name(path: PurePath) -> Place | None:
    """The place a folder's own name gives away ("OneDrive - Contoso", "Dropbox", G:\\My Drive)."""
    parts = path.parts
    for number, part in enumerate(parts[1:], start=1):
        name = part.casefold()
        root = type(path)(*parts[: number + 1])
        if _ONEDRIVE.match(name):
            return Place(PlaceKind.ONEDRIVE, "OneDrive", root)
        if _DROPBOX.match(name):
            return Place(PlaceKind.DROPBOX, "Dropbox", root)
        parent = parts[number - 1].casefold().replace(" ", "")
        on_drive_root = number == 1 or parent.startswith("googledrive")
        if (name in _GOOGLE_DRIVE_TOPS and on_drive_root) or name == "google drive":
            return Place(PlaceKind.GOOGLE_DRIVE, "Google Drive", root)
    return None


# -- network shares ---------------------------------------------------------------------------


def _remote(real: Path) -> Place | None:
    if os.name == "nt":
        return windows_share(PureWindowsPath(real))
    if sys.platform == "darwin":
        found = _macos_filesystem(str(real))
    elif sys.platform.startswith("linux"):
        found = linux_filesystem(str(real))
    else:
        return None
    if found is None:
        return None
    kind, mount_point = found
    if kind in NETWORK_FILESYSTEMS:
        return Place(PlaceKind.NETWORK, kind, PurePath(mount_point))
    return None


def windows_share(path: PureWindowsPath) -> Place | None:
    """A UNC path (\\\\server\\share\\...), or a drive letter Windows maps to a share; a drive
    Google Drive for desktop provides (named "Google Drive") is Google Drive."""
    drive = path.drive
    if drive.startswith("\\\\?\\"):  # the long-path form: \\?\C:\... or \\?\UNC\server\share
        rest = drive[4:]
        drive = "\\\\" + rest[4:] if rest.upper().startswith("UNC\\") else rest
    if drive.startswith("\\\\"):
        return Place(PlaceKind.NETWORK, drive, PureWindowsPath(drive + "\\"))
    if len(drive) == 2 and drive[1] == ":":
        root = drive + "\\"
        if volume_label(root).casefold() == "google drive":
            return Place(PlaceKind.GOOGLE_DRIVE, "Google Drive", PureWindowsPath(root))
        if drive_type(root) == DRIVE_REMOTE:
            return Place(PlaceKind.NETWORK, drive, PureWindowsPath(root))
    return None


def drive_type(root: str) -> int:
    """Windows' GetDriveTypeW for a drive's root ("Z:\\"); 0 (unknown) elsewhere."""
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def volume_label(root: str) -> str:
    """The name Windows shows for a drive ("Google Drive"); "" elsewhere, or when unknown."""
    if sys.platform != "win32":
        return ""
    import ctypes

    name = ctypes.create_unicode_buffer(261)
    kernel32 = ctypes.windll.kernel32
    if not kernel32.GetVolumeInformationW(
        ctypes.c_wchar_p(root), name, len(name), None, None, None, None, 0
    ):
        return ""
    return str(name.value)


_ESCAPED = re.compile(r"\\([0-7]{3})")


def linux_filesystem(path: str) -> tuple[str, str] | None:
    """The file system type and mount point that hold path, from MOUNTS (the longest mount
    point that contains it wins), or None when they can't be read."""
    best: tuple[str, str] | None = None
    with open(MOUNTS, encoding="utf-8", errors="surrogateescape") as mounts:
        for line in mounts:
            fields = line.split()
            if len(fields) < 3:
                continue
            # Spaces, tabs and backslashes in a mount point are written as octal escapes.
            point = _ESCAPED.sub(lambda m: chr(int(m.group(1), 8)), fields[1])
            inside = point == "/" or path == point or path.startswith(point.rstrip("/") + "/")
            if inside and (best is None or len(point) >= len(best[1])):
                best = (fields[2], point)  # a later mount over the same point hides the earlier
    return best


def _macos_filesystem(path: str) -> tuple[str, str] | None:
    """statfs(2)'s f_fstypename and f_mntonname, through ctypes (os.statvfs has no type)."""
    import ctypes

    class StatFs(ctypes.Structure):
        """struct statfs with 64-bit inodes (<sys/mount.h>): the only one on Apple silicon."""

        _fields_ = [
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64),
            ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    libc = ctypes.CDLL(None, use_errno=True)
    try:
        statfs = libc["statfs$INODE64"]  # Intel Macs: the 64-bit-inode form has its own name
    except AttributeError:
        statfs = libc.statfs
    statfs.argtypes = [ctypes.c_char_p, ctypes.POINTER(StatFs)]
    statfs.restype = ctypes.c_int
    found = StatFs()
    if statfs(os.fsencode(path), ctypes.byref(found)) != 0:
        return None
    return os.fsdecode(found.f_fstypename), os.fsdecode(found.f_mntonname)
