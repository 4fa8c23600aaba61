<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="59"/>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="62"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="63"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="64"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="65"/>
        <source>Member: card or phone</source>
        <translation>Member: card or phone</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="66"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="67"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="67"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="67"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="67"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="68"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="68"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="70"/>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="92"/>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="72"/>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="100"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="109"/>
        <source>{count} entries (newest first, at most 500)</source>
        <translation>{count} entries (newest first, at most 500)</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../terminal/ui/backoffice/window.py" line="146"/>
        <source>Back office — {store}</source>
        <translation>Back office — {store}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/window.py" line="147"/>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/window.py" line="148"/>
        <source>{store} · signed in: {name} (manager)</source>
        <translation>{store} · signed in: {name} (manager)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/window.py" line="150"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="69"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="49"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="49"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="49"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="50"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="50"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="51"/>
        <source>Note: what was done about it</source>
        <translation>Note: what was done about it</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="52"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="61"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="61"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="70"/>
        <source>Conflicts waiting: {count}</source>
        <translation>Conflicts waiting: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="74"/>
        <source>Refunds exceed the sale</source>
        <translation>Refunds exceed the sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="75"/>
        <source>Voucher used twice</source>
        <translation>Voucher used twice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="76"/>
        <source>Points spent twice (balance below zero)</source>
        <translation>Points spent twice (balance below zero)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="77"/>
        <source>Blocked member served offline</source>
        <translation>Blocked member served offline</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="78"/>
        <source>Bonus paid twice</source>
        <translation>Bonus paid twice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="79"/>
        <source>Same phone enrolled twice</source>
        <translation>Same phone enrolled twice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="80"/>
        <source>Merges disagree</source>
        <translation>Merges disagree</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="81"/>
        <source>Card issued twice</source>
        <translation>Card issued twice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="82"/>
        <source>External receipt id used twice</source>
        <translation>External receipt id used twice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="83"/>
        <source>Receipt number reused</source>
        <translation>Receipt number reused</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="95"/>
        <source>Select a conflict and write a note.</source>
        <translation>Select a conflict and write a note.</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="133"/>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="136"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="137"/>
        <source>Found:</source>
        <translation>Found:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="137"/>
        <source>Scanner:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="137"/>
        <source>Receipt printer:</source>
        <translation>Receipt printer:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="138"/>
        <source>Pole display:</source>
        <translation>Pole display:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="138"/>
        <source>Paper width:</source>
        <translation>Paper width:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="139"/>
        <source>Live scan monitor (scan anything):</source>
        <translation>Live scan monitor (scan anything):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="141"/>
        <source>Look for devices</source>
        <translation>Look for devices</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="143"/>
        <source>Use found</source>
        <translation>Use found</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="144"/>
        <source>Stop listening</source>
        <translation>Stop listening</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="144"/>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="145"/>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="146"/>
        <source>Test display</source>
        <translation>Test display</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="147"/>
        <source>Save for the next start</source>
        <translation>Save for the next start</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="149"/>
        <source>none, or a URL such as serial:///dev/ttyACM0 or sim:</source>
        <translation>none, or a URL such as serial:///dev/ttyACM0 or sim:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="179"/>
        <source>State: {state} {message}</source>
        <translation>State: {state} {message}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="201"/>
        <source>The till&apos;s scanner is listening: scan a code.</source>
        <translation>The till&apos;s scanner is listening: scan a code.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="211"/>
        <source>Listening on {url}: scan a code.</source>
        <translation>Listening on {url}: scan a code.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="222"/>
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="228"/>
        <source>Test page printed ({count} bytes, paper: {paper}).</source>
        <translation>Test page printed ({count} bytes, paper: {paper}).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="237"/>
        <source>Test print failed: {problem}</source>
        <translation>Test print failed: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="241"/>
        <source>Display test</source>
        <translation>Display test</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="245"/>
        <source>The display shows: {lines}</source>
        <translation>The display shows: {lines}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="253"/>
        <source>Saved. The till uses these devices from its next start.</source>
        <translation>Saved. The till uses these devices from its next start.</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="108"/>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="111"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="112"/>
        <source>Name, phone or card number</source>
        <translation>Name, phone or card number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="113"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="113"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="114"/>
        <source>Points and card</source>
        <translation>Points and card</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="114"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="114"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="115"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="117"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="117"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="117"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="118"/>
        <source>Birthday:</source>
        <translation>Birthday:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="118"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="120"/>
        <source>Agrees to receive offers</source>
        <translation>Agrees to receive offers</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="121"/>
        <source>optional, e.g. member asked at the desk</source>
        <translation>optional, e.g. member asked at the desk</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="122"/>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="123"/>
        <source>Adjust points (+ adds, − takes away). A reason is required.</source>
        <translation>Adjust points (+ adds, − takes away). A reason is required.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="124"/>
        <source>Reason, e.g. goodwill for a late order</source>
        <translation>Reason, e.g. goodwill for a late order</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="125"/>
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="126"/>
        <source>Lost card: issue a new number (or type a pre-printed card) and print a card slip. The old card stops working.</source>
        <translation>Lost card: issue a new number (or type a pre-printed card) and print a card slip. The old card stops working.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="128"/>
        <source>Pre-printed card number (optional)</source>
        <translation>Pre-printed card number (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="129"/>
        <source>Replace card</source>
        <translation>Replace card</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="130"/>
        <source>Duplicate account: move everything of this member into another (card or phone of the account that stays).</source>
        <translation>Duplicate account: move everything of this member into another (card or phone of the account that stays).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="132"/>
        <source>Card or phone of the account that stays</source>
        <translation>Card or phone of the account that stays</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="133"/>
        <source>Click again to merge</source>
        <translation>Click again to merge</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="133"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="134"/>
        <source>A blocked member can neither earn nor spend points.</source>
        <translation>A blocked member can neither earn nor spend points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="136"/>
        <source>Unblock member</source>
        <translation>Unblock member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="136"/>
        <source>Block member</source>
        <translation>Block member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="137"/>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="139"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="137"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="137"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="137"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="138"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="138"/>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="139"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="139"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="139"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="200"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="200"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="200"/>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="206"/>
        <source>No member chosen</source>
        <translation>No member chosen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="207"/>
        <source>Search on the left, then pick a member.</source>
        <translation>Search on the left, then pick a member.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="210"/>
        <source>Card {card} · {tier} · {points} points ({value}) · {status}</source>
        <translation>Card {card} · {tier} · {points} points ({value}) · {status}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="216"/>
        <source>Saved. The change is in the audit log.</source>
        <translation>Saved. The change is in the audit log.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="229"/>
        <source>Type the points and a reason.</source>
        <translation>Type the points and a reason.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="250"/>
        <source>New card {card}; the card slip is printing.</source>
        <translation>New card {card}; the card slip is printing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="255"/>
        <source>Type the card or phone of the account that stays.</source>
        <translation>Type the card or phone of the account that stays.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="260"/>
        <source>{name}&apos;s points, vouchers and cards will move into {target}. Click again to merge.</source>
        <translation>{name}&apos;s points, vouchers and cards will move into {target}. Click again to merge.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="269"/>
        <source>Merged into {name}.</source>
        <translation>Merged into {name}.</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="48"/>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="60"/>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="61"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="61"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="61"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="62"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="62"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="63"/>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="64"/>
        <source>Discard selected</source>
        <translation>Discard selected</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="65"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="66"/>
        <source>Receipt number, e.g. T001-000042</source>
        <translation>Receipt number, e.g. T001-000042</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="67"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="76"/>
        <source>No receipt printer is configured.</source>
        <translation>No receipt printer is configured.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="86"/>
        <source>{count} waiting · printer: {state} {message}</source>
        <translation>{count} waiting · printer: {state} {message}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="94"/>
        <source>Trying the queue now.</source>
        <translation>Trying the queue now.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="100"/>
        <source>Select a job first.</source>
        <translation>Select a job first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="109"/>
        <source>{document} taken out of the queue; it can still be reprinted.</source>
        <translation>{document} taken out of the queue; it can still be reprinted.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="121"/>
        <source>{document} queued again.</source>
        <translation>{document} queued again.</translation>
    </message>
</context>
<context>
    <name>ProgramScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="104"/>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="107"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="107"/>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="107"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="108"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="108"/>
        <source>Punch cards</source>
        <translation>Punch cards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="109"/>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="109"/>
        <source>Redemption limits</source>
        <translation>Redemption limits</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="110"/>
        <source>Tier window</source>
        <translation>Tier window</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="110"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="111"/>
        <source>Loyalty program</source>
        <translation>Loyalty program</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="115"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="117"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="118"/>
        <source>Import TOML…</source>
        <translation>Import TOML…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="119"/>
        <source>Export TOML…</source>
        <translation>Export TOML…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="120"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="121"/>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="122"/>
        <source>Sample basket:</source>
        <translation>Sample basket:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="123"/>
        <source>CATEGORY=AMOUNT or CATEGORY=AMOUNTxQTY, separated by commas</source>
        <translation>CATEGORY=AMOUNT or CATEGORY=AMOUNTxQTY, separated by commas</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="125"/>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="135"/>
        <source>version {version} in force</source>
        <translation>version {version} in force</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="168"/>
        <source>Not valid: {problem}</source>
        <translation>Not valid: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="171"/>
        <source>Valid. Saving makes it version {version}.</source>
        <translation>Valid. Saving makes it version {version}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="172"/>
        <source>Valid: the program in force.</source>
        <translation>Valid: the program in force.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="211"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="212"/>
        <source>After saving</source>
        <translation>After saving</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="216"/>
        <source>{label}: —</source>
        <translation>{label}: —</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="221"/>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="222"/>
        <source>{label}: {points} points (+{bonus} bonus) for {paid} as {tier}</source>
        <translation>{label}: {points} points (+{bonus} bonus) for {paid} as {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="233"/>
        <source>Saved as version {version}. The next sale earns by it.</source>
        <translation>Saved as version {version}. The next sale earns by it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="240"/>
        <source>Import TOML</source>
        <translation>Import TOML</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="247"/>
        <source>Cannot read {path}: {problem}</source>
        <translation>Cannot read {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="250"/>
        <source>Imported {path}; check it, then save.</source>
        <translation>Imported {path}; check it, then save.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="254"/>
        <source>Export TOML</source>
        <translation>Export TOML</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="261"/>
        <source>Cannot write {path}: {problem}</source>
        <translation>Cannot write {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="263"/>
        <source>Written to {path}.</source>
        <translation>Written to {path}.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="11"/>
        <source>Daily summary</source>
        <translation>Daily summary</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="12"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="13"/>
        <source>Member sales</source>
        <translation>Member sales</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="14"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="15"/>
        <source>Member revenue</source>
        <translation>Member revenue</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="16"/>
        <source>Loyalty discounts</source>
        <translation>Loyalty discounts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="17"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="18"/>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="19"/>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="20"/>
        <source>Points expired</source>
        <translation>Points expired</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="21"/>
        <source>Points clawed back</source>
        <translation>Points clawed back</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="22"/>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="23"/>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="24"/>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="25"/>
        <source>Returning members</source>
        <translation>Returning members</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="26"/>
        <source>Member share of sales</source>
        <translation>Member share of sales</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="27"/>
        <source>Member share of revenue</source>
        <translation>Member share of revenue</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="28"/>
        <source>Liability (points)</source>
        <translation>Liability (points)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="29"/>
        <source>Liability (value)</source>
        <translation>Liability (value)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="30"/>
        <source>Liability change from the day before</source>
        <translation>Liability change from the day before</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="31"/>
        <source>Members with a negative balance</source>
        <translation>Members with a negative balance</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="32"/>
        <source>Sync conflicts waiting</source>
        <translation>Sync conflicts waiting</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="33"/>
        <source>Not yet synced</source>
        <translation>Not yet synced</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="34"/>
        <source>Revenue by hour</source>
        <translation>Revenue by hour</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="35"/>
        <source>Revenue, last 30 days</source>
        <translation>Revenue, last 30 days</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="36"/>
        <source>Points liability, last 30 days</source>
        <translation>Points liability, last 30 days</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="37"/>
        <source>Same weekday a week earlier ({date})</source>
        <translation>Same weekday a week earlier ({date})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="38"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="39"/>
        <source>This day</source>
        <translation>This day</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="40"/>
        <source>Week before</source>
        <translation>Week before</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="41"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="42"/>
        <source>Top rewards</source>
        <translation>Top rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="43"/>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="44"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="45"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="46"/>
        <source>Members by tier</source>
        <translation>Members by tier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="47"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="48"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="49"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="50"/>
        <source>Printed {when}</source>
        <translation>Printed {when}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="51"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="52"/>
        <source>The day</source>
        <translation>The day</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="53"/>
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="80"/>
        <source>Start of shift</source>
        <translation>Start of shift</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="81"/>
        <source>Sign in to start your shift</source>
        <translation>Sign in to start your shift</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="82"/>
        <source>Type your staff PIN. Every sale you ring up records your name.</source>
        <translation>Type your staff PIN. Every sale you ring up records your name.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="84"/>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="85"/>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="86"/>
        <source>A manager&apos;s PIN opens the back office: daily summary, members, program, staff, devices and sync.</source>
        <translation>A manager&apos;s PIN opens the back office: daily summary, members, program, staff, devices and sync.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="88"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="89"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="90"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="91"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="134"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Too many wrong PINs. Try again in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="74"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="77"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="78"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="78"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="78"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="79"/>
        <source>Add a staff member (a PIN of 4 to 12 digits, unique in the store):</source>
        <translation>Add a staff member (a PIN of 4 to 12 digits, unique in the store):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="81"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="105"/>
        <source>cashier</source>
        <translation>cashier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="82"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="105"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="83"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="84"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="85"/>
        <source>The selected staff member:</source>
        <translation>The selected staff member:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="86"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="87"/>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="89"/>
        <source>Sign out after this many minutes without activity (0: never):</source>
        <translation>Sign out after this many minutes without activity (0: never):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="90"/>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="91"/>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="92"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="107"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="107"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="119"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="119"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="134"/>
        <source>{name} can now sign in.</source>
        <translation>{name} can now sign in.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="139"/>
        <source>New PIN saved for {name}.</source>
        <translation>New PIN saved for {name}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="145"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="155"/>
        <source>Saved. The change is in the audit log.</source>
        <translation>Saved. The change is in the audit log.</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="120"/>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="196"/>
        <source>Daily summary</source>
        <translation>Daily summary</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="152"/>
        <source>{change} vs {day}</source>
        <translation>{change} vs {day}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="157"/>
        <source>Member share</source>
        <translation>Member share</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="158"/>
        <source>{revenue} % of revenue</source>
        <translation>{revenue} % of revenue</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="161"/>
        <source>expired {points}</source>
        <translation>expired {points}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="163"/>
        <source>{change} since the day before</source>
        <translation>{change} since the day before</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="165"/>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="166"/>
        <source>of {active} active</source>
        <translation>of {active} active</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="167"/>
        <source>Negative balance</source>
        <translation>Negative balance</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="168"/>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="179"/>
        <source>line: points liability</source>
        <translation>line: points liability</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="197"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="198"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="199"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="203"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="203"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="216"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="228"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="239"/>
        <source>Sent to the receipt printer.</source>
        <translation>Sent to the receipt printer.</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="38"/>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="41"/>
        <source>Head office sync</source>
        <translation>Head office sync</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="42"/>
        <source>Head office:</source>
        <translation>Head office:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="42"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="42"/>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="43"/>
        <source>Not yet sent:</source>
        <translation>Not yet sent:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="45"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="60"/>
        <source>not configured (standalone terminal)</source>
        <translation>not configured (standalone terminal)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="61"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="61"/>
        <source>offline: redemptions are capped until the next sync</source>
        <translation>offline: redemptions are capped until the next sync</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="62"/>
        <source>not tried yet</source>
        <translation>not tried yet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="68"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="69"/>
        <source>{count} records</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="74"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="79"/>
        <source>Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.</source>
        <translation>Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.</translation>
    </message>
</context>
<context>
    <name>TillShift</name>
    <message>
        <location filename="../../terminal/ui/backoffice/till_hooks.py" line="36"/>
        <source>Sign in with your PIN to ring up sales.</source>
        <translation>Sign in with your PIN to ring up sales.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/till_hooks.py" line="53"/>
        <source>{name} is signed in. Good shift!</source>
        <translation>{name} is signed in. Good shift!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/till_hooks.py" line="66"/>
        <source>Signed out after a while without activity.</source>
        <translation>Signed out after a while without activity.</translation>
    </message>
</context>
</TS>
