"""The session summary on paper and in files: a QTextDocument made from its Markdown, a PDF
written by Qt's own QPdfWriter, printing, and saving Markdown.

Files are written under a temporary name and then renamed (export.write_atomically), so an
earlier file of the same name survives a failed save.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop import APP_NAME
from desktop.store.export import write_atomically

PDF_RESOLUTION = 300
PAPER_POINT_SIZE = 10.5

if TYPE_CHECKING:  # QtPrintSupport loads only when printing: a lighter start
    from PySide6.QtPrintSupport import QPrinter


def tidy(document: QTextDocument) -> None:
    """Give the headings of a document made from Markdown some room above and below."""
    line = QFontMetricsF(document.defaultFont()).lineSpacing()
    room = {1: (0.0, 0.3), 2: (1.0, 0.35), 3: (0.6, 0.15)}
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in room:
            above, below = room[level]
            spaced = block.blockFormat()
            spaced.setTopMargin(line * above)
            spaced.setBottomMargin(line * below)
            QTextCursor(block).setBlockFormat(spaced)
        block = block.next()


def paper_document(markdown: str, images: Mapping[str, QImage] | None = None) -> QTextDocument:
    """The summary laid out for paper: the system's font at a reading size, black on white,
    with the images its Markdown names (the charts of its stretch)."""
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(PAPER_POINT_SIZE)
    document.setDefaultFont(font)
    document.setMarkdown(markdown)
    # (after the Markdown: setting it clears a document's resources)
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    tidy(document)
    return document


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),  # QTextDocument.print() keeps 2 cm clear itself
        QPageLayout.Unit.Millimeter,
    )


def pdf_bytes(markdown: str, title: str, images: Mapping[str, QImage] | None = None) -> bytes:
    """The summary as a PDF document (Qt's own writer; text stays text)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    print_pages(paper_document(markdown, images), writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def save_pdf(
    markdown: str, path: Path, title: str, images: Mapping[str, QImage] | None = None
) -> Path:
    """Write the summary to path as a PDF, safely."""
    return write_atomically(path, pdf_bytes(markdown, title, images))


def save_markdown(markdown: str, path: Path) -> Path:
    """Write the summary to path as Markdown (UTF-8), safely."""
    return write_atomically(path, markdown.encode("utf-8"))


def print_summary(
    markdown: str, printer: QPrinter, images: Mapping[str, QImage] | None = None
) -> None:
    """Print the summary on a printer chosen by the person."""
    printer.setPageLayout(_page_layout())
    print_pages(paper_document(markdown, images), printer)


#: The margin around the text on paper, as QTextDocument.print keeps it.
PAPER_MARGIN_CM = 2.0
#: The resolution a text layout reads its formats' lengths at (Qt's qt_defaultDpi).
LAYOUT_DPI = 96


def print_pages(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay document out on device's pages and paint them: 2 cm margins, black text whatever
    the screen's palette, the page's number at its foot (as QTextDocument.print does), and no
    heading left alone at the foot of a page (it goes over with what it heads)."""
    layout = document.documentLayout()
    layout.setPaintDevice(device)
    # The layout reads margins at Qt's 96 dpi and scales them to the device; the page's size is
    # the device's own.
    margin = PAPER_MARGIN_CM / 2.54 * LAYOUT_DPI
    frame = document.rootFrame().frameFormat()
    frame.setMargin(margin)
    document.rootFrame().setFrameFormat(frame)
    page = QSizeF(device.width(), device.height())
    document.setPageSize(page)
    _keep_headings_with_what_follows(document)
    edge = margin * device.logicalDpiX() / LAYOUT_DPI

    painter = QPainter(device)
    number_font = QFont(document.defaultFont())
    for number in range(document.pageCount()):
        if number:
            device.newPage()
        view = QRectF(0, number * page.height(), page.width(), page.height())
        painter.save()
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = view
        context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        layout.draw(painter, context)
        painter.setClipping(False)
        painter.setFont(number_font)
        painter.setPen(Qt.GlobalColor.black)
        said = str(number + 1)
        foot = QPointF(
            page.width() - edge - painter.fontMetrics().horizontalAdvance(said),
            # Just below the text, where QTextDocument.print puts it.
            view.bottom() - edge + painter.fontMetrics().ascent() + 5 * device.logicalDpiY() / 72,
        )
        painter.drawText(foot, said)
        painter.restore()
    painter.end()


def _page_of(document: QTextDocument, y: float) -> int:
    return int(y // document.pageSize().height())


def _first_line_bottom(document: QTextDocument, block: QTextBlock) -> float:
    top = document.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    if lines.lineCount() == 0:
        return top
    first = lines.lineAt(0)
    return top + first.y() + first.height()


def _keep_headings_with_what_follows(document: QTextDocument) -> None:
    """Move a heading that would end a page onto the next one, with what follows it."""
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            top = document.documentLayout().blockBoundingRect(block).top()
            if _page_of(document, top) != _page_of(
                document, _first_line_bottom(document, following) - 1
            ):
                moved = block.blockFormat()
                moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(moved)  # (the layout follows at once)
        block = following
