"""The person's questions for their next session: add, tick as asked, change the words in
place, reorder, remove. Words that couldn't be stored are never lost: they stay in the field,
or go back to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import session
from desktop.store.errors import CannotSaveError, InputError, QuestionNotFound, StoreError
from desktop.ui.app.events import Scope
from desktop.ui.app.write import Writer
from desktop.ui.common.i18n import explain
from desktop.ui.common.read_only import hold, tell_why
from desktop.ui.common.screen_reader import spoken
from desktop.ui.common.widgets import move_buttons, quiet, remove_keys
from desktop.ui.encouragement.models import QuestionModel


class QuestionsBox(QGroupBox):
    """The questions for the next session; emits changed after anything is stored."""

    changed = Signal()

    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your questions for the session"))
        self.writer = writer
        self.read_only = False  # set_read_only
        self._build()

    def refresh(self) -> None:
        """Show the questions from the store."""
        self._load_questions()

    def set_read_only(self, read_only: bool) -> None:
        """Hold back adding, ticking, changing, moving and removing questions (the data is
        open read-only): they can still be read."""
        self.read_only = read_only
        self.questions_model.read_only = read_only
        self.questions.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        tell_why(self.questions, read_only)  # its own tooltip says how to tick and change one
        buttons = [self.add_question_button, self.remove_question_button]
        hold([self.question_text, *buttons, self.up_button, self.down_button], read_only)
        self.question_text.setEnabled(not read_only)  # only for a new one: nothing to read
        self.questions.viewport().update()
        self._update_buttons()

    def _build(self) -> None:
        box = self
        self.questions_model = QuestionModel(self._store_question)
        self.questions = QListView()
        self.questions.setModel(self.questions_model)
        self.questions.setWordWrap(True)
        self.questions.setSpacing(2)
        self.questions.setAccessibleName(self.tr("Your questions for the session"))
        self.questions.setToolTip(
            self.tr("Space ticks a question as asked; F2 or a double-click changes its words")
        )
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.question_text = QLineEdit()
        self.question_text.setPlaceholderText(self.tr("Something you'd like to ask or say"))
        self.question_text.setAccessibleName(self.tr("New question"))
        self.question_text.setMaxLength(session.QUESTION_MAX)
        words = self.fontMetrics().horizontalAdvance(self.question_text.placeholderText())
        self.question_text.setMinimumWidth(words + self.fontMetrics().height())  # never cut
        self.add_question_button = QPushButton(self.tr("&Add"))
        self.remove_question_button = QPushButton(self.tr("&Remove"))
        self.up_button, self.down_button = move_buttons()
        # The new question has a line of its own, so that what it asks for is never cut.
        tools = QHBoxLayout()
        tools.addWidget(self.add_question_button)
        tools.addWidget(self.remove_question_button)
        tools.addStretch(1)
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)
        hint = quiet(
            QLabel(
                self.tr(
                    "Tick a question once you've asked it. Any you don't get to stay for next time."
                )
            )
        )
        hint.setWordWrap(True)
        self.question_problem = spoken(QLabel(), self.tr("Not saved yet"))
        self.question_problem.setWordWrap(True)
        self.question_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question_problem.hide()
        layout = QVBoxLayout(box)
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.question_problem)
        layout.addWidget(self.question_text)
        layout.addLayout(tools)
        layout.addWidget(hint)

        self.add_question_button.clicked.connect(self.add_question)
        self.question_text.returnPressed.connect(self.add_question)
        self.question_text.textChanged.connect(self._update_buttons)
        self.remove_question_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.questions.selectionModel().currentChanged.connect(self._update_buttons)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.questions)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_question(s))
        remove_keys(self.questions, self.remove_question)

    def _load_questions(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_question_id()
        self.questions_model.set_rows(session.questions())
        row = self.questions_model.row_of(keep) if keep is not None else None
        if row is not None:
            self.questions.setCurrentIndex(self.questions_model.index(row))
        self._update_buttons()

    def current_question_id(self) -> int | None:
        """The id of the selected question, if any."""
        index = self.questions.currentIndex()
        return self.questions_model.question(index.row()).id if index.isValid() else None

    @Slot()
    def _update_buttons(self) -> None:
        writable = not self.read_only
        self.add_question_button.setEnabled(writable and bool(self.question_text.text().strip()))
        row = self.questions.currentIndex().row() if writable else -1
        count = self.questions_model.rowCount()
        self.remove_question_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _store_question(self, question_id: int, text: str | None, done: bool | None) -> bool:
        # Not through write.Writer: an edit that can't be stored moves its words back to the
        # new-question field rather than losing them with the list's editor.
        try:
            if text is not None:
                stored = session.edit_question(question_id, text)
            else:
                stored = session.set_question_done(question_id, bool(done))
        except QuestionNotFound:
            return False
        except (CannotSaveError, InputError) as error:
            if text is not None:
                self._keep_unsaved_words(text, error)
            else:
                self._show_question_problem(error)
            return False
        self.question_problem.hide()
        self.questions_model.replace(stored)
        self.writer.announce(Scope.ENCOURAGEMENT)
        self.changed.emit()
        return True

    def _show_question_problem(self, error: StoreError, words: str = "") -> None:
        message = explain(error, in_place=True)
        if words:
            unsaved = self.tr("“%1” isn't saved yet. %2")
            message = unsaved.replace("%1", words).replace("%2", message)
        self.question_problem.setText(message)
        self.question_problem.show()

    def _keep_unsaved_words(self, text: str, error: StoreError) -> None:
        """An edit that could not be stored goes back to the new-question field, never lost."""
        if not self.question_text.text().strip():
            self.question_text.setText(text)
            self._show_question_problem(error)
        else:  # the field holds other words: keep both, the edit in the message
            self._show_question_problem(error, text)

    @Slot()
    def add_question(self) -> None:
        """Add the question typed."""
        if self._store_typed_question():
            self.question_text.setFocus()

    def _store_typed_question(self) -> bool | None:
        """Store the question typed: True when stored, False when it couldn't be, None when
        nothing was typed."""
        text = self.question_text.text()
        if not text.strip() or self.read_only:
            return None
        writer = self.writer.shown_in(self.question_problem)
        question = writer.result(Scope.ENCOURAGEMENT, session.add_question, text)
        if question is None:
            return False  # the words stay in the field, with the reason above it
        self.question_text.clear()
        self._load_questions(select_id=question.id)
        self.changed.emit()
        return True

    def commit_pending(self) -> bool:
        """Store a question typed but not yet added; False if it had to stay unsaved."""
        return self._store_typed_question() is not False

    @Slot()
    def remove_question(self) -> None:
        """Remove the selected question."""
        question_id = self.current_question_id()
        if question_id is None or self.read_only:
            return
        if not self.writer.run(Scope.ENCOURAGEMENT, session.delete_question, question_id):
            return
        self._load_questions()
        self.changed.emit()

    def move_question(self, step: int) -> None:
        """Move the selected question up (-1) or down (+1)."""
        question_id = self.current_question_id()
        if question_id is None or self.read_only:
            return
        if not self.writer.run(Scope.ENCOURAGEMENT, session.move_question, question_id, step):
            return
        self._load_questions(select_id=question_id)
        self.changed.emit()
