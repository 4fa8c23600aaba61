<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>CheckoutWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="178" />
        <source>Loyalty Terminal — {store}</source>
        <translation>Sadakat Terminali — {store}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="180" />
        <source>{program} · till {terminal}</source>
        <translation>{program} · kasa {terminal}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="182" />
        <source>Name search F3</source>
        <translation>İsimle ara F3</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="182" />
        <source>Enroll F4</source>
        <translation>Üye kaydı F4</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="182" />
        <source>Refund F6</source>
        <translation>İade F6</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="183" />
        <source>Reprint F7</source>
        <translation>Tekrar yazdır F7</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="183" />
        <source>Settings F9</source>
        <translation>Ayarlar F9</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="214" />
        <source>Scanned {code}: close the open window first.</source>
        <translation>{code} okutuldu: önce açık pencereyi kapatın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="224" />
        <source>The code {code} is not a member card, a product or a receipt.</source>
        <translation>{code} kodu bir üye kartı, ürün ya da fiş değil.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="235" />
        <source>Looking up…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="249" />
        <source>{name}'s account is blocked. Ring up the sale without the member.</source>
        <translation>{name} hesabı engelli. Satışı üyesiz yapın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="252" />
        <source>Old card scanned: it was replaced by {card}.</source>
        <translation>Eski kart okutuldu: yerine {card} verildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="256" />
        <source>Points: {points}</source>
        <translation>Puan: {points}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="264" />
        <source>No member has the phone {phone}. Enroll the customer now?</source>
        <translation>{phone} numaralı üye yok. Müşteriyi şimdi kaydedelim mi?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="312" />
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="340" />
        <source>Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.</source>
        <translation>{receipt} satışı tamam: {paid} ödendi, +{earned} puan, bakiye {balance}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="344" />
        <source>Sale {receipt} complete: {paid} paid.</source>
        <translation>{receipt} satışı tamam: {paid} ödendi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="350" />
        <source>Thank you!</source>
        <translation>Teşekkürler!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="365" />
        <source>No receipt to reprint yet on this till.</source>
        <translation>Bu kasada henüz tekrar yazdırılacak fiş yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="369" />
        <source>Reprinting receipt {receipt}.</source>
        <translation>{receipt} fişi tekrar yazdırılıyor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="377" />
        <source>Printing {document} failed: {error}. It is kept and will print when the printer is back (F7 reprints).</source>
        <translation>{document} yazdırılamadı: {error}. Saklandı, yazıcı dönünce basılacak (F7 tekrar yazdırır).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="383" />
        <source>{device} problem: {message}</source>
        <translation>{device} sorunu: {message}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="399" />
        <source>{name} is enrolled with card {card}.</source>
        <translation>{name} kaydedildi, kart {card}.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="93" />
        <location filename="../../terminal/ui/dialogs.py" line="94" />
        <source>Enroll a new member</source>
        <translation>Yeni üye kaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="95" />
        <source>Name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="95" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="95" />
        <source>Email (optional)</source>
        <translation>E-posta (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="96" />
        <source>Birthday (optional)</source>
        <translation>Doğum günü (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="96" />
        <source>Referred by (card or phone)</source>
        <translation>Öneren (kart ya da telefon)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="97" />
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="99" />
        <source>name@example.com</source>
        <translation>ad@ornek.com</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="100" />
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="101" />
        <source>scan a pre-printed card, or leave empty for a new number</source>
        <translation>basılı kartı okutun ya da yeni numara için boş bırakın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="102" />
        <source>The customer agrees to receive offers (marketing consent)</source>
        <translation>Müşteri kampanya mesajı almayı kabul ediyor (pazarlama izni)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="103" />
        <source>Print a card slip for a new card number</source>
        <translation>Yeni kart numarası için kart fişi yazdır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="104" />
        <source>Enroll (Ctrl+Enter)</source>
        <translation>Kaydet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="105" />
        <source>Cancel (Esc)</source>
        <translation>Vazgeç (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="116" />
        <source>Please type the member's name.</source>
        <translation>Lütfen üyenin adını yazın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="125" />
        <source>Enrolling…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="84" />
        <source>Find member (Enter)</source>
        <translation>Üye bul (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="85" />
        <source>Delete the last digit</source>
        <translation>Son rakamı sil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="86" />
        <source>Clear the number</source>
        <translation>Numarayı temizle</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../terminal/ui/labels.py" line="21" />
        <source>Base points</source>
        <translation>Temel puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="22" />
        <source>Welcome bonus (first purchase)</source>
        <translation>Hoş geldin bonusu (ilk alışveriş)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="23" />
        <source>Birthday month bonus</source>
        <translation>Doğum ayı bonusu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="25" />
        <source>Bonus {code}</source>
        <translation>Bonus {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="27" />
        <source>Category {name}</source>
        <translation>Kategori {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="29" />
        <source>{name} tier bonus</source>
        <translation>{name} seviye bonusu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="31" />
        <source>Campaign {code}</source>
        <translation>Kampanya {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="34" />
        <source>Referral bonus (to the friend who referred)</source>
        <translation>Tavsiye bonusu (öneren arkadaşa)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="35" />
        <source>Referral bonus</source>
        <translation>Tavsiye bonusu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="41" />
        <source>amount off</source>
        <translation>tutar indirimi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="42" />
        <source>percent off</source>
        <translation>yüzde indirim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="43" />
        <source>free item</source>
        <translation>bedava ürün</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="44" />
        <source>donation</source>
        <translation>bağış</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="51" />
        <source>No member found</source>
        <translation>Üye bulunamadı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="52" />
        <source>That is not a valid phone number</source>
        <translation>Geçerli bir telefon numarası değil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="53" />
        <source>That card number is not valid</source>
        <translation>Kart numarası geçersiz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="54" />
        <source>The amount is not acceptable</source>
        <translation>Tutar kabul edilemez</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="55" />
        <source>Not enough points</source>
        <translation>Puan yetersiz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="56" />
        <source>Points cannot pay that much of this sale</source>
        <translation>Puanla bu satışın bu kadarı ödenemez</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="57" />
        <source>This reward does not apply to this sale</source>
        <translation>Bu ödül bu satışa uygulanamaz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="58" />
        <source>Unknown reward</source>
        <translation>Bilinmeyen ödül</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="59" />
        <source>This account is blocked</source>
        <translation>Bu hesap engelli</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="60" />
        <source>Another member already has this phone</source>
        <translation>Bu telefon başka bir üyede kayıtlı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="61" />
        <source>That is more than is left to refund</source>
        <translation>İade edilebilecek tutardan fazla</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="62" />
        <source>No sale has that receipt number</source>
        <translation>Bu fiş numarasıyla satış yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="63" />
        <source>Wrong PIN, or not a manager's PIN</source>
        <translation>PIN yanlış ya da yönetici PIN’i değil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="64" />
        <source>The database is busy; try again</source>
        <translation>Veritabanı meşgul; tekrar deneyin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="65" />
        <source>Head office cannot be reached</source>
        <translation>Merkeze ulaşılamıyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="66" />
        <source>Not in the catalog</source>
        <translation>Katalogda yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="67" />
        <source>Please check what was typed</source>
        <translation>Lütfen yazılanı kontrol edin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="69" />
        <location filename="../../terminal/ui/labels.py" line="76" />
        <source>Something went wrong</source>
        <translation>Bir sorun oluştu</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="137" />
        <source>Find the member</source>
        <translation>Üyeyi bul</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="138" />
        <source>Scan the loyalty card anywhere, or type the phone number.</source>
        <translation>Sadakat kartını herhangi bir yerde okutun ya da telefon numarasını yazın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="139" />
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="140" />
        <source>Enroll this customer (F4)</source>
        <translation>Bu müşteriyi kaydet (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="141" />
        <source>Search by name (F3)</source>
        <translation>İsimle ara (F3)</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="90" />
        <source>Change (Esc)</source>
        <translation>Değiştir (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="96" />
        <source>Card {card} · Phone {phone}</source>
        <translation>Kart {card} · Tel {phone}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="108" />
        <source>BLOCKED: this account cannot earn or redeem points. Finish the sale without the member; a manager can unblock it.</source>
        <translation>ENGELLİ: bu hesap puan kazanamaz ve harcayamaz. Satışı üyesiz bitirin; engeli bir yönetici kaldırabilir.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="112" />
        <source>The card scanned ({old}) was replaced by card {new}. Take the old card back; the points are on the new card.</source>
        <translation>Okutulan kartın ({old}) yerine {new} kartı verildi. Eski kartı geri alın; puanlar yeni kartta.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="116" />
        <source>The card scanned ({old}) belonged to an account merged into this one.</source>
        <translation>Okutulan kart ({old}) bu hesapla birleştirilmiş bir hesaba aitti.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="120" />
        <source>Negative balance: points were taken back after a refund. New points pay this debt first.</source>
        <translation>Eksi bakiye: bir iadeden sonra puan geri alındı. Yeni puanlar önce bu borcu kapatır.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="129" />
        <source>{points} points</source>
        <translation>{points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="131" />
        <source>worth {money}</source>
        <translation>değeri {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="138" />
        <source>Top tier: {tier}</source>
        <translation>En üst seviye: {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="141" />
        <source>Top tier</source>
        <translation>En üst seviye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="153" />
        <source>{money} more to reach {tier}</source>
        <translation>{tier} için {money} daha</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="159" />
        <source>No points due to expire.</source>
        <translation>Süresi dolacak puan yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="162" />
        <source>{points} points expire on {date}</source>
        <translation>{points} puanın süresi {date} tarihinde doluyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="165" />
        <source>(and {count} later dates)</source>
        <translation>(ve sonraki {count} tarih)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="175" />
        <source>Vouchers: {list}</source>
        <translation>Kuponlar: {list}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="177" />
        <source>Vouchers: none</source>
        <translation>Kupon yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="181" />
        <source>{code} card: {units} of {of}  {dots}  (then {reward})</source>
        <translation>{code} kartı: {units}/{of}  {dots}  (sonra {reward})</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="26" />
        <source>Thank you!</source>
        <translation>Teşekkürler!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="27" />
        <source>Keep this receipt for refunds.</source>
        <translation>İade için bu fişi saklayın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="38" />
        <source>{points} points</source>
        <translation>{points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="40" />
        <source>{reward} (voucher)</source>
        <translation>{reward} (kupon)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="42" />
        <source>{reward} ({points} pts)</source>
        <translation>{reward} ({points} puan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="48" />
        <source>Donated to {charity}</source>
        <translation>{charity} kurumuna bağış</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="75" />
        <source>Sale</source>
        <translation>Satış</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="376" />
        <source>Receipt {receipt} (simulated printer)</source>
        <translation>Fiş {receipt} (sanal yazıcı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="377" />
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="200" />
        <source>Refund</source>
        <translation>İade</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="201" />
        <source>Refund a sale</source>
        <translation>Satış iadesi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="202" />
        <source>Scan the receipt barcode or type its number</source>
        <translation>Fiş barkodunu okutun ya da numarasını yazın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="203" />
        <source>Find sale (Enter)</source>
        <translation>Satışı bul (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="204" />
        <source>Amount to refund:</source>
        <translation>İade tutarı:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="205" />
        <source>leave empty to refund everything left</source>
        <translation>kalanın tamamı için boş bırakın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="206" />
        <source>Refund (Ctrl+Enter)</source>
        <translation>İade et (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="207" />
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="235" />
        <source>Receipt {receipt} of {date}</source>
        <translation>{date} tarihli {receipt} fişi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="236" />
        <source>Paid {paid} (total {total}); refunded so far {refunded}</source>
        <translation>Ödenen {paid} (toplam {total}); şimdiye kadar iade {refunded}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="239" />
        <source>Member {name}: earned {points} points with this sale</source>
        <translation>Üye {name}: bu satışla {points} puan kazandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="242" />
        <source>This sale is already fully refunded.</source>
        <translation>Bu satış zaten tamamen iade edildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="256" />
        <source>Refunded {amount}.</source>
        <translation>{amount} iade edildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="258" />
        <source>Points taken back: {back}; points returned: {returned}; balance now {balance}.</source>
        <translation>Geri alınan puan: {back}; iade edilen puan: {returned}; yeni bakiye {balance}.</translation>
    </message>
</context>
<context>
    <name>SaleLinesModel</name>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="87" />
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="88" />
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="89" />
        <location filename="../../terminal/ui/sale_models.py" line="102" />
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="100" />
        <source>Amount · {category}</source>
        <translation>Tutar · {category}</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="164" />
        <source>Sale</source>
        <translation>Satış</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="165" />
        <source>Amount, e.g. {example}</source>
        <translation>Tutar, örn. {example}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="169" />
        <source>No category</source>
        <translation>Kategorisiz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="175" />
        <source>Add amount</source>
        <translation>Tutar ekle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="176" />
        <source>Scan or type a product code or SKU</source>
        <translation>Ürün barkodunu okutun ya da kodunu yazın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="177" />
        <source>Add product</source>
        <translation>Ürün ekle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="178" />
        <source>Remove line (Del)</source>
        <translation>Satırı sil (Del)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="179" />
        <source>Clear sale</source>
        <translation>Satışı temizle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="180" />
        <source>Rewards</source>
        <translation>Ödüller</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="181" />
        <source>Pay with points:</source>
        <translation>Puanla öde:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="182" />
        <source> pts</source>
        <translation> puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="183" />
        <source>This sale</source>
        <translation>Bu satış</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="184" />
        <source>Complete sale (F12)</source>
        <translation>Satışı tamamla (F12)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="201" />
        <source>The amount {text} is not valid: {why}</source>
        <translation>{text} tutarı geçersiz: {why}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="215" />
        <source>No product in the catalog has the code {code}.</source>
        <translation>Katalogda {code} kodlu ürün yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="272" />
        <source>find the member first</source>
        <translation>önce üyeyi bulun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="274" />
        <source>account blocked</source>
        <translation>hesap engelli</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="277" />
        <source>only with a voucher; none open</source>
        <translation>yalnızca kuponla; açık kupon yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="280" />
        <source>add {item} to the sale first</source>
        <translation>önce satışa {item} ekleyin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="282" />
        <source>voucher ready</source>
        <translation>kupon hazır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="284" />
        <source>needs {points} more points</source>
        <translation>{points} puan daha gerekli</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="285" />
        <source>available</source>
        <translation>kullanılabilir</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="289" />
        <source>{value}% off</source>
        <translation>%{value} indirim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="291" />
        <source>(max {money})</source>
        <translation>(en çok {money})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="295" />
        <source>free {item}</source>
        <translation>bedava {item}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="297" />
        <source>{money} to {charity}</source>
        <translation>{charity} için {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="298" />
        <source>{money} off</source>
        <translation>{money} indirim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="306" />
        <source>{points} pts</source>
        <translation>{points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="307" />
        <source>voucher</source>
        <translation>kupon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="348" />
        <source>Refused: {title}.
{detail}</source>
        <translation>Reddedildi: {title}.
{detail}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="352" />
        <location filename="../../terminal/ui/sale_panel.py" line="358" />
        <source>To pay {money}</source>
        <translation>Ödenecek {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="355" />
        <source>Add an amount or a product.</source>
        <translation>Bir tutar ya da ürün ekleyin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="359" />
        <source>Total {money}</source>
        <translation>Toplam {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="362" />
        <source>{reward}: −{money} ({points} pts)</source>
        <translation>{reward}: −{money} ({points} puan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="363" />
        <source>Points</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="366" />
        <source>{reward}: {money} donated to {charity} ({points} pts)</source>
        <translation>{reward}: {charity} kurumuna {money} bağış ({points} puan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="370" />
        <source>No member: no points</source>
        <translation>Üye yok: puan yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="375" />
        <source>+{points} points</source>
        <translation>+{points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="379" />
        <source>Nothing in this sale earns points.</source>
        <translation>Bu satışta puan kazandıran bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="381" />
        <source>New tier after this sale: {tier}</source>
        <translation>Bu satıştan sonra yeni seviye: {tier}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="321" />
        <source>Search by name</source>
        <translation>İsimle ara</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="322" />
        <source>Search members by name</source>
        <translation>Üyeleri isimle ara</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="323" />
        <source>Type at least two letters of the name</source>
        <translation>Adın en az iki harfini yazın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="324" />
        <source>Choose (Enter)</source>
        <translation>Seç (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="325" />
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="339" />
        <source>{count} found</source>
        <translation>{count} sonuç</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="98" />
        <location filename="../../terminal/ui/settings_dialog.py" line="99" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="100" />
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="101" />
        <source>Manager</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="102" />
        <source>Manager PIN</source>
        <translation>Yönetici PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="103" />
        <source>Sign in</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="104" />
        <source>Points (+/−):</source>
        <translation>Puan (+/−):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="105" />
        <source>Reason:</source>
        <translation>Gerekçe:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="106" />
        <source>required, e.g. goodwill for a late order</source>
        <translation>zorunlu, örn. geciken sipariş için jest</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="107" />
        <source>Adjust points</source>
        <translation>Puanı düzelt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="109" />
        <source>Unblock member</source>
        <translation>Engeli kaldır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="109" />
        <source>Block member</source>
        <translation>Üyeyi engelle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="110" />
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="118" />
        <source>Sign in with a manager PIN to adjust points or block a member.</source>
        <translation>Puan düzeltmek ya da üye engellemek için yönetici PIN’iyle girin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="120" />
        <source>Signed in as {name}. Find a member first to change their account.</source>
        <translation>{name} olarak girildi. Hesabı değiştirmek için önce üyeyi bulun.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="123" />
        <source>Signed in as {name}. Member: {member} ({points} points, {status}).</source>
        <translation>{name} olarak girildi. Üye: {member} ({points} puan, {status}).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="135" />
        <source>That PIN is not a manager's PIN.</source>
        <translation>Bu PIN bir yönetici PIN’i değil.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="143" />
        <source>Type the points and a reason.</source>
        <translation>Puanı ve gerekçeyi yazın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/settings_dialog.py" line="158" />
        <source>Saved. The change is in the audit log.</source>
        <translation>Kaydedildi. Değişiklik denetim kaydında.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="35" />
        <location filename="../../terminal/ui/status_bar.py" line="66" />
        <source>online</source>
        <translation>çevrim içi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="35" />
        <location filename="../../terminal/ui/status_bar.py" line="66" />
        <source>offline</source>
        <translation>çevrim dışı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="35" />
        <source>connecting</source>
        <translation>bağlanıyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="36" />
        <source>needs attention</source>
        <translation>ilgi gerekiyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="36" />
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="36" />
        <source>stopped</source>
        <translation>durdu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="37" />
        <source>not configured</source>
        <translation>ayarlı değil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="46" />
        <source>Scanner</source>
        <translation>Okuyucu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="46" />
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="46" />
        <source>Display</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="48" />
        <source>{device}: {state}</source>
        <translation>{device}: {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="62" />
        <source>HQ: checking…</source>
        <translation>Merkez: kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="64" />
        <source>HQ: not configured</source>
        <translation>Merkez: ayarlı değil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="66" />
        <source>not tried yet</source>
        <translation>henüz denenmedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="67" />
        <source>HQ: {state} · {count} unsynced</source>
        <translation>Merkez: {state} · {count} gönderilmemiş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="76" />
        <source>working…</source>
        <translation>çalışıyor…</translation>
    </message>
</context>
</TS>