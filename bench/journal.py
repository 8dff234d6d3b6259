"""Journal benchmark: a ten-year journal (20,000 entries), measured against a bare Qt window.

    uv run python bench/journal.py [--entries 20000] [--starts 7]

Start time and peak memory are ratios to a bare PySide6 QMainWindow with three empty tabs,
started the same way in the same run, because this machine is shared and noisy. The last line
is the summary:

    journal-bench: start_ratio=R first_page_ms=N search_median_ms=N search_p95_ms=N
    save_median_ms=N rss_ratio=R
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

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


def generate(data_dir: Path, count: int) -> None:
    """Fill data_dir with count entries over ten years, through the store's own functions."""
    from desktop import clock, paths
    from desktop.store import db, journal
    from desktop.store.models import writing
    from desktop.store.records import EntryFields, ThoughtRecord

    rng = random.Random(20261126)
    db.open_database(paths.database_path(data_dir))
    start = clock.today() - timedelta(days=3650)
    tags = ["work", "sleep", "family", "walks", "therapy", "friends", "body", "rest"]
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
            journal.save_entry(
                None,
                EntryFields(
                    day=start + timedelta(days=number * 3650 // count),
                    title=sentence(rng, rng.randint(2, 6))[:-1] if rng.random() < 0.6 else "",
                    body=body,
                    mood=rng.choice([None, 1, 2, 3, 4, 5]),
                    energy=rng.choice([None, 1, 2, 3, 4, 5]),
                    tags=tuple(rng.sample(tags, rng.randint(0, 2))),
                    bring_to_session=rng.random() < 0.05,
                    private=rng.random() < 0.05,
                    thought_record=record,
                ),
            )
    db.close_database()


def _split(total: int, rng: random.Random) -> list[int]:
    parts = []
    while total > 0:
        n = min(total, rng.randint(6, 24))
        parts.append(n)
        total -= n
    return parts


def timed_start(command: list[str]) -> tuple[float, float, int]:
    """Seconds from launch to the window being shown and to its first tab showing data (the
    app goes up first and opens its data a moment later; the bare window has none), and the
    child's peak RSS in KiB."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed app runs from compiled bytecode; let the children write and use it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert child.stdout is not None
    shown = data = None
    for line in child.stdout:
        if "window shown" in line and shown is None:
            shown = time.perf_counter() - began
        if "data shown" in line and data is None:
            data = time.perf_counter() - began
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if shown is None or child.returncode != 0:
        raise RuntimeError(f"{command} did not start cleanly (exit {child.returncode})")
    return shown, data if data is not None else shown, usage.ru_maxrss


def measure_starts(data_dir: Path, starts: int) -> tuple[float, float]:
    """Median start ratio and peak-memory ratio of the app against the bare window."""
    app = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--smoke-test"]
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
        f"bare window {bare_median * 1000:.0f} ms; the app's first tab shows its data at "
        f"{statistics.median(app_data) * 1000:.0f} ms "
        f"({statistics.median(app_data) / bare_median:.2f}x the bare window)"
    )
    print(f"peak RSS: app {max(app_rss) / 1024:.0f} MiB, bare {max(bare_rss) / 1024:.0f} MiB")
    return (
        statistics.median(app_times) / statistics.median(bare_times),
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


def measure_in_process(data_dir: Path) -> dict[str, float]:
    """First page of the journal tab, search latency and save latency, in this process."""
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
        "save_median_ms": statistics.median(saves),
    }


def main() -> int:
    """Generate, measure, print the summary line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--starts", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="journal-bench-") as folder:
        data_dir = Path(folder)
        os.environ["XDG_CONFIG_HOME"] = str(data_dir / "config")  # settings stay in here too
        began = time.perf_counter()
        generate(data_dir, args.entries)
        size = sum(f.stat().st_size for f in data_dir.glob("*.sqlite3*")) / 2**20
        print(
            f"generated {args.entries:,} entries in {time.perf_counter() - began:.1f} s "
            f"({size:.0f} MiB)"
        )
        start_ratio, rss_ratio = measure_starts(data_dir, args.starts)
        figures = measure_in_process(data_dir)
    print(
        f"journal-bench: start_ratio={start_ratio:.2f} "
        f"first_page_ms={figures['first_page_ms']:.0f} "
        f"search_median_ms={figures['search_median_ms']:.1f} "
        f"search_p95_ms={figures['search_p95_ms']:.1f} "
        f"save_median_ms={figures['save_median_ms']:.1f} "
        f"rss_ratio={rss_ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
