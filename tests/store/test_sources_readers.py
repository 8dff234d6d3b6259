"""Each reader gives exactly what the other app held: days and times (time zones included),
titles, text, tags and moods, from files the real programs wrote where they run here
(tests/fixtures/README.md says which)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from desktop.store.errors import ImportFileError
from desktop.store.sources import dayone, detect, jrnl, markdown
from desktop.store.sources.entries import LeftOut, SourceEntry, SourceKind

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_day_one_entries_are_on_the_day_and_time_the_person_saw() -> None:
    reading = detect.read_source(FIXTURES / "dayone" / "Journal.json")
    assert reading.kind == SourceKind.DAYONE
    assert reading.entries == (
        SourceEntry(
            day=date(2024, 3, 1),
            time=time(21, 30),  # 20:30 UTC in Berlin (CET)
            title="A walk by the river",
            body="It was cold. I noticed the light (finally) - and stayed a while!\n\n"
            "1. breathe\n2. look up",
            tags=("walks", "Ärger", "starred"),
            source_id="8A2B7C1E5F3D4A6B9C0D1E2F3A4B5C6D",
            photos=1,
        ),
        SourceEntry(
            day=date(2024, 3, 5),  # 23:30 UTC on the 4th is past midnight in Berlin
            time=time(0, 30),
            body="Past midnight here 😊 — naïve hope, 東京 one day.",
            source_id="0F1E2D3C4B5A69788796A5B4C3D2E1F0",
        ),
        SourceEntry(
            day=date(2024, 3, 5),  # 03:15 UTC on the 6th is the evening before in Los Angeles
            time=time(19, 15),
            body="Session notes\n\nWe talked about *small* steps. Next time: the boundary "
            "with [work].",
            tags=("therapy",),
            source_id="11111111222233334444555566667777",
        ),
    )
    # The last entry held only two photos: it is left out, and they are counted.
    assert reading.left_out == LeftOut(photos=3, empty=1)


def test_day_one_zip_reads_its_journal_and_never_its_photos(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.write(FIXTURES / "dayone" / "Journal.json", "Journal.json")
        packed.writestr("photos/6f1ed002ab5595859014ebf0951522d9.jpeg", b"\xff\xd8 not text")
    assert detect.detect(archive) == SourceKind.DAYONE
    from_zip = detect.read_source(archive)
    assert from_zip.entries == detect.read_source(FIXTURES / "dayone" / "Journal.json").entries


@pytest.mark.parametrize(
    ("escaped", "plain"),
    [("1\\. 2\\.", "1. 2."), ("\\(a\\) \\[b\\] \\*c\\*", "(a) [b] *c*"), ("C:\\\\x", "C:\\x")],
)
def test_day_one_escapes_are_undone(escaped: str, plain: str) -> None:
    assert dayone.unescape(escaped) == plain


def test_a_day_one_time_zone_the_app_does_not_know_keeps_utc_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(
        '{"entries": [{"uuid": "A", "creationDate": "2024-03-01T23:30:00Z", '
        '"timeZone": "Mars/Olympus_Mons", "text": "hello"}]}',
        encoding="utf-8",
    )
    reading = detect.read_source(path, SourceKind.DAYONE)
    assert (reading.entries[0].day, reading.entries[0].time) == (date(2024, 3, 1), time(23, 30))
    assert reading.unknown_time_zones == 1


JRNL_ENTRIES = (
    SourceEntry(
        day=date(2024, 3, 1),
        time=time(21, 30),
        title="A long walk by the river.",
        body="It was cold, but @walks help. I noticed the light on the water.",
        tags=("walks",),
    ),
    SourceEntry(day=date(2024, 3, 2), time=time(7, 5), title="Morning pages", tags=("starred",)),
    SourceEntry(
        day=date(2024, 3, 3),
        time=time(13, 0),
        title="Hard session today!",
        body="I said the thing I was afraid to say. #therapy @Ärger",
        tags=("therapy", "ärger"),
    ),
    SourceEntry(
        day=date(2024, 3, 4),
        time=time(23, 59),
        title="Café evening with Lena 😊 — naïve plans, 東京 one day.",
    ),
    SourceEntry(day=date(2024, 3, 5), time=time(8, 15), title="Three small things."),
    SourceEntry(
        day=date(2024, 3, 6),
        time=time(20, 0),
        title="Wrote a list",
        body="sleep\nwater\ncall Mum\n\nThat is enough for today. @selfcare",
        tags=("selfcare",),
    ),
)


@pytest.mark.parametrize("name", ["export.json", "journal.txt"])
def test_jrnl_export_and_journal_file_read_as_jrnl_wrote_them(name: str) -> None:
    path = FIXTURES / "jrnl" / name
    assert detect.detect(path) == SourceKind.JRNL
    assert detect.read_source(path).entries == JRNL_ENTRIES


def test_jrnl_titles_split_as_jrnl_splits_them() -> None:
    assert jrnl.split_title("Done. More here") == ("Done.", "More here")
    assert jrnl.split_title("First line\nsecond. third") == ("First line", "second. third")
    assert jrnl.split_title("No end") == ("No end", "")


def test_daylio_moods_activities_and_12_or_24_hour_times() -> None:
    reading = detect.read_source(FIXTURES / "daylio" / "daylio_export.csv")
    assert reading.kind == SourceKind.DAYLIO
    assert reading.entries == (
        SourceEntry(
            day=date(2024, 3, 6),
            time=time(21, 41),
            title="A good evening",
            body="Dinner with Sam, then a walk 😊.",
            tags=("friends", "walk"),
            mood="rad",
        ),
        SourceEntry(day=date(2024, 3, 6), time=time(8, 2), mood="meh"),
        SourceEntry(
            day=date(2024, 3, 5),
            time=time(0, 5),  # 12:05 am
            body="Hard day.\nSlept early, and that was enough.",
            tags=("work", "sleep early"),
            mood="awful",
        ),
        SourceEntry(
            day=date(2024, 3, 4),
            time=time(12, 0),  # 12:00 pm
            body="Ein Mood mit eigenem Namen",
            tags=("Ärger",),
            mood="Ruhig",  # a mood name of the person's own
        ),
    )


def test_daylio_newer_export_with_scales_reads_by_header_name() -> None:
    reading = detect.read_source(FIXTURES / "daylio" / "daylio_export_scales.csv")
    assert reading.entries == (
        SourceEntry(
            day=date(2024, 3, 8),
            time=time(7, 15),
            body="Newer export with scales",
            tags=("coffee",),
            mood="good",
        ),
    )


def test_daylio_saved_again_by_a_spreadsheet_as_utf16_with_tabs(tmp_path: Path) -> None:
    text = (FIXTURES / "daylio" / "daylio_export.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    tabbed = "\r\n".join(
        [lines[0].replace(",", "\t"), "2024-03-04\tMarch 4\tMonday\t12:00 pm\tRuhig\tÄrger\t\tRuhe"]
    )
    path = tmp_path / "daylio.csv"
    path.write_bytes(tabbed.encode("utf-16"))  # with its byte-order mark, as Excel saves it
    assert detect.detect(path) == SourceKind.DAYLIO
    (entry,) = detect.read_source(path).entries
    assert (entry.mood, entry.tags, entry.body) == ("Ruhig", ("Ärger",), "Ruhe")


def test_rednotebook_days_categories_and_tags_from_its_own_storage() -> None:
    folder = FIXTURES / "rednotebook"
    assert detect.detect(folder) == SourceKind.REDNOTEBOOK
    reading = detect.read_source(folder)
    assert reading.entries == (
        SourceEntry(
            day=date(2024, 2, 3),
            body="A **quiet** day. Walked to the //lake// and back.\n\n- tea\n- a call with "
            "Sam\n\n#walks and #Ruhe\n\nWork: Finished the report",
            tags=("Work", "therapy", "walks", "ruhe"),
        ),
        SourceEntry(
            day=date(2024, 2, 29), body="Leap day 😊 — naïve thoughts about 東京.\nSecond line."
        ),
        SourceEntry(
            day=date(2024, 3, 1),
            body="Session prep: bring up the [boundaries note https://example.org].\n\n"
            "Mood: calmer than last week\nMood: tired",
            tags=("Mood",),
        ),
        SourceEntry(day=date(2024, 3, 2), tags=("sleep",)),
    )


def test_markdown_folder_dates_front_matter_and_hashtags(tmp_path: Path) -> None:
    notes = tmp_path / "vault"
    (notes / "Daily" / "2024").mkdir(parents=True)
    (notes / ".obsidian").mkdir()
    (notes / ".obsidian" / "app.json").write_text("{}", encoding="utf-8")
    (notes / "Daily" / "2024" / "2024-03-01.md").write_text(
        "# A slow Friday\n\nTea with #friends, then #self-care/rest.\n\n```\n#not-a-tag\n```\n",
        encoding="utf-8",
    )
    (notes / "Daily" / "2024" / "2024-03-02.md").write_text(
        "---\ntitle: Saturday\ntags: [walks, Ärger]\nmood: 4\n---\nWalked 😊 #1 is no tag.\n",
        encoding="utf-8",
    )
    (notes / "Ideas.md").write_text("---\ndate: 2024-03-03\n---\nAn idea.", encoding="utf-8")
    (notes / "Someday.md").write_text("No date anywhere.", encoding="utf-8")
    (notes / "picture.png").write_bytes(b"\x89PNG")
    assert detect.detect(notes) == SourceKind.MARKDOWN
    reading = detect.read_source(notes)
    assert reading.entries == (
        SourceEntry(
            day=date(2024, 3, 1),
            title="A slow Friday",
            body="Tea with #friends, then #self-care/rest.\n\n```\n#not-a-tag\n```",
            tags=("friends", "self-care/rest"),
        ),
        SourceEntry(
            day=date(2024, 3, 2),
            title="Saturday",
            body="Walked 😊 #1 is no tag.",
            tags=("walks", "Ärger"),
            mood="4",
        ),
        SourceEntry(day=date(2024, 3, 3), body="An idea."),
    )
    assert reading.left_out == LeftOut(undated=1, other_files=1)


def test_markdown_date_pattern_the_person_gives(tmp_path: Path) -> None:
    (tmp_path / "Tagebuch 01.03.2024.md").write_text("Erster Tag", encoding="utf-8")
    reading = markdown.read(tmp_path, "DD.MM.YYYY")
    assert [(e.day, e.body) for e in reading.entries] == [(date(2024, 3, 1), "Erster Tag")]
    with pytest.raises(ImportFileError) as refused:
        markdown.read(tmp_path, "DD.MM")
    assert refused.value.code == "import.bad_date_pattern"


def test_what_cannot_be_told_apart_is_said(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just words", encoding="utf-8")
    assert detect.detect(path) is None
    with pytest.raises(ImportFileError) as refused:
        detect.read_source(path)
    assert refused.value.code == "import.unknown_kind"


@pytest.mark.parametrize(
    ("kind", "entry"),
    [
        (SourceKind.DAYONE, '{"uuid": "U1", "creationDate": "2024-03-01T09:00:00Z", "text": "a"}'),
        (SourceKind.JRNL, '{"uuid": "U1", "date": "2024-03-01", "time": "09:00", "title": "a"}'),
    ],
)
def test_an_entry_there_twice_by_its_id_comes_in_once(
    tmp_path: Path, kind: SourceKind, entry: str
) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"entries": [' + entry + ", " + entry + "]}", encoding="utf-8")
    reading = detect.read_source(path, kind)
    assert [e.source_id for e in reading.entries] == ["U1"]
    assert reading.left_out == LeftOut(repeated=1)


def test_a_note_saved_on_windows_has_its_lines_as_the_journal_keeps_them(tmp_path: Path) -> None:
    (tmp_path / "2024-03-01.md").write_bytes(b"---\r\ntitle: Friday\r\n---\r\none\r\ntwo\r\n")
    (entry,) = detect.read_source(tmp_path).entries
    assert (entry.title, entry.body) == ("Friday", "one\ntwo")


def test_rednotebook_old_tags_category_gives_tags(tmp_path: Path) -> None:
    (tmp_path / "2012-05.txt").write_text(
        "7: {Tags: {Ruhe: null, walks: null}, text: An older journal}\n", encoding="utf-8"
    )
    (entry,) = detect.read_source(tmp_path).entries
    assert (entry.day, entry.body, entry.tags) == (date(2012, 5, 7), "An older journal",
                                                   ("Ruhe", "walks"))  # fmt: skip


def test_jrnl_journal_with_a_24_hour_time_format(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(
        "[2024-03-01 21:30] Late. Words\n\n[2024-03-02 07:05] Early\n", encoding="utf-8"
    )
    assert [(e.day, e.time, e.title, e.body) for e in detect.read_source(path).entries] == [
        (date(2024, 3, 1), time(21, 30), "Late. Words", ""),  # jrnl splits at a line first
        (date(2024, 3, 2), time(7, 5), "Early", ""),
    ]


def test_markdown_front_matter_that_is_not_plain_data_is_refused(tmp_path: Path) -> None:
    (tmp_path / "2024-03-01.md").write_text(
        "---\ntitle: !!python/object/apply:os.system ['true']\n---\nx", encoding="utf-8"
    )
    with pytest.raises(ImportFileError) as refused:
        detect.read_source(tmp_path)
    assert refused.value.code == "import.yaml_not_plain"
