"""The guided thought record inside a journal entry: the situation, the thought, what it made
me feel and how strongly, what a kind friend would say, a more balanced thought, and the plan
item it got in the way of."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.store import plan
from desktop.store.records import Status, ThoughtRecord
from desktop.ui.common.read_only import hold

#: How the strength of a feeling moves with the arrows, and the step below 0 that stands for
#: "not said" (shown as "How strong?").
STRENGTH_STEP = 10
NOT_SAID = -STRENGTH_STEP


def _small_text(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 2 + 14)
    return edit


class ThoughtRecordForm(QGroupBox):
    """The guided thought record: situation, thought, feeling, a kind friend, a balanced view."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thought record"), parent)
        self.situation = _small_text(self.tr("Situation"), self.tr("What was happening?"))
        self.thought = _small_text(self.tr("The thought"), self.tr("What went through your mind?"))
        self.feeling = QLineEdit()
        self.feeling.setAccessibleName(self.tr("What it made me feel"))
        self.feeling.setPlaceholderText(self.tr("anxious, ashamed, tired…"))
        self.strength = QSpinBox()
        self.strength.setAccessibleName(self.tr("How strongly"))
        # One step below 0 stands for "not said": the steps go 0 %, 10 %, 20 %…
        self.strength.setRange(NOT_SAID, 100)
        self.strength.setSingleStep(STRENGTH_STEP)
        self.strength.setSpecialValueText(self.tr("How strong?"))
        self.strength.setSuffix("%")
        self.strength.setValue(NOT_SAID)
        self.kind_friend = _small_text(
            self.tr("What a kind friend would say"),
            self.tr("If a friend had this thought, what would you tell them?"),
        )
        self.balanced = _small_text(
            self.tr("A more balanced thought"), self.tr("Something truer and gentler")
        )
        self.plan_item = QComboBox()  # (named by its row's label, "Got in the way of")
        self.plan_item.setAccessibleName(self.tr("Plan item it got in the way of"))
        feeling_row = QHBoxLayout()
        feeling_row.addWidget(self.feeling, 1)
        feeling_row.addWidget(self.strength)
        form = QFormLayout(self)
        form.addRow(self.tr("Situation"), self.situation)
        form.addRow(self.tr("The thought"), self.thought)
        form.addRow(self.tr("It made me feel"), feeling_row)
        form.addRow(self.tr("A kind friend"), self.kind_friend)
        form.addRow(self.tr("Balanced thought"), self.balanced)
        form.addRow(self.tr("Got in the way of"), self.plan_item)
        for edit in (self.situation, self.thought, self.kind_friend, self.balanced):
            edit.textChanged.connect(self.changed)
        self.feeling.textEdited.connect(self.changed)
        self.strength.valueChanged.connect(self.changed)
        self.plan_item.currentIndexChanged.connect(self.changed)

    def set_read_only(self, read_only: bool) -> None:
        """Hold back changing the record (the data is open read-only); it can still be read."""
        words = [self.situation, self.thought, self.feeling, self.kind_friend, self.balanced]
        hold([*words, self.strength], read_only, say_why=False)
        hold([self.plan_item], read_only)

    def load_plan_items(self, selected: int | None) -> None:
        """Offer the plan items (current and retired) to link to."""
        self.plan_item.blockSignals(True)
        self.plan_item.clear()
        self.plan_item.addItem(self.tr("No plan item"), None)
        for item in plan.list_items(list(Status)):
            self.plan_item.addItem(item.title, item.id)
        found = self.plan_item.findData(selected) if selected is not None else 0
        self.plan_item.setCurrentIndex(max(found, 0))
        self.plan_item.blockSignals(False)

    def show_record(self, record: ThoughtRecord) -> None:
        """Fill the form."""
        widgets = [
            self.situation,
            self.thought,
            self.feeling,
            self.strength,
            self.kind_friend,
            self.balanced,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.situation.setPlainText(record.situation)
        self.thought.setPlainText(record.thought)
        self.feeling.setText(record.feeling)
        strength = record.feeling_strength
        self.strength.setValue(NOT_SAID if strength is None else strength)
        self.kind_friend.setPlainText(record.kind_friend)
        self.balanced.setPlainText(record.balanced_thought)
        for widget in widgets:
            widget.blockSignals(False)
        self.load_plan_items(record.plan_item_id)

    def record(self) -> ThoughtRecord:
        """What the form holds."""
        strength = self.strength.value()
        return ThoughtRecord(
            situation=self.situation.toPlainText(),
            thought=self.thought.toPlainText(),
            feeling=self.feeling.text(),
            feeling_strength=None if strength < 0 else strength,
            kind_friend=self.kind_friend.toPlainText(),
            balanced_thought=self.balanced.toPlainText(),
            plan_item_id=self.plan_item.currentData(),
        )
