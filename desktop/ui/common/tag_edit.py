"""A line edit for comma-separated tags that completes the tag being typed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class TagEdit(QLineEdit):
    """Tags as "work, sleep, family"; the word being typed is completed from tags already used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = QStringListModel(self)
        self._completer = QCompleter(self._known, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._suggest)

    def set_known_tags(self, tags: list[str]) -> None:
        """The tags to offer while typing."""
        self._known.setStringList(tags)

    def tags(self) -> list[str]:
        """The tags typed, in order."""
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def set_tags(self, tags: list[str] | tuple[str, ...]) -> None:
        """Show a list of tags."""
        self.setText(", ".join(tags))

    @Slot(str)
    def _suggest(self, text: str) -> None:
        current = text[: self.cursorPosition()].rsplit(",", 1)[-1].strip()
        if not current:
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(current)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    @Slot(str)
    def _insert(self, tag: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{tag}, {after.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(head) + len(tag) + 2)
        self.textEdited.emit(self.text())
