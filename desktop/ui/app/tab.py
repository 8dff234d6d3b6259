"""What every tab of the main window is: it hears every change, shows what concerns it again
(at once when on screen, when next shown otherwise), follows the day as it moves on, and
stores what is being typed when the app asks; and, while the data is open read-only, lets
nothing be written from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from desktop import clock
from desktop.ui.app.events import Change, Events, Scope
from desktop.ui.app.write import Writer


class Tab(QWidget):
    """The base of the three tabs. A tab writes through self.writer, which announces changes
    with the tab as their source; the tab shows its own changes itself."""

    #: The parts of the data the tab shows: a change to any of them makes it show again.
    shows: ClassVar[Scope] = Scope.EVERYTHING

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.writer = Writer(events, self)
        self.today = clock.today()
        self._stale = Scope(0)
        #: Whether nothing may be written from the tab (set_read_only).
        self.read_only = False
        events.changed.connect(self._heard)
        events.day_changed.connect(self._new_day)

    def refresh(self) -> None:
        """Show everything again from the store."""
        raise NotImplementedError

    def refresh_for(self, scope: Scope) -> None:
        """Show again what a change to scope touched (by default, everything)."""
        self.refresh()

    def commit_pending(self) -> bool:
        """Store anything still being typed; False when some of it couldn't be stored yet (it
        stays on screen, with the reason, and the app keeps retrying)."""
        return True

    def shortcut(
        self,
        keys: str | QKeySequence.StandardKey,
        slot: Callable[[], object],
        *,
        anywhere: bool = False,
    ) -> QShortcut:
        """A key for one of the tab's commands. anywhere: while the tab is on screen, wherever
        the keyboard is in the window (the tab bar too, where it is at start: Ctrl+N, Ctrl+F);
        otherwise only while the keyboard is in the tab."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(
            Qt.ShortcutContext.WindowShortcut  # (a hidden tab's keys are asleep)
            if anywhere
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        shortcut.activated.connect(slot)
        return shortcut

    def set_read_only(self, read_only: bool) -> None:
        """Let nothing be written from the tab (the data is open read-only: its folder can't be
        written to), or let it be written again. Reading, selecting, searching, filtering and
        copying still work. A tab with writing controls holds them back itself (calling this
        too); its commands do nothing while read_only."""
        self.read_only = read_only

    def set_today(self, day: date) -> None:
        """Make day the tab's today (at midnight, or for a fixed day in screenshots)."""
        self.today = day
        self.refresh()

    def mark_stale(self, scope: Scope, source: object | None = None) -> None:
        """Remember that what scope touched (a change made by source) must be shown again;
        now, if the tab is on screen."""
        self._stale |= scope
        if self.isVisible():
            self._show_again()

    @Slot(object)
    def _heard(self, change: Change) -> None:
        if change.source is not self and change.scope & self.shows:
            self.mark_stale(change.scope & self.shows, change.source)

    @Slot(object)
    def _new_day(self, day: date) -> None:
        self.set_today(day)

    def _show_again(self) -> None:
        scope, self._stale = self._stale, Scope(0)
        if scope:
            self.refresh_for(scope)

    def showEvent(self, event: QShowEvent) -> None:
        self._show_again()
        super().showEvent(event)
