"""What to tell the person about each error the store can raise: one table, keyed by its code.

The store's errors carry a code and details, never a sentence (store/errors.py). explain() turns
one into calm, plain words, in the person's language when the app passes its translator (tr),
in English on the command line. Every text is marked for pyside6-lupdate under the context
"errors".
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.reports.words import QT_TRANSLATE_NOOP, Translate, english, fill
from desktop.store.errors import CannotSaveError, DiskTrouble, ImportFileError, StoreError

CONTEXT = "errors"

#: Said where the app keeps retrying by itself (autosave, a check-in): the words are safe.
CANNOT_SAVE = {
    DiskTrouble.FULL: QT_TRANSLATE_NOOP(
        "errors",
        "Your disk is full; nothing was lost, and what you typed is still here. Freeing a "
        "little space lets the app save it; it will keep trying.",
    ),
    DiskTrouble.READ_ONLY: QT_TRANSLATE_NOOP(
        "errors",
        "The folder that holds your data can't be written to right now; nothing was lost, and "
        "what you typed is still here. The app will keep trying to save it.",
    ),
    DiskTrouble.LOCKED: QT_TRANSLATE_NOOP(
        "errors",
        "Another program is holding your data file for the moment; nothing was lost, and what "
        "you typed is still here. The app will keep trying to save it.",
    ),
    DiskTrouble.UNREADABLE: QT_TRANSLATE_NOOP(
        "errors",
        "The disk didn't answer when the app tried to save; nothing was lost, and what you "
        "typed is still here. The app will keep trying to save it.",
    ),
    DiskTrouble.CHECKING: QT_TRANSLATE_NOOP(
        "errors",
        "The app is still checking your data file, as it does after it starts; nothing was "
        "lost, and what you typed is still here. It is saved as soon as the check is done.",
    ),
    DiskTrouble.DAMAGED: QT_TRANSLATE_NOOP(
        "errors",
        "A routine check found that your data file may be damaged, so the app is keeping it "
        "exactly as it is and not saving to it. What you typed is still here: you could copy it "
        "somewhere safe, then close Between Sessions and open it again to go on from your "
        "newest good backup.",
    ),
}
#: Said in a form or field that waits for the person to try again (nothing retries there).
CANNOT_SAVE_IN_PLACE = {
    DiskTrouble.FULL: QT_TRANSLATE_NOOP(
        "errors",
        "Your disk is full, so this couldn't be saved yet. Your words are still here: free a "
        "little space, then try again.",
    ),
    DiskTrouble.READ_ONLY: QT_TRANSLATE_NOOP(
        "errors",
        "The folder that holds your data can't be written to right now, so this couldn't be "
        "saved yet. Your words are still here; try again in a moment.",
    ),
    DiskTrouble.LOCKED: QT_TRANSLATE_NOOP(
        "errors",
        "Another program is holding your data file for the moment, so this couldn't be saved "
        "yet. Your words are still here; try again in a moment.",
    ),
    DiskTrouble.UNREADABLE: QT_TRANSLATE_NOOP(
        "errors",
        "The disk didn't answer, so this couldn't be saved yet. Your words are still here; try "
        "again in a moment.",
    ),
    DiskTrouble.CHECKING: QT_TRANSLATE_NOOP(
        "errors",
        "The app is still checking your data file, as it does after it starts, so this isn't "
        "saved yet. Your words are still here; try again in a moment.",
    ),
    DiskTrouble.DAMAGED: QT_TRANSLATE_NOOP(
        "errors",
        "A routine check found that your data file may be damaged, so the app isn't saving to "
        "it. Your words are still here: you could copy them somewhere safe, then close Between "
        "Sessions and open it again to go on from your newest good backup.",
    ),
}
#: Why a file couldn't be opened, a backup made or restored: the end of a sentence.
BECAUSE = {
    ("open", DiskTrouble.FULL): QT_TRANSLATE_NOOP("errors", "the disk is full"),
    ("open", DiskTrouble.READ_ONLY): QT_TRANSLATE_NOOP("errors", "its folder can't be written to"),
    ("open", DiskTrouble.LOCKED): QT_TRANSLATE_NOOP("errors", "another program is holding it"),
    ("open", DiskTrouble.UNREADABLE): QT_TRANSLATE_NOOP("errors", "the disk didn't answer"),
    ("backup", DiskTrouble.FULL): QT_TRANSLATE_NOOP("errors", "your disk is full"),
    ("backup", DiskTrouble.READ_ONLY): QT_TRANSLATE_NOOP(
        "errors", "the backups folder can't be written to"
    ),
    ("backup", DiskTrouble.LOCKED): QT_TRANSLATE_NOOP(
        "errors", "another program is holding the data file"
    ),
    ("backup", DiskTrouble.UNREADABLE): QT_TRANSLATE_NOOP("errors", "the disk didn't answer"),
}
UNEXPECTED = QT_TRANSLATE_NOOP("errors", "of an unexpected problem: %1")
NOT_FOUND = {
    "plan_item": QT_TRANSLATE_NOOP("errors", "This plan item"),
    "entry": QT_TRANSLATE_NOOP("errors", "This journal entry"),
    "note": QT_TRANSLATE_NOOP("errors", "This note"),
    "safety_line": QT_TRANSLATE_NOOP("errors", "This line of your safety plan"),
    "question": QT_TRANSLATE_NOOP("errors", "This question"),
    "session_record": QT_TRANSLATE_NOOP("errors", "This kept summary"),
    "prompt": QT_TRANSLATE_NOOP("errors", "This prompt"),
    "row": QT_TRANSLATE_NOOP("errors", "This"),
}
NOTHING_CHANGED = QT_TRANSLATE_NOOP("errors", "%1 Nothing was changed.")
IMPORT_WHERE = QT_TRANSLATE_NOOP("errors", "In %1, row %2, %3")

#: Every other code, by code. %1, %2, ... are the details named in DETAILS, in that order.
TEXTS: Mapping[str, str] = {
    "input.title_missing": QT_TRANSLATE_NOOP(
        "errors", "A plan item needs a few words as its title."
    ),
    "input.title_too_long": QT_TRANSLATE_NOOP(
        "errors", "A title can be up to %1 characters; please shorten it."
    ),
    "input.too_long": QT_TRANSLATE_NOOP(
        "errors", "This text is longer than %1 characters; please shorten it."
    ),
    "input.days_per_week": QT_TRANSLATE_NOOP(
        "errors", "Some days a week means between one and six days."
    ),
    "input.mood_range": QT_TRANSLATE_NOOP("errors", "Mood is chosen from 1 to 5, or left empty."),
    "input.energy_range": QT_TRANSLATE_NOOP(
        "errors", "Energy is chosen from 1 to 5, or left empty."
    ),
    "input.feeling_strength": QT_TRANSLATE_NOOP(
        "errors", "How strong a feeling was is given from 0 to 100."
    ),
    "input.tag_too_long": QT_TRANSLATE_NOOP("errors", "A tag can be up to %1 characters."),
    "input.entry_too_long": QT_TRANSLATE_NOOP(
        "errors", "This entry is longer than the journal can keep in one piece."
    ),
    "input.safety_line_empty": QT_TRANSLATE_NOOP(
        "errors", "A line of the safety plan needs a few words."
    ),
    "input.note_empty": QT_TRANSLATE_NOOP("errors", "A note needs a few words."),
    "input.win_empty": QT_TRANSLATE_NOOP("errors", "A small win needs a few words."),
    "input.question_empty": QT_TRANSLATE_NOOP("errors", "A question needs a few words."),
    "input.prompt_empty": QT_TRANSLATE_NOOP("errors", "A prompt needs a few words."),
    "input.session_in_future": QT_TRANSLATE_NOOP(
        "errors", "A session can be marked as done on its day or after it."
    ),
    "input.summary_too_long": QT_TRANSLATE_NOOP("errors", "This summary is too long to keep."),
    "input.own_note_always_kept": QT_TRANSLATE_NOOP("errors", "Your own notes are always kept."),
    "input.tag_empty": QT_TRANSLATE_NOOP("errors", "A tag needs a few letters."),
    "input.period_backwards": QT_TRANSLATE_NOOP(
        "errors", "A kept summary's period ends before it starts."
    ),
    "input.message_key_empty": QT_TRANSLATE_NOOP("errors", "A message needs its name."),
    "open.newer": QT_TRANSLATE_NOOP(
        "errors",
        "%1 was saved by a newer version of Between Sessions (data format %2; this version "
        "understands up to %3). To keep your data safe it has not been opened or changed. "
        "Please install the newer version to use it.",
    ),
    "open.not_ours": QT_TRANSLATE_NOOP(
        "errors",
        "%1 is a database, but not one made by Between Sessions. The app has left it exactly "
        "as it is.",
    ),
    "open.not_a_database": QT_TRANSLATE_NOOP(
        "errors",
        "%1 is not a Between Sessions data file (it is not a database at all). The app has "
        "left it exactly as it is.",
    ),
    "open.unreadable": QT_TRANSLATE_NOOP(
        "errors", "%1 could not be read (%2). The app has left it exactly as it is."
    ),
    "open.empty": QT_TRANSLATE_NOOP(
        "errors",
        "%1 is empty. It may have been cut short when it was copied; the app has left it "
        "exactly as it is.",
    ),
    "open.damaged": QT_TRANSLATE_NOOP(
        "errors", "%1 looks damaged: its check found a problem (%2). The app has not changed it."
    ),
    "open.copy_damaged": QT_TRANSLATE_NOOP(
        "errors", "The copy of %1 did not pass its check, so it was not kept."
    ),
    "open.no_file": QT_TRANSLATE_NOOP("errors", "There is no data file at %1 yet."),
    "open.needs_update": QT_TRANSLATE_NOOP(
        "errors",
        "%1 needs updating to this version's data format first; close the app and try again.",
    ),
    "open.sqlite_too_old": QT_TRANSLATE_NOOP(
        "errors",
        "This copy of Between Sessions uses SQLite %1, and keeping your data needs %2 or "
        "newer. Nothing was opened or changed. The app from its own installer brings what "
        "it needs.",
    ),
    "open.sqlite_no_fts5": QT_TRANSLATE_NOOP(
        "errors",
        "This copy of Between Sessions uses an SQLite (%1) without full-text search, which "
        "the journal's search needs. Nothing was opened or changed. The app from its own "
        "installer brings what it needs.",
    ),
    "open.locked": QT_TRANSLATE_NOOP(
        "errors",
        "%1 is protected with a passphrase. It opens with its passphrase or its recovery "
        "code; nothing in it was changed.",
    ),
    "keys.wrong_passphrase": QT_TRANSLATE_NOOP(
        "errors",
        "That passphrase doesn't open this journal. Nothing was changed; you can try again as "
        "often as you like.",
    ),
    "keys.wrong_recovery_code": QT_TRANSLATE_NOOP(
        "errors",
        "That recovery code doesn't open this journal. Nothing was changed; check each group "
        "of four against the code you wrote down.",
    ),
    "keys.empty_passphrase": QT_TRANSLATE_NOOP(
        "errors", "A passphrase needs at least one character."
    ),
    "keys.unreadable": QT_TRANSLATE_NOOP(
        "errors",
        "The file beside your data that keeps its keys can't be read (%1). Your data and that "
        "file have been left exactly as they are.",
    ),
    "keys.missing": QT_TRANSLATE_NOOP(
        "errors",
        "%1 isn't there: it keeps the keys to this protected journal. Your data has been left "
        "exactly as it is.",
    ),
    "backup.other_key": QT_TRANSLATE_NOOP(
        "errors",
        "This backup was made while the journal was protected with other keys (before it was "
        "last protected anew), so it can't take the journal's place here. Your journal was "
        "left exactly as it was.",
    ),
    "protect.already": QT_TRANSLATE_NOOP(
        "errors", "This journal is already protected with a passphrase."
    ),
    "protect.not_protected": QT_TRANSLATE_NOOP(
        "errors", "This journal isn't protected with a passphrase."
    ),
    "protect.mismatch": QT_TRANSLATE_NOOP(
        "errors",
        "The converted copy didn't match your journal (%1), so your journal was left exactly "
        "as it was.",
    ),
    "open.migration_orphans": QT_TRANSLATE_NOOP(
        "errors", "Updating the data format found rows that point nowhere; nothing was changed."
    ),
    "backup.too_many": QT_TRANSLATE_NOOP(
        "errors", "There are too many backups made in the same second."
    ),
    "backup.nothing": QT_TRANSLATE_NOOP("errors", "There is no data file to back up yet."),
    "backup.check_failed": QT_TRANSLATE_NOOP("errors", "Its check found a problem (%1)."),
    "backup.unreadable": QT_TRANSLATE_NOOP("errors", "It couldn't be read (%1)."),
    "backup.empty": QT_TRANSLATE_NOOP("errors", "It is empty."),
    "data_busy": QT_TRANSLATE_NOOP(
        "errors",
        "Between Sessions is open with this data (%1). Close it first, then try again; "
        "nothing was changed.",
    ),
    "data_busy.command": QT_TRANSLATE_NOOP(
        "errors",
        "A Between Sessions command (an import, a backup or a restore) is working with this "
        "data (%1) right now. Nothing was changed; please try again once it has finished.",
    ),
    "data_busy.elsewhere": QT_TRANSLATE_NOOP(
        "errors",
        "Between Sessions is open with this data (%1) on another computer, %2. Close it there "
        "first, then try again; nothing was changed.",
    ),
    "data_folder.cannot_create": QT_TRANSLATE_NOOP(
        "errors", "The data folder %1 could not be created (%2)."
    ),
    "data_folder.not_a_folder": QT_TRANSLATE_NOOP("errors", "%1 exists but is not a folder."),
    "data_folder.blocked": QT_TRANSLATE_NOOP(
        "errors", "The data folder %1 can't be made: %2 is a file, not a folder."
    ),
    "data_folder.not_writable": QT_TRANSLATE_NOOP(
        "errors", "The data folder %1 can't be written to, so nothing was changed there."
    ),
    "lock.disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Between Sessions couldn't open your data because the disk that holds it (%1) is full. "
        "Nothing was changed; once a little space is free, please try again.",
    ),
    "lock.read_only": QT_TRANSLATE_NOOP(
        "errors",
        "Between Sessions couldn't open your data because its folder (%1) can't be written to. "
        "Nothing was changed.",
    ),
    "lock.cannot_write": QT_TRANSLATE_NOOP(
        "errors",
        "Between Sessions couldn't open your data because it couldn't write in its folder (%1) "
        "just now. Nothing was changed; please try again in a moment.",
    ),
    "export.in_use": QT_TRANSLATE_NOOP(
        "errors",
        "%1 is open in another program (a PDF viewer, say), so it couldn't be replaced. Close "
        "it there, or choose another name; nothing was written.",
    ),
    "export.onto_data": QT_TRANSLATE_NOOP(
        "errors",
        "%1 is part of your data, so nothing was written there. Please choose another name or "
        "another folder.",
    ),
    "export.is_folder": QT_TRANSLATE_NOOP(
        "errors", "%1 is a folder. Please choose a file name inside it."
    ),
    "export.no_folder": QT_TRANSLATE_NOOP(
        "errors", "The folder %1 doesn't exist, so nothing was written. Please choose another."
    ),
    "export.disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Your disk is full, so %1 couldn't be written. Nothing else was changed; freeing a little "
        "space lets you try again.",
    ),
    "export.unwritable": QT_TRANSLATE_NOOP(
        "errors", "%1 couldn't be written (%2). Nothing else was changed."
    ),
    "import.too_large": QT_TRANSLATE_NOOP(
        "errors", "This file is too large to be a Between Sessions export."
    ),
    "import.not_json": QT_TRANSLATE_NOOP(
        "errors", "This file isn't a Between Sessions export (it isn't JSON text)."
    ),
    "import.not_export": QT_TRANSLATE_NOOP("errors", "This file isn't a Between Sessions export."),
    "import.no_versions": QT_TRANSLATE_NOOP(
        "errors", "This export file is missing its version numbers."
    ),
    "import.newer": QT_TRANSLATE_NOOP(
        "errors",
        "This export was made by a newer version of Between Sessions. Please install the newer "
        "version to import it.",
    ),
    "import.no_tables": QT_TRANSLATE_NOOP("errors", "This export file has no tables in it."),
    "import.unknown_tables": QT_TRANSLATE_NOOP(
        "errors", "This export has tables the app doesn't know: %1."
    ),
    "import.table_not_list": QT_TRANSLATE_NOOP(
        "errors", "In this export, %1 isn't a list of rows."
    ),
    "import.row_not_object": QT_TRANSLATE_NOOP(
        "errors", "In %1, row %2 isn't a set of named values."
    ),
    "import.unknown_values": QT_TRANSLATE_NOOP(
        "errors", "In %1, row %2 has values the app doesn't know: %3."
    ),
    "import.no_id": QT_TRANSLATE_NOOP("errors", "In %1, row %2 has no id."),
    "import.points_nowhere": QT_TRANSLATE_NOOP(
        "errors", "In %1, row %2 points to a %3 row that isn't in the file."
    ),
    "import.dangling": QT_TRANSLATE_NOOP(
        "errors", "Some rows in this file point to rows that aren't there."
    ),
    "import.conflict": QT_TRANSLATE_NOOP(
        "errors", "Part of this file conflicts with what is already here (%1)."
    ),
    "import.unreadable": QT_TRANSLATE_NOOP("errors", "The file couldn't be read (%1)."),
    "import.not_a_file": QT_TRANSLATE_NOOP(
        "errors", "%1 isn't a file the app can import (it may be a folder or a device)."
    ),
    "import.duplicate_id": QT_TRANSLATE_NOOP(
        "errors", "In %1, row %2 has the same id as an earlier row."
    ),
    # The end of "In <table>, row <n>, <column> ...":
    "import.missing": QT_TRANSLATE_NOOP("errors", "%1 is missing."),
    "import.not_whole_number": QT_TRANSLATE_NOOP("errors", "%1 should be a whole number."),
    "import.not_boolean": QT_TRANSLATE_NOOP("errors", "%1 should be true or false."),
    "import.not_number": QT_TRANSLATE_NOOP("errors", "%1 should be a number."),
    "import.not_text": QT_TRANSLATE_NOOP("errors", "%1 should be text."),
    "import.not_a_date": QT_TRANSLATE_NOOP("errors", "%1 isn't a date the app understands (%2)."),
    "import.out_of_range": QT_TRANSLATE_NOOP("errors", "%1 is a number the app can't keep."),
    "import.unknown_value": QT_TRANSLATE_NOOP(
        "errors", "%1 holds something this version of the app doesn't know (%2)."
    ),
    # Journals from other apps (store/sources/):
    "import.source_too_large": QT_TRANSLATE_NOOP(
        "errors",
        "This is more than the app reads for one import (up to %1 MB of text). If it is a "
        "journal, exporting a few years at a time lets it come in piece by piece.",
    ),
    "import.binary": QT_TRANSLATE_NOOP(
        "errors", "%1 doesn't look like text the app can read (it may be a picture or a program)."
    ),
    "import.not_utf8": QT_TRANSLATE_NOOP(
        "errors",
        "%1 is saved in an older text encoding the app doesn't guess at, so no letter gets "
        'changed by mistake. Saving it again as UTF-8 (a spreadsheet calls it "CSV UTF-8") '
        "lets it come in.",
    ),
    "import.too_many_files": QT_TRANSLATE_NOOP(
        "errors",
        "This folder or zip file holds more than %1 files, more than the app reads for one "
        "import. Choosing the folder that holds just the journal may help.",
    ),
    "import.zip_unsafe_path": QT_TRANSLATE_NOOP(
        "errors",
        "This zip file holds a name that points outside it (%1), so the app didn't open it.",
    ),
    "import.zip_too_large": QT_TRANSLATE_NOOP(
        "errors",
        "The journal in this zip file unpacks to more than %1 MB, more than the app reads for "
        "one import.",
    ),
    "import.zip_broken": QT_TRANSLATE_NOOP(
        "errors", "%1 couldn't be opened as a zip file (it may be incomplete or have a password)."
    ),
    "import.zip_no_journal": QT_TRANSLATE_NOOP(
        "errors", "There is no journal (a .json file) in %1. Day One's export holds one."
    ),
    "import.not_a_folder": QT_TRANSLATE_NOOP(
        "errors", "%1 isn't a folder; this kind of journal is a folder of files."
    ),
    "import.no_such_day": QT_TRANSLATE_NOOP(
        "errors", "%1 has a date that doesn't exist in the calendar (%2)."
    ),
    "import.bad_date": QT_TRANSLATE_NOOP(
        "errors", "%1 has a date the app doesn't understand (%2)."
    ),
    "import.bad_time": QT_TRANSLATE_NOOP(
        "errors", "%1 has a time of day the app doesn't understand (%2)."
    ),
    "import.yaml_not_plain": QT_TRANSLATE_NOOP(
        "errors",
        "%1 holds instructions for a program, not just writing, so the app didn't read it.",
    ),
    "import.yaml_broken": QT_TRANSLATE_NOOP(
        "errors", "%1 couldn't be read as a journal file (near line %2)."
    ),
    "import.not_kind": QT_TRANSLATE_NOOP(
        "errors", "%1 doesn't look like a journal from %2 (it has no %3)."
    ),
    "import.not_json_of": QT_TRANSLATE_NOOP(
        "errors", "%1 isn't JSON text, as this kind of export is."
    ),
    "import.csv_broken": QT_TRANSLATE_NOOP(
        "errors", "%1 couldn't be read as a table of values (near line %2)."
    ),
    "import.bad_date_pattern": QT_TRANSLATE_NOOP(
        "errors",
        "The pattern for dates in file names (%1) needs YYYY, MM and DD once each, "
        "for example YYYY-MM-DD.",
    ),
    "import.entry_too_long": QT_TRANSLATE_NOOP(
        "errors",
        "In %1, entry %2 (dated %3) is longer than the journal can keep in one piece.",
    ),
    "import.tag_too_long": QT_TRANSLATE_NOOP(
        "errors", "In %1, entry %2 (dated %3) has a tag longer than %4 characters."
    ),
    "import.entry_refused": QT_TRANSLATE_NOOP(
        "errors", "In %1, entry %2 (dated %3) can't be kept as it is (%4)."
    ),
    "import.unknown_kind": QT_TRANSLATE_NOOP(
        "errors",
        "The app couldn't tell which app %1 comes from. Saying which one (Day One, jrnl, "
        "Daylio, RedNotebook or Markdown notes) lets it try.",
    ),
    "import.own_export": QT_TRANSLATE_NOOP(
        "errors", "%1 is a Between Sessions export; it comes in as one, not as another app's."
    ),
}
#: The details each text puts in, in the order of %1, %2, ...
DETAILS: Mapping[str, tuple[str, ...]] = {
    "input.title_too_long": ("limit",),
    "input.too_long": ("limit",),
    "input.tag_too_long": ("limit",),
    "open.newer": ("path", "version", "known"),
    "open.not_ours": ("path",),
    "open.not_a_database": ("path",),
    "open.unreadable": ("path", "detail"),
    "open.empty": ("path",),
    "open.damaged": ("path", "detail"),
    "open.copy_damaged": ("name",),
    "open.no_file": ("path",),
    "open.needs_update": ("path",),
    "open.sqlite_too_old": ("found", "needed"),
    "open.sqlite_no_fts5": ("found",),
    "open.locked": ("path",),
    "keys.unreadable": ("detail",),
    "keys.missing": ("path",),
    "protect.mismatch": ("detail",),
    "backup.check_failed": ("detail",),
    "backup.unreadable": ("detail",),
    "data_busy": ("folder",),
    "data_busy.command": ("folder",),
    "data_busy.elsewhere": ("folder", "host"),
    "data_folder.cannot_create": ("folder", "detail"),
    "data_folder.not_a_folder": ("folder",),
    "data_folder.blocked": ("folder", "blocker"),
    "data_folder.not_writable": ("folder",),
    "lock.disk_full": ("folder",),
    "lock.read_only": ("folder",),
    "lock.cannot_write": ("folder",),
    "export.in_use": ("path",),
    "import.unknown_tables": ("names",),
    "import.table_not_list": ("table",),
    "import.row_not_object": ("table", "row"),
    "import.unknown_values": ("table", "row", "names"),
    "import.no_id": ("table", "row"),
    "import.points_nowhere": ("table", "row", "target"),
    "import.conflict": ("detail",),
    "import.unreadable": ("detail",),
    "export.onto_data": ("path",),
    "export.is_folder": ("path",),
    "export.no_folder": ("folder",),
    "export.disk_full": ("path",),
    "export.unwritable": ("path", "detail"),
    "import.not_a_file": ("name",),
    "import.duplicate_id": ("table", "row"),
    "import.source_too_large": ("megabytes",),
    "import.binary": ("name",),
    "import.not_utf8": ("name",),
    "import.too_many_files": ("limit",),
    "import.zip_unsafe_path": ("name",),
    "import.zip_too_large": ("megabytes",),
    "import.zip_broken": ("name",),
    "import.zip_no_journal": ("name",),
    "import.not_a_folder": ("name",),
    "import.no_such_day": ("name", "value"),
    "import.bad_date": ("name", "value"),
    "import.bad_time": ("name", "value"),
    "import.yaml_not_plain": ("name",),
    "import.yaml_broken": ("name", "line"),
    "import.not_kind": ("name", "kind", "missing"),
    "import.not_json_of": ("name",),
    "import.csv_broken": ("name", "row"),
    "import.bad_date_pattern": ("pattern",),
    "import.entry_too_long": ("name", "entry", "day"),
    "import.tag_too_long": ("name", "entry", "day", "limit"),
    "import.entry_refused": ("name", "entry", "day", "detail"),
    "import.unknown_kind": ("name",),
    "import.own_export": ("name",),
}
#: Import problems with one value in one row: said as "In <table>, row <n>, <column> ...".
IN_A_ROW = frozenset(
    {
        "import.missing",
        "import.not_whole_number",
        "import.not_boolean",
        "import.not_number",
        "import.not_text",
        "import.not_a_date",
        "import.out_of_range",
        "import.unknown_value",
    }
)


def _shown(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(map(str, value)))
    return str(value)


def explain(error: StoreError, tr: Translate = english, *, in_place: bool = False) -> str:
    """The words for an error. in_place: said where the person's words wait on screen for them
    to try again (a form, a field), so no retry by itself is promised."""

    def say(text: str, *values: object) -> str:
        return fill(tr(CONTEXT, text), *map(_shown, values))

    details = error.details
    code = error.code
    if isinstance(error, CannotSaveError):
        table = CANNOT_SAVE_IN_PLACE if in_place else CANNOT_SAVE
        return say(table[error.trouble])
    if code == "not_found":
        thing = say(NOT_FOUND.get(str(details.get("what")), NOT_FOUND["row"]))
        return say(
            QT_TRANSLATE_NOOP(
                "errors",
                "%1 is no longer here: it may have gone with a restore or an import. What you "
                "see now is what is stored.",
            ),
            thing,
        )
    if code == "open.disk":
        because = say(BECAUSE[("open", DiskTrouble(str(details["trouble"])))])
        return say(
            QT_TRANSLATE_NOOP(
                "errors", "%1 couldn't be opened because %2. Nothing in it was changed."
            ),
            details["path"],
            because,
        )
    if code in ("backup.failed", "backup.restore_failed"):
        trouble = details.get("trouble")
        if trouble is not None:
            because = say(BECAUSE[("backup", DiskTrouble(str(trouble)))])
        else:
            because = say(UNEXPECTED, details.get("detail", ""))
        text = (
            QT_TRANSLATE_NOOP(
                "errors",
                "The app couldn't make a backup because %1. Nothing was lost; your data is as "
                "it was.",
            )
            if code == "backup.failed"
            else QT_TRANSLATE_NOOP(
                "errors",
                "The backup couldn't be restored because %1. Nothing was lost; your data is as "
                "it was.",
            )
        )
        return say(text, because)
    if code == "backup.unrestorable":
        problem = details["problem"]
        why = explain(problem, tr) if isinstance(problem, StoreError) else str(problem)
        return say(
            QT_TRANSLATE_NOOP("errors", "This backup can't be restored. %1 Nothing was changed."),
            why,
        )
    if code == "import.refused":
        problem = details["problem"]
        why = explain(problem, tr) if isinstance(problem, StoreError) else str(problem)
        where = QT_TRANSLATE_NOOP("errors", "In %1, row %2: %3")
        return say(NOTHING_CHANGED, say(where, details["table"], details["row"], why))
    if code in IN_A_ROW:
        where = say(IMPORT_WHERE, details["table"], details["row"], details["column"])
        text = say(TEXTS[code], where, str(details.get("value", ""))[:40])
    elif code in TEXTS:
        text = say(TEXTS[code], *(details.get(name, "") for name in DETAILS.get(code, ())))
    else:  # a code without words yet: plain, never a traceback
        text = say(QT_TRANSLATE_NOOP("errors", "Something couldn't be done (%1)."), code)
    if isinstance(error, ImportFileError):
        return say(NOTHING_CHANGED, text)
    return text
