"""Told at start when the data file is damaged: it has been kept aside, and a backup is offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.store.backup import Backup
from desktop.ui.app.backups_dialog import when_words


class DamagedFileDialog(QMessageBox):
    """Explains what happened and offers the newest good backup (or a fresh start)."""

    def __init__(self, moved_to: Path, offered: Backup | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        # Wide enough for the kept file's name on one line, in the person's font size.
        self.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 26em; }")
        self.setWindowTitle(self.tr("Your data file needs attention"))
        self.setText(self.tr("Your data file looks damaged, so the app hasn't used it."))
        kept = self.tr(
            "Nothing has been deleted: the file has been kept, unchanged, as\n%1\n"
            "in your data folder, in case it can be rescued later."
        ).replace("%1", moved_to.name)
        self.restore_button: QPushButton | None = None
        if offered is not None:
            when = when_words(offered.made_at)
            self.setInformativeText(
                kept
                + "\n\n"
                + self.tr(
                    "Your newest backup that passes its check is from %1. Would you like to "
                    "continue from it?"
                ).replace("%1", when)
            )
            self.restore_button = self.addButton(
                self.tr("Continue from the backup"), QMessageBox.ButtonRole.AcceptRole
            )
            self.fresh_button = self.addButton(
                self.tr("Start with empty data"), QMessageBox.ButtonRole.DestructiveRole
            )
            self.setDefaultButton(self.restore_button)
        else:
            self.setInformativeText(
                kept
                + "\n\n"
                + self.tr("There is no backup to continue from, so the app starts with empty data.")
            )
            self.fresh_button = self.addButton(
                self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole
            )

    def wants_backup(self) -> bool:
        """Whether the person chose to continue from the backup."""
        return self.restore_button is not None and self.clickedButton() is self.restore_button
