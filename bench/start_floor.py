"""How quick the first rows can be at all: the least a PySide window can do to draw real journal
rows, measured like bench/journal.py's app (the same bare window, paired start by start).

    uv run python bench/start_floor.py [--entries 20000] [--starts 9]

The floor window is the bare window of bench/journal.py with a list in its Journal tab: after
its first drawing it reads the newest entries with one SQL query (sqlcipher3, no peewee, no
checks, no migrations), puts them in a QListView and draws them. Nothing else: no menus, no
editor, no filters, no readable outlines. What it shows is what journal.py's content_ratio
and start_ratio can't go below on this machine with this Python and PySide:

    start-floor: start_ratio=R content_ratio=R rss_ratio=R
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import journal

FLOOR_WINDOW = """
import sys
from PySide6.QtCore import QAbstractListModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QTabWidget, QWidget

app = QApplication([])
rows = []

class Rows(QAbstractListModel):
    def rowCount(self, parent=None):
        return len(rows)
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            day, title, start = rows[index.row()]
            return f"{day}  {title}\\n{start}"
        return None

class List(QListView):
    said = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if rows and not self.said:
            self.said = True
            print("smoke test: journal rows drawn", flush=True)
            QTimer.singleShot(0, app.quit)

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("smoke test: window shown", flush=True)
            QTimer.singleShot(0, read)

def read():
    import sqlcipher3.dbapi2 as sqlite
    connection = sqlite.connect(sys.argv[1])
    rows.extend(connection.execute(
        "SELECT day, title, substr(body, 1, 400) FROM journal_entry WHERE deleted_at IS NULL "
        "ORDER BY day DESC, id DESC LIMIT 200"
    ).fetchall())
    model.beginResetModel()
    model.endResetModel()

window = Window()
tabs = QTabWidget()
listed = List()
model = Rows()
listed.setModel(model)
for name, page in (("Action plan", QWidget()), ("Journal", listed), ("Encouragement", QWidget())):
    tabs.addTab(page, name)
tabs.setCurrentIndex(1)
window.setCentralWidget(tabs)
window.resize(1100, 720)
window.show()
app.exec()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--starts", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="start-floor-") as folder:
        journal.generate(Path(folder), args.entries)
        from desktop import paths

        floor = [sys.executable, "-c", FLOOR_WINDOW, str(paths.database_path(Path(folder)))]
        bare = [sys.executable, "-c", journal.BARE_WINDOW]
        journal.launch(bare)  # warm-up: bytecode written, files in the page cache
        journal.launch(floor)
        starts, contents, peaks = [], [], []
        for _ in range(args.starts):  # interleaved, paired: a slow moment moves both
            before = journal.launch(bare)
            marks = journal.launch(floor)
            starts.append(marks["window shown"] / before["window shown"])
            contents.append(marks["journal rows drawn"] / before["window shown"])
            peaks.append(marks["peak_kib"] / before["peak_kib"])
    print(
        f"start-floor: start_ratio={statistics.median(starts):.2f} "
        f"content_ratio={statistics.median(contents):.2f} "
        f"rss_ratio={statistics.median(peaks):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
