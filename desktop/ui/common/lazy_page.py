"""A tab page that builds its content the first time it is shown (or asked for), and what waits
for a widget's first drawing."""

from __future__ import annotations

import linecache
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds a factory until the page is needed, so start-up builds only the tab on screen."""

    def __init__(
        self, factory: Callable[[], QWidget], on_built: Callable[[QWidget], None] | None = None
    ) -> None:
        super().__init__()
        self._factory = factory
        self._on_built = on_built
        self.content: QWidget | None = None
        self.held = False  # while True, being shown doesn't build it (the data isn't open yet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        """The page's content, built now if it wasn't yet."""
        if self.content is None:
            self.content = self._factory()
            # PySide's import hook reads the source of every module imported after it (to look
            # for `from __feature__`), and the lines stay in linecache: megabytes of source a
            # page's imports leave behind. Tracebacks read them again if ever needed.
            linecache.clearcache()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.content)
            if self.isVisible():
                self.content.show()  # at once, not on the next turn of the event loop
            if self._on_built is not None:
                self._on_built(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        if not self.held:
            self.build()
        super().showEvent(event)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(
                0, self, self._drawn
            )  # once this drawing (its children's too) is done
        return False

    def _drawn(self) -> None:
        if self._widget.isVisible():
            self._then()


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call then once widget has been drawn for the first time: for work that can wait until
    what it holds is on screen. Nothing is called if widget goes, or leaves the screen, before
    that (a window closed at once, a journal locked: its data may be closed by then)."""
    _FirstPaint(widget, then)
