"""Adding or editing a line of the safety plan (a contact has a number too)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.encouragement_records import SafetyItem, SafetySection
from desktop.store.safety import NUMBER_MAX, TEXT_MAX
from desktop.ui.common import labels
from desktop.ui.common.form_dialog import FormDialog


class SafetyItemDialog(FormDialog):
    """One line of the safety plan: which part it belongs to, the words, and for a contact
    a number and a note."""

    def __init__(
        self,
        section: SafetySection,
        item: SafetyItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit your safety plan") if item else self.tr("Add to your safety plan")
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Part of the plan"))
        for value in SafetySection:
            self.section.addItem(labels.safety_section(value), value)
        self.section.setCurrentIndex(self.section.findData(section))
        self.section.setEnabled(item is None)  # a line stays where it was written
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setMaxLength(TEXT_MAX)
        self.number = QLineEdit()
        self.number.setMaxLength(NUMBER_MAX)
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.setPlaceholderText(self.tr("A number to call or text"))
        self.note = QLineEdit()
        self.note.setMaxLength(TEXT_MAX)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: when to call, what to say"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Part"), self.section)
        self.form.addRow("", self.hint)
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text)
        self.form.addRow(self.text_label, self.text)
        self.form.addRow(self.tr("N&umber"), self.number)
        self.form.addRow(self.tr("N&ote"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        if item is not None:
            self.text.setText(item.text)
            self.number.setText(item.number)
            self.note.setText(item.note)
        self.section.currentIndexChanged.connect(self._section_changed)
        self.text.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._section_changed()
        self.mark_unchanged()
        self.text.setFocus()

    def snapshot(self) -> object:
        """The form's values, to tell whether anything changed."""
        return (self.chosen_section(), self.text.text(), self.number.text(), self.note.text())

    def chosen_section(self) -> SafetySection:
        """The part of the plan chosen."""
        return SafetySection(self.section.currentData())

    @Slot()
    def _section_changed(self) -> None:
        section = self.chosen_section()
        contact = section.has_contacts
        self.hint.setText(labels.safety_section_hint(section))
        self.text_label.setText(self.tr("&Name") if contact else self.tr("&In your words"))
        self.text.setAccessibleName(self.tr("Name") if contact else self.tr("In your words"))
        for widget in (self.number, self.note):
            widget.setVisible(contact)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(contact)
        self._update()

    @Slot()
    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.text.text().strip()))

    def values(self) -> dict[str, str]:
        """The words typed, as the store takes them (number and note only for contacts)."""
        contact = self.chosen_section().has_contacts
        return {
            "text": self.text.text(),
            "number": self.number.text() if contact else "",
            "note": self.note.text() if contact else "",
        }
