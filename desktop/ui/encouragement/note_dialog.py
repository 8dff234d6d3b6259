"""Adding or editing one of the person's own notes."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.encouragement_records import NoteKind, OwnNote
from desktop.store.notes import NOTE_MAX
from desktop.ui.common import labels
from desktop.ui.common.form_dialog import FormDialog


class NoteDialog(FormDialog):
    """A note of the person's own: what their therapist said, or a note to future me."""

    def __init__(self, note: OwnNote | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit your note") if note else self.tr("Add a note"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        intro = QLabel(
            self.tr(
                "Words worth keeping: something your therapist said that helped, or a note to "
                "yourself for a harder day. Notes join the messages you see here."
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of note"))
        for kind in NoteKind:
            self.kind.addItem(labels.note_kind(kind), kind)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Your note"))
        self.text.setPlaceholderText(self.tr("In your own words"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.in_rotation = QCheckBox(self.tr("Show it among the messages for the day"))
        self.in_rotation.setChecked(True)
        self.too_long = QLabel(
            self.tr("A note can be up to %1 characters.").replace("%1", labels.count(NOTE_MAX))
        )
        self.too_long.setWordWrap(True)
        self.too_long.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Note"), self.text)
        form.addRow("", self.in_rotation)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.too_long)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        if note is not None:
            self.kind.setCurrentIndex(self.kind.findData(note.kind))
            self.text.setPlainText(note.text)
            self.in_rotation.setChecked(note.in_rotation)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        self._update()
        self.mark_unchanged()
        self.text.setFocus()

    @Slot()
    def _update(self) -> None:
        text = self.text.toPlainText().strip()
        self.too_long.setVisible(len(text) > NOTE_MAX)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(text) and len(text) <= NOTE_MAX)

    def snapshot(self) -> object:
        """The form's values, to tell whether anything changed."""
        return (self.chosen_kind(), self.note_text(), self.in_rotation.isChecked())

    def chosen_kind(self) -> NoteKind:
        """The kind of note chosen."""
        return NoteKind(self.kind.currentData())

    def note_text(self) -> str:
        """The note as typed."""
        return self.text.toPlainText()
