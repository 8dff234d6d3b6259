"""Bringing a journal from another app (Day One, jrnl, Daylio, RedNotebook, a folder of
Markdown notes): one reader each, giving the same plain records (entries.py); a preview of
what an import would do (preview.py); and one all-or-nothing write (write.py), the one every
import shares (importing.adding).

    kind = detect.detect(path)                    # None: the person says which app
    reading = detect.read_source(path, kind)      # everything checked; nothing written
    shown = preview.preview(reading)              # counts, days, already here, left out, moods
    write.import_reading(reading, moods={"Ruhig": 4}, progress=on_progress)  # all or nothing

Our own export keeps its reader (importing.py); own_export.preview shows it as the others.
No Qt, no words: every refusal is an ImportFileError code (desktop/reports/errors.py has the
words), raised before anything is written.
"""
