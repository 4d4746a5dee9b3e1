<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Both principals (the sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(impersonal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnniversariesEditor</name>
    <message>
        <source>Add anni&amp;versary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anniversary mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next round anniversary of diplomatic relations between our country and the counterpart&apos;s, from the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the country of each side&apos;s principal (and our country in Settings) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data has no date of diplomatic relations between {} and {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations established {}: the {}th anniversary falls in {}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnniversaryRow</name>
    <message>
        <source>th</source>
        <comment>ordinal suffix shown after the number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1

Details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Save conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This meeting was changed elsewhere since you opened it.&lt;/b&gt;&lt;br&gt;Another window or another user saved version %1 while you were editing version %2. Nothing has been overwritten: your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the form with the stored version; your changes are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your version as a new draft and leave the other one as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes and load the stored version?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1” has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them before continuing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>Type of document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2021-2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(add participants first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationRow</name>
    <message>
        <source>Kind of visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {} {} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {} {} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {} {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalizedEdit</name>
    <message>
        <source>Same in all languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value once, for every language (for names such as an agency&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing translation: no {language} text yet. The {lang} document will report this field as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chancery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: names in any spelling, places, topics, country:KG, with:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting in the list to read or edit it,
or press %1 to record a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document preview is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate as New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new draft from this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away unsaved changes and reload the stored meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import meetings from a Chancery JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write communiqués or briefing notes for the selected meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected meetings as a Chancery JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover &amp;Unsaved Work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts kept automatically after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry, output languages, archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected meetings to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the meetings just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted meetings: restore or delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document as it will be written (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Chancery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the meeting is open as a new draft; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final record must be complete and valid. Fix the problems listed, or save it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded the stored version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the meeting was changed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version was saved as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes — kept safe at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unsaved work to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work restored. Save it to keep it in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) match the filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings match “%1”.
Check the spelling, try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty.

Press %1 to record a meeting,
or use File ▸ Import… to bring in meetings from a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words to find meetings that contain all of them, in any language or spelling.&lt;/p&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;bayramov&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a name, a place, a topic…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;energy security&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;an exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kazak*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words starting with…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-transit&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a OR b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:KG&lt;/code&gt;&lt;/td&gt;&lt;td&gt;counterpart country (code or name)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:phone_call&lt;/code&gt;&lt;/td&gt;&lt;td&gt;kind of meeting&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;with:kazakbaev&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a participant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:2021-01-01 before:…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2021 status:draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;year, status&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;signed:programme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents signed&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the meeting “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n meeting(s) to the trash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore deleted meetings from Edit ▸ Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) moved to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chancery JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chancery JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the meetings imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes take effect the next time Chancery starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Chancery starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Chancery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chancery %1&lt;/h3&gt;&lt;p&gt;Record diplomatic meetings, keep an offline archive, and write communiqués and briefing notes from it.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepRow</name>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected participant up (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected participant down (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name in any spelling to pick a person from the directory; Enter or F2 edits a cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing translation: no {language} text yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chancery was not closed normally. These meetings had changes that were not saved; they were kept automatically. Restore one to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes to a saved meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the drafts; File ▸ Recover Unsaved Work offers them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the selected unsaved changes for good?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AZERTAC (leave empty when the ministry publishes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ministry name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;dateline city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form asks for every localised text in these languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in this section take effect the next time Chancery starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one output language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chancery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chancery cannot open the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: %1
Details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the archive with sample meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample meetings could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementRow</name>
    <message>
        <source>Who said it: a participant, both principals (“the sides”), or nobody in particular (“it was agreed”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (text is a whole sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting verb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n meeting(s) for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n meeting(s) in the trash for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>{} (unknown code)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyChecklist</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subject the list does not have, written in each language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free entry; uncheck to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} (unknown code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing checked. Items appear in the text in the order you check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the text, in this order: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
