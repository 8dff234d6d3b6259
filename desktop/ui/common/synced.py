"""Saving a copy of the person's words (an export, the session summary) into a folder a sync
client uploads or a network share keeps: asked about once, plainly, before anything is written.

The save dialog starts in Documents, unless Documents is itself synced (Windows 11 often moves
it into OneDrive): then in the home folder, which stays on this computer. A folder the person
picks that is synced or remote brings one question, "Save it here" or "Choose another place";
choosing another opens the save dialog again, in a folder on this computer, and writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.store import places
from desktop.store.places import Place


def export_folder() -> Path:
    """Where a save dialog for an export starts: Documents, or the home folder when Documents
    is synced or remote and home is not (when both are, Documents: it is what people expect)."""
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    if places.where(documents) is None:
        return documents
    home = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation))
    return home if places.where(home) is None else documents


def heading(place: Place) -> str:
    """What the question about a synced or remote folder starts with."""
    if place.synced:
        return QCoreApplication.translate("synced", "This folder is synced to %1.").replace(
            "%1", place.service
        )
    return QCoreApplication.translate("synced", "This folder is on a network share.")


def consequence(place: Place) -> str:
    """What saving there would mean, and what to do instead."""
    if place.synced:
        return QCoreApplication.translate(
            "synced",
            "%1 would upload it, so a copy would be kept on %1's servers as well. To keep it "
            "on this computer only, choose a folder that isn't synced.",
        ).replace("%1", place.service)
    return QCoreApplication.translate(
        "synced",
        "It would be kept on another computer, where anyone who can open the share could "
        "read it. To keep it on this computer only, choose a folder on it.",
    )


def save_here(parent: QWidget, place: Place, holds: str) -> bool:
    """Ask once whether to save into place; holds says what the file holds ("The export holds
    your journal..."). True: save it here; False: choose another place."""
    box = QMessageBox(parent)
    box.setObjectName("savePlaceQuestion")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(
        QCoreApplication.translate("synced", "Save to a synced folder?")
        if place.synced
        else QCoreApplication.translate("synced", "Save to a network share?")
    )
    box.setText(heading(place))
    box.setInformativeText(f"{holds} {consequence(place)}")
    here = box.addButton(
        QCoreApplication.translate("synced", "Save it here"), QMessageBox.ButtonRole.AcceptRole
    )
    other = box.addButton(
        QCoreApplication.translate("synced", "Choose another place"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(other)  # Enter and Escape both keep it off the cloud
    box.setEscapeButton(other)
    box.exec()
    return box.clickedButton() is here


def ask_where_to_save(
    parent: QWidget, title: str, name: str, name_filter: str, holds: str
) -> tuple[str, str]:
    """QFileDialog.getSaveFileName, starting in export_folder() with name, and asking first
    (save_here) when the chosen folder is synced or remote. ("", "") when the person cancels."""
    start = export_folder()
    while True:
        chosen, used_filter = QFileDialog.getSaveFileName(
            parent, title, str(start / name), name_filter
        )
        if not chosen:
            return "", ""
        place = places.where(Path(chosen).parent)
        if place is None or save_here(parent, place, holds):
            return chosen, used_filter
        # Another place: the dialog again, in a folder on this computer, with the same name.
        name = Path(chosen).name
        if places.where(start) is not None:
            home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
            start = Path(home)
