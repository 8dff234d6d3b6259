"""Adjusting a plan item to fit: a smaller version, another rhythm, or a pause, with a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.records import PlanItem, Rhythm, Status
from desktop.store.text import FIELD_MAX
from desktop.ui.common.form_dialog import FormDialog
from desktop.ui.plan.rhythm_picker import RhythmPicker


class AdjustDialog(FormDialog):
    """Fit a plan item to what is possible now; the change is kept in its history."""

    def __init__(self, item: PlanItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Adjust “%1”").replace("%1", item.title))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        intro = QLabel(
            self.tr(
                "Plans are meant to fit you. Making a step smaller or slower is part of the "
                "work, and worth bringing to your next session."
            )
        )
        intro.setWordWrap(True)
        self.smaller = QLineEdit(item.smaller_version)
        self.smaller.setMaxLength(FIELD_MAX)
        self.smaller.setPlaceholderText(self.tr("For example: five minutes instead of twenty"))
        self.smaller.setAccessibleName(self.tr("Smaller version"))
        self.rhythm = RhythmPicker()
        self.rhythm.set_value(item.rhythm, item.days_per_week)
        self.pause = QCheckBox(self.tr("&Pause this item for now"))
        self.pause.setAccessibleName(self.tr("Pause this item for now"))
        self.pause.setChecked(item.status is Status.PAUSED)
        self.pause.setEnabled(item.status is not Status.RETIRED)
        self.note = QLineEdit()
        self.note.setMaxLength(FIELD_MAX)
        self.note.setPlaceholderText(self.tr("Optional: what made you adjust it"))
        self.note.setAccessibleName(self.tr("Note"))

        form = QFormLayout()
        form.addRow(self.tr("S&maller version"), self.smaller)
        form.addRow(self.tr("&Rhythm"), self.rhythm)
        form.addRow("", self.pause)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.mark_unchanged()

    def snapshot(self) -> object:
        """The form's values, to tell whether anything changed."""
        return (
            self.smaller_version(),
            self.chosen_rhythm(),
            self.chosen_status(),
            self.note_text(),
        )

    def smaller_version(self) -> str:
        """The smaller version as entered."""
        return self.smaller.text()

    def chosen_rhythm(self) -> tuple[Rhythm, int | None]:
        """The rhythm and days per week as chosen."""
        return self.rhythm.rhythm(), self.rhythm.days_per_week()

    def chosen_status(self) -> Status:
        """The status the item should have after this adjustment."""
        if self.item.status is Status.RETIRED:
            return Status.RETIRED
        return Status.PAUSED if self.pause.isChecked() else Status.ACTIVE

    def note_text(self) -> str:
        """The note explaining the adjustment."""
        return self.note.text()
