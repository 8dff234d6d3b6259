"""The Import dialog's words: the preview said in sentences, what stays out and why, and the
calm result once it is done. In the dialog's translation context ("ImportDialog")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.reports.words import QT_TRANSLATE_NOOP
from desktop.store.sources.entries import SourceKind
from desktop.ui.common import labels
from desktop.ui.common.labels import Counts

if TYPE_CHECKING:
    from desktop.store.importing import ImportResult
    from desktop.store.sources.entries import LeftOut
    from desktop.store.sources.preview import ImportPreview
    from desktop.store.sources.write import SourceImportResult

#: The apps, as the kind chooser names them (in the order people most often come from).
KIND_NAMES = {
    SourceKind.DAYONE: QT_TRANSLATE_NOOP("ImportDialog", "Day One"),
    SourceKind.JRNL: QT_TRANSLATE_NOOP("ImportDialog", "jrnl"),
    SourceKind.DAYLIO: QT_TRANSLATE_NOOP("ImportDialog", "Daylio"),
    SourceKind.REDNOTEBOOK: QT_TRANSLATE_NOOP("ImportDialog", "RedNotebook"),
    SourceKind.MARKDOWN: QT_TRANSLATE_NOOP("ImportDialog", "Markdown notes"),
    SourceKind.BETWEEN_SESSIONS: QT_TRANSLATE_NOOP("ImportDialog", "A Between Sessions export"),
}


def kind_name(kind: SourceKind) -> str:
    """The app's name, in the person's language."""
    return QCoreApplication.translate("ImportDialog", KIND_NAMES[kind])


def entries(count: int) -> str:
    """'1 entry', '1,204 entries'."""
    return Counts.tr("%Ln entries", "", count)


def summary(shown: ImportPreview, other_rows: int = 0) -> str:
    """The preview in words: how many, which days, how many already here, what stays out.
    other_rows: our own export's plan items, check-ins, notes and the rest."""
    name = kind_name(shown.kind)
    lines = []
    if shown.entries == 0 or shown.first_day is None or shown.last_day is None:
        lines.append(
            QCoreApplication.translate("ImportDialog", "%1 holds no entries to bring in.").replace(
                "%1", shown.name
            )
        )
    elif shown.first_day == shown.last_day:
        lines.append(
            QCoreApplication.translate("ImportDialog", "%1 from %2, on %3.")
            .replace("%1", entries(shown.entries))
            .replace("%2", name)
            .replace("%3", labels.day(shown.first_day))
        )
    else:
        lines.append(
            QCoreApplication.translate("ImportDialog", "%1 from %2, %3 to %4.")
            .replace("%1", entries(shown.entries))
            .replace("%2", name)
            .replace("%3", labels.day(shown.first_day))
            .replace("%4", labels.day(shown.last_day))
        )
    if shown.entries and not shown.new and shown.kind != SourceKind.BETWEEN_SESSIONS:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "All of them are already here: nothing to add."
            )
        )
    elif shown.already_here:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "%1 already here, so not added again."
            ).replace("%1", entries(shown.already_here))
        )
    left_out = left_out_lines(shown.left_out)
    if left_out:
        lines.append(
            QCoreApplication.translate("ImportDialog", "Left out:")
            + "\n"
            + "\n".join(f"• {line}" for line in left_out)
        )
    if shown.unknown_time_zones:
        lines.append(
            Counts.tr(
                "%Ln entries have a time zone the app doesn't know; their times stay as the "
                "other app kept them, in UTC.",
                "",
                shown.unknown_time_zones,
            )
        )
    if other_rows:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog",
                "And %1 more things: plan items, check-ins, notes and the rest. Those already "
                "here are recognised and not added again.",
            ).replace("%1", labels.count(other_rows))
        )
    return "\n\n".join(lines)


def left_out_lines(left: LeftOut) -> list[str]:
    """What stays out of the import, and why, one line each."""
    counted = (
        (
            left.photos,
            Counts.tr("%Ln photos and attachments (they stay in the other app)", "", left.photos),
        ),
        (
            left.empty,
            Counts.tr("%Ln empty entries (nothing written in them)", "", left.empty),
        ),
        (left.other_files, Counts.tr("%Ln files that aren't notes", "", left.other_files)),
        (
            left.undated,
            Counts.tr("%Ln notes without a date in their names", "", left.undated),
        ),
        (
            left.repeated,
            Counts.tr("%Ln entries that were there twice (kept once)", "", left.repeated),
        ),
    )
    return [words for count, words in counted if count]


def own_export_result(result: ImportResult) -> str:
    """What importing our own export did, calmly."""
    added = result.added.get("journal_entry", 0)
    others = result.total_added - added - result.added.get("tag", 0)
    text = QCoreApplication.translate("ImportDialog", "Added %1 from your export.").replace(
        "%1", entries(added)
    )
    if others:
        text += " " + QCoreApplication.translate(
            "ImportDialog", "And %1 more things: plan items, notes and the rest."
        ).replace("%1", labels.count(others))
    return text


def source_result(shown: ImportPreview, result: SourceImportResult) -> str:
    """What importing another app's journal did: "Added 1,204 entries from Day One. 3 photos
    weren't brought over." """
    text = (
        QCoreApplication.translate("ImportDialog", "Added %1 from %2.")
        .replace("%1", entries(result.added))
        .replace("%2", kind_name(shown.kind))
    )
    if result.already_here:
        text += " " + QCoreApplication.translate("ImportDialog", "%1 already here.").replace(
            "%1", entries(result.already_here)
        )
    photos = shown.left_out.photos
    if photos:
        text += " " + Counts.tr("%Ln photos weren't brought over.", "", photos)
    return text
