"""The plain word before a file the passphrase doesn't protect is written (an export, a session
summary): a protected journal's export is a readable file all the same (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.common import widgets


def plain_file_ok(parent: QWidget) -> bool:
    """When the journal is protected, say that the file about to be written isn't, with Export
    and Cancel; True to go on (always, for a plain journal)."""
    from desktop.store import files, protect  # (the store's, only when a file is written)

    data_file = files.open_data_file()
    if data_file is None or not protect.is_protected(data_file):
        return True
    return widgets.confirm(
        parent,
        QCoreApplication.translate("plain_file", "A file anyone can read"),
        QCoreApplication.translate(
            "plain_file",
            "This file will be readable by anyone who can open it — it isn't protected by "
            "your passphrase.",
        ),
        QCoreApplication.translate("plain_file", "Export"),
        details=QCoreApplication.translate(
            "plain_file", "Keep it somewhere only you can reach, and remove it once you're done."
        ),
    )
