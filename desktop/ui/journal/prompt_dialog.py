"""Choosing a prompt to start an entry from: the built-in ones, and the person's own."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.content.prompts import builtin_prompts
from desktop.store import prompts
from desktop.ui.app.write import Writer
from desktop.ui.common.screen_reader import readable_input_dialogs, spoken
from desktop.ui.common.widgets import undo_bar

OWN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HINT_ROLE = Qt.ItemDataRole.UserRole + 2  # a line that only says what goes there


class WrappingDelegate(QStyledItemDelegate):
    """Each prompt as tall as its words need at the width the tree has (a tree asks how tall a
    row is before it knows its width: long prompts were cut with "…")."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.viewport().installEventFilter(self)

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width a row's words have in the tree as it is now."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        margin = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        return max(self.tree.viewport().width() - indent - 2 * margin, 1)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        words = styled.fontMetrics.boundingRect(
            QRect(0, 0, self.text_width(index), 0), Qt.TextFlag.TextWordWrap, styled.text
        )
        spare = max(hint.height() - styled.fontMetrics.height(), 2)
        return QSize(hint.width(), max(hint.height(), words.height() + spare))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()  # (the rows' heights follow the new width)
        return False


class PromptDialog(QDialog):
    """A list of prompts grouped by moment; the chosen one starts an entry."""

    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.setWindowTitle(self.tr("Start from a prompt"))
        readable_input_dialogs(self)  # "Add your own…" asks in one
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)
        intro = QLabel(self.tr("Pick a question to write from. There is no right answer."))
        intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAccessibleName(self.tr("Prompts"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("&Add your own…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove one of your own prompts"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(
            self.tr("&Use this prompt"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.undo_bar, self.undo_label, self.undo_button = undo_bar(
            self.tr("Your prompt was removed."), self.tr("Undo removing your prompt")
        )
        self._removed: str | None = None
        self.problem = spoken(QLabel(), self.tr("Not saved yet"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.problem)
        layout.addLayout(row)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_own)
        self.remove_button.clicked.connect(self.remove_own)
        self.undo_button.clicked.connect(self.undo_remove)
        self.tree.doubleClicked.connect(self._double_clicked)
        self._fill()
        self.tree.selectionModel().currentChanged.connect(self._update)
        self._update()

    def _group(self, title: str) -> QStandardItem:
        group = QStandardItem(title)
        font = QFont(self.font())
        font.setBold(True)
        group.setFont(font)
        group.setSelectable(False)
        self.model.appendRow(group)
        return group

    def _fill(self, select_own: int | None = None) -> None:
        self.model.clear()
        own = prompts.own_prompts()
        mine = self._group(self.tr("Your own prompts"))
        for prompt_id, text in own:
            item = QStandardItem(text)
            item.setData(prompt_id, OWN_ID_ROLE)
            mine.appendRow(item)
            if prompt_id == select_own:
                self.tree.setCurrentIndex(item.index())
        if not own:
            empty = QStandardItem(self.tr("Prompts you add appear here."))
            empty.setSelectable(False)  # (in the quiet colour, readable: not a disabled grey)
            empty.setData(True, HINT_ROLE)
            empty.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
            mine.appendRow(empty)
        for group in builtin_prompts():
            parent = self._group(group.title)
            for text in group.prompts:
                parent.appendRow(QStandardItem(text))
        self.tree.expandAll()

    def chosen(self) -> str:
        """The prompt chosen, or '' if none."""
        index = self.tree.currentIndex()
        if not index.isValid() or not index.parent().isValid():
            return ""
        item = self.model.itemFromIndex(index)
        return "" if item.data(HINT_ROLE) else item.text()

    @Slot()
    def _update(self) -> None:
        self.use_button.setEnabled(bool(self.chosen()))
        own = self.tree.currentIndex().data(OWN_ID_ROLE)
        self.remove_button.setEnabled(own is not None)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if self.chosen():
            self.accept()

    @Slot()
    def add_own(self) -> None:
        """Ask for a prompt of the person's own and keep it (asking again, with the words, if
        they couldn't be kept: the reason is shown under the list)."""
        text = ""
        while True:
            text, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Your own prompt"),
                self.tr("A question you'd like to write from:"),
                text,
            )
            if not ok or not text.strip():
                return
            added = self._add(text)
            if added:
                return

    def _add(self, text: str) -> bool:
        added = self.writer.shown_in(self.problem).result(None, prompts.add_prompt, text)
        if added is None:
            return False
        self._fill(select_own=added)
        self._update()
        return True

    @Slot()
    def remove_own(self) -> None:
        """Remove the selected prompt of the person's own."""
        index = self.tree.currentIndex()
        own = index.data(OWN_ID_ROLE)
        if own is not None:
            text = str(index.data())
            if not self.writer.run(None, prompts.delete_prompt, own):
                return
            self._removed = text
            self.undo_bar.show()
            self._fill()
            self._update()

    @Slot()
    def undo_remove(self) -> None:
        """Put back the prompt just removed."""
        if self._removed is None:
            return
        if self._add(self._removed):
            self._removed = None
            self.undo_bar.hide()
