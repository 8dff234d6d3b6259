"""Render the app's screens to PNG files in docs/, with sample data, in light and dark palettes.

uv run python docs/screenshots.py            (all of them)
uv run python docs/screenshots.py readable   (high-contrast.png and large-text.png only)
uv run python docs/screenshots.py import     (import-preview-light.png and -dark.png only)
uv run python docs/screenshots.py looking-back   (looking-back-*.png, session-summary-charts.png)
uv run python docs/screenshots.py unlock     (unlock-light.png and unlock-dark.png only)
uv run python docs/screenshots.py protect    (protect-light/-dark.png, recovery-code-light.png)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop import clock
from desktop.store import db, journal, notes, plan, safety, session, wins
from desktop.store.encouragement_records import NoteKind, SafetySection, SessionRhythm
from desktop.store.records import EntryFields, Kind, Outcome, Reason, Rhythm, ThoughtRecord
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common.contrast import keep_readable

DOCS = Path(__file__).resolve().parent


def dark_palette() -> QPalette:
    """A dark palette like the system's dark mode (Fusion style)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#1f2124",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#26282c",
        roles.AlternateBase: "#2e3136",
        roles.Text: "#e6e6e6",
        roles.Button: "#2a2c30",
        roles.ButtonText: "#e6e6e6",
        roles.Highlight: "#6d9fd4",
        roles.HighlightedText: "#101112",
        roles.PlaceholderText: "#9a9ea6",
        roles.ToolTipBase: "#2a2c30",
        roles.ToolTipText: "#e6e6e6",
        roles.Mid: "#4a4e55",
        roles.Dark: "#5c6068",
        roles.Light: "#50545b",
        roles.Midlight: "#303236",
        roles.Shadow: "#000000",
    }.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#6c7077"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#6c7077"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#6c7077"))
    return p


def high_contrast_palette() -> QPalette:
    """White on black, like Windows' "High contrast black" theme. It sets no PlaceholderText:
    the quiet words are what the app derives (ui/common/contrast.py), not the theme's."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#000000",
        roles.WindowText: "#ffffff",
        roles.Base: "#000000",
        roles.AlternateBase: "#000000",
        roles.Text: "#ffffff",
        roles.Button: "#000000",
        roles.ButtonText: "#ffffff",
        roles.Highlight: "#1aebff",
        roles.HighlightedText: "#000000",
        roles.ToolTipBase: "#000000",
        roles.ToolTipText: "#ffffff",
        roles.Light: "#ffffff",
        roles.Midlight: "#ffffff",
        roles.Mid: "#ffffff",
        roles.Dark: "#ffffff",
    }.items():
        p.setColor(role, QColor(colour))
    p.setColor(roles.PlaceholderText, QColor(0, 0, 0, 128))  # Qt's own, left by the theme
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a6a6a6"))
    return p


def shoot_readable(app: QApplication, today: date) -> None:
    """docs/high-contrast.png (the plan in a high-contrast palette) and docs/large-text.png
    (the plan at a 16 pt font), both at the default window size."""
    normal_font, normal_palette = QFont(app.font()), QPalette(app.palette())
    large = QFont(normal_font)
    large.setPointSizeF(16)
    for name, palette, font in (
        ("high-contrast", high_contrast_palette(), normal_font),
        ("large-text", normal_palette, large),
    ):
        app.setPalette(palette)
        app.setFont(font)
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            db.open_database(Path(folder) / "data.sqlite3")
            sample_plan(today)
            window = MainWindow(Path(folder), settings)
            window.resize(1100, 720)
            window.plan_tab.refresh()
            print(shoot(app, window, name))
            window.close()
            db.close_database()
    app.setFont(normal_font)
    app.setPalette(normal_palette)


def shoot_import(app: QApplication, today: date) -> None:
    """docs/import-preview-{light,dark}.png: File → Import… with a Daylio export read, its
    preview and its mood mapping, over a journal that holds sample entries."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.ui.app.events import Events
    from desktop.ui.app.import_dialog import ImportDialog
    from desktop.ui.app.write import Writer

    daylio = DOCS.parent / "tests" / "fixtures" / "daylio" / "daylio_export.csv"
    light = app.palette()
    for mode, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        with tempfile.TemporaryDirectory() as folder:
            downloads = Path(folder) / "Downloads"
            downloads.mkdir()
            source = downloads / daylio.name
            source.write_bytes(daylio.read_bytes())
            db.open_database(Path(folder) / "data.sqlite3")
            sample_plan(today)
            sample_journal(today)
            screen = QWidget()
            dialog = ImportDialog(
                Path(folder) / "data.sqlite3", Writer(Events(), screen), start=downloads
            )
            waiting = QEventLoop()
            dialog.previewed.connect(waiting.quit)
            QTimer.singleShot(20_000, waiting.quit)
            dialog.open_path(source)
            waiting.exec()
            dialog.path_field.setText(f"~/Downloads/{daylio.name}")  # not the temporary folder
            dialog.show()
            dialog.adjustSize()
            for _ in range(3):
                app.processEvents()
            target = DOCS / f"import-preview-{mode}.png"
            dialog.grab().save(str(target))
            print(target)
            dialog.close()
            db.close_database()
    app.setPalette(light)


def shoot_protect(app: QApplication) -> None:
    """docs/protect-{light,dark}.png (File → Protect with a passphrase…, the passphrase typed
    twice) and docs/recovery-code-light.png (the code shown once; a made-up code)."""
    from desktop.ui.app.protect_dialogs import ProtectDialog
    from desktop.ui.app.recovery_code import RecoveryCodeDialog

    light = app.palette()
    for mode, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        shots: list[tuple[str, QWidget]] = []
        protect = ProtectDialog(lambda _passphrase: "")
        protect.passphrase.first.setText("a river at dusk")
        protect.passphrase.second.setText("a river at dusk")
        shots.append((f"protect-{mode}", protect))
        if mode == "light":
            shots.append(
                ("recovery-code-light", RecoveryCodeDialog("7K2M-QX9D-4HRT-B8NW-3FZC-VJ6P"))
            )
        for name, dialog in shots:
            dialog.show()
            dialog.adjustSize()
            for _ in range(3):
                app.processEvents()
            target = DOCS / f"{name}.png"
            dialog.grab().save(str(target))
            print(target)
            dialog.close()
    app.setPalette(light)


def shoot_unlock(app: QApplication) -> None:
    """docs/unlock-{light,dark}.png: the window of a protected journal before it is unlocked
    (nothing of the journal on it)."""
    light = app.palette()
    for mode, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(Path(folder), settings, data_open=False)
            window.resize(900, 600)
            window.locking.show_locked()
            print(shoot(app, window, f"unlock-{mode}"))
            window.close()
    app.setPalette(light)


def sample_plan(today: date) -> None:
    """A few plan items with a week of honest check-ins."""
    journal = plan.add_item(
        "Journal for 20 minutes",
        why="It helps me notice what I actually feel before it piles up.",
        kind=Kind.JOURNALING,
        smaller_version="Write one sentence about today",
    )
    boundary = plan.add_item(
        "Say no to one extra request at work",
        kind=Kind.BOUNDARIES,
        rhythm=Rhythm.SOME_DAYS,
        days_per_week=2,
        smaller_version="Pause before saying yes",
    )
    walk = plan.add_item(
        "A short walk outside",
        kind=Kind.SELF_CARE,
        smaller_version="Open the window and breathe for a minute",
    )
    plan.add_item(
        "Catch one harsh thought and answer it kindly",
        kind=Kind.CHALLENGING_THOUGHTS,
        rhythm=Rhythm.WHEN_NEEDED,
    )
    monday = today - timedelta(days=today.weekday())
    pattern = {
        journal.id: [Outcome.DONE, Outcome.SMALLER, Outcome.THOUGHT, None, Outcome.SMALLER],
        boundary.id: [None, Outcome.TRIED, None, Outcome.NOT_TODAY, None],
        walk.id: [Outcome.DONE, None, Outcome.RESTED, Outcome.DONE, Outcome.TRIED],
    }
    for item_id, outcomes in pattern.items():
        for offset, outcome in enumerate(outcomes):
            day = monday + timedelta(days=offset)
            if outcome is not None and day <= today:
                plan.check_in(item_id, day, outcome)
    plan.check_in(
        journal.id, today, Outcome.THOUGHT, reasons=[Reason.OVERLOAD], note="Long day at work."
    )
    plan.adjust_item(
        journal.id,
        smaller_version="Write one sentence about today",
        rhythm=Rhythm.SOME_DAYS,
        days_per_week=4,
        note="Every day was too much this month",
    )


def sample_journal(today: date) -> int:
    """A few weeks of journal entries; returns the id of one with a prompt and thought record."""
    walk = plan.list_items()[2]
    entries = [
        (14, "Sunday walk", "Walked down to the river. Lighter than I expected.", 4, ("walks",)),
        (
            9,
            "",
            "Work was a lot today. I thought about journaling and wrote just this line.",
            2,
            ("work",),
        ),
        (
            6,
            "Said no (nearly)",
            "I paused before saying yes to the extra report. Small, but it was me choosing.",
            3,
            ("work", "boundaries"),
        ),
        (3, "Tired", "Slept badly. Rested on purpose instead of forcing the walk.", 2, ("sleep",)),
        (
            1,
            "Before Tuesday",
            "Things to bring: the walk felt too big this week, and work "
            "keeps spilling into evenings.",
            3,
            ("therapy",),
        ),
    ]
    for back, title, body, mood, tags in entries:
        journal.save_entry(
            None,
            EntryFields(
                day=today - timedelta(days=back),
                title=title,
                body=body,
                mood=mood,
                tags=tags,
                bring_to_session=back == 1,
            ),
        )
    entry = journal.save_entry(
        None,
        EntryFields(
            day=today,
            title="After the team meeting",
            body="I froze when they asked me a question in front of everyone. Afterwards I "
            "kept replaying it on the way home, and skipped the walk.",
            mood=2,
            energy=2,
            tags=("work",),
            prompt="What was the heaviest part of today? A few words are enough.",
            thought_record=ThoughtRecord(
                situation="Team meeting, asked a question I wasn't ready for",
                thought="Everyone thinks I'm not good at my job",
                feeling="Ashamed, tense",
                feeling_strength=70,
                kind_friend="You were put on the spot. Anyone can freeze for a moment.",
                balanced_thought="I froze once. It doesn't undo the work I do every week.",
                plan_item_id=walk.id,
            ),
        ),
    )
    return entry.id


def sample_encouragement(today: date) -> None:
    """Own notes, a kept message, wins by hand, the next session with questions, a safety plan."""
    notes.add_note(
        NoteKind.THERAPIST_SAID, "You don't have to earn rest. Rest is part of the work."
    )
    notes.add_note(
        NoteKind.FUTURE_ME, "Last winter felt endless too, and it ended. You got through it."
    )
    wins.add_win(today - timedelta(days=2), "Asked a colleague for help")
    wins.add_win(today, "Made a proper lunch")
    last = today - timedelta(days=9)
    session.set_schedule(today + timedelta(days=5), SessionRhythm.FORTNIGHTLY, last_day=last)
    session.add_question("Can we make the walk smaller for now?")
    session.add_question("What can I do when I freeze in meetings?")
    asked = session.add_question("Is it okay to rest instead of journaling?")
    session.set_question_done(asked.id, True)
    for section, text, number, note in (
        (SafetySection.WARNING_SIGNS, "I stop answering messages", "", ""),
        (SafetySection.WARNING_SIGNS, "Lying awake replaying the day", "", ""),
        (SafetySection.COPING, "A hot shower, then music with headphones on", "", ""),
        (SafetySection.COPING, "Walk to the end of the road and back", "", ""),
        (SafetySection.PEOPLE_PLACES, "The library café", "", ""),
        (SafetySection.ASK_FOR_HELP, "Sam (my sister)", "07700 900123", "any time"),
        (SafetySection.PROFESSIONALS, "Dr Rivera, my GP", "020 7946 0000", "weekdays"),
        (SafetySection.CRISIS_LINES, "Crisis line", "116 123", "day and night"),
        (SafetySection.MATTERS, "Miso, my cat", "", ""),
    ):
        safety.add_item(section, text, number=number, note=note)


def shoot_encouragement(app: QApplication, window: MainWindow, today: date, mode: str) -> None:
    """The Encouragement tab: today, small wins, the session summary and the safety plan."""
    from desktop.ui.encouragement.tab import SAFETY_PLAN, SESSION_PREP, SMALL_WINS, TODAY

    sample_encouragement(today)
    window.tabs.setCurrentIndex(2)
    tab = window.encouragement_tab
    tab.refresh()
    for page, name in (
        (TODAY, "encouragement"),
        (SMALL_WINS, "small-wins"),
        (SESSION_PREP, "session-summary"),
        (SAFETY_PLAN, "safety-plan"),
    ):
        tab.show_page(page)
        print(shoot(app, window, f"{name}-{mode}"))


def sample_months(today: date) -> None:
    """Three months and more of moods, energy and check-ins, for Looking back."""
    import random

    rng = random.Random(7)
    clock.freeze(datetime.combine(today - timedelta(days=120), time(9)))
    walk = plan.add_item("A short walk", smaller_version="To the corner and back")
    write = plan.add_item("Write three lines", smaller_version="One line")
    call = plan.add_item("Call a friend")
    for back in range(100, -1, -1):
        day = today - timedelta(days=back)
        clock.freeze(datetime.combine(day, time(20)))
        if rng.random() < 0.8:
            mood = round(2.6 + (100 - back) / 70 + rng.gauss(0, 0.7))
            energy = rng.choice([None, 2, 3, 3, 4])
            journal.save_entry(
                None, EntryFields(day=day, body="A day.", mood=max(1, min(5, mood)), energy=energy)
            )
        if rng.random() < 0.6:
            step = rng.choice([Outcome.DONE, Outcome.SMALLER, Outcome.SMALLER, Outcome.TRIED])
            plan.check_in(walk.id, day, step)
        if rng.random() < 0.4:
            outcome = rng.choice([Outcome.THOUGHT, Outcome.NOT_TODAY, Outcome.DONE])
            reasons = [Reason.OVERLOAD] if rng.random() < 0.4 else []
            plan.check_in(write.id, day, outcome, reasons=reasons)
        if rng.random() < 0.12:
            plan.check_in(call.id, day, Outcome.DONE)
        if back == 20:
            plan.adjust_item(write.id, smaller_version="One sentence", note="Smaller for now")
    clock.freeze(datetime.combine(today, time(10, 30)))


def shoot_looking_back(app: QApplication, today: date) -> None:
    """Looking back over three months (light and dark), and a summary PDF page with charts."""
    import shutil
    import subprocess

    from desktop.reports.session import render_markdown
    from desktop.store import session_summary
    from desktop.ui.common.labels import WORDS
    from desktop.ui.encouragement.looking_back import THREE_MONTHS
    from desktop.ui.encouragement.summary_charts import (
        chart_images,
        charts_markdown,
        stretch_for_summary,
        with_charts,
    )
    from desktop.ui.encouragement.summary_files import pdf_bytes
    from desktop.ui.encouragement.tab import LOOKING_BACK

    light = app.palette()
    for mode, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            db.open_database(Path(folder) / "data.sqlite3")
            sample_months(today)
            window = MainWindow(Path(folder), settings)
            window.resize(1180, 900)
            window.tabs.setCurrentIndex(2)
            tab = window.encouragement_tab
            tab.show_page(LOOKING_BACK)
            tab.looking_back_page.choice.setCurrentIndex(THREE_MONTHS)
            print(shoot(app, window, f"looking-back-{mode}"))
            if mode == "light" and shutil.which("pdftoppm"):
                first, last = today - timedelta(days=27), today
                stretch = stretch_for_summary(first, last)
                summary = session_summary.summary(last, first=first)
                charts = charts_markdown(stretch, images=True)
                markdown = with_charts(render_markdown(summary, WORDS), charts)
                pdf = Path(folder) / "summary.pdf"
                pdf.write_bytes(pdf_bytes(markdown, "Session prep", chart_images(stretch)))
                out = DOCS / "session-summary-charts"
                pages = subprocess.run(
                    ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
                ).stdout.split("\f")
                page = str(next(n for n, text in enumerate(pages, 1) if "Looking back" in text))
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "70", "-singlefile", "-f", page, str(pdf), str(out)],
                    check=True,
                )
                print(f"{out}.png")
            window.close()
            db.close_database()
    app.setPalette(light)


def shoot(app: QApplication, window: MainWindow, name: str) -> Path:
    """Save the window as docs/<name>.png."""
    window.show()
    for _ in range(3):
        app.processEvents()
    target = DOCS / f"{name}.png"
    window.grab().save(str(target))
    return target


def main() -> int:
    """Render every screenshot the README and the issues ask for."""
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    keep_readable(app)  # as the app does: quiet words, accent and check boxes readable
    light = app.palette()
    today = date(2026, 11, 26)  # a fixed Thursday, so the pictures don't change by the day
    clock.freeze(datetime.combine(today, time(10, 30)))
    if sys.argv[1:] == ["readable"]:  # only the two of issue 14
        shoot_readable(app, today)
        return 0
    if sys.argv[1:] == ["import"]:
        shoot_import(app, today)
        return 0
    if sys.argv[1:] == ["unlock"]:
        shoot_unlock(app)
        return 0
    if sys.argv[1:] == ["protect"]:
        shoot_protect(app)
        return 0
    if sys.argv[1:] == ["looking-back"]:
        shoot_looking_back(app, today)
        return 0
    for mode, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            db.open_database(Path(folder) / "data.sqlite3")
            window = MainWindow(Path(folder), settings)
            window.resize(1180, 760)
            print(shoot(app, window, f"plan-first-run-{mode}"))
            window.tabs.setCurrentIndex(1)
            print(shoot(app, window, f"journal-first-run-{mode}"))
            window.tabs.setCurrentIndex(0)
            sample_plan(today)
            window.plan_tab.refresh()
            print(shoot(app, window, f"plan-week-{mode}"))
            entry_id = sample_journal(today)
            window.tabs.setCurrentIndex(1)
            window.journal_tab.open_entry(entry_id)
            print(shoot(app, window, f"journal-entry-{mode}"))
            window.journal_tab.search.setText("work")
            window.journal_tab.reload()
            print(shoot(app, window, f"journal-search-{mode}"))
            window.journal_tab.search.clear()
            shoot_encouragement(app, window, today, mode)
            window.tabs.setCurrentIndex(0)
            window.close()
            db.close_database()
    app.setPalette(light)
    shoot_readable(app, today)
    shoot_import(app, today)
    shoot_protect(app)
    shoot_looking_back(app, today)
    return 0


if __name__ == "__main__":
    sys.exit(main())
