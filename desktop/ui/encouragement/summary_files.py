"""The session summary on paper and in files: a QTextDocument made from its Markdown, a PDF
written by Qt's own QPdfWriter, printing, and saving Markdown.

Files are written under a temporary name and then renamed (export.write_atomically), so an
earlier file of the same name survives a failed save.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
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


def paper_document(markdown: str) -> QTextDocument:
    """The summary laid out for paper: the system's font at a reading size, black on white."""
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(PAPER_POINT_SIZE)
    document.setDefaultFont(font)
    document.setMarkdown(markdown)
    tidy(document)
    return document


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),  # QTextDocument.print() keeps 2 cm clear itself
        QPageLayout.Unit.Millimeter,
    )


def pdf_bytes(markdown: str, title: str) -> bytes:
    """The summary as a PDF document (Qt's own writer; text stays text)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    # Not paginated, so print() lays the text out on the page with its own 2 cm margins, page
    # numbers, and black text whatever the screen's palette.
    paper_document(markdown).print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def save_pdf(markdown: str, path: Path, title: str) -> Path:
    """Write the summary to path as a PDF, safely."""
    return write_atomically(path, pdf_bytes(markdown, title))


def save_markdown(markdown: str, path: Path) -> Path:
    """Write the summary to path as Markdown (UTF-8), safely."""
    return write_atomically(path, markdown.encode("utf-8"))


def print_summary(markdown: str, printer: QPrinter) -> None:
    """Print the summary on a printer chosen by the person."""
    printer.setPageLayout(_page_layout())
    paper_document(markdown).print_(printer)
