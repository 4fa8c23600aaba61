<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>CheckoutWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="264"/>
        <source>Loyalty Terminal — {store}</source>
        <translation>Sadakat Terminali — {store}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="266"/>
        <source>{program} · till {terminal}</source>
        <translation>{program} · kasa {terminal}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="269"/>
        <source>Enroll F4</source>
        <translation>Üye kaydı F4</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="269"/>
        <source>Refund F6</source>
        <translation>İade F6</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="269"/>
        <source>Name F3</source>
        <translation>İsim F3</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="270"/>
        <source>Reprint F7</source>
        <translation>Tekrar yazdır F7</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="270"/>
        <source>Settings F9</source>
        <translation>Ayarlar F9</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="278"/>
        <source>Scan a loyalty card anywhere, or type the phone number. F3 searches by name.</source>
        <translation>Sadakat kartını herhangi bir yerde okutun ya da telefon numarasını yazın. F3 isimle arar.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="280"/>
        <source>Add amounts or scan products, choose rewards, then Complete sale (F12). Esc: next customer.</source>
        <translation>Tutar ekleyin ya da ürün okutun, ödül seçin, sonra Satışı tamamla (F12). Esc: sıradaki müşteri.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="299"/>
        <location filename="../../terminal/ui/main_window.py" line="301"/>
        <source>Keypad</source>
        <translation>Tuş takımı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="301"/>
        <source>Rewards</source>
        <translation>Ödüller</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="358"/>
        <source>Scanned {code}: close the open window first.</source>
        <translation>{code} okutuldu: önce açık pencereyi kapatın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="368"/>
        <source>The code {code} is not a member card, a product or a receipt.</source>
        <translation>{code} kodu bir üye kartı, ürün ya da fiş değil.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="379"/>
        <source>Looking up {ref}…</source>
        <translation>{ref} aranıyor…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="394"/>
        <source>{name}&apos;s account is blocked. Ring up the sale without the member.</source>
        <translation>{name} hesabı engelli. Satışı üyesiz yapın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="397"/>
        <source>Old card scanned: it was replaced by {card}.</source>
        <translation>Eski kart okutuldu: yerine {card} verildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="400"/>
        <source>{name} is on the sale: {points} points.</source>
        <translation>{name} satışta: {points} puan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="405"/>
        <source>Points: {points}</source>
        <translation>Puan: {points}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="414"/>
        <source>No member has the phone {phone}. Enroll the customer now?</source>
        <translation>{phone} numaralı üye yok. Müşteriyi şimdi kaydedelim mi?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="415"/>
        <source>Enroll (F4)</source>
        <translation>Kaydet (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="483"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="530"/>
        <source>Sale {receipt} complete: {paid} paid, +{earned} points, balance {balance}.</source>
        <translation>{receipt} satışı tamam: {paid} ödendi, +{earned} puan, bakiye {balance}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="534"/>
        <source>Sale {receipt} complete: {paid} paid.</source>
        <translation>{receipt} satışı tamam: {paid} ödendi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="541"/>
        <source>Thank you!</source>
        <translation>Teşekkürler!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="554"/>
        <source>Yes, add it (Enter)</source>
        <translation>Evet, ekle (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="554"/>
        <source>No (Esc)</source>
        <translation>Hayır (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="572"/>
        <source>No receipt to reprint yet on this till.</source>
        <translation>Bu kasada henüz tekrar yazdırılacak fiş yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="576"/>
        <source>Reprinting receipt {receipt}.</source>
        <translation>{receipt} fişi tekrar yazdırılıyor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="587"/>
        <source>the printer is out of paper</source>
        <translation>yazıcının kâğıdı bitti</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="588"/>
        <source>the printer is offline (cover open, or switched off)</source>
        <translation>yazıcı çevrimdışı (kapağı açık ya da kapalı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="589"/>
        <source>the printer cannot be reached</source>
        <translation>yazıcıya ulaşılamıyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="590"/>
        <source>the printer did not answer</source>
        <translation>yazıcı yanıt vermedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="591"/>
        <source>the printer reported a problem</source>
        <translation>yazıcı bir sorun bildirdi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="592"/>
        <source>{document} did not print: {why}. It is kept and prints when the printer is back.</source>
        <translation>{document} yazdırılamadı: {why}. Saklanıyor; yazıcı hazır olunca yazdırılacak.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="597"/>
        <source>{document} could not be printed, and was not kept. Press F7 to try again.</source>
        <translation>{document} yazdırılamadı ve saklanmadı. Yeniden denemek için F7’ye basın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="608"/>
        <source>The scanner is disconnected. The till reconnects it by itself; meanwhile type the phone number.</source>
        <translation>Tarayıcının bağlantısı kesildi. Kasa kendiliğinden yeniden bağlanıyor; bu arada telefon numarasını yazın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="610"/>
        <source>The customer display is disconnected. The till reconnects it by itself.</source>
        <translation>Müşteri ekranının bağlantısı kesildi. Kasa kendiliğinden yeniden bağlanıyor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="611"/>
        <source>A device is disconnected.</source>
        <translation>Bir cihazın bağlantısı kesildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py" line="628"/>
        <source>{name} is enrolled with card {card}.</source>
        <translation>{name} kaydedildi, kart {card}.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="124"/>
        <location filename="../../terminal/ui/dialogs.py" line="125"/>
        <source>Enroll a new member</source>
        <translation>Yeni üye kaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126"/>
        <source>Name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="126"/>
        <source>Email (optional)</source>
        <translation>E-posta (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="127"/>
        <source>Birthday (optional)</source>
        <translation>Doğum günü (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="127"/>
        <source>Referred by (card or phone)</source>
        <translation>Öneren (kart ya da telefon)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="128"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="130"/>
        <source>name@example.com</source>
        <translation>ad@ornek.com</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="131"/>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="132"/>
        <source>scan a pre-printed card, or leave empty</source>
        <translation>basılı bir kart okutun ya da boş bırakın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="133"/>
        <source>The customer agrees to receive offers</source>
        <translation>Müşteri kampanya mesajı almayı kabul ediyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="134"/>
        <source>Print a card slip for a new card number</source>
        <translation>Yeni kart numarası için kart fişi yazdır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="135"/>
        <source>Enroll (Ctrl+Enter)</source>
        <translation>Kaydet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="136"/>
        <source>Cancel (Esc)</source>
        <translation>Vazgeç (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="147"/>
        <source>Please type the member&apos;s name.</source>
        <translation>Lütfen üyenin adını yazın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="156"/>
        <source>Enrolling…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="67"/>
        <source>Delete the last character</source>
        <translation>Son karakteri sil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="68"/>
        <source>Clear the field</source>
        <translation>Alanı temizle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/keypad.py" line="69"/>
        <source>Enter</source>
        <translation>Onayla</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../terminal/ui/labels.py" line="19"/>
        <source>Base points</source>
        <translation>Temel puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="20"/>
        <source>Welcome bonus (first purchase)</source>
        <translation>Hoş geldin bonusu (ilk alışveriş)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="21"/>
        <source>Birthday month bonus</source>
        <translation>Doğum ayı bonusu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="23"/>
        <source>Bonus {code}</source>
        <translation>Bonus {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="25"/>
        <source>Category {name}</source>
        <translation>Kategori {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="27"/>
        <source>{name} tier bonus</source>
        <translation>{name} seviye bonusu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="29"/>
        <source>Campaign {code}</source>
        <translation>Kampanya {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="32"/>
        <source>Referral bonus (to the friend who referred)</source>
        <translation>Tavsiye bonusu (öneren arkadaşa)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="33"/>
        <source>Referral bonus</source>
        <translation>Tavsiye bonusu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="39"/>
        <source>amount off</source>
        <translation>tutar indirimi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="40"/>
        <source>percent off</source>
        <translation>yüzde indirim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="41"/>
        <source>free item</source>
        <translation>bedava ürün</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/labels.py" line="42"/>
        <source>donation</source>
        <translation>bağış</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="92"/>
        <source>Find the member</source>
        <translation>Üyeyi bul</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="93"/>
        <source>Scan the loyalty card anywhere, or type the phone number.</source>
        <translation>Sadakat kartını herhangi bir yerde okutun ya da telefon numarasını yazın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="94"/>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="95"/>
        <source>Find (Enter)</source>
        <translation>Bul (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/lookup.py" line="96"/>
        <source>Name (F3)</source>
        <translation>İsim (F3)</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="108"/>
        <source>Change (Esc)</source>
        <translation>Değiştir (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="115"/>
        <source>Card {card} · Phone {phone}</source>
        <translation>Kart {card} · Tel {phone}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="127"/>
        <source>BLOCKED: this account cannot earn or redeem points. Finish the sale without the member; a manager can unblock it.</source>
        <translation>ENGELLİ: bu hesap puan kazanamaz ve harcayamaz. Satışı üyesiz bitirin; engeli bir yönetici kaldırabilir.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="131"/>
        <source>The card scanned ({old}) was replaced by card {new}. Take the old card back; the points are on the new card.</source>
        <translation>Okutulan kartın ({old}) yerine {new} kartı verildi. Eski kartı geri alın; puanlar yeni kartta.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="135"/>
        <source>The card scanned ({old}) belonged to an account merged into this one.</source>
        <translation>Okutulan kart ({old}) bu hesapla birleştirilmiş bir hesaba aitti.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="139"/>
        <source>Negative balance: points were taken back after a refund. New points pay this debt first.</source>
        <translation>Eksi bakiye: bir iadeden sonra puan geri alındı. Yeni puanlar önce bu borcu kapatır.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="148"/>
        <source>{points} points</source>
        <translation>{points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="150"/>
        <source>Worth {money}</source>
        <translation>Değeri {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="179"/>
        <source>None expiring</source>
        <translation>Süresi dolacak puan yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="183"/>
        <source>{points} expire {date}</source>
        <translation>{points} puanın süresi {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="202"/>
        <source>{code} {units}/{of} {dots}</source>
        <translation>{code} {units}/{of} {dots}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="204"/>
        <source>A full {code} card gives {reward}.</source>
        <translation>Dolan {code} kartı {reward} kazandırır.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="158"/>
        <source>Top tier: {tier}</source>
        <translation>En üst seviye: {tier}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="161"/>
        <source>Top tier</source>
        <translation>En üst seviye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="173"/>
        <source>{money} more to reach {tier}</source>
        <translation>{tier} için {money} daha</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="186"/>
        <source>{points} points expire on {date}</source>
        <translation>{points} puanın süresi {date} tarihinde doluyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="196"/>
        <source>Vouchers: {list}</source>
        <translation>Kuponlar: {list}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/member_panel.py" line="198"/>
        <source>Vouchers: none</source>
        <translation>Kupon yok</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../terminal/ui/messages.py" line="30"/>
        <source>Type an amount first, like {example}.</source>
        <translation>Önce bir tutar yazın, örneğin {example}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="31"/>
        <source>Write the decimals after “{point}”, like {example}. “{other}” is not accepted, so nothing was added.</source>
        <translation>Kuruşları “{point}” işaretinden sonra yazın, örneğin {example}. “{other}” kabul edilmez; bu yüzden bir şey eklenmedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="33"/>
        <source>“{text}” is not an amount. Type digits, like {example}.</source>
        <translation>“{text}” bir tutar değil. Rakam yazın, örneğin {example}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="34"/>
        <source>Amounts in {currency} have no decimals.</source>
        <translation>{currency} tutarlarında kuruş yoktur.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="36"/>
        <source>Amounts in {currency} have at most {decimals} decimals: “{text}” has more.</source>
        <translation>{currency} tutarları en çok {decimals} ondalık basamak alır: “{text}” daha fazlasını içeriyor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="38"/>
        <source>The amount must be more than zero.</source>
        <translation>Tutar sıfırdan büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="39"/>
        <source>“{text}” is far too large for a sale. Check the amount.</source>
        <translation>“{text}” bir satış için çok büyük. Tutarı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="53"/>
        <source>Something went wrong, and nothing was changed. Try again; if it happens again, call the manager (the details are in the log).</source>
        <translation>Bir şeyler ters gitti ve hiçbir şey değişmedi. Yeniden deneyin; yine olursa yöneticiyi çağırın (ayrıntılar kayıtta).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="62"/>
        <source>No member has the card {card}.</source>
        <translation>{card} kartına sahip üye yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="64"/>
        <source>No member has the phone {phone}.</source>
        <translation>{phone} numaralı üye yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="65"/>
        <source>No member was found.</source>
        <translation>Üye bulunamadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="67"/>
        <source>{card} is not a valid card number: its last digit does not match. Scan the card again.</source>
        <translation>{card} geçerli bir kart numarası değil: son hanesi tutmuyor. Kartı yeniden okutun.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="70"/>
        <source>{phone} is not a valid phone number. Check the digits.</source>
        <translation>{phone} geçerli bir telefon numarası değil. Rakamları kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="73"/>
        <source>Another member already has the phone {phone}. Find that member instead.</source>
        <translation>{phone} numarası başka bir üyede kayıtlı. Onun yerine o üyeyi bulun.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="76"/>
        <source>This member&apos;s account is blocked: finish the sale without the member.</source>
        <translation>Bu üyenin hesabı engelli: satışı üyesiz bitirin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="79"/>
        <source>Not enough points: the member has {balance} and the chosen rewards cost {cost}.</source>
        <translation>Puan yetmiyor: üyenin {balance} puanı var, seçilen ödüller {cost} puan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="82"/>
        <source>The member does not have enough points for the chosen rewards.</source>
        <translation>Üyenin puanı seçilen ödüllere yetmiyor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="85"/>
        <source>Pay at least {points} points, or none.</source>
        <translation>En az {points} puan kullanın ya da hiç kullanmayın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="88"/>
        <source>Points can pay at most {share}% of a sale: {limit} of this one. Untick a reward or pay fewer points.</source>
        <translation>Puanlar bir satışın en çok %{share} kadarını ödeyebilir: bu satışta {limit}. Bir ödülü kaldırın ya da daha az puan kullanın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="91"/>
        <source>Points cannot pay that much of this sale. Untick a reward or pay fewer points.</source>
        <translation>Puanlar bu satışın bu kadarını ödeyemez. Bir ödülü kaldırın ya da daha az puan kullanın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="96"/>
        <source>The rewards chosen take off {discounts}, more than the sale&apos;s {total}. Untick one.</source>
        <translation>Seçilen ödüller {discounts} indiriyor; bu, satışın {total} tutarından fazla. Birini kaldırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="98"/>
        <source>A chosen reward does not apply to this sale. Untick it to go on.</source>
        <translation>Seçilen bir ödül bu satışa uygulanamıyor. Devam etmek için kaldırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="100"/>
        <source>A chosen reward is no longer in the program. Untick it to go on.</source>
        <translation>Seçilen bir ödül artık programda yok. Devam etmek için kaldırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="102"/>
        <source>No sale has the receipt number {receipt}.</source>
        <translation>{receipt} fiş numaralı satış yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="106"/>
        <source>That is more than is left to refund on this receipt: {money}.</source>
        <translation>Bu, fişte iade edilebilecek kalan tutardan fazla: {money}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="108"/>
        <source>That is more than is left to refund on this receipt.</source>
        <translation>Bu, fişte iade edilebilecek kalan tutardan fazla.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="110"/>
        <source>Wrong PIN. Too many wrong PINs in a row: PINs are locked for {seconds} seconds.</source>
        <translation>Yanlış PIN. Art arda çok fazla yanlış PIN: PIN&apos;ler {seconds} saniye kilitli.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="113"/>
        <source>Wrong PIN. Wait {seconds} seconds before the next try.</source>
        <translation>Yanlış PIN. Sonraki denemeden önce {seconds} saniye bekleyin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="116"/>
        <source>No product in the catalog has the code {code}.</source>
        <translation>Katalogda {code} kodlu ürün yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="119"/>
        <source>Wrong PIN, or the PIN of someone who may not do this. Ask a manager.</source>
        <translation>Yanlış PIN ya da bu işlemi yapamayan birinin PIN&apos;i. Bir yöneticiye başvurun.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="120"/>
        <source>Too many wrong PINs: PINs are locked for a while. Try again later.</source>
        <translation>Çok fazla yanlış PIN: PIN&apos;ler bir süre kilitli. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="121"/>
        <source>Head office refused this terminal. Call the manager.</source>
        <translation>Genel merkez bu kasayı reddetti. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="122"/>
        <source>Head office is not set up yet. Call the manager.</source>
        <translation>Genel merkez henüz kurulmadı. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="123"/>
        <source>That conflict is no longer there. Refresh the list.</source>
        <translation>Bu çakışma artık yok. Listeyi yenileyin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="124"/>
        <source>The till&apos;s database is busy for a moment. Try again.</source>
        <translation>Kasanın veritabanı bir an meşgul. Yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="125"/>
        <source>The till&apos;s database cannot be used. Call the manager.</source>
        <translation>Kasanın veritabanı kullanılamıyor. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="126"/>
        <source>The till&apos;s database is damaged. Call the manager to restore the last backup.</source>
        <translation>Kasanın veritabanı hasarlı. Son yedeği geri yüklemesi için yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="127"/>
        <source>The till&apos;s database file is not a loyalty database. Call the manager.</source>
        <translation>Kasanın veritabanı dosyası bir sadakat veritabanı değil. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="128"/>
        <source>The till&apos;s database cannot be written. Nothing was changed. Call the manager.</source>
        <translation>Kasanın veritabanına yazılamıyor. Hiçbir şey değişmedi. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="129"/>
        <source>The till&apos;s disk is full. Nothing was changed. Call the manager.</source>
        <translation>Kasanın diski dolu. Hiçbir şey değişmedi. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="130"/>
        <source>The till could not read or write a file. Nothing was changed. Call the manager.</source>
        <translation>Kasa bir dosyayı okuyamadı ya da yazamadı. Hiçbir şey değişmedi. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="131"/>
        <source>No loyalty program is loaded yet. Call the manager.</source>
        <translation>Henüz bir sadakat programı yüklenmedi. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="132"/>
        <source>The till&apos;s records did not pass their check. Call the manager.</source>
        <translation>Kasanın kayıtları denetimden geçemedi. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="133"/>
        <source>That receipt id looks like one of the till&apos;s receipt numbers. Use the register&apos;s own number.</source>
        <translation>Bu fiş kimliği kasanın fiş numaralarına benziyor. Yazarkasanın kendi numarasını kullanın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="126"/>
        <source>Head office cannot be reached. The till keeps working on its own.</source>
        <translation>Merkeze ulaşılamıyor. Kasa kendi başına çalışmayı sürdürüyor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="127"/>
        <source>That amount cannot be used. Check it and try again.</source>
        <translation>Bu tutar kullanılamaz. Kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="128"/>
        <source>Please check what was typed: a name, an email like name@example.com, a birthday like 1990-07-14.</source>
        <translation>Lütfen yazılanları kontrol edin: ad, ad@ornek.com gibi bir e-posta, 1990-07-14 gibi bir doğum günü.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="130"/>
        <source>The loyalty program is not valid. Call the manager.</source>
        <translation>Sadakat programı geçerli değil. Yöneticiyi çağırın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/messages.py" line="135"/>
        <source>That was refused, and nothing was changed. Call the manager if it happens again.</source>
        <translation>Bu reddedildi ve hiçbir şey değişmedi. Yine olursa yöneticiyi çağırın.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="63"/>
        <source>COPY</source>
        <translation>KOPYA</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="64"/>
        <source>Receipt</source>
        <translation>Fiş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="65"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="66"/>
        <source>Cashier</source>
        <translation>Kasiyer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="67"/>
        <source>Terminal</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="68"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="69"/>
        <source>Paid</source>
        <translation>Ödenen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="70"/>
        <source>LOYALTY</source>
        <translation>SADAKAT</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="71"/>
        <source>Member</source>
        <translation>Üye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="72"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="73"/>
        <source>Tier</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="74"/>
        <source>Points before</source>
        <translation>Önceki puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="75"/>
        <source>Points earned</source>
        <translation>Kazanılan puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="76"/>
        <source>Bonus points</source>
        <translation>Bonus puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="77"/>
        <source>Points redeemed</source>
        <translation>Harcanan puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="78"/>
        <source>Points balance</source>
        <translation>Puan bakiyesi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="79"/>
        <source>Expiring</source>
        <translation>Süresi doluyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="80"/>
        <source>Your card</source>
        <translation>Kartınız</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="81"/>
        <source>Receipt for refunds</source>
        <translation>İade için fiş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="82"/>
        <source>Welcome,</source>
        <translation>Hoş geldiniz,</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="83"/>
        <source>Your loyalty card number</source>
        <translation>Sadakat kartı numaranız</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="84"/>
        <source>Issued</source>
        <translation>Veriliş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="85"/>
        <source>Show this code at the till to collect and spend your points.</source>
        <translation>Puan kazanmak ve harcamak için bu kodu kasada gösterin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="86"/>
        <source>REFUND</source>
        <translation>İADE</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="87"/>
        <source>Refunded</source>
        <translation>İade edilen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="88"/>
        <source>Approved by</source>
        <translation>Onaylayan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="89"/>
        <source>Points taken back</source>
        <translation>Geri alınan puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="90"/>
        <source>Points returned</source>
        <translation>İade edilen puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="91"/>
        <source>Original receipt</source>
        <translation>Asıl fiş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="98"/>
        <source>Thank you!</source>
        <translation>Teşekkürler!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="99"/>
        <source>Keep this receipt for refunds.</source>
        <translation>İade için bu fişi saklayın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="101"/>
        <source>{points} points</source>
        <translation>{points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="102"/>
        <source>{reward} (voucher)</source>
        <translation>{reward} (kupon)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="103"/>
        <source>{reward} ({points} pts)</source>
        <translation>{reward} ({points} puan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="104"/>
        <source>Donated to {charity}</source>
        <translation>{charity} kurumuna bağış</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="105"/>
        <source>{money} more to reach {tier}</source>
        <translation>{tier} seviyesine {money} kaldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/receipt_mapping.py" line="100"/>
        <source>Sale</source>
        <translation>Satış</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="566"/>
        <source>Receipt {receipt} (simulated printer)</source>
        <translation>Fiş {receipt} (sanal yazıcı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="567"/>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="249"/>
        <source>Refund</source>
        <translation>İade</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="250"/>
        <source>Refund a sale</source>
        <translation>Satış iadesi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="251"/>
        <source>Scan the receipt barcode or type its number</source>
        <translation>Fiş barkodunu okutun ya da numarasını yazın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="252"/>
        <source>Find sale (Enter)</source>
        <translation>Satışı bul (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="253"/>
        <source>Tick the lines to refund, or type an amount:</source>
        <translation>İade edilecek satırları işaretleyin ya da bir tutar yazın:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="254"/>
        <source>Amount:</source>
        <translation>Tutar:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="255"/>
        <source>empty: everything left</source>
        <translation>boş: kalanın tamamı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="256"/>
        <source>Manager PIN:</source>
        <translation>Yönetici PIN:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="257"/>
        <source>needed above {limit}</source>
        <translation>{limit} üzerinde gerekir</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="309"/>
        <source>Paid {paid} (total {total}); refunded so far {refunded}; left {left}</source>
        <translation>Ödenen {paid} (toplam {total}); şimdiye kadar iade {refunded}; kalan {left}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="258"/>
        <source>Refund (Ctrl+Enter)</source>
        <translation>İade et (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="259"/>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="308"/>
        <source>Receipt {receipt} of {date}</source>
        <translation>{date} tarihli {receipt} fişi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="313"/>
        <source>Member {name}: earned {points} points with this sale</source>
        <translation>Üye {name}: bu satışla {points} puan kazandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="316"/>
        <source>This sale is already fully refunded.</source>
        <translation>Bu satış zaten tamamen iade edildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="325"/>
        <source>{qty} × {name}: paid {paid}</source>
        <translation>{qty} × {name}: ödenen {paid}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="382"/>
        <source>Refunds above {limit} need a manager&apos;s PIN: ask a manager to type it.</source>
        <translation>{limit} üzerindeki iadeler yönetici PIN’i ister: bir yöneticiden yazmasını isteyin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="401"/>
        <source>Refunded {amount}.</source>
        <translation>{amount} iade edildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="403"/>
        <source>Points taken back: {back}; points returned: {returned}; balance now {balance}.</source>
        <translation>Geri alınan puan: {back}; iade edilen puan: {returned}; yeni bakiye {balance}.</translation>
    </message>
</context>
<context>
    <name>RewardsPanel</name>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="133"/>
        <source>Pay with points:</source>
        <translation>Puanla öde:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="134"/>
        <source> pts</source>
        <translation> puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="238"/>
        <source>Reward {code}</source>
        <translation>Ödül {code}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="241"/>
        <source>{left} of {balance} points left for rewards</source>
        <translation>{balance} puanın {left} puanı ödüller için kaldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="255"/>
        <source>Blocked: no rewards</source>
        <translation>Engelli: ödül yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="259"/>
        <source>After this sale: {points} pts</source>
        <translation>Satış sonrası: {points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="261"/>
        <source>After rewards: {points} pts</source>
        <translation>Ödül sonrası: {points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="266"/>
        <source>{value}% off</source>
        <translation>%{value} indirim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="268"/>
        <source>(up to {money})</source>
        <translation>(en çok {money})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="272"/>
        <source>Free {item}</source>
        <translation>Bedava {item}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="274"/>
        <source>Give {money} to {charity}</source>
        <translation>{charity} için {money} bağış</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="276"/>
        <source>{money} off</source>
        <translation>{money} indirim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="281"/>
        <source>Voucher ×{count}</source>
        <translation>Kupon ×{count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="283"/>
        <source>Voucher</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="284"/>
        <source>{points} pts</source>
        <translation>{points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="289"/>
        <source>✓ chosen</source>
        <translation>✓ seçildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="291"/>
        <source>find the member first</source>
        <translation>önce üyeyi bulun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="293"/>
        <source>account blocked</source>
        <translation>hesap engelli</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="295"/>
        <source>no voucher open</source>
        <translation>açık kupon yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="298"/>
        <source>add {item} first</source>
        <translation>önce {item} ekleyin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="301"/>
        <source>available: voucher</source>
        <translation>uygun: kupon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="304"/>
        <source>needs {points} more</source>
        <translation>{points} puan eksik</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/rewards.py" line="306"/>
        <source>available, leaves {points}</source>
        <translation>uygun, {points} kalır</translation>
    </message>
</context>
<context>
    <name>SaleLinesModel</name>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="87"/>
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="88"/>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="89"/>
        <location filename="../../terminal/ui/sale_models.py" line="102"/>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_models.py" line="100"/>
        <source>Amount · {category}</source>
        <translation>Tutar · {category}</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="155"/>
        <source>Amount, e.g. {example}</source>
        <translation>Tutar, örn. {example}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="159"/>
        <source>No category</source>
        <translation>Kategorisiz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="168"/>
        <source>Remove line (Del)</source>
        <translation>Satırı sil (Del)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="169"/>
        <source>Clear sale</source>
        <translation>Satışı temizle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="170"/>
        <source>Complete sale (F12)</source>
        <translation>Satışı tamamla (F12)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="210"/>
        <source>No product in the catalog has the code {code}.</source>
        <translation>Katalogda {code} kodlu ürün yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="264"/>
        <location filename="../../terminal/ui/sale_panel.py" line="270"/>
        <source>To pay {money}</source>
        <translation>Ödenecek {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="267"/>
        <source>Add an amount or a product.</source>
        <translation>Bir tutar ya da ürün ekleyin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="271"/>
        <source>Total {money}</source>
        <translation>Toplam {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="275"/>
        <source>{reward}: −{money} ({points} pts)</source>
        <translation>{reward}: −{money} ({points} puan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="273"/>
        <source>Points</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="165"/>
        <location filename="../../terminal/ui/sale_panel.py" line="167"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="166"/>
        <source>Scan or type a product code</source>
        <translation>Ürün kodunu okutun ya da yazın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="191"/>
        <source>Add {money} to the sale? That is more than {limit}.</source>
        <translation>{money} satışa eklensin mi? Bu, {limit} tutarından fazla.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="261"/>
        <source>Cannot complete: {reason}</source>
        <translation>Tamamlanamaz: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="278"/>
        <source>{reward}: {money} donated to {charity} ({points} pts)</source>
        <translation>{reward}: {charity} kurumuna {money} bağış ({points} puan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="282"/>
        <source>No member: no points</source>
        <translation>Üye yok: puan yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="287"/>
        <source>+{points} points</source>
        <translation>+{points} puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="291"/>
        <source>Nothing in this sale earns points.</source>
        <translation>Bu satışta puan kazandıran bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/sale_panel.py" line="293"/>
        <source>New tier after this sale: {tier}</source>
        <translation>Bu satıştan sonra yeni seviye: {tier}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="470"/>
        <source>Search by name</source>
        <translation>İsimle ara</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="471"/>
        <source>Search members by name</source>
        <translation>Üyeleri isimle ara</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="472"/>
        <source>Type at least two letters of the name</source>
        <translation>Adın en az iki harfini yazın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="473"/>
        <source>Choose (Enter)</source>
        <translation>Seç (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="474"/>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs.py" line="495"/>
        <source>{count} found</source>
        <translation>{count} sonuç</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43"/>
        <location filename="../../terminal/ui/status_bar.py" line="78"/>
        <source>online</source>
        <translation>çevrim içi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43"/>
        <location filename="../../terminal/ui/status_bar.py" line="78"/>
        <source>offline</source>
        <translation>çevrim dışı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="43"/>
        <source>connecting</source>
        <translation>bağlanıyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44"/>
        <source>needs attention</source>
        <translation>ilgi gerekiyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44"/>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="44"/>
        <source>stopped</source>
        <translation>durdu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="45"/>
        <source>not configured</source>
        <translation>ayarlı değil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54"/>
        <source>Scanner</source>
        <translation>Okuyucu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54"/>
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="54"/>
        <source>Display</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="56"/>
        <source>{device}: {state}</source>
        <translation>{device}: {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="74"/>
        <source>HQ: checking…</source>
        <translation>Merkez: kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="76"/>
        <source>HQ: not configured</source>
        <translation>Merkez: ayarlı değil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="78"/>
        <source>not tried yet</source>
        <translation>henüz denenmedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="80"/>
        <source>syncing…</source>
        <translation>eşitleniyor…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="81"/>
        <source>HQ: {state}</source>
        <translation>Merkez: {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="82"/>
        <source>{count} unsynced</source>
        <translation>{count} gönderilmedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="84"/>
        <source>{count} conflicts</source>
        <translation>{count} çakışma</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="87"/>
        <source>clock {minutes:+d} min</source>
        <translation>saat {minutes:+d} dk</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="95"/>
        <source>This till&apos;s clock differs from head office&apos;s by {seconds} seconds: set the clock.</source>
        <translation>Bu kasanın saati genel merkezinkinden {seconds} saniye farklı: saati ayarlayın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="103"/>
        <source>Sync now (F10)</source>
        <translation>Şimdi eşitle (F10)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_bar.py" line="106"/>
        <source>working…</source>
        <translation>çalışıyor…</translation>
    </message>
</context>
</TS>
