"""The safety plan: the person's own warning signs, ways to cope, people and places, contacts and
what matters to them, with a clear note that the app is not emergency help."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import safety
from desktop.store.encouragement_records import SafetyItem, SafetySection
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.write import Writer
from desktop.ui.common.read_only import hold, tell_why
from desktop.ui.common.widgets import (
    card,
    confirm,
    heading,
    move_buttons,
    quiet,
    reading_tree,
    remove_keys,
)
from desktop.ui.encouragement.models import RecordRole, SafetyPlanModel, SectionRole
from desktop.ui.encouragement.safety_item_dialog import SafetyItemDialog


class SafetyPlanView(QWidget):
    """The safety plan as one list of sections, each with its lines, and buttons to change it."""

    #: The person asked for the crisis help (the main window shows it).
    crisis_requested = Signal()

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = Writer(events, self)
        self.read_only = False  # set_read_only
        notice = card(QPalette.ColorRole.AlternateBase)
        notice_title = heading(self.tr("This app is not emergency help"), 1.1)
        notice_text = QLabel(
            self.tr(
                "If you are in danger or can't keep yourself safe, call your local emergency "
                "number now, or a crisis line. Your plan below is for the moments before that: "
                "steps to try, people to reach, in the order that helps you."
            )
        )
        notice_text.setWordWrap(True)
        self.crisis_button = QPushButton(self.tr("If you're in &crisis…"))
        notice_layout = QHBoxLayout(notice)
        text_column = QVBoxLayout()
        text_column.addWidget(notice_title)
        text_column.addWidget(notice_text)
        notice_layout.addLayout(text_column, 1)
        notice_layout.addWidget(self.crisis_button, 0, Qt.AlignmentFlag.AlignTop)

        self.intro = quiet(QLabel(self._intro_text()))
        self.intro.setWordWrap(True)
        self.model = SafetyPlanModel(self)
        self.tree = reading_tree(self.model, self.tr("Your safety plan"))
        self.tree.setToolTip(self.tr("Enter to change a line, Insert to add one, Delete to remove"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add a line to the selected part of the plan"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.up_button, self.down_button = move_buttons()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(notice)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        self.crisis_button.clicked.connect(self.crisis_requested)
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        remove_keys(self.tree, self.remove_line)
        for keys, slot in (
            (QKeySequence("Insert"), self.add_line),
            (QKeySequence("Alt+Up"), lambda: self.move_line(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_line(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def set_read_only(self, read_only: bool) -> None:
        """Hold back adding, changing, moving and removing lines (the data is open read-only):
        the plan, and the crisis help beside it, are there to read as always."""
        self.read_only = read_only
        buttons = [self.add_button, self.edit_button, self.remove_button]
        hold([*buttons, self.up_button, self.down_button], read_only)
        tell_why(self.tree, read_only)  # its own tooltip says how to change a line
        self.intro.setText(self._intro_text())
        self._update_buttons()

    def _intro_text(self) -> str:
        if self.read_only:
            return self.tr(
                "Your safety plan, to read here. It can be changed again once your data is "
                "open from a folder you can write to."
            )
        return self.tr(
            "Your safety plan is yours to write, ideally with your therapist. Fill in what you "
            "can; one line is a good start."
        )

    # -- showing ----------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Show the plan from the store, keeping the selection where it was."""
        keep = select_id if select_id is not None else self._selected_id()
        section = self.current_section()
        self.model.set_plan(safety.safety_plan(), self.palette(), self.fontMetrics().height())
        self.tree.expandAll()
        target = self._index_of(keep, section)
        if target.isValid():
            self.tree.setCurrentIndex(target)
        self._update_buttons()

    def _index_of(self, item_id: int | None, section: SafetySection | None) -> QModelIndex:
        for row in range(self.model.rowCount()):
            top = self.model.index(row, 0)
            for child in range(self.model.rowCount(top)):
                index = self.model.index(child, 0, top)
                line = index.data(RecordRole)
                if isinstance(line, SafetyItem) and line.id == item_id:
                    return index
            if top.data(SectionRole) == section and item_id is None:
                return top
        return self.model.index(0, 0)

    def selected_line(self) -> SafetyItem | None:
        """The line selected, if a line (not a section) is selected."""
        line = self.tree.currentIndex().data(RecordRole)
        return line if isinstance(line, SafetyItem) else None

    def _selected_id(self) -> int | None:
        line = self.selected_line()
        return line.id if line else None

    def current_section(self) -> SafetySection | None:
        """The section of whatever is selected."""
        value = self.tree.currentIndex().data(SectionRole)
        return SafetySection(value) if value is not None else None

    @Slot()
    def _update_buttons(self) -> None:
        line = self.selected_line() if not self.read_only else None
        self.add_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(line is not None)
        self.remove_button.setEnabled(line is not None)
        siblings = safety.section_items(line.section) if line else []
        place = [s.id for s in siblings].index(line.id) if line else -1
        self.up_button.setEnabled(place > 0)
        self.down_button.setEnabled(0 <= place < len(siblings) - 1)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if self.read_only:
            return
        if isinstance(index.data(RecordRole), SafetyItem):
            self.edit_line()
        else:
            self.add_line()

    # -- commands ---------------------------------------------------------------------------

    @Slot()
    def add_line(self) -> None:
        """Add a line to the selected part of the plan."""
        if self.read_only:
            return
        section = self.current_section() or SafetySection.WARNING_SIGNS
        dialog = SafetyItemDialog(section, parent=self)
        dialog.save = lambda: safety.add_item(dialog.chosen_section(), **dialog.values())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.writer.announce(Scope.ENCOURAGEMENT)
        self.refresh(select_id=dialog.saved.id)
        self.tree.setFocus()

    @Slot()
    def edit_line(self) -> None:
        """Change the selected line."""
        line = self.selected_line()
        if line is None or self.read_only:
            return
        dialog = SafetyItemDialog(line.section, line, parent=self)
        dialog.save = lambda: safety.edit_item(line.id, **dialog.values())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.writer.announce(Scope.ENCOURAGEMENT)
        self.refresh(select_id=line.id)

    @Slot()
    def remove_line(self) -> None:
        """Remove the selected line, after asking."""
        line = self.selected_line()
        if line is None or self.read_only:
            return
        if confirm(
            self,
            self.tr("Remove from your safety plan"),
            self.tr("Remove “%1” from your safety plan?").replace("%1", line.text),
            self.tr("Remove"),
            destructive=True,
        ) and self.writer.run(Scope.ENCOURAGEMENT, safety.delete_item, line.id):
            self.refresh()

    def move_line(self, step: int) -> None:
        """Move the selected line up (-1) or down (+1) within its part."""
        line = self.selected_line()
        if line is None or self.read_only:
            return
        if self.writer.run(Scope.ENCOURAGEMENT, safety.move_item, line.id, step):
            self.refresh(select_id=line.id)
