"""Files from "other apps" built to do harm, or just odd: each is refused with an error that has
a code and words (and changes nothing), or read safely, never hanging and never running
anything."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.reports.errors import explain
from desktop.store import db, journal, search
from desktop.store.errors import ImportFileError
from desktop.store.records import EntryFields
from desktop.store.sources import detect, reading, write
from desktop.store.sources.entries import SourceKind
from tests.frozen import TODAY
from tests.store.store_helpers import sha256

DAYONE_ENTRY = '{"uuid": "A", "creationDate": "2024-03-01T20:30:00Z", "text": "words"}'


def refused(path: Path, kind: SourceKind | None = None, **options: str) -> ImportFileError:
    """The error reading path gives; its words say nothing changed."""
    with pytest.raises(ImportFileError) as caught:
        detect.read_source(path, kind, **options)
    words = explain(caught.value)
    assert "Nothing was changed." in words
    assert "Something couldn't be done" not in words  # every code has words of its own
    return caught.value


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packed:
        for name, data in members.items():
            packed.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["../../outside.json", "/etc/journal.json", "C:/x.json"])
def test_a_zip_with_a_name_that_leads_out_of_it_is_not_opened(tmp_path: Path, name: str) -> None:
    archive = _zip(tmp_path / "export.zip", {"Journal.json": b"{}", name: b"{}"})
    assert refused(archive, SourceKind.DAYONE).code == "import.zip_unsafe_path"


def test_a_zip_bomb_is_not_unpacked_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_SOURCE_BYTES", 1 << 20)
    bomb = b'{"entries": [' + b" " * (8 << 20) + b"]}"  # 8 MB of spaces pack into kilobytes
    archive = _zip(tmp_path / "export.zip", {"Journal.json": bomb})
    assert archive.stat().st_size < 100_000
    assert refused(archive).code == "import.zip_too_large"


def test_a_zip_that_claims_less_than_it_holds_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_SOURCE_BYTES", 1 << 20)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("Journal.json", b'{"entries": [' + b" " * (4 << 20) + b"]}")
    data = bytearray(buffer.getvalue())
    size = (4 << 20) + 15
    claimed = (100).to_bytes(4, "little")
    for at in range(len(data) - 4):  # the sizes in the local header and the central directory
        if data[at : at + 4] == size.to_bytes(4, "little"):
            data[at : at + 4] = claimed
    archive = tmp_path / "export.zip"
    archive.write_bytes(bytes(data))
    assert refused(archive, SourceKind.DAYONE).code in ("import.zip_broken", "import.zip_too_large")


@pytest.mark.skipif(os.name == "nt", reason="Windows may write a sparse gigabyte out in full")
def test_a_file_of_a_gigabyte_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    with path.open("wb") as file:
        file.truncate(1 << 30)  # sparse: no gigabyte written here either
    error = refused(path, SourceKind.JRNL)
    assert error.code == "import.source_too_large"
    assert "256 MB" in explain(error)


def test_a_spreadsheet_saved_in_a_legacy_code_page_is_refused_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_bytes(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-03-04,March 4,Monday,12:00,meh,Ärger,,Café\n".encode("cp1252")
    )
    error = refused(path)
    assert error.code == "import.not_utf8"
    assert "UTF-8" in explain(error)


def test_utf16_without_its_mark_is_not_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_bytes("full_date,mood\n2024-03-04,meh\n".encode("utf-16-le"))
    assert refused(path, SourceKind.DAYLIO).code == "import.binary"


@pytest.mark.parametrize(
    "month",
    [
        "1: !!python/object/apply:os.system ['touch hacked']\n",
        "1: {text: !!python/name:os.system ''}\n",
        "1: !custom {text: hi}\n",
    ],
)
def test_yaml_with_tags_that_are_not_plain_data_is_refused_and_nothing_runs(
    tmp_path: Path, month: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "2024-03.txt").write_text(month, encoding="utf-8")
    assert refused(tmp_path, SourceKind.REDNOTEBOOK).code == "import.yaml_not_plain"
    assert not (tmp_path / "hacked").exists()


def test_yaml_that_expands_itself_a_billion_times_is_read_in_no_time(tmp_path: Path) -> None:
    laughs = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, 9):
        laughs.append(
            f"{'abcdefghij'[n]}: &{'abcdefghij'[n]} ["
            + ", ".join(["*" + "abcdefghij"[n - 1]] * 9)
            + "]"
        )
    (tmp_path / "2024-03.txt").write_text("\n".join(laughs) + "\n", encoding="utf-8")
    # Not a RedNotebook month (its days are numbers): refused, without building the billion.
    assert refused(tmp_path, SourceKind.REDNOTEBOOK).code == "import.bad_date"


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("2024-02.txt", "31: {text: the last of February}\n", SourceKind.REDNOTEBOOK),
        ("journal.txt", "[2023-02-29 09:00:00 AM] Not a leap year.\n", SourceKind.JRNL),
        ("daylio.csv", "full_date,mood,note\n2024-02-31,meh,x\n", SourceKind.DAYLIO),
        ("2024-02-30.md", "A day that never was", SourceKind.MARKDOWN),
        (
            "Journal.json",
            '{"entries": [{"creationDate": "2024-02-30T10:00:00Z", "text": "x"}]}',
            SourceKind.DAYONE,
        ),
    ],
)
def test_a_date_that_does_not_exist_is_refused(
    tmp_path: Path, name: str, text: str, kind: SourceKind
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    target = tmp_path if kind == SourceKind.REDNOTEBOOK else tmp_path / name
    assert refused(target, kind).code in ("import.no_such_day", "import.bad_date")


@pytest.mark.parametrize("value", ["25:00", "13:00 pm", "noon"])
def test_a_time_that_does_not_exist_is_refused(tmp_path: Path, value: str) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(f"full_date,time,mood\n2024-03-01,{value},meh\n", encoding="utf-8")
    assert refused(path, SourceKind.DAYLIO).code == "import.bad_time"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Path]:
    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    db.open_database(path)
    journal.save_entry(None, EntryFields(day=TODAY, body="Already here"))
    yield path
    db.close_database()


def test_an_entry_longer_than_the_journal_keeps_is_refused_and_nothing_changes(
    store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    body = "ten megabytes " * 800_000  # 11.2 million characters
    path.write_text(
        '{"entries": [{"title": "fine", "body": "ok", "date": "2024-03-01", "time": "09:00"},'
        f'{{"title": "long", "body": "{body}", "date": "2024-03-02", "time": "09:00"}}]}}',
        encoding="utf-8",
    )
    before = sha256(store)
    with pytest.raises(ImportFileError) as caught:
        write.import_reading(detect.read_source(path))
    assert caught.value.code == "import.entry_too_long"
    assert explain(caught.value).startswith("In export.json, entry 2 (dated 2024-03-02)")
    assert sha256(store) == before


def test_nul_characters_are_taken_out_as_everywhere_in_the_store(
    store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "journal.txt"
    path.write_bytes(b"[2024-03-01 09:00:00 AM] A\x00 title.\nbo\x00dy\n")
    write.import_reading(detect.read_source(path))
    (found,) = search.search("body")
    assert (found.title, journal.get_entry(found.id).fields.body) == ("A title.", "body")


def test_a_folder_of_too_many_files_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_NAMES", 50)  # 50,000 in the app: the same rule, smaller
    for n in range(51):
        (tmp_path / f"2024-01-{n % 28 + 1:02d} {n}.md").write_text("x", encoding="utf-8")
    error = refused(tmp_path, SourceKind.MARKDOWN)
    assert (error.code, error.details) == ("import.too_many_files", {"limit": 50})


def test_a_zip_of_too_many_names_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_NAMES", 5)
    archive = _zip(tmp_path / "x.zip", {f"photos/{n}.jpeg": b"" for n in range(6)})
    assert refused(archive, SourceKind.DAYONE).code == "import.too_many_files"


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
# (our own export is read by importing.read_file: test_hostile_import)
@pytest.mark.parametrize("kind", [None, *(k for k in SourceKind if k != "between-sessions")])
def test_a_fifo_or_a_link_to_dev_zero_never_hangs(tmp_path: Path, kind: SourceKind | None) -> None:
    fifo = tmp_path / "journal.json"
    os.mkfifo(fifo)
    zero = tmp_path / "export.zip"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero):
        assert refused(path, kind).code == "import.not_a_file"


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_fifo_in_a_folder_of_notes_is_counted_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "2024-03-01.md")
    (tmp_path / "2024-03-02.md").write_text("a note", encoding="utf-8")
    (tmp_path / "2024-03-03.md").symlink_to("/dev/zero")
    found = detect.read_source(tmp_path)
    assert [e.body for e in found.entries] == ["a note"]
    assert found.left_out.other_files == 2
