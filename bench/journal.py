"""Journal benchmark: a ten-year journal (20,000 entries), measured against a bare Qt window.

    uv run python bench/journal.py [--entries 20000] [--starts 7] [--encrypted]

Start time and peak memory are ratios to a bare PySide6 QMainWindow with three empty tabs,
started the same way in the same run, because this machine is shared and noisy. The app starts
on its Journal tab (as a person who journals most leaves it). The last line is the summary:

    journal-bench: start_ratio=R content_ratio=R first_page_ms=N search_median_ms=N
    search_p95_ms=N search_drawn_ms=N save_median_ms=N rss_ratio=R db_text_ratio=R
    backup_text_ratio=R import_s=N

(one line). start_ratio: the app's window drawn / the bare window drawn; content_ratio: the
Journal's first rows drawn / the bare window drawn; first_page_ms: building and showing the
Journal tab in this process; search_median_ms, search_p95_ms: the store's search alone;
search_drawn_ms: the median from the last key typed in the search box to its results drawn;
save_median_ms: saving an entry; rss_ratio: the app's peak memory / the bare window's;
db_text_ratio: the database's bytes / the raw text's (titles, bodies, thought records, tags,
as UTF-8); backup_text_ratio: one backup's bytes / the raw text's; import_s: importing the JSON
export of every entry into a fresh data folder with the command line, start to exit.

With --encrypted, a protected copy of the same journal is measured too, and a second line ends
the output:

    journal-bench-encrypted: unlock_ms=N content_ratio=R search_ratio=R save_ratio=R

unlock_ms: deriving the key from the passphrase and opening with it (meant to cost: 300-1000 ms);
the ratios are the encrypted journal's / the plain one's in the same run: content_ratio its first
rows drawn less its unlocking, search_ratio the store's median search, save_ratio the median save.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication([])
def visit():
    for number in range(tabs.count()):
        tabs.setCurrentIndex(number)
        app.processEvents()
    window.close()
    app.quit()
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:  # "shown" means drawn, as for the app
            self.painted = True
            print("smoke test: window shown", flush=True)
            QTimer.singleShot(0, visit)
window = Window()
tabs = QTabWidget()
for name in ("Action plan", "Journal", "Encouragement"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1100, 720)
window.show()
app.exec()
"""

# The app exactly as `python -m desktop` starts it, told to say when the Journal's list first
# draws rows it read from the store (the window's own smoke-test lines say the rest). The smoke
# test's visit of every tab waits until then: it would build the other tabs first. The rows are
# seen by the list's delegate, and said once the drawing they were in is done: on the event
# loop's next turn, by a first-paint callback on the tab's page, which is drawn before the tab
# (so it comes before the work the tab itself leaves for after its first drawing: reading the
# tags, 18 ms on this journal, with the rows on screen already). The list's viewport() is never
# asked for, which would make PySide build every widget class it has to learn what the viewport
# is (46 enums, 10 ms the app itself never spends).
APP_WITH_ROWS_DRAWN = """
import sys
from PySide6.QtCore import QTimer
from desktop import app
from desktop.ui.app import main_window
from desktop.ui.common.lazy_page import after_first_paint

painted, drawn, waiting = [], [], []

def rows_drawn():
    if drawn or not painted:
        return  # (said once; and only for a drawing that had rows in it)
    print("smoke test: journal rows drawn", flush=True)
    drawn.append(True)
    for window in waiting:
        QTimer.singleShot(0, lambda: visit_every_tab(window))

make_journal = main_window.MainWindow._make_journal
def _make_journal(self):
    tab = make_journal(self)  # (built, not drawn yet: the delegate is told before its first row)
    after_first_paint(self._journal_page, rows_drawn)
    delegate = type(tab.list.itemDelegate())
    paint_row = delegate.paint
    def _paint_row(self, painter, option, index):
        paint_row(self, painter, option, index)
        if not painted:
            painted.append(True)
            QTimer.singleShot(0, rows_drawn)  # once this drawing is done
    delegate.paint = _paint_row
    return tab
main_window.MainWindow._make_journal = _make_journal

visit_every_tab = app._visit_every_tab
def _visit_every_tab(window):
    if drawn:
        visit_every_tab(window)
    else:
        waiting.append(window)
app._visit_every_tab = _visit_every_tab

sys.exit(app.main(sys.argv[1:]))
"""

# Journal text follows Zipf's law like real writing: a few words are everywhere ("today",
# "felt"), most are rare. The vocabulary: function words, everyday topics, then a long tail.
FUNCTION_WORDS = [
    "i",
    "the",
    "and",
    "to",
    "a",
    "was",
    "of",
    "it",
    "in",
    "my",
    "that",
    "but",
    "so",
    "me",
    "felt",
    "today",
    "not",
    "just",
    "with",
    "for",
    "about",
    "this",
    "at",
    "had",
    "on",
    "be",
    "what",
    "like",
    "again",
    "more",
    "it's",
    "then",
    "when",
    "all",
    "how",
    "out",
    "up",
    "really",
    "some",
    "too",
    "after",
    "could",
]
TOPIC_WORDS = [
    "heavy",
    "light",
    "calm",
    "tired",
    "work",
    "sleep",
    "walk",
    "friend",
    "family",
    "sister",
    "mother",
    "father",
    "therapy",
    "session",
    "plan",
    "boundary",
    "thought",
    "feeling",
    "anxious",
    "hopeful",
    "small",
    "step",
    "tried",
    "rest",
    "morning",
    "evening",
    "coffee",
    "tea",
    "rain",
    "sun",
    "river",
    "park",
    "bus",
    "train",
    "office",
    "meeting",
    "email",
    "phone",
    "dinner",
    "lunch",
    "breakfast",
    "book",
    "music",
    "song",
    "quiet",
    "noise",
    "kind",
    "harsh",
    "voice",
    "body",
    "breath",
    "chest",
    "shoulders",
    "headache",
    "energy",
    "slow",
    "fast",
    "enough",
    "maybe",
    "perhaps",
    "nothing",
    "something",
    "garden",
    "window",
    "kitchen",
    "cat",
    "dog",
    "neighbour",
    "weekend",
    "holiday",
    "birthday",
    "worry",
    "fear",
    "change",
    "perfect",
    "mistake",
    "proud",
    "grateful",
    "lonely",
    "together",
    "alone",
    "honest",
    "hard",
    "easy",
    "gentle",
    "practice",
    "journal",
    "write",
    "sentence",
    "page",
    "minute",
    "hour",
    "week",
    "month",
    "year",
    "remember",
    "forget",
    "notice",
    "listen",
]
UNICODE = ["café", "naïve", "Zürich", "façade", "東京", "مرحبا", "😊", "🌧️", "💗", "e\u0301te\u0301"]
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "da",
    "de",
    "di",
    "do",
    "fa",
    "fe",
    "fi",
    "ga",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "pa",
    "pe",
    "pi",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "wa",
    "we",
    "ya",
    "yo",
    "za",
    "zo",
]


def vocabulary(size: int = 6000) -> tuple[list[str], list[float]]:
    """Words in order of frequency, and cumulative Zipf weights to draw them with."""
    rng = random.Random(5)
    tail: list[str] = []
    seen = set(FUNCTION_WORDS) | set(TOPIC_WORDS)
    while len(tail) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            tail.append(word)
    words = FUNCTION_WORDS + TOPIC_WORDS + tail
    total, cumulative = 0.0, []
    for rank in range(len(words)):
        total += 1 / (rank + 1)
        cumulative.append(total)
    return words, cumulative


WORDS, CUMULATIVE = vocabulary()


def sentence(rng: random.Random, length: int) -> str:
    """A sentence drawn from the vocabulary, with the odd accent, script or emoji."""
    words = rng.choices(WORDS, cum_weights=CUMULATIVE, k=length)
    for position in range(length):
        if rng.random() < 0.02:
            words[position] = rng.choice(UNICODE)
    return " ".join(words).capitalize() + "."


def generate(data_dir: Path, count: int) -> int:
    """Fill data_dir with count entries over ten years, through the store's own functions;
    returns the bytes of text written (UTF-8: titles, bodies, thought records, tags)."""
    from desktop import clock, paths
    from desktop.store import db, journal
    from desktop.store.models import writing
    from desktop.store.records import EntryFields, ThoughtRecord

    rng = random.Random(20261126)
    db.open_database(paths.database_path(data_dir))
    start = clock.today() - timedelta(days=3650)
    tags = ["work", "sleep", "family", "walks", "therapy", "friends", "body", "rest"]
    text_bytes = 0
    with writing():  # one transaction: each save below is a savepoint
        for number in range(count):
            words = rng.randint(50, 400)
            body = "\n".join(sentence(rng, n) for n in _split(words, rng))
            record = None
            if rng.random() < 0.05:
                record = ThoughtRecord(
                    situation=sentence(rng, 8),
                    thought=sentence(rng, 8),
                    balanced_thought=sentence(rng, 10),
                )
            fields = EntryFields(
                day=start + timedelta(days=number * 3650 // count),
                title=sentence(rng, rng.randint(2, 6))[:-1] if rng.random() < 0.6 else "",
                body=body,
                mood=rng.choice([None, 1, 2, 3, 4, 5]),
                energy=rng.choice([None, 1, 2, 3, 4, 5]),
                tags=tuple(rng.sample(tags, rng.randint(0, 2))),
                bring_to_session=rng.random() < 0.05,
                private=rng.random() < 0.05,
                thought_record=record,
            )
            journal.save_entry(None, fields)
            texts = [fields.title, fields.body, *fields.tags]
            if record is not None:
                texts += [record.situation, record.thought, record.balanced_thought]
            text_bytes += sum(len(text.encode("utf-8")) for text in texts)
    db.close_database()
    return text_bytes


def _split(total: int, rng: random.Random) -> list[int]:
    parts = []
    while total > 0:
        n = min(total, rng.randint(6, 24))
        parts.append(n)
        total -= n
    return parts


# Each measured command is started by a small launcher of its own: a child forked from this
# process, large by then, would count this process's memory as its own peak (Linux keeps the
# high-water mark across exec), and the launcher reads the clock beside the child.
LAUNCHER = """
import json, os, subprocess, sys, time
command = json.loads(sys.argv[1])
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
# An installed app runs from compiled bytecode; let the children write and use it.
env.pop("PYTHONDONTWRITEBYTECODE", None)
began = time.perf_counter()
child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
marks = {}
for line in child.stdout:
    if line.startswith("smoke test: "):
        marks.setdefault(line[len("smoke test: "):].strip(), time.perf_counter() - began)
_pid, status, usage = os.wait4(child.pid, 0)
marks["seconds"] = time.perf_counter() - began
marks["exit"] = os.waitstatus_to_exitcode(status)
marks["peak_kib"] = usage.ru_maxrss
print(json.dumps(marks))
"""


def launch(command: list[str]) -> dict[str, float]:
    """Run command through the launcher: seconds from its start to each smoke-test line it
    printed ("window shown", "journal rows drawn", ...) and to its exit, its exit status and its
    peak RSS in KiB."""
    out = subprocess.run(
        [sys.executable, "-c", LAUNCHER, json.dumps(command)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    ).stdout
    marks: dict[str, float] = json.loads(out.splitlines()[-1])
    if marks["exit"] != 0:
        raise RuntimeError(f"{command} did not finish cleanly (exit {marks['exit']})")
    return marks


def timed_start(command: list[str]) -> tuple[float, float, int]:
    """Seconds from launch to the window being drawn and to the Journal's first rows drawn (the
    app goes up first and opens its data a moment later; the bare window has none), and the
    child's peak RSS in KiB."""
    marks = launch(command)
    if "window shown" not in marks:
        raise RuntimeError(f"{command} never showed its window")
    shown = marks["window shown"]
    return shown, marks.get("journal rows drawn", shown), int(marks["peak_kib"])


def measure_starts(data_dir: Path, starts: int) -> tuple[float, float, float]:
    """Median start ratio, first-rows ratio and peak-memory ratio of the app against the bare
    window."""
    # The app opens on the tab it was closed on: the Journal (the settings are the bench's own,
    # under XDG_CONFIG_HOME; --smoke-test leaves the remembered tab as it was).
    settings = Path(os.environ["XDG_CONFIG_HOME"], "Between Sessions", "Between Sessions.conf")
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[window]\ntab=1\n", encoding="utf-8")
    app = [
        sys.executable,
        "-c",
        APP_WITH_ROWS_DRAWN,
        "--data-dir",
        str(data_dir),
        "--smoke-test",
    ]
    bare = [sys.executable, "-c", BARE_WINDOW]
    app_times, app_data, bare_times, app_rss, bare_rss = [], [], [], [], []
    timed_start(bare)  # warm-up: bytecode written, files in the page cache
    timed_start(app)
    for _ in range(starts):  # interleaved, so both see the same machine
        seconds, _same, rss = timed_start(bare)
        bare_times.append(seconds)
        bare_rss.append(rss)
        seconds, data, rss = timed_start(app)
        app_times.append(seconds)
        app_data.append(data)
        app_rss.append(rss)
    bare_median = statistics.median(bare_times)
    print(
        f"start: app median {statistics.median(app_times) * 1000:.0f} ms, "
        f"bare window {bare_median * 1000:.0f} ms; the Journal's first rows drawn at "
        f"{statistics.median(app_data) * 1000:.0f} ms"
    )
    print(f"peak RSS: app {max(app_rss) / 1024:.0f} MiB, bare {max(bare_rss) / 1024:.0f} MiB")
    # Ratios pair by pair (each app start with the bare start just before it), then the median:
    # a pair sees the same machine, so a slow moment moves both.
    return (
        statistics.median(a / b for a, b in zip(app_times, bare_times, strict=True)),
        statistics.median(a / b for a, b in zip(app_data, bare_times, strict=True)),
        max(app_rss) / max(bare_rss),
    )


QUERIES = [
    # everyday words, found in many entries
    "today",
    "felt",
    "work",
    "sleep",
    "walk",
    "therapy session",
    "tired",
    "coffee",
    "mother",
    "boundary",
    "kind voice",
    "river park",
    "enough",
    "notice",
    "breath chest",
    "garden",
    "lonely",
    "proud",
    "holiday",
    "neighbour",
    "email phone",
    "quiet",
    "music song",
    "fear change",
    "perfect mistake",
    "grateful",
    "honest",
    "gentle practice",
    "journal",
    "remember",
    "listen",
    "birthday",
    "headache",
    "dinner lunch",
    "cat dog",
    # rarer words from the long tail, and words typed halfway
    "bako",
    "lemiso",
    "tavi",
    "zoreka",
    "ki",
    "mo",
    "wor",
    "sl",
    "gard",
    "th",
    # accents, other scripts, phrases, exclusions and things that are not words
    "caf",
    "café",
    "cafe",
    "東京",
    '"small step"',
    "rain -sun",
    "NEAR(",
    "a AND",
    "(((",
    "😊",
]


#: Typed into the Journal's search box, a key at a time, as a person types them.
TYPED = [
    "therapy",
    "coffee",
    "boundary",
    "kind voice",
    "river",
    "lemiso",
    "garden",
    "grateful",
    "small step",
    "headache",
    "work",
    "tavi",
]
KEY_INTERVAL_MS = 110  # a steady typist: about 90 words a minute


def measure_typing(app: Any, tab: Any) -> tuple[float, float, float]:
    """Type TYPED into the tab's search box; the median ms from the last key to its results
    drawn, and the median and longest ms the window was busy with one key (its stutter)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    resets: list[str] = []
    tab.model.modelReset.connect(lambda: resets.append(tab.search.text()))
    painted = Painted()
    tab.list.viewport().installEventFilter(painted)

    def until(done: Any, seconds: float = 10.0) -> None:
        deadline = time.perf_counter() + seconds
        while not done() and time.perf_counter() < deadline:
            app.processEvents()
        if not done():
            raise RuntimeError("the search box's results never came")

    def pump(ms: float) -> float:
        """Run the event loop for ms; the longest single turn of it, in ms."""
        longest, end = 0.0, time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            began = time.perf_counter()
            app.processEvents()
            longest = max(longest, (time.perf_counter() - began) * 1000)
        return longest

    def clear() -> None:
        if tab.search.text():
            resets.clear()
            tab.search.clear()
            until(lambda: bool(resets) and resets[-1] == "")

    drawn, keys = [], []
    tab.search.setFocus()
    for word in TYPED:
        clear()
        pump(300)
        for number, char in enumerate(word):
            began = time.perf_counter()
            QTest.keyClick(tab.search, char)
            keys.append((time.perf_counter() - began) * 1000)
            if number < len(word) - 1:
                keys[-1] = max(keys[-1], pump(KEY_INTERVAL_MS))
        last_key = time.perf_counter()
        resets.clear()
        seen = painted.count
        until(lambda w=word, s=seen: w in resets and painted.count > s)  # type: ignore[misc]
        drawn.append((time.perf_counter() - last_key) * 1000)
    clear()
    tab.list.viewport().removeEventFilter(painted)
    print(
        f"typing: {len(TYPED)} words, last key to results drawn median "
        f"{statistics.median(drawn):.0f} ms (max {max(drawn):.0f}); the window busy with a key "
        f"median {statistics.median(keys):.1f} ms, longest {max(keys):.1f} ms"
    )
    return statistics.median(drawn), statistics.median(keys), max(keys)


def measure_in_process(data_dir: Path) -> dict[str, float]:
    """First page of the journal tab, search latency (the store's, and typed), save latency,
    in this process."""
    from PySide6.QtWidgets import QApplication

    from desktop import paths
    from desktop.store import db, journal, search
    from desktop.store.records import EntryFilter, Flag
    from desktop.ui.app.events import Events
    from desktop.ui.journal.tab import JournalTab

    app = QApplication.instance() or QApplication([])
    db.open_database(paths.database_path(data_dir))
    began = time.perf_counter()
    tab = JournalTab(Events())
    tab.resize(1100, 720)
    tab.show()
    app.processEvents()
    first_page_ms = (time.perf_counter() - began) * 1000
    assert tab.model.rowCount() > 0

    filters = [
        EntryFilter(),
        EntryFilter(tag="work"),
        EntryFilter(flag=Flag.BRING_TO_SESSION),
        EntryFilter(mood_from=1, mood_to=2),
    ]
    latencies = []
    for number, query in enumerate(QUERIES):
        which = filters[number % len(filters)]
        began = time.perf_counter()
        search.search(query, which)
        latencies.append((time.perf_counter() - began) * 1000)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    search_drawn_ms, _key_median, _key_longest = measure_typing(app, tab)

    entry = journal.get_entry(search.list_entries(limit=1)[0].id)
    saves = []
    rng = random.Random(7)
    for _ in range(100):
        fields = entry.fields.__class__(
            **{
                **{name: getattr(entry.fields, name) for name in entry.fields.__slots__},
                "body": entry.fields.body + " " + sentence(rng, 5),
            }
        )
        began = time.perf_counter()
        entry = journal.save_entry(entry.id, fields)
        saves.append((time.perf_counter() - began) * 1000)
    tab.close()
    db.close_database()
    print(
        f"search: {len(latencies)} queries, min {latencies[0]:.1f} ms, max {latencies[-1]:.1f} ms"
    )
    return {
        "first_page_ms": first_page_ms,
        "search_median_ms": statistics.median(latencies),
        "search_p95_ms": p95,
        "search_drawn_ms": search_drawn_ms,
        "save_median_ms": statistics.median(saves),
    }


def database_bytes(data_dir: Path) -> int:
    """The data file's bytes on disk (with its -wal and -shm, should they be left)."""
    return sum(f.stat().st_size for f in data_dir.glob("*.sqlite3*") if f.is_file())


def measure_backup(data_dir: Path) -> int:
    """Bytes of one backup, made as the app makes them."""
    from desktop import paths
    from desktop.store import backup, db

    db_path = paths.database_path(data_dir)
    db.open_database(db_path)
    try:
        made = backup.make_backup(db_path, "manual", thin_afterwards=False)
    finally:
        db.close_database()
    size = made.path.stat().st_size
    made.path.unlink()  # (the app's starts below make their own)
    return size


def measure_import(data_dir: Path, into: Path) -> float:
    """Seconds to import the JSON export of data_dir into a fresh folder with the command line,
    from the command's start to its exit."""
    from desktop import paths
    from desktop.store import db, export

    db.open_database(paths.database_path(data_dir))
    try:
        exported = export.export_json(into.with_name("export.json"))
    finally:
        db.close_database()
    command = [sys.executable, "-m", "desktop", "import", "--data-dir", str(into), str(exported)]
    marks = launch(command)
    print(
        f"import: {exported.stat().st_size / 2**20:.0f} MiB of JSON in {marks['seconds']:.1f} s, "
        f"peak RSS {marks['peak_kib'] / 1024:.0f} MiB"
    )
    return marks["seconds"]


# Put before APP_WITH_ROWS_DRAWN for an encrypted journal: the start says when it began and
# ended unlocking (deriving the key from the passphrase is meant to cost), so the rest of the
# start can be compared with the plain journal's.
TIMED_UNLOCK = """
from desktop.store import protect
_unlock = protect.unlock
def _timed_unlock(*args, **kwargs):
    print("smoke test: unlock began", flush=True)
    _unlock(*args, **kwargs)
    print("smoke test: unlocked", flush=True)
protect.unlock = _timed_unlock
"""
PASSPHRASE = "a bench passphrase, long enough"


def protected_copy(data_dir: Path, into: Path) -> Path:
    """The journal of data_dir copied into into and protected as the app does it (a passphrase
    costed for this machine); returns a file holding the passphrase. The key is forgotten."""
    from desktop import paths
    from desktop.store import engine, protect

    into.mkdir()
    db_path = paths.database_path(into)
    shutil.copyfile(paths.database_path(data_dir), db_path)
    began = time.perf_counter()
    protect.protect(db_path, PASSPHRASE)
    engine.forget_key(db_path)
    print(f"protect: {time.perf_counter() - began:.1f} s to encrypt the copy")
    passphrase_file = into.with_name("passphrase.txt")
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return passphrase_file


def measure_unlock(db_path: Path, times: int = 3) -> float:
    """Median ms to unlock the encrypted journal at db_path with its passphrase (the key is
    remembered afterwards)."""
    from desktop.store import engine, protect

    took = []
    for _ in range(times):
        engine.forget_key(db_path)
        began = time.perf_counter()
        protect.unlock(db_path, passphrase=PASSPHRASE)
        took.append((time.perf_counter() - began) * 1000)
    return statistics.median(took)


def measure_encrypted_starts(plain: Path, encrypted: Path, passphrase: Path, starts: int) -> float:
    """Median ratio of the encrypted journal's first rows drawn, less its unlocking, to the plain
    journal's, started in turn."""
    plain_app = [sys.executable, "-c", APP_WITH_ROWS_DRAWN, "--data-dir", str(plain)]
    encrypted_app = [
        *[sys.executable, "-c", TIMED_UNLOCK + APP_WITH_ROWS_DRAWN, "--data-dir", str(encrypted)],
        *["--passphrase-file", str(passphrase)],
    ]
    ratios, unlocking = [], []
    for number in range(starts + 1):  # the first pair warms up
        plain_marks = launch([*plain_app, "--smoke-test"])
        marks = launch([*encrypted_app, "--smoke-test"])
        if "journal rows drawn" not in marks or "unlocked" not in marks:
            raise RuntimeError("the encrypted journal's start never drew its rows")
        unlock = marks["unlocked"] - marks["unlock began"]
        if number:
            unlocking.append(unlock * 1000)
            rest = marks["journal rows drawn"] - unlock
            ratios.append(rest / plain_marks["journal rows drawn"])
    print(f"encrypted start: unlocking {statistics.median(unlocking):.0f} ms of it (median)")
    return statistics.median(ratios)


def measure_encrypted(data_dir: Path, folder: Path, starts: int, plain: dict[str, float]) -> str:
    """The encrypted journal's summary line: a protected copy of data_dir against data_dir."""
    from desktop import paths

    passphrase = protected_copy(data_dir, folder / "encrypted")
    unlock_ms = measure_unlock(paths.database_path(folder / "encrypted"))
    content_ratio = measure_encrypted_starts(data_dir, folder / "encrypted", passphrase, starts)
    figures = measure_in_process(folder / "encrypted")  # (unlocked by measure_unlock)
    return (
        f"journal-bench-encrypted: unlock_ms={unlock_ms:.0f} "
        f"content_ratio={content_ratio:.2f} "
        f"search_ratio={figures['search_median_ms'] / plain['search_median_ms']:.2f} "
        f"save_ratio={figures['save_median_ms'] / plain['save_median_ms']:.2f}"
    )


def main() -> int:
    """Generate, measure, print the summary line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument(
        "--encrypted", action="store_true", help="also measure a protected copy of the journal"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="journal-bench-") as folder:
        data_dir = Path(folder)
        os.environ["XDG_CONFIG_HOME"] = str(data_dir / "config")  # settings stay in here too
        began = time.perf_counter()
        text_bytes = generate(data_dir, args.entries)
        db_bytes = database_bytes(data_dir)
        print(
            f"generated {args.entries:,} entries in {time.perf_counter() - began:.1f} s: "
            f"{text_bytes / 2**20:.1f} MiB of text, a database of {db_bytes / 2**20:.1f} MiB"
        )
        backup_bytes = measure_backup(data_dir)
        print(f"backup: {backup_bytes / 2**20:.1f} MiB")
        import_s = measure_import(data_dir, Path(folder, "imported"))
        start_ratio, content_ratio, rss_ratio = measure_starts(data_dir, args.starts)
        figures = measure_in_process(data_dir)
        encrypted = (
            measure_encrypted(data_dir, data_dir, args.starts, figures) if args.encrypted else ""
        )
    print(
        f"journal-bench: start_ratio={start_ratio:.2f} "
        f"content_ratio={content_ratio:.2f} "
        f"first_page_ms={figures['first_page_ms']:.0f} "
        f"search_median_ms={figures['search_median_ms']:.1f} "
        f"search_p95_ms={figures['search_p95_ms']:.1f} "
        f"search_drawn_ms={figures['search_drawn_ms']:.0f} "
        f"save_median_ms={figures['save_median_ms']:.1f} "
        f"rss_ratio={rss_ratio:.2f} "
        f"db_text_ratio={db_bytes / text_bytes:.2f} "
        f"backup_text_ratio={backup_bytes / text_bytes:.2f} "
        f"import_s={import_s:.1f}"
    )
    if encrypted:
        print(encrypted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
