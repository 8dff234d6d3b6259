"""File → Import…: a journal from another app (Day One, jrnl, Daylio, RedNotebook, a folder of
Markdown notes) or our own export, with a preview before anything is written.

The file is read and checked in a worker thread (a big export takes a while, and the window
stays responsive); the preview compares it with the store in the UI thread, where the data is
open. Nothing is written until "Import N entries": then a backup, and one all-or-nothing write
(importing.adding) with a progress dialog whose Cancel leaves everything as it was.
"""

from __future__ import annotations

import contextlib
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

from desktop.store.errors import StoreError
from desktop.store.sources.entries import SourceKind
from desktop.store.sources.markdown import DEFAULT_PATTERN
from desktop.ui.app import import_words
from desktop.ui.app.import_words import KIND_NAMES
from desktop.ui.app.write import Writer
from desktop.ui.common import labels
from desktop.ui.common.i18n import explain


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
        for kind in KIND_NAMES:
            self.kind_combo.addItem(import_words.kind_name(kind), kind)
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
            with contextlib.suppress(RuntimeError):  # the dialog went while the file was read
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
                self._say(explain(outcome))  # the reader's words: it changed nothing
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
            self._say(explain(error))
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
        if shown.new == 0:
            self.import_button.setText(self.tr("Nothing new to import"))
        else:
            self.import_button.setText(self.tr("Import %Ln entries", "", shown.new))
        self.import_button.setEnabled(shown.new > 0)

    # -- the preview's words, and the moods ------------------------------------------------

    def summary_text(self) -> str:
        """The preview in words (import_words.summary)."""
        others = 0
        if self.shown.kind == SourceKind.BETWEEN_SESSIONS:
            from desktop.store.sources import own_export

            others = own_export.other_rows(self.reading)
        return import_words.summary(self.shown, others)

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
        app = import_words.kind_name(self.shown.kind)
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
            count = QLabel(labels.count(choice.entries))
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.moods_grid.addWidget(label, row, 0)
            self.moods_grid.addWidget(count, row, 1)
            self.moods_grid.addWidget(combo, row, 2)
            self.mood_combos[choice.label] = combo
        self.moods_grid.setColumnStretch(2, 1)
        # Made after the buttons, so Tab would reach them last: after the preview instead.
        before: QWidget = self.summary
        for combo in self.mood_combos.values():
            QWidget.setTabOrder(before, combo)
            before = combo
        QWidget.setTabOrder(before, self.import_button)

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
        if self.kind == SourceKind.BETWEEN_SESSIONS:
            return import_words.own_export_result(result)
        return import_words.source_result(self.shown, result)
