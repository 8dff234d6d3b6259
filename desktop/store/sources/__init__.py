"""Bringing a journal from another app (Day One, jrnl, Daylio, RedNotebook, a folder of
Markdown notes): one reader each, giving the same plain records (entries.py); a preview of
what an import would do (preview.py); and one all-or-nothing write (write.py).

    reading = detect.read_source(path)            # or read_source(path, SourceKind.JRNL)
    shown = preview.preview(reading)              # counts, days, already here, left out, moods
    write.import_reading(reading, moods={...})    # all or nothing

No Qt, no words: errors are ImportFileError codes (desktop/reports/errors.py has the words).
"""
