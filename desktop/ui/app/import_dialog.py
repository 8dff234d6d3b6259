"""File → Import…: a journal from another app (Day One, jrnl, Daylio, RedNotebook, a folder of
Markdown notes) or our own export, with a preview before anything is written.

The file is read and checked in a worker thread (a big export takes a while, and the window
stays responsive); the preview compares it with the store in the UI thread, where the data is
open. Nothing is written until "Import N entries": then a backup, and one all-or-nothing write
(importing.adding) with a progress dialog whose Cancel leaves everything as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.words import QT_TRANSLATE_NOOP
from desktop.store.errors import StoreError
from desktop.store.sources.entries import SourceKind
from desktop.store.sources.markdown import DEFAULT_PATTERN
from desktop.ui.app.write import Writer
from desktop.ui.common import labels
from desktop.ui.common.i18n import explain

#: The apps, as the kind chooser names them (in the order people most often come from).
KIND_NAMES = {
    SourceKind.DAYONE: QT_TRANSLATE_NOOP("ImportDialog", "Day One"),
    SourceKind.JRNL: QT_TRANSLATE_NOOP("ImportDialog", "jrnl"),
    SourceKind.DAYLIO: QT_TRANSLATE_NOOP("ImportDialog", "Daylio"),
    SourceKind.REDNOTEBOOK: QT_TRANSLATE_NOOP("ImportDialog", "RedNotebook"),
    SourceKind.MARKDOWN: QT_TRANSLATE_NOOP("ImportDialog", "Markdown notes"),
    SourceKind.BETWEEN_SESSIONS: QT_TRANSLATE_NOOP("ImportDialog", "A Between Sessions export"),
}


class ImportCancelled(Exception):
    """The person cancelled the write: raised inside it, so it is rolled back whole."""


def read(path: Path, kind: SourceKind | None, date_pattern: str) -> tuple[SourceKind | None, Any]:
    """What the worker thread does: the kind (told from the file when None) and the file read
    and checked whole (a Reading, or our own export's CheckedDocument); no store, no Qt."""
    from desktop.store import importing
    from desktop.store.sources import detect

    if kind is None:
        kind = detect.detect(path)
        if kind is None and path.suffix.lower() == ".json" and path.is_file():
            kind = SourceKind.BETWEEN_SESSIONS  # its own words if it isn't one
        if kind is None:
            return None, None
    if kind == SourceKind.BETWEEN_SESSIONS:
        document = importing.read_document(importing.read_file(path))
        return kind, importing.check_document(document)
    return kind, detect.read_source(path, kind, date_pattern=date_pattern)


class _Done(QObject):
    """Carries a worker's outcome back to the UI thread (a queued signal)."""

    done = Signal(int, object)


class ImportDialog(QDialog):
    """Choose a file or folder, see what importing it would do, then import it all or nothing."""

    #: A preview or a problem is shown (the reading finished), for tests and screen readers.
    previewed = Signal()

    def __init__(
        self, db_path: Path, writer: Writer, parent: QWidget | None = None, *, start: Path
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.writer = writer
        self.start = start
        self.path: Path | None = None
        self.kind: SourceKind | None = None
        self.reading: Any = None
        self.shown: Any = None  # the ImportPreview on screen
        self.moods: dict[str, int | None] = {}
        self.result_text = ""  # what the import did, said once the dialog has closed
        self._generation = 0
        self._done = _Done(self)
        self._done.done.connect(self._read_done)
        self.setWindowTitle(self.tr("Import"))
        self._build()
        self._show_nothing_yet()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Bring in a journal from Day One, jrnl, Daylio, RedNotebook, a folder of "
                "Markdown notes, or a Between Sessions export. You'll see what it holds "
                "before anything is added."
            )
        )
        intro.setWordWrap(True)
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setPlaceholderText(self.tr("No file chosen yet"))
        self.path_field.setAccessibleName(self.tr("File or folder to import"))
        self.file_button = QPushButton(self.tr("Choose a &file…"))
        self.file_button.setAccessibleName(self.tr("Choose a file to import"))
        self.file_button.setToolTip(self.tr("A .zip, .json, .csv or .txt file"))
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder to import"))
        self.folder_button.setToolTip(self.tr("A RedNotebook journal or a folder of notes"))
        self.folder_button.clicked.connect(self.choose_folder)
        choosing = QHBoxLayout()
        choosing.addWidget(self.path_field, 1)
        choosing.addWidget(self.file_button)
        choosing.addWidget(self.folder_button)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Choose which app…"), None)
        for kind, name in KIND_NAMES.items():
            self.kind_combo.addItem(self.tr(name), kind)
        self.kind_combo.setAccessibleName(self.tr("Which app it comes from"))
        self.kind_combo.activated.connect(self._kind_chosen)
        self.pattern_field = QLineEdit(DEFAULT_PATTERN)
        self.pattern_field.setAccessibleName(self.tr("Date in the notes' file names"))
        self.pattern_field.setToolTip(self.tr("For example YYYY-MM-DD or DD.MM.YYYY"))
        self.pattern_field.editingFinished.connect(self._pattern_changed)
        form = QFormLayout()
        form.addRow(self.tr("From:"), choosing)
        kind_label = QLabel(self.tr("&Comes from:"))
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        self.pattern_label = QLabel(self.tr("&Date in file names:"))
        self.pattern_label.setBuddy(self.pattern_field)
        form.addRow(self.pattern_label, self.pattern_field)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # Tab reaches it, so a screen reader reads what the import would do.
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.summary.setAccessibleName(self.tr("What the import would do"))
        self.moods_box = QGroupBox(self.tr("Moods"))
        self.moods_grid = QGridLayout(self.moods_box)
        self.moods_grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 3)
        self.mood_combos: dict[str, QComboBox] = {}

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_now)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel, import nothing"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.moods_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

    def _show_markdown_pattern(self, shown: bool) -> None:
        self.pattern_label.setVisible(shown)
        self.pattern_field.setVisible(shown)

    def _show_nothing_yet(self) -> None:
        self.shown = None
        self.reading = None
        self._show_markdown_pattern(self.kind == SourceKind.MARKDOWN)
        self.moods_box.hide()
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)

    # -- choosing and reading -------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        """Ask for a file (a zip, JSON, CSV or text export) and read it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            str(self.start),
            self.tr("Journal exports (*.zip *.json *.csv *.txt *.md);;All files (*)"),
        )
        if chosen:
            self.open_path(Path(chosen))

    @Slot()
    def choose_folder(self) -> None:
        """Ask for a folder (a RedNotebook journal, Markdown notes) and read it."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"), str(self.start))
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: Path, kind: SourceKind | None = None) -> None:
        """Read path (its kind told from it when None) in a worker; the preview follows."""
        self.path = path
        self.kind = kind
        self.path_field.setText(str(path))
        self._read()

    def _read(self) -> None:
        if self.path is None:
            return
        self._show_nothing_yet()
        self._say(self.tr("Reading %1…").replace("%1", self.path.name))
        self._generation += 1
        generation, path, kind = self._generation, self.path, self.kind
        pattern = self.pattern_field.text().strip() or DEFAULT_PATTERN
        done = self._done

        def work() -> None:
            try:
                outcome: object = read(path, kind, pattern)
            except StoreError as error:
                outcome = error
            except Exception as error:  # handed to the UI thread, raised there
                outcome = RuntimeError(f"reading {path.name}: {error!r}")
            done.done.emit(generation, outcome)

        QThreadPool.globalInstance().start(work)

    @Slot(int)
    def _kind_chosen(self, index: int) -> None:
        kind = self.kind_combo.itemData(index)
        if kind is not None and kind != self.kind:
            self.kind = SourceKind(kind)
            self._read()

    @Slot()
    def _pattern_changed(self) -> None:
        if self.kind == SourceKind.MARKDOWN and self.pattern_field.isModified():
            self.pattern_field.setModified(False)
            self._read()

    @Slot(int, object)
    def _read_done(self, generation: int, outcome: object) -> None:
        if generation != self._generation:
            return  # a later choice is being read
        try:
            if isinstance(outcome, RuntimeError):
                raise outcome
            if isinstance(outcome, StoreError):
                self._say(explain(outcome) + "\n\n" + self.tr("Nothing was added."))
                return
            assert isinstance(outcome, tuple)
            kind, reading = outcome
            self.kind = kind
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
            self._show_markdown_pattern(kind == SourceKind.MARKDOWN)
            if kind is None:
                self._say(self.tr("Which app does this come from? Choose it above."))
                return
            self.reading = reading
            self.moods = {}
            self._preview()
        finally:
            self.previewed.emit()

    def _preview(self) -> None:
        from desktop.store.sources import own_export, preview

        assert self.path is not None
        try:
            if self.kind == SourceKind.BETWEEN_SESSIONS:
                self.shown = own_export.preview(self.reading, self.path.name)
            else:
                self.shown = preview.preview(self.reading, self.moods)
        except StoreError as error:
            self.reading = None
            self._say(explain(error) + "\n\n" + self.tr("Nothing was added."))
            return
        self._say(self.summary_text())
        self._show_moods()
        self._set_import_button()

    def _set_import_button(self) -> None:
        shown = self.shown
        if self.kind == SourceKind.BETWEEN_SESSIONS:
            self.import_button.setText(self.tr("Import"))
            self.import_button.setEnabled(True)  # plan, notes and the rest come along too
            return
        self.import_button.setText(
            self.tr("Import 1 entry")
            if shown.new == 1
            else self.tr("Import %1 entries").replace("%1", f"{shown.new:,}")
        )
        self.import_button.setEnabled(shown.new > 0)

    # -- the preview's words --------------------------------------------------------------

    def _entries(self, count: int) -> str:
        return (
            self.tr("1 entry") if count == 1 else self.tr("%1 entries").replace("%1", f"{count:,}")
        )

    def summary_text(self) -> str:
        """The preview in words: how many, which days, how many already here, what stays out."""
        shown = self.shown
        name = self.tr(KIND_NAMES[shown.kind])
        lines = []
        if shown.entries == 0:
            lines.append(self.tr("%1 holds no entries to bring in.").replace("%1", shown.name))
        elif shown.first_day == shown.last_day:
            lines.append(
                self.tr("%1 from %2, on %3.")
                .replace("%1", self._entries(shown.entries))
                .replace("%2", name)
                .replace("%3", labels.day(shown.first_day))
            )
        else:
            lines.append(
                self.tr("%1 from %2, %3 to %4.")
                .replace("%1", self._entries(shown.entries))
                .replace("%2", name)
                .replace("%3", labels.day(shown.first_day))
                .replace("%4", labels.day(shown.last_day))
            )
        if shown.already_here:
            lines.append(
                self.tr("%1 already here, so not added again.").replace(
                    "%1", self._entries(shown.already_here)
                )
            )
        if shown.entries and not shown.new and shown.kind != SourceKind.BETWEEN_SESSIONS:
            lines.append(self.tr("Everything in it is already here: nothing to add."))
        left_out = self.left_out_lines()
        if left_out:
            lines.append(self.tr("Left out:") + "\n" + "\n".join(f"• {line}" for line in left_out))
        if shown.unknown_time_zones:
            lines.append(
                self.tr(
                    "%1 have a time zone the app doesn't know; their times stay as the other "
                    "app kept them, in UTC."
                ).replace("%1", self._entries(shown.unknown_time_zones))
            )
        if shown.kind == SourceKind.BETWEEN_SESSIONS:
            from desktop.store.sources import own_export

            others = own_export.other_rows(self.reading)
            if others:
                lines.append(
                    self.tr(
                        "And %1 more things: plan items, check-ins, notes and the rest. Those "
                        "already here are recognised and not added again."
                    ).replace("%1", f"{others:,}")
                )
        return "\n\n".join(lines)

    def left_out_lines(self) -> list[str]:
        """What stays out of the import, and why, one line each."""
        left = self.shown.left_out
        said = []
        for count, one, many in (
            (
                left.photos,
                self.tr("1 photo or attachment (it stays in the other app)"),
                self.tr("%1 photos and attachments (they stay in the other app)"),
            ),
            (
                left.empty,
                self.tr("1 empty entry (nothing written in it)"),
                self.tr("%1 empty entries (nothing written in them)"),
            ),
            (
                left.other_files,
                self.tr("1 file that isn't a note"),
                self.tr("%1 files that aren't notes"),
            ),
            (
                left.undated,
                self.tr("1 note without a date in its name"),
                self.tr("%1 notes without a date in their names"),
            ),
            (
                left.repeated,
                self.tr("1 entry that was there twice (kept once)"),
                self.tr("%1 entries that were there twice (kept once)"),
            ),
        ):
            if count:
                said.append(one if count == 1 else many.replace("%1", f"{count:,}"))
        return said

    def _show_moods(self) -> None:
        while self.moods_grid.count():
            item = self.moods_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mood_combos = {}
        moods = self.shown.moods
        self.moods_box.setVisible(bool(moods))
        if not moods:
            return
        app = self.tr(KIND_NAMES[self.shown.kind])
        self.moods_box.setTitle(
            self.tr("%1's moods, and the mood each becomes here").replace("%1", app)
        )
        headings = (self.tr("In %1").replace("%1", app), self.tr("Entries"), self.tr("Becomes"))
        for column, heading in enumerate(headings):
            header = QLabel(heading)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.moods_grid.addWidget(header, 0, column)
        for row, choice in enumerate(moods, start=1):
            label = QLabel(choice.label)
            combo = QComboBox()
            combo.addItem(self.tr("No mood"), None)
            for value in range(1, 6):
                combo.addItem(labels.mood(value), value)
            combo.setCurrentIndex(max(combo.findData(choice.mood), 0))
            combo.setAccessibleName(self.tr("Mood for %1").replace("%1", choice.label))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(
                lambda _i, word=choice.label, box=combo: self._mood_chosen(word, box)
            )
            count = QLabel(f"{choice.entries:,}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.moods_grid.addWidget(label, row, 0)
            self.moods_grid.addWidget(count, row, 1)
            self.moods_grid.addWidget(combo, row, 2)
            self.mood_combos[choice.label] = combo
        self.moods_grid.setColumnStretch(2, 1)

    def _mood_chosen(self, word: str, combo: QComboBox) -> None:
        self.moods[word] = combo.currentData()

    # -- importing ------------------------------------------------------------------------

    @Slot()
    def import_now(self) -> None:
        """Back up, then import it all or nothing, with progress; close with what it did."""
        if self.reading is None or self.shown is None:
            return
        self.import_button.setEnabled(False)
        try:
            done = self._write()
        finally:
            self.import_button.setEnabled(True)
        if done:
            self.accept()

    def _write(self) -> bool:
        from desktop.ui.app.events import Scope

        progress = QProgressDialog(
            self.tr("Adding the entries…"), self.tr("Cancel"), 0, max(self.shown.new, 1), self
        )
        progress.setWindowTitle(self.tr("Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)

        def told(added: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(added)  # (a window-modal progress dialog keeps events going)
            QApplication.processEvents()
            if progress.wasCanceled():
                raise ImportCancelled

        try:
            result = self.writer.result(Scope.EVERYTHING, self._back_up_and_import, told)
        except ImportCancelled:
            self._say(self.summary_text() + "\n\n" + self.tr("Cancelled: nothing was added."))
            return False
        finally:
            progress.close()
        if result is None:
            return False  # the writer said why; nothing was added
        self.result_text = self._result_words(result)
        return True

    def _back_up_and_import(self, told: Any) -> Any:
        from desktop.store import backup, importing
        from desktop.store.sources import write

        backup.make_backup(self.db_path, "before-import")
        if self.kind == SourceKind.BETWEEN_SESSIONS:
            return importing.import_document(self.reading)
        return write.import_reading(self.reading, self.moods, progress=told)

    def _result_words(self, result: Any) -> str:
        """A calm sentence or two: how many were added, from where, and what stayed out."""
        if self.kind == SourceKind.BETWEEN_SESSIONS:
            added = result.added.get("journal_entry", 0)
            others = result.total_added - added - result.added.get("tag", 0)
            text = self.tr("Added %1 from your export.").replace("%1", self._entries(added))
            if others:
                text += " " + self.tr(
                    "And %1 more things: plan items, notes and the rest."
                ).replace("%1", f"{others:,}")
            return text
        name = self.tr(KIND_NAMES[self.shown.kind])
        text = (
            self.tr("Added %1 from %2.")
            .replace("%1", self._entries(result.added))
            .replace("%2", name)
        )
        if result.already_here:
            text += " " + self.tr("%1 already here.").replace(
                "%1", self._entries(result.already_here)
            )
        photos = self.shown.left_out.photos
        if photos:
            text += " " + (
                self.tr("1 photo wasn't brought over.")
                if photos == 1
                else self.tr("%1 photos weren't brought over.").replace("%1", f"{photos:,}")
            )
        return text
