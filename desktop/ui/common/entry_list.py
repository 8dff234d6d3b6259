"""The list of journal entries: a model that loads a page at a time, so 20,000 entries open
fast, and a delegate that paints each entry as a calm three-line card (date, heading, a line of
text or a highlighted search snippet). Shared by the Journal tab and a plan item's thought
records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.store.records import MATCH_END, MATCH_START, EntrySummary
from desktop.ui.common import labels
from desktop.ui.common.models import Index, RecordListModel

EntryRole = Qt.ItemDataRole.UserRole + 1
#: Loads the page after the given row (None: the first page).
PageLoader = Callable[[EntrySummary | None], list[EntrySummary]]


def _words_that_fit(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """text split after the last whole word that fits in width (the rest goes on below)."""
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    words = text.split(" ")
    fitting = 0
    while fitting < len(words) and (
        metrics.horizontalAdvance(" ".join(words[: fitting + 1])) <= width
    ):
        fitting += 1
    fitting = max(fitting, 1)  # a single word too long for the line is cut as before
    return " ".join(words[:fitting]), " ".join(words[fitting:])


class EntryListModel(RecordListModel[EntrySummary]):
    """Entries newest first (or search results best first), fetched as the view scrolls."""

    def __init__(self) -> None:
        super().__init__()
        self._loader: PageLoader = lambda _after: []
        self._page_size = 0
        self._more = False

    def load(self, loader: PageLoader, page_size: int) -> None:
        """Show what loader gives, starting again from its first page. A page shorter than
        page_size is the last: nothing more is asked of loader after it (with the data closed
        meanwhile, at a lock or as the app ends, a view's later layout reads nothing)."""
        self._loader, self._page_size = loader, page_size
        self.set_rows(loader(None))
        self._more = len(self._rows) >= page_size

    def show_all(self, rows: list[EntrySummary]) -> None:
        """Show rows, which are all there is (search results, a plan item's records)."""
        self._loader, self._page_size = (lambda _after: []), 0
        self.set_rows(rows)
        self._more = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._loader(self._rows[-1] if self._rows else None)
        self._more = len(page) >= self._page_size
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def value(self, entry: EntrySummary, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.heading or labels.day(entry.day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [labels.day(entry.day), entry.heading]
            if entry.mood is not None:
                parts.append(labels.mood(entry.mood))
            if entry.bring_to_session:
                parts.append(labels.bring_to_session_flag())
            if entry.private:
                parts.append(labels.private_flag())
            return ", ".join(p for p in parts if p)
        if role == EntryRole:
            return entry
        return None

    def row_of(self, entry_id: int) -> int | None:
        """The row showing an entry, if it is loaded."""
        return self.row_where(lambda entry: entry.id == entry_id)

    def replace(self, summary: EntrySummary) -> None:
        """Show the new state of an entry that is already in the list."""
        row = self.row_of(summary.id)
        if row is not None:
            self._rows[row] = summary
            index = self.index(row)
            self.dataChanged.emit(index, index)


def snippet_html(snippet: str, palette: QPalette) -> str:
    """A search snippet as HTML, the matched words bold on a soft accent background."""
    import html  # here: only search results need it, and the first rows come sooner without

    accent = palette.color(QPalette.ColorRole.Highlight)
    background = f"rgba({accent.red()}, {accent.green()}, {accent.blue()}, 70)"
    text = html.escape(" ".join(snippet.split()))
    return text.replace(
        html.escape(MATCH_START), f'<span style="background-color:{background};font-weight:600">'
    ).replace(html.escape(MATCH_END), "</span>")


class EntryDelegate(QStyledItemDelegate):
    """Draws an entry as a calm three-line card."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Only a least width: each card takes the width the list has, and its lines end at
        # a word that fits it, so the list never scrolls sideways (large text, narrow window).
        line = option.fontMetrics.lineSpacing()
        return QSize(option.fontMetrics.averageCharWidth() * 12, line * 3 + line // 2 + 12)

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
        day = labels.day(entry.day)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, day)
        badges = self._badges(entry)
        # The badges take what the date leaves (longer words in other languages need it).
        small_metrics = QFontMetrics(small)
        room = area.width() - small_metrics.horizontalAdvance(day) - small_metrics.height()
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(
                badges, Qt.TextElideMode.ElideLeft, max(room, area.width() // 3)
            ),
        )

        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        heading_rect = QRect(area.left(), top.bottom() + 1, area.width(), line)
        heading = entry.heading or self.tr("(nothing written yet)")
        # An untitled entry's first words run on from the heading into the line below it.
        more = ""
        if not entry.title:
            heading, more = _words_that_fit(heading, QFontMetrics(bold), area.width())
        painter.drawText(
            heading_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(heading, Qt.TextElideMode.ElideRight, area.width()),
        )

        painter.setFont(opt.font)
        third = QRect(area.left(), heading_rect.bottom() + 1, area.width(), line)
        if entry.snippet:
            self._paint_snippet(painter, third, entry.snippet, palette, ink)
        elif preview := (entry.first_line if entry.title else more):
            painter.setPen(quiet)
            painter.drawText(
                third,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(preview, Qt.TextElideMode.ElideRight, area.width()),
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
        # Here: only search results have snippets; the list of entries is drawn without these.
        from PySide6.QtGui import QAbstractTextDocumentLayout, QTextDocument

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
