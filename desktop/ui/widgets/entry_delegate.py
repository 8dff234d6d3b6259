"""Paints one journal entry in the list: date, heading, a line of text or a highlighted snippet."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.store.records import MATCH_END, MATCH_START, EntrySummary
from desktop.ui import labels
from desktop.ui.journal_models import EntryRole

Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str, palette: QPalette) -> str:
    """A search snippet as HTML, the matched words bold on a soft accent background."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    background = f"rgba({accent.red()}, {accent.green()}, {accent.blue()}, 70)"
    text = html.escape(" ".join(snippet.split()))
    return text.replace(
        html.escape(MATCH_START), f'<span style="background-color:{background};font-weight:600">'
    ).replace(html.escape(MATCH_END), "</span>")


class EntryDelegate(QStyledItemDelegate):
    """Draws an entry as a calm three-line card."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(option.fontMetrics.averageCharWidth() * 40, line * 3 + line // 2 + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry: EntrySummary = index.data(EntryRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = QPalette(opt.palette)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(text_role)
        quiet = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        area = opt.rect.adjusted(10, 6, -10, -6)

        painter.save()
        small = QFont(opt.font)
        small.setPointSizeF(opt.font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(quiet)
        top = QRect(area.left(), area.top(), area.width(), line)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, labels.day(entry.day)
        )
        badges = self._badges(entry)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(badges, Qt.TextElideMode.ElideLeft, area.width() // 2),
        )

        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        heading_rect = QRect(area.left(), top.bottom() + 1, area.width(), line)
        heading = entry.heading or self.tr("(nothing written yet)")
        painter.drawText(
            heading_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(heading, Qt.TextElideMode.ElideRight, area.width()),
        )

        painter.setFont(opt.font)
        third = QRect(area.left(), heading_rect.bottom() + 1, area.width(), line)
        if entry.snippet:
            self._paint_snippet(painter, third, entry.snippet, palette, ink)
        elif entry.title and entry.first_line:
            painter.setPen(quiet)
            painter.drawText(
                third,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(entry.first_line, Qt.TextElideMode.ElideRight, area.width()),
            )
        painter.restore()

    def _badges(self, entry: EntrySummary) -> str:
        parts = []
        if entry.mood is not None:
            parts.append(labels.mood(entry.mood))
        if entry.has_thought_record:
            parts.append(self.tr("Thought record"))
        if entry.bring_to_session:
            parts.append(self.tr("For session"))
        if entry.private:
            parts.append(self.tr("Private"))
        return " · ".join(parts)

    @staticmethod
    def _paint_snippet(
        painter: QPainter, rect: QRect, snippet: str, palette: QPalette, ink: object
    ) -> None:
        document = QTextDocument()
        document.setDefaultFont(painter.font())
        document.setDocumentMargin(0)
        document.setHtml(snippet_html(snippet, palette))
        document.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, ink)
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
