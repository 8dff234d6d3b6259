"""The messages the person kept, and the ones they set aside (which can be let back in)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import messages
from desktop.store.encouragement_records import Message
from desktop.ui.app.events import Scope
from desktop.ui.app.write import Writer
from desktop.ui.common.read_only import hold
from desktop.ui.encouragement.models import MessageListModel, RecordRole


def _list(name: str) -> QListView:
    view = QListView()
    view.setWordWrap(True)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSpacing(2)
    return view


class KeptMessagesDialog(QDialog):
    """Two lists: messages kept ("keep this one") and messages set aside."""

    def __init__(
        self,
        library: Sequence[Message],
        writer: Writer,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        """read_only: the data is open read-only; the lists can be read, not changed."""
        super().__init__(parent)
        self.writer = writer
        self.read_only = read_only
        self.library = {m.key: m for m in library}
        self.setWindowTitle(self.tr("Kept messages"))
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)

        self.kept_model = MessageListModel()
        self.kept = _list(self.tr("Messages you kept"))
        self.kept.setModel(self.kept_model)
        self.unkeep_button = QPushButton(self.tr("&Stop keeping"))
        self.kept_empty = QLabel(self.tr("Messages you keep appear here."))
        kept_box = QGroupBox(self.tr("Kept"))
        kept_layout = QVBoxLayout(kept_box)
        kept_layout.addWidget(self.kept_empty)
        kept_layout.addWidget(self.kept, 1)
        kept_layout.addWidget(self.unkeep_button)

        self.hidden_model = MessageListModel()
        self.hidden = _list(self.tr("Messages set aside"))
        self.hidden.setModel(self.hidden_model)
        self.show_again_button = QPushButton(self.tr("Show it &again"))
        self.hidden_empty = QLabel(self.tr("Messages you set aside appear here."))
        hidden_box = QGroupBox(self.tr("Set aside"))
        hidden_layout = QVBoxLayout(hidden_box)
        hidden_layout.addWidget(self.hidden_empty)
        hidden_layout.addWidget(self.hidden, 1)
        hidden_layout.addWidget(self.show_again_button)

        lists = QHBoxLayout()
        lists.addWidget(kept_box, 1)
        lists.addWidget(hidden_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(buttons)

        self.unkeep_button.clicked.connect(self.stop_keeping)
        self.show_again_button.clicked.connect(self.show_again)
        hold([self.unkeep_button, self.show_again_button], read_only)
        self.reload()
        self.kept.selectionModel().currentChanged.connect(self._update)
        self.hidden.selectionModel().currentChanged.connect(self._update)
        self._update()

    def reload(self) -> None:
        """Show the lists from the store."""
        known = self.library
        self.kept_model.set_rows([known[k] for k in messages.favourite_keys() if k in known])
        self.hidden_model.set_rows([known[k] for k in messages.hidden_keys() if k in known])
        self.kept_empty.setVisible(self.kept_model.rowCount() == 0)
        self.kept.setVisible(self.kept_model.rowCount() > 0)
        self.hidden_empty.setVisible(self.hidden_model.rowCount() == 0)
        self.hidden.setVisible(self.hidden_model.rowCount() > 0)
        self._update()

    @Slot()
    def _update(self) -> None:
        writable = not self.read_only
        self.unkeep_button.setEnabled(writable and self.kept.currentIndex().isValid())
        self.show_again_button.setEnabled(writable and self.hidden.currentIndex().isValid())

    @Slot()
    def stop_keeping(self) -> None:
        """Let the selected kept message go back to being an ordinary one."""
        index = self.kept.currentIndex()
        key = index.data(RecordRole).key if index.isValid() and not self.read_only else None
        if key and self.writer.run(Scope.ENCOURAGEMENT, messages.set_favourite, key, False):
            self.reload()

    @Slot()
    def show_again(self) -> None:
        """Let the selected message be chosen again."""
        index = self.hidden.currentIndex()
        key = index.data(RecordRole).key if index.isValid() and not self.read_only else None
        if key and self.writer.run(Scope.ENCOURAGEMENT, messages.show_message_again, key):
            self.reload()
