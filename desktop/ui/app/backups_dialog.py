"""The Backups dialog: every backup by date, "Back up now", and restoring one."""

from __future__ import annotations

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


def when_words(moment: datetime) -> str:
    """A date and time in the person's own format."""
    locale = QLocale()
    day = locale.toString(to_qdate(moment.date()), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


def size_words(size: int) -> str:
    """A file size people can read."""
    return QLocale().formattedDataSize(size)


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
        for found in backup.list_backups(self.db_path):
            when = when_words(found.made_at)
            item = QTreeWidgetItem([when, reason_words(found.reason), size_words(found.size)])
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
