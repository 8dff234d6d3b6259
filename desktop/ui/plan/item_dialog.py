"""Adding or editing a plan item."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.records import Kind, PlanItem, Rhythm
from desktop.store.text import FIELD_MAX, TITLE_MAX
from desktop.ui.common import labels
from desktop.ui.common.form_dialog import FormDialog
from desktop.ui.plan.rhythm_picker import RhythmPicker


class ItemDialog(FormDialog):
    """A form for one plan item: only the title is needed, everything else can wait."""

    def __init__(self, item: PlanItem | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit plan item") if item else self.tr("Add a plan item"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        intro = QLabel(
            self.tr(
                "A step you took away from therapy. Keep it small and concrete; you can "
                "change it any time."
            )
        )
        intro.setWordWrap(True)

        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("For example: journal for 20 minutes"))
        self.title.setAccessibleName(self.tr("Title"))
        self.smaller = QLineEdit()
        self.smaller.setMaxLength(FIELD_MAX)
        self.smaller.setPlaceholderText(self.tr("For example: write one sentence"))
        self.smaller.setAccessibleName(self.tr("Smaller version"))
        self.why = QPlainTextEdit()
        self.why.setPlaceholderText(self.tr("Optional: why this matters to you"))
        self.why.setAccessibleName(self.tr("Why it matters"))
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in Kind:
            self.kind.addItem(labels.kind(kind), kind)
        self.rhythm = RhythmPicker()

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("S&maller version"), self.smaller)
        form.addRow(self.tr("&Why it matters"), self.why)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Rhythm"), self.rhythm)
        smaller_hint = QLabel(self.tr("On a harder day, the smaller version counts just as much."))
        smaller_hint.setWordWrap(True)
        smaller_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.insertRow(2, "", smaller_hint)

        self.too_long = QLabel(
            self.tr("This is longer than %1 characters; please shorten it to save.").replace(
                "%1", labels.count(FIELD_MAX)
            )
        )
        self.too_long.setWordWrap(True)
        self.too_long.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(form)
        layout.addWidget(self.too_long)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        if item is not None:
            self.title.setText(item.title)
            self.smaller.setText(item.smaller_version)
            self.why.setPlainText(item.why)
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
            self.rhythm.set_value(item.rhythm, item.days_per_week)
        else:
            self.kind.setCurrentIndex(self.kind.findData(Kind.OTHER))
            self.rhythm.set_value(Rhythm.DAILY, None)
        self.title.textChanged.connect(self._update)
        self.why.textChanged.connect(self._update)
        self._update()
        self.mark_unchanged()

    def _update(self) -> None:
        too_long = len(self.why.toPlainText()) > FIELD_MAX
        self.too_long.setVisible(too_long)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.title.text().strip()) and not too_long)

    def snapshot(self) -> object:
        """The form's values, to tell whether anything changed."""
        return self.values()

    def values(self) -> dict[str, object]:
        """The form's values, as keyword arguments for the store."""
        return {
            "title": self.title.text(),
            "smaller_version": self.smaller.text(),
            "why": self.why.toPlainText(),
            "kind": Kind(self.kind.currentData()),
            "rhythm": self.rhythm.rhythm(),
            "days_per_week": self.rhythm.days_per_week(),
        }
