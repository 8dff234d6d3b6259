"""The session summary on paper and in files: translated words for the report, a QTextDocument
made from its Markdown, a PDF written by Qt's own QPdfWriter, printing, and saving Markdown.

Files are written under a temporary name and then renamed (export.write_atomically), so an
earlier file of the same name survives a failed save.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
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
from desktop.reports.session import ENGLISH_PHRASES, Words
from desktop.store.export import write_atomically
from desktop.ui.common import labels

PDF_RESOLUTION = 300
PAPER_POINT_SIZE = 10.5

if TYPE_CHECKING:  # QtPrintSupport loads only when printing: a lighter start
    from PySide6.QtPrintSupport import QPrinter


def _tr(text: str) -> str:
    return QCoreApplication.translate("session_report", text)


def translated_words() -> Words:
    """The report's words in the person's language (through Qt's translations)."""
    phrases = {
        "title": _tr("Session prep"),
        "period": _tr("From %1 to %2"),
        "next_session": _tr("Next session: %1"),
        "plan": _tr("The plan"),
        "nothing_noted": _tr("nothing noted"),
        "paused": _tr("paused"),
        "retired": _tr("retired"),
        "got_in_the_way": _tr("What got in the way"),
        "once": _tr("%1 — once"),
        "times": _tr("%1 — %2 times"),
        "in_my_words": _tr("In my words: “%1”"),
        "adjustments": _tr("Adjustments"),
        "small_wins": _tr("Small wins"),
        "wrote_entry": _tr("wrote in my journal"),
        "wrote_entry_titled": _tr("wrote in my journal: %1"),
        "to_bring": _tr("To bring to the session"),
        "thought_records": _tr("Thought records"),
        "situation": _tr("The situation"),
        "thought": _tr("The thought"),
        "feeling": _tr("What it made me feel"),
        "kind_friend": _tr("What a kind friend would say"),
        "balanced_thought": _tr("A more balanced thought"),
        "about_step": _tr("About the step"),
        "questions": _tr("My questions"),
        "nothing_yet": _tr(ENGLISH_PHRASES["nothing_yet"]),
        "footer": _tr("Made with Between Sessions. Entries marked private are never included."),
    }
    return Words(
        outcome=lambda o: labels.outcome(o).lower(),
        reason=labels.reason,
        adjustment=lambda a: labels.adjustment(replace(a, note="")),  # the report adds the note
        day=lambda d: f"{labels.weekday(d)} {labels.day(d)}",
        phrases=phrases,
    )


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
