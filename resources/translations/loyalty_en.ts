<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckoutWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="178" />
        <source>Loyalty Terminal — {store}</source>
        <translation>Loyalty Terminal — {store}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="180" />
        <source>{program} · till {terminal}</source>
        <translation>{program} · till {terminal}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="182" />
        <source>Name search F3</source>
        <translation>Name search F3</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="182" />
        <source>Enroll F4</source>
        <translation>Enroll F4</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="182" />
        <source>Refund F6</source>
        <translation>Refund F6</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="183" />
        <source>Reprint F7</source>
        <translation>Reprint F7</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="183" />
        <source>Settings F9</source>
        <translation>Settings F9</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="214" />
        <source>Scanned {code}: close the open window first.</source>
        <translation>Scanned {code}: close the open window first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="224" />
        <source>The code {code} is not a member card, a product or a receipt.</source>
        <translation>The code {code} is not a member card, a product or a receipt.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="235" />
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="249" />
        <source>{name}'s account is blocked. Ring up the sale without the member.</source>
        <translation>{name}'s account is blocked. Ring up the sale without the member.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="252" />
        <source>Old card scanned: it was replaced by {card}.</source>
        <translation>Old card scanned: it was replaced by {card}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="256" />
        <source>Points: {points}</source>
        <translation>Points: {points}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="264" />
        <source>No member has the phone {phone}. Enroll the customer now?</source>
        <translation>No member has the phone {phone}. Enroll the customer now?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="312" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="340" />
        <source>Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.</source>
        <translation>Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="344" />
        <source>Sale {receipt} complete: {paid} paid.</source>
        <translation>Sale {receipt} complete: {paid} paid.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="350" />
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="365" />
        <source>No receipt to reprint yet on this till.</source>
        <translation>No receipt to reprint yet on this till.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="369" />
        <source>Reprinting receipt {receipt}.</source>
        <translation>Reprinting receipt {receipt}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="377" />
        <source>Printing {document} failed: {error}. It is kept and will print when the printer is back (F7 reprints).</source>
        <translation>Printing {document} failed: {error}. It is kept and will print when the printer is back (F7 reprints).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="383" />
        <source>{device} problem: {message}</source>
        <translation>{device} problem: {message}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="399" />
        <source>{name} is enrolled with card {card}.</source>
        <translation>{name} is enrolled with card {card}.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="93" />
        <location filename="../../terminal/ui/dialogs.py" line="94" />
        <source>Enroll a new member</source>
        <translation>Enroll a new member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="95" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="95" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="95" />
        <source>Email (optional)</source>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="96" />
        <source>Birthday (optional)</source>
        <translation>Birthday (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="96" />
        <source>Referred by (card or phone)</source>
        <translation>Referred by (card or phone)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="97" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="99" />
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="100" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="101" />
        <source>scan a pre-printed card, or leave empty for a new number</source>
        <translation>scan a pre-printed card, or leave empty for a new number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="102" />
        <source>The customer agrees to receive offers (marketing consent)</source>
        <translation>The customer agrees to receive offers (marketing consent)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="103" />
        <source>Print a card slip for a new card number</source>
        <translation>Print a card slip for a new card number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="104" />
        <source>Enroll (Ctrl+Enter)</source>
        <translation>Enroll (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="105" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="116" />
        <source>Please type the member's name.</source>
        <translation>Please type the member's name.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="125" />
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="84" />
        <source>Find member (Enter)</source>
        <translation>Find member (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="85" />
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="86" />
        <source>Clear the number</source>
        <translation>Clear the number</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../terminal/ui/labels.py" line="21" />
        <source>Base points</source>
        <translation>Base points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="22" />
        <source>Welcome bonus (first purchase)</source>
        <translation>Welcome bonus (first purchase)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="23" />
        <source>Birthday month bonus</source>
        <translation>Birthday month bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="25" />
        <source>Bonus {code}</source>
        <translation>Bonus {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="27" />
        <source>Category {name}</source>
        <translation>Category {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="29" />
        <source>{name} tier bonus</source>
        <translation>{name} tier bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="31" />
        <source>Campaign {code}</source>
        <translation>Campaign {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="34" />
        <source>Referral bonus (to the friend who referred)</source>
        <translation>Referral bonus (to the friend who referred)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="35" />
        <source>Referral bonus</source>
        <translation>Referral bonus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="41" />
        <source>amount off</source>
        <translation>amount off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="42" />
        <source>percent off</source>
        <translation>percent off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="43" />
        <source>free item</source>
        <translation>free item</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="44" />
        <source>donation</source>
        <translation>donation</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="51" />
        <source>No member found</source>
        <translation>No member found</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="52" />
        <source>That is not a valid phone number</source>
        <translation>That is not a valid phone number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="53" />
        <source>That card number is not valid</source>
        <translation>That card number is not valid</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="54" />
        <source>The amount is not acceptable</source>
        <translation>The amount is not acceptable</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="55" />
        <source>Not enough points</source>
        <translation>Not enough points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="56" />
        <source>Points cannot pay that much of this sale</source>
        <translation>Points cannot pay that much of this sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="57" />
        <source>This reward does not apply to this sale</source>
        <translation>This reward does not apply to this sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="58" />
        <source>Unknown reward</source>
        <translation>Unknown reward</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="59" />
        <source>This account is blocked</source>
        <translation>This account is blocked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="60" />
        <source>Another member already has this phone</source>
        <translation>Another member already has this phone</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="61" />
        <source>That is more than is left to refund</source>
        <translation>That is more than is left to refund</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="62" />
        <source>No sale has that receipt number</source>
        <translation>No sale has that receipt number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="63" />
        <source>Wrong PIN, or not a manager's PIN</source>
        <translation>Wrong PIN, or not a manager's PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="64" />
        <source>The database is busy; try again</source>
        <translation>The database is busy; try again</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="65" />
        <source>Head office cannot be reached</source>
        <translation>Head office cannot be reached</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="66" />
        <source>Not in the catalog</source>
        <translation>Not in the catalog</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="67" />
        <source>Please check what was typed</source>
        <translation>Please check what was typed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="69" />
        <location filename="../../terminal/ui/labels.py" line="76" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="137" />
        <source>Find the member</source>
        <translation>Find the member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="138" />
        <source>Scan the loyalty card anywhere, or type the phone number.</source>
        <translation>Scan the loyalty card anywhere, or type the phone number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="139" />
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="140" />
        <source>Enroll this customer (F4)</source>
        <translation>Enroll this customer (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="141" />
        <source>Search by name (F3)</source>
        <translation>Search by name (F3)</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="90" />
        <source>Change (Esc)</source>
        <translation>Change (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="96" />
        <source>Card {card} · Phone {phone}</source>
        <translation>Card {card} · Phone {phone}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="108" />
        <source>BLOCKED: this account cannot earn or redeem points. Finish the sale without the member; a manager can unblock it.</source>
        <translation>BLOCKED: this account cannot earn or redeem points. Finish the sale without the member; a manager can unblock it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="112" />
        <source>The card scanned ({old}) was replaced by card {new}. Take the old card back; the points are on the new card.</source>
        <translation>The card scanned ({old}) was replaced by card {new}. Take the old card back; the points are on the new card.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="116" />
        <source>The card scanned ({old}) belonged to an account merged into this one.</source>
        <translation>The card scanned ({old}) belonged to an account merged into this one.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="120" />
        <source>Negative balance: points were taken back after a refund. New points pay this debt first.</source>
        <translation>Negative balance: points were taken back after a refund. New points pay this debt first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="129" />
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="131" />
        <source>worth {money}</source>
        <translation>worth {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="138" />
        <source>Top tier: {tier}</source>
        <translation>Top tier: {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="141" />
        <source>Top tier</source>
        <translation>Top tier</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="153" />
        <source>{money} more to reach {tier}</source>
        <translation>{money} more to reach {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="159" />
        <source>No points due to expire.</source>
        <translation>No points due to expire.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="162" />
        <source>{points} points expire on {date}</source>
        <translation>{points} points expire on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="165" />
        <source>(and {count} later dates)</source>
        <translation>(and {count} later dates)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="175" />
        <source>Vouchers: {list}</source>
        <translation>Vouchers: {list}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="177" />
        <source>Vouchers: none</source>
        <translation>Vouchers: none</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="181" />
        <source>{code} card: {units} of {of}  {dots}  (then {reward})</source>
        <translation>{code} card: {units} of {of}  {dots}  (then {reward})</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="26" />
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="27" />
        <source>Keep this receipt for refunds.</source>
        <translation>Keep this receipt for refunds.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="38" />
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="40" />
        <source>{reward} (voucher)</source>
        <translation>{reward} (voucher)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="42" />
        <source>{reward} ({points} pts)</source>
        <translation>{reward} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="48" />
        <source>Donated to {charity}</source>
        <translation>Donated to {charity}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="75" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="376" />
        <source>Receipt {receipt} (simulated printer)</source>
        <translation>Receipt {receipt} (simulated printer)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="377" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="200" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="201" />
        <source>Refund a sale</source>
        <translation>Refund a sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="202" />
        <source>Scan the receipt barcode or type its number</source>
        <translation>Scan the receipt barcode or type its number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="203" />
        <source>Find sale (Enter)</source>
        <translation>Find sale (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="204" />
        <source>Amount to refund:</source>
        <translation>Amount to refund:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="205" />
        <source>leave empty to refund everything left</source>
        <translation>leave empty to refund everything left</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="206" />
        <source>Refund (Ctrl+Enter)</source>
        <translation>Refund (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="207" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="235" />
        <source>Receipt {receipt} of {date}</source>
        <translation>Receipt {receipt} of {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="236" />
        <source>Paid {paid} (total {total}); refunded so far {refunded}</source>
        <translation>Paid {paid} (total {total}); refunded so far {refunded}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="239" />
        <source>Member {name}: earned {points} points with this sale</source>
        <translation>Member {name}: earned {points} points with this sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="242" />
        <source>This sale is already fully refunded.</source>
        <translation>This sale is already fully refunded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="256" />
        <source>Refunded {amount}.</source>
        <translation>Refunded {amount}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="258" />
        <source>Points taken back: {back}; points returned: {returned}; balance now {balance}.</source>
        <translation>Points taken back: {back}; points returned: {returned}; balance now {balance}.</translation>
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
        <location filename="../../terminal/ui/sale_panel.py" line="164" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="165" />
        <source>Amount, e.g. {example}</source>
        <translation>Amount, e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="169" />
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="175" />
        <source>Add amount</source>
        <translation>Add amount</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="176" />
        <source>Scan or type a product code or SKU</source>
        <translation>Scan or type a product code or SKU</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="177" />
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="178" />
        <source>Remove line (Del)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="179" />
        <source>Clear sale</source>
        <translation>Clear sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="180" />
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="181" />
        <source>Pay with points:</source>
        <translation>Pay with points:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="182" />
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="183" />
        <source>This sale</source>
        <translation>This sale</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="184" />
        <source>Complete sale (F12)</source>
        <translation>Complete sale (F12)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="201" />
        <source>The amount {text} is not valid: {why}</source>
        <translation>The amount {text} is not valid: {why}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="215" />
        <source>No product in the catalog has the code {code}.</source>
        <translation>No product in the catalog has the code {code}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="272" />
        <source>find the member first</source>
        <translation>find the member first</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="274" />
        <source>account blocked</source>
        <translation>account blocked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="277" />
        <source>only with a voucher; none open</source>
        <translation>only with a voucher; none open</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="280" />
        <source>add {item} to the sale first</source>
        <translation>add {item} to the sale first</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="282" />
        <source>voucher ready</source>
        <translation>voucher ready</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="284" />
        <source>needs {points} more points</source>
        <translation>needs {points} more points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="285" />
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="289" />
        <source>{value}% off</source>
        <translation>{value}% off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="291" />
        <source>(max {money})</source>
        <translation>(max {money})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="295" />
        <source>free {item}</source>
        <translation>free {item}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="297" />
        <source>{money} to {charity}</source>
        <translation>{money} to {charity}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="298" />
        <source>{money} off</source>
        <translation>{money} off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="306" />
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="307" />
        <source>voucher</source>
        <translation>voucher</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="348" />
        <source>Refused: {title}.
{detail}</source>
        <translation>Refused: {title}.
{detail}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="352" />
        <location filename="../../terminal/ui/sale_panel.py" line="358" />
        <source>To pay {money}</source>
        <translation>To pay {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="355" />
        <source>Add an amount or a product.</source>
        <translation>Add an amount or a product.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="359" />
        <source>Total {money}</source>
        <translation>Total {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="362" />
        <source>{reward}: −{money} ({points} pts)</source>
        <translation>{reward}: −{money} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="363" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="366" />
        <source>{reward}: {money} donated to {charity} ({points} pts)</source>
        <translation>{reward}: {money} donated to {charity} ({points} pts)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="370" />
        <source>No member: no points</source>
        <translation>No member: no points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="375" />
        <source>+{points} points</source>
        <translation>+{points} points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="379" />
        <source>Nothing in this sale earns points.</source>
        <translation>Nothing in this sale earns points.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="381" />
        <source>New tier after this sale: {tier}</source>
        <translation>New tier after this sale: {tier}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="321" />
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="322" />
        <source>Search members by name</source>
        <translation>Search members by name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="323" />
        <source>Type at least two letters of the name</source>
        <translation>Type at least two letters of the name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="324" />
        <source>Choose (Enter)</source>
        <translation>Choose (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="325" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="339" />
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="98" />
        <location filename="../../terminal/ui/settings_dialog.py" line="99" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="100" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="101" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="102" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="103" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="104" />
        <source>Points (+/−):</source>
        <translation>Points (+/−):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="105" />
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="106" />
        <source>required, e.g. goodwill for a late order</source>
        <translation>required, e.g. goodwill for a late order</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="107" />
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="109" />
        <source>Unblock member</source>
        <translation>Unblock member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="109" />
        <source>Block member</source>
        <translation>Block member</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="110" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="118" />
        <source>Sign in with a manager PIN to adjust points or block a member.</source>
        <translation>Sign in with a manager PIN to adjust points or block a member.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="120" />
        <source>Signed in as {name}. Find a member first to change their account.</source>
        <translation>Signed in as {name}. Find a member first to change their account.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="123" />
        <source>Signed in as {name}. Member: {member} ({points} points, {status}).</source>
        <translation>Signed in as {name}. Member: {member} ({points} points, {status}).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="135" />
        <source>That PIN is not a manager's PIN.</source>
        <translation>That PIN is not a manager's PIN.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="143" />
        <source>Type the points and a reason.</source>
        <translation>Type the points and a reason.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="158" />
        <source>Saved. The change is in the audit log.</source>
        <translation>Saved. The change is in the audit log.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="35" />
        <location filename="../../terminal/ui/status_bar.py" line="66" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="35" />
        <location filename="../../terminal/ui/status_bar.py" line="66" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="35" />
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="36" />
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="36" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="36" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="37" />
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="46" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="46" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="46" />
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="48" />
        <source>{device}: {state}</source>
        <translation>{device}: {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="62" />
        <source>HQ: checking…</source>
        <translation>HQ: checking…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="64" />
        <source>HQ: not configured</source>
        <translation>HQ: not configured</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="66" />
        <source>not tried yet</source>
        <translation>not tried yet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="67" />
        <source>HQ: {state} · {count} unsynced</source>
        <translation>HQ: {state} · {count} unsynced</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="76" />
        <source>working…</source>
        <translation>working…</translation>
    </message>
</context>
</TS>