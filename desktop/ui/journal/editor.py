"""One journal entry, edited in place and saved by itself: no save button needed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import journal, search
from desktop.store.errors import EntryNotFound, StoreError
from desktop.store.records import MOOD_RANGE, EntryFields, JournalEntry, ThoughtRecord
from desktop.ui.common import labels
from desktop.ui.common.dates import from_qdate, to_qdate
from desktop.ui.common.i18n import explain
from desktop.ui.common.read_only import hold
from desktop.ui.common.screen_reader import named, spoken
from desktop.ui.common.tag_edit import TagEdit
from desktop.ui.common.widgets import quiet
from desktop.ui.journal.thought_record_form import ThoughtRecordForm

#: Typing is stored this long after the first unsaved change, even while typing goes on, so
#: a crash loses at most this much.
AUTOSAVE_MS = 700
RETRY_MS = 5000


def _scale_combo(name: str, words: dict[int, str], empty: str) -> QComboBox:
    combo = named(QComboBox(), name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(17)  # "Energy: not noted" in full
    combo.addItem(empty, None)
    for value, word in words.items():
        combo.addItem(word, value)
    return combo


class JournalEditor(QWidget):
    """Edits one entry and stores it shortly after each change, on switching away and on Ctrl+S."""

    saved = Signal(int, bool)  # entry id, whether it was new
    delete_requested = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id: int | None = None
        self.in_trash = False
        self.dirty = False
        self._record_open = False
        self._loading = False
        self.read_only = False  # set_read_only
        self._shown = EntryFields(day=today)  # the fields as last filled in
        self._opened_id: int | None = None  # the stored entry opened (not one started here)
        self._matches_for: tuple[int | None, str] | None = None  # show_matches' last words
        self._edited = False  # since it was filled in
        self._title_marked = False
        self._marked = False  # (the marks' module loads with the first words searched for)

        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(labels.day_format())
        self.day.setAccessibleName(self.tr("Date"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title.setFont(title_font)

        self.prompt = spoken(QLabel(), self.tr("Prompt"))
        self.prompt.setWordWrap(True)
        italic = QFont(self.prompt.font())
        italic.setItalic(True)
        self.prompt.setFont(italic)
        self.remove_prompt = QToolButton()
        self.remove_prompt.setText("×")
        self.remove_prompt.setAccessibleName(self.tr("Remove the prompt"))
        self.remove_prompt.setToolTip(self.tr("Remove the prompt"))
        self.remove_prompt.setAutoRaise(True)
        self.prompt_box = QWidget()
        self.prompt_box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.prompt_box.setAutoFillBackground(True)
        prompt_row = QHBoxLayout(self.prompt_box)
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.remove_prompt, 0, Qt.AlignmentFlag.AlignTop)

        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setPlaceholderText(self._body_placeholder())
        self.body.setTabChangesFocus(True)

        self.record_form = ThoughtRecordForm()
        self.record_form.hide()
        self.record_button = QPushButton(self.tr("Add a &thought record"))
        mood, energy = self.tr("Mood: %1"), self.tr("Energy: %1")
        self.mood = _scale_combo(
            self.tr("Mood"),
            {v: mood.replace("%1", labels.mood(v)) for v in MOOD_RANGE},
            mood.replace("%1", self.tr("not noted")),
        )
        self.energy = _scale_combo(
            self.tr("Energy"),
            {v: energy.replace("%1", labels.energy(v)) for v in MOOD_RANGE},
            energy.replace("%1", self.tr("not noted")),
        )
        self.tags = TagEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags"))  # (short: the field is narrow at 16 pt)
        self.tags.setToolTip(self.tr("Tags, separated by commas"))
        self.bring = QCheckBox(self.tr("&Bring to next session"))
        self.private = QCheckBox(self.tr("&Private, not ready to share"))
        self.status = spoken(QLabel(), self.tr("Save status"))
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.setWordWrap(True)  # a message about the disk can be long
        self.delete_button = QPushButton(self.tr("Move to trash"))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.day)
        meta = QHBoxLayout()
        meta.addWidget(self.mood)
        meta.addWidget(self.energy)
        meta.addWidget(self.tags, 1)
        # Both ticked: private wins, and it is said where the boxes are.
        self.private_wins = quiet(
            QLabel(self.tr("Private comes first: this entry stays out of the session summary."))
        )
        self.private_wins.setWordWrap(True)
        self.private_wins.hide()
        flags = QHBoxLayout()
        flags.addWidget(self.bring)
        flags.addWidget(self.private)
        flags.addWidget(self.private_wins, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.record_button)
        bottom.addWidget(self.delete_button)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.body)
        self.split.addWidget(self.record_form)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(meta)
        layout.addLayout(flags)
        layout.addWidget(self.prompt_box)
        layout.addWidget(self.split, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save)
        self.title.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.tags.textEdited.connect(self._changed)
        self.day.dateChanged.connect(self._changed)
        for combo in (self.mood, self.energy):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.bring, self.private):
            box.toggled.connect(self._changed)
            box.toggled.connect(self._show_which_wins)
        self.record_form.changed.connect(self._changed)
        self.record_button.clicked.connect(self._toggle_record)
        self.remove_prompt.clicked.connect(self._remove_prompt)
        self.delete_button.clicked.connect(self.delete_requested)
        self.start_new(today)

    # -- showing ----------------------------------------------------------------------------

    @Slot()
    def _show_which_wins(self) -> None:
        self.private_wins.setVisible(self.bring.isChecked() and self.private.isChecked())

    def start_new(self, day: date, prompt: str = "") -> None:
        """Show an empty entry for day; it is stored only once something is written."""
        self.show_fields(None, EntryFields(day=day, prompt=prompt))

    def show_entry(self, entry: JournalEntry) -> None:
        """Show a stored entry."""
        self.show_fields(entry.id, entry.fields)
        self.in_trash = entry.deleted_at is not None
        self._opened_id = entry.id

    def show_fields(self, entry_id: int | None, fields: EntryFields) -> None:
        """Fill the editor (nothing is stored by filling it)."""
        self._timer.stop()
        self._loading = True
        self._clear_matches()
        self._shown, self._opened_id, self._matches_for = fields, None, None
        self._edited = False
        self.entry_id = entry_id
        self.in_trash = False
        self.day.setDate(to_qdate(fields.day))
        self.title.setText(fields.title)
        self.body.setPlainText(fields.body)
        self.mood.setCurrentIndex(max(self.mood.findData(fields.mood), 0))
        self.energy.setCurrentIndex(max(self.energy.findData(fields.energy), 0))
        self.tags.set_tags(fields.tags)
        self.bring.setChecked(fields.bring_to_session)
        self.private.setChecked(fields.private)
        self._show_prompt(fields.prompt)
        record = fields.thought_record
        self.record_form.show_record(record or ThoughtRecord())
        self._show_record_form(record is not None)
        self.delete_button.setEnabled(entry_id is not None and not self.read_only)
        self.dirty = False
        self._loading = False
        self._show_resting_status()

    def show_matches(self, searched: str) -> None:
        """Highlight the words searched for in the entry opened, and scroll to the first; ''
        takes the highlight away. An edit takes it away too, until other words are searched."""
        searched = searched.strip()
        if (self.entry_id, searched) == self._matches_for:
            return  # (the same words again: a list reloaded after a save, say)
        self._matches_for = (self.entry_id, searched)
        self._clear_matches()
        # Only in a stored entry opened here, as stored: the index knows where its words are.
        if not searched or self._opened_id is None or self.entry_id != self._opened_id:
            return
        if self.dirty:
            return
        from desktop.ui.journal import match_marks as marks

        self._marked = True
        found = search.matches_in_entry(searched, self.entry_id)
        if "title" in found and not self.title.isReadOnly():
            marks.mark_line(self.title, found["title"])
            self._title_marked = True
        record = self._shown.thought_record or ThoughtRecord()
        first = None
        for field, edit in self._searchable_fields().items():
            # The offsets are into the words as stored: as they were filled in, or once
            # edited, as the editor stored them.
            text = self._shown.body if field == "body" else getattr(record, field)
            text = edit.toPlainText() if self._edited else text
            if marks.mark_text(edit, text, found.get(field, ())) and first is None:
                first = edit
        if first is not None:
            marks.show_first(first)

    def matched_words(self) -> dict[str, list[str]]:
        """The words highlighted as found, by field (what a person sees marked)."""
        if not self._marked:
            return {}
        from desktop.ui.journal import match_marks as marks

        fields = self._searchable_fields().items()
        return {field: words for field, edit in fields if (words := marks.marked_words(edit))}

    def _searchable_fields(self) -> dict[str, QPlainTextEdit]:
        form = self.record_form
        return {
            "body": self.body,
            "situation": form.situation,
            "thought": form.thought,
            "kind_friend": form.kind_friend,
            "balanced_thought": form.balanced,
        }

    def _clear_matches(self) -> None:
        if not self._marked:
            return
        from desktop.ui.journal import match_marks as marks

        for edit in self._searchable_fields().values():
            marks.clear_text(edit)
        if self._title_marked:
            marks.mark_line(self.title, ())
            self._title_marked = False

    def _show_resting_status(self) -> None:
        if self.entry_id is None:
            self.status.setText("")
        else:
            self.status.setText(self.tr("Read-only") if self.read_only else self.tr("Saved"))

    def _body_placeholder(self) -> str:
        if self.read_only:
            return self.tr("Choose an entry on the left to read it.")
        return self.tr("Write as much or as little as you like. It saves by itself.")

    def set_read_only(self, read_only: bool) -> None:
        """Hold back all editing, the thought record and the trash (the data is open
        read-only): the entry shown can still be read, scrolled, selected and copied."""
        self.read_only = read_only
        # The words are for reading: no tooltip in their way (the window's banner says why).
        hold([self.title, self.body, self.tags, self.day], read_only, say_why=False)
        choices = [self.mood, self.energy, self.bring, self.private]
        hold([*choices, self.record_button, self.remove_prompt, self.delete_button], read_only)
        self.delete_button.setEnabled(self.entry_id is not None and not read_only)
        self.record_form.set_read_only(read_only)
        self.body.setPlaceholderText(self._body_placeholder())
        if not self.dirty:
            self._show_resting_status()

    def set_known_tags(self, tags: list[str]) -> None:
        """Tags to complete from."""
        self.tags.set_known_tags(tags)

    def _show_prompt(self, prompt: str) -> None:
        self._prompt = prompt
        self.prompt.setText(prompt)
        self.prompt_box.setVisible(bool(prompt))

    def _show_record_form(self, visible: bool) -> None:
        # Remembered apart from isVisible(): a hidden tab still has its thought record open.
        self._record_open = visible
        self.record_form.setVisible(visible)
        self.record_button.setText(
            self.tr("Remove the &thought record") if visible else self.tr("Add a &thought record")
        )

    def prompt_text(self) -> str:
        """The prompt the entry started from ('' if none)."""
        return self._prompt

    def use_prompt(self, prompt: str) -> None:
        """Show a prompt above the text."""
        self._show_prompt(prompt)
        self._changed()
        self.body.setFocus()

    def fields(self) -> EntryFields:
        """What the editor holds now."""
        value = self.day.date()
        record = self.record_form.record() if self._record_open else None
        return EntryFields(
            day=from_qdate(value),
            title=self.title.text(),
            body=self.body.toPlainText(),
            mood=self.mood.currentData(),
            energy=self.energy.currentData(),
            tags=tuple(self.tags.tags()),
            bring_to_session=self.bring.isChecked(),
            private=self.private.isChecked(),
            prompt=self._prompt,
            thought_record=record,
        )

    def is_blank(self) -> bool:
        """Whether nothing has been written (a blank new entry is never stored)."""
        fields = self.fields()
        record = fields.thought_record
        return not (
            fields.title.strip()
            or fields.body.strip()
            or fields.tags
            or fields.mood is not None
            or fields.energy is not None
            or fields.bring_to_session
            or fields.private
            or (record is not None and not record.is_empty)
        )

    # -- storing ----------------------------------------------------------------------------

    @Slot()
    def _changed(self) -> None:
        if self._loading or self.read_only:
            return
        self._clear_matches()  # an edit: the highlight of what was searched for goes
        self.dirty = self._edited = True
        self.status.setText(self.tr("Editing…"))
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_MS)

    @Slot()
    def save(self) -> bool:
        """Store the entry now if it has changed; True when everything is stored."""
        self._timer.stop()
        if not self.dirty:
            return True
        if self.entry_id is None and self.is_blank():
            self.dirty = False
            self.status.setText("")
            return True
        new = self.entry_id is None
        try:
            try:
                entry = journal.save_entry(self.entry_id, self.fields())
            except EntryNotFound:  # removed elsewhere (a restore): keep it as new
                self.entry_id, new = None, True
                entry = journal.save_entry(None, self.fields())
        # The journal meets every failure here itself, not through write.Writer: its words stay
        # in the editor whatever happened, with the reason on the status line, and the save is
        # retried on its own timer.
        except Exception as error:
            if isinstance(error, StoreError):
                said = explain(error)
            else:
                said = self.tr(
                    "Couldn't save just now (%1). What you wrote is still here; trying again "
                    "shortly."
                ).replace("%1", str(error))
            self.status.setText(said)
            self._timer.start(RETRY_MS)
            return False
        self.entry_id = entry.id
        self.dirty = False
        self.delete_button.setEnabled(True)
        self.status.setText(self.tr("Saved"))
        self.saved.emit(entry.id, new)
        return True

    def forget_entry(self) -> None:
        """The entry shown is gone from the store (a restore or an import): keep what is on
        screen as a new entry, stored with the next save if anything is written."""
        self.entry_id = None
        self.delete_button.setEnabled(False)
        if not self.is_blank():
            self.dirty = True
            self._changed()

    @Slot()
    def _toggle_record(self) -> None:
        showing = not self._record_open
        if showing:
            self.record_form.load_plan_items(self.record_form.record().plan_item_id)
        self._show_record_form(showing)
        self._changed()
        if showing:
            self.record_form.situation.setFocus()

    @Slot()
    def _remove_prompt(self) -> None:
        self._show_prompt("")
        self._changed()
