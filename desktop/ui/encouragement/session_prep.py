"""Session prep: when the next session is, the person's questions for it, and a summary of
everything since the last one, to read, print, or save as PDF or Markdown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.session import file_name, render_markdown
from desktop.store import session, session_summary
from desktop.store.encouragement_records import SessionRhythm, SessionSummary
from desktop.store.errors import StoreError
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.write import Writer
from desktop.ui.common import labels, synced
from desktop.ui.common.columns import FlowRow
from desktop.ui.common.dates import from_qdate, to_qdate
from desktop.ui.common.i18n import explain
from desktop.ui.common.labels import Counts
from desktop.ui.common.plain_file import plain_file_ok
from desktop.ui.common.read_only import hold
from desktop.ui.common.screen_reader import named, spoken
from desktop.ui.common.widgets import heading, quiet
from desktop.ui.encouragement.questions import QuestionsBox
from desktop.ui.encouragement.schedule_dialog import MarkDoneDialog, ScheduleDialog
from desktop.ui.encouragement.summary_charts import (
    add_images,
    chart_images,
    charts_markdown,
    stretch_for_summary,
    with_charts,
)
from desktop.ui.encouragement.summary_files import print_summary, save_markdown, save_pdf, tidy

CURRENT = -1  # the summary choice that means "since the last session", not a kept copy
CHOSEN_DAYS = -2  # the summary choice of any stretch of days, picked under it


def next_session_text(days: int | None, day: date | None) -> tuple[str, str]:
    """What to say about the next session: a main line and a quieter one under it."""
    if days is None or day is None:
        return QCoreApplication.translate(
            "SessionPrep", "No date set for your next session"
        ), QCoreApplication.translate(
            "SessionPrep", "Set it to see how long there is to go. It's fine not to know yet."
        )
    when = f"{labels.weekday(day, long=True)} {labels.day(day)}"
    if days == 0:
        return QCoreApplication.translate("SessionPrep", "Your session is today"), when
    if days == 1:
        return QCoreApplication.translate("SessionPrep", "Next session tomorrow"), when
    if days > 1:
        return Counts.tr("Next session in %Ln days", "", days), when
    return QCoreApplication.translate("SessionPrep", "Your session was on %1").replace(
        "%1", when
    ), QCoreApplication.translate(
        "SessionPrep", "When it's done, mark it as done to keep this summary and start a fresh one."
    )


class SessionPrep(QWidget):
    """The next session, the questions for it, and the summary since the last one."""

    def __init__(self, events: Events, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = Writer(events, self)
        self.today = today
        self.markdown = ""
        self.markdown_file = ""  # what a Markdown file holds: the charts as a table
        self.read_only = False  # set_read_only

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._build_schedule())
        self.questions_box = QuestionsBox(self.writer)
        left_layout.addWidget(self.questions_box, 1)

        self.choice = named(QComboBox(), self.tr("Which summary to show"))
        # As wide as its longest choice, always (the page gives it the room: never cut).
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.first_edit, self.last_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.first_edit, self.tr("From")), (self.last_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setDisplayFormat(labels.day_format())
            edit.hide()
            edit.dateChanged.connect(lambda _d: self._show_summary())
        self.charts_box = QCheckBox(self.tr("Include the &charts of these days"))
        self.charts_box.setToolTip(
            self.tr("Mood and energy, and each step week by week, as pictures and a table")
        )
        self.images: dict[str, QImage] = {}
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
        # Going on to a second line when one doesn't hold them (a large font, a narrow window).
        actions = FlowRow()
        for button in (self.print_button, self.pdf_button, self.markdown_button):
            actions.addWidget(button)
        actions.addWidget(self.done_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        # The margin beside the list: at the right when the layout runs right to left.
        right_layout.setContentsMargins(
            *((0, 0, margin, 0) if self.isRightToLeft() else (margin, 0, 0, 0))
        )
        choices = FlowRow()
        for widget in (self.choice, self.first_edit, self.last_edit, self.charts_box):
            choices.addWidget(widget)
        right_layout.addLayout(choices)
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

        self.choice.currentIndexChanged.connect(lambda _index: self._choice_changed())
        self.charts_box.toggled.connect(lambda _on: self._show_summary())
        self.print_button.clicked.connect(self.print_summary)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.markdown_button.clicked.connect(self.save_markdown)
        self.done_button.clicked.connect(self.mark_done)
        self.questions_box.changed.connect(self._show_summary)

    def _build_schedule(self) -> QGroupBox:
        box = QGroupBox(self.tr("Next session"))
        self.next_label = spoken(heading("", 1.3), self.tr("Next session"))
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

    def set_read_only(self, read_only: bool) -> None:
        """Hold back setting the date, marking the session done and changing the questions
        (the data is open read-only): the summary can still be read, printed and saved."""
        self.read_only = read_only
        hold([self.schedule_button, self.done_button], read_only)
        self.questions_box.set_read_only(read_only)
        self._update_done_button()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the schedule, the questions and the summary from the store."""
        schedule = session.get_schedule()
        main, detail = next_session_text(
            session.days_until(schedule, self.today), schedule.next_day
        )
        if schedule.next_day is not None and schedule.rhythm is not SessionRhythm.ONCE:
            detail = f"{detail} · {labels.WORDS.inline(labels.session_rhythm(schedule.rhythm))}"
        self.next_label.setText(main)
        self.next_detail.setText(detail)
        self.questions_box.refresh()
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
        self.choice.addItem(self.tr("Choose the days…"), CHOSEN_DAYS)
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

    def _choice_changed(self) -> None:
        chosen_days = self.choice.currentData() == CHOSEN_DAYS
        if chosen_days and not self.first_edit.isVisibleTo(self):
            first, last = self.period()
            for edit, day in ((self.first_edit, first), (self.last_edit, last)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(False)
        self.first_edit.setVisible(chosen_days)
        self.last_edit.setVisible(chosen_days)
        self._show_summary()

    def period(self) -> tuple[date, date]:
        """The first and last day of the summary chosen now (a kept copy: its own)."""
        chosen = self.choice.currentData()
        if chosen == CHOSEN_DAYS and self.first_edit.isVisibleTo(self):
            first, last = from_qdate(self.first_edit.date()), from_qdate(self.last_edit.date())
            return min(first, last), max(first, last)
        if chosen in (None, CURRENT, CHOSEN_DAYS):
            return session.period_start(self.today, session.get_schedule()), self.today
        record = session.get_record(int(chosen))
        return record.period_start, record.period_end

    def _current_summary(self) -> SessionSummary:
        first, last = self.period()
        if self.choice.currentData() == CHOSEN_DAYS:
            return session_summary.summary(last, first=first)
        return session_summary.summary(self.today)

    def _show_summary(self) -> None:
        chosen = self.choice.currentData()
        current = chosen in (None, CURRENT, CHOSEN_DAYS)
        if current:
            self.markdown = render_markdown(self._current_summary(), labels.WORDS)
        else:
            self.markdown = session.get_record(int(chosen)).markdown
        self.images = {}
        self.markdown_file = self.markdown
        if self.charts_box.isChecked():
            stretch = stretch_for_summary(*self.period())
            self.images = chart_images(stretch)
            self.markdown_file = with_charts(self.markdown, charts_markdown(stretch, images=False))
            self.markdown = with_charts(self.markdown, charts_markdown(stretch, images=True))
        scroll = self.summary.verticalScrollBar().value()
        self.summary.setMarkdown(self.markdown)
        add_images(self.summary.document(), self.images)  # (setting Markdown clears them)
        tidy(self.summary.document())
        self.summary.verticalScrollBar().setValue(scroll)
        self._update_done_button()

    def _update_done_button(self) -> None:
        # Only the summary since the last session can be marked done; a kept copy already was.
        current = self.choice.currentData() in (None, CURRENT)
        self.done_button.setEnabled(current and not self.read_only)

    def _suggested_name(self, suffix: str) -> str:
        chosen = self.choice.currentData()
        if chosen in (None, CURRENT, CHOSEN_DAYS):
            return file_name(self._current_summary(), suffix)
        return f"session-prep-{session.get_record(int(chosen)).period_end.isoformat()}.{suffix}"

    # -- schedule and marking done -----------------------------------------------------------

    @Slot()
    def edit_schedule(self) -> None:
        """Set the next session's date and rhythm, and the last session's day."""
        if self.read_only:
            return
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
        if self.read_only:
            return
        schedule = session.get_schedule()
        suggested = schedule.next_day if schedule.next_day is not None else self.today
        dialog = MarkDoneDialog(suggested, self.today, self)

        def save() -> object:
            day = dialog.session_day()
            markdown = render_markdown(session_summary.summary(day), labels.WORDS)
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
        if not plain_file_ok(self):  # a protected journal: this file is plain
            return None
        path, _ = synced.ask_where_to_save(
            self,
            title,
            self._suggested_name(suffix),
            name_filter,
            self.tr(
                "The summary holds your check-ins, what got in the way, your questions and "
                "the journal entries you marked to bring to your session."
            ),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(f".{suffix}")

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved as %1").replace("%1", str(path)))
        self.status.show()

    def _could_not_save(self, error: Exception) -> None:
        if isinstance(error, StoreError):
            said = explain(error)
        else:
            said = self.tr("The summary couldn't be saved (%1). Nothing else was changed.")
            said = said.replace("%1", getattr(error, "strerror", None) or str(error))
        QMessageBox.warning(self, self.tr("Not saved"), said)

    @Slot()
    def save_pdf(self) -> None:
        """Save the summary as a PDF file."""
        path = self._ask_path(self.tr("Save as PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            self._saved(save_pdf(self.markdown, path, self.tr("Session prep"), self.images))
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
            self._saved(save_markdown(self.markdown_file, path))
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
            print_summary(self.markdown, printer, self.images)

    def commit_pending(self) -> bool:
        """Store a question typed but not yet added; False if it had to stay unsaved."""
        return self.questions_box.commit_pending()
