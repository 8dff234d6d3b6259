"""Qt models for the Encouragement tab, over records from the store.

The models never write to the store themselves: the editable question list hands edits to a
function its page gives it, which stores them and reloads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby
from math import cos, pi, sin
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)

from desktop.store.encouragement_records import (
    Message,
    OwnNote,
    Question,
    SafetyItem,
    SafetySection,
    SmallWin,
    WinKind,
)
from desktop.ui.common import labels
from desktop.ui.common.models import RecordListModel
from desktop.ui.common.outcome_mark import mark_icon

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
SectionRole = Qt.ItemDataRole.UserRole + 2


class OwnNoteModel(RecordListModel[OwnNote]):
    """The person's own notes, newest first: the note, and what kind of note it is."""

    def row_of(self, note_id: int) -> int | None:
        """The row showing a note."""
        return self.row_where(lambda note: note.id == note_id)

    def value(self, note: OwnNote, role: int) -> Any:
        kind = labels.note_kind(note.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{note.text}\n— {kind}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind}: {note.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if note.in_rotation:
                return kind
            return QCoreApplication.translate(
                "encouragement", "%1 (not among the messages)"
            ).replace("%1", kind)
        if role == Qt.ItemDataRole.ForegroundRole and not note.in_rotation:
            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        if role == RecordRole:
            return note
        return None


class MessageListModel(RecordListModel[Message]):
    """A plain list of messages (the kept ones, or those set aside)."""

    def value(self, message: Message, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return message.text
        if role == RecordRole:
            return message
        return None


#: Stores a change to a question: (question id, new text or None, done or None) -> stored?
QuestionWriter = Callable[[int, str | None, bool | None], bool]


class QuestionModel(RecordListModel[Question]):
    """The questions for the next session: tick one when asked, edit its words in place."""

    def __init__(self, writer: QuestionWriter | None = None) -> None:
        super().__init__()
        self._writer = writer
        #: The data is open read-only: a question can't be ticked or changed (only read).
        self.read_only = False

    def question(self, row: int) -> Question:
        """The question in a row."""
        return self.record(row)

    def row_of(self, question_id: int) -> int | None:
        """The row showing a question."""
        return self.row_where(lambda question: question.id == question_id)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        if self.read_only:
            return flags
        flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self._writer is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def value(self, question: Question, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return question.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if question.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            asked = (
                QCoreApplication.translate("encouragement", "asked")
                if question.done
                else QCoreApplication.translate("encouragement", "to ask")
            )
            return f"{question.text}, {asked}"
        if role == RecordRole:
            return question
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._writer is None or self.read_only:
            return False
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        question = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value).split())
            if not text or text == question.text:
                return False
            stored = self._writer(question.id, text, None)
        elif role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done == question.done:
                return False
            stored = self._writer(question.id, None, done)
        else:
            return False
        if stored:
            self.dataChanged.emit(index, index)
        return stored

    def replace(self, question: Question) -> None:
        """Show the stored state of a question already in the list."""
        row = self.row_of(question.id)
        if row is not None:
            self._rows[row] = question


# -- small wins -------------------------------------------------------------------------------


def win_icon(kind: WinKind, palette: QPalette, size: int, ratio: float = 1.0) -> QIcon:
    """A small mark for a journal entry (a page) or a win added by hand (a star)."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = palette.color(QPalette.ColorRole.Highlight)
    if kind is WinKind.ENTRY:
        pen = QPen(colour, max(1.2, size * 0.1))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(size * 0.22, size * 0.12, size * 0.56, size * 0.76), 2, 2)
        for line in (0.38, 0.52, 0.66):
            painter.drawLine(int(size * 0.34), int(size * line), int(size * 0.66), int(size * line))
    else:
        path = QPainterPath()
        centre, outer, inner = size / 2, size * 0.44, size * 0.2
        for point in range(10):
            radius = outer if point % 2 == 0 else inner
            angle = -pi / 2 + point * pi / 5
            x, y = centre + radius * cos(angle), centre + radius * sin(angle)
            if point == 0:
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def win_text(win: SmallWin) -> str:
    """One small win in words."""
    if win.kind is WinKind.CHECK_IN and win.outcome is not None:
        return f"{win.text} — {labels.WORDS.inline(labels.outcome(win.outcome))}"
    if win.kind is WinKind.ENTRY:
        if win.private or not win.text:
            return QCoreApplication.translate("encouragement", "Wrote in your journal")
        return QCoreApplication.translate("encouragement", "Wrote in your journal: %1").replace(
            "%1", win.text
        )
    return win.text


class SmallWinsModel(QStandardItemModel):
    """This week's small wins as a list that grows, grouped under each day that had some."""

    def set_wins(self, wins: Sequence[SmallWin], palette: QPalette, icon_size: int) -> None:
        """Show these wins (oldest day first, as the week went)."""
        self.clear()
        icons: dict[object, QIcon] = {}
        for day, day_wins in groupby(wins, key=lambda w: w.day):
            heading = QStandardItem(f"{labels.weekday(day, long=True)} {labels.day(day)}")
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setSelectable(False)
            heading.setEditable(False)
            heading.setSizeHint(QSize(-1, int(icon_size * 2.2)))
            heading.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            for win in day_wins:
                item = QStandardItem(win_text(win))
                item.setSizeHint(QSize(-1, int(icon_size * 1.5)))
                item.setEditable(False)
                item.setData(win, RecordRole)
                key = win.outcome if win.kind is WinKind.CHECK_IN else win.kind
                if key not in icons:
                    # Only the plain mark: a tree draws expanded rows in the icon's "on" state.
                    icons[key] = (
                        QIcon(mark_icon(win.outcome, palette, icon_size).pixmap(icon_size))
                        if win.kind is WinKind.CHECK_IN and win.outcome is not None
                        else win_icon(win.kind, palette, icon_size)
                    )
                item.setIcon(icons[key])
                spoken = f"{heading.text()}: {item.text()}"
                item.setData(spoken, Qt.ItemDataRole.AccessibleTextRole)
                heading.appendRow(item)
            self.appendRow(heading)


# -- the safety plan --------------------------------------------------------------------------


class SafetyPlanModel(QStandardItemModel):
    """The safety plan: each section with its lines, or a hint of what belongs there."""

    def set_plan(self, items: Sequence[SafetyItem], palette: QPalette, height: int) -> None:
        """Show the plan's lines under numbered sections (height: the font's line height)."""
        self.clear()
        quiet = palette.brush(QPalette.ColorRole.PlaceholderText)
        for number, section in enumerate(SafetySection, start=1):
            heading = QStandardItem(f"{number}.  {labels.safety_section(section)}")
            heading.setSizeHint(QSize(-1, int(height * 2.2)))
            heading.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setEditable(False)
            heading.setData(section, SectionRole)
            lines = [item for item in items if item.section is section]
            for line in lines:
                row = QStandardItem(labels.safety_text(line))
                row.setSizeHint(QSize(-1, int(height * 1.5)))
                row.setEditable(False)
                row.setData(line, RecordRole)
                row.setData(section, SectionRole)
                heading.appendRow(row)
            if not lines:
                hint = QStandardItem(labels.safety_section_hint(section))
                hint.setSizeHint(QSize(-1, int(height * 1.5)))
                hint.setEditable(False)
                hint.setSelectable(False)
                hint.setForeground(quiet)
                hint.setData(section, SectionRole)
                heading.appendRow(hint)
            self.appendRow(heading)
