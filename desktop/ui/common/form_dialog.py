"""A dialog that stores its words before it closes, and never drops them without asking.

The store write runs inside ``accept()``: if the disk is full, the input can't be kept, or what it
changes is gone (a restore), the dialog stays open with the words in it and says why, instead of
closing first and losing them. The caller announces the change once the dialog is accepted.
Cancel or Escape after something was typed asks once before the words are let go.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from desktop.store.errors import StoreError
from desktop.ui.common.i18n import explain
from desktop.ui.common.screen_reader import spoken


class FormDialog(QDialog):
    """A form whose ``save`` runs on accept; a failed save keeps the dialog and its words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Stores the form's words; called on accept. Its return value is kept in ``saved``.
        self.save: Callable[[], Any] | None = None
        self.saved: Any = None
        self.problem = spoken(QLabel(), self.tr("Not saved yet"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._unchanged: object = None

    def snapshot(self) -> object:
        """The form's current values, to tell whether anything was typed or changed."""
        return None

    def mark_unchanged(self) -> None:
        """Take the form as it is now as its starting point (call once it is filled in)."""
        self._unchanged = self.snapshot()

    def is_changed(self) -> bool:
        """Whether something was typed or changed since the form was filled in."""
        return self.snapshot() != self._unchanged

    def accept(self) -> None:
        """Store the words first; close only once they are safely stored."""
        if self.save is not None:
            try:
                self.saved = self.save()
            except StoreError as error:
                self.problem.setText(explain(error, in_place=True))
                self.problem.show()
                return
        self.problem.hide()
        super().accept()

    def reject(self) -> None:
        """Close at once when nothing was changed; otherwise ask before letting the words go."""
        if self.is_changed() and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr("Discard what you wrote?"))
        box.setInformativeText(self.tr("It hasn't been saved. You can keep editing."))
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard
