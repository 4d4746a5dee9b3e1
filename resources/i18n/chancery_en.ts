<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>%n document(s) written in %1</source>
        <translation>
            <numerusform>%n document written in %1</numerusform>
            <numerusform>%n documents written in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) match the filters</source>
        <translation>
            <numerusform>%n meeting matches the filters</numerusform>
            <numerusform>%n meetings match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n meeting(s) to the trash?</source>
        <translation>
            <numerusform>Move %n meeting to the trash?</numerusform>
            <numerusform>Move %n meetings to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) moved to the trash.</source>
        <translation>
            <numerusform>%n meeting moved to the trash.</numerusform>
            <numerusform>%n meetings moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) restored.</source>
        <translation>
            <numerusform>%n meeting restored.</numerusform>
            <numerusform>%n meetings restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to %1</source>
        <translation>
            <numerusform>%n meeting written to %1</numerusform>
            <numerusform>%n meetings written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge “%2” into “%1”? The spellings of both are kept, and the %n meeting(s) of “%2” will be listed under “%1”. This cannot be undone.</source>
        <translation>
            <numerusform>Merge “%2” into “%1”? The spellings of both are kept, and the meeting of “%2” will be listed under “%1”. This cannot be undone.</numerusform>
            <numerusform>Merge “%2” into “%1”? The spellings of both are kept, and the %n meetings of “%2” will be listed under “%1”. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>Restoring replaces the whole archive (%n meeting(s) now) with the backup you choose. The archive as it is now is kept in the backups folder first, so a restore can be undone.</source>
        <translation>
            <numerusform>Restoring replaces the whole archive (%n meeting now) with the backup you choose. The archive as it is now is kept in the backups folder first, so a restore can be undone.</numerusform>
            <numerusform>Restoring replaces the whole archive (%n meetings now) with the backup you choose. The archive as it is now is kept in the backups folder first, so a restore can be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the archive with the backup made %1 (%n meeting(s))?</source>
        <translation>
            <numerusform>Replace the archive with the backup made %1 (%n meeting)?</numerusform>
            <numerusform>Replace the archive with the backup made %1 (%n meetings)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete %n meeting(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n meeting for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n meetings for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n meeting(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete all %n meeting in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %n meetings in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
