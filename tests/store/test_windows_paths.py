"""Paths as Windows gives them: a profile folder by its 8.3 short name, data on a share.

appdirs gives a profile folder whose name has a letter beyond Latin-1 by its short name
(C:\\Users\\D6C0~1\\...); the app uses and shows the folder by its real name. Here a link
stands in for the short name: another name for the same folder, which resolving undoes, as
GetFinalPathNameByHandle does for a short name there. A data folder on a share
(\\\\server\\share\\...) becomes a file: URI SQLite opens: without a host."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from desktop import paths
from desktop.store.errors import DataFolderError
from desktop.store.files import file_uri, without_authority


@pytest.fixture
def short_name(tmp_path: Path) -> tuple[Path, Path]:
    """(the folder by its real name, the same folder by another name)."""
    real = tmp_path / "Users" / "Dvořák Ñúñez"
    real.mkdir(parents=True)
    alias = tmp_path / "DVORK~1"
    try:
        alias.symlink_to(real, target_is_directory=True)
    except OSError as error:  # (Windows without the right to make links)
        pytest.skip(f"no links here: {error}")
    return real, alias


def test_the_default_data_folder_is_used_by_its_real_name(
    short_name: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import appdirs

    real, alias = short_name
    monkeypatch.delenv(paths.HOME_VARIABLE)
    monkeypatch.setattr(appdirs, "user_data_dir", lambda *_a, **_k: str(alias / "Between"))
    assert paths.default_data_dir() == real / "Between"  # not made yet: its parent resolved
    assert paths.prepare_data_dir(None) == real / "Between"


def test_a_chosen_folder_is_named_by_its_real_name_in_messages_too(
    short_name: tuple[Path, Path],
) -> None:
    real, alias = short_name
    assert paths.prepare_data_dir(alias / "data") == real / "data"
    (real / "a file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(DataFolderError) as refused:
        paths.prepare_data_dir(alias / "a file")
    assert refused.value.details["folder"] == real / "a file"


def test_a_file_on_a_windows_share_becomes_a_uri_with_no_host() -> None:
    on_a_share = PureWindowsPath(r"\\server\share\Between Sessions\between-sessions.sqlite3")
    assert on_a_share.as_uri().startswith("file://server/")  # what SQLite refuses
    assert without_authority(on_a_share.as_uri()) == (
        "file:////server/share/Between%20Sessions/between-sessions.sqlite3"
    )


@pytest.mark.parametrize(
    "path",
    [
        PureWindowsPath(r"C:\Users\Dvořák\data.sqlite3"),
        PureWindowsPath(r"Z:\mapped\data.sqlite3"),  # a mapped drive: a plain local-looking URI
        PurePosixPath("/home/dana/data.sqlite3"),
    ],
)
def test_a_uri_with_no_host_is_left_as_it_is(path: PureWindowsPath | PurePosixPath) -> None:
    assert without_authority(path.as_uri()) == path.as_uri()


def test_sqlite_opens_the_uri_form_a_share_gets(tmp_path: Path) -> None:
    # The same form (an empty host, then //...) for a file here: POSIX reads //tmp as /tmp.
    path = tmp_path / "data with a #hash and 100%.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (42)")
        conn.commit()
    uri = file_uri(path)
    four_slashes = "file:///" + uri.removeprefix("file://")
    with contextlib.closing(sqlite3.connect(f"{four_slashes}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT x FROM t").fetchone() == (42,)
