<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionGate</name>
    <message>
        <location filename="../action_gate.py" line="41" />
        <source>Choose a flag first</source>
        <translation>Choose a flag first</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="88" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="88" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="88" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../audit_view.py" line="126" />
        <source>Flag id (empty: every event)</source>
        <translation>Flag id (empty: every event)</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="129" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="131" />
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="136" />
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="180" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="190" />
        <source>Intact: %1 events, head %2.</source>
        <translation>Intact: %1 events, head %2.</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../call_view.py" line="66" />
        <source>Choose a flag to see it in its call.</source>
        <translation>Choose a flag to see it in its call.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="73" />
        <source>Flags in this call</source>
        <translation>Flags in this call</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="152" />
        <source>speaker roles guessed</source>
        <translation>speaker roles guessed</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="210" />
        <source>no longer raised by the active rules</source>
        <translation>no longer raised by the active rules</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="210" />
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="211" />
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="211" />
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="211" />
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="212" />
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="212" />
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="212" />
        <source>matched</source>
        <translation>matched</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="213" />
        <source>Why it was raised</source>
        <translation>Why it was raised</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="213" />
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="213" />
        <source>Context checked</source>
        <translation>Context checked</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="214" />
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../dashboard.py" line="75" />
        <source>by month</source>
        <translation>by month</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="75" />
        <source>by week</source>
        <translation>by week</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="75" />
        <source>by day</source>
        <translation>by day</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="78" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="83" />
        <source>Flags over time</source>
        <translation>Flags over time</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="88" />
        <source>Flags by category</source>
        <translation>Flags by category</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="89" />
        <source>Flags by agent</source>
        <translation>Flags by agent</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="90" />
        <source>Rule precision (confirmed vs dismissed), worst first</source>
        <translation>Rule precision (confirmed vs dismissed), worst first</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="92" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="92" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="92" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="93" />
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="93" />
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="160" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="176" />
        <source>(no agent)</source>
        <translation>(no agent)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="200" />
        <source>no decisions yet</source>
        <translation>no decisions yet</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="29" />
        <location filename="../export_dialog.py" line="64" />
        <source>Export flags</source>
        <translation>Export flags</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="31" />
        <source>The flags the queue shows</source>
        <translation>The flags the queue shows</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="32" />
        <source>Every flag, retired ones too</source>
        <translation>Every flag, retired ones too</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="37" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="39" />
        <source>Mask phone, account and ID numbers</source>
        <translation>Mask phone, account and ID numbers</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="45" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="46" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="47" />
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <location filename="../import_panel.py" line="57" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="57" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="57" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="57" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="85" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="85" />
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="86" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="86" />
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../import_panel.py" line="100" />
        <source>No import yet.</source>
        <translation>No import yet.</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="101" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="133" />
        <source>Looking for call files…</source>
        <translation>Looking for call files…</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="140" />
        <source>%1 of %2 files</source>
        <translation>%1 of %2 files</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="151" />
        <source>Imported %1, already there %2, failed %3, skipped %4.</source>
        <translation>Imported %1, already there %2, failed %3, skipped %4.</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="155" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="163" />
        <source>Import failed: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="167" />
        <source>Cancelling after the current file…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="24" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25" />
        <location filename="../labels.py" line="84" />
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26" />
        <location filename="../labels.py" line="82" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27" />
        <location filename="../labels.py" line="83" />
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28" />
        <location filename="../labels.py" line="86" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29" />
        <location filename="../labels.py" line="85" />
        <source>signed off</source>
        <translation>signed off</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36" />
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46" />
        <source>threat of violence</source>
        <translation>threat of violence</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47" />
        <source>legal threat</source>
        <translation>legal threat</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48" />
        <source>third-party pressure</source>
        <translation>third-party pressure</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49" />
        <source>credit misstatement</source>
        <translation>credit misstatement</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50" />
        <source>abusive language</source>
        <translation>abusive language</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51" />
        <source>public shaming</source>
        <translation>public shaming</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52" />
        <source>impersonation</source>
        <translation>impersonation</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53" />
        <source>misrepresentation</source>
        <translation>misrepresentation</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60" />
        <source>QA reviewer</source>
        <translation>QA reviewer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61" />
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62" />
        <source>compliance officer</source>
        <translation>compliance officer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65" />
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74" />
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75" />
        <source>mixed</source>
        <translation>mixed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87" />
        <source>undid</source>
        <translation>undid</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88" />
        <source>added by hand</source>
        <translation>added by hand</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89" />
        <source>added a flag</source>
        <translation>added a flag</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91" />
        <source>re-scanned</source>
        <translation>re-scanned</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92" />
        <source>published rules</source>
        <translation>published rules</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93" />
        <source>added a user</source>
        <translation>added a user</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="91" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92" />
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96" />
        <source>Sign in to see the review queue.</source>
        <translation>Sign in to see the review queue.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111" />
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Import &amp;files…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Import call transcripts and note files</source>
        <translation>Import call transcripts and note files</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <source>Import f&amp;older…</source>
        <translation>Import f&amp;older…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150" />
        <source>Import every call file in a folder and its subfolders</source>
        <translation>Import every call file in a folder and its subfolders</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151" />
        <source>&amp;Export flags…</source>
        <translation>&amp;Export flags…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>Export flags to CSV, Excel or JSON Lines</source>
        <translation>Export flags to CSV, Excel or JSON Lines</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153" />
        <source>Save dashboard &amp;image…</source>
        <translation>Save dashboard &amp;image…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154" />
        <source>&amp;People…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155" />
        <source>&amp;Switch user…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157" />
        <source>Show this flag's &amp;audit trail</source>
        <translation>Show this flag's &amp;audit trail</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165" />
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172" />
        <source>&amp;Sign-off</source>
        <translation>&amp;Sign-off</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176" />
        <source>R&amp;ules</source>
        <translation>R&amp;ules</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177" />
        <source>&amp;Open rule file…</source>
        <translation>&amp;Open rule file…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178" />
        <source>Run the &amp;examples</source>
        <translation>Run the &amp;examples</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179" />
        <source>&amp;Preview on stored calls</source>
        <translation>&amp;Preview on stored calls</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195" />
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204" />
        <source>&amp;About notecheck</source>
        <translation>&amp;About notecheck</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250" />
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254" />
        <source>The database cannot be read</source>
        <translation>The database cannot be read</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298" />
        <source>Creating the demo accounts and importing the sample calls…</source>
        <translation>Creating the demo accounts and importing the sample calls…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305" />
        <source>The demo cannot be set up</source>
        <translation>The demo cannot be set up</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329" />
        <source>No account yet: use File → Switch user to start again.</source>
        <translation>No account yet: use File → Switch user to start again.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337" />
        <source>Demo accounts: alice (QA reviewer), bob (supervisor), cora (compliance officer), adam (administrator). The password is “%1”.</source>
        <translation>Demo accounts: alice (QA reviewer), bob (supervisor), cora (compliance officer), adam (administrator). The password is “%1”.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="395" />
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="457" />
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489" />
        <source>Import call files</source>
        <translation>Import call files</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="490" />
        <source>Calls and notes (*.txt *.vtt *.srt *.json *.csv)</source>
        <translation>Calls and notes (*.txt *.vtt *.srt *.json *.csv)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="496" />
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535" />
        <source>Exported %1 flags to %2.</source>
        <translation>Exported %1 flags to %2.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547" />
        <source>Save dashboard image</source>
        <translation>Save dashboard image</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="551" />
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="578" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;confirm the selected flags&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dismiss, with a reason&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;escalate to compliance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;flag the words selected in the transcript&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous flag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo your last decision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;S / R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sign off / return (sign-off page)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pages&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;import files&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export flags&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;confirm the selected flags&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dismiss, with a reason&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;escalate to compliance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;flag the words selected in the transcript&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous flag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo your last decision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;S / R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sign off / return (sign-off page)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pages&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;import files&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export flags&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="590" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="598" />
        <source>About notecheck</source>
        <translation>About notecheck</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="599" />
        <source>notecheck %1 audits debt-collection calls and collector notes for prohibited practices, in English and Chinese.</source>
        <translation>notecheck %1 audits debt-collection calls and collector notes for prohibited practices, in English and Chinese.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="606" />
        <source>The language changes the next time notecheck starts.</source>
        <translation>The language changes the next time notecheck starts.</translation>
    </message>
</context>
<context>
    <name>ManualFlagDialog</name>
    <message>
        <location filename="../dialogs.py" line="96" />
        <source>Add a flag</source>
        <translation>Add a flag</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="107" />
        <source>What the rules missed</source>
        <translation>What the rules missed</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="109" />
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="110" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="111" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="112" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="31" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="31" />
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Call date</source>
        <translation>Call date</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="236" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="236" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="236" />
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="272" />
        <source>The active rules no longer raise this flag</source>
        <translation>The active rules no longer raise this flag</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="291" />
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../queue_view.py" line="59" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="63" />
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="67" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="71" />
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="73" />
        <source>All reviewers</source>
        <translation>All reviewers</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="76" />
        <source>Search words, messages, call ids</source>
        <translation>Search words, messages, call ids</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="78" />
        <source>Retired too</source>
        <translation>Retired too</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="79" />
        <source>Also show flags the active rules no longer raise</source>
        <translation>Also show flags the active rules no longer raise</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="240" />
        <source>%1 shown</source>
        <translation>%1 shown</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../dialogs.py" line="31" />
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35" />
        <source>Details (optional when a reason is chosen)</source>
        <translation>Details (optional when a reason is chosen)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="64" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65" />
        <source>Why is this not a violation? (%n flag(s))</source>
        <translation>Why is this not a violation? (%n flag(s))</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="66" />
        <source>Negated or conditional in context</source>
        <translation>Negated or conditional in context</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="67" />
        <source>The customer said it</source>
        <translation>The customer said it</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="68" />
        <source>The agent was quoting the customer</source>
        <translation>The agent was quoting the customer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="69" />
        <source>Accurate, permitted statement</source>
        <translation>Accurate, permitted statement</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="70" />
        <source>Transcription error</source>
        <translation>Transcription error</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="71" />
        <source>Duplicate of another flag</source>
        <translation>Duplicate of another flag</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="75" />
        <source>Return to reviewer</source>
        <translation>Return to reviewer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76" />
        <source>Why should the reviewer decide again? (%n flag(s))</source>
        <translation>Why should the reviewer decide again? (%n flag(s))</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="78" />
        <source>Listen to the whole call</source>
        <translation>Listen to the whole call</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="79" />
        <source>The decision looks wrong</source>
        <translation>The decision looks wrong</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80" />
        <source>The reason does not explain the decision</source>
        <translation>The reason does not explain the decision</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="81" />
        <source>Needs compliance input</source>
        <translation>Needs compliance input</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../review_page.py" line="36" />
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="37" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="38" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="39" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="40" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="41" />
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="42" />
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="43" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="47" />
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="47" />
        <source>Confirm: this is a violation</source>
        <translation>Confirm: this is a violation</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="49" />
        <source>&amp;Dismiss…</source>
        <translation>&amp;Dismiss…</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="49" />
        <source>Dismiss with a reason</source>
        <translation>Dismiss with a reason</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="51" />
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="51" />
        <source>Escalate to compliance</source>
        <translation>Escalate to compliance</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="53" />
        <source>&amp;Flag selected words…</source>
        <translation>&amp;Flag selected words…</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="54" />
        <source>Add a flag for the words selected in the transcript</source>
        <translation>Add a flag for the words selected in the transcript</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="56" />
        <source>&amp;Undo my last decision</source>
        <translation>&amp;Undo my last decision</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="57" />
        <source>Undo your own last decision (recorded as a new event)</source>
        <translation>Undo your own last decision (recorded as a new event)</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="58" />
        <source>&amp;Next flag</source>
        <translation>&amp;Next flag</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="58" />
        <source>Next flag</source>
        <translation>Next flag</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="59" />
        <source>&amp;Previous flag</source>
        <translation>&amp;Previous flag</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="59" />
        <source>Previous flag</source>
        <translation>Previous flag</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="113" />
        <source>The selected flags are still loading; try again in a moment.</source>
        <translation>The selected flags are still loading; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="116" />
        <source>Choose a flag first.</source>
        <translation>Choose a flag first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_page.py" line="133" />
        <source>%n flag(s) %1.</source>
        <translation><numerusform>%n flag %1.</numerusform><numerusform>%n flags %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../review_page.py" line="136" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="136" />
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="136" />
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="151" />
        <source>Undone: flag %1 is %2 again.</source>
        <translation>Undone: flag %1 is %2 again.</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="159" />
        <source>Select the words in one utterance of the transcript first.</source>
        <translation>Select the words in one utterance of the transcript first.</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="173" />
        <source>Flag added: “%1”.</source>
        <translation>Flag added: “%1”.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../rules_view.py" line="69" />
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="69" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="69" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="73" />
        <source>Open rule file…</source>
        <translation>Open rule file…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="80" />
        <source>Active rule book</source>
        <translation>Active rule book</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="87" />
        <source>No file open</source>
        <translation>No file open</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="89" />
        <source>Run examples</source>
        <translation>Run examples</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="91" />
        <source>Preview on stored calls</source>
        <translation>Preview on stored calls</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="93" />
        <source>Publish…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="95" />
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="96" />
        <source>Throw away the changes to this file</source>
        <translation>Throw away the changes to this file</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="98" />
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="118" />
        <source>Preview what a change does to the stored calls before publishing it.</source>
        <translation>Preview what a change does to the stored calls before publishing it.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="125" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="125" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="142" />
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="143" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="199" />
        <source>No rule book has been published yet: the rules shipped with notecheck are published on the first import.</source>
        <translation>No rule book has been published yet: the rules shipped with notecheck are published on the first import.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="203" />
        <source>Version %1, published %2 by %3.</source>
        <translation>Version %1, published %2 by %3.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="215" />
        <source>Changed, not published</source>
        <translation>Changed, not published</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="258" />
        <source>Open rule file</source>
        <translation>Open rule file</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="259" />
        <location filename="../rules_view.py" line="469" />
        <source>Rule files (*.yaml *.yml)</source>
        <translation>Rule files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="278" />
        <location filename="../rules_view.py" line="306" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="306" />
        <source>Running the examples…</source>
        <translation>Running the examples…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="325" />
        <source>All %1 examples of %2 rules behave as written.</source>
        <translation>All %1 examples of %2 rules behave as written.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="328" />
        <source>No problems: %1 rules in %2.</source>
        <translation>No problems: %1 rules in %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rules_view.py" line="333" />
        <source>%n problem(s): the active rules stay in use until they are fixed.</source>
        <translation><numerusform>%n problem: the active rules stay in use until it is fixed.</numerusform><numerusform>%n problems: the active rules stay in use until they are fixed.</numerusform></translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="362" />
        <source>Scanning the stored calls with the draft…</source>
        <translation>Scanning the stored calls with the draft…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="375" />
        <source>Added (%1)</source>
        <translation>Added (%1)</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="376" />
        <source>Removed (%1)</source>
        <translation>Removed (%1)</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="378" />
        <source>On %1 stored calls the draft adds %2 flags and no longer raises %3 (%4 of them already reviewed); %5 stay as they are.</source>
        <translation>On %1 stored calls the draft adds %2 flags and no longer raises %3 (%4 of them already reviewed); %5 stay as they are.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="394" />
        <source>The draft has problems; nothing was changed.</source>
        <translation>The draft has problems; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="403" />
        <source>Publish rules</source>
        <translation>Publish rules</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="405" />
        <source>What changed and why</source>
        <translation>What changed and why</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="406" />
        <source>Publish the draft as the new active rule book? The stored calls are scanned again; reviewed flags keep their decisions.</source>
        <translation>Publish the draft as the new active rule book? The stored calls are scanned again; reviewed flags keep their decisions.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="424" />
        <source>Publishing the rules and scanning the stored calls again…</source>
        <translation>Publishing the rules and scanning the stored calls again…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="430" />
        <source>Published %1.</source>
        <translation>Published %1.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="432" />
        <source>Re-scan: %1 flags added, %2 no longer raised.</source>
        <translation>Re-scan: %1 flags added, %2 no longer raised.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="450" />
        <source>Make the draft the active rule book</source>
        <translation>Make the draft the active rule book</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="454" />
        <source>Only a compliance officer or an administrator can publish rules.</source>
        <translation>Only a compliance officer or an administrator can publish rules.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="456" />
        <source>There are no rule files to publish.</source>
        <translation>There are no rule files to publish.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="458" />
        <source>The draft is being checked.</source>
        <translation>The draft is being checked.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="460" />
        <source>The draft has problems; fix them first (the active rules stay in use).</source>
        <translation>The draft has problems; fix them first (the active rules stay in use).</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="462" />
        <source>The draft is the same as the active rules.</source>
        <translation>The draft is the same as the active rules.</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="468" />
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="474" />
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../sign_in.py" line="46" />
        <source>Sign in to notecheck</source>
        <translation>Sign in to notecheck</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="60" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="61" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="62" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="64" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="88" />
        <source>There is no one to sign in as.</source>
        <translation>There is no one to sign in as.</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../signoff_page.py" line="35" />
        <source>Awaiting sign-off</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="36" />
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="37" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="38" />
        <source>All decided</source>
        <translation>All decided</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="45" />
        <source>&amp;Sign off</source>
        <translation>&amp;Sign off</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="45" />
        <source>Sign off the decision</source>
        <translation>Sign off the decision</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="47" />
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="47" />
        <source>Return to the reviewer with a reason</source>
        <translation>Return to the reviewer with a reason</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="49" />
        <source>&amp;Next flag</source>
        <translation>&amp;Next flag</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="49" />
        <source>Next flag</source>
        <translation>Next flag</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="50" />
        <source>&amp;Previous flag</source>
        <translation>&amp;Previous flag</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="50" />
        <source>Previous flag</source>
        <translation>Previous flag</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="107" />
        <source>%1 by &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>%1 by &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="116" />
        <source>Choose a flag first.</source>
        <translation>Choose a flag first.</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="130" />
        <source>signed off</source>
        <translation>signed off</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="130" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message numerus="yes">
        <location filename="../signoff_page.py" line="131" />
        <source>%n flag(s) %1.</source>
        <translation><numerusform>%n flag %1.</numerusform><numerusform>%n flags %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../sign_in.py" line="169" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="171" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="171" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="171" />
        <location filename="../sign_in.py" line="188" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="182" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="186" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="187" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="189" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="194" />
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="212" />
        <source>User names use lower-case letters, digits, '_', '.' and '-'.</source>
        <translation>User names use lower-case letters, digits, '_', '.' and '-'.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="215" />
        <source>Choose a password.</source>
        <translation>Choose a password.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../sign_in.py" line="109" />
        <source>Welcome to notecheck</source>
        <translation>Welcome to notecheck</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="110" />
        <source>This database is new. Create the first account — it administers notecheck and adds the reviewers, supervisors and compliance officers.</source>
        <translation>This database is new. Create the first account — it administers notecheck and adds the reviewers, supervisors and compliance officers.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="114" />
        <source>lower-case, e.g. maria.chen</source>
        <translation>lower-case, e.g. maria.chen</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="120" />
        <source>Load the built-in sample calls to try it out</source>
        <translation>Load the built-in sample calls to try it out</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="124" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="125" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="126" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="127" />
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="129" />
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="144" />
        <source>User names use lower-case letters, digits, '_', '.' and '-'.</source>
        <translation>User names use lower-case letters, digits, '_', '.' and '-'.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="147" />
        <source>Choose a password.</source>
        <translation>Choose a password.</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="150" />
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
</TS>
