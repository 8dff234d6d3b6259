"""The Journal tab: entries that save themselves, prompts, thought records and fast search."""

from __future__ import annotations

from datetime import date
from time import perf_counter

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import journal, search
from desktop.store.records import EntryFilter, EntrySummary, Flag
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.tab import Tab
from desktop.ui.common import labels
from desktop.ui.common.entry_list import EntryDelegate, EntryListModel, EntryRole
from desktop.ui.common.lazy_page import after_first_paint
from desktop.ui.common.read_only import hold
from desktop.ui.common.screen_reader import spoken
from desktop.ui.common.welcome import welcome_page
from desktop.ui.common.widgets import undo_bar
from desktop.ui.journal.calendar import JournalCalendar
from desktop.ui.journal.editor import JournalEditor
from desktop.ui.journal.filters import JournalFilters

#: A search that has been taking up to this long runs at once, on every key. A dearer one waits
#: for a pause in the typing of twice what it takes (at most SEARCH_PAUSE_MAX_MS): a key that
#: comes sooner starts the wait again, so typing never waits for a search the next key makes
#: useless, and the results come as soon as they can without that.
SEARCH_AT_ONCE_MS = 12.0
SEARCH_PAUSE_MAX_MS = 250
SEARCH_RESULTS = 100


class JournalTab(Tab):
    """Entries on the left (or search results), the open entry on the right."""

    shows = Scope.JOURNAL

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(events, parent)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))  # short: it fits at 16 pt
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setToolTip(
            self.tr(
                "Finds the entries that have all the words you type. Put words in double "
                'quotes, "like this", to find them side by side, in that order.'
            )
        )
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # (Qt's own, with no name)
            clear.setAccessibleName(self.tr("Clear the search"))
        self.filters_button = QToolButton()
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setAccessibleName(self.tr("Show filters"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.filters_button)
        self.calendar = JournalCalendar()
        self.calendar.day_chosen.connect(lambda _day: self.reload())

        self.filters = JournalFilters()
        self.filters.hide()
        self.filters.changed.connect(self.reload)
        self.count = spoken(QLabel(), self.tr("Number of entries shown"))
        self.model = EntryListModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setAccessibleName(self.tr("Journal entries"))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.prompt_button = QPushButton(self.tr("From a prompt…"))
        self.prompt_button.setToolTip(self.tr("Start a new entry from a prompt"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.prompt_button, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.filters)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.calendar.button)
        left_layout.addLayout(count_row)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        # While the journal holds nothing yet, a welcome stands where the list will be; the
        # page on the right is ready to write on all the same.
        self.left_pages = QStackedWidget()
        self.left_pages.addWidget(left)
        self.welcome = self._build_welcome()
        self.left_pages.addWidget(self.welcome)

        self.editor = JournalEditor(self.today)
        self.undo_bar, self.undo_label, self.undo_button = undo_bar(
            "", self.tr("Take the entry back out of the trash")
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        margin = self.fontMetrics().height() // 2
        # The margin beside the list: at the right when the layout runs right to left.
        right_layout.setContentsMargins(
            *((0, 0, margin, 0) if self.isRightToLeft() else (margin, 0, 0, 0))
        )
        right_layout.addWidget(self.undo_bar)
        right_layout.addWidget(self.editor, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.left_pages)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 50, width * 100])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.reload)
        #: What a search has been taking, in ms (a moving average): what the pause fits.
        self.search_cost_ms = 0.0
        self._undo_id: int | None = None

        self.search.textChanged.connect(self._search_typed)
        self.filters_button.toggled.connect(self.filters.setVisible)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.prompt_button.clicked.connect(self.start_from_prompt)
        self.editor.saved.connect(self._saved)
        self.editor.delete_requested.connect(self.delete_or_restore)
        self.undo_button.clicked.connect(self.undo_delete)
        self.shortcut("Ctrl+N", lambda: self.new_entry(), anywhere=True)
        self.shortcut("Ctrl+F", self._focus_search, anywhere=True)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._to_results)  # ↓ from the search box: into what it found
        self.shortcut(QKeySequence.StandardKey.Save, self.save_now, anywhere=True)
        self.reload()
        self._tags_read = False  # (read once the tab is drawn: see showEvent)

    def _build_welcome(self) -> QWidget:
        self.welcome_prompt_button = QPushButton(self.tr("Start from a prompt…"))
        self.welcome_prompt_button.clicked.connect(self.start_from_prompt)
        return welcome_page(
            self.tr("Your journal, just for you"),
            self.tr(
                "Write whatever is on your mind between sessions: how a step went, a thought "
                "to look at again, something to bring to your next session. A line is plenty."
                "\n\nJust start typing: what you write is kept as you go. If a blank page "
                "feels like a lot, a prompt can start it for you."
            ),
            [self.welcome_prompt_button],
        )

    # -- showing ----------------------------------------------------------------------------

    def current_filter(self) -> EntryFilter:
        """The filters as chosen (a day chosen on the calendar among them)."""
        return self.filters.entry_filter(self.today, self.calendar.chosen)

    def search_pause_ms(self) -> int:
        """How long to wait after a key before searching, for a search that costs what the
        last ones did: nothing when they are cheap."""
        if self.search_cost_ms <= SEARCH_AT_ONCE_MS:
            return 0
        return min(SEARCH_PAUSE_MAX_MS, round(2 * self.search_cost_ms))

    @Slot(str)
    def _search_typed(self, text: str) -> None:
        # A new key supersedes the search the last one was waiting for: the wait starts again.
        # At 0 ms the timer still waits for the keys already queued (a paste, fast typing).
        self._search_timer.start(0 if not text.strip() else self.search_pause_ms())

    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        """Show the entries (or search results) again from the store."""
        self._search_timer.stop()
        which = self.current_filter()
        text = self.search.text().strip()
        self.editor.show_matches(text)  # the words searched for, marked in the entry open
        if text:
            self.left_pages.setCurrentIndex(0)
            began = perf_counter()
            hits = search.search(text, which, limit=SEARCH_RESULTS + 1)
            cost_ms = (perf_counter() - began) * 1000
            self.search_cost_ms = (self.search_cost_ms + cost_ms) / 2
            more = len(hits) > SEARCH_RESULTS
            hits = hits[:SEARCH_RESULTS]
            self.model.show_all(hits)
            if more:
                found = self.tr("The best %1 shown; another word narrows it down")
            else:
                found = self.tr("%1 found") if hits else self.tr("Nothing found")
            self.count.setText(found.replace("%1", labels.count(len(hits))))
        else:
            self.model.load(lambda after: search.list_entries(which, after=after), search.PAGE_SIZE)
            total = search.count_entries(which)
            # (an entry in the trash still counts: the person is in the middle of things)
            nothing_yet = (
                total == 0
                and which == EntryFilter()
                and search.count_entries(EntryFilter(flag=Flag.TRASH)) == 0
            )
            self.left_pages.setCurrentIndex(1 if nothing_yet else 0)
            self.count.setText(self.tr("%Ln entries", "", total))
        self.calendar.refresh_marks()
        keep = select_id if select_id is not None else self.editor.entry_id
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _refresh_tags(self) -> None:
        self._tags_read = True
        tags = search.all_tags()
        self.editor.set_known_tags(tags)
        self.filters.set_tags(tags)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        summary: EntrySummary = current.data(EntryRole)
        if summary.id == self.editor.entry_id:
            return
        if not self.editor.save():
            self._back_to_the_open_entry()  # unsaved words stay on screen until they're stored
            return
        self._show(summary.id)

    def _back_to_the_open_entry(self) -> None:
        row = self.model.row_of(self.editor.entry_id) if self.editor.entry_id else None
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if row is None:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        else:
            selection.setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        selection.blockSignals(False)
        self.list.viewport().update()

    def _show(self, entry_id: int) -> None:
        self._moved_on()
        entry = journal.get_entry(entry_id)
        self.editor.show_entry(entry)
        self.editor.show_matches(self.search.text())
        in_trash = entry.deleted_at is not None
        self.editor.delete_button.setText(
            self.tr("Restore from trash") if in_trash else self.tr("Move to trash")
        )

    # -- commands ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the journal as it is stored now (after a restore or an import, say), keeping
        what is being typed: an entry that is gone keeps its words, as a new entry."""
        entry_id = self.editor.entry_id
        if entry_id is not None and not journal.entry_exists(entry_id):
            self.editor.forget_entry()  # its words stay, and are stored as a new entry
        elif entry_id is not None and not self.editor.dirty:
            self._show(entry_id)
        self.editor.save()
        self._moved_on()
        self._refresh_tags()
        self.reload()

    @Slot()
    def save_now(self) -> None:
        """Store the open entry at once (Ctrl+S)."""
        self.editor.save()

    def commit_pending(self) -> bool:
        """Store anything still being typed (before switching tab or closing); False when it
        couldn't be stored yet (the text stays in the editor, and saving is retried)."""
        return self.editor.save()

    def set_read_only(self, read_only: bool) -> None:
        """Hold back new entries, prompts, the trash and all editing (the data is open
        read-only): entries can still be read, searched, filtered and copied."""
        super().set_read_only(read_only)
        hold([self.new_button, self.prompt_button, self.welcome_prompt_button], read_only)
        self.editor.set_read_only(read_only)

    @Slot()
    def new_entry(self, prompt: str = "") -> None:
        """Start a blank entry for today."""
        if self.read_only or not self.editor.save():
            return
        self._moved_on()
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self.editor.start_new(self.today, prompt=prompt)
        self.editor.delete_button.setText(self.tr("Move to trash"))
        self.editor.body.setFocus()

    @Slot()
    def start_from_prompt(self) -> None:
        """Choose a prompt; it starts a new entry (or joins the open one if it is still blank)."""
        if self.read_only:
            return
        # Here, not at the top: the prompts' texts and dialog aren't needed for the first rows.
        from desktop.ui.journal.prompt_dialog import PromptDialog

        dialog = PromptDialog(self.writer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        if self.editor.is_blank():
            self.editor.use_prompt(dialog.chosen())
        else:
            self.new_entry(prompt=dialog.chosen())

    @Slot(int, bool)
    def _saved(self, entry_id: int, new: bool) -> None:
        if new:
            self.reload(select_id=entry_id)
        else:
            self.model.replace(search.get_summary(entry_id))
        self._refresh_tags()
        self.events.announce(Scope.JOURNAL, self)

    @Slot()
    def delete_or_restore(self) -> None:
        """Move the open entry to the trash (with undo), or bring it back from there."""
        entry_id = self.editor.entry_id
        if entry_id is None or self.read_only or not self.editor.save():
            return
        if self.editor.in_trash:
            if not self.writer.run(Scope.JOURNAL, journal.restore_entry, entry_id):
                return
            self._show(entry_id)
        else:
            if not self.writer.run(Scope.JOURNAL, journal.delete_entry, entry_id):
                return
            self._undo_id = entry_id
            self.undo_label.setText(self.tr("The entry is in the trash for 30 days."))
            self.undo_bar.show()
            self.editor.start_new(self.today)
        self.reload()
        self._refresh_tags()

    def _moved_on(self) -> None:
        """The person has moved on from the entry just moved to the trash (another entry,
        a new one, another tab): its undo goes, so that it can't seem to be about this one."""
        self._undo_id = None
        self.undo_bar.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._tags_read:
            # The tags (for the filter and the tag field's suggestions) right after the first
            # rows are drawn: on a journal of many years, reading them takes as long as the
            # rows. (Dropped should the tab go from the screen first: read at its next showing.)
            after_first_paint(self, self._refresh_tags)

    def hideEvent(self, event: QHideEvent) -> None:
        self._moved_on()
        super().hideEvent(event)

    @Slot()
    def undo_delete(self) -> None:
        """Bring back the entry just moved to the trash."""
        if self._undo_id is None or self.read_only:
            return
        if not self.writer.run(Scope.JOURNAL, journal.restore_entry, self._undo_id):
            return
        restored = self._undo_id
        self._show(restored)  # (the undo bar goes with it)
        self.reload(select_id=restored)
        self._refresh_tags()

    def set_today(self, day: date) -> None:
        """Make day the tab's today: a blank new entry starts on it, the date filter counts
        back from it."""
        self.today = day
        if self.editor.entry_id is None and self.editor.is_blank():
            self.editor.start_new(day, prompt=self.editor.prompt_text())
        self.reload()

    @Slot(int)
    def open_entry(self, entry_id: int) -> None:
        """Show an entry, clearing the search and filters if they would hide it."""
        if not self.editor.save():
            return
        self.search.clear()
        self.filters.clear()
        self._show(entry_id)
        self.reload(select_id=entry_id)

    @Slot()
    def _to_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
