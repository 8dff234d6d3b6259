"""Session prep: when the next session is, the person's questions for it, and a summary of
everything since the last one, to read, print, or save as PDF or Markdown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.session import file_name, render_markdown
from desktop.store import session
from desktop.store.encouragement_records import SessionRhythm
from desktop.store.errors import CannotSaveError, InputError, QuestionNotFound, StoreError
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.write import Writer
from desktop.ui.common import labels
from desktop.ui.common.i18n import explain
from desktop.ui.common.widgets import heading, move_buttons, quiet
from desktop.ui.encouragement.models import QuestionModel
from desktop.ui.encouragement.schedule_dialog import MarkDoneDialog, ScheduleDialog
from desktop.ui.encouragement.summary_files import print_summary, save_markdown, save_pdf, tidy

CURRENT = -1  # the summary choice that means "since the last session", not a kept copy


def tr(text: str) -> str:
    """Translate a text of this page outside an instance."""
    return QCoreApplication.translate("SessionPrep", text)


def next_session_text(days: int | None, day: date | None) -> tuple[str, str]:
    """What to say about the next session: a main line and a quieter one under it."""
    if days is None or day is None:
        return tr("No date set for your next session"), tr(
            "Set it to see how long there is to go. It's fine not to know yet."
        )
    when = f"{labels.weekday(day, long=True)} {labels.day(day)}"
    if days == 0:
        return tr("Your session is today"), when
    if days == 1:
        return tr("Next session tomorrow"), when
    if days > 1:
        return tr("Next session in %1 days").replace("%1", str(days)), when
    return tr("Your session was on %1").replace("%1", when), tr(
        "When it's done, mark it as done to keep this summary and start a fresh one."
    )


class SessionPrep(QWidget):
    """The next session, the questions for it, and the summary since the last one."""

    def __init__(self, events: Events, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = Writer(events, self)
        self.today = today
        self.markdown = ""

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._build_schedule())
        left_layout.addWidget(self._build_questions(), 1)

        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Which summary to show"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Session summary"))
        self.summary.setOpenLinks(False)
        margin = self.fontMetrics().height() // 2
        self.summary.document().setDocumentMargin(margin * 2)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.markdown_button = QPushButton(self.tr("Save as &Markdown…"))
        self.done_button = QPushButton(self.tr("Mark session as d&one…"))
        self.done_button.setToolTip(
            self.tr("Keep a copy of this summary and start a fresh one from the session's day")
        )
        self.status = quiet(QLabel())
        self.status.setWordWrap(True)
        self.status.hide()
        actions = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.markdown_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.done_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(margin, 0, 0, 0)
        right_layout.addWidget(self.choice)
        right_layout.addWidget(self.summary, 1)
        right_layout.addWidget(self.status)
        right_layout.addLayout(actions)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 48, width * 80])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.choice.currentIndexChanged.connect(lambda _index: self._show_summary())
        self.print_button.clicked.connect(self.print_summary)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.markdown_button.clicked.connect(self.save_markdown)
        self.done_button.clicked.connect(self.mark_done)

    def _build_schedule(self) -> QGroupBox:
        box = QGroupBox(self.tr("Next session"))
        self.next_label = heading("", 1.3)
        self.next_label.setAccessibleName(self.tr("Next session"))
        self.next_detail = quiet(QLabel())
        self.next_detail.setWordWrap(True)
        self.schedule_button = QPushButton(self.tr("Set the da&te…"))
        row = QHBoxLayout()
        row.addWidget(self.schedule_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.next_label)
        layout.addWidget(self.next_detail)
        layout.addLayout(row)
        self.schedule_button.clicked.connect(self.edit_schedule)
        return box

    def _build_questions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your questions for the session"))
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
        self.add_question_button = QPushButton(self.tr("&Add"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.question_text, 1)
        add_row.addWidget(self.add_question_button)
        self.remove_question_button = QPushButton(self.tr("&Remove"))
        self.up_button, self.down_button = move_buttons()
        tools = QHBoxLayout()
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
        self.question_problem = QLabel()
        self.question_problem.setWordWrap(True)
        self.question_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question_problem.setAccessibleName(self.tr("Not saved yet"))
        self.question_problem.hide()
        layout = QVBoxLayout(box)
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.question_problem)
        layout.addLayout(add_row)
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
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.questions)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_question)
        return box

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the schedule, the questions and the summary from the store."""
        schedule = session.get_schedule()
        main, detail = next_session_text(
            session.days_until(schedule, self.today), schedule.next_day
        )
        if schedule.next_day is not None and schedule.rhythm is not SessionRhythm.ONCE:
            detail = f"{detail} · {labels.session_rhythm(schedule.rhythm).lower()}"
        self.next_label.setText(main)
        self.next_detail.setText(detail)
        self._load_questions()
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        start = session.period_start(self.today, schedule)
        self.choice.addItem(
            self.tr("Since %1 (your last session)").replace("%1", labels.day(start))
            if schedule.last_day is not None and schedule.last_day <= self.today
            else self.tr("The last two weeks"),
            CURRENT,
        )
        for record in session.records():
            self.choice.addItem(
                self.tr("Kept copy: the session on %1").replace(
                    "%1", labels.day(record.period_end)
                ),
                record.id,
            )
        self.choice.setCurrentIndex(max(self.choice.findData(chosen), 0))
        self.choice.blockSignals(False)
        self._show_summary()

    def _load_questions(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_question_id()
        self.questions_model.set_rows(session.questions())
        row = self.questions_model.row_of(keep) if keep is not None else None
        if row is not None:
            self.questions.setCurrentIndex(self.questions_model.index(row))
        self._update_buttons()

    def _show_summary(self) -> None:
        chosen = self.choice.currentData()
        current = chosen in (None, CURRENT)
        if current:
            self.markdown = render_markdown(session.summary(self.today), labels.WORDS)
        else:
            self.markdown = session.get_record(int(chosen)).markdown
        scroll = self.summary.verticalScrollBar().value()
        self.summary.setMarkdown(self.markdown)
        tidy(self.summary.document())
        self.summary.verticalScrollBar().setValue(scroll)
        self.done_button.setEnabled(current)

    def current_question_id(self) -> int | None:
        """The id of the selected question, if any."""
        index = self.questions.currentIndex()
        return self.questions_model.question(index.row()).id if index.isValid() else None

    @Slot()
    def _update_buttons(self) -> None:
        self.add_question_button.setEnabled(bool(self.question_text.text().strip()))
        row = self.questions.currentIndex().row()
        count = self.questions_model.rowCount()
        self.remove_question_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _suggested_name(self, suffix: str) -> str:
        chosen = self.choice.currentData()
        if chosen in (None, CURRENT):
            return file_name(session.summary(self.today), suffix)
        return f"session-prep-{session.get_record(int(chosen)).period_end.isoformat()}.{suffix}"

    # -- questions --------------------------------------------------------------------------

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
        self._show_summary()
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
        if not text.strip():
            return None
        writer = self.writer.shown_in(self.question_problem)
        question = writer.result(Scope.ENCOURAGEMENT, session.add_question, text)
        if question is None:
            return False  # the words stay in the field, with the reason above it
        self.question_text.clear()
        self._load_questions(select_id=question.id)
        self._show_summary()
        return True

    def commit_pending(self) -> bool:
        """Store a question typed but not yet added; False if it had to stay unsaved."""
        return self._store_typed_question() is not False

    @Slot()
    def remove_question(self) -> None:
        """Remove the selected question."""
        question_id = self.current_question_id()
        if question_id is None:
            return
        if not self.writer.run(Scope.ENCOURAGEMENT, session.delete_question, question_id):
            return
        self._load_questions()
        self._show_summary()

    def move_question(self, step: int) -> None:
        """Move the selected question up (-1) or down (+1)."""
        question_id = self.current_question_id()
        if question_id is None:
            return
        if not self.writer.run(Scope.ENCOURAGEMENT, session.move_question, question_id, step):
            return
        self._load_questions(select_id=question_id)
        self._show_summary()

    # -- schedule and marking done -----------------------------------------------------------

    @Slot()
    def edit_schedule(self) -> None:
        """Set the next session's date and rhythm, and the last session's day."""
        dialog = ScheduleDialog(session.get_schedule(), self.today, self)

        def save() -> object:
            chosen = dialog.schedule()
            return session.set_schedule(chosen.next_day, chosen.rhythm, chosen.last_day)

        dialog.save = save
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.writer.announce(Scope.ENCOURAGEMENT)
        self.refresh()

    @Slot()
    def mark_done(self) -> None:
        """Keep a copy of the summary and start the next period."""
        schedule = session.get_schedule()
        suggested = schedule.next_day if schedule.next_day is not None else self.today
        dialog = MarkDoneDialog(suggested, self.today, self)

        def save() -> object:
            day = dialog.session_day()
            markdown = render_markdown(session.summary(day), labels.WORDS)
            return session.mark_done(day, markdown, today=self.today)

        dialog.save = save
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.writer.announce(Scope.ENCOURAGEMENT)
        day = dialog.session_day()
        self.choice.setCurrentIndex(0)
        self.refresh()
        self.status.setText(
            self.tr(
                "A copy of the summary is kept: choose “Kept copy” above it to read it "
                "again. A fresh one starts from %1."
            ).replace("%1", labels.day(day))
        )
        self.status.show()

    # -- paper and files --------------------------------------------------------------------

    def _ask_path(self, title: str, suffix: str, name_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self._suggested_name(suffix))
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, name_filter)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(f".{suffix}")

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved as %1").replace("%1", str(path)))
        self.status.show()

    def _could_not_save(self, error: Exception) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("The summary couldn't be saved (%1). Nothing else was changed.").replace(
                "%1", str(error)
            ),
        )

    @Slot()
    def save_pdf(self) -> None:
        """Save the summary as a PDF file."""
        path = self._ask_path(self.tr("Save as PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            self._saved(save_pdf(self.markdown, path, self.tr("Session prep")))
        except (OSError, StoreError) as error:
            self._could_not_save(error)

    @Slot()
    def save_markdown(self) -> None:
        """Save the summary as a Markdown file."""
        path = self._ask_path(
            self.tr("Save as Markdown"), "md", self.tr("Markdown files (*.md *.markdown)")
        )
        if path is None:
            return
        try:
            self._saved(save_markdown(self.markdown, path))
        except (OSError, StoreError) as error:
            self._could_not_save(error)

    @Slot()
    def print_summary(self) -> None:
        """Print the summary."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the session summary"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_summary(self.markdown, printer)
