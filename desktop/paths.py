"""Where things live on disk: the only module that knows about appdirs and frozen bundles."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from desktop import APP_NAME

DATABASE_NAME = "between-sessions.sqlite3"
#: Set to a folder, it keeps everything the app writes for this user in that folder: the data in
#: DIR/data, the settings as an INI file under DIR/settings. For the tests above all (appdirs
#: follows XDG_* on Linux only; Windows' settings are in the registry, macOS' in ~/Library), and
#: for a copy of the app kept on a USB stick.
HOME_VARIABLE = "BETWEEN_SESSIONS_HOME"


def _own_home() -> Path | None:
    value = os.environ.get(HOME_VARIABLE)
    return Path(value).expanduser() if value else None


def default_data_dir() -> Path:
    """The per-user data folder the operating system expects for this app (or the one under
    BETWEEN_SESSIONS_HOME)."""
    home = _own_home()
    if home is not None:
        return home / "data"
    import appdirs  # imported here so that importing this module does no work

    # By its real name: on Windows appdirs gives a profile folder whose name has a letter
    # beyond Latin-1 by its 8.3 short name (C:\Users\D6C0~1\...), which no person would know.
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)).resolve()


def settings_dir() -> Path | None:
    """Where the settings go as an INI file instead of the system's own place (the registry,
    ~/Library/Preferences, ~/.config): only under BETWEEN_SESSIONS_HOME."""
    home = _own_home()
    return None if home is None else home / "settings"


def log_dir() -> Path:
    """Where the app keeps its small diagnostics log (desktop/diagnostics.py): the system's
    place for an app's logs (~/Library/Logs on macOS, the local app data on Windows, the cache
    on Linux), or DIR/logs under BETWEEN_SESSIONS_HOME."""
    home = _own_home()
    if home is not None:
        return home / "logs"
    import appdirs

    return Path(appdirs.user_log_dir(APP_NAME, appauthor=False)).resolve()


def prepare_data_dir(
    requested: str | os.PathLike[str] | None, *, reading_is_enough: bool = False
) -> Path:
    """Return the data folder to use, creating it (private to this user) if needed.

    Raises errors.DataFolderError when it can't be made or written to; with reading_is_enough
    (the app, which then shows the data read-only), a folder that holds the data but can't be
    written to is returned as it is.
    """
    from desktop.store.errors import DataFolderError  # here: no work at import time

    # By its real name (resolve: a short 8.3 name, a link or a relative path as the folder it
    # is), in messages too.
    folder = Path(requested).expanduser().resolve() if requested else default_data_dir()
    created = not folder.exists()
    if not created and not folder.is_dir():
        raise DataFolderError("data_folder.not_a_folder", folder=folder)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:  # a file where a folder should be
        blocker = next((p for p in folder.parents if p.exists()), folder)
        raise DataFolderError("data_folder.blocked", folder=folder, blocker=blocker) from exc
    except OSError as exc:
        raise DataFolderError(
            "data_folder.cannot_create", folder=folder, detail=exc.strerror or str(exc)
        ) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        if reading_is_enough and database_path(folder).is_file():
            return folder
        raise DataFolderError("data_folder.not_writable", folder=folder)
    # Private to this user (POSIX): a folder the app made, or the app's own default folder.
    # A folder the person chose and made themselves keeps the permissions they gave it.
    if os.name == "posix" and (created or not requested):
        with contextlib.suppress(PermissionError):  # a folder another user owns stays as it is
            os.chmod(folder, 0o700)
    return folder


def database_path(data_dir: Path) -> Path:
    """The one SQLite file that holds everything the person writes."""
    return data_dir / DATABASE_NAME


def resources_dir() -> Path:
    """The built-in resources, in a checkout, an installed wheel or a frozen bundle alike."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    package = Path(__file__).resolve().parent
    candidates += [package / "_resources", package.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    """A file inside the resources folder."""
    return resources_dir().joinpath(*parts)
