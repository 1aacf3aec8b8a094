# MACHINE-PRODUCED DRAFT (AI translation from fr.ftl), not reviewed by a native Turkish speaker.
# maillage — `maillage validate`, `maillage import` ve stüdyonun bir rehberin sorunları hakkında
# söyledikleri: çekirdek bunları kod olarak verir (`maillage::Fault`, `maillage::hours::HoursFault`);
# her kod burada bir `problem-<code>` iletisidir, değerleri de değişkenlerdir. Her dilde aynı
# tanımlayıcılar ve değişkenler. Dosyaların tanımlayıcıları, alan adları, değerleri ve anahtar
# sözcükleri (`services.json`, `auteurs`, `to-verify`, `Mo-Fr 09:00-17:00`) olduğu gibi kalır:
# bunlar dosyaların kendi sözcükleridir.
# Değişkenlere hiçbir zaman ek getirilmez; sayıdan sonra ad tekil kalır (one ve other aynı).

## Her sorun için bir satır

problem-error = hata
problem-warning = uyarı
# $severity: problem-error ya da problem-warning; $where: dosya, satır ve JSON işaretçisi
# (`services.json:12 #/services/3`), olduğu gibi.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: kayıt `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: alan `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: kayıt `{ $record }`, alan `{ $field }`: { $reason }
# Bir elektronik tablo: tablonun satırı (başlık 1. satırdır), farklıysa dosyanın satırı, sütun
# (harf ve başlık), birden çok öğe içeren bir hücrenin öğesi.
sheet-row = satır { $row }
sheet-row-line = satır { $row } (dosyada satır { $line })
sheet-column = sütun { $column } “{ $header }”
sheet-column-letter = sütun { $column }
sheet-column-header = sütun “{ $header }”
sheet-record = kayıt `{ $record }`
sheet-item = öğe { $item }: { $reason }
# $parts: satır, sütun, kayıt; virgülle ayrılmış.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }, { $parts }: { $reason }

## `maillage validate` özeti

validate-counts = { $communes } belde, { $epci } EPCI, { $arrondissements } arrondissement, { $departements } département, { $tribunals } mahkeme yargı çevresi, { $places } yer, { $services } yerel hizmet, { $national } ulusal hat
validate-valid = geçerli
validate-valid-warnings = geçerli, { $warnings ->
    [one] { $warnings } uyarı
   *[other] { $warnings } uyarı
}
validate-invalid = { $errors ->
    [one] { $errors } hata
   *[other] { $errors } hata
}, { $warnings ->
    [one] { $warnings } uyarı
   *[other] { $warnings } uyarı
}
validate-summary = { $counts }: { $verdict }

## Dosyalar

# $detail: okuyucunun kendi iletisi, İngilizce.
problem-unreadable-file = okunamayan dosya: { $detail }
problem-not-utf8 = UTF-8 metin değil (bayt { $byte }): dosyayı UTF-8 olarak kaydedin
# $detail: JSON okuyucusunun (serde_json) kendi iletisi, İngilizce.
problem-malformed-json = bozuk JSON: { $detail }
problem-truncated-json = dosya erken bitiyor (kesilmiş mi?): { $detail }
problem-expected-object-with-list = `{ $key }` listesi içeren bir nesne bekleniyor
problem-expected-list = `{ $key }` listesi bekleniyor
# $detail: okuyucunun (serde) kendi iletisi, İngilizce: eksik alan, bilinmeyen terim, tür.
problem-unreadable-field = okunamayan değer: { $detail }
problem-not-a-language-file = dil dosyası değil: dosyaya Fransızca dışında bir dilin adını verin (`i18n/en.json`, `i18n/ar.json`, `i18n/fa-AF.json`)
problem-not-a-directory-file = rehber dosyası değil (beklenenler: directory.json, services.json, national.json, places.json, territories/*.geojson ya da i18n/*.json); yok sayıldı
problem-missing-metadata = eksik ya da okunamıyor: rehberin meta veri dosyası gerekli

## Bölgeler ve yerler

problem-duplicate-territory-id = yinelenen bölge tanımlayıcısı
problem-kind-mismatch = tür `{ $kind }`, tanımlayıcının türünden farklı: `{ $id_kind }`
problem-unknown-territory = bilinmeyen bölge `{ $id }`
problem-unknown-service = bilinmeyen hizmet `{ $id }`
problem-empty-geometry = boş sınır geometrisi
problem-ring-too-short = bir halkada { $points } nokta var; en az 4 nokta gerekli
problem-ring-not-closed = bir halka kapalı değil (ilk ve son noktalar farklı)
problem-coordinate-out-of-range = { $lon },{ $lat } koordinatı bir boylam,enlem değil
# $detail: geo kütüphanesinin bulduğu sorun, İngilizce.
problem-invalid-geometry = geçersiz sınır geometrisi: { $detail }
problem-duplicate-place-id = yinelenen yer tanımlayıcısı

## Hizmetler

problem-duplicate-service-id = yinelenen hizmet tanımlayıcısı (hizmetler ve ulusal hatlar tanımlayıcıları paylaşır)
problem-bad-id = `{ $id }`: tanımlayıcılarda yalnızca a-z, 0-9 ve `-` kullanılır
problem-empty-name = boş ad
problem-no-category = en az bir kategori gerekli
problem-perpetrators-other-category = şiddet uygulayanlara yönelik bir hizmetin yalnızca `auteurs` kategorisi olur: şiddet uygulayanlara mağdurlara yönelik hizmetler asla gösterilmez
problem-perpetrators-audience-missing = `auteurs` kategorisi, `auteurs` hedef kitlesini gerektirir
problem-local-serves-country = tüm ülkeye hizmet veren yerel bir hizmet national.json dosyasında yer almalı
problem-national-line-not-national = ulusal bir hattın hizmet alanı "national" olmalı
problem-empty-served-area = boş hizmet alanı
problem-no-way-to-reach = bu hizmete ulaşmanın yolu yok: bir iletişim bilgisi ya da bir yer verin
problem-javascript-url = `javascript:` bağlantıları reddedilir
problem-phone-national-form = `{ $number }` ulusal biçimde: E.164 biçiminde yazın, yani `+33` ve ardından baştaki 0 olmadan dokuz rakam
problem-phone-invalid = `{ $number }` geçerli bir Fransız numarası değil (beklenen: +33 ve 9 rakam, bir denizaşırı bölge numarası ya da 17, 114, 3919, 116006 gibi kısa bir numara)
problem-phone-display-mismatch = görünen biçim `{ $display }`, numara `{ $number }` ile eşleşmiyor
problem-not-an-email = `{ $value }` bir e-posta adresi değil
problem-url-not-https = `{ $url }`: https kullanın
problem-url-no-scheme = `{ $url }`: protokol yok, https://… yazın
problem-url-scheme = `{ $url }`: `{ $scheme }` protokolü kabul edilmiyor (https, tel, sms, mailto)
problem-confidential-contact = bir iletişim bilgisi gizli olamaz: kaldırın ya da yalnızca `professionnels` için ayırın
problem-unknown-commune = bilinmeyen belde `{ $id }`
problem-confidential-address = adresi yayımlanmış gizli yer: adresi kaldırın (yalnızca belde gösterilebilir)
problem-confidential-postcode = posta kodu yayımlanmış gizli yer: posta kodunu kaldırın (yalnızca belde gösterilebilir)
problem-confidential-point = noktası yayımlanmış gizli yer: noktayı kaldırın (yalnızca belde gösterilebilir)
problem-precision-without-address = `address` hassasiyeti bir adres gerektirir: adresi verin ya da `commune` kullanın
problem-point-out-of-range = enlem ya da boylam sınırların dışında
problem-point-outside-scope = { $lat },{ $lon } noktası rehberin bölgesi `{ $scope }` dışında (enlem ve boylam yer değiştirmiş mi?)
problem-point-outside-commune = { $lat },{ $lon } noktası kendi beldesinin dışında: { $commune } ({ $id })
problem-address-without-point = noktası olmayan açık adres: mesafe hesaplanamaz
# $fault: aşağıdaki problem-hours-… iletilerinden biri.
problem-hours = çalışma saatleri “{ $text }”, sütun { $column }: { $fault }

## Çalışma saatleri (OpenStreetMap opening_hours sözdizimi)

problem-hours-empty = boş çalışma saatleri: saatler bilinmiyorsa alanı hiç eklemeyin
problem-day-of-month = ayın günü 1 ile 31 arasında olmalı
problem-month-or-day-after-dash = `-` işaretinden sonra bir ay ya da gün bekleniyor
problem-date-range-ends = bir tarih aralığının iki ucunda da gün olmalı ya da hiçbirinde olmamalı
problem-school-holidays = okul tatilleri (`SH`) desteklenmiyor
problem-nth-weekday = `Mo[1]` gibi ayın kaçıncı hafta günü olduğunu belirten ifadeler desteklenmiyor
problem-weekday-after-dash = `-` işaretinden sonra bir hafta günü (Mo, Tu, We, Th, Fr, Sa, Su) bekleniyor
problem-expected-time = 09:00 gibi bir saat bekleniyor
problem-expected-colon = saatte `:` bekleniyor (9h değil, 09:00 yazın)
problem-expected-minutes = dakika bekleniyor
problem-minutes-digits = dakika iki rakamla yazılır, 00 ile 59 arasında
problem-start-after24 = başlangıç saati en geç 24:00 olabilir
problem-open-ended = bitişi belirsiz saatler (`18:00+`) desteklenmiyor
problem-expected-end = `-` ve bir bitiş saati bekleniyor
problem-end-after48 = bitiş saati en geç 48:00 olabilir
problem-end-before-start = bitiş saati başlangıç saatinden önce
problem-span-starts-at24 = bir zaman aralığının başlangıcı 24:00 olamaz
problem-unterminated-comment = kapatılmamış yorum: kapanış `"` işareti eksik
problem-expected-rule = bir kural bekleniyor (`Mo-Fr 09:00-17:00` gibi), bulunan: `{ $found }`
problem-unexpected = beklenmeyen ifade: `{ $found }`

## Kaynaklar

problem-missing-source = kaynak eksik: bu bilgilerin nereden geldiğini belirtin
problem-empty-source-title = boş kaynak başlığı
problem-source-url-not-http = `{ $url }`: bir kaynağın adresi bir http(s) sayfası olmalı
problem-bad-language-code = `{ $language }`, `fr` gibi bir ISO 639-1 kodu değil
problem-verified-without-date = doğrulanmış bir kaynağın doğrulama tarihi (`verified_on`) gerekli
problem-date-on-to-verify = durumu hâlâ `to-verify` olan bir kaynakta `verified_on` { $date }: durumu `verified` yapın ya da tarihi kaldırın
problem-to-verify = doğrulanmalı: bu kayda güvenmeden önce onu kaynağıyla karşılaştırın
problem-date-in-future = { $date } gelecekte bir tarih
problem-verified-long-ago = doğrulama tarihi { $date }, 12 aydan daha önce: lütfen yeniden doğrulayın
problem-old-page = kaynak sayfanın tarihi { $date }, 2 yıldan daha önce: sayfanın hâlâ güncel olup olmadığını kontrol edin

## Yol haritası

problem-duplicate-step-id = yinelenen adım tanımlayıcısı
problem-missing-french = Fransızca metin eksik
problem-missing-english = İngilizce çeviri eksik
problem-step-without-category = bir adımın en az bir kategorisi olmalı
problem-unknown-national-line = bilinmeyen ulusal hat `{ $id }`
problem-step-unreachable = hiçbir durum bu adıma ulaşmıyor: dışlamaları tüm dahil etmelerini kapsıyor
problem-perpetrators-step-audience = şiddet uygulayanlara yönelik adım, bir hedef kitleyle değil, `auteurs` kategorisiyle seçilir
problem-perpetrators-step-category = şiddet uygulayanlara yönelik adımın yalnızca `auteurs` kategorisi vardır ve `perpetrator` rolünü belirtir
problem-category-without-step = hiçbir adımda `{ $category }` kategorisi yok: bu kategorinin hizmetleri hiçbir yol haritasında önerilmez

## Dil dosyaları (i18n/<dil>.json)

problem-english-steps-here = adımların İngilizcesi pathways.json dosyasında (`title.en`, `advice.en`): buradan kaldırın
problem-unknown-step = pathways.json dosyasında `{ $id }` adımı yok
problem-empty-text = boş metin
problem-step-not-translated = `{ $id }` adımı çevrilmemiş (başlık ve öneriler)
# $field: `description` ya da `conditions`, alanın adı olduğu gibi.
problem-not-translated = `{ $id }` kaydının `{ $field }` alanı çevrilmemiş
problem-nothing-to-translate = national.json dosyasında `{ $id }` için çevrilecek bir `{ $field }` alanı yok

## İçe ve dışa aktarım (HSDS, data·inclusion): maillage-interop’un notları

# $note: aşağıdaki iletilerden biri.
problem-note = { $note }
problem-too-large = dosya { $bytes } bayt, maillage’ın okuyabileceğinden fazla ({ $max } bayt): dosyayı bölün ya da doğru dosya olup olmadığını kontrol edin
problem-no-hsds-service = HSDS hizmeti bulunamadı: bir hizmet dizisi, tek bir hizmet, bir {"{"}"contents": […]{"}"} sayfası ya da hizmetleriyle birlikte kuruluşlar bekleniyor
problem-not-data-inclusion-services = bir data·inclusion hizmet dizisi bekleniyor
problem-not-a-service-object = hizmet nesnesi değil: yok sayıldı
problem-hsds-web-pro-only = HSDS, { $url } web adresini yalnızca profesyonellere ayrılmış olarak işaretleyemez
problem-hsds-one-url = HSDS hizmet başına yalnızca bir web adresi kabul eder: { $url } dışa aktarılmadı
problem-hsds-accessibility-without-location = bir yere bağlı olmayan erişilebilirlik bilgisinin HSDS’de karşılığı yok
# $kind: phone, sms, email ya da web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] data·inclusion hizmet başına yalnızca bir telefon kabul eder
    [email] data·inclusion hizmet başına yalnızca bir e-posta adresi kabul eder
    [sms] data·inclusion SMS kabul etmez
   *[other] data·inclusion hizmet başına yalnızca bir bağlantı kabul eder
}: { $left_out ->
    [one] { $left_out } iletişim bilgisi dışa aktarılmadı
   *[other] { $left_out } iletişim bilgisi dışa aktarılmadı
}
problem-data-inclusion-no-code = `{ $territory }` bölgesinin data·inclusion kodu yok ve beldeleri bilinmiyor: dışa aktarılmadı
# $vocabulary: Category, Audience ya da AccessMode.
problem-unknown-term = bilinmeyen { $vocabulary ->
    [Category] kategori
    [Audience] hedef kitle
   *[other] ulaşma yolu
}: `{ $term }`
problem-taxonomy-term-unmapped = `{ $term }` sınıflandırma terimi hiçbir kategoriyle ya da hedef kitleyle eşleşmiyor
problem-taxonomy-term-unmapped-in = `{ $term }` sınıflandırma terimi (`{ $taxonomy }` sınıflandırması) hiçbir kategoriyle ya da hedef kitleyle eşleşmiyor
problem-thematique-unmapped = `{ $thematique }` teması (thématique) hiçbir kategoriyle eşleşmiyor
problem-public-unmapped = `{ $public }` hedef kitlesinin (public) maillage’da karşılığı yok
problem-publics-free-text = `{ $text }`: serbest metin, hedef kitleleri elle seçin
problem-no-category-found = hiçbir kategori bulunamadı: doğrulamadan önce bir kategori seçin
problem-no-name = hizmetin adı yok
problem-no-organisation-name = kuruluş adı yok (yalnızca organization_id var ya da hiçbir şey yok)
problem-structure-not-found = `{ $structure }` kuruluşu (structure) bulunamadı: kuruluş adı yerine tanımlayıcısı kullanılıyor
problem-contact-person-phones = bir irtibat kişisinin telefonları içe aktarılmaz: bunları hizmete ekleyin
problem-several-locations = { $count } yer: yalnızca ilki içe aktarıldı (bir maillage kaydının tek bir yeri olur; her yer için ayrı bir kayıt oluşturun)
problem-confidential-place-details = gizli bir yerin yalnızca beldesi tutulur: dosyanın bu yer hakkında verdikleri (`{ $fields }`) içe aktarılmadı
problem-commune-not-found = bu yerin beldesi bulunamadı ({ $place }): yer içe aktarılmadı; beldenin INSEE kodunu verin
problem-bad-insee-code = `{ $insee }` bir beldenin INSEE kodu değil: yer içe aktarılmadı
problem-address-without-insee = INSEE kodu olmayan bir adres: yer içe aktarılmadı; code_insee değerini verin
problem-service-area-unmatched = `{ $name }` hizmet alanı hiçbir bölgeyle eşleşmiyor
problem-zone-not-a-code = `{ $zone }` bölgesi bir belde, EPCI ya da département kodu değil
problem-no-service-area = okunabilir bir hizmet alanı yok: hizmet verilen bölgeleri belirtin
problem-no-zone = zone_eligibilite yok: hizmet verilen bölgeleri belirtin
problem-schedules-not-weekly = haftalık olmayan çalışma saatleri okunamıyor ({ $descriptions }): saatleri elle yazın
problem-unknown-language = `{ $language }` dilini tanımıyoruz: dilin ISO 639-1 kodunu verin
problem-fees-reduced = ücretler `{ $fees }`: yalnızca “ücretsiz mi, değil mi” bilgisi tutulur; bunu koşullarda (conditions) belirtin
problem-field-not-imported = bir maillage kaydında `{ $field }` için yer yok: içe aktarılmadı
problem-eligibility-free-text = kimlerin yararlanabileceğine ilişkin açıklama serbest metin: hedef kitleleri elle seçin
problem-publisher-date = yayıncısı tarafından { $date } tarihli: kaynağın tarihi olarak tutuldu; kayıt doğrulanmalı
problem-no-date = ne assured_date ne de last_modified var: bu bilgilerin ne kadar eski olduğu bilinmiyor; kayıt doğrulanmalı
problem-no-date-maj = okunabilir bir date_maj yok: bu bilgilerin ne kadar eski olduğu bilinmiyor

## Elektronik tablo (maillage import csv, stüdyo)

problem-sheet-not-utf8 = dosya UTF-8 değil (bayt { $byte }, satır { $line }): dosyayı “CSV UTF-8” olarak kaydedin (Excel) ya da UTF-8 karakter kümesini seçin (LibreOffice)
problem-too-many-rows = { $max } satırdan fazla: maillage bir elektronik tablodan en çok { $max } hizmet okur; tabloyu bölün
# $detail: CSV okuyucusunun kendi iletisi, İngilizce.
problem-unreadable-csv = okunamayan CSV: { $detail }
problem-empty-sheet = boş dosya: ilk satırda sütun başlıkları bulunur
problem-duplicate-column = “{ $header }” sütunu iki kez geçiyor ({ $other } sütununda da)
problem-unknown-column = bilinmeyen sütun “{ $header }”; sütunlar şunlardır: { $columns }
problem-missing-column = eksik sütun: bu sütun zorunlu
problem-column-absent = sütun yok: her satır bu sütun olmadan okunur
problem-stray-value = bilinen bir başlığı olmayan bir sütunda değer var: sütuna bir başlık verin ya da sütunu boşaltın
problem-id-from-name = boş tanımlayıcı: addan `{ $id }` oluşturuldu
problem-missing-id = eksik tanımlayıcı (tanımlayıcı oluşturulacak bir ad da yok)
problem-yes-no = `{ $text }`: `oui` (evet) ya da `non` (hayır) yazın (bilinmiyorsa boş bırakın)
problem-not-a-date = `{ $text }` bir tarih değil: 2026-11-29 (ya da 29/11/2026) biçiminde yazın
problem-not-a-number = `{ $text }`, 49.1157 gibi bir sayı değil
# $vocabulary: Category, Audience, AccessMode, Visibility, LocationPrecision ya da SourceStatus;
# $expected: izin verilen sözcükler, virgülle ayrılmış.
problem-unknown-word = { $vocabulary ->
    [Category] bilinmeyen kategori
    [Audience] bilinmeyen hedef kitle
    [AccessMode] bilinmeyen ulaşma yolu
    [Visibility] bilinmeyen görünürlük
    [LocationPrecision] bilinmeyen hassasiyet
   *[other] bilinmeyen durum
} `{ $term }`; olası değerler: { $expected }
problem-bracket-alone = `[` olmadan kapanan bir `]`
problem-bad-visibility = `[{ $word }]`: görünürlük `[public]` (ya da hiçbir şey), `[professionnels]` ya da `[confidentiel]` olur
problem-unbalanced-parentheses = dengesiz parantezler: etiket en sona, `(…)` içine yazılır
problem-angle-alone = `<` olmadan kapanan bir `>`
problem-empty-contact = boş iletişim bilgisi: numarayı ya da adresi yazın
problem-empty-angle = `<…>` içinde boş değer
problem-longitude-alone = enlemi olmayan bir boylam: ikisini de verin ya da hiçbirini vermeyin
problem-latitude-alone = boylamı olmayan bir enlem: ikisini de verin ya da hiçbirini vermeyin
problem-confidential-cell = gizli bir yer (barınma yeri) asla adresi, posta kodu ya da noktasıyla yayımlanmaz: bu hücreyi boş bırakın (yalnızca belde gösterilir)
problem-place-without-commune = bir yerin beldesi gerekli (INSEE kodu, örneğin `50502`, ya da adı)
problem-name-not-of-id = “{ $name }”, `{ $id }` tanımlayıcısının adı değil ({ $actual }): tanımlayıcı korundu
problem-bad-territory-id = `{ $id }` bir bölge tanımlayıcısı değil (örneğin `epci:200042604`, `commune:50502`)
problem-write-commune-id = `{ $text }`: beldenin tanımlayıcısını ya da INSEE kodunu yazın, örneğin `50502`
problem-write-territory-id = `{ $text }`: bölgenin tanımlayıcısını yazın, örneğin `departement:50`
problem-unknown-commune-name = “{ $text }” rehberdeki bir belde değil: beldenin tanımlayıcısını yazın (INSEE kodu, örneğin `50502`)
problem-unknown-territory-name = “{ $text }” rehberdeki bir bölge değil: bölgenin tanımlayıcısını yazın (örneğin `epci:200042604`)
problem-several-territories = “{ $text }” birden çok bölgeyi gösteriyor ({ $ids }): doğru olanı parantez içinde yazın
problem-date-without-source = kaynağı olmayan bir kaynak tarihi: kaynağın başlığını ya da sayfasını verin
problem-records-removed = { $count ->
    [one] { $file } dosyasındaki { $count } kayıt elektronik tabloda yok ve bu içe aktarımla kaldırılıyor
   *[other] { $file } dosyasındaki { $count } kayıt elektronik tabloda yok ve bu içe aktarımla kaldırılıyor
}: { $ids }
