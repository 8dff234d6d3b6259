"""Telling a folder a sync client uploads, or a network share, from one on this computer: each
kind from a faked environment (a home of its own, Dropbox's info.json, a mounts file, Windows'
drive types), never an exception; and the command line's one calm line about it."""

from __future__ import annotations

import json
import sys
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import pytest

from desktop import cli, paths
from desktop.store import db, places, plan
from desktop.store.places import Place, PlaceKind

LINUX_ONLY = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads Linux's /proc/self/mounts format"
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, no sync client's variables, and (on Linux) a mounts
    file with only a local disk: the machine running the tests says nothing."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("USERPROFILE", str(folder))
    for variable in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "localappdata"))
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw,relatime 0 0\n", encoding="utf-8")
    monkeypatch.setattr(places, "MOUNTS", mounts)
    return folder


def test_a_folder_on_this_computer_is_no_place_of_note(tmp_path: Path, home: Path) -> None:
    assert places.where(tmp_path) is None
    assert places.where(home / "Documents" / "not made yet") is None
    assert places.where(home / "OneDriveNotes") is None  # a name that only starts alike


def test_onedrive_from_its_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    business = tmp_path / "Contoso Ltd"  # a business account's folder can have any name
    monkeypatch.setenv("OneDriveCommercial", str(business))
    found = places.where(business / "Documents" / "Between Sessions")  # not made yet
    assert found == Place(PlaceKind.ONEDRIVE, "OneDrive", PurePath(business))
    assert found.synced
    monkeypatch.setenv("OneDrive", str(tmp_path / "Personal"))
    assert places.where(tmp_path / "Personal") is not None
    assert places.where(tmp_path) is None


@pytest.mark.parametrize("name", ["OneDrive", "OneDrive - Contoso", "OneDrive-Personal"])
def test_onedrive_from_its_folder_name(home: Path, name: str) -> None:
    # Windows 11 moves Documents into OneDrive (Known Folder Move): C:\Users\sam\OneDrive\...
    documents = home / name / "Documents"
    documents.mkdir(parents=True)
    found = places.where(documents / "export.json")
    assert found is not None and found.kind is PlaceKind.ONEDRIVE
    assert found.root == home / name


def test_dropbox_from_its_info_json(tmp_path: Path, home: Path) -> None:
    personal, team = tmp_path / "Box of things", tmp_path / "Work (Team)"
    (home / ".dropbox").mkdir()
    (home / ".dropbox" / "info.json").write_text(
        json.dumps({"personal": {"path": str(personal)}, "business": {"path": str(team)}}),
        encoding="utf-8",
    )
    for folder in (personal, team):
        found = places.where(folder / "data")
        assert found is not None and (found.kind, found.service) == (PlaceKind.DROPBOX, "Dropbox")
    assert places.where(tmp_path / "elsewhere") is None


def test_dropbox_from_windows_app_data(tmp_path: Path) -> None:
    folder = tmp_path / "D Drive Sync"
    info = tmp_path / "localappdata" / "Dropbox" / "info.json"
    info.parent.mkdir(parents=True)
    info.write_text(json.dumps({"personal": {"path": str(folder)}}), encoding="utf-8")
    assert places.where(folder) == Place(PlaceKind.DROPBOX, "Dropbox", PurePath(folder))


def test_dropbox_in_its_default_folder_and_by_name(tmp_path: Path, home: Path) -> None:
    assert places.where(home / "Dropbox" / "therapy") is not None
    found = places.where(tmp_path / "Dropbox (Personal)" / "x")
    assert found is not None and found.kind is PlaceKind.DROPBOX


def test_a_broken_info_json_is_no_reason_to_stop(tmp_path: Path, home: Path) -> None:
    (home / ".dropbox").mkdir()
    for text in ("{not json", "[1, 2]", '{"personal": "no"}', '{"personal": {"path": 3}}'):
        (home / ".dropbox" / "info.json").write_text(text, encoding="utf-8")
        assert places.where(tmp_path / "data") is None
    (home / ".dropbox" / "info.json").write_bytes(b"\xff\xfe\x00garbage")
    assert places.where(tmp_path / "data") is None


def test_icloud_drive(home: Path) -> None:
    drive = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
    drive.mkdir(parents=True)
    found = places.where(drive / "Between Sessions")
    assert found is not None and (found.kind, found.service) == (PlaceKind.ICLOUD, "iCloud Drive")
    assert places.where(home / "iCloudDrive" / "x") is not None  # iCloud for Windows


@pytest.mark.parametrize(
    ("folder", "kind", "service"),
    [
        ("GoogleDrive-sam@example.org", PlaceKind.GOOGLE_DRIVE, "Google Drive"),
        ("OneDrive-Personal", PlaceKind.ONEDRIVE, "OneDrive"),
        ("Dropbox", PlaceKind.DROPBOX, "Dropbox"),
        ("Box-Box", PlaceKind.CLOUD_STORAGE, "Box"),
        ("pCloudDrive", PlaceKind.CLOUD_STORAGE, "pCloudDrive"),
    ],
)
def test_macos_cloud_storage_providers(
    home: Path, folder: str, kind: PlaceKind, service: str
) -> None:
    root = home / "Library" / "CloudStorage" / folder
    (root / "My files").mkdir(parents=True)
    found = places.where(root / "My files" / "export.md")
    assert found == Place(kind, service, PurePath(root))


def test_google_drive_by_its_folder_names() -> None:
    assert places.by_folder_name(PureWindowsPath("G:/My Drive/Between Sessions")) == Place(
        PlaceKind.GOOGLE_DRIVE, "Google Drive", PureWindowsPath("G:/My Drive")
    )
    mac = PurePosixPath("/Volumes/GoogleDrive/Shared drives/Team")
    assert places.by_folder_name(mac) is not None
    assert places.by_folder_name(PurePosixPath("/home/sam/Google Drive/x")) is not None
    assert places.by_folder_name(PurePosixPath("/home/sam/notes/My Drive")) is None


@LINUX_ONLY
def test_network_file_systems_from_the_mounts_file(tmp_path: Path) -> None:
    nfs, share, local, sshfs = (tmp_path / n for n in ("nfs", "my share", "nfs/local", "ssh"))
    for folder in (nfs, share, local, sshfs):
        folder.mkdir(parents=True)
    places.MOUNTS.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"server:/export {nfs} nfs4 rw,vers=4.2 0 0\n"
        f"//nas/music {str(share).replace(' ', chr(92) + '040')} cifs rw 0 0\n"
        f"/dev/sdb1 {local} ext4 rw 0 0\n"
        f"sam@host:/home {sshfs} fuse.sshfs rw 0 0\n"
        "garbage\n",
        encoding="utf-8",
    )
    found = places.where(nfs / "Between Sessions")
    assert found == Place(PlaceKind.NETWORK, "nfs4", PurePosixPath(nfs))
    assert not found.synced
    assert places.where(share) == Place(PlaceKind.NETWORK, "cifs", PurePosixPath(share))
    assert places.where(sshfs / "a" / "b") is not None
    assert places.where(local / "data") is None  # the longest mount point wins: a local disk
    assert places.where(tmp_path / "nfsish") is None  # a name that only starts alike


@LINUX_ONLY
def test_an_unreadable_mounts_file_is_no_reason_to_stop(tmp_path: Path) -> None:
    places.MOUNTS.unlink()
    assert places.where(tmp_path) is None


def test_windows_unc_paths_are_network_shares() -> None:
    share = places.windows_share(PureWindowsPath(r"\\nas\therapy\Between Sessions"))
    assert share == Place(
        PlaceKind.NETWORK, r"\\nas\therapy", PureWindowsPath("\\\\nas\\therapy\\")
    )
    long_form = places.windows_share(PureWindowsPath(r"\\?\UNC\nas\therapy\x"))
    assert long_form is not None and long_form.service == r"\\nas\therapy"
    assert places.windows_share(PureWindowsPath(r"\\?\C:\Users\sam")) is None


def test_windows_mapped_and_google_drives(monkeypatch: pytest.MonkeyPatch) -> None:
    types = {"Z:\\": places.DRIVE_REMOTE, "C:\\": 3, "G:\\": places.DRIVE_REMOTE}
    labels = {"G:\\": "Google Drive", "C:\\": "Windows"}
    monkeypatch.setattr(places, "drive_type", lambda root: types.get(root, 0))
    monkeypatch.setattr(places, "volume_label", lambda root: labels.get(root, ""))
    mapped = places.windows_share(PureWindowsPath(r"Z:\Between Sessions"))
    assert mapped == Place(PlaceKind.NETWORK, "Z:", PureWindowsPath("Z:\\"))
    assert places.windows_share(PureWindowsPath(r"C:\Users\sam")) is None
    google = places.windows_share(PureWindowsPath(r"G:\Somewhere"))
    assert google is not None and google.kind is PlaceKind.GOOGLE_DRIVE


@pytest.mark.skipif(sys.platform != "win32", reason="asks Windows itself about a drive")
def test_windows_own_system_drive_is_local() -> None:
    assert places.drive_type("C:\\") != places.DRIVE_REMOTE
    assert places.where("C:\\") is None


def test_where_never_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert places.where("bad\0name") is None

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert places.where(tmp_path) is None


def test_where_is_cheap(tmp_path: Path, home: Path) -> None:
    # It runs at every start: a handful of stats and one small read. (Measured: about 0.2 ms;
    # the bound here only catches something that reads far more than it should.)
    import time

    started = time.perf_counter()
    for _ in range(20):
        places.where(home / "Documents" / "x")
    assert (time.perf_counter() - started) / 20 < 0.05


# -- the command line -------------------------------------------------------------------------


def run(*argv: str) -> int:
    return cli.run_command(cli.parse_args(list(argv)))


def _data_in(folder: Path) -> Path:
    made = paths.prepare_data_dir(folder)
    db.open_database(paths.database_path(made))
    plan.add_item("Walk round the block")
    db.close_database()
    return made


def test_the_command_line_says_once_that_the_data_folder_is_synced(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _data_in(home / "OneDrive" / "Between Sessions")
    assert run("check", "--data-dir", str(folder)) == 0
    said = capsys.readouterr()
    lines = said.err.splitlines()
    assert len(lines) == 1 and "is synced to OneDrive" in lines[0]
    assert "Everything looks healthy" in said.out

    local = _data_in(tmp_path / "local")
    assert run("check", "--data-dir", str(local)) == 0
    assert capsys.readouterr().err == ""


def test_an_export_or_backup_into_a_synced_folder_says_so_and_is_made(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _data_in(tmp_path / "data")
    documents = home / "OneDrive - Contoso" / "Documents"
    documents.mkdir(parents=True)
    out = documents / "export.json"
    assert run("export", "--out", str(out), "--data-dir", str(folder)) == 0
    said = capsys.readouterr().err.splitlines()
    assert said == [
        f"Between Sessions: {documents} is synced to OneDrive, so this copy of your journal "
        "will be uploaded to OneDrive too."
    ]
    assert json.loads(out.read_bytes())["format"] == "between-sessions-export"

    backup = documents / "backup.sqlite3"
    assert run("backup", "--out", str(backup), "--data-dir", str(folder)) == 0
    assert "is synced to OneDrive" in capsys.readouterr().err
    assert backup.is_file()

    assert run("export", "--out", str(tmp_path / "here.json"), "--data-dir", str(folder)) == 0
    assert capsys.readouterr().err == ""


@LINUX_ONLY
def test_a_data_folder_on_a_network_share_is_said_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _data_in(tmp_path / "share" / "data")
    places.MOUNTS.write_text(
        f"/dev/sda1 / ext4 rw 0 0\nnas:/x {tmp_path / 'share'} nfs rw 0 0\n", encoding="utf-8"
    )
    assert run("check", "--data-dir", str(folder)) == 0
    err = capsys.readouterr().err
    assert "is on a network share" in err and "failed" not in err.lower()
