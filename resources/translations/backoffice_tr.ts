<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="59"/>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="62"/>
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="63"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="64"/>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="65"/>
        <source>Member: card or phone</source>
        <translation>Üye: kart veya telefon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="66"/>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="67"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="67"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="67"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="67"/>
        <source>Member</source>
        <translation>Üye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="68"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="68"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="70"/>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="92"/>
        <source>All staff</source>
        <translation>Tüm personel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="72"/>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="100"/>
        <source>All actions</source>
        <translation>Tüm işlemler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/audit_screen.py" line="109"/>
        <source>{count} entries (newest first, at most 500)</source>
        <translation>{count} kayıt (en yeni önce, en çok 500)</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../terminal/ui/backoffice/window.py" line="146"/>
        <source>Back office — {store}</source>
        <translation>Arka ofis — {store}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/window.py" line="147"/>
        <source>Back office</source>
        <translation>Arka ofis</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/window.py" line="148"/>
        <source>{store} · signed in: {name} (manager)</source>
        <translation>{store} · giriş yapan: {name} (müdür)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/window.py" line="150"/>
        <source>Sign out</source>
        <translation>Çıkış yap</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="69"/>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="49"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="49"/>
        <source>Member</source>
        <translation>Üye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="49"/>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="50"/>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="50"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="51"/>
        <source>Note: what was done about it</source>
        <translation>Not: bu konuda ne yapıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="52"/>
        <source>Resolve</source>
        <translation>Çöz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="61"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="61"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="70"/>
        <source>Conflicts waiting: {count}</source>
        <translation>Bekleyen çakışmalar: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="74"/>
        <source>Refunds exceed the sale</source>
        <translation>İadeler satışı aşıyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="75"/>
        <source>Voucher used twice</source>
        <translation>Kupon iki kez kullanıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="76"/>
        <source>Points spent twice (balance below zero)</source>
        <translation>Puan iki kez harcandı (bakiye sıfırın altında)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="77"/>
        <source>Blocked member served offline</source>
        <translation>Engelli üyeye çevrimdışı satış yapıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="78"/>
        <source>Bonus paid twice</source>
        <translation>Bonus iki kez ödendi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="79"/>
        <source>Same phone enrolled twice</source>
        <translation>Aynı telefon iki kez kaydedildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="80"/>
        <source>Merges disagree</source>
        <translation>Birleştirmeler çelişiyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="81"/>
        <source>Card issued twice</source>
        <translation>Kart iki kez verildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="82"/>
        <source>External receipt id used twice</source>
        <translation>Harici fiş numarası iki kez kullanıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="83"/>
        <source>Receipt number reused</source>
        <translation>Fiş numarası yeniden kullanıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/conflicts_panel.py" line="95"/>
        <source>Select a conflict and write a note.</source>
        <translation>Bir çakışma seçin ve not yazın.</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="133"/>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="136"/>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="137"/>
        <source>Found:</source>
        <translation>Bulunan:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="137"/>
        <source>Scanner:</source>
        <translation>Barkod okuyucu:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="137"/>
        <source>Receipt printer:</source>
        <translation>Fiş yazıcısı:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="138"/>
        <source>Pole display:</source>
        <translation>Müşteri ekranı:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="138"/>
        <source>Paper width:</source>
        <translation>Kâğıt genişliği:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="139"/>
        <source>Live scan monitor (scan anything):</source>
        <translation>Canlı okuma izleyicisi (herhangi bir şey okutun):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="141"/>
        <source>Look for devices</source>
        <translation>Cihazları ara</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="143"/>
        <source>Use found</source>
        <translation>Bulunanı kullan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="144"/>
        <source>Stop listening</source>
        <translation>Dinlemeyi durdur</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="144"/>
        <source>Listen</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="145"/>
        <source>Test print</source>
        <translation>Test yazdır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="146"/>
        <source>Test display</source>
        <translation>Ekranı test et</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="147"/>
        <source>Save for the next start</source>
        <translation>Sonraki açılış için kaydet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="149"/>
        <source>none, or a URL such as serial:///dev/ttyACM0 or sim:</source>
        <translation>yok veya serial:///dev/ttyACM0 ya da sim: gibi bir adres</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="179"/>
        <source>State: {state} {message}</source>
        <translation>Durum: {state} {message}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="201"/>
        <source>The till&apos;s scanner is listening: scan a code.</source>
        <translation>Kasanın okuyucusu dinliyor: bir kod okutun.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="211"/>
        <source>Listening on {url}: scan a code.</source>
        <translation>{url} dinleniyor: bir kod okutun.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="222"/>
        <source>Printing a test page…</source>
        <translation>Test sayfası yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="228"/>
        <source>Test page printed ({count} bytes, paper: {paper}).</source>
        <translation>Test sayfası yazdırıldı ({count} bayt, kâğıt: {paper}).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="237"/>
        <source>Test print failed: {problem}</source>
        <translation>Test yazdırma başarısız: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="241"/>
        <source>Display test</source>
        <translation>Ekran testi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="245"/>
        <source>The display shows: {lines}</source>
        <translation>Ekranda görünen: {lines}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/devices_screen.py" line="253"/>
        <source>Saved. The till uses these devices from its next start.</source>
        <translation>Kaydedildi. Kasa bu cihazları bir sonraki açılışta kullanır.</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="108"/>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="111"/>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="112"/>
        <source>Name, phone or card number</source>
        <translation>Ad, telefon veya kart numarası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="113"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="113"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="113"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="113"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="114"/>
        <source>Points and card</source>
        <translation>Puan ve kart</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="114"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="114"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="115"/>
        <source>Audit</source>
        <translation>Denetim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="117"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="117"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="117"/>
        <source>Email:</source>
        <translation>E-posta:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="118"/>
        <source>Birthday:</source>
        <translation>Doğum günü:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="118"/>
        <source>Reason:</source>
        <translation>Gerekçe:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="120"/>
        <source>Agrees to receive offers</source>
        <translation>Kampanya bildirimlerini kabul ediyor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="121"/>
        <source>optional, e.g. member asked at the desk</source>
        <translation>isteğe bağlı, ör. üye kasada istedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="122"/>
        <source>Save profile</source>
        <translation>Profili kaydet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="123"/>
        <source>Adjust points (+ adds, − takes away). A reason is required.</source>
        <translation>Puanı düzelt (+ ekler, − düşer). Gerekçe zorunludur.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="124"/>
        <source>Reason, e.g. goodwill for a late order</source>
        <translation>Gerekçe, ör. geciken sipariş için jest</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="125"/>
        <source>Adjust points</source>
        <translation>Puanı düzelt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="126"/>
        <source>Lost card: issue a new number (or type a pre-printed card) and print a card slip. The old card stops working.</source>
        <translation>Kayıp kart: yeni numara verin (veya basılı bir kart numarası yazın) ve kart fişi yazdırın. Eski kart artık çalışmaz.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="128"/>
        <source>Pre-printed card number (optional)</source>
        <translation>Basılı kart numarası (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="129"/>
        <source>Replace card</source>
        <translation>Kartı yenile</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="130"/>
        <source>Duplicate account: move everything of this member into another (card or phone of the account that stays).</source>
        <translation>Mükerrer hesap: bu üyenin her şeyini başka bir hesaba taşı (kalacak hesabın kartı veya telefonu).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="132"/>
        <source>Card or phone of the account that stays</source>
        <translation>Kalacak hesabın kartı veya telefonu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="133"/>
        <source>Click again to merge</source>
        <translation>Birleştirmek için tekrar tıklayın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="133"/>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="134"/>
        <source>A blocked member can neither earn nor spend points.</source>
        <translation>Engellenen üye puan kazanamaz ve harcayamaz.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="136"/>
        <source>Unblock member</source>
        <translation>Engeli kaldır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="136"/>
        <source>Block member</source>
        <translation>Üyeyi engelle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="137"/>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="139"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="137"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="137"/>
        <source>Points</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="137"/>
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="138"/>
        <source>Receipt</source>
        <translation>Fiş</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="138"/>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="139"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="139"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="139"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="200"/>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="200"/>
        <source>blocked</source>
        <translation>engelli</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="200"/>
        <source>merged</source>
        <translation>birleştirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="206"/>
        <source>No member chosen</source>
        <translation>Üye seçilmedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="207"/>
        <source>Search on the left, then pick a member.</source>
        <translation>Soldan arayın, sonra bir üye seçin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="210"/>
        <source>Card {card} · {tier} · {points} points ({value}) · {status}</source>
        <translation>Kart {card} · {tier} · {points} puan ({value}) · {status}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="216"/>
        <source>Saved. The change is in the audit log.</source>
        <translation>Kaydedildi. Değişiklik denetim kaydında.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="229"/>
        <source>Type the points and a reason.</source>
        <translation>Puanı ve gerekçeyi yazın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="250"/>
        <source>New card {card}; the card slip is printing.</source>
        <translation>Yeni kart {card}; kart fişi yazdırılıyor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="255"/>
        <source>Type the card or phone of the account that stays.</source>
        <translation>Kalacak hesabın kartını veya telefonunu yazın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="260"/>
        <source>{name}&apos;s points, vouchers and cards will move into {target}. Click again to merge.</source>
        <translation>{name} adlı üyenin puanları, kuponları ve kartları {target} hesabına taşınacak. Birleştirmek için tekrar tıklayın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/members_screen.py" line="269"/>
        <source>Merged into {name}.</source>
        <translation>{name} hesabına birleştirildi.</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="48"/>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="60"/>
        <source>Print queue</source>
        <translation>Yazdırma kuyruğu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="61"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="61"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="61"/>
        <source>Queued</source>
        <translation>Kuyruğa girdi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="62"/>
        <source>Attempts</source>
        <translation>Deneme</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="62"/>
        <source>Last error</source>
        <translation>Son hata</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="63"/>
        <source>Retry now</source>
        <translation>Şimdi yeniden dene</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="64"/>
        <source>Discard selected</source>
        <translation>Seçileni kuyruktan çıkar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="65"/>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="66"/>
        <source>Receipt number, e.g. T001-000042</source>
        <translation>Fiş numarası, ör. T001-000042</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="67"/>
        <source>Reprint</source>
        <translation>Yeniden yazdır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="76"/>
        <source>No receipt printer is configured.</source>
        <translation>Fiş yazıcısı ayarlı değil.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="86"/>
        <source>{count} waiting · printer: {state} {message}</source>
        <translation>{count} bekliyor · yazıcı: {state} {message}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="94"/>
        <source>Trying the queue now.</source>
        <translation>Kuyruk şimdi deneniyor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="100"/>
        <source>Select a job first.</source>
        <translation>Önce bir iş seçin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="109"/>
        <source>{document} taken out of the queue; it can still be reprinted.</source>
        <translation>{document} kuyruktan çıkarıldı; yine de yeniden yazdırılabilir.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/print_queue_screen.py" line="121"/>
        <source>{document} queued again.</source>
        <translation>{document} yeniden kuyruğa alındı.</translation>
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
        <translation>Seviyeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="107"/>
        <source>Categories</source>
        <translation>Kategoriler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="108"/>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="108"/>
        <source>Punch cards</source>
        <translation>Damga kartları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="109"/>
        <source>Rewards</source>
        <translation>Ödüller</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="109"/>
        <source>Redemption limits</source>
        <translation>Harcama sınırları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="110"/>
        <source>Tier window</source>
        <translation>Seviye dönemi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="110"/>
        <source>Referral</source>
        <translation>Tavsiye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="111"/>
        <source>Loyalty program</source>
        <translation>Sadakat programı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="115"/>
        <source>Add row</source>
        <translation>Satır ekle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="117"/>
        <source>Remove row</source>
        <translation>Satırı sil</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="118"/>
        <source>Import TOML…</source>
        <translation>TOML içe aktar…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="119"/>
        <source>Export TOML…</source>
        <translation>TOML dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="120"/>
        <source>Undo changes</source>
        <translation>Değişiklikleri geri al</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="121"/>
        <source>Save as new version</source>
        <translation>Yeni sürüm olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="122"/>
        <source>Sample basket:</source>
        <translation>Örnek sepet:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="123"/>
        <source>CATEGORY=AMOUNT or CATEGORY=AMOUNTxQTY, separated by commas</source>
        <translation>KATEGORİ=TUTAR veya KATEGORİ=TUTARxADET, virgülle ayrılmış</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="125"/>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="135"/>
        <source>version {version} in force</source>
        <translation>yürürlükte sürüm {version}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="168"/>
        <source>Not valid: {problem}</source>
        <translation>Geçersiz: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="171"/>
        <source>Valid. Saving makes it version {version}.</source>
        <translation>Geçerli. Kaydetmek sürüm {version} yapar.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="172"/>
        <source>Valid: the program in force.</source>
        <translation>Geçerli: yürürlükteki program.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="211"/>
        <source>In force</source>
        <translation>Yürürlükte</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="212"/>
        <source>After saving</source>
        <translation>Kaydettikten sonra</translation>
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
        <translation>{label}: {paid} için {tier} olarak {points} puan (+{bonus} bonus)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="233"/>
        <source>Saved as version {version}. The next sale earns by it.</source>
        <translation>Sürüm {version} olarak kaydedildi. Sonraki satış buna göre puan kazandırır.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="240"/>
        <source>Import TOML</source>
        <translation>TOML içe aktar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="247"/>
        <source>Cannot read {path}: {problem}</source>
        <translation>{path} okunamadı: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="250"/>
        <source>Imported {path}; check it, then save.</source>
        <translation>{path} içe aktarıldı; kontrol edip kaydedin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="254"/>
        <source>Export TOML</source>
        <translation>TOML dışa aktar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="261"/>
        <source>Cannot write {path}: {problem}</source>
        <translation>{path} yazılamadı: {problem}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/program_screen.py" line="263"/>
        <source>Written to {path}.</source>
        <translation>{path} dosyasına yazıldı.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="11"/>
        <source>Daily summary</source>
        <translation>Günlük özet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="12"/>
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="13"/>
        <source>Member sales</source>
        <translation>Üye satışları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="14"/>
        <source>Revenue</source>
        <translation>Ciro</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="15"/>
        <source>Member revenue</source>
        <translation>Üye cirosu</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="16"/>
        <source>Loyalty discounts</source>
        <translation>Sadakat indirimleri</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="17"/>
        <source>Refunds</source>
        <translation>İadeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="18"/>
        <source>Points earned</source>
        <translation>Kazanılan puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="19"/>
        <source>Points redeemed</source>
        <translation>Harcanan puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="20"/>
        <source>Points expired</source>
        <translation>Süresi dolan puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="21"/>
        <source>Points clawed back</source>
        <translation>Geri alınan puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="22"/>
        <source>Donations</source>
        <translation>Bağışlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="23"/>
        <source>Enrollments</source>
        <translation>Yeni üyeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="24"/>
        <source>Active members</source>
        <translation>Aktif üyeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="25"/>
        <source>Returning members</source>
        <translation>Geri gelen üyeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="26"/>
        <source>Member share of sales</source>
        <translation>Satışlardaki üye payı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="27"/>
        <source>Member share of revenue</source>
        <translation>Cirodaki üye payı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="28"/>
        <source>Liability (points)</source>
        <translation>Yükümlülük (puan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="29"/>
        <source>Liability (value)</source>
        <translation>Yükümlülük (değer)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="30"/>
        <source>Liability change from the day before</source>
        <translation>Yükümlülüğün önceki güne göre değişimi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="31"/>
        <source>Members with a negative balance</source>
        <translation>Eksi bakiyeli üyeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="32"/>
        <source>Sync conflicts waiting</source>
        <translation>Bekleyen eşitleme çakışmaları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="33"/>
        <source>Not yet synced</source>
        <translation>Henüz eşitlenmeyen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="34"/>
        <source>Revenue by hour</source>
        <translation>Saatlik ciro</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="35"/>
        <source>Revenue, last 30 days</source>
        <translation>Ciro, son 30 gün</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="36"/>
        <source>Points liability, last 30 days</source>
        <translation>Puan yükümlülüğü, son 30 gün</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="37"/>
        <source>Same weekday a week earlier ({date})</source>
        <translation>Bir hafta önceki aynı gün ({date})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="38"/>
        <source>Figure</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="39"/>
        <source>This day</source>
        <translation>Bu gün</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="40"/>
        <source>Week before</source>
        <translation>Bir hafta önce</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="41"/>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="42"/>
        <source>Top rewards</source>
        <translation>En çok kullanılan ödüller</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="43"/>
        <source>Reward</source>
        <translation>Ödül</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="44"/>
        <source>Times</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="45"/>
        <source>Points</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="46"/>
        <source>Members by tier</source>
        <translation>Seviyeye göre üyeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="47"/>
        <source>Tier</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="48"/>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="49"/>
        <source>Hour</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="50"/>
        <source>Printed {when}</source>
        <translation>Yazdırıldı {when}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="51"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="52"/>
        <source>The day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/report_words.py" line="53"/>
        <source>Loyalty</source>
        <translation>Sadakat</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="80"/>
        <source>Start of shift</source>
        <translation>Vardiya başlangıcı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="81"/>
        <source>Sign in to start your shift</source>
        <translation>Vardiyayı başlatmak için giriş yapın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="82"/>
        <source>Type your staff PIN. Every sale you ring up records your name.</source>
        <translation>Personel PIN&apos;inizi yazın. Yaptığınız her satış adınızla kaydedilir.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="84"/>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="85"/>
        <source>Back office</source>
        <translation>Arka ofis</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="86"/>
        <source>A manager&apos;s PIN opens the back office: daily summary, members, program, staff, devices and sync.</source>
        <translation>Arka ofis bir müdür PIN&apos;i ile açılır: günlük özet, üyeler, program, personel, cihazlar ve eşitleme.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="88"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="89"/>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="90"/>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="91"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/signin_dialog.py" line="134"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Çok fazla yanlış PIN. {seconds} sn sonra tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="74"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="77"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="78"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="80"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="78"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="78"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="78"/>
        <source>Since</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="79"/>
        <source>Add a staff member (a PIN of 4 to 12 digits, unique in the store):</source>
        <translation>Personel ekle (4-12 haneli, mağazada benzersiz bir PIN):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="81"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="105"/>
        <source>cashier</source>
        <translation>kasiyer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="82"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="105"/>
        <source>manager</source>
        <translation>müdür</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="83"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="84"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="85"/>
        <source>The selected staff member:</source>
        <translation>Seçili personel:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="86"/>
        <source>New PIN</source>
        <translation>Yeni PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="87"/>
        <source>Reset PIN</source>
        <translation>PIN&apos;i sıfırla</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="89"/>
        <source>Sign out after this many minutes without activity (0: never):</source>
        <translation>Bu kadar dakika işlem yapılmazsa çıkış yap (0: asla):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="90"/>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="91"/>
        <source>Back office</source>
        <translation>Arka ofis</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="92"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="107"/>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="107"/>
        <source>deactivated</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="119"/>
        <source>Reactivate</source>
        <translation>Yeniden etkinleştir</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="119"/>
        <source>Deactivate</source>
        <translation>Devre dışı bırak</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="134"/>
        <source>{name} can now sign in.</source>
        <translation>{name} artık giriş yapabilir.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="139"/>
        <source>New PIN saved for {name}.</source>
        <translation>{name} için yeni PIN kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="145"/>
        <location filename="../../terminal/ui/backoffice/staff_screen.py" line="155"/>
        <source>Saved. The change is in the audit log.</source>
        <translation>Kaydedildi. Değişiklik denetim kaydında.</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="120"/>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="196"/>
        <source>Daily summary</source>
        <translation>Günlük özet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="152"/>
        <source>{change} vs {day}</source>
        <translation>{day} gününe göre {change}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="157"/>
        <source>Member share</source>
        <translation>Üye payı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="158"/>
        <source>{revenue} % of revenue</source>
        <translation>cironun % {revenue} kadarı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="161"/>
        <source>expired {points}</source>
        <translation>süresi dolan {points}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="163"/>
        <source>{change} since the day before</source>
        <translation>önceki güne göre {change}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="165"/>
        <source>Returning</source>
        <translation>Geri gelen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="166"/>
        <source>of {active} active</source>
        <translation>{active} aktif üyeden</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="167"/>
        <source>Negative balance</source>
        <translation>Eksi bakiye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="168"/>
        <source>Sync conflicts</source>
        <translation>Eşitleme çakışmaları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="179"/>
        <source>line: points liability</source>
        <translation>çizgi: puan yükümlülüğü</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="197"/>
        <source>Export CSV</source>
        <translation>CSV dışa aktar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="198"/>
        <source>Export PDF</source>
        <translation>PDF dışa aktar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="199"/>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="203"/>
        <source>Member</source>
        <translation>Üye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="203"/>
        <source>Balance</source>
        <translation>Bakiye</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="216"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="228"/>
        <source>Saved {path}</source>
        <translation>{path} kaydedildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/summary_screen.py" line="239"/>
        <source>Sent to the receipt printer.</source>
        <translation>Fiş yazıcısına gönderildi.</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="38"/>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="41"/>
        <source>Head office sync</source>
        <translation>Merkez eşitlemesi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="42"/>
        <source>Head office:</source>
        <translation>Merkez:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="42"/>
        <source>State:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="42"/>
        <source>Last sync:</source>
        <translation>Son eşitleme:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="43"/>
        <source>Not yet sent:</source>
        <translation>Henüz gönderilmeyen:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="45"/>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="60"/>
        <source>not configured (standalone terminal)</source>
        <translation>ayarlı değil (bağımsız terminal)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="61"/>
        <source>online</source>
        <translation>çevrim içi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="61"/>
        <source>offline: redemptions are capped until the next sync</source>
        <translation>çevrim dışı: sonraki eşitlemeye kadar harcamalar sınırlı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="62"/>
        <source>not tried yet</source>
        <translation>henüz denenmedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="68"/>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="69"/>
        <source>{count} records</source>
        <translation>{count} kayıt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="74"/>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/sync_screen.py" line="79"/>
        <source>Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.</source>
        <translation>Eşitlendi: {pushed} gönderildi, {pulled} alındı, {conflicts} çakışma.</translation>
    </message>
</context>
<context>
    <name>TillShift</name>
    <message>
        <location filename="../../terminal/ui/backoffice/till_hooks.py" line="36"/>
        <source>Sign in with your PIN to ring up sales.</source>
        <translation>Satış yapmak için PIN&apos;inizle giriş yapın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/till_hooks.py" line="53"/>
        <source>{name} is signed in. Good shift!</source>
        <translation>{name} giriş yaptı. İyi vardiyalar!</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/backoffice/till_hooks.py" line="66"/>
        <source>Signed out after a while without activity.</source>
        <translation>Bir süre işlem yapılmadığı için çıkış yapıldı.</translation>
    </message>
</context>
</TS>
