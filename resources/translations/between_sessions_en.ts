<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>1 entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries have a time zone the app doesn&apos;t know; their times stay as the other app kept them, in UTC.</source>
        <translation>
            <numerusform>1 entry has a time zone the app doesn&apos;t know; its time stays as the other app kept it, in UTC.</numerusform>
            <numerusform>%Ln entries have a time zone the app doesn&apos;t know; their times stay as the other app kept them, in UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos and attachments (they stay in the other app)</source>
        <translation>
            <numerusform>1 photo or attachment (it stays in the other app)</numerusform>
            <numerusform>%Ln photos and attachments (they stay in the other app)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty entries (nothing written in them)</source>
        <translation>
            <numerusform>1 empty entry (nothing written in it)</numerusform>
            <numerusform>%Ln empty entries (nothing written in them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files that aren&apos;t notes</source>
        <translation>
            <numerusform>1 file that isn&apos;t a note</numerusform>
            <numerusform>%Ln files that aren&apos;t notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes without a date in their names</source>
        <translation>
            <numerusform>1 note without a date in its name</numerusform>
            <numerusform>%Ln notes without a date in their names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries that were there twice (kept once)</source>
        <translation>
            <numerusform>1 entry that was there twice (kept once)</numerusform>
            <numerusform>%Ln entries that were there twice (kept once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos weren&apos;t brought over.</source>
        <translation>
            <numerusform>1 photo wasn&apos;t brought over.</numerusform>
            <numerusform>%Ln photos weren&apos;t brought over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups from before are still plain files, readable by any program.</source>
        <translation>
            <numerusform>A backup from before is still a plain file, readable by any program.</numerusform>
            <numerusform>%Ln backups from before are still plain files, readable by any program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days a week</source>
        <translation>
            <numerusform>One day a week</numerusform>
            <numerusform>%Ln days a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next session in %Ln days</source>
        <translation>
            <numerusform>Next session in %Ln day</numerusform>
            <numerusform>Next session in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Import 1 entry</numerusform>
            <numerusform>Import %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>One entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
</TS>
