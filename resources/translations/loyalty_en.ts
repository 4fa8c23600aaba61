<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CheckoutWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="362" />
        <source>The records of this till may have been altered outside the program ({problem}). Call a manager: run loyalty check.</source>
        <translation>The records of this till may have been altered outside the program ({problem}). Call a manager: run loyalty check.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="278" />
        <source>Loyalty Terminal — {store}</source>
        <translation>Loyalty Terminal — {store}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="280" />
        <source>{program} · till {terminal}</source>
        <translation>{program} · till {terminal}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="283" />
        <source>Enroll F4</source>
        <translation>Enroll F4</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="283" />
        <source>Refund F6</source>
        <translation>Refund F6</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="283" />
        <source>Name F3</source>
        <translation>Name F3</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="284" />
        <source>Reprint F7</source>
        <translation>Reprint F7</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="284" />
        <source>Settings F9</source>
        <translation>Settings F9</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="292" />
        <source>Scan a loyalty card anywhere, or type the phone number. F3 searches by name.</source>
        <translation>Scan a loyalty card anywhere, or type the phone number. F3 searches by name.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="294" />
        <source>Add amounts or scan products, choose rewards, then Complete sale (F12). Esc: next customer.</source>
        <translation>Add amounts or scan products, choose rewards, then Complete sale (F12). Esc: next customer.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="313" />
        <location filename="../../terminal/ui/main_window.py" line="315" />
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="315" />
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="384" />
        <source>Scanned {code}: close the open window first.</source>
        <translation>Scanned {code}: close the open window first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="396" />
        <source>The code {code} is not a member card, a product or a receipt.</source>
        <translation>The code {code} is not a member card, a product or a receipt.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="407" />
        <source>Looking up {ref}…</source>
        <translation>Looking up {ref}…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="422" />
        <source>{name}'s account is blocked. Ring up the sale without the member.</source>
        <translation>{name}'s account is blocked. Ring up the sale without the member.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="425" />
        <source>Old card scanned: it was replaced by {card}.</source>
        <translation>Old card scanned: it was replaced by {card}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="432" />
        <source>{name} is on the sale: {points} points.</source>
        <translation>{name} is on the sale: {points} points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="438" />
        <source>Points: {points}</source>
        <translation>Points: {points}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="455" />
        <source>No member has the phone {phone}. Enroll the customer now?</source>
        <translation>No member has the phone {phone}. Enroll the customer now?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="449" />
        <location filename="../../terminal/ui/main_window.py" line="456" />
        <source>Enroll (F4)</source>
        <translation>Enroll (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="366" />
        <source>The records of this till cannot be fully verified: the seal key beside the database is missing. Call a manager.</source>
        <translation>The records of this till cannot be fully verified: the seal key beside the database is missing. Call a manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="428" />
        <source>The customer keyed {phone}: {name} is on the sale, {points} points.</source>
        <translation>The customer keyed {phone}: {name} is on the sale, {points} points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="448" />
        <source>The customer keyed {phone}: no member has it. Enroll them now?</source>
        <translation>The customer keyed {phone}: no member has it. Enroll them now?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="478" />
        <source>The customer keyed {phone}. Looking it up…</source>
        <translation>The customer keyed {phone}. Looking it up…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="544" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="598" />
        <source>Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.</source>
        <translation>Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="602" />
        <source>Sale {receipt} complete: {paid} paid.</source>
        <translation>Sale {receipt} complete: {paid} paid.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="606" />
        <source>New tier: {tier}!</source>
        <translation>New tier: {tier}!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="607" />
        <source>Tier now {tier}.</source>
        <translation>Tier now {tier}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="615" />
        <source>Congratulations!</source>
        <translation>Congratulations!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="615" />
        <source>Now {tier}</source>
        <translation>Now {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="617" />
        <location filename="../../terminal/ui/main_window.py" line="619" />
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="617" />
        <source>Tier: {tier}</source>
        <translation>Tier: {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="632" />
        <source>Yes, add it (Enter)</source>
        <translation>Yes, add it (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="632" />
        <source>No (Esc)</source>
        <translation>No (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="650" />
        <source>No receipt to reprint yet on this till.</source>
        <translation>No receipt to reprint yet on this till.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="654" />
        <source>Reprinting receipt {receipt}.</source>
        <translation>Reprinting receipt {receipt}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="667" />
        <source>the printer is out of paper</source>
        <translation>the printer is out of paper</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="668" />
        <source>the printer is offline (cover open, or switched off)</source>
        <translation>the printer is offline (cover open, or switched off)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="669" />
        <source>the printer cannot be reached</source>
        <translation>the printer cannot be reached</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="670" />
        <source>the printer did not answer</source>
        <translation>the printer did not answer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="671" />
        <source>the printer reported a problem</source>
        <translation>the printer reported a problem</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="672" />
        <source>{document} did not print: {why}. It is kept and prints when the printer is back.</source>
        <translation>{document} did not print: {why}. It is kept and prints when the printer is back.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="677" />
        <source>{document} could not be printed, and was not kept. Press F7 to try again.</source>
        <translation>{document} could not be printed, and was not kept. Press F7 to try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="688" />
        <source>The scanner is disconnected. The till reconnects it by itself; meanwhile type the phone number.</source>
        <translation>The scanner is disconnected. The till reconnects it by itself; meanwhile type the phone number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="690" />
        <source>The customer display is disconnected. The till reconnects it by itself.</source>
        <translation>The customer display is disconnected. The till reconnects it by itself.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="691" />
        <source>A device is disconnected.</source>
        <translation>A device is disconnected.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="708" />
        <source>{name} is enrolled with card {card}.</source>
        <translation>{name} is enrolled with card {card}.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="141" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="142" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="143" />
        <source>Your rewards</source>
        <translation>Your rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="144" />
        <source>Your challenges</source>
        <translation>Your challenges</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="149" />
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="152" />
        <source>Collect your points: key in your phone number.</source>
        <translation>Collect your points: key in your phone number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="153" />
        <source>Press OK when your number is complete.</source>
        <translation>Press OK when your number is complete.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="154" />
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="155" />
        <source>We could not find this number. The cashier can enroll you in a minute.</source>
        <translation>We could not find this number. The cashier can enroll you in a minute.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="156" />
        <source>Not you? Key in your number.</source>
        <translation>Not you? Key in your number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="157" />
        <source>Thank you for shopping with us!</source>
        <translation>Thank you for shopping with us!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="162" />
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="169" />
        <source>Hello, {name}!</source>
        <translation>Hello, {name}!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="170" />
        <source>Hello!</source>
        <translation>Hello!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="171" />
        <source>{tier} member</source>
        <translation>{tier} member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="173" />
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="175" />
        <source>{points} points, worth {money}</source>
        <translation>{points} points, worth {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="180" />
        <source>You are now {tier}!</source>
        <translation>You are now {tier}!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="182" />
        <source>{money} more to reach {tier}</source>
        <translation>{money} more to reach {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="196" />
        <source>You earned {points} points with this sale.</source>
        <translation>You earned {points} points with this sale.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="199" />
        <source>To pay {money}</source>
        <translation>To pay {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="201" />
        <source>you earn {points} points</source>
        <translation>you earn {points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="213" />
        <source>voucher</source>
        <translation>voucher</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/customer_display.py" line="214" />
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="124" />
        <location filename="../../terminal/ui/dialogs.py" line="125" />
        <source>Enroll a new member</source>
        <translation>Enroll a new member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126" />
        <source>Email (optional)</source>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="127" />
        <source>Birthday (optional)</source>
        <translation>Birthday (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="127" />
        <source>Referred by (card or phone)</source>
        <translation>Referred by (card or phone)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="128" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="130" />
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="131" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="132" />
        <source>scan a pre-printed card, or leave empty</source>
        <translation>scan a pre-printed card, or leave empty</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="133" />
        <source>The customer agrees to receive offers</source>
        <translation>The customer agrees to receive offers</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="134" />
        <source>Print a card slip for a new card number</source>
        <translation>Print a card slip for a new card number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="135" />
        <source>Enroll (Ctrl+Enter)</source>
        <translation>Enroll (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="136" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="147" />
        <source>Please type the member's name.</source>
        <translation>Please type the member's name.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="156" />
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="67" />
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="68" />
        <source>Clear the field</source>
        <translation>Clear the field</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="69" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../terminal/ui/labels.py" line="19" />
        <source>Base points</source>
        <translation>Base points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="20" />
        <source>Welcome bonus (first purchase)</source>
        <translation>Welcome bonus (first purchase)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="21" />
        <source>Birthday month bonus</source>
        <translation>Birthday month bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="23" />
        <source>Bonus {code}</source>
        <translation>Bonus {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="25" />
        <source>Category {name}</source>
        <translation>Category {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="27" />
        <source>{name} tier bonus</source>
        <translation>{name} tier bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="29" />
        <source>Campaign {code}</source>
        <translation>Campaign {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="31" />
        <source>Next-visit offer {code}</source>
        <translation>Next-visit offer {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="33" />
        <source>Challenge {code} completed</source>
        <translation>Challenge {code} completed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="36" />
        <source>Referral bonus (to the friend who referred)</source>
        <translation>Referral bonus (to the friend who referred)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="37" />
        <source>Referral bonus</source>
        <translation>Referral bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="43" />
        <source>amount off</source>
        <translation>amount off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="44" />
        <source>percent off</source>
        <translation>percent off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="45" />
        <source>free item</source>
        <translation>free item</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="46" />
        <source>donation</source>
        <translation>donation</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="92" />
        <source>Find the member</source>
        <translation>Find the member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="93" />
        <source>Scan the loyalty card anywhere, or type the phone number.</source>
        <translation>Scan the loyalty card anywhere, or type the phone number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="94" />
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="95" />
        <source>Find (Enter)</source>
        <translation>Find (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="96" />
        <source>Name (F3)</source>
        <translation>Name (F3)</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="119" />
        <source>Change (Esc)</source>
        <translation>Change (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="126" />
        <source>Card {card} · Phone {phone}</source>
        <translation>Card {card} · Phone {phone}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="141" />
        <source>BLOCKED: this account cannot earn or redeem points. Finish the sale without the member; a manager can unblock it.</source>
        <translation>BLOCKED: this account cannot earn or redeem points. Finish the sale without the member; a manager can unblock it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="145" />
        <source>The card scanned ({old}) was replaced by card {new}. Take the old card back; the points are on the new card.</source>
        <translation>The card scanned ({old}) was replaced by card {new}. Take the old card back; the points are on the new card.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="149" />
        <source>The card scanned ({old}) belonged to an account merged into this one.</source>
        <translation>The card scanned ({old}) belonged to an account merged into this one.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="153" />
        <source>Negative balance: points were taken back after a refund. New points pay this debt first.</source>
        <translation>Negative balance: points were taken back after a refund. New points pay this debt first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="162" />
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="164" />
        <source>Worth {money}</source>
        <translation>Worth {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="193" />
        <source>None expiring</source>
        <translation>None expiring</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="197" />
        <source>{points} expire {date}</source>
        <translation>{points} expire {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="208" />
        <source>{name}: {tier} until {date}</source>
        <translation>{name}: {tier} until {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="218" />
        <source>{total} pending: {points} spendable from {date}</source>
        <translation>{total} pending: {points} spendable from {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="220" />
        <source>{points} pending, spendable from {date}</source>
        <translation>{points} pending, spendable from {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="239" />
        <source>Offer: {money} off, until {date}</source>
        <translation>Offer: {money} off, until {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="242" />
        <source>Offer: double points, until {date}</source>
        <translation>Offer: double points, until {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="247" />
        <source>{code} {units}/{of} {dots}</source>
        <translation>{code} {units}/{of} {dots}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="249" />
        <source>A full {code} card gives {reward}.</source>
        <translation>A full {code} card gives {reward}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="282" />
        <source>{name}: done</source>
        <translation>{name}: done</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="284" />
        <source>{name}: {done} of {target}, until {date}</source>
        <translation>{name}: {done} of {target}, until {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="286" />
        <source>Completing it pays {points} points.</source>
        <translation>Completing it pays {points} points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="172" />
        <source>Top tier: {tier}</source>
        <translation>Top tier: {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="175" />
        <source>Top tier</source>
        <translation>Top tier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="187" />
        <source>{money} more to reach {tier}</source>
        <translation>{money} more to reach {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="200" />
        <source>{points} points expire on {date}</source>
        <translation>{points} points expire on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="234" />
        <source>Vouchers: {list}</source>
        <translation>Vouchers: {list}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="236" />
        <source>Vouchers: none</source>
        <translation>Vouchers: none</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../terminal/ui/messages.py" line="30" />
        <source>Type an amount first, like {example}.</source>
        <translation>Type an amount first, like {example}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="31" />
        <source>Write the decimals after “{point}”, like {example}. “{other}” is not accepted, so nothing was added.</source>
        <translation>Write the decimals after “{point}”, like {example}. “{other}” is not accepted, so nothing was added.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="33" />
        <source>“{text}” is not an amount. Type digits, like {example}.</source>
        <translation>“{text}” is not an amount. Type digits, like {example}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="34" />
        <source>Amounts in {currency} have no decimals.</source>
        <translation>Amounts in {currency} have no decimals.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="36" />
        <source>Amounts in {currency} have at most {decimals} decimals: “{text}” has more.</source>
        <translation>Amounts in {currency} have at most {decimals} decimals: “{text}” has more.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="38" />
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="39" />
        <source>“{text}” is far too large for a sale. Check the amount.</source>
        <translation>“{text}” is far too large for a sale. Check the amount.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="54" />
        <source>Something went wrong, and nothing was changed. Try again; if it happens again, call the manager (the details are in the log).</source>
        <translation>Something went wrong, and nothing was changed. Try again; if it happens again, call the manager (the details are in the log).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="63" />
        <source>No member has the card {card}.</source>
        <translation>No member has the card {card}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="65" />
        <source>No member has the phone {phone}.</source>
        <translation>No member has the phone {phone}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="66" />
        <source>No member was found.</source>
        <translation>No member was found.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="68" />
        <source>{card} is not a valid card number: its last digit does not match. Scan the card again.</source>
        <translation>{card} is not a valid card number: its last digit does not match. Scan the card again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="71" />
        <source>{phone} is not a valid phone number. Check the digits.</source>
        <translation>{phone} is not a valid phone number. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="74" />
        <source>Another member already has the phone {phone}. Find that member instead.</source>
        <translation>Another member already has the phone {phone}. Find that member instead.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="77" />
        <source>This member's account is blocked: finish the sale without the member.</source>
        <translation>This member's account is blocked: finish the sale without the member.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="80" />
        <source>Not enough points: the member has {balance} and the chosen rewards cost {cost}.</source>
        <translation>Not enough points: the member has {balance} and the chosen rewards cost {cost}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="83" />
        <source>The member does not have enough points for the chosen rewards.</source>
        <translation>The member does not have enough points for the chosen rewards.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="86" />
        <source>Pay at least {points} points, or none.</source>
        <translation>Pay at least {points} points, or none.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="90" />
        <source>Points would pay {discounts}, more than the sale's {total}. Untick a reward or pay fewer points.</source>
        <translation>Points would pay {discounts}, more than the sale's {total}. Untick a reward or pay fewer points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="94" />
        <source>Points can pay at most {share}% of a sale: {limit} of this one. Untick a reward or pay fewer points.</source>
        <translation>Points can pay at most {share}% of a sale: {limit} of this one. Untick a reward or pay fewer points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="97" />
        <source>Points cannot pay that much of this sale. Untick a reward or pay fewer points.</source>
        <translation>Points cannot pay that much of this sale. Untick a reward or pay fewer points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="102" />
        <source>The rewards chosen take off {discounts}, more than the sale's {total}. Untick one.</source>
        <translation>The rewards chosen take off {discounts}, more than the sale's {total}. Untick one.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="104" />
        <source>A chosen reward does not apply to this sale. Untick it to go on.</source>
        <translation>A chosen reward does not apply to this sale. Untick it to go on.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="106" />
        <source>A chosen reward is no longer in the program. Untick it to go on.</source>
        <translation>A chosen reward is no longer in the program. Untick it to go on.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="108" />
        <source>No sale has the receipt number {receipt}.</source>
        <translation>No sale has the receipt number {receipt}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="112" />
        <source>That is more than is left to refund on this receipt: {money}.</source>
        <translation>That is more than is left to refund on this receipt: {money}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="114" />
        <source>That is more than is left to refund on this receipt.</source>
        <translation>That is more than is left to refund on this receipt.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="116" />
        <source>Wrong PIN. Too many wrong PINs in a row: PINs are locked for {seconds} seconds.</source>
        <translation>Wrong PIN. Too many wrong PINs in a row: PINs are locked for {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="119" />
        <source>Wrong PIN. Wait {seconds} seconds before the next try.</source>
        <translation>Wrong PIN. Wait {seconds} seconds before the next try.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="124" />
        <source>Promo code {code} is not in this program.</source>
        <translation>Promo code {code} is not in this program.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="125" />
        <source>Promo code {code} is not valid today: it was taken off the sale.</source>
        <translation>Promo code {code} is not valid today: it was taken off the sale.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="126" />
        <source>Promo code {code} is used up: it was taken off the sale.</source>
        <translation>Promo code {code} is used up: it was taken off the sale.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="130" />
        <source>No product in the catalog has the code {code}.</source>
        <translation>No product in the catalog has the code {code}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="133" />
        <source>Wrong PIN, or the PIN of someone who may not do this. Ask a manager.</source>
        <translation>Wrong PIN, or the PIN of someone who may not do this. Ask a manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="134" />
        <source>Too many wrong PINs: PINs are locked for a while. Try again later.</source>
        <translation>Too many wrong PINs: PINs are locked for a while. Try again later.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="135" />
        <source>Head office refused this terminal. Call the manager.</source>
        <translation>Head office refused this terminal. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="136" />
        <source>Head office is not set up yet. Call the manager.</source>
        <translation>Head office is not set up yet. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="137" />
        <source>That conflict is no longer there. Refresh the list.</source>
        <translation>That conflict is no longer there. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="138" />
        <source>The till's database is busy for a moment. Try again.</source>
        <translation>The till's database is busy for a moment. Try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="139" />
        <source>The till's database cannot be used. Call the manager.</source>
        <translation>The till's database cannot be used. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="140" />
        <source>The till's database is damaged. Call the manager to restore the last backup.</source>
        <translation>The till's database is damaged. Call the manager to restore the last backup.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="142" />
        <source>The till's database file is not a loyalty database. Call the manager.</source>
        <translation>The till's database file is not a loyalty database. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="144" />
        <source>The till's database cannot be written. Nothing was changed. Call the manager.</source>
        <translation>The till's database cannot be written. Nothing was changed. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="146" />
        <source>The till's disk is full. Nothing was changed. Call the manager.</source>
        <translation>The till's disk is full. Nothing was changed. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="147" />
        <source>The till could not read or write a file. Nothing was changed. Call the manager.</source>
        <translation>The till could not read or write a file. Nothing was changed. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="149" />
        <source>No loyalty program is loaded yet. Call the manager.</source>
        <translation>No loyalty program is loaded yet. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="150" />
        <source>That file is too large to be read. Nothing was changed.</source>
        <translation>That file is too large to be read. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="151" />
        <source>The till's records did not pass their check. Call the manager.</source>
        <translation>The till's records did not pass their check. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="152" />
        <source>That receipt id looks like one of the till's receipt numbers. Use the register's own number.</source>
        <translation>That receipt id looks like one of the till's receipt numbers. Use the register's own number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="154" />
        <source>Head office cannot be reached. The till keeps working on its own.</source>
        <translation>Head office cannot be reached. The till keeps working on its own.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="155" />
        <source>That amount cannot be used. Check it and try again.</source>
        <translation>That amount cannot be used. Check it and try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="156" />
        <source>Please check what was typed: a name, an email like name@example.com, a birthday like 1990-07-14.</source>
        <translation>Please check what was typed: a name, an email like name@example.com, a birthday like 1990-07-14.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="158" />
        <source>The loyalty program is not valid. Call the manager.</source>
        <translation>The loyalty program is not valid. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="163" />
        <source>That was refused, and nothing was changed. Call the manager if it happens again.</source>
        <translation>That was refused, and nothing was changed. Call the manager if it happens again.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="63" />
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="64" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="65" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="66" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="67" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="68" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="69" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="70" />
        <source>LOYALTY</source>
        <translation>LOYALTY</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="71" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="72" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="73" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="74" />
        <source>Points before</source>
        <translation>Points before</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="75" />
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="76" />
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="77" />
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="78" />
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="79" />
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="80" />
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="81" />
        <source>Receipt for refunds</source>
        <translation>Receipt for refunds</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="82" />
        <source>Welcome,</source>
        <translation>Welcome,</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="83" />
        <source>Your loyalty card number</source>
        <translation>Your loyalty card number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="84" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="85" />
        <source>Show this code at the till to collect and spend your points.</source>
        <translation>Show this code at the till to collect and spend your points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="86" />
        <source>REFUND</source>
        <translation>REFUND</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="87" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="88" />
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="89" />
        <source>Points taken back</source>
        <translation>Points taken back</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="90" />
        <source>Points returned</source>
        <translation>Points returned</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="91" />
        <source>Original receipt</source>
        <translation>Original receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="98" />
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="99" />
        <source>Keep this receipt for refunds.</source>
        <translation>Keep this receipt for refunds.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="101" />
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="102" />
        <source>{reward} (voucher)</source>
        <translation>{reward} (voucher)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="103" />
        <source>{reward} ({points} pts)</source>
        <translation>{reward} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="104" />
        <source>Donated to {charity}</source>
        <translation>Donated to {charity}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="105" />
        <source>{money} more to reach {tier}</source>
        <translation>{money} more to reach {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="106" />
        <source>*** You are now {tier}! ***</source>
        <translation>*** You are now {tier}! ***</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="107" />
        <source>Your tier is now {tier}</source>
        <translation>Your tier is now {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="108" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="109" />
        <source>Pending, spendable {date}</source>
        <translation>Pending, spendable {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="110" />
        <source>Promo code {code}</source>
        <translation>Promo code {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="111" />
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="112" />
        <source>{reward} (promo code)</source>
        <translation>{reward} (promo code)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="113" />
        <source>Next visit by {date}</source>
        <translation>Next visit by {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="114" />
        <source>double points</source>
        <translation>double points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="115" />
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="100" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="566" />
        <source>Receipt {receipt} (simulated printer)</source>
        <translation>Receipt {receipt} (simulated printer)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="567" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="249" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="250" />
        <source>Refund a sale</source>
        <translation>Refund a sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="251" />
        <source>Scan the receipt barcode or type its number</source>
        <translation>Scan the receipt barcode or type its number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="252" />
        <source>Find sale (Enter)</source>
        <translation>Find sale (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="253" />
        <source>Tick the lines to refund, or type an amount:</source>
        <translation>Tick the lines to refund, or type an amount:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="254" />
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="255" />
        <source>empty: everything left</source>
        <translation>empty: everything left</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="256" />
        <source>Manager PIN:</source>
        <translation>Manager PIN:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="257" />
        <source>needed above {limit}</source>
        <translation>needed above {limit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="309" />
        <source>Paid {paid} (total {total}); refunded so far {refunded}; left {left}</source>
        <translation>Paid {paid} (total {total}); refunded so far {refunded}; left {left}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="258" />
        <source>Refund (Ctrl+Enter)</source>
        <translation>Refund (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="259" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="308" />
        <source>Receipt {receipt} of {date}</source>
        <translation>Receipt {receipt} of {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="313" />
        <source>Member {name}: earned {points} points with this sale</source>
        <translation>Member {name}: earned {points} points with this sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="316" />
        <source>This sale is already fully refunded.</source>
        <translation>This sale is already fully refunded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="325" />
        <source>{qty} × {name}: paid {paid}</source>
        <translation>{qty} × {name}: paid {paid}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="382" />
        <source>Refunds above {limit} need a manager's PIN: ask a manager to type it.</source>
        <translation>Refunds above {limit} need a manager's PIN: ask a manager to type it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="401" />
        <source>Refunded {amount}.</source>
        <translation>Refunded {amount}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="403" />
        <source>Points taken back: {back}; points returned: {returned}; balance now {balance}.</source>
        <translation>Points taken back: {back}; points returned: {returned}; balance now {balance}.</translation>
    </message>
</context>
<context>
    <name>RewardsPanel</name>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="133" />
        <source>Pay with points:</source>
        <translation>Pay with points:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="134" />
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="241" />
        <source>Reward {code}</source>
        <translation>Reward {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="244" />
        <source>{left} of {balance} points left for rewards</source>
        <translation>{left} of {balance} points left for rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="258" />
        <source>Blocked: no rewards</source>
        <translation>Blocked: no rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="262" />
        <source>After this sale: {points} pts</source>
        <translation>After this sale: {points} pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="264" />
        <source>After rewards: {points} pts</source>
        <translation>After rewards: {points} pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="269" />
        <source>{value}% off</source>
        <translation>{value}% off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="271" />
        <source>(up to {money})</source>
        <translation>(up to {money})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="275" />
        <source>Free {item}</source>
        <translation>Free {item}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="277" />
        <source>Give {money} to {charity}</source>
        <translation>Give {money} to {charity}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="279" />
        <source>{money} off</source>
        <translation>{money} off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="284" />
        <source>Voucher ×{count}</source>
        <translation>Voucher ×{count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="286" />
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="287" />
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="292" />
        <source>✓ chosen</source>
        <translation>✓ chosen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="294" />
        <source>find the member first</source>
        <translation>find the member first</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="296" />
        <source>account blocked</source>
        <translation>account blocked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="298" />
        <source>no voucher open</source>
        <translation>no voucher open</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="301" />
        <source>add {item} first</source>
        <translation>add {item} first</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="304" />
        <source>available: voucher</source>
        <translation>available: voucher</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="307" />
        <source>needs {points} more</source>
        <translation>needs {points} more</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="309" />
        <source>available, leaves {points}</source>
        <translation>available, leaves {points}</translation>
    </message>
</context>
<context>
    <name>SaleLinesModel</name>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="87" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="88" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="89" />
        <location filename="../../terminal/ui/sale_models.py" line="102" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="100" />
        <source>Amount · {category}</source>
        <translation>Amount · {category}</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="156" />
        <source>Amount, e.g. {example}</source>
        <translation>Amount, e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="160" />
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="169" />
        <source>Remove line (Del)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="170" />
        <source>Clear sale</source>
        <translation>Clear sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="171" />
        <source>Complete sale (F12)</source>
        <translation>Complete sale (F12)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="215" />
        <source>No product in the catalog has the code {code}.</source>
        <translation>No product in the catalog has the code {code}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="278" />
        <location filename="../../terminal/ui/sale_panel.py" line="284" />
        <source>To pay {money}</source>
        <translation>To pay {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="281" />
        <source>Add an amount or a product.</source>
        <translation>Add an amount or a product.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="285" />
        <source>Total {money}</source>
        <translation>Total {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="287" />
        <source>Promo code {code}</source>
        <translation>Promo code {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="291" />
        <source>{reward}: −{money} ({points} pts)</source>
        <translation>{reward}: −{money} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="289" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="166" />
        <location filename="../../terminal/ui/sale_panel.py" line="168" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="167" />
        <source>Scan or type a product code</source>
        <translation>Scan or type a product code</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="192" />
        <source>Add {money} to the sale? That is more than {limit}.</source>
        <translation>Add {money} to the sale? That is more than {limit}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="275" />
        <source>Cannot complete: {reason}</source>
        <translation>Cannot complete: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="294" />
        <source>{reward}: {money} donated to {charity} ({points} pts)</source>
        <translation>{reward}: {money} donated to {charity} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="298" />
        <source>No member: no points</source>
        <translation>No member: no points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="303" />
        <source>+{points} points</source>
        <translation>+{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="307" />
        <source>Nothing in this sale earns points.</source>
        <translation>Nothing in this sale earns points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="309" />
        <source>New tier after this sale: {tier}</source>
        <translation>New tier after this sale: {tier}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="470" />
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="471" />
        <source>Search members by name</source>
        <translation>Search members by name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="472" />
        <source>Type at least two letters of the name</source>
        <translation>Type at least two letters of the name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="473" />
        <source>Choose (Enter)</source>
        <translation>Choose (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="474" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="495" />
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
</context>
<context>
    <name>TierCelebration</name>
    <message>
        <location filename="../../terminal/ui/celebration.py" line="49" />
        <source>Congratulations, {name}!</source>
        <translation>Congratulations, {name}!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/celebration.py" line="50" />
        <source>Congratulations!</source>
        <translation>Congratulations!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/celebration.py" line="51" />
        <source>You are now {tier}</source>
        <translation>You are now {tier}</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43" />
        <location filename="../../terminal/ui/status_bar.py" line="78" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43" />
        <location filename="../../terminal/ui/status_bar.py" line="78" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43" />
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44" />
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="45" />
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54" />
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="56" />
        <source>{device}: {state}</source>
        <translation>{device}: {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="74" />
        <source>HQ: checking…</source>
        <translation>HQ: checking…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="76" />
        <source>HQ: not configured</source>
        <translation>HQ: not configured</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="78" />
        <source>not tried yet</source>
        <translation>not tried yet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="80" />
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="81" />
        <source>HQ: {state}</source>
        <translation>HQ: {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="82" />
        <source>{count} unsynced</source>
        <translation>{count} unsynced</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="84" />
        <source>{count} conflicts</source>
        <translation>{count} conflicts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="87" />
        <source>clock {minutes:+d} min</source>
        <translation>clock {minutes:+d} min</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="95" />
        <source>This till's clock differs from head office's by {seconds} seconds: set the clock.</source>
        <translation>This till's clock differs from head office's by {seconds} seconds: set the clock.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="103" />
        <source>Sync now (F10)</source>
        <translation>Sync now (F10)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="106" />
        <source>working…</source>
        <translation>working…</translation>
    </message>
</context>
</TS>