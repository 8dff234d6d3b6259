"""The notice across the top of the main window when the data folder is one a sync client
uploads (OneDrive, Dropbox, iCloud Drive, Google Drive, ...) or on a network share.

A sync client can copy the data file while it is being written, and apart from its -wal and -shm
companions, which can damage it; and it uploads the journal. The notice says so plainly, and
what helps; "Keep it here" remembers the answer for that folder (in the window's settings), and
closing it (its button, or Escape) puts it away until the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from desktop.reports.words import fill
from desktop.ui.common.notice_bar import NoticeBar

if TYPE_CHECKING:
    from desktop.store.places import Place

#: The data folders the person chose to keep where they are (a list of paths).
KEPT_HERE = "dataFolder/keptInSyncedPlace"


def _kept(settings: QSettings) -> list[str]:
    value = settings.value(KEPT_HERE, [], type=list)
    return [str(folder) for folder in value] if isinstance(value, list) else []


def kept_here(settings: QSettings, folder: Path) -> bool:
    """Whether the person chose to keep the data in folder, where it is ("Keep it here")."""
    return str(folder) in _kept(settings)


def keep_here(settings: QSettings, folder: Path) -> None:
    """Remember that the person keeps the data in folder: the notice is not shown for it again."""
    kept = _kept(settings)
    if str(folder) not in kept:
        settings.setValue(KEPT_HERE, [*kept, str(folder)])
        settings.sync()


def heading(place: Place) -> str:
    """The notice's heading."""
    if place.synced:
        return QCoreApplication.translate(
            "PlaceNotice", "Your data is in a folder that %1 syncs"
        ).replace("%1", place.service)
    return QCoreApplication.translate("PlaceNotice", "Your data is on a network share")


def text(place: Place, folder: Path) -> str:
    """What can happen there, and what helps."""
    if place.synced:
        said = QCoreApplication.translate(
            "PlaceNotice",
            "%1 uploads files as they change, so your journal is uploaded to %1 too. It can "
            "also copy your data file while it is being written, or apart from the two small "
            "files beside it (ending in -wal and -shm), which can damage it. What helps: keep "
            "your data in a folder on this computer that isn't synced (now it is in %2). For a "
            "copy anywhere else, use Export everything… in the File menu.",
        )
        return fill(said, place.service, folder)
    said = QCoreApplication.translate(
        "PlaceNotice",
        "Between Sessions writes to your data file and the two small files beside it (ending "
        "in -wal and -shm) while you use it. Over a network they can get out of step when the "
        "connection drops or another computer opens them, which can damage the file; and your "
        "journal is kept on that other computer. What helps: keep your data in a folder on "
        "this computer (now it is in %1). For a copy anywhere else, use Export everything… "
        "in the File menu.",
    )
    return fill(said, folder)


def notice_for(
    place: Place, folder: Path, settings: QSettings, open_folder: Callable[[], object]
) -> NoticeBar | None:
    """The notice for a data folder in place (synced, or on a network share), or None when
    the person chose to keep it where it is."""
    if kept_here(settings, folder):
        return None
    bar = NoticeBar(heading(place), text(place, folder))
    bar.setObjectName("placeNotice")
    bar.add_button(
        QCoreApplication.translate("PlaceNotice", "Open data folder"),
        open_folder,
        QCoreApplication.translate("PlaceNotice", "Show the folder in your file manager"),
    )

    def keep() -> None:
        keep_here(settings, folder)
        bar.close_now()

    kept = bar.add_button(
        QCoreApplication.translate("PlaceNotice", "Keep it here"),
        keep,
        QCoreApplication.translate("PlaceNotice", "Don't mention this again for this folder"),
    )
    kept.setObjectName("keepItHere")
    bar.allow_closing(
        QCoreApplication.translate(
            "PlaceNotice", "Close this notice for now; it comes back at the next start (Esc)"
        )
    )
    return bar
