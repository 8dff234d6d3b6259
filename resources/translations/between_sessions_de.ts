<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust “%1”</source>
        <translation>„%1“ anpassen</translation>
    </message>
    <message>
        <source>Plans are meant to fit you. Making a step smaller or slower is part of the work, and worth bringing to your next session.</source>
        <translation>Ein Plan soll zu dir passen. Einen Schritt kleiner oder langsamer zu machen, gehört zur Arbeit dazu und ist es wert, in die nächste Sitzung mitgenommen zu werden.</translation>
    </message>
    <message>
        <source>For example: five minutes instead of twenty</source>
        <translation>Zum Beispiel: fünf Minuten statt zwanzig</translation>
    </message>
    <message>
        <source>Smaller version</source>
        <translation>Kleinere Version</translation>
    </message>
    <message>
        <source>&amp;Pause this item for now</source>
        <translation>Diesen Punkt vorerst &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause this item for now</source>
        <translation>Diesen Punkt vorerst pausieren</translation>
    </message>
    <message>
        <source>Optional: what made you adjust it</source>
        <translation>Optional: warum du ihn anpasst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>S&amp;maller version</source>
        <translation>&amp;Kleinere Version</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Rhythmus</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Your data file may be damaged</source>
        <extracomment>Files under our name that aren&apos;t a database (empty, cut short, garbage): most likely ours. The check after start is done (a Checked), while its job goes on to the backup.</extracomment>
        <translation>Deine Datendatei ist vielleicht beschädigt</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Before an update of the data format</source>
        <translation>Vor einer Aktualisierung des Datenformats</translation>
    </message>
    <message>
        <source>When the app started</source>
        <translation>Beim Start der App</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von dir erstellt</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Vor dem Wiederherstellen einer Sicherung</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>Über die Kommandozeile</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <extracomment>Decimal units, as people say them (&quot;200 KB&quot;, &quot;1.2 MB&quot;): each a thousand of the one before.</extracomment>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The app keeps copies of your data here: one when it starts (if anything changed), one a day while it runs, and before every update or restore. Older ones are thinned out: the last week day by day, then one a week, then one a month for a year.</source>
        <translation>Hier bewahrt die App Kopien deiner Daten auf: eine beim Start (wenn sich etwas geändert hat), eine pro Tag, solange sie läuft, und eine vor jeder Aktualisierung oder Wiederherstellung. Ältere werden ausgedünnt: die letzte Woche Tag für Tag, dann eine pro Woche, dann ein Jahr lang eine pro Monat.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No backups yet. “Back up now” makes the first one.</source>
        <translation>Noch keine Sicherungen. „Jetzt sichern“ erstellt die erste.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Sicherungs&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Go back to your data as it was on %1?</source>
        <translation>Zu deinen Daten zurückkehren, wie sie am %1 waren?</translation>
    </message>
    <message>
        <source>What you have now is saved as a backup first, so you can come back to it from this list.</source>
        <translation>Was du jetzt hast, wird vorher als Sicherung gespeichert, sodass du über diese Liste wieder dahin zurückkommst.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Your data is back as it was on %1.</source>
        <translation>Deine Daten sind wieder so, wie sie am %1 waren.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <source>Your journal and its backups open with the new passphrase from now on. The recovery code stays the same.</source>
        <translation>Dein Tagebuch und seine Sicherungen öffnen sich ab jetzt mit der neuen Passphrase. Der Wiederherstellungscode bleibt derselbe.</translation>
    </message>
</context>
<context>
    <name>CheckInBox</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gemacht</translation>
    </message>
    <message>
        <source>Did the &amp;smaller version</source>
        <translation>Die &amp;kleinere Version gemacht</translation>
    </message>
    <message>
        <source>&amp;Tried / started</source>
        <translation>&amp;Versucht / angefangen</translation>
    </message>
    <message>
        <source>Th&amp;ought about it</source>
        <translation>&amp;Daran gedacht</translation>
    </message>
    <message>
        <source>&amp;Not today</source>
        <translation>&amp;Heute nicht</translation>
    </message>
    <message>
        <source>&amp;Rested on purpose</source>
        <translation>Bewusst &amp;ausgeruht</translation>
    </message>
    <message>
        <source>Check in</source>
        <extracomment>How far the arrow keys move among the six outcomes, in rows (up and down: a row&apos;s worth).</extracomment>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Day to check in for</source>
        <translation>Tag, für den du einträgst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Check in for today</source>
        <translation>Für heute eintragen</translation>
    </message>
    <message>
        <source>&amp;Clear this check-in</source>
        <translation>Diesen Check-in &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Put it back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Check-in cleared.</source>
        <translation>Check-in entfernt.</translation>
    </message>
    <message>
        <source>A note for you</source>
        <translation>Ein paar Worte für dich</translation>
    </message>
    <message>
        <source>What got in the way? (optional)</source>
        <translation>Was stand im Weg? (optional)</translation>
    </message>
    <message>
        <source>Something else, in your own words</source>
        <translation>Etwas anderes, in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>Something else that got in the way</source>
        <translation>Etwas anderes, das im Weg stand</translation>
    </message>
    <message>
        <source>A note about today (optional)</source>
        <translation>Eine Notiz zu heute (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How did it go today?</source>
        <translation>Wie lief es heute?</translation>
    </message>
    <message>
        <source>How did it go on %1?</source>
        <translation>Wie lief es am %1?</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>1 Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries have a time zone the app doesn&apos;t know; their times stay as the other app kept them, in UTC.</source>
        <translation>
            <numerusform>1 Eintrag hat eine Zeitzone, die die App nicht kennt; seine Uhrzeit bleibt so, wie die andere App sie gespeichert hat, in UTC.</numerusform>
            <numerusform>%Ln Einträge haben eine Zeitzone, die die App nicht kennt; ihre Uhrzeiten bleiben so, wie die andere App sie gespeichert hat, in UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos and attachments (they stay in the other app)</source>
        <translation>
            <numerusform>1 Foto oder Anhang (bleibt in der anderen App)</numerusform>
            <numerusform>%Ln Fotos und Anhänge (bleiben in der anderen App)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty entries (nothing written in them)</source>
        <translation>
            <numerusform>1 leerer Eintrag (nichts darin geschrieben)</numerusform>
            <numerusform>%Ln leere Einträge (nichts darin geschrieben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files that aren&apos;t notes</source>
        <translation>
            <numerusform>1 Datei, die keine Notiz ist</numerusform>
            <numerusform>%Ln Dateien, die keine Notizen sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes without a date in their names</source>
        <translation>
            <numerusform>1 Notiz ohne Datum im Namen</numerusform>
            <numerusform>%Ln Notizen ohne Datum im Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries that were there twice (kept once)</source>
        <translation>
            <numerusform>1 Eintrag, der doppelt da war (einmal behalten)</numerusform>
            <numerusform>%Ln Einträge, die doppelt da waren (einmal behalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos weren&apos;t brought over.</source>
        <translation>
            <numerusform>1 Foto wurde nicht mitgenommen.</numerusform>
            <numerusform>%Ln Fotos wurden nicht mitgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups from before are still plain files, readable by any program.</source>
        <translation>
            <numerusform>Eine Sicherung von vorher ist noch eine unverschlüsselte Datei, die jedes Programm lesen kann.</numerusform>
            <numerusform>%Ln Sicherungen von vorher sind noch unverschlüsselte Dateien, die jedes Programm lesen kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%Ln-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days a week</source>
        <translation>
            <numerusform>Einen Tag pro Woche</numerusform>
            <numerusform>%Ln Tage pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next session in %Ln days</source>
        <translation>
            <numerusform>Nächste Sitzung in %Ln Tag</numerusform>
            <numerusform>Nächste Sitzung in %Ln Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrentSecret</name>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>Stattdessen den &amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <source>Your data file needs attention</source>
        <translation>Deine Datendatei braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Your data file looks damaged, so the app hasn&apos;t used it.</source>
        <translation>Deine Datendatei sieht beschädigt aus, deshalb hat die App sie nicht verwendet.</translation>
    </message>
    <message>
        <source>Nothing has been deleted: the file has been kept, unchanged, as
%1
in your data folder, in case it can be rescued later.</source>
        <translation>Nichts wurde gelöscht: Die Datei wurde unverändert als
%1
in deinem Datenordner aufbewahrt, falls sie sich später retten lässt.</translation>
    </message>
    <message>
        <source>Your newest backup that passes its check is from %1. Would you like to continue from it?</source>
        <translation>Deine neueste Sicherung, die die Prüfung besteht, ist vom %1. Möchtest du mit ihr weitermachen?</translation>
    </message>
    <message>
        <source>Continue from the backup</source>
        <translation>Mit der Sicherung weitermachen</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Mit leeren Daten beginnen</translation>
    </message>
    <message>
        <source>There is no backup to continue from, so the app starts with empty data.</source>
        <translation>Es gibt keine Sicherung, mit der es weitergehen könnte, deshalb beginnt die App mit leeren Daten.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now</source>
        <extracomment>The passphrase&apos;s actions: &quot;protect&quot; for a plain journal, the other two for a protected one. The actions that write to the data folder: held back while it is read-only.</extracomment>
        <translation>Jetzt sic&amp;hern</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>Alles &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation>Mit einer &amp;Passphrase schützen…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <source>&amp;Turn off protection…</source>
        <translation>Schut&amp;z ausschalten…</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Gesichert: %1</translation>
    </message>
    <message>
        <source>Complete export, can be imported (*.json)</source>
        <translation>Vollständiger Export, kann importiert werden (*.json)</translation>
    </message>
    <message>
        <source>To read or print (*.md)</source>
        <translation>Zum Lesen oder Drucken (*.md)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>The export holds your journal, your plan and everything else you keep in Between Sessions.</source>
        <translation>Der Export enthält dein Tagebuch, deinen Plan und alles andere, was du in Between Sessions aufbewahrst.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Your journal is protected with your passphrase.</source>
        <translation>Dein Tagebuch ist mit deiner Passphrase geschützt.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery code is the same as before.</source>
        <translation>Die Passphrase ist geändert. Der Wiederherstellungscode ist derselbe wie vorher.</translation>
    </message>
    <message>
        <source>Your journal is no longer protected with a passphrase.</source>
        <translation>Dein Tagebuch ist nicht mehr mit einer Passphrase geschützt.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>nothing noted</source>
        <translation>nichts notiert</translation>
    </message>
</context>
<context>
    <name>DiskTroubleNotice</name>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving works again.</source>
        <translation>Speichern klappt wieder.</translation>
    </message>
</context>
<context>
    <name>EncouragementTab</name>
    <message>
        <source>Today</source>
        <extracomment>What each page shows: a change there has it shown again. The person asked for the crisis help from the safety plan page.</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>A message for today, and your own notes</source>
        <translation>Eine Botschaft für heute und deine eigenen Notizen</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
    <message>
        <source>Everything that counted as a step</source>
        <translation>Alles, was als Schritt zählt</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>What the weeks and months show</source>
        <translation>Was die Wochen und Monate zeigen</translation>
    </message>
    <message>
        <source>Session prep</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Your next session, questions and a summary</source>
        <translation>Deine nächste Sitzung, Fragen und eine Zusammenfassung</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Krisenplan</translation>
    </message>
    <message>
        <source>Your safety plan and where to turn in a crisis</source>
        <translation>Dein Krisenplan und wohin du dich in einer Krise wenden kannst</translation>
    </message>
    <message>
        <source>Encouragement pages</source>
        <translation>Seiten der Ermutigung</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>(nothing written yet)</source>
        <extracomment>Loads the page after the given row (None: the first page).</extracomment>
        <translation>(noch nichts geschrieben)</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>Gedankenprotokoll</translation>
    </message>
    <message>
        <source>For session</source>
        <translation>Für die Sitzung</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not saved yet</source>
        <extracomment>Stores the form&apos;s words; called on accept. Its return value is kept in ``saved``.</extracomment>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard what you wrote?</source>
        <translation>Was du geschrieben hast, verwerfen?</translation>
    </message>
    <message>
        <source>It hasn&apos;t been saved. You can keep editing.</source>
        <translation>Es ist noch nicht gespeichert. Du kannst weiter daran schreiben.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Your own contacts, from your safety plan:</source>
        <translation>Deine eigenen Kontakte aus deinem Krisenplan:</translation>
    </message>
    <message>
        <source>If you&apos;re in crisis</source>
        <translation>Wenn du in einer Krise bist</translation>
    </message>
    <message>
        <source>This app is not emergency help.</source>
        <translation>Diese App ist keine Notfallhilfe.</translation>
    </message>
    <message>
        <source>If you are in danger or thinking about harming yourself, please reach out now:

• Call your local emergency number.
• Contact a crisis line in your country; they are there to listen, day and night.
• Get in touch with your therapist, your doctor, or someone you trust.

You deserve support, and you don&apos;t have to get through this alone.</source>
        <translation>Wenn du in Gefahr bist oder daran denkst, dir etwas anzutun, wende dich bitte jetzt an jemanden:

• Ruf den Notruf an.
• Ruf ein Krisentelefon in deinem Land an; dort hört man dir zu, Tag und Nacht.
• Melde dich bei deiner Therapeutin oder deinem Therapeuten, bei deiner Ärztin oder deinem Arzt oder bei jemandem, dem du vertraust.

Du verdienst Unterstützung, und du musst da nicht allein durch.</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Meinen Krisenplan öffnen</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A private companion for the days between therapy sessions: your action plan, a reflection journal, and some encouragement.&lt;/p&gt;&lt;p&gt;Everything stays in one file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;This app is not a therapist and not emergency help.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Eine private Begleitung für die Tage zwischen den Therapiesitzungen: dein Aktionsplan, ein Tagebuch zum Nachdenken und ein wenig Ermutigung.&lt;/p&gt;&lt;p&gt;Alles bleibt in einer Datei auf diesem Computer. Nichts wird irgendwohin gesendet.&lt;/p&gt;&lt;p&gt;Diese App ersetzt keine Therapie und ist keine Notfallhilfe.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <extracomment>A preview or a problem is shown (the reading finished), for tests and screen readers.</extracomment>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Bring in a journal from Day One, jrnl, Daylio, RedNotebook, a folder of Markdown notes, or a Between Sessions export. You&apos;ll see what it holds before anything is added.</source>
        <translation>Hol ein Tagebuch aus Day One, jrnl, Daylio, RedNotebook, einem Ordner mit Markdown-Notizen oder einem Between-Sessions-Export herein. Du siehst, was darin ist, bevor etwas hinzugefügt wird.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Datei oder Ordner zum Importieren</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>A .zip, .json, .csv or .txt file</source>
        <translation>Eine .zip-, .json-, .csv- oder .txt-Datei</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>&amp;Ordner auswählen…</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Ordner zum Importieren auswählen</translation>
    </message>
    <message>
        <source>A RedNotebook journal or a folder of notes</source>
        <translation>Ein RedNotebook-Tagebuch oder ein Ordner mit Notizen</translation>
    </message>
    <message>
        <source>Choose which app…</source>
        <translation>App auswählen…</translation>
    </message>
    <message>
        <source>Which app it comes from</source>
        <translation>Aus welcher App es kommt</translation>
    </message>
    <message>
        <source>Date in the notes&apos; file names</source>
        <translation>Datum in den Dateinamen der Notizen</translation>
    </message>
    <message>
        <source>For example YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>Zum Beispiel YYYY-MM-DD oder DD.MM.YYYY</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>&amp;Comes from:</source>
        <translation>&amp;Kommt aus:</translation>
    </message>
    <message>
        <source>&amp;Date in file names:</source>
        <translation>Da&amp;tum in Dateinamen:</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Was der Import tun würde</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Stimmungen</translation>
    </message>
    <message>
        <source>Cancel, import nothing</source>
        <translation>Abbrechen, nichts importieren</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>Journal exports (*.zip *.json *.csv *.txt *.md);;All files (*)</source>
        <translation>Tagebuch-Exporte (*.zip *.json *.csv *.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Which app does this come from? Choose it above.</source>
        <translation>Aus welcher App kommt das? Wähl sie oben aus.</translation>
    </message>
    <message>
        <source>Nothing new to import</source>
        <translation>Nichts Neues zum Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>1 Eintrag importieren</numerusform>
            <numerusform>%Ln Einträge importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s moods, and the mood each becomes here</source>
        <translation>Die Stimmungen aus %1 und welche Stimmung daraus hier wird</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <source>Mood for %1</source>
        <translation>Stimmung für %1</translation>
    </message>
    <message>
        <source>Adding the entries…</source>
        <translation>Die Einträge werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Abgebrochen: Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Day One</source>
        <extracomment>The apps, as the kind chooser names them (in the order people most often come from).</extracomment>
        <translation>Day One</translation>
    </message>
    <message>
        <source>jrnl</source>
        <translation>jrnl</translation>
    </message>
    <message>
        <source>Daylio</source>
        <translation>Daylio</translation>
    </message>
    <message>
        <source>RedNotebook</source>
        <translation>RedNotebook</translation>
    </message>
    <message>
        <source>Markdown notes</source>
        <translation>Markdown-Notizen</translation>
    </message>
    <message>
        <source>A Between Sessions export</source>
        <translation>Ein Between-Sessions-Export</translation>
    </message>
    <message>
        <source>%1 holds no entries to bring in.</source>
        <translation>%1 enthält keine Einträge zum Hereinholen.</translation>
    </message>
    <message>
        <source>%1 from %2, on %3.</source>
        <translation>%1 aus %2, vom %3.</translation>
    </message>
    <message>
        <source>%1 from %2, %3 to %4.</source>
        <translation>%1 aus %2, vom %3 bis %4.</translation>
    </message>
    <message>
        <source>All of them are already here: nothing to add.</source>
        <translation>Alle sind schon vorhanden: Es gibt nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 already here, so not added again.</source>
        <translation>%1 schon vorhanden, deshalb nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Weggelassen:</translation>
    </message>
    <message>
        <source>And %1 more things: plan items, check-ins, notes and the rest. Those already here are recognised and not added again.</source>
        <translation>Und %1 weitere Dinge: Planpunkte, Check-ins, Notizen und der Rest. Was schon hier ist, wird erkannt und nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 from your export.</source>
        <translation>%1 aus deinem Export hinzugefügt.</translation>
    </message>
    <message>
        <source>And %1 more things: plan items, notes and the rest.</source>
        <translation>Und %1 weitere Dinge: Planpunkte, Notizen und der Rest.</translation>
    </message>
    <message>
        <source>Added %1 from %2.</source>
        <translation>%1 aus %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 already here.</source>
        <translation>%1 schon vorhanden.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit plan item</source>
        <translation>Planpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Add a plan item</source>
        <translation>Planpunkt hinzufügen</translation>
    </message>
    <message>
        <source>A step you took away from therapy. Keep it small and concrete; you can change it any time.</source>
        <translation>Ein Schritt, den du aus der Therapie mitgenommen hast. Halte ihn klein und konkret; du kannst ihn jederzeit ändern.</translation>
    </message>
    <message>
        <source>For example: journal for 20 minutes</source>
        <translation>Zum Beispiel: 20 Minuten Tagebuch schreiben</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For example: write one sentence</source>
        <translation>Zum Beispiel: einen Satz schreiben</translation>
    </message>
    <message>
        <source>Smaller version</source>
        <translation>Kleinere Version</translation>
    </message>
    <message>
        <source>Optional: why this matters to you</source>
        <translation>Optional: warum dir das wichtig ist</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>S&amp;maller version</source>
        <translation>&amp;Kleinere Version</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Warum es wichtig ist</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Rhythmus</translation>
    </message>
    <message>
        <source>On a harder day, the smaller version counts just as much.</source>
        <translation>An einem schwereren Tag zählt die kleinere Version genauso viel.</translation>
    </message>
    <message>
        <source>This is longer than %1 characters; please shorten it to save.</source>
        <translation>Das ist länger als %1 Zeichen; kürze es bitte, um es zu speichern.</translation>
    </message>
</context>
<context>
    <name>JournalCalendar</name>
    <message>
        <source>Calendar</source>
        <extracomment>A day was chosen (or None: every day again).</extracomment>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show the calendar</source>
        <translation>Kalender anzeigen</translation>
    </message>
    <message>
        <source>Days written on</source>
        <translation>Tage mit Einträgen</translation>
    </message>
    <message>
        <source>Show each day&apos;s mood</source>
        <translation>Die Stimmung jedes Tages anzeigen</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Show the entries of every day again</source>
        <translation>Wieder die Einträge aller Tage anzeigen</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Written on, mood %1</source>
        <translation>Geschrieben, Stimmung %1</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>Date</source>
        <extracomment>Typing is stored this long after the first unsaved change, even while typing goes on, so a crash loses at most this much.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Remove the prompt</source>
        <translation>Impuls entfernen</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Add a &amp;thought record</source>
        <translation>&amp;Gedankenprotokoll hinzufügen</translation>
    </message>
    <message>
        <source>Mood: %1</source>
        <translation>Stimmung: %1</translation>
    </message>
    <message>
        <source>Energy: %1</source>
        <translation>Energie: %1</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Bring to next session</source>
        <translation>In die nächste &amp;Sitzung mitnehmen</translation>
    </message>
    <message>
        <source>&amp;Private, not ready to share</source>
        <translation>&amp;Privat, noch nicht zum Teilen bereit</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb legen</translation>
    </message>
    <message>
        <source>Private comes first: this entry stays out of the session summary.</source>
        <translation>Privat geht vor: Dieser Eintrag bleibt aus der Sitzungszusammenfassung heraus.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur zum Lesen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Choose an entry on the left to read it.</source>
        <translation>Wähl links einen Eintrag aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. It saves by itself.</source>
        <translation>Schreib so viel oder so wenig, wie du magst. Es speichert sich von selbst.</translation>
    </message>
    <message>
        <source>Remove the &amp;thought record</source>
        <translation>&amp;Gedankenprotokoll entfernen</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Couldn&apos;t save just now (%1). What you wrote is still here; trying again shortly.</source>
        <translation>Das Speichern hat gerade nicht geklappt (%1). Was du geschrieben hast, ist noch da; gleich wird es noch einmal versucht.</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Nach Markierung filtern</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>With a thought record</source>
        <translation>Mit Gedankenprotokoll</translation>
    </message>
    <message>
        <source>Trash (kept 30 days)</source>
        <translation>Papierkorb (30 Tage aufbewahrt)</translation>
    </message>
    <message>
        <source>Mood from</source>
        <translation>Stimmung ab</translation>
    </message>
    <message>
        <source>Mood up to</source>
        <translation>Stimmung bis</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>up to any mood</source>
        <translation>bis zu jeder Stimmung</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>In der letzten Woche</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Im letzten Monat</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Im letzten Jahr</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <extracomment>A search that has been taking up to this long runs at once, on every key. A dearer one waits for a pause in the typing of twice what it takes (at most SEARCH_PAUSE_MAX_MS): a key that comes sooner starts the wait again, so typing never waits for a search the next key makes useless, and the results come as soon as they can without that.</extracomment>
        <translation>Suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Im Tagebuch suchen</translation>
    </message>
    <message>
        <source>Finds the entries that have all the words you type. Put words in double quotes, &quot;like this&quot;, to find them side by side, in that order.</source>
        <translation>Findet die Einträge, die alle eingegebenen Wörter enthalten. Setz Wörter in doppelte Anführungszeichen, &quot;so wie hier&quot;, um sie direkt nebeneinander und in dieser Reihenfolge zu finden.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Anzahl der angezeigten Einträge</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Einen neuen Eintrag beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>From a prompt…</source>
        <translation>Mit einem Impuls…</translation>
    </message>
    <message>
        <source>Start a new entry from a prompt</source>
        <translation>Einen neuen Eintrag mit einem Impuls beginnen</translation>
    </message>
    <message>
        <source>Take the entry back out of the trash</source>
        <translation>Den Eintrag aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>Start from a prompt…</source>
        <extracomment>What a search has been taking, in ms (a moving average): what the pause fits.</extracomment>
        <translation>Mit einem Impuls beginnen…</translation>
    </message>
    <message>
        <source>Your journal, just for you</source>
        <translation>Dein Tagebuch, nur für dich</translation>
    </message>
    <message>
        <source>Write whatever is on your mind between sessions: how a step went, a thought to look at again, something to bring to your next session. A line is plenty.

Just start typing: what you write is kept as you go. If a blank page feels like a lot, a prompt can start it for you.</source>
        <translation>Schreib auf, was dich zwischen den Sitzungen beschäftigt: wie ein Schritt gelaufen ist, einen Gedanken, den du dir noch einmal ansehen willst, etwas für deine nächste Sitzung. Eine Zeile reicht völlig.

Fang einfach an zu tippen: Was du schreibst, wird laufend aufbewahrt. Wenn eine leere Seite viel ist, kann ein Impuls den Anfang machen.</translation>
    </message>
    <message>
        <source>The best %1 shown; another word narrows it down</source>
        <translation>Die %1 besten Treffer; ein weiteres Wort grenzt die Suche ein</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>Ein Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb legen</translation>
    </message>
    <message>
        <source>The entry is in the trash for 30 days.</source>
        <translation>Der Eintrag liegt 30 Tage lang im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>KeptMessagesDialog</name>
    <message>
        <source>Kept messages</source>
        <translation>Aufbewahrte Botschaften</translation>
    </message>
    <message>
        <source>Messages you kept</source>
        <translation>Botschaften, die du aufbewahrt hast</translation>
    </message>
    <message>
        <source>&amp;Stop keeping</source>
        <translation>Nicht mehr &amp;aufbewahren</translation>
    </message>
    <message>
        <source>Messages you keep appear here.</source>
        <translation>Botschaften, die du aufbewahrst, erscheinen hier.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Messages set aside</source>
        <translation>Beiseitegelegte Botschaften</translation>
    </message>
    <message>
        <source>Show it &amp;again</source>
        <translation>&amp;Wieder anzeigen</translation>
    </message>
    <message>
        <source>Messages you set aside appear here.</source>
        <translation>Botschaften, die du beiseitelegst, erscheinen hier.</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Beiseitegelegt</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Where the choice is kept, and the choices. Each language&apos;s name in its own language: never translated. How many times the language has been applied (a window built since needn&apos;t build again). The widget with the keyboard: its tab, its kind, and which of that kind it was. How long the last change of language took to show, in milliseconds.</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>&amp;Lock now</source>
        <extracomment>The idle minutes to choose from (0: never), and where the choice is kept. What counts as the person being there: a key, the mouse, a touch. Set by the composition root (app.py): open the data again (False: it couldn&apos;t, and the app says so and ends), and close it (the backups stopped first). The idle wait: started again by any input (see _Watch); a test can fire it.</extracomment>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <source>Lock &amp;when idle</source>
        <translation>&amp;Automatisch sperren</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation>Nach %1 Minuten</translation>
    </message>
    <message>
        <source>Protect your journal with a passphrase first</source>
        <translation>Schütze dein Tagebuch zuerst mit einer Passphrase</translation>
    </message>
    <message>
        <source>Your journal locks once the recovery code is put away.</source>
        <translation>Dein Tagebuch wird gesperrt, sobald der Wiederherstellungscode weggelegt ist.</translation>
    </message>
    <message>
        <source>Some of what you wrote couldn&apos;t be saved yet, so your journal stays unlocked for now. It is still on screen.</source>
        <translation>Einiges von dem, was du geschrieben hast, konnte noch nicht gespeichert werden, deshalb bleibt dein Tagebuch vorerst entsperrt. Es ist noch auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>LookingBack</name>
    <message>
        <source>%1 — %2, mostly in the week of %3</source>
        <translation>%1 — %2, meist in der Woche vom %3</translation>
    </message>
    <message>
        <source>%1 — %2, in the week of %3</source>
        <translation>%1 — %2, in der Woche vom %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Which stretch to look back on</source>
        <translation>Auf welche Zeitspanne du zurückblickst</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>Die letzten 4 Wochen</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <source>Since the last session</source>
        <translation>Seit der letzten Sitzung</translation>
    </message>
    <message>
        <source>Choose the days…</source>
        <translation>Tage auswählen…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Mood and energy</source>
        <translation>Stimmung und Energie</translation>
    </message>
    <message>
        <source>Each step, week by week</source>
        <extracomment>Which outcome a week&apos;s mark shows when it holds several: the fullest step.</extracomment>
        <translation>Jeder Schritt, Woche für Woche</translation>
    </message>
    <message>
        <source>What got in the way, and when</source>
        <translation>Was im Weg stand, und wann</translation>
    </message>
    <message>
        <source>Things you might notice</source>
        <translation>Was dir auffallen könnte</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Use the arrow keys on the chart to hear each day or week.</source>
        <translation>Mit den Pfeiltasten im Diagramm hörst du jeden Tag oder jede Woche.</translation>
    </message>
    <message>
        <source>Use the arrow keys on the chart to hear each week.</source>
        <translation>Mit den Pfeiltasten im Diagramm hörst du jede Woche.</translation>
    </message>
    <message>
        <source>Nothing noted as getting in the way.</source>
        <translation>Nichts notiert, was im Weg stand.</translation>
    </message>
    <message>
        <source>Once a few more weeks are written, some patterns may show here. There&apos;s no hurry.</source>
        <translation>Wenn ein paar Wochen mehr notiert sind, zeigen sich hier vielleicht Muster. Es eilt nicht.</translation>
    </message>
    <message>
        <source>Mood and energy over time</source>
        <extracomment>The facts of the column now current, in words (for a label under it and a reader).</extracomment>
        <translation>Stimmung und Energie im Verlauf</translation>
    </message>
    <message>
        <source>%1: marks in %2 of %3 weeks</source>
        <translation>%1: Einträge in %2 von %3 Wochen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Action plan</source>
        <extracomment>How often the window looks whether the person&apos;s day has moved on (past midnight, or after the computer slept through it). The window has been drawn for the first time: the cue for work that can wait a moment. The tab on screen has been drawn with its data (once, after data_opened): the cue for work that can wait until the person&apos;s words are there to read. Whether the data is open read-only (show_read_only): nothing offers to write. The notice that the data folder is synced or remote (check_data_place), while shown.</extracomment>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Encouragement</source>
        <translation>Ermutigung</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <extracomment>The tabs (page 0), or the unlock screen while a protected journal is locked.</extracomment>
        <translation>%1 (nur zum Lesen)</translation>
    </message>
    <message>
        <source>Your data is open read-only</source>
        <translation>Deine Daten sind nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>Between Sessions can&apos;t write to the folder that holds your data (%1), so it is showing your data read-only. You can read, search and export everything, and nothing you had has been changed. To write again, open your data from a folder you can write to, or ask whoever manages this disk or share.</source>
        <translation>Between Sessions kann nicht in den Ordner mit deinen Daten (%1) schreiben, deshalb zeigt es deine Daten nur zum Lesen. Du kannst alles lesen, durchsuchen und exportieren, und nichts von dem, was du hattest, wurde verändert. Um wieder schreiben zu können, öffne deine Daten aus einem Ordner, in den du schreiben kannst, oder frag die Person, die diese Festplatte oder Freigabe verwaltet.</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Alles exportieren…</translation>
    </message>
    <message>
        <source>Save a copy of all your data somewhere you can write to</source>
        <translation>Eine Kopie all deiner Daten an einem Ort speichern, an den du schreiben kannst</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Den Ordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Your data is open read-only, so nothing can be saved here.</source>
        <translation>Deine Daten sind nur zum Lesen geöffnet, deshalb kann hier nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>If you&apos;re in &amp;crisis…</source>
        <translation>In einer &amp;Krise…</translation>
    </message>
    <message>
        <source>Your &amp;safety plan…</source>
        <translation>Dein K&amp;risenplan…</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Some of what you wrote couldn&apos;t be saved yet.</source>
        <translation>Einiges von dem, was du geschrieben hast, konnte noch nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>It is still on screen, and the app keeps trying to save it. If you close now, those last words will be lost. You could copy them somewhere safe first.</source>
        <translation>Es ist noch auf dem Bildschirm, und die App versucht weiter, es zu speichern. Wenn du jetzt schließt, gehen diese letzten Worte verloren. Du könntest sie vorher an einen sicheren Ort kopieren.</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>App offen lassen</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark the session as done</source>
        <translation>Sitzung abschließen</translation>
    </message>
    <message>
        <source>A copy of this summary is kept: choose “Kept copy” above the summary to read it again. A fresh summary starts from the session&apos;s day. Questions you ticked go with the copy; the others stay for next time.</source>
        <translation>Eine Kopie dieser Zusammenfassung wird aufbewahrt: Wähl „Aufbewahrte Kopie“ über der Zusammenfassung, um sie wieder zu lesen. Eine neue Zusammenfassung beginnt mit dem Tag der Sitzung. Abgehakte Fragen kommen mit in die Kopie; die anderen bleiben fürs nächste Mal.</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Tag der Sitzung</translation>
    </message>
    <message>
        <source>The session was on</source>
        <translation>Die Sitzung war am</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Abschließen</translation>
    </message>
</context>
<context>
    <name>MeasuresChart</name>
    <message>
        <source>No mood or energy written in this stretch</source>
        <translation>In dieser Zeitspanne keine Stimmung oder Energie notiert</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <source>energy %1</source>
        <translation>Energie %1</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Energy (its words on the right)</source>
        <translation>Energie (Beschriftung rechts)</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>The &amp;same once more:</source>
        <translation>&amp;Dieselbe noch einmal:</translation>
    </message>
    <message>
        <source>Type it twice, the same both times.</source>
        <translation>Gib sie zweimal ein, beide Male gleich.</translation>
    </message>
    <message>
        <source>A passphrase needs at least one character.</source>
        <translation>Eine Passphrase braucht mindestens ein Zeichen.</translation>
    </message>
    <message>
        <source>The two are the same.</source>
        <translation>Beide stimmen überein.</translation>
    </message>
    <message>
        <source>Now type it once more below.</source>
        <translation>Gib sie jetzt unten noch einmal ein.</translation>
    </message>
    <message>
        <source>The two aren&apos;t the same yet.</source>
        <translation>Die beiden stimmen noch nicht überein.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Neue Passphrase wählen</translation>
    </message>
    <message>
        <source>&amp;Save the passphrase</source>
        <translation>Passphrase &amp;speichern</translation>
    </message>
    <message>
        <source>Your recovery code opens this journal. Choose a new passphrase for it: from now on it opens with the new passphrase, and with the same recovery code as before.</source>
        <translation>Dein Wiederherstellungscode öffnet dieses Tagebuch. Wähl eine neue Passphrase dafür: Ab jetzt öffnet es sich mit der neuen Passphrase und mit demselben Wiederherstellungscode wie vorher.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit your note</source>
        <translation>Deine Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Words worth keeping: something your therapist said that helped, or a note to yourself for a harder day. Notes join the messages you see here.</source>
        <translation>Worte, die es wert sind, aufbewahrt zu werden: etwas Hilfreiches aus deiner Therapie oder eine Notiz an dich selbst für einen schwereren Tag. Notizen kommen zu den Botschaften dazu, die du hier siehst.</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Art der Notiz</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Deine Notiz</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In deinen eigenen Worten</translation>
    </message>
    <message>
        <source>Show it among the messages for the day</source>
        <translation>Unter den Botschaften des Tages zeigen</translation>
    </message>
    <message>
        <source>A note can be up to %1 characters.</source>
        <translation>Eine Notiz kann bis zu %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this notice</source>
        <extracomment>Narrower than this many average characters, the buttons go under the words. How much of the accent colour goes into the bar&apos;s background and its outline. The person put the bar away (its close button, or Escape): see allow_closing.</extracomment>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>PlaceNotice</name>
    <message>
        <source>Your data is in a folder that %1 syncs</source>
        <extracomment>The data folders the person chose to keep where they are (a list of paths).</extracomment>
        <translation>Deine Daten liegen in einem Ordner, den %1 synchronisiert</translation>
    </message>
    <message>
        <source>Your data is on a network share</source>
        <translation>Deine Daten liegen auf einer Netzwerkfreigabe</translation>
    </message>
    <message>
        <source>%1 uploads files as they change, so your journal is uploaded to %1 too. It can also copy your data file while it is being written, or apart from the two small files beside it (ending in -wal and -shm), which can damage it. What helps: keep your data in a folder on this computer that isn&apos;t synced (now it is in %2). For a copy anywhere else, use Export everything… in the File menu.</source>
        <translation>%1 lädt Dateien hoch, sobald sie sich ändern, also wird auch dein Tagebuch zu %1 hochgeladen. Außerdem kann es deine Datendatei kopieren, während sie geschrieben wird, oder getrennt von den zwei kleinen Dateien daneben (mit der Endung -wal und -shm), und das kann sie beschädigen. Was hilft: Bewahr deine Daten in einem Ordner auf diesem Computer auf, der nicht synchronisiert wird (jetzt liegen sie in %2). Für eine Kopie woanders nimm „Alles exportieren…“ im Menü „Datei“.</translation>
    </message>
    <message>
        <source>Between Sessions writes to your data file and the two small files beside it (ending in -wal and -shm) while you use it. Over a network they can get out of step when the connection drops or another computer opens them, which can damage the file; and your journal is kept on that other computer. What helps: keep your data in a folder on this computer (now it is in %1). For a copy anywhere else, use Export everything… in the File menu.</source>
        <translation>Between Sessions schreibt, während du es benutzt, in deine Datendatei und die zwei kleinen Dateien daneben (mit der Endung -wal und -shm). Über ein Netzwerk können sie aus dem Takt geraten, wenn die Verbindung abbricht oder ein anderer Computer sie öffnet, und das kann die Datei beschädigen; außerdem liegt dein Tagebuch dann auf diesem anderen Computer. Was hilft: Bewahr deine Daten in einem Ordner auf diesem Computer auf (jetzt liegen sie in %1). Für eine Kopie woanders nimm „Alles exportieren…“ im Menü „Datei“.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Den Ordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>Hier lassen</translation>
    </message>
    <message>
        <source>Don&apos;t mention this again for this folder</source>
        <translation>Für diesen Ordner nicht mehr erwähnen</translation>
    </message>
    <message>
        <source>Close this notice for now; it comes back at the next start (Esc)</source>
        <translation>Diesen Hinweis vorerst schließen; beim nächsten Start kommt er wieder (Esc)</translation>
    </message>
</context>
<context>
    <name>PlanDetail</name>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>The newest adjustments shown whole in an item&apos;s history; older ones scroll.</extracomment>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Anpassen…</translation>
    </message>
    <message>
        <source>Make it smaller, change its rhythm or pause it</source>
        <translation>Kleiner machen, den Rhythmus ändern oder pausieren</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Anpassungen</translation>
    </message>
    <message>
        <source>Adjustment history</source>
        <translation>Verlauf der Anpassungen</translation>
    </message>
    <message>
        <source>When you make this step smaller, change its rhythm or pause it, the change is noted here, ready to talk about in your next session.</source>
        <translation>Wenn du diesen Schritt kleiner machst, seinen Rhythmus änderst oder ihn pausierst, wird das hier notiert, bereit, um in deiner nächsten Sitzung darüber zu sprechen.</translation>
    </message>
    <message>
        <source>Thought records about this step</source>
        <translation>Gedankenprotokolle zu diesem Schritt</translation>
    </message>
    <message>
        <source>Open in the journal (Enter or double-click)</source>
        <translation>Im Tagebuch öffnen (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>Smaller version: %1</source>
        <translation>Kleinere Version: %1</translation>
    </message>
    <message>
        <source>Pick &amp;up again</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Ret&amp;ire…</source>
        <translation>Ab&amp;legen…</translation>
    </message>
</context>
<context>
    <name>PlanItemModel</name>
    <message>
        <source>this week: %1</source>
        <translation>diese Woche: %1</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Plan items</source>
        <extracomment>The plan, and the journal&apos;s thought records shown with each item.</extracomment>
        <translation>Planpunkte</translation>
    </message>
    <message>
        <source>Which plan items to show</source>
        <translation>Welche Planpunkte angezeigt werden</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Aktueller Plan</translation>
    </message>
    <message>
        <source>Retired items</source>
        <translation>Abgelegte Punkte</translation>
    </message>
    <message>
        <source>Add plan item…</source>
        <translation>Planpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>Add a plan item (Ctrl+N)</source>
        <translation>Einen Planpunkt hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing is retired. Items you retire are kept here with their history.</source>
        <translation>Nichts ist abgelegt. Punkte, die du ablegst, werden hier mit ihrem Verlauf aufbewahrt.</translation>
    </message>
    <message>
        <source>Add your first plan item</source>
        <translation>Deinen ersten Planpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Your plan from therapy, one small step at a time</source>
        <translation>Dein Plan aus der Therapie, ein kleiner Schritt nach dem anderen</translation>
    </message>
    <message>
        <source>Add the steps you agreed on in therapy, each with a smaller version for the harder days. Then check in when you like: done, the smaller version, tried, or just thought about it. Every one of those counts.

Nothing here is graded, and a day without a check-in is simply a day.</source>
        <translation>Trag die Schritte ein, die du in der Therapie vereinbart hast, jeden mit einer kleineren Version für die schwereren Tage. Dann trägst du ein, wann du magst: gemacht, die kleinere Version, versucht oder einfach daran gedacht. Jedes davon zählt.

Hier wird nichts bewertet, und ein Tag ohne Check-in ist einfach ein Tag.</translation>
    </message>
    <message>
        <source>Retire plan item</source>
        <translation>Planpunkt ablegen</translation>
    </message>
    <message>
        <source>Retire “%1”?</source>
        <translation>„%1“ ablegen?</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <source>It leaves your current plan but is kept, with its check-ins and history, under Retired items. You can bring it back at any time.</source>
        <translation>Er verlässt deinen aktuellen Plan, bleibt aber mit seinen Check-ins und seinem Verlauf unter „Abgelegte Punkte“ erhalten. Du kannst ihn jederzeit zurückholen.</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>Start from a prompt</source>
        <translation>Mit einem Impuls beginnen</translation>
    </message>
    <message>
        <source>Pick a question to write from. There is no right answer.</source>
        <translation>Such dir eine Frage aus, von der aus du schreibst. Es gibt keine richtige Antwort.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>&amp;Add your own…</source>
        <translation>Eigenen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove one of your own prompts</source>
        <translation>Einen deiner eigenen Impulse entfernen</translation>
    </message>
    <message>
        <source>&amp;Use this prompt</source>
        <translation>Diesen Impuls &amp;verwenden</translation>
    </message>
    <message>
        <source>Your prompt was removed.</source>
        <translation>Dein Impuls wurde entfernt.</translation>
    </message>
    <message>
        <source>Undo removing your prompt</source>
        <translation>Entfernen deines Impulses rückgängig machen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your own prompts</source>
        <translation>Deine eigenen Impulse</translation>
    </message>
    <message>
        <source>Prompts you add appear here.</source>
        <translation>Impulse, die du hinzufügst, erscheinen hier.</translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation>Dein eigener Impuls</translation>
    </message>
    <message>
        <source>A question you&apos;d like to write from:</source>
        <translation>Eine Frage, von der aus du schreiben möchtest:</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Schützen</translation>
    </message>
    <message>
        <source>Protect your journal with a passphrase</source>
        <translation>Schütze dein Tagebuch mit einer Passphrase</translation>
    </message>
    <message>
        <source>Your journal, your plan and everything else you keep here are encrypted on this computer, and so are their backups: without your passphrase, or the recovery code you are given next, no program can read them. The app asks for the passphrase when it starts.</source>
        <translation>Dein Tagebuch, dein Plan und alles andere, was du hier aufbewahrst, werden auf diesem Computer verschlüsselt, ebenso ihre Sicherungen: Ohne deine Passphrase oder den Wiederherstellungscode, den du gleich bekommst, kann kein Programm sie lesen. Die App fragt beim Start nach der Passphrase.</translation>
    </message>
    <message>
        <source>What a passphrase doesn&apos;t protect:</source>
        <translation>Was eine Passphrase nicht schützt:</translation>
    </message>
    <message>
        <source>Files you export or save, such as an export or a session summary: anyone who can open them can read them.</source>
        <translation>Dateien, die du exportierst oder speicherst, etwa ein Export oder eine Sitzungszusammenfassung: Wer sie öffnen kann, kann sie lesen.</translation>
    </message>
    <message>
        <source>The window while it is open and unlocked: anyone at this computer can read what it shows.</source>
        <translation>Das Fenster, solange es offen und entsperrt ist: Wer an diesem Computer sitzt, kann lesen, was es zeigt.</translation>
    </message>
    <message>
        <source>A plain copy of the journal from before: a disk (an SSD especially) or a backup program may still keep one.</source>
        <translation>Eine unverschlüsselte Kopie des Tagebuchs von vorher: Eine Festplatte (besonders eine SSD) oder ein Sicherungsprogramm kann noch eine aufbewahren.</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <source>Your questions for the session</source>
        <translation>Deine Fragen für die Sitzung</translation>
    </message>
    <message>
        <source>Space ticks a question as asked; F2 or a double-click changes its words</source>
        <translation>Die Leertaste hakt eine Frage als gestellt ab; F2 oder ein Doppelklick ändert ihren Wortlaut</translation>
    </message>
    <message>
        <source>Something you&apos;d like to ask or say</source>
        <translation>Etwas, das du fragen oder sagen möchtest</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Tick a question once you&apos;ve asked it. Any you don&apos;t get to stay for next time.</source>
        <translation>Hak eine Frage ab, sobald du sie gestellt hast. Fragen, zu denen du nicht kommst, bleiben fürs nächste Mal.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t saved yet. %2</source>
        <translation>„%1“ ist noch nicht gespeichert. %2</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your journal. Write it down or print it, and keep it somewhere safe, away from this computer. It is shown only this once.</source>
        <translation>Falls du deine Passphrase einmal vergisst, öffnet dieser Code dein Tagebuch. Schreib ihn auf oder druck ihn aus und bewahr ihn an einem sicheren Ort auf, nicht bei diesem Computer. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Without your passphrase and this code, nobody can open your journal, not even the makers of %1.</source>
        <translation>Ohne deine Passphrase und diesen Code kann niemand dein Tagebuch öffnen, nicht einmal die Macher von %1.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it somewhere safe</source>
        <translation>Ich habe ihn &amp;sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe.</source>
        <translation>Kopiert. Füg ihn dort ein, wo du ihn sicher aufbewahrst.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Wiederherstellungscode drucken</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Remind me gently, once a day at most</source>
        <translation>&amp;Sanft erinnern, höchstens einmal am Tag</translation>
    </message>
    <message>
        <source>Remind me gently, once a day at most</source>
        <translation>Sanft erinnern, höchstens einmal am Tag</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>On these &amp;days:</source>
        <translation>An diesen &amp;Tagen:</translation>
    </message>
    <message>
        <source>Words of the reminder</source>
        <translation>Worte der Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Worte:</translation>
    </message>
    <message>
        <source>It may mention my &amp;plan (never what is in it)</source>
        <translation>Die Erinnerung darf meinen &amp;Plan erwähnen (nie, was darin steht)</translation>
    </message>
    <message>
        <source>It may mention my plan</source>
        <translation>Die Erinnerung darf meinen Plan erwähnen</translation>
    </message>
    <message>
        <source>&amp;Start at login, quietly in the tray</source>
        <translation>Bei der Anmeldung &amp;leise im Infobereich starten</translation>
    </message>
    <message>
        <source>Start at login, quietly in the tray</source>
        <translation>Bei der Anmeldung leise im Infobereich starten</translation>
    </message>
    <message>
        <source>None on a day you have already checked in or written, and &quot;Not today&quot; quiets it until tomorrow. It never shows anything you wrote.</source>
        <translation>An einem Tag, an dem du schon eingetragen oder geschrieben hast, kommt keine, und „Heute nicht“ lässt sie bis morgen ruhen. Die Erinnerung zeigt nie etwas, das du geschrieben hast.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Reminder…</source>
        <extracomment>What the reminder remembers between runs, beside its settings (ISO dates). A nudge was delivered (its words), for whoever listens (tests, the tray&apos;s tooltip).</extracomment>
        <translation>E&amp;rinnerung…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>%1 (your reminder for %2)</source>
        <translation>%1 (deine Erinnerung für %2)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Starting at login couldn&apos;t be set up: %1</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht einrichten: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>&amp;Not today</source>
        <translation>&amp;Heute nicht</translation>
    </message>
    <message>
        <source>If you&apos;re in &amp;crisis…</source>
        <translation>In einer &amp;Krise…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Still here in the tray, so your reminder can come. To close the app completely, choose Quit in this icon&apos;s menu.</source>
        <translation>Noch da, im Infobereich, damit deine Erinnerung kommen kann. Um die App ganz zu schließen, wähl „Beenden“ im Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>RhythmPicker</name>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Tage pro Woche</translation>
    </message>
</context>
<context>
    <name>SafetyItemDialog</name>
    <message>
        <source>Edit your safety plan</source>
        <translation>Deinen Krisenplan bearbeiten</translation>
    </message>
    <message>
        <source>Add to your safety plan</source>
        <translation>Zu deinem Krisenplan hinzufügen</translation>
    </message>
    <message>
        <source>Part of the plan</source>
        <translation>Teil des Plans</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>A number to call or text</source>
        <translation>Eine Nummer zum Anrufen oder Schreiben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: when to call, what to say</source>
        <translation>Optional: wann du anrufst, was du sagst</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>&amp;Teil</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;ummer</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;In your words</source>
        <translation>&amp;In deinen Worten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>In deinen Worten</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>This app is not emergency help</source>
        <extracomment>The person asked for the crisis help (the main window shows it).</extracomment>
        <translation>Diese App ist keine Notfallhilfe</translation>
    </message>
    <message>
        <source>If you are in danger or can&apos;t keep yourself safe, call your local emergency number now, or a crisis line. Your plan below is for the moments before that: steps to try, people to reach, in the order that helps you.</source>
        <translation>Wenn du in Gefahr bist oder dich nicht selbst schützen kannst, ruf jetzt den Notruf oder ein Krisentelefon an. Dein Plan unten ist für die Momente davor: Schritte, die du versuchen kannst, und Menschen, die du erreichen kannst, in der Reihenfolge, die dir hilft.</translation>
    </message>
    <message>
        <source>If you&apos;re in &amp;crisis…</source>
        <translation>In einer &amp;Krise…</translation>
    </message>
    <message>
        <source>Your safety plan</source>
        <translation>Dein Krisenplan</translation>
    </message>
    <message>
        <source>Enter to change a line, Insert to add one, Delete to remove</source>
        <translation>Enter ändert eine Zeile, Einfg fügt eine hinzu, Entf entfernt sie</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a line to the selected part of the plan</source>
        <translation>Eine Zeile zum ausgewählten Teil des Plans hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Your safety plan, to read here. It can be changed again once your data is open from a folder you can write to.</source>
        <translation>Dein Krisenplan, hier zum Lesen. Du kannst ihn wieder ändern, sobald deine Daten aus einem Ordner geöffnet sind, in den du schreiben kannst.</translation>
    </message>
    <message>
        <source>Your safety plan is yours to write, ideally with your therapist. Fill in what you can; one line is a good start.</source>
        <translation>Deinen Krisenplan schreibst du selbst, am besten zusammen mit deiner Therapeutin oder deinem Therapeuten. Füll aus, was du kannst; eine Zeile ist ein guter Anfang.</translation>
    </message>
    <message>
        <source>Remove from your safety plan</source>
        <translation>Aus deinem Krisenplan entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from your safety plan?</source>
        <translation>„%1“ aus deinem Krisenplan entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Your sessions</source>
        <translation>Deine Sitzungen</translation>
    </message>
    <message>
        <source>The summary for your next session covers everything since the last one. Dates are only kept here, on this computer.</source>
        <translation>Die Zusammenfassung für deine nächste Sitzung umfasst alles seit der letzten. Die Termine werden nur hier auf diesem Computer aufbewahrt.</translation>
    </message>
    <message>
        <source>I know when my &amp;next session is</source>
        <translation>Ich weiß, wann meine &amp;nächste Sitzung ist</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <source>How often sessions come</source>
        <translation>Wie oft Sitzungen stattfinden</translation>
    </message>
    <message>
        <source>My &amp;last session was on</source>
        <translation>Meine &amp;letzte Sitzung war am</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Tag</translation>
    </message>
</context>
<context>
    <name>SessionPrep</name>
    <message>
        <source>No date set for your next session</source>
        <translation>Noch kein Datum für deine nächste Sitzung</translation>
    </message>
    <message>
        <source>Set it to see how long there is to go. It&apos;s fine not to know yet.</source>
        <translation>Trag es ein, dann siehst du, wie lange es noch dauert. Es ist völlig in Ordnung, es noch nicht zu wissen.</translation>
    </message>
    <message>
        <source>Your session is today</source>
        <translation>Deine Sitzung ist heute</translation>
    </message>
    <message>
        <source>Next session tomorrow</source>
        <translation>Nächste Sitzung morgen</translation>
    </message>
    <message>
        <source>Your session was on %1</source>
        <translation>Deine Sitzung war am %1</translation>
    </message>
    <message>
        <source>When it&apos;s done, mark it as done to keep this summary and start a fresh one.</source>
        <translation>Wenn sie vorbei ist, schließ sie ab: Dann wird diese Zusammenfassung aufbewahrt und eine neue beginnt.</translation>
    </message>
    <message>
        <source>Which summary to show</source>
        <translation>Welche Zusammenfassung angezeigt wird</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Include the &amp;charts of these days</source>
        <translation>&amp;Diagramme dieser Tage einbeziehen</translation>
    </message>
    <message>
        <source>Mood and energy, and each step week by week, as pictures and a table</source>
        <translation>Stimmung und Energie und jeder Schritt Woche für Woche, als Bilder und als Tabelle</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Sitzungszusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <source>Mark session as d&amp;one…</source>
        <translation>Sitzung &amp;abschließen…</translation>
    </message>
    <message>
        <source>Keep a copy of this summary and start a fresh one from the session&apos;s day</source>
        <translation>Eine Kopie dieser Zusammenfassung aufbewahren und ab dem Tag der Sitzung eine neue beginnen</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <source>Set the da&amp;te…</source>
        <translation>&amp;Termin festlegen…</translation>
    </message>
    <message>
        <source>Since %1 (your last session)</source>
        <translation>Seit %1 (deine letzte Sitzung)</translation>
    </message>
    <message>
        <source>The last two weeks</source>
        <translation>Die letzten zwei Wochen</translation>
    </message>
    <message>
        <source>Choose the days…</source>
        <translation>Tage auswählen…</translation>
    </message>
    <message>
        <source>Kept copy: the session on %1</source>
        <translation>Aufbewahrte Kopie: die Sitzung am %1</translation>
    </message>
    <message>
        <source>A copy of the summary is kept: choose “Kept copy” above it to read it again. A fresh one starts from %1.</source>
        <translation>Eine Kopie der Zusammenfassung wird aufbewahrt: Wähl „Aufbewahrte Kopie“ darüber, um sie wieder zu lesen. Eine neue beginnt ab %1.</translation>
    </message>
    <message>
        <source>The summary holds your check-ins, what got in the way, your questions and the journal entries you marked to bring to your session.</source>
        <translation>Die Zusammenfassung enthält deine Check-ins, was im Weg stand, deine Fragen und die Tagebucheinträge, die du zum Mitnehmen in die Sitzung markiert hast.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>The summary couldn&apos;t be saved (%1). Nothing else was changed.</source>
        <translation>Die Zusammenfassung konnte nicht gespeichert werden (%1). Sonst wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Session prep</source>
        <translation>Sitzungsvorbereitung</translation>
    </message>
    <message>
        <source>Save as Markdown</source>
        <translation>Als Markdown speichern</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown-Dateien (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Print the session summary</source>
        <translation>Sitzungszusammenfassung drucken</translation>
    </message>
</context>
<context>
    <name>SmallWinsView</name>
    <message>
        <source>Earlier week</source>
        <translation>Frühere Woche</translation>
    </message>
    <message>
        <source>Earlier week (Alt+Left)</source>
        <translation>Frühere Woche (Alt+Left)</translation>
    </message>
    <message>
        <source>Later week</source>
        <translation>Spätere Woche</translation>
    </message>
    <message>
        <source>Later week (Alt+Right)</source>
        <translation>Spätere Woche (Alt+Right)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <source>Everything that counted as a step: done, the smaller version, tried, thought about it, and what you wrote. Add anything else that took effort.</source>
        <translation>Alles, was als Schritt gezählt hat: gemacht, die kleinere Version, versucht, daran gedacht und was du geschrieben hast. Füg alles hinzu, was dich sonst Kraft gekostet hat.</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
    <message>
        <source>A small win, in your own words</source>
        <translation>Ein kleiner Erfolg, in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>New small win</source>
        <translation>Neuer kleiner Erfolg</translation>
    </message>
    <message>
        <source>Day of the win</source>
        <translation>Tag des Erfolgs</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove a win you added by hand</source>
        <translation>Einen Erfolg entfernen, den du selbst hinzugefügt hast</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The win was removed.</source>
        <translation>Der Erfolg wurde entfernt.</translation>
    </message>
    <message>
        <source>Undo removing the win</source>
        <translation>Entfernen des Erfolgs rückgängig machen</translation>
    </message>
    <message>
        <source>This week · %1</source>
        <translation>Diese Woche · %1</translation>
    </message>
    <message>
        <source>Nothing noted yet this week, and that&apos;s fine. A small win can be very small: getting up, opening a window, asking for help.</source>
        <translation>Diese Woche ist noch nichts notiert, und das ist in Ordnung. Ein kleiner Erfolg kann sehr klein sein: aufstehen, ein Fenster öffnen, um Hilfe bitten.</translation>
    </message>
    <message>
        <source>A quiet week on this page.</source>
        <translation>Eine ruhige Woche auf dieser Seite.</translation>
    </message>
</context>
<context>
    <name>StepsChart</name>
    <message>
        <source>No steps in the plan</source>
        <translation>Keine Schritte im Plan</translation>
    </message>
    <message>
        <source>nothing marked</source>
        <translation>nichts eingetragen</translation>
    </message>
</context>
<context>
    <name>SummaryCharts</name>
    <message>
        <source>Looking back</source>
        <extracomment>The charts&apos; width on paper, in the layout&apos;s pixels (the text&apos;s width on A4 is about 640), drawn at twice that for a sharp print.</extracomment>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Mood and energy</source>
        <translation>Stimmung und Energie</translation>
    </message>
    <message>
        <source>Each step, week by week</source>
        <translation>Jeder Schritt, Woche für Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>What got in the way, and when</source>
        <translation>Was im Weg stand, und wann</translation>
    </message>
    <message>
        <source>Things you might notice</source>
        <translation>Was dir auffallen könnte</translation>
    </message>
</context>
<context>
    <name>ThoughtRecordForm</name>
    <message>
        <source>Thought record</source>
        <extracomment>How the strength of a feeling moves with the arrows, and the step below 0 that stands for &quot;not said&quot; (shown as &quot;How strong?&quot;).</extracomment>
        <translation>Gedankenprotokoll</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>What was happening?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>Der Gedanke</translation>
    </message>
    <message>
        <source>What went through your mind?</source>
        <translation>Was ging dir durch den Kopf?</translation>
    </message>
    <message>
        <source>What it made me feel</source>
        <translation>Was ich dabei gefühlt habe</translation>
    </message>
    <message>
        <source>anxious, ashamed, tired…</source>
        <translation>ängstlich, beschämt, müde…</translation>
    </message>
    <message>
        <source>How strongly</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <source>How strong?</source>
        <translation>Wie stark?</translation>
    </message>
    <message>
        <source>What a kind friend would say</source>
        <translation>Was jemand sagen würde, der dich gernhat</translation>
    </message>
    <message>
        <source>If a friend had this thought, what would you tell them?</source>
        <translation>Wenn jemand, den du gernhast, diesen Gedanken hätte: Was würdest du ihm sagen?</translation>
    </message>
    <message>
        <source>A more balanced thought</source>
        <translation>Ein ausgewogenerer Gedanke</translation>
    </message>
    <message>
        <source>Something truer and gentler</source>
        <translation>Etwas Wahreres und Sanfteres</translation>
    </message>
    <message>
        <source>Plan item it got in the way of</source>
        <translation>Planpunkt, dem er im Weg stand</translation>
    </message>
    <message>
        <source>It made me feel</source>
        <translation>Dabei gefühlt</translation>
    </message>
    <message>
        <source>A kind friend</source>
        <translation>Ein lieber Mensch</translation>
    </message>
    <message>
        <source>Balanced thought</source>
        <translation>Ausgewogener Gedanke</translation>
    </message>
    <message>
        <source>Got in the way of</source>
        <translation>Stand im Weg bei</translation>
    </message>
    <message>
        <source>No plan item</source>
        <translation>Kein Planpunkt</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>A message for today</source>
        <extracomment>The most lines the message keeps room for (an own note longer than that may push).</extracomment>
        <translation>Eine Botschaft für heute</translation>
    </message>
    <message>
        <source>A&amp;nother one</source>
        <translation>E&amp;ine andere</translation>
    </message>
    <message>
        <source>Show a different message for today</source>
        <translation>Eine andere Botschaft für heute zeigen</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>Diese be&amp;halten</translation>
    </message>
    <message>
        <source>Keep it among your kept messages</source>
        <translation>Bei deinen aufbewahrten Botschaften behalten</translation>
    </message>
    <message>
        <source>Don&apos;t show this &amp;again</source>
        <translation>Nicht mehr &amp;zeigen</translation>
    </message>
    <message>
        <source>Ke&amp;pt messages…</source>
        <translation>Aufbewahr&amp;te Botschaften…</translation>
    </message>
    <message>
        <source>The messages you kept, and the ones you set aside</source>
        <translation>Die Botschaften, die du aufbewahrt hast, und die, die du beiseitegelegt hast</translation>
    </message>
    <message>
        <source>That message won&apos;t be shown again.</source>
        <translation>Diese Botschaft wird nicht mehr gezeigt.</translation>
    </message>
    <message>
        <source>Your own notes</source>
        <translation>Deine eigenen Notizen</translation>
    </message>
    <message>
        <source>What your therapist said, or a note to future you. They come up among the messages above.</source>
        <translation>Was in deiner Therapie gesagt wurde oder eine Notiz an dein künftiges Ich. Notizen tauchen oben unter den Botschaften auf.</translation>
    </message>
    <message>
        <source>Edit with Enter or a double-click</source>
        <translation>Mit Enter oder Doppelklick bearbeiten</translation>
    </message>
    <message>
        <source>Add a no&amp;te…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>You&apos;ve set every message aside. Notes you add below will show up here, or let some messages back in under Kept messages.</source>
        <translation>Du hast alle Botschaften beiseitegelegt. Notizen, die du unten hinzufügst, erscheinen hier, oder du holst unter „Aufbewahrte Botschaften“ einige zurück.</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Aufbewahrt</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Diese Notiz löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TurnOffDialog</name>
    <message>
        <source>Turn off protection</source>
        <translation>Schutz ausschalten</translation>
    </message>
    <message>
        <source>&amp;Turn off protection</source>
        <translation>Schutz &amp;ausschalten</translation>
    </message>
    <message>
        <source>Turn off the passphrase?</source>
        <translation>Die Passphrase ausschalten?</translation>
    </message>
    <message>
        <source>Your journal becomes a plain file again: any program on this computer can read it, and so can anyone who copies it. Backups made from now on are plain too. The backups made while it was protected stay protected: they open with your passphrase or your recovery code.</source>
        <translation>Dein Tagebuch wird wieder eine unverschlüsselte Datei: Jedes Programm auf diesem Computer kann es lesen, und auch jeder, der es kopiert. Sicherungen ab jetzt sind ebenfalls unverschlüsselt. Die Sicherungen aus der geschützten Zeit bleiben geschützt und öffnen sich mit deiner Passphrase oder deinem Wiederherstellungscode.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>This journal is protected with a passphrase.</source>
        <extracomment>How the screen unlocks: protect.unlock(db_path, passphrase=… | recovery_code=…). The journal&apos;s key is at hand: &quot;&quot; (the passphrase opened it), or the recovery code. The person asked for crisis help (generic: nothing of theirs is shown while locked).</extracomment>
        <translation>Dieses Tagebuch ist mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>If you&apos;re in &amp;crisis…</source>
        <translation>In einer &amp;Krise…</translation>
    </message>
    <message>
        <source>If you&apos;re in crisis</source>
        <translation>Wenn du in einer Krise bist</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down or printed.</source>
        <translation>Gib den Wiederherstellungscode ein, den du aufgeschrieben oder ausgedruckt hast.</translation>
    </message>
    <message>
        <source>Use your &amp;passphrase instead</source>
        <translation>&amp;Passphrase verwenden</translation>
    </message>
    <message>
        <source>Use your passphrase instead</source>
        <translation>Passphrase verwenden</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Use your &amp;recovery code instead</source>
        <translation>&amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Use your recovery code instead</source>
        <translation>Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Take your time and try again.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht. Lass dir Zeit und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this journal. Check each group of four against the code you wrote down, and try again.</source>
        <translation>Dieser Wiederherstellungscode öffnet dieses Tagebuch nicht. Vergleich jede Vierergruppe mit dem Code, den du aufgeschrieben hast, und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <source>That couldn&apos;t be done (%1). Your journal was left as it was.</source>
        <translation>Das hat nicht geklappt (%1). Dein Tagebuch ist geblieben, wie es war.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something unexpected happened and that last action may not have been saved. Everything saved before it is safe.

Details: %1</source>
        <extracomment>The exit codes. EXIT_OK also when SIGTERM or SIGHUP (a logout, a shutdown, `kill`) ended the app: it closed as a close does. EXIT_DATA_DIR also when the lock file beside the data couldn&apos;t be written for another reason than a full disk (the folder can&apos;t be written to).</extracomment>
        <translation>Etwas Unerwartetes ist passiert, und der letzte Schritt wurde vielleicht nicht gespeichert. Alles, was vorher gespeichert wurde, ist sicher.

Details: %1</translation>
    </message>
</context>
<context>
    <name>encouragement</name>
    <message>
        <source>%1 (not among the messages)</source>
        <translation>%1 (nicht unter den Botschaften)</translation>
    </message>
    <message>
        <source>asked</source>
        <extracomment>Stores a change to a question: (question id, new text or None, done or None) -&gt; stored? The data is open read-only: a question can&apos;t be ticked or changed (only read).</extracomment>
        <translation>gestellt</translation>
    </message>
    <message>
        <source>to ask</source>
        <translation>noch zu fragen</translation>
    </message>
    <message>
        <source>Wrote in your journal</source>
        <translation>In dein Tagebuch geschrieben</translation>
    </message>
    <message>
        <source>Wrote in your journal: %1</source>
        <translation>In dein Tagebuch geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Your disk is full; nothing was lost, and what you typed is still here. Freeing a little space lets the app save it; it will keep trying.</source>
        <extracomment>Said where the app keeps retrying by itself (autosave, a check-in): the words are safe.</extracomment>
        <translation>Deine Festplatte ist voll; nichts ist verloren gegangen, und was du getippt hast, ist noch da. Wenn du ein wenig Platz freimachst, kann die App es speichern; sie versucht es weiter.</translation>
    </message>
    <message>
        <source>The folder that holds your data can&apos;t be written to right now; nothing was lost, and what you typed is still here. The app will keep trying to save it.</source>
        <translation>In den Ordner mit deinen Daten kann gerade nicht geschrieben werden; nichts ist verloren gegangen, und was du getippt hast, ist noch da. Die App versucht weiter, es zu speichern.</translation>
    </message>
    <message>
        <source>Another program is holding your data file for the moment; nothing was lost, and what you typed is still here. The app will keep trying to save it.</source>
        <translation>Ein anderes Programm hält deine Datendatei gerade fest; nichts ist verloren gegangen, und was du getippt hast, ist noch da. Die App versucht weiter, es zu speichern.</translation>
    </message>
    <message>
        <source>The disk didn&apos;t answer when the app tried to save; nothing was lost, and what you typed is still here. The app will keep trying to save it.</source>
        <translation>Die Festplatte hat beim Speichern nicht geantwortet; nichts ist verloren gegangen, und was du getippt hast, ist noch da. Die App versucht weiter, es zu speichern.</translation>
    </message>
    <message>
        <source>The app is still checking your data file, as it does after it starts; nothing was lost, and what you typed is still here. It is saved as soon as the check is done.</source>
        <translation>Die App prüft gerade noch deine Datendatei, wie immer nach dem Start; nichts ist verloren gegangen, und was du getippt hast, ist noch da. Es wird gespeichert, sobald die Prüfung fertig ist.</translation>
    </message>
    <message>
        <source>A routine check found that your data file may be damaged, so the app is keeping it exactly as it is and not saving to it. What you typed is still here: you could copy it somewhere safe, then close Between Sessions and open it again to go on from your newest good backup.</source>
        <translation>Eine Routineprüfung hat ergeben, dass deine Datendatei vielleicht beschädigt ist, deshalb lässt die App sie genau so, wie sie ist, und speichert nicht hinein. Was du getippt hast, ist noch da: Du könntest es an einen sicheren Ort kopieren, dann Between Sessions schließen und wieder öffnen, um mit deiner neuesten intakten Sicherung weiterzumachen.</translation>
    </message>
    <message>
        <source>Your disk is full, so this couldn&apos;t be saved yet. Your words are still here: free a little space, then try again.</source>
        <extracomment>Said in a form or field that waits for the person to try again (nothing retries there).</extracomment>
        <translation>Deine Festplatte ist voll, deshalb konnte das noch nicht gespeichert werden. Deine Worte sind noch da: Mach ein wenig Platz frei und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The folder that holds your data can&apos;t be written to right now, so this couldn&apos;t be saved yet. Your words are still here; try again in a moment.</source>
        <translation>In den Ordner mit deinen Daten kann gerade nicht geschrieben werden, deshalb konnte das noch nicht gespeichert werden. Deine Worte sind noch da; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Another program is holding your data file for the moment, so this couldn&apos;t be saved yet. Your words are still here; try again in a moment.</source>
        <translation>Ein anderes Programm hält deine Datendatei gerade fest, deshalb konnte das noch nicht gespeichert werden. Deine Worte sind noch da; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk didn&apos;t answer, so this couldn&apos;t be saved yet. Your words are still here; try again in a moment.</source>
        <translation>Die Festplatte hat nicht geantwortet, deshalb konnte das noch nicht gespeichert werden. Deine Worte sind noch da; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The app is still checking your data file, as it does after it starts, so this isn&apos;t saved yet. Your words are still here; try again in a moment.</source>
        <translation>Die App prüft gerade noch deine Datendatei, wie immer nach dem Start, deshalb ist das noch nicht gespeichert. Deine Worte sind noch da; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A routine check found that your data file may be damaged, so the app isn&apos;t saving to it. Your words are still here: you could copy them somewhere safe, then close Between Sessions and open it again to go on from your newest good backup.</source>
        <translation>Eine Routineprüfung hat ergeben, dass deine Datendatei vielleicht beschädigt ist, deshalb speichert die App nicht hinein. Deine Worte sind noch da: Du könntest sie an einen sicheren Ort kopieren, dann Between Sessions schließen und wieder öffnen, um mit deiner neuesten intakten Sicherung weiterzumachen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>Why a file couldn&apos;t be opened, a backup made or restored: the end of a sentence.</extracomment>
        <translation>die Festplatte voll ist</translation>
    </message>
    <message>
        <source>its folder can&apos;t be written to</source>
        <translation>in den Ordner nicht geschrieben werden kann</translation>
    </message>
    <message>
        <source>another program is holding it</source>
        <translation>ein anderes Programm die Datei gerade festhält</translation>
    </message>
    <message>
        <source>the disk didn&apos;t answer</source>
        <translation>die Festplatte nicht geantwortet hat</translation>
    </message>
    <message>
        <source>your disk is full</source>
        <translation>deine Festplatte voll ist</translation>
    </message>
    <message>
        <source>the backups folder can&apos;t be written to</source>
        <translation>in den Sicherungsordner nicht geschrieben werden kann</translation>
    </message>
    <message>
        <source>another program is holding the data file</source>
        <translation>ein anderes Programm die Datendatei gerade festhält</translation>
    </message>
    <message>
        <source>of an unexpected problem: %1</source>
        <translation>ein unerwartetes Problem aufgetreten ist: %1</translation>
    </message>
    <message>
        <source>This plan item</source>
        <translation>Dieser Planpunkt</translation>
    </message>
    <message>
        <source>This journal entry</source>
        <translation>Dieser Tagebucheintrag</translation>
    </message>
    <message>
        <source>This note</source>
        <translation>Diese Notiz</translation>
    </message>
    <message>
        <source>This line of your safety plan</source>
        <translation>Diese Zeile deines Krisenplans</translation>
    </message>
    <message>
        <source>This question</source>
        <translation>Diese Frage</translation>
    </message>
    <message>
        <source>This kept summary</source>
        <translation>Diese aufbewahrte Zusammenfassung</translation>
    </message>
    <message>
        <source>This prompt</source>
        <translation>Dieser Impuls</translation>
    </message>
    <message>
        <source>This</source>
        <translation>Das</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>In %1, row %2, %3</source>
        <translation>In %1, Zeile %2, Feld „%3“</translation>
    </message>
    <message>
        <source>A plan item needs a few words as its title.</source>
        <extracomment>Every other code, by code. %1, %2, ... are the details named in DETAILS, in that order.</extracomment>
        <translation>Ein Planpunkt braucht ein paar Worte als Titel.</translation>
    </message>
    <message>
        <source>A title can be up to %1 characters; please shorten it.</source>
        <translation>Ein Titel kann bis zu %1 Zeichen lang sein; kürze ihn bitte.</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters; please shorten it.</source>
        <translation>Dieser Text ist länger als %1 Zeichen; kürze ihn bitte.</translation>
    </message>
    <message>
        <source>Some days a week means between one and six days.</source>
        <translation>An manchen Tagen pro Woche heißt: zwischen einem und sechs Tagen.</translation>
    </message>
    <message>
        <source>Mood is chosen from 1 to 5, or left empty.</source>
        <translation>Die Stimmung wird von 1 bis 5 gewählt oder leer gelassen.</translation>
    </message>
    <message>
        <source>Energy is chosen from 1 to 5, or left empty.</source>
        <translation>Die Energie wird von 1 bis 5 gewählt oder leer gelassen.</translation>
    </message>
    <message>
        <source>How strong a feeling was is given from 0 to 100.</source>
        <translation>Wie stark ein Gefühl war, wird von 0 bis 100 angegeben.</translation>
    </message>
    <message>
        <source>A tag can be up to %1 characters.</source>
        <translation>Ein Schlagwort kann bis zu %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This entry is longer than the journal can keep in one piece.</source>
        <translation>Dieser Eintrag ist länger, als das Tagebuch am Stück aufbewahren kann.</translation>
    </message>
    <message>
        <source>A line of the safety plan needs a few words.</source>
        <translation>Eine Zeile des Krisenplans braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>A note needs a few words.</source>
        <translation>Eine Notiz braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>A small win needs a few words.</source>
        <translation>Ein kleiner Erfolg braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>A question needs a few words.</source>
        <translation>Eine Frage braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>A prompt needs a few words.</source>
        <translation>Ein Impuls braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>A session can be marked as done on its day or after it.</source>
        <translation>Eine Sitzung kann an ihrem Tag oder danach abgeschlossen werden.</translation>
    </message>
    <message>
        <source>This summary is too long to keep.</source>
        <translation>Diese Zusammenfassung ist zu lang zum Aufbewahren.</translation>
    </message>
    <message>
        <source>Your own notes are always kept.</source>
        <translation>Deine eigenen Notizen werden immer aufbewahrt.</translation>
    </message>
    <message>
        <source>A tag needs a few letters.</source>
        <translation>Ein Schlagwort braucht ein paar Buchstaben.</translation>
    </message>
    <message>
        <source>A kept summary&apos;s period ends before it starts.</source>
        <translation>Der Zeitraum einer aufbewahrten Zusammenfassung endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>A message needs its name.</source>
        <translation>Eine Botschaft braucht ihren Namen.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Between Sessions (data format %2; this version understands up to %3). To keep your data safe it has not been opened or changed. Please install the newer version to use it.</source>
        <translation>%1 wurde von einer neueren Version von Between Sessions gespeichert (Datenformat %2; diese Version versteht bis %3). Damit deine Daten sicher bleiben, wurde die Datei weder geöffnet noch verändert. Installier bitte die neuere Version, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1 is a database, but not one made by Between Sessions. The app has left it exactly as it is.</source>
        <translation>%1 ist eine Datenbank, aber keine von Between Sessions. Die App hat sie genau so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 is not a Between Sessions data file (it is not a database at all). The app has left it exactly as it is.</source>
        <translation>%1 ist keine Datendatei von Between Sessions (es ist überhaupt keine Datenbank). Die App hat sie genau so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). The app has left it exactly as it is.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Die App hat die Datei genau so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 is empty. It may have been cut short when it was copied; the app has left it exactly as it is.</source>
        <translation>%1 ist leer. Vielleicht wurde die Datei beim Kopieren abgeschnitten; die App hat sie genau so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 looks damaged: its check found a problem (%2). The app has not changed it.</source>
        <translation>%1 sieht beschädigt aus: Die Prüfung hat ein Problem gefunden (%2). Die App hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>The copy of %1 did not pass its check, so it was not kept.</source>
        <translation>Die Kopie von %1 hat die Prüfung nicht bestanden, deshalb wurde sie nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>There is no data file at %1 yet.</source>
        <translation>Unter %1 gibt es noch keine Datendatei.</translation>
    </message>
    <message>
        <source>%1 needs updating to this version&apos;s data format first; close the app and try again.</source>
        <translation>%1 muss zuerst auf das Datenformat dieser Version aktualisiert werden; schließ die App und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>This copy of Between Sessions uses SQLite %1, and keeping your data needs %2 or newer. Nothing was opened or changed. The app from its own installer brings what it needs.</source>
        <translation>Diese Kopie von Between Sessions verwendet SQLite %1, für deine Daten braucht es aber %2 oder neuer. Nichts wurde geöffnet oder verändert. Die App aus ihrem eigenen Installationsprogramm bringt mit, was sie braucht.</translation>
    </message>
    <message>
        <source>This copy of Between Sessions uses an SQLite (%1) without full-text search, which the journal&apos;s search needs. Nothing was opened or changed. The app from its own installer brings what it needs.</source>
        <translation>Diese Kopie von Between Sessions verwendet ein SQLite (%1) ohne Volltextsuche, die die Suche im Tagebuch braucht. Nichts wurde geöffnet oder verändert. Die App aus ihrem eigenen Installationsprogramm bringt mit, was sie braucht.</translation>
    </message>
    <message>
        <source>%1 is protected with a passphrase. It opens with its passphrase or its recovery code; nothing in it was changed.</source>
        <translation>%1 ist mit einer Passphrase geschützt. Die Datei öffnet sich mit ihrer Passphrase oder ihrem Wiederherstellungscode; nichts darin wurde verändert.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Nothing was changed; you can try again as often as you like.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht. Nichts wurde verändert; du kannst es so oft versuchen, wie du magst.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this journal. Nothing was changed; check each group of four against the code you wrote down.</source>
        <translation>Dieser Wiederherstellungscode öffnet dieses Tagebuch nicht. Nichts wurde verändert; vergleich jede Vierergruppe mit dem Code, den du aufgeschrieben hast.</translation>
    </message>
    <message>
        <source>A passphrase needs at least one character.</source>
        <translation>Eine Passphrase braucht mindestens ein Zeichen.</translation>
    </message>
    <message>
        <source>The file beside your data that keeps its keys can&apos;t be read (%1). Your data and that file have been left exactly as they are.</source>
        <translation>Die Datei neben deinen Daten, die ihre Schlüssel enthält, kann nicht gelesen werden (%1). Deine Daten und diese Datei sind genau so geblieben, wie sie sind.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t there: it keeps the keys to this protected journal. Your data has been left exactly as it is.</source>
        <translation>%1 ist nicht da: Diese Datei enthält die Schlüssel zu diesem geschützten Tagebuch. Deine Daten sind genau so geblieben, wie sie sind.</translation>
    </message>
    <message>
        <source>This backup was made while the journal was protected with other keys (before it was last protected anew), so it can&apos;t take the journal&apos;s place here. Your journal was left exactly as it was.</source>
        <translation>Diese Sicherung wurde erstellt, als das Tagebuch mit anderen Schlüsseln geschützt war (bevor es zuletzt neu geschützt wurde), deshalb kann sie hier nicht an die Stelle des Tagebuchs treten. Dein Tagebuch ist genau so geblieben, wie es war.</translation>
    </message>
    <message>
        <source>This journal is already protected with a passphrase.</source>
        <translation>Dieses Tagebuch ist schon mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <source>This journal isn&apos;t protected with a passphrase.</source>
        <translation>Dieses Tagebuch ist nicht mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <source>The converted copy didn&apos;t match your journal (%1), so your journal was left exactly as it was.</source>
        <translation>Die umgewandelte Kopie hat nicht zu deinem Tagebuch gepasst (%1), deshalb ist dein Tagebuch genau so geblieben, wie es war.</translation>
    </message>
    <message>
        <source>Updating the data format found rows that point nowhere; nothing was changed.</source>
        <translation>Beim Aktualisieren des Datenformats wurden Zeilen gefunden, die ins Leere zeigen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>There are too many backups made in the same second.</source>
        <translation>In derselben Sekunde wurden zu viele Sicherungen erstellt.</translation>
    </message>
    <message>
        <source>There is no data file to back up yet.</source>
        <translation>Es gibt noch keine Datendatei zum Sichern.</translation>
    </message>
    <message>
        <source>Its check found a problem (%1).</source>
        <translation>Bei der Prüfung der Sicherung wurde ein Problem gefunden (%1).</translation>
    </message>
    <message>
        <source>It couldn&apos;t be read (%1).</source>
        <translation>Die Sicherung konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>Die Sicherung ist leer.</translation>
    </message>
    <message>
        <source>Between Sessions is open with this data (%1). Close it first, then try again; nothing was changed.</source>
        <translation>Between Sessions ist mit diesen Daten geöffnet (%1). Schließ es zuerst und versuch es dann noch einmal; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>A Between Sessions command (an import, a backup or a restore) is working with this data (%1) right now. Nothing was changed; please try again once it has finished.</source>
        <translation>Ein Befehl von Between Sessions (ein Import, eine Sicherung oder eine Wiederherstellung) arbeitet gerade mit diesen Daten (%1). Nichts wurde verändert; versuch es bitte noch einmal, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Between Sessions is open with this data (%1) on another computer, %2. Close it there first, then try again; nothing was changed.</source>
        <translation>Between Sessions ist mit diesen Daten (%1) auf einem anderen Computer geöffnet, %2. Schließ es zuerst dort und versuch es dann noch einmal; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created (%2).</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 gibt es, aber es ist kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder %1 can&apos;t be made: %2 is a file, not a folder.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden: %2 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder %1 can&apos;t be written to, so nothing was changed there.</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden, deshalb wurde dort nichts verändert.</translation>
    </message>
    <message>
        <source>Between Sessions couldn&apos;t open your data because the disk that holds it (%1) is full. Nothing was changed; once a little space is free, please try again.</source>
        <translation>Between Sessions konnte deine Daten nicht öffnen, weil die Festplatte, auf der sie liegen (%1), voll ist. Nichts wurde verändert; sobald ein wenig Platz frei ist, versuch es bitte noch einmal.</translation>
    </message>
    <message>
        <source>Between Sessions couldn&apos;t open your data because its folder (%1) can&apos;t be written to. Nothing was changed.</source>
        <translation>Between Sessions konnte deine Daten nicht öffnen, weil in ihren Ordner (%1) nicht geschrieben werden kann. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Between Sessions couldn&apos;t open your data because it couldn&apos;t write in its folder (%1) just now. Nothing was changed; please try again in a moment.</source>
        <translation>Between Sessions konnte deine Daten nicht öffnen, weil es gerade nicht in ihren Ordner (%1) schreiben konnte. Nichts wurde verändert; versuch es bitte gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is open in another program (a PDF viewer, say), so it couldn&apos;t be replaced. Close it there, or choose another name; nothing was written.</source>
        <translation>%1 ist in einem anderen Programm geöffnet (etwa einem PDF-Betrachter), deshalb konnte die Datei nicht ersetzt werden. Schließ sie dort oder wähl einen anderen Namen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 is part of your data, so nothing was written there. Please choose another name or another folder.</source>
        <translation>%1 gehört zu deinen Daten, deshalb wurde dort nichts geschrieben. Wähl bitte einen anderen Namen oder einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder. Please choose a file name inside it.</source>
        <translation>%1 ist ein Ordner. Wähl bitte einen Dateinamen darin.</translation>
    </message>
    <message>
        <source>The folder %1 doesn&apos;t exist, so nothing was written. Please choose another.</source>
        <translation>Den Ordner %1 gibt es nicht, deshalb wurde nichts geschrieben. Wähl bitte einen anderen.</translation>
    </message>
    <message>
        <source>Your disk is full, so %1 couldn&apos;t be written. Nothing else was changed; freeing a little space lets you try again.</source>
        <translation>Deine Festplatte ist voll, deshalb konnte %1 nicht geschrieben werden. Sonst wurde nichts verändert; wenn du ein wenig Platz freimachst, kannst du es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be written (%2). Nothing else was changed.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Sonst wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This file is too large to be a Between Sessions export.</source>
        <translation>Diese Datei ist zu groß für einen Export von Between Sessions.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Between Sessions export (it isn&apos;t JSON text).</source>
        <translation>Diese Datei ist kein Export von Between Sessions (sie ist kein JSON-Text).</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Between Sessions export.</source>
        <translation>Diese Datei ist kein Export von Between Sessions.</translation>
    </message>
    <message>
        <source>This export file is missing its version numbers.</source>
        <translation>In dieser Exportdatei fehlen die Versionsnummern.</translation>
    </message>
    <message>
        <source>This export was made by a newer version of Between Sessions. Please install the newer version to import it.</source>
        <translation>Dieser Export wurde von einer neueren Version von Between Sessions erstellt. Installier bitte die neuere Version, um ihn zu importieren.</translation>
    </message>
    <message>
        <source>This export file has no tables in it.</source>
        <translation>In dieser Exportdatei sind keine Tabellen.</translation>
    </message>
    <message>
        <source>This export has tables the app doesn&apos;t know: %1.</source>
        <translation>Dieser Export hat Tabellen, die die App nicht kennt: %1.</translation>
    </message>
    <message>
        <source>In this export, %1 isn&apos;t a list of rows.</source>
        <translation>In diesem Export ist %1 keine Liste von Zeilen.</translation>
    </message>
    <message>
        <source>In %1, row %2 isn&apos;t a set of named values.</source>
        <translation>In %1 ist Zeile %2 keine Menge benannter Werte.</translation>
    </message>
    <message>
        <source>In %1, row %2 has values the app doesn&apos;t know: %3.</source>
        <translation>In %1 hat Zeile %2 Werte, die die App nicht kennt: %3.</translation>
    </message>
    <message>
        <source>In %1, row %2 has no id.</source>
        <translation>In %1 hat Zeile %2 keine ID.</translation>
    </message>
    <message>
        <source>In %1, row %2 points to a %3 row that isn&apos;t in the file.</source>
        <translation>In %1 zeigt Zeile %2 auf eine Zeile in %3, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>Some rows in this file point to rows that aren&apos;t there.</source>
        <translation>Einige Zeilen in dieser Datei zeigen auf Zeilen, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Part of this file conflicts with what is already here (%1).</source>
        <translation>Ein Teil dieser Datei passt nicht zu dem, was schon hier ist (%1).</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be read (%1).</source>
        <translation>Die Datei konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a file the app can import (it may be a folder or a device).</source>
        <translation>%1 ist keine Datei, die die App importieren kann (vielleicht ein Ordner oder ein Gerät).</translation>
    </message>
    <message>
        <source>In %1, row %2 has the same id as an earlier row.</source>
        <translation>In %1 hat Zeile %2 dieselbe ID wie eine frühere Zeile.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 should be a whole number.</source>
        <translation>%1: Erwartet wird eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 should be true or false.</source>
        <translation>%1: Erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>%1 should be a number.</source>
        <translation>%1: Erwartet wird eine Zahl.</translation>
    </message>
    <message>
        <source>%1 should be text.</source>
        <translation>%1: Erwartet wird Text.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a date the app understands (%2).</source>
        <translation>%1: kein Datum, das die App versteht (%2).</translation>
    </message>
    <message>
        <source>%1 is a number the app can&apos;t keep.</source>
        <translation>%1: eine Zahl, die die App nicht speichern kann.</translation>
    </message>
    <message>
        <source>%1 holds something this version of the app doesn&apos;t know (%2).</source>
        <translation>%1: enthält etwas, das diese Version der App nicht kennt (%2).</translation>
    </message>
    <message>
        <source>This is more than the app reads for one import (up to %1 MB of text). If it is a journal, exporting a few years at a time lets it come in piece by piece.</source>
        <translation>Das ist mehr, als die App für einen Import liest (bis zu %1 MB Text). Wenn es ein Tagebuch ist, kannst du jeweils ein paar Jahre exportieren, dann kommt es Stück für Stück herein.</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t look like text the app can read (it may be a picture or a program).</source>
        <translation>%1 sieht nicht nach Text aus, den die App lesen kann (vielleicht ein Bild oder ein Programm).</translation>
    </message>
    <message>
        <source>%1 is saved in an older text encoding the app doesn&apos;t guess at, so no letter gets changed by mistake. Saving it again as UTF-8 (a spreadsheet calls it &quot;CSV UTF-8&quot;) lets it come in.</source>
        <translation>%1 ist in einer älteren Textkodierung gespeichert, die die App nicht errät, damit kein Buchstabe versehentlich verändert wird. Wenn du die Datei noch einmal als UTF-8 speicherst (eine Tabellenkalkulation nennt das &quot;CSV UTF-8&quot;), kann sie hereinkommen.</translation>
    </message>
    <message>
        <source>This folder or zip file holds more than %1 files, more than the app reads for one import. Choosing the folder that holds just the journal may help.</source>
        <translation>Dieser Ordner oder diese ZIP-Datei enthält mehr als %1 Dateien, mehr, als die App für einen Import liest. Vielleicht hilft es, den Ordner zu wählen, der nur das Tagebuch enthält.</translation>
    </message>
    <message>
        <source>This zip file holds a name that points outside it (%1), so the app didn&apos;t open it.</source>
        <translation>Diese ZIP-Datei enthält einen Namen, der nach außerhalb zeigt (%1), deshalb hat die App sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>The journal in this zip file unpacks to more than %1 MB, more than the app reads for one import.</source>
        <translation>Das Tagebuch in dieser ZIP-Datei wird entpackt größer als %1 MB, mehr, als die App für einen Import liest.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be opened as a zip file (it may be incomplete or have a password).</source>
        <translation>%1 konnte nicht als ZIP-Datei geöffnet werden (vielleicht ist sie unvollständig oder hat ein Passwort).</translation>
    </message>
    <message>
        <source>There is no journal (a .json file) in %1. Day One&apos;s export holds one.</source>
        <translation>In %1 ist kein Tagebuch (eine .json-Datei). Der Export von Day One enthält eins.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a folder; this kind of journal is a folder of files.</source>
        <translation>%1 ist kein Ordner; diese Art Tagebuch ist ein Ordner mit Dateien.</translation>
    </message>
    <message>
        <source>%1 has a date that doesn&apos;t exist in the calendar (%2).</source>
        <translation>%1 hat ein Datum, das es im Kalender nicht gibt (%2).</translation>
    </message>
    <message>
        <source>%1 has a date the app doesn&apos;t understand (%2).</source>
        <translation>%1 hat ein Datum, das die App nicht versteht (%2).</translation>
    </message>
    <message>
        <source>%1 has a time of day the app doesn&apos;t understand (%2).</source>
        <translation>%1 hat eine Uhrzeit, die die App nicht versteht (%2).</translation>
    </message>
    <message>
        <source>%1 holds instructions for a program, not just writing, so the app didn&apos;t read it.</source>
        <translation>%1 enthält Anweisungen für ein Programm, nicht nur Geschriebenes, deshalb hat die App die Datei nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be read as a journal file (near line %2).</source>
        <translation>%1 konnte nicht als Tagebuchdatei gelesen werden (bei Zeile %2).</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t look like a journal from %2 (it has no %3).</source>
        <translation>%1 sieht nicht nach einem Tagebuch aus %2 aus (es fehlt %3).</translation>
    </message>
    <message>
        <source>%1 isn&apos;t JSON text, as this kind of export is.</source>
        <translation>%1 ist kein JSON-Text, wie es diese Art Export ist.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be read as a table of values (near line %2).</source>
        <translation>%1 konnte nicht als Wertetabelle gelesen werden (bei Zeile %2).</translation>
    </message>
    <message>
        <source>The pattern for dates in file names (%1) needs YYYY, MM and DD once each, for example YYYY-MM-DD.</source>
        <translation>Das Muster für Datumsangaben in Dateinamen (%1) braucht YYYY, MM und DD je einmal, zum Beispiel YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>In %1, entry %2 (dated %3) is longer than the journal can keep in one piece.</source>
        <translation>In %1 ist Eintrag %2 (vom %3) länger, als das Tagebuch am Stück aufbewahren kann.</translation>
    </message>
    <message>
        <source>In %1, entry %2 (dated %3) has a tag longer than %4 characters.</source>
        <translation>In %1 hat Eintrag %2 (vom %3) ein Schlagwort, das länger als %4 Zeichen ist.</translation>
    </message>
    <message>
        <source>In %1, entry %2 (dated %3) can&apos;t be kept as it is (%4).</source>
        <translation>In %1 kann Eintrag %2 (vom %3) nicht so aufbewahrt werden, wie er ist (%4).</translation>
    </message>
    <message>
        <source>The app couldn&apos;t tell which app %1 comes from. Saying which one (Day One, jrnl, Daylio, RedNotebook or Markdown notes) lets it try.</source>
        <translation>Die App konnte nicht erkennen, aus welcher App %1 kommt. Wenn du angibst, aus welcher (Day One, jrnl, Daylio, RedNotebook oder Markdown-Notizen), kann sie es versuchen.</translation>
    </message>
    <message>
        <source>%1 is a Between Sessions export; it comes in as one, not as another app&apos;s.</source>
        <translation>%1 ist ein Export von Between Sessions; er kommt als solcher herein, nicht als der einer anderen App.</translation>
    </message>
    <message>
        <source>%1 is no longer here: it may have gone with a restore or an import. What you see now is what is stored.</source>
        <extracomment>The details each text puts in, in the order of %1, %2, ... Import problems with one value in one row: said as &quot;In &lt;table&gt;, row &lt;n&gt;, &lt;column&gt; ...&quot;.</extracomment>
        <translation>%1 ist nicht mehr da: Vielleicht ist es mit einer Wiederherstellung oder einem Import verschwunden. Was du jetzt siehst, ist das, was gespeichert ist.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be opened because %2. Nothing in it was changed.</source>
        <translation>%1 konnte nicht geöffnet werden, weil %2. Nichts darin wurde verändert.</translation>
    </message>
    <message>
        <source>The app couldn&apos;t make a backup because %1. Nothing was lost; your data is as it was.</source>
        <translation>Die App konnte keine Sicherung erstellen, weil %1. Nichts ist verloren gegangen; deine Daten sind, wie sie waren.</translation>
    </message>
    <message>
        <source>The backup couldn&apos;t be restored because %1. Nothing was lost; your data is as it was.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden, weil %1. Nichts ist verloren gegangen; deine Daten sind, wie sie waren.</translation>
    </message>
    <message>
        <source>This backup can&apos;t be restored. %1 Nothing was changed.</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden. %1 Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>In %1, row %2: %3</source>
        <translation>In %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Something couldn&apos;t be done (%1).</source>
        <translation>Etwas hat nicht geklappt (%1).</translation>
    </message>
</context>
<context>
    <name>looking_back</name>
    <message>
        <source>On days with “%1”, mood was “%2” or better on %3 of %4</source>
        <extracomment>The mood level from which a day counts as &quot;okay or better&quot; (4 is &quot;Okay&quot;). At most this many observations are shown: a few, not a report card.</extracomment>
        <translation>An Tagen mit „%1“ war die Stimmung an %3 von %4 dieser Tage „%2“ oder besser</translation>
    </message>
    <message>
        <source>With “%1”, the smaller version was chosen more often than the full step in %2</source>
        <translation>Bei „%1“ wurde im %2 die kleinere Version öfter gewählt als der ganze Schritt</translation>
    </message>
    <message>
        <source>With “%1”, the full step was chosen more often than the smaller version in %2</source>
        <translation>Bei „%1“ wurde im %2 der ganze Schritt öfter gewählt als die kleinere Version</translation>
    </message>
    <message>
        <source>“%1” showed up in %2 of the %3 weeks</source>
        <translation>„%1“ kam in %2 der %3 Wochen vor</translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <source>Everything kept in the app, exported on %1. This copy is for reading; to move your data to another computer, use the JSON export.</source>
        <extracomment>Every phrase of the document; %1, %2 stand for the values put in.</extracomment>
        <translation>Alles, was in der App aufbewahrt ist, exportiert am %1. Diese Kopie ist zum Lesen; um deine Daten auf einen anderen Computer zu bringen, nimm den JSON-Export.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <source>No plan items yet.</source>
        <translation>Noch keine Planpunkte.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Rhythm: %1</source>
        <translation>Rhythmus: %1</translation>
    </message>
    <message>
        <source>Smaller version: %1</source>
        <translation>Kleinere Version: %1</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Warum es wichtig ist: %1</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>what got in the way: %1</source>
        <translation>was im Weg stand: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Anpassungen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>No journal entries yet.</source>
        <translation>Noch keine Tagebucheinträge.</translation>
    </message>
    <message>
        <source>mood: %1</source>
        <translation>Stimmung: %1</translation>
    </message>
    <message>
        <source>energy: %1</source>
        <translation>Energie: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>Gedankenprotokoll</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>Der Gedanke</translation>
    </message>
    <message>
        <source>What it made me feel</source>
        <translation>Was ich dabei gefühlt habe</translation>
    </message>
    <message>
        <source>What a kind friend would say</source>
        <translation>Was jemand sagen würde, der dich gernhat</translation>
    </message>
    <message>
        <source>A more balanced thought</source>
        <translation>Ein ausgewogenerer Gedanke</translation>
    </message>
    <message>
        <source>My own prompts</source>
        <translation>Meine eigenen Impulse</translation>
    </message>
    <message>
        <source>My own notes</source>
        <translation>Meine eigenen Notizen</translation>
    </message>
    <message>
        <source>Small wins I added</source>
        <translation>Kleine Erfolge, die ich hinzugefügt habe</translation>
    </message>
    <message>
        <source>My next session</source>
        <translation>Meine nächste Sitzung</translation>
    </message>
    <message>
        <source>Next session: %1</source>
        <translation>Nächste Sitzung: %1</translation>
    </message>
    <message>
        <source>Kept session summary, %1 to %2</source>
        <translation>Aufbewahrte Sitzungszusammenfassung, %1 bis %2</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Krisenplan</translation>
    </message>
</context>
<context>
    <name>plain_file</name>
    <message>
        <source>A file anyone can read</source>
        <translation>Eine Datei, die alle lesen können</translation>
    </message>
    <message>
        <source>This file will be readable by anyone who can open it — it isn&apos;t protected by your passphrase.</source>
        <translation>Diese Datei kann jeder lesen, der sie öffnen kann – sie ist nicht durch deine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Keep it somewhere only you can reach, and remove it once you&apos;re done.</source>
        <translation>Bewahr sie an einem Ort auf, an den nur du kommst, und entferne sie, wenn du fertig bist.</translation>
    </message>
</context>
<context>
    <name>protect_dialogs</name>
    <message>
        <source>%1: recovery code</source>
        <translation>%1: Wiederherstellungscode</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. Made on %1.</source>
        <translation>Dieser Code öffnet dein Tagebuch, falls du deine Passphrase vergisst. Erstellt am %1.</translation>
    </message>
    <message>
        <source>Without your passphrase and this code, nobody can open your journal, not even the makers of %1. Keep this page somewhere safe, away from the computer.</source>
        <translation>Ohne deine Passphrase und diesen Code kann niemand dein Tagebuch öffnen, nicht einmal die Macher von %1. Bewahr diese Seite an einem sicheren Ort auf, nicht beim Computer.</translation>
    </message>
    <message>
        <source>Backups anyone can read</source>
        <translation>Sicherungen, die alle lesen können</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>In %1:</translation>
    </message>
    <message>
        <source>&amp;Remove them…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Remove the plain backups?</source>
        <translation>Die unverschlüsselten Sicherungen entfernen?</translation>
    </message>
    <message>
        <source>Remove these backups for good? They can&apos;t be brought back.</source>
        <translation>Diese Sicherungen endgültig entfernen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Your journal and its protected backups stay as they are. A disk or a backup program may still keep an older copy of a removed file.</source>
        <translation>Dein Tagebuch und seine geschützten Sicherungen bleiben, wie sie sind. Eine Festplatte oder ein Sicherungsprogramm kann noch eine ältere Kopie einer entfernten Datei aufbewahren.</translation>
    </message>
</context>
<context>
    <name>read_only</name>
    <message>
        <source>Your data is open read-only, so this can&apos;t be changed here.</source>
        <extracomment>Where a control keeps its own tooltip while it says why it can&apos;t be used.</extracomment>
        <translation>Deine Daten sind nur zum Lesen geöffnet, deshalb lässt sich das hier nicht ändern.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>A moment for yourself?</source>
        <extracomment>The nudge&apos;s words, chosen from these few (key, text): calm, and about nobody&apos;s data.</extracomment>
        <translation>Ein Moment für dich?</translation>
    </message>
    <message>
        <source>A quiet minute, if you&apos;d like one.</source>
        <translation>Eine ruhige Minute, wenn du magst.</translation>
    </message>
    <message>
        <source>Between Sessions is here when you want it.</source>
        <translation>Between Sessions ist da, wenn du magst.</translation>
    </message>
    <message>
        <source>Time for a breath, and a look at your day?</source>
        <translation>Zeit zum Durchatmen und für einen Blick auf deinen Tag?</translation>
    </message>
    <message>
        <source>Your plan is there, one small step at a time.</source>
        <extracomment>Added only when the person allowed the nudge to mention the plan (never an item&apos;s title).</extracomment>
        <translation>Dein Plan ist da, ein kleiner Schritt nach dem anderen.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Session prep</source>
        <extracomment>Every phrase of the report; %1, %2 stand for the values put in.</extracomment>
        <translation>Sitzungsvorbereitung</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Next session: %1</source>
        <translation>Nächste Sitzung: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>nothing noted</source>
        <translation>nichts notiert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>abgelegt</translation>
    </message>
    <message>
        <source>What got in the way</source>
        <translation>Was im Weg stand</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>In my words: “%1”</source>
        <translation>In meinen Worten: „%1“</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Anpassungen</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
    <message>
        <source>wrote in my journal</source>
        <translation>ins Tagebuch geschrieben</translation>
    </message>
    <message>
        <source>wrote in my journal: %1</source>
        <translation>ins Tagebuch geschrieben: %1</translation>
    </message>
    <message>
        <source>To bring to the session</source>
        <translation>Was ich in die Sitzung mitnehmen möchte</translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation>Gedankenprotokolle</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Die Situation</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>Der Gedanke</translation>
    </message>
    <message>
        <source>What it made me feel</source>
        <translation>Was ich dabei gefühlt habe</translation>
    </message>
    <message>
        <source>What a kind friend would say</source>
        <translation>Was jemand sagen würde, der dich gernhat</translation>
    </message>
    <message>
        <source>A more balanced thought</source>
        <translation>Ein ausgewogenerer Gedanke</translation>
    </message>
    <message>
        <source>About the step</source>
        <translation>Zum Schritt</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <source>Nothing has been noted in this period yet, and that&apos;s all right. How it went is still worth talking about.</source>
        <translation>In diesem Zeitraum ist noch nichts notiert, und das ist in Ordnung. Wie es gelaufen ist, ist trotzdem ein Gespräch wert.</translation>
    </message>
    <message>
        <source>Made with Between Sessions. Entries marked private are never included.</source>
        <translation>Erstellt mit Between Sessions. Als privat markierte Einträge sind nie enthalten.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>A routine check found that your data file may be damaged. Nothing has been changed. Please close Between Sessions and open it again: it will keep the file safe and offer your newest good backup.</source>
        <translation>Eine Routineprüfung hat ergeben, dass deine Datendatei vielleicht beschädigt ist. Nichts wurde verändert. Schließ Between Sessions bitte und öffne es wieder: Es bewahrt die Datei sicher auf und bietet dir deine neueste intakte Sicherung an.</translation>
    </message>
</context>
<context>
    <name>synced</name>
    <message>
        <source>This folder is synced to %1.</source>
        <translation>Dieser Ordner wird mit %1 synchronisiert.</translation>
    </message>
    <message>
        <source>This folder is on a network share.</source>
        <translation>Dieser Ordner liegt auf einer Netzwerkfreigabe.</translation>
    </message>
    <message>
        <source>%1 would upload it, so a copy would be kept on %1&apos;s servers as well. To keep it on this computer only, choose a folder that isn&apos;t synced.</source>
        <translation>%1 würde die Datei hochladen, also läge eine Kopie auch auf den Servern von %1. Damit sie nur auf diesem Computer bleibt, wähl einen Ordner, der nicht synchronisiert wird.</translation>
    </message>
    <message>
        <source>It would be kept on another computer, where anyone who can open the share could read it. To keep it on this computer only, choose a folder on it.</source>
        <translation>Die Datei läge auf einem anderen Computer, wo jeder sie lesen könnte, der die Freigabe öffnen kann. Damit sie nur auf diesem Computer bleibt, wähl einen Ordner darauf.</translation>
    </message>
    <message>
        <source>Save to a synced folder?</source>
        <translation>In einem synchronisierten Ordner speichern?</translation>
    </message>
    <message>
        <source>Save to a network share?</source>
        <translation>Auf einer Netzwerkfreigabe speichern?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>Hier speichern</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Anderen Ort wählen</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Done</source>
        <extracomment>(context, text) -&gt; the text in the person&apos;s language: the app passes Qt&apos;s translator.</extracomment>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Did the smaller version</source>
        <translation>Die kleinere Version gemacht</translation>
    </message>
    <message>
        <source>Tried / started</source>
        <translation>Versucht / angefangen</translation>
    </message>
    <message>
        <source>Thought about it</source>
        <translation>Daran gedacht</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Rested on purpose</source>
        <translation>Bewusst ausgeruht</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Gedacht</translation>
    </message>
    <message>
        <source>Rested</source>
        <translation>Ausgeruht</translation>
    </message>
    <message>
        <source>Too much going on</source>
        <translation>Zu viel los</translation>
    </message>
    <message>
        <source>Fear of change</source>
        <translation>Angst vor Veränderung</translation>
    </message>
    <message>
        <source>Perfectionism or self-doubt</source>
        <translation>Perfektionismus oder Selbstzweifel</translation>
    </message>
    <message>
        <source>The step felt too big</source>
        <translation>Der Schritt fühlte sich zu groß an</translation>
    </message>
    <message>
        <source>Getting in my own way</source>
        <translation>Mir selbst im Weg stehen</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Tagebuch schreiben</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Challenging thoughts</source>
        <translation>Gedanken hinterfragen</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Some days a week</source>
        <translation>An manchen Tagen pro Woche</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>In the plan</source>
        <extracomment>The counted texts (a count said with its words): key -&gt; English&apos;s two forms, one and other. The app says them in each language&apos;s own plural forms (ui/common/labels.py: COUNTED, the same texts as &quot;%Ln times&quot; for the translator); the command line in these. A counted text by key, for a count: (&quot;times&quot;, 3) -&gt; &quot;3 times&quot;.</extracomment>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Abgelegt</translation>
    </message>
    <message>
        <source>Picked up again</source>
        <translation>Wieder aufgenommen</translation>
    </message>
    <message>
        <source>Brought back into the plan</source>
        <translation>Zurück in den Plan geholt</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Eine Notiz</translation>
    </message>
    <message>
        <source>Smaller version cleared</source>
        <translation>Kleinere Version entfernt</translation>
    </message>
    <message>
        <source>Smaller version set to “%1”</source>
        <translation>Kleinere Version auf „%1“ gesetzt</translation>
    </message>
    <message>
        <source>Rhythm changed from %1 to %2</source>
        <translation>Rhythmus geändert von „%1“ zu „%2“</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gedrückt</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Running on empty</source>
        <translation>Auf Reserve</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Plenty</source>
        <translation>Reichlich</translation>
    </message>
    <message>
        <source>Bring to next session</source>
        <translation>In die nächste Sitzung mitnehmen</translation>
    </message>
    <message>
        <source>Private, not ready to share</source>
        <translation>Privat, noch nicht zum Teilen bereit</translation>
    </message>
    <message>
        <source>What my therapist said</source>
        <translation>Aus meiner Therapie</translation>
    </message>
    <message>
        <source>A note to future me</source>
        <translation>Eine Notiz an mein künftiges Ich</translation>
    </message>
    <message>
        <source>Something your therapist said, kept in your notes</source>
        <translation>Etwas, das in deiner Therapie gesagt wurde, in deinen Notizen aufbewahrt</translation>
    </message>
    <message>
        <source>A note you wrote to your future self</source>
        <translation>Eine Notiz, die du an dein künftiges Ich geschrieben hast</translation>
    </message>
    <message>
        <source>Just this date</source>
        <translation>Nur dieser Termin</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Signs that a hard time is starting</source>
        <translation>Anzeichen, dass eine schwere Zeit beginnt</translation>
    </message>
    <message>
        <source>Things I can do on my own to cope</source>
        <translation>Was ich allein tun kann, um damit zurechtzukommen</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Menschen und Orte, die mich auf andere Gedanken bringen</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <source>Professionals I can contact</source>
        <translation>Fachleute, an die ich mich wenden kann</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers</source>
        <translation>Krisentelefone und Notrufnummern</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <source>Thoughts, feelings or things you do that tell you it&apos;s getting hard</source>
        <translation>Gedanken, Gefühle oder Dinge, die du tust, an denen du merkst, dass es schwer wird</translation>
    </message>
    <message>
        <source>Small things that help a little: a shower, music, a walk</source>
        <translation>Kleine Dinge, die ein bisschen helfen: eine Dusche, Musik, ein Spaziergang</translation>
    </message>
    <message>
        <source>Somewhere to go or someone to be around</source>
        <translation>Ein Ort, an den du gehen kannst, oder jemand, bei dem du sein kannst</translation>
    </message>
    <message>
        <source>Someone you trust, with their number</source>
        <translation>Jemand, dem du vertraust, mit Telefonnummer</translation>
    </message>
    <message>
        <source>Your therapist, your doctor, an out-of-hours service</source>
        <translation>Deine Therapeutin oder dein Therapeut, deine Ärztin oder dein Arzt, ein Bereitschaftsdienst</translation>
    </message>
    <message>
        <source>A crisis line in your country, your emergency number</source>
        <translation>Ein Krisentelefon in deinem Land, der Notruf</translation>
    </message>
    <message>
        <source>People, animals, hopes, things to look forward to</source>
        <translation>Menschen, Tiere, Hoffnungen, Dinge, auf die du dich freust</translation>
    </message>
</context>
</TS>
