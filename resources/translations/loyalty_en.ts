<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckoutWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="264"/>
        <source>Loyalty Terminal — {store}</source>
        <translation>Loyalty Terminal — {store}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="266"/>
        <source>{program} · till {terminal}</source>
        <translation>{program} · till {terminal}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="269"/>
        <source>Enroll F4</source>
        <translation>Enroll F4</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="269"/>
        <source>Refund F6</source>
        <translation>Refund F6</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="269"/>
        <source>Name F3</source>
        <translation>Name F3</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="270"/>
        <source>Reprint F7</source>
        <translation>Reprint F7</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="270"/>
        <source>Settings F9</source>
        <translation>Settings F9</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="278"/>
        <source>Scan a loyalty card anywhere, or type the phone number. F3 searches by name.</source>
        <translation>Scan a loyalty card anywhere, or type the phone number. F3 searches by name.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="280"/>
        <source>Add amounts or scan products, choose rewards, then Complete sale (F12). Esc: next customer.</source>
        <translation>Add amounts or scan products, choose rewards, then Complete sale (F12). Esc: next customer.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="299"/>
        <location filename="../../terminal/ui/main_window.py" line="301"/>
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="301"/>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="358"/>
        <source>Scanned {code}: close the open window first.</source>
        <translation>Scanned {code}: close the open window first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="368"/>
        <source>The code {code} is not a member card, a product or a receipt.</source>
        <translation>The code {code} is not a member card, a product or a receipt.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="379"/>
        <source>Looking up {ref}…</source>
        <translation>Looking up {ref}…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="394"/>
        <source>{name}&apos;s account is blocked. Ring up the sale without the member.</source>
        <translation>{name}&apos;s account is blocked. Ring up the sale without the member.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="397"/>
        <source>Old card scanned: it was replaced by {card}.</source>
        <translation>Old card scanned: it was replaced by {card}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="400"/>
        <source>{name} is on the sale: {points} points.</source>
        <translation>{name} is on the sale: {points} points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="405"/>
        <source>Points: {points}</source>
        <translation>Points: {points}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="414"/>
        <source>No member has the phone {phone}. Enroll the customer now?</source>
        <translation>No member has the phone {phone}. Enroll the customer now?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="415"/>
        <source>Enroll (F4)</source>
        <translation>Enroll (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="483"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="530"/>
        <source>Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.</source>
        <translation>Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="534"/>
        <source>Sale {receipt} complete: {paid} paid.</source>
        <translation>Sale {receipt} complete: {paid} paid.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="541"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="554"/>
        <source>Yes, add it (Enter)</source>
        <translation>Yes, add it (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="554"/>
        <source>No (Esc)</source>
        <translation>No (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="572"/>
        <source>No receipt to reprint yet on this till.</source>
        <translation>No receipt to reprint yet on this till.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="576"/>
        <source>Reprinting receipt {receipt}.</source>
        <translation>Reprinting receipt {receipt}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="587"/>
        <source>the printer is out of paper</source>
        <translation>the printer is out of paper</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="588"/>
        <source>the printer is offline (cover open, or switched off)</source>
        <translation>the printer is offline (cover open, or switched off)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="589"/>
        <source>the printer cannot be reached</source>
        <translation>the printer cannot be reached</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="590"/>
        <source>the printer did not answer</source>
        <translation>the printer did not answer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="591"/>
        <source>the printer reported a problem</source>
        <translation>the printer reported a problem</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="592"/>
        <source>{document} did not print: {why}. It is kept and prints when the printer is back.</source>
        <translation>{document} did not print: {why}. It is kept and prints when the printer is back.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="597"/>
        <source>{document} could not be printed, and was not kept. Press F7 to try again.</source>
        <translation>{document} could not be printed, and was not kept. Press F7 to try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="608"/>
        <source>The scanner is disconnected. The till reconnects it by itself; meanwhile type the phone number.</source>
        <translation>The scanner is disconnected. The till reconnects it by itself; meanwhile type the phone number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="610"/>
        <source>The customer display is disconnected. The till reconnects it by itself.</source>
        <translation>The customer display is disconnected. The till reconnects it by itself.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="611"/>
        <source>A device is disconnected.</source>
        <translation>A device is disconnected.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="628"/>
        <source>{name} is enrolled with card {card}.</source>
        <translation>{name} is enrolled with card {card}.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="124"/>
        <location filename="../../terminal/ui/dialogs.py" line="125"/>
        <source>Enroll a new member</source>
        <translation>Enroll a new member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126"/>
        <source>Email (optional)</source>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="127"/>
        <source>Birthday (optional)</source>
        <translation>Birthday (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="127"/>
        <source>Referred by (card or phone)</source>
        <translation>Referred by (card or phone)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="128"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="130"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="131"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="132"/>
        <source>scan a pre-printed card, or leave empty</source>
        <translation>scan a pre-printed card, or leave empty</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="133"/>
        <source>The customer agrees to receive offers</source>
        <translation>The customer agrees to receive offers</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="134"/>
        <source>Print a card slip for a new card number</source>
        <translation>Print a card slip for a new card number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="135"/>
        <source>Enroll (Ctrl+Enter)</source>
        <translation>Enroll (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="136"/>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="147"/>
        <source>Please type the member&apos;s name.</source>
        <translation>Please type the member&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="156"/>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="67"/>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="68"/>
        <source>Clear the field</source>
        <translation>Clear the field</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="69"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../terminal/ui/labels.py" line="19"/>
        <source>Base points</source>
        <translation>Base points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="20"/>
        <source>Welcome bonus (first purchase)</source>
        <translation>Welcome bonus (first purchase)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="21"/>
        <source>Birthday month bonus</source>
        <translation>Birthday month bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="23"/>
        <source>Bonus {code}</source>
        <translation>Bonus {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="25"/>
        <source>Category {name}</source>
        <translation>Category {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="27"/>
        <source>{name} tier bonus</source>
        <translation>{name} tier bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="29"/>
        <source>Campaign {code}</source>
        <translation>Campaign {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="32"/>
        <source>Referral bonus (to the friend who referred)</source>
        <translation>Referral bonus (to the friend who referred)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="33"/>
        <source>Referral bonus</source>
        <translation>Referral bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="39"/>
        <source>amount off</source>
        <translation>amount off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="40"/>
        <source>percent off</source>
        <translation>percent off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="41"/>
        <source>free item</source>
        <translation>free item</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="42"/>
        <source>donation</source>
        <translation>donation</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="92"/>
        <source>Find the member</source>
        <translation>Find the member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="93"/>
        <source>Scan the loyalty card anywhere, or type the phone number.</source>
        <translation>Scan the loyalty card anywhere, or type the phone number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="94"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="95"/>
        <source>Find (Enter)</source>
        <translation>Find (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="96"/>
        <source>Name (F3)</source>
        <translation>Name (F3)</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="108"/>
        <source>Change (Esc)</source>
        <translation>Change (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="115"/>
        <source>Card {card} · Phone {phone}</source>
        <translation>Card {card} · Phone {phone}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="127"/>
        <source>BLOCKED: this account cannot earn or redeem points. Finish the sale without the member; a manager can unblock it.</source>
        <translation>BLOCKED: this account cannot earn or redeem points. Finish the sale without the member; a manager can unblock it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="131"/>
        <source>The card scanned ({old}) was replaced by card {new}. Take the old card back; the points are on the new card.</source>
        <translation>The card scanned ({old}) was replaced by card {new}. Take the old card back; the points are on the new card.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="135"/>
        <source>The card scanned ({old}) belonged to an account merged into this one.</source>
        <translation>The card scanned ({old}) belonged to an account merged into this one.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="139"/>
        <source>Negative balance: points were taken back after a refund. New points pay this debt first.</source>
        <translation>Negative balance: points were taken back after a refund. New points pay this debt first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="148"/>
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="150"/>
        <source>Worth {money}</source>
        <translation>Worth {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="179"/>
        <source>None expiring</source>
        <translation>None expiring</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="183"/>
        <source>{points} expire {date}</source>
        <translation>{points} expire {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="202"/>
        <source>{code} {units}/{of} {dots}</source>
        <translation>{code} {units}/{of} {dots}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="204"/>
        <source>A full {code} card gives {reward}.</source>
        <translation>A full {code} card gives {reward}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="158"/>
        <source>Top tier: {tier}</source>
        <translation>Top tier: {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="161"/>
        <source>Top tier</source>
        <translation>Top tier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="173"/>
        <source>{money} more to reach {tier}</source>
        <translation>{money} more to reach {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="186"/>
        <source>{points} points expire on {date}</source>
        <translation>{points} points expire on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="196"/>
        <source>Vouchers: {list}</source>
        <translation>Vouchers: {list}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="198"/>
        <source>Vouchers: none</source>
        <translation>Vouchers: none</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../terminal/ui/messages.py" line="30"/>
        <source>Type an amount first, like {example}.</source>
        <translation>Type an amount first, like {example}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="31"/>
        <source>Write the decimals after “{point}”, like {example}. “{other}” is not accepted, so nothing was added.</source>
        <translation>Write the decimals after “{point}”, like {example}. “{other}” is not accepted, so nothing was added.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="33"/>
        <source>“{text}” is not an amount. Type digits, like {example}.</source>
        <translation>“{text}” is not an amount. Type digits, like {example}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="34"/>
        <source>Amounts in {currency} have no decimals.</source>
        <translation>Amounts in {currency} have no decimals.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="36"/>
        <source>Amounts in {currency} have at most {decimals} decimals: “{text}” has more.</source>
        <translation>Amounts in {currency} have at most {decimals} decimals: “{text}” has more.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="38"/>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="39"/>
        <source>“{text}” is far too large for a sale. Check the amount.</source>
        <translation>“{text}” is far too large for a sale. Check the amount.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="53"/>
        <source>Something went wrong, and nothing was changed. Try again; if it happens again, call the manager (the details are in the log).</source>
        <translation>Something went wrong, and nothing was changed. Try again; if it happens again, call the manager (the details are in the log).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="62"/>
        <source>No member has the card {card}.</source>
        <translation>No member has the card {card}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="64"/>
        <source>No member has the phone {phone}.</source>
        <translation>No member has the phone {phone}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="65"/>
        <source>No member was found.</source>
        <translation>No member was found.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="67"/>
        <source>{card} is not a valid card number: its last digit does not match. Scan the card again.</source>
        <translation>{card} is not a valid card number: its last digit does not match. Scan the card again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="70"/>
        <source>{phone} is not a valid phone number. Check the digits.</source>
        <translation>{phone} is not a valid phone number. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="73"/>
        <source>Another member already has the phone {phone}. Find that member instead.</source>
        <translation>Another member already has the phone {phone}. Find that member instead.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="76"/>
        <source>This member&apos;s account is blocked: finish the sale without the member.</source>
        <translation>This member&apos;s account is blocked: finish the sale without the member.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="79"/>
        <source>Not enough points: the member has {balance} and the chosen rewards cost {cost}.</source>
        <translation>Not enough points: the member has {balance} and the chosen rewards cost {cost}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="82"/>
        <source>The member does not have enough points for the chosen rewards.</source>
        <translation>The member does not have enough points for the chosen rewards.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="85"/>
        <source>Pay at least {points} points, or none.</source>
        <translation>Pay at least {points} points, or none.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="88"/>
        <source>Points can pay at most {share}% of a sale: {limit} of this one. Untick a reward or pay fewer points.</source>
        <translation>Points can pay at most {share}% of a sale: {limit} of this one. Untick a reward or pay fewer points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="91"/>
        <source>Points cannot pay that much of this sale. Untick a reward or pay fewer points.</source>
        <translation>Points cannot pay that much of this sale. Untick a reward or pay fewer points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="96"/>
        <source>The rewards chosen take off {discounts}, more than the sale&apos;s {total}. Untick one.</source>
        <translation>The rewards chosen take off {discounts}, more than the sale&apos;s {total}. Untick one.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="98"/>
        <source>A chosen reward does not apply to this sale. Untick it to go on.</source>
        <translation>A chosen reward does not apply to this sale. Untick it to go on.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="100"/>
        <source>A chosen reward is no longer in the program. Untick it to go on.</source>
        <translation>A chosen reward is no longer in the program. Untick it to go on.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="102"/>
        <source>No sale has the receipt number {receipt}.</source>
        <translation>No sale has the receipt number {receipt}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="106"/>
        <source>That is more than is left to refund on this receipt: {money}.</source>
        <translation>That is more than is left to refund on this receipt: {money}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="108"/>
        <source>That is more than is left to refund on this receipt.</source>
        <translation>That is more than is left to refund on this receipt.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="110"/>
        <source>Wrong PIN. Too many wrong PINs in a row: PINs are locked for {seconds} seconds.</source>
        <translation>Wrong PIN. Too many wrong PINs in a row: PINs are locked for {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="113"/>
        <source>Wrong PIN. Wait {seconds} seconds before the next try.</source>
        <translation>Wrong PIN. Wait {seconds} seconds before the next try.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="116"/>
        <source>No product in the catalog has the code {code}.</source>
        <translation>No product in the catalog has the code {code}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="119"/>
        <source>Wrong PIN, or the PIN of someone who may not do this. Ask a manager.</source>
        <translation>Wrong PIN, or the PIN of someone who may not do this. Ask a manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="120"/>
        <source>Too many wrong PINs: PINs are locked for a while. Try again later.</source>
        <translation>Too many wrong PINs: PINs are locked for a while. Try again later.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="121"/>
        <source>Head office refused this terminal. Call the manager.</source>
        <translation>Head office refused this terminal. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="122"/>
        <source>Head office is not set up yet. Call the manager.</source>
        <translation>Head office is not set up yet. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="123"/>
        <source>That conflict is no longer there. Refresh the list.</source>
        <translation>That conflict is no longer there. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="124"/>
        <source>The till&apos;s database is busy for a moment. Try again.</source>
        <translation>The till&apos;s database is busy for a moment. Try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="125"/>
        <source>The till&apos;s database cannot be used. Call the manager.</source>
        <translation>The till&apos;s database cannot be used. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="126"/>
        <source>The till&apos;s database is damaged. Call the manager to restore the last backup.</source>
        <translation>The till&apos;s database is damaged. Call the manager to restore the last backup.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="127"/>
        <source>The till&apos;s database file is not a loyalty database. Call the manager.</source>
        <translation>The till&apos;s database file is not a loyalty database. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="128"/>
        <source>The till&apos;s database cannot be written. Nothing was changed. Call the manager.</source>
        <translation>The till&apos;s database cannot be written. Nothing was changed. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="129"/>
        <source>The till&apos;s disk is full. Nothing was changed. Call the manager.</source>
        <translation>The till&apos;s disk is full. Nothing was changed. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="130"/>
        <source>The till could not read or write a file. Nothing was changed. Call the manager.</source>
        <translation>The till could not read or write a file. Nothing was changed. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="131"/>
        <source>No loyalty program is loaded yet. Call the manager.</source>
        <translation>No loyalty program is loaded yet. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="132"/>
        <source>The till&apos;s records did not pass their check. Call the manager.</source>
        <translation>The till&apos;s records did not pass their check. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="133"/>
        <source>That receipt id looks like one of the till&apos;s receipt numbers. Use the register&apos;s own number.</source>
        <translation>That receipt id looks like one of the till&apos;s receipt numbers. Use the register&apos;s own number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="126"/>
        <source>Head office cannot be reached. The till keeps working on its own.</source>
        <translation>Head office cannot be reached. The till keeps working on its own.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="127"/>
        <source>That amount cannot be used. Check it and try again.</source>
        <translation>That amount cannot be used. Check it and try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="128"/>
        <source>Please check what was typed: a name, an email like name@example.com, a birthday like 1990-07-14.</source>
        <translation>Please check what was typed: a name, an email like name@example.com, a birthday like 1990-07-14.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="130"/>
        <source>The loyalty program is not valid. Call the manager.</source>
        <translation>The loyalty program is not valid. Call the manager.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="135"/>
        <source>That was refused, and nothing was changed. Call the manager if it happens again.</source>
        <translation>That was refused, and nothing was changed. Call the manager if it happens again.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="63"/>
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="64"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="66"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="67"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="68"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="69"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="70"/>
        <source>LOYALTY</source>
        <translation>LOYALTY</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="71"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="72"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="73"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="74"/>
        <source>Points before</source>
        <translation>Points before</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="75"/>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="76"/>
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="77"/>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="78"/>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="79"/>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="80"/>
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="81"/>
        <source>Receipt for refunds</source>
        <translation>Receipt for refunds</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="82"/>
        <source>Welcome,</source>
        <translation>Welcome,</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="83"/>
        <source>Your loyalty card number</source>
        <translation>Your loyalty card number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="84"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="85"/>
        <source>Show this code at the till to collect and spend your points.</source>
        <translation>Show this code at the till to collect and spend your points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="86"/>
        <source>REFUND</source>
        <translation>REFUND</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="87"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="88"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="89"/>
        <source>Points taken back</source>
        <translation>Points taken back</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="90"/>
        <source>Points returned</source>
        <translation>Points returned</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="91"/>
        <source>Original receipt</source>
        <translation>Original receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="98"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="99"/>
        <source>Keep this receipt for refunds.</source>
        <translation>Keep this receipt for refunds.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="101"/>
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="102"/>
        <source>{reward} (voucher)</source>
        <translation>{reward} (voucher)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="103"/>
        <source>{reward} ({points} pts)</source>
        <translation>{reward} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="104"/>
        <source>Donated to {charity}</source>
        <translation>Donated to {charity}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="105"/>
        <source>{money} more to reach {tier}</source>
        <translation>{money} more to reach {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="100"/>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="566"/>
        <source>Receipt {receipt} (simulated printer)</source>
        <translation>Receipt {receipt} (simulated printer)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="567"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="249"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="250"/>
        <source>Refund a sale</source>
        <translation>Refund a sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="251"/>
        <source>Scan the receipt barcode or type its number</source>
        <translation>Scan the receipt barcode or type its number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="252"/>
        <source>Find sale (Enter)</source>
        <translation>Find sale (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="253"/>
        <source>Tick the lines to refund, or type an amount:</source>
        <translation>Tick the lines to refund, or type an amount:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="254"/>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="255"/>
        <source>empty: everything left</source>
        <translation>empty: everything left</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="256"/>
        <source>Manager PIN:</source>
        <translation>Manager PIN:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="257"/>
        <source>needed above {limit}</source>
        <translation>needed above {limit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="309"/>
        <source>Paid {paid} (total {total}); refunded so far {refunded}; left {left}</source>
        <translation>Paid {paid} (total {total}); refunded so far {refunded}; left {left}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="258"/>
        <source>Refund (Ctrl+Enter)</source>
        <translation>Refund (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="259"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="308"/>
        <source>Receipt {receipt} of {date}</source>
        <translation>Receipt {receipt} of {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="313"/>
        <source>Member {name}: earned {points} points with this sale</source>
        <translation>Member {name}: earned {points} points with this sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="316"/>
        <source>This sale is already fully refunded.</source>
        <translation>This sale is already fully refunded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="325"/>
        <source>{qty} × {name}: paid {paid}</source>
        <translation>{qty} × {name}: paid {paid}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="382"/>
        <source>Refunds above {limit} need a manager&apos;s PIN: ask a manager to type it.</source>
        <translation>Refunds above {limit} need a manager&apos;s PIN: ask a manager to type it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="401"/>
        <source>Refunded {amount}.</source>
        <translation>Refunded {amount}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="403"/>
        <source>Points taken back: {back}; points returned: {returned}; balance now {balance}.</source>
        <translation>Points taken back: {back}; points returned: {returned}; balance now {balance}.</translation>
    </message>
</context>
<context>
    <name>RewardsPanel</name>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="133"/>
        <source>Pay with points:</source>
        <translation>Pay with points:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="134"/>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="238"/>
        <source>Reward {code}</source>
        <translation>Reward {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="241"/>
        <source>{left} of {balance} points left for rewards</source>
        <translation>{left} of {balance} points left for rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="255"/>
        <source>Blocked: no rewards</source>
        <translation>Blocked: no rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="259"/>
        <source>After this sale: {points} pts</source>
        <translation>After this sale: {points} pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="261"/>
        <source>After rewards: {points} pts</source>
        <translation>After rewards: {points} pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="266"/>
        <source>{value}% off</source>
        <translation>{value}% off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="268"/>
        <source>(up to {money})</source>
        <translation>(up to {money})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="272"/>
        <source>Free {item}</source>
        <translation>Free {item}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="274"/>
        <source>Give {money} to {charity}</source>
        <translation>Give {money} to {charity}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="276"/>
        <source>{money} off</source>
        <translation>{money} off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="281"/>
        <source>Voucher ×{count}</source>
        <translation>Voucher ×{count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="283"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="284"/>
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="289"/>
        <source>✓ chosen</source>
        <translation>✓ chosen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="291"/>
        <source>find the member first</source>
        <translation>find the member first</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="293"/>
        <source>account blocked</source>
        <translation>account blocked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="295"/>
        <source>no voucher open</source>
        <translation>no voucher open</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="298"/>
        <source>add {item} first</source>
        <translation>add {item} first</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="301"/>
        <source>available: voucher</source>
        <translation>available: voucher</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="304"/>
        <source>needs {points} more</source>
        <translation>needs {points} more</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="306"/>
        <source>available, leaves {points}</source>
        <translation>available, leaves {points}</translation>
    </message>
</context>
<context>
    <name>SaleLinesModel</name>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="87"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="88"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="89"/>
        <location filename="../../terminal/ui/sale_models.py" line="102"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="100"/>
        <source>Amount · {category}</source>
        <translation>Amount · {category}</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="155"/>
        <source>Amount, e.g. {example}</source>
        <translation>Amount, e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="159"/>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="168"/>
        <source>Remove line (Del)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="169"/>
        <source>Clear sale</source>
        <translation>Clear sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="170"/>
        <source>Complete sale (F12)</source>
        <translation>Complete sale (F12)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="210"/>
        <source>No product in the catalog has the code {code}.</source>
        <translation>No product in the catalog has the code {code}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="264"/>
        <location filename="../../terminal/ui/sale_panel.py" line="270"/>
        <source>To pay {money}</source>
        <translation>To pay {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="267"/>
        <source>Add an amount or a product.</source>
        <translation>Add an amount or a product.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="271"/>
        <source>Total {money}</source>
        <translation>Total {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="275"/>
        <source>{reward}: −{money} ({points} pts)</source>
        <translation>{reward}: −{money} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="273"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="165"/>
        <location filename="../../terminal/ui/sale_panel.py" line="167"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="166"/>
        <source>Scan or type a product code</source>
        <translation>Scan or type a product code</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="191"/>
        <source>Add {money} to the sale? That is more than {limit}.</source>
        <translation>Add {money} to the sale? That is more than {limit}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="261"/>
        <source>Cannot complete: {reason}</source>
        <translation>Cannot complete: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="278"/>
        <source>{reward}: {money} donated to {charity} ({points} pts)</source>
        <translation>{reward}: {money} donated to {charity} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="282"/>
        <source>No member: no points</source>
        <translation>No member: no points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="287"/>
        <source>+{points} points</source>
        <translation>+{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="291"/>
        <source>Nothing in this sale earns points.</source>
        <translation>Nothing in this sale earns points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="293"/>
        <source>New tier after this sale: {tier}</source>
        <translation>New tier after this sale: {tier}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="470"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="471"/>
        <source>Search members by name</source>
        <translation>Search members by name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="472"/>
        <source>Type at least two letters of the name</source>
        <translation>Type at least two letters of the name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="473"/>
        <source>Choose (Enter)</source>
        <translation>Choose (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="474"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="495"/>
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43"/>
        <location filename="../../terminal/ui/status_bar.py" line="78"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43"/>
        <location filename="../../terminal/ui/status_bar.py" line="78"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43"/>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44"/>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="45"/>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54"/>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="56"/>
        <source>{device}: {state}</source>
        <translation>{device}: {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="74"/>
        <source>HQ: checking…</source>
        <translation>HQ: checking…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="76"/>
        <source>HQ: not configured</source>
        <translation>HQ: not configured</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="78"/>
        <source>not tried yet</source>
        <translation>not tried yet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="80"/>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="81"/>
        <source>HQ: {state}</source>
        <translation>HQ: {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="82"/>
        <source>{count} unsynced</source>
        <translation>{count} unsynced</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="84"/>
        <source>{count} conflicts</source>
        <translation>{count} conflicts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="87"/>
        <source>clock {minutes:+d} min</source>
        <translation>clock {minutes:+d} min</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="95"/>
        <source>This till&apos;s clock differs from head office&apos;s by {seconds} seconds: set the clock.</source>
        <translation>This till&apos;s clock differs from head office&apos;s by {seconds} seconds: set the clock.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="103"/>
        <source>Sync now (F10)</source>
        <translation>Sync now (F10)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="106"/>
        <source>working…</source>
        <translation>working…</translation>
    </message>
</context>
</TS>
