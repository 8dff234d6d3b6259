"""The first page of the Encouragement tab: a message for today, the person's own notes, and two
short cards on what helps when it's hard and what doesn't."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.content import encouragement as encouragement_texts
from desktop.content.encouragement import HelpCard
from desktop.store import messages, notes
from desktop.store.encouragement_records import NoteKind, ShownMessage
from desktop.store.errors import CannotSaveError
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.write import Writer
from desktop.ui.common import labels
from desktop.ui.common.columns import FlowRow
from desktop.ui.common.read_only import hold, tell_why
from desktop.ui.common.screen_reader import spoken
from desktop.ui.common.widgets import card, confirm, quiet, remove_keys, undo_bar
from desktop.ui.encouragement.kept_messages_dialog import KeptMessagesDialog
from desktop.ui.encouragement.models import OwnNoteModel, RecordRole
from desktop.ui.encouragement.note_dialog import NoteDialog


def help_card_html(card_text: HelpCard) -> str:
    """A help card's points as rich text (colours left to the palette)."""
    parts = [
        f"<p><b>{html.escape(item.title)}</b><br>{html.escape(item.text)}</p>"
        for item in card_text.items
    ]
    return "".join(parts)


#: The most lines the message keeps room for (an own note longer than that may push).
MESSAGE_ROOM_LINES = 4


class TodayPage(QWidget):
    """Today's message with "another one", "keep this one" and "don't show this again"."""

    def __init__(self, events: Events, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = Writer(events, self)
        self.today = today
        self.shown: ShownMessage | None = None
        self._set_aside: str | None = None
        self.read_only = False  # set_read_only

        self.message_card = card()
        caption = quiet(QLabel(self.tr("A message for today")))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        spoken(self.message, self.tr("A message for today"))
        font = QFont(self.message.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.message.setFont(font)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.source = quiet(QLabel())
        self.source.setWordWrap(True)
        # The buttons below stay where the pointer is, whichever message comes: the message
        # keeps room for the longest one at the width it has (_keep_room), and the source line
        # keeps its room when it is hidden.
        policy = self.source.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.source.setSizePolicy(policy)
        self.message.installEventFilter(self)
        self.another_button = QPushButton(self.tr("A&nother one"))
        self.another_button.setToolTip(self.tr("Show a different message for today"))
        self.keep_button = QPushButton(self.tr("&Keep this one"))
        self.keep_button.setCheckable(True)
        self.keep_button.setToolTip(self.tr("Keep it among your kept messages"))
        self.hide_button = QPushButton(self.tr("Don't show this &again"))
        self.kept_button = QPushButton(self.tr("Ke&pt messages…"))
        self.kept_button.setToolTip(self.tr("The messages you kept, and the ones you set aside"))
        # Going on to a second line when one doesn't hold them (a large font, a narrow window).
        buttons = FlowRow()
        for button in (self.another_button, self.keep_button, self.hide_button):
            buttons.addWidget(button)
        buttons.addWidget(self.kept_button)
        self.undo_bar, self.undo_label, self.undo_button = undo_bar(
            self.tr("That message won't be shown again.")
        )
        line = self.fontMetrics().height()
        card_layout = QVBoxLayout(self.message_card)
        card_layout.setContentsMargins(line * 3 // 2, line, line * 3 // 2, line)
        card_layout.addWidget(caption)
        card_layout.addSpacing(line // 3)
        card_layout.addWidget(self.message)
        card_layout.addWidget(self.source)
        card_layout.addSpacing(line // 2)
        card_layout.addLayout(buttons)
        card_layout.addWidget(self.undo_bar)

        helps, doesnt = encouragement_texts.helps()
        self.helps_box = self._help_box(helps.title, help_card_html(helps))
        self.doesnt_box = self._help_box(doesnt.title, help_card_html(doesnt))
        cards = QHBoxLayout()
        cards.addWidget(self.helps_box, 1)
        cards.addWidget(self.doesnt_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_card)
        layout.addSpacing(line // 2)
        layout.addLayout(cards)
        layout.addSpacing(line // 2)
        layout.addWidget(self._build_notes(), 1)

        self.another_button.clicked.connect(self.another)
        self.keep_button.clicked.connect(self.toggle_keep)
        self.hide_button.clicked.connect(self.set_aside)
        self.undo_button.clicked.connect(self.undo_set_aside)
        self.kept_button.clicked.connect(self.show_kept)

    def _help_box(self, title: str, text: str) -> QGroupBox:
        box = QGroupBox(title)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        spoken(label, title)
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        return box

    def _build_notes(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your own notes"))
        hint = quiet(
            QLabel(
                self.tr(
                    "What your therapist said, or a note to future you. They come up among "
                    "the messages above."
                )
            )
        )
        hint.setWordWrap(True)
        self.notes_model = OwnNoteModel()
        self.notes = QListView()
        self.notes.setModel(self.notes_model)
        self.notes.setWordWrap(True)
        self.notes.setSpacing(3)
        self.notes.setAccessibleName(self.tr("Your own notes"))
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes.setToolTip(self.tr("Edit with Enter or a double-click"))
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_note_button = QPushButton(self.tr("Add a no&te…"))
        self.edit_note_button = QPushButton(self.tr("&Edit…"))
        self.delete_note_button = QPushButton(self.tr("&Delete…"))
        row = QHBoxLayout()
        row.addWidget(self.add_note_button)
        row.addWidget(self.edit_note_button)
        row.addWidget(self.delete_note_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.notes, 1)
        layout.addLayout(row)
        self.add_note_button.clicked.connect(self.add_note)
        self.edit_note_button.clicked.connect(self.edit_note)
        self.delete_note_button.clicked.connect(self.delete_note)
        self.notes.activated.connect(lambda _index: self.edit_note())
        self.notes.selectionModel().currentChanged.connect(self._update_note_buttons)
        remove_keys(self.notes, self.delete_note)
        return box

    def set_read_only(self, read_only: bool) -> None:
        """Hold back another message, keeping or setting one aside, and adding, editing or
        deleting notes (the data is open read-only): the message, the notes and the kept
        messages can still be read."""
        self.read_only = read_only
        message_buttons = [self.another_button, self.keep_button, self.hide_button]
        note_buttons = [self.add_note_button, self.edit_note_button, self.delete_note_button]
        hold([*message_buttons, *note_buttons, self.undo_button], read_only)
        tell_why(self.notes, read_only)  # its own tooltip says how to edit
        self._show(self.shown)
        self._update_note_buttons()

    # -- showing ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.message and event.type() == QEvent.Type.Resize:
            self._keep_room()
        return super().eventFilter(watched, event)

    def _keep_room(self) -> None:
        """Room in the message for the longest that may come at this width: every built-in
        message and own note (those up to MESSAGE_ROOM_LINES lines; a longer note may push)."""
        width = max(self.message.contentsRect().width(), 1)
        metrics = self.message.fontMetrics()
        texts = [message.text for message in encouragement_texts.library()]
        texts += [self.notes_model.record(row).text for row in range(self.notes_model.rowCount())]
        wrapped = Qt.TextFlag.TextWordWrap
        tallest = max(
            metrics.boundingRect(QRect(0, 0, width, 0), wrapped, t).height() for t in texts
        )
        room = min(tallest, metrics.lineSpacing() * MESSAGE_ROOM_LINES)
        if self.message.minimumHeight() != room:
            self.message.setMinimumHeight(room)

    def refresh(self) -> None:
        """Show today's message and the notes from the store."""
        self._show(self._todays_message())
        keep = self.current_note_id()
        self.notes_model.set_rows(notes.own_notes())
        self._keep_room()  # (a note added or changed may be the longest)
        row = self.notes_model.row_of(keep) if keep is not None else None
        if row is not None:
            self.notes.setCurrentIndex(self.notes_model.index(row))
        self._update_note_buttons()

    def _todays_message(self) -> ShownMessage | None:
        library = encouragement_texts.library()
        try:
            return messages.todays_message(library, self.today)
        except CannotSaveError:
            # Looking must never fail: show a message without keeping the choice.
            return messages.todays_message_unrecorded(library, self.today)

    def _show(self, shown: ShownMessage | None) -> None:
        self.shown = shown
        if shown is None:
            self.message.setText(
                self.tr(
                    "You've set every message aside. Notes you add below will show up here, "
                    "or let some messages back in under Kept messages."
                )
            )
            self.source.hide()
        else:
            self.message.setText(shown.message.text)
            own = shown.message.is_own
            self.source.setVisible(own)
            if own:
                self.source.setText(labels.note_source(NoteKind(shown.message.group)))
        own = shown is not None and shown.message.is_own
        self.keep_button.setVisible(shown is not None and not own)
        self.keep_button.setChecked(bool(shown and shown.favourite))
        self.keep_button.setText(
            self.tr("&Kept") if shown and shown.favourite else self.tr("&Keep this one")
        )
        self.hide_button.setEnabled(shown is not None and not self.read_only)
        self.another_button.setEnabled(shown is not None and not self.read_only)

    def current_note_id(self) -> int | None:
        """The id of the selected note, if any."""
        index = self.notes.currentIndex()
        return index.data(RecordRole).id if index.isValid() else None

    @Slot()
    def _update_note_buttons(self) -> None:
        chosen = self.notes.currentIndex().isValid() and not self.read_only
        self.edit_note_button.setEnabled(chosen)
        self.delete_note_button.setEnabled(chosen)

    # -- the message ------------------------------------------------------------------------

    @Slot()
    def another(self) -> None:
        """Show a different message; it stays as today's."""
        if self.read_only:
            return
        shown = self.writer.result(
            Scope.ENCOURAGEMENT, messages.another_message, encouragement_texts.library(), self.today
        )
        if shown is not None:
            self.undo_bar.hide()
            self._show(shown)

    @Slot()
    def toggle_keep(self) -> None:
        """Keep today's message among the favourites, or stop keeping it."""
        if self.shown is None or self.shown.message.is_own or self.read_only:
            return
        key, keep = self.shown.message.key, not self.shown.favourite
        if self.writer.run(Scope.ENCOURAGEMENT, messages.set_favourite, key, keep):
            self._show(self._todays_message())

    @Slot()
    def set_aside(self) -> None:
        """Never show this message again, and show another (with a way to undo)."""
        if self.shown is None or self.read_only:
            return
        key = self.shown.message.key
        if not self.writer.run(Scope.ENCOURAGEMENT, messages.hide_message, key):
            return
        self._set_aside = key
        self.undo_bar.show()
        self.refresh()

    @Slot()
    def undo_set_aside(self) -> None:
        """Bring back the message just set aside, as today's."""
        if self._set_aside is None or self.read_only:
            return
        library, key = encouragement_texts.library(), self._set_aside
        if not self.writer.run(Scope.ENCOURAGEMENT, messages.bring_back, library, key, self.today):
            return
        self._set_aside = None
        self.undo_bar.hide()
        self.refresh()

    @Slot()
    def show_kept(self) -> None:
        """The kept messages and those set aside."""
        library = encouragement_texts.library()
        KeptMessagesDialog(library, self.writer, self, read_only=self.read_only).exec()
        self.refresh()

    # -- own notes --------------------------------------------------------------------------

    @Slot()
    def add_note(self) -> None:
        """Write a new note."""
        if self.read_only:
            return
        dialog = NoteDialog(parent=self)
        dialog.save = lambda: notes.add_note(
            dialog.chosen_kind(), dialog.note_text(), in_rotation=dialog.in_rotation.isChecked()
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.writer.announce(Scope.ENCOURAGEMENT)
        self.refresh()
        row = self.notes_model.row_of(dialog.saved.id)
        if row is not None:
            self.notes.setCurrentIndex(self.notes_model.index(row))
        self.notes.setFocus()

    @Slot()
    def edit_note(self) -> None:
        """Change the selected note."""
        index = self.notes.currentIndex()
        if not index.isValid() or self.read_only:
            return
        note = index.data(RecordRole)
        dialog = NoteDialog(note, parent=self)
        dialog.save = lambda: notes.edit_note(
            note.id,
            dialog.chosen_kind(),
            dialog.note_text(),
            in_rotation=dialog.in_rotation.isChecked(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.writer.announce(Scope.ENCOURAGEMENT)
        self.refresh()

    @Slot()
    def delete_note(self) -> None:
        """Delete the selected note, after asking."""
        index = self.notes.currentIndex()
        if not index.isValid() or self.read_only:
            return
        note = index.data(RecordRole)
        if confirm(
            self,
            self.tr("Delete note"),
            self.tr("Delete this note?"),
            self.tr("Delete"),
            details=note.text,
            destructive=True,
        ) and self.writer.run(Scope.ENCOURAGEMENT, notes.delete_note, note.id):
            self.refresh()
