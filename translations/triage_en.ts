<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Intercom did not accept the access token. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Intercom plan or permissions do not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists in Intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was merged or removed in Intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was merged into another record in Intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests to Intercom. Trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom is temporarily unavailable. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Intercom. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom sent an answer Triage could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address; the request was stopped to protect your access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Intercom could not be verified, so nothing was sent. Check the computer&apos;s date and any proxy or security software.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open the built-in sandbox workspace (an Intercom-compatible server started on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage, a desktop inbox for support teams that work in Intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: how many conversations the sandbox generates (0 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: the seed of the generated workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this Intercom-compatible server. The access token is read from the environment variable INTERCOM_ACCESS_TOKEN and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every HTTP request and answer (never the token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the initial sync into the local store without opening a window, print its figures as one JSON line, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this local store file instead of the workspace&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print start-up figures as one JSON line once the inbox list has painted with data, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s colors: light, dark, or system (follow the desktop, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color-scheme takes light, dark or system, not &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --demo or --base-url, not both.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid server address: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http to %1: use https (http is allowed only for 127.0.0.1 and localhost).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sync-and-exit needs --demo or --base-url.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conversations takes a whole number from 0 to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole non-negative number.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactAttribute</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFetchText</name>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this contact is not saved on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact no longer exists in Intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultCommands</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up preceding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer respond write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel retract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to teammate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done resolve archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until next Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until a chosen time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom date time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contact panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer details sidebar toggle hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote pictures show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help cheat sheet keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in connect account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token expired revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log out disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log out delete remove store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The sandbox workspace could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>A search filter needs a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown search operator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searches can nest groups only %n level(s) deep.</source>
        <translation>
            <numerusform>Searches can nest groups only %n level deep.</numerusform>
            <numerusform>Searches can nest groups only %n levels deep.</numerusform>
        </translation>
    </message>
    <message>
        <source>A search group needs at least one filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A search group can hold at most %n filter(s).</source>
        <translation>
            <numerusform>A search group can hold at most %n filter.</numerusform>
            <numerusform>A search group can hold at most %n filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A search group holds either filters or groups, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n results per page can be requested.</source>
        <translation>
            <numerusform>At most %n result per page can be requested.</numerusform>
            <numerusform>At most %n results per page can be requested.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnoozeTimes</name>
    <message>
        <source>&amp;Later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <extracomment>e.g. &quot;Sun 09:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <extracomment>e.g. &quot;Mon 12 Jan 09:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A snooze preset and its time, e.g. &quot;Tomorrow morning — Sun 09:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The local data file %1 could not be opened. Check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Triage data file (it may be damaged). Move it away and Triage will download your inbox again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file %1 was written by a newer version of Triage (format %2). Update Triage to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file %1 could not be updated to format %2; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file %1 is busy: another part of Triage kept it locked too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the local data file %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Paused: the server refused the access token. Sign in again to go on; queued actions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the local copy. Sync failed: %1 Trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing teammates, teams and tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing open and snoozed conversations… %1 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing recently closed conversations… %1 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCheckResult</name>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token contains spaces or line breaks, which an Intercom token never has. Copy it again from the Developer Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept this access token (401). Check that you copied the whole token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom did not accept this access token (401) in any region. Check that you copied the whole token and that the app is still installed in your workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token belongs to the %1 region, not the %2 region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check your network connection. The demo workspace works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Triage never sends your token over a connection it cannot verify. If your network inspects HTTPS traffic, ask your administrator to trust its certificate on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Try again.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intercom could not answer right now (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer like the Intercom API. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>Enter a server address such as https://api.intercom.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only for 127.0.0.1 and localhost), so that the access token is never sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceConnection</name>
    <message>
        <source>Set the access token in the environment variable %1 to connect to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStorage</name>
    <message>
        <source>&quot;%1&quot; does not name a workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace folder of Triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete all of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>api::ReplyRequest</name>
    <message>
        <source>A reply needs the admin who sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n attachment(s) can be sent at once.</source>
        <translation>
            <numerusform>At most %n attachment can be sent at once.</numerusform>
            <numerusform>At most %n attachments can be sent at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::VaultResult</name>
    <message>
        <source>Triage has no saved sign-in for this workspace. Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Triage cannot keep your sign-in. You can use the token for this run only: it is kept in memory and forgotten when Triage quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Triage could not remove a saved sign-in from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage could not read your sign-in from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage could not save your sign-in in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage could not remove your sign-in from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::WorkspaceController</name>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage has no saved token for %1. Sign in to go on; the local copy stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage could not remember this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The token is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::WorkspaceSession</name>
    <message>
        <source>Triage could not reach the workspace to find out who you are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer had no teammate id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Triage cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Use a date like 2024-05-31 or 7d (also 12h, 2w), optionally after &gt;, &gt;=, &lt; or &lt;=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too far back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates before 1970 cannot be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::ContactConversationsModel</name>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>conversation title, state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::ContactDetailsModel</name>
    <message>
        <source>Unknown contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of city, region and country</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>custom attribute: key, value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::ConversationDescription</name>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>a duration: 2 hours ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>contact: details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::ConversationListModel</name>
    <message>
        <source>Unknown contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::MessageAttachment</name>
    <message>
        <source>At most %n files can be attached to one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached file has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2): files can be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached files are too large together (%1): at most %2 per message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::Outbox</name>
    <message>
        <source>This action is not known to this version of Triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be saved in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::OutboxSender</name>
    <message>
        <source>This action is not known to this version of Triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed, because the reply before it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::RemoteConversationModel</name>
    <message>
        <source>Unknown contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::SavedSearchesModel</name>
    <message>
        <source>Saved search %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved search could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::SearchParser</name>
    <message>
        <source>Search words in titles, messages, notes and contacts. Filters:
is:open, is:closed, is:snoozed, is:unread, is:read
assignee:me, assignee:none, assignee:&quot;Ann Lee&quot; (name or email)
team:Billing, team:none
tag:vip (repeat for all of several), -tag:spam (without)
priority:yes, priority:no, priority:high
updated:&gt;2024-05-01, created:&lt;7d, updated:2024-05-01 (that day)
after:7d and before:2024-01-31 (last update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words cannot be excluded; only tags can (-tag:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;. Filters are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tags can be excluded (-tag:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value after &quot;%1:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is:read and is:unread exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state: use open, closed, snoozed, unread or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teammate account is not known yet; try again once the workspace is synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teammate is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several teammates are called &quot;%1&quot;; use the email instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one assignee: filter can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one team: filter can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several teams are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several tags are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both required and excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one priority: filter can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority: use yes, no, low, medium, high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date can satisfy this together with the other %1 conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server search takes at most %n filter(s): showing local results only.</source>
        <translation>
            <numerusform>The server search takes at most %n filter: showing local results only.</numerusform>
            <numerusform>The server search takes at most %n filters: showing local results only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server search takes at most %n word(s) with these filters: showing local results only.</source>
        <translation>
            <numerusform>The server search takes at most %n word with these filters: showing local results only.</numerusform>
            <numerusform>The server search takes at most %n words with these filters: showing local results only.</numerusform>
        </translation>
    </message>
    <message>
        <source>This quote is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::SearchResultsModel</name>
    <message>
        <source>Server search is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Server search done: %n more result(s)</source>
        <translation>
            <numerusform>Server search done: %n more result</numerusform>
            <numerusform>Server search done: %n more results</numerusform>
        </translation>
    </message>
    <message>
        <source>Server search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing local results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing local results only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::SyncWorker</name>
    <message>
        <source>The local store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store refused the write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier page of this sync could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a conversation without an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::ThreadModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snoozed the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::ViewCountsModel</name>
    <message>
        <source>Your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ActionErrorBar</name>
    <message>
        <source>Failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss all failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops the action and undoes its change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed</source>
        <translation>
            <numerusform>%n action failed</numerusform>
            <numerusform>%n actions failed</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t close “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t reopen “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t snooze “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t unassign “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t assign “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t tag “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t remove a tag from “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t mark “%1” as read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t mark “%1” as unread: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action on “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AssigneePicker</name>
    <message>
        <source>Assign conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a teammate or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammates and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AttachmentChips</name>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands or keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>command: shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CommandPaletteModel</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a spoken command</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CommandRegistry</name>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one command</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::Composer</name>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note — only teammates see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;h files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note and &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2): files can be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image could not be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for new messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be queued; it is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: the message is already on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ContactConversationDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>conversation state · updated how long ago</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ContactDetailsView</name>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time (time zone)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ContactPanel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation to see who it is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has no contact yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for other conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand contact panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse contact panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ConversationActions</name>
    <message>
        <source>Choose a snooze time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That snooze time is not available now; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) could not be saved; nothing was lost, try again.</source>
        <translation>
            <numerusform>%n action could not be saved; nothing was lost, try again.</numerusform>
            <numerusform>%n actions could not be saved; nothing was lost, try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: %n conversation(s) already as asked.</source>
        <translation>
            <numerusform>Nothing to change: %n conversation already as asked.</numerusform>
            <numerusform>Nothing to change: %n conversations already as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unchanged)</source>
        <translation>
            <numerusform>(%n unchanged)</numerusform>
            <numerusform>(%n unchanged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to you.</source>
        <translation>
            <numerusform>Assigned %n conversation to you.</numerusform>
            <numerusform>Assigned %n conversations to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to %1.</source>
        <extracomment>%1 is a teammate&apos;s or a team&apos;s name</extracomment>
        <translation>
            <numerusform>Assigned %n conversation to %1.</numerusform>
            <numerusform>Assigned %n conversations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %n conversation(s).</source>
        <translation>
            <numerusform>Unassigned %n conversation.</numerusform>
            <numerusform>Unassigned %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n conversation(s) until %1.</source>
        <extracomment>%1 is a time, e.g. &quot;Mon 09:00&quot;</extracomment>
        <translation>
            <numerusform>Snoozed %n conversation until %1.</numerusform>
            <numerusform>Snoozed %n conversations until %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n conversation(s).</source>
        <translation>
            <numerusform>Closed %n conversation.</numerusform>
            <numerusform>Closed %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n conversation(s).</source>
        <translation>
            <numerusform>Reopened %n conversation.</numerusform>
            <numerusform>Reopened %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n conversation(s) “%1”.</source>
        <translation>
            <numerusform>Tagged %n conversation “%1”.</numerusform>
            <numerusform>Tagged %n conversations “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag “%1” from %n conversation(s).</source>
        <translation>
            <numerusform>Removed the tag “%1” from %n conversation.</numerusform>
            <numerusform>Removed the tag “%1” from %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) as read.</source>
        <translation>
            <numerusform>Marked %n conversation as read.</numerusform>
            <numerusform>Marked %n conversations as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) as unread.</source>
        <translation>
            <numerusform>Marked %n conversation as unread.</numerusform>
            <numerusform>Marked %n conversations as unread.</numerusform>
        </translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t create the tag “%1” while offline. Existing tags can still be added; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t create the tag “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” was created but could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teammate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ConversationDelegate</name>
    <message>
        <source>%1m</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1w</source>
        <comment>weeks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>more tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ConversationListPane</name>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversation</numerusform>
            <numerusform>%1, %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations in this view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ConversationListView</name>
    <message>
        <source>No conversations in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Actions for %n conversation(s)</source>
        <translation>
            <numerusform>Actions for %n conversation</numerusform>
            <numerusform>Actions for %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::FailureBar</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the message that was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the message that was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the note that was not added. Retry adds the edited note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the reply that was not sent. Retry sends the edited reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::FormatBar</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert link (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HtmlSanitizer</name>
    <message>
        <source>[image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <extracomment>%1 is the image&apos;s description (its alt text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::InboxCommands</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LinkConfirmDialog</name>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) links can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LinkPolicy</name>
    <message>
        <source>Warning: the site name “%1” mixes letters from different alphabets and may imitate another site. Its real address is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the text before “@” is not part of the site name. This link goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ModeSwitch</name>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer sees this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only teammates see this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PartBodyBrowser</name>
    <message>
        <source>Message text vertical scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text horizontal scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PickerKindProxy</name>
    <message>
        <source>%1 (away)</source>
        <extracomment>A teammate in away mode, in the assignee picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RichTextEditor</name>
    <message>
        <source>Scroll the message up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the message sideways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SearchField</name>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations  (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SidebarDelegate</name>
    <message>
        <source>Saved search name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SidebarModel</name>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversation</numerusform>
            <numerusform>%1, %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved search %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SignInDialog</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage talks to Intercom with the access token of an app in your workspace. To get one, open the Developer Hub in Intercom, choose your app (or create an internal app), open its Authentication page and copy the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so Triage cannot store the token safely on this computer. You can still use it for this session: it is kept in memory only, and Triage asks for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://intercom-proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Triage with generated conversations; nothing is sent to Intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to Intercom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Triage to your Intercom workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Intercom workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token for %1 was revoked or expired. Queued actions are kept and will be sent after you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for This Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token belongs to the workspace %1, not %2. Paste a token of %2, or add %1 as another workspace from the Workspace menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage already has the workspace %1. Switch to it from the Workspace menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 — signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 — signed in as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SignInStatus</name>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SnoozeDialog</name>
    <message>
        <source>Snooze Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SnoozeMenu</name>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::StalePanel</name>
    <message>
        <source>Send &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(attachment or event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) arrived while you were typing.</source>
        <translation>
            <numerusform>%n new message arrived while you were typing.</numerusform>
            <numerusform>%n new messages arrived while you were typing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::StatusArea</name>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry syncing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to send</source>
        <translation>
            <numerusform>%n action waiting to send</numerusform>
            <numerusform>%n actions waiting to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TagPicker</name>
    <message>
        <source>Tag conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find or create a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find or create a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <extracomment>A row of the tag picker; %1 is the typed name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ThreadPartWidget</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event · age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event · state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ThreadScrollArea</name>
    <message>
        <source>Conversation thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message: jump to the newest part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ThreadText</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>minutes ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>days ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>file name · size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <comment>author, age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, %3</source>
        <comment>kind, author, age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>summary, state</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ThreadView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote images are hidden to protect your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load remote images of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has no messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the latest messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation changed since it was last loaded; showing the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::UndoBanner</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding note in %n s…</source>
        <translation>
            <numerusform>Adding note in %n s…</numerusform>
            <numerusform>Adding note in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>Sending in %n s…</numerusform>
            <numerusform>Sending in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ViewSidebar</name>
    <message>
        <source>Inbox views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the search is deleted; its conversations stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::WorkspaceMenu</name>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out and &amp;Forget Local Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Local Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1 and forget its local data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is removed from the keychain, and the conversations, contacts, drafts and queued actions stored on this computer for %1 are deleted. Queued actions that were not sent yet are lost. Nothing changes in Intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out and &amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
