"""The Backups dialog: every backup by date, "Back up now", and restoring one."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
    QTime,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.words import QT_TRANSLATE_NOOP
from desktop.store import backup, db, files
from desktop.store.errors import StoreError
from desktop.ui.common.dates import to_qdate
from desktop.ui.common.i18n import explain

PATH_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


REASONS = {
    "before-update": QT_TRANSLATE_NOOP("BackupsDialog", "Before an update of the data format"),
    "start": QT_TRANSLATE_NOOP("BackupsDialog", "When the app started"),
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Made by you"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before restoring a backup"),
    "before-import": QT_TRANSLATE_NOOP("BackupsDialog", "Before an import"),
    "command-line": QT_TRANSLATE_NOOP("BackupsDialog", "From the command line"),
}


def reason_words(reason: str) -> str:
    """Why a backup was made, in plain words."""
    key = "before-update" if reason.startswith("before-update") else reason
    return QCoreApplication.translate("BackupsDialog", REASONS[key]) if key in REASONS else reason


def when_words(moment: datetime, *, seconds: bool = False) -> str:
    """A date and time in the person's own format, to the second if asked."""
    locale = QLocale()
    day = locale.toString(to_qdate(moment.date()), QLocale.FormatType.LongFormat)
    if seconds:
        time = locale.toString(QTime(moment.hour, moment.minute, moment.second), _with_seconds())
    else:
        time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


def _with_seconds() -> str:
    """The person's own time format with seconds: the long one without its time zone."""
    shape = QLocale().timeFormat(QLocale.FormatType.LongFormat)
    # Outside quoted text, "t" (one to four) is the time zone: "h:mm:ss AP t" is "h:mm:ss AP".
    parts = re.split(r"('[^']*')", shape)
    kept = "".join(p if p.startswith("'") else re.sub(r"t+", "", p) for p in parts)
    return kept.strip(" ,")


#: Decimal units, as people say them ("200 KB", "1.2 MB"): each a thousand of the one before.
UNITS = [
    QT_TRANSLATE_NOOP("BackupsDialog", "%1 KB"),
    QT_TRANSLATE_NOOP("BackupsDialog", "%1 MB"),
    QT_TRANSLATE_NOOP("BackupsDialog", "%1 GB"),
    QT_TRANSLATE_NOOP("BackupsDialog", "%1 TB"),
]


def size_words(size: int) -> str:
    """A file size as people say it: whole kilobytes ("201 KB"), then one decimal under 100
    ("1.2 MB", "12.5 MB", "120 MB"), in the person's own way of writing numbers."""
    locale = QLocale()
    if size < 1000:  # (hardly ever, for a backup)
        words = QCoreApplication.translate("BackupsDialog", "%1 bytes")
        return words.replace("%1", locale.toString(size))
    value, unit = size / 1000, 0
    while True:
        decimals = 0 if unit == 0 or value >= 100 else 1
        if round(value, decimals) < 1000 or unit == len(UNITS) - 1:
            break
        value, unit = value / 1000, unit + 1  # "1,000 KB" is "1.0 MB"
    number = locale.toString(value, "f", decimals)
    return QCoreApplication.translate("BackupsDialog", UNITS[unit]).replace("%1", number)


def _minutes_shared(moments: list[datetime]) -> set[datetime]:
    """The minutes in which more than one of the moments falls."""
    minutes = Counter(moment.replace(second=0, microsecond=0) for moment in moments)
    return {minute for minute, count in minutes.items() if count > 1}


class BackupsDialog(QDialog):
    """Lists the backups newest first; makes one now; restores the selected one."""

    restored = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(
            self.tr(
                "The app keeps copies of your data here: one when it starts (if anything "
                "changed), one a day while it runs, and before every update or restore. Older "
                "ones are thinned out: the last week day by day, then one a week, then one a "
                "month for a year."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Size")])
        self.list.headerItem().setTextAlignment(2, _RIGHT)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.empty = QLabel(self.tr("No backups yet. “Back up now” makes the first one."))
        self.empty.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_now = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.open_folder = QPushButton(self.tr("Open backups &folder"))
        for button in (self.back_up_now, self.restore_button, self.open_folder):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.back_up_now.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_folder.clicked.connect(self._open_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 24)
        self.refresh()

    def refresh(self) -> None:
        """Show the backups as they are on disk now."""
        self.list.clear()
        backups = backup.list_backups(self.db_path)
        # Two made in the same minute (a restore, say, and the backup before it) would read
        # alike: those two say their seconds too.
        shared = _minutes_shared([found.made_at for found in backups])
        for found in backups:
            minute = found.made_at.replace(second=0, microsecond=0)
            when = when_words(found.made_at, seconds=minute in shared)
            item = QTreeWidgetItem([when, reason_words(found.reason), size_words(found.size)])
            item.setTextAlignment(2, _RIGHT)  # sizes line up by their units
            item.setData(0, PATH_ROLE, str(found.path))
            self.list.addTopLevelItem(item)
        has_any = self.list.topLevelItemCount() > 0
        self.empty.setVisible(not has_any)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def selected_path(self) -> Path | None:
        """The backup chosen in the list."""
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    @Slot()
    def make_backup(self) -> None:
        """Back up now and show the new backup at the top."""
        try:
            backup.make_backup(self.db_path, "manual")
        except StoreError as error:
            QMessageBox.information(self, self.tr("Backups"), explain(error))
        self.refresh()

    @Slot()
    def restore_selected(self) -> None:
        """Ask, then restore the selected backup (what is there now is backed up first)."""
        chosen = self.selected_path()
        item = self.list.currentItem()
        if chosen is None or item is None:
            return
        when = item.text(0)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr("Go back to your data as it was on %1?").replace("%1", when),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "What you have now is saved as a backup first, so you can come back to it "
                "from this list."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        try:
            backup.restore(chosen, self.db_path)
        except (StoreError, OSError) as error:
            if not db.is_open() and self.db_path.exists():  # never a fresh file in its place
                db.open_database(self.db_path)
            said = explain(error) if isinstance(error, StoreError) else str(error)
            QMessageBox.information(self, self.tr("Backups"), said)
            self.refresh()
            return
        self.refresh()
        self.restored.emit()
        QMessageBox.information(
            self,
            self.tr("Backups"),
            self.tr("Your data is back as it was on %1.").replace("%1", when),
        )

    @Slot()
    def _open_folder(self) -> None:
        folder = files.backup_folder(self.db_path)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
