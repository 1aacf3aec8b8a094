# MACHINE-PRODUCED DRAFT (AI translation from fr.ftl), not reviewed by a native Turkish speaker.
# maillage — komut satırının kendisi hakkında söyledikleri (ne yazdığı, neyin başarısız olduğu),
# `--lang` dilinde. Yanıtları ../documents/ içinde, rehberin sorunları ../problems/ içinde. Her
# dilde aynı tanımlayıcılar ve değişkenler. Yollar, seçenekler (`--all`, `-o DIR`), komutlar ve
# dosya adları olduğu gibi kalır.
# Değişkenlere hiçbir zaman ek getirilmez; sayıdan sonra ad tekil kalır (one ve other aynı).

## Her hata

# $error: neyin başarısız olduğu ve nedenleri (bazıları işletim sisteminden, onun dilinde).
cli-failed = maillage: { $error }
cli-reading = { $path } okunurken
cli-writing = { $path } yazılırken
cli-creating = { $path } oluşturulurken
cli-listing = { $path } içeriği listelenirken

## Bir rehberi okuma

cli-not-a-folder = { $path } bir rehber klasörü değil
cli-folder-not-valid = { $path } geçerli değil: `maillage validate { $path }` komutunu çalıştırın
cli-bundle-too-large = { $path }: { $size } bayt, bir paketin alabileceğinden fazla ({ $max } bayt)
cli-embedded-bundle = programa gömülü Manche paketi
cli-not-embedded = bu programda yok
# $tag: bir dil; $file: metinlerin dosyası; $error: neden okunamadığı.
cli-texts-unavailable = maillage: rehberin `{ $tag }` dilindeki metinleri ({ $file }): { $error }; adımları Fransızca gösteriliyor

## maillage build

cli-not-valid-nothing-written = maillage: { $path } geçerli değil; hiçbir şey yazılmadı
cli-wrote-bundle = { $path } yazıldı: { $bytes } bayt, gzip ile sıkıştırılmış { $gzipped } bayt ({ $territories } bölge, { $places } yer, { $services } hizmet, { $national } ulusal hat; herkese açık pakette yalnızca profesyonellere yönelik { $withheld } iletişim bilgisi ya da yer çıkarıldı)
cli-wrote-translations = çeviriler yanına yazıldı: { $files }
cli-translation-size = { $file } (gzip ile sıkıştırılmış { $gzipped } bayt)
cli-wrote-pro-bundle = { $path } yazıldı: { $bytes } bayt, profesyonel paket (şifreli: Argon2id + XChaCha20-Poly1305)

## Profesyonel rehberin parola ifadesi

cli-passphrase-needed = profesyonel paket için parola ifadesi gerekli: { $env } değişkenini tanımlayın ya da parolayı yazmak için maillage komutunu bir terminalde çalıştırın
cli-passphrase-prompt = Profesyonel rehberin parola ifadesi:{" "}
cli-passphrase-again = Aynısını bir kez daha girin:{" "}
cli-reading-passphrase = parola ifadesi okunurken
cli-passphrases-differ = iki parola ifadesi farklı; hiçbir şey yazılmadı
cli-no-random = işletim sistemi rastgele bayt vermedi: { $error }

## Sorgular

cli-latlon-expected = `{ $text }`: LAT,LON bekleniyor, örneğin 49.1128,-1.0724
cli-not-latitude = `{ $text }` bir enlem değil
cli-not-longitude = `{ $text }` bir boylam değil
cli-latlon-range = `{ $text }` sınırların dışında (önce enlem, sonra boylam)
cli-time-expected = `{ $text }`: Paris saatiyle bir zaman bekleniyor, örneğin 2026-12-01T10:00
cli-give-place = --place NAME ya da --at LAT,LON verin
cli-no-place = maillage: `{ $name }` ile eşleşen bir yer yok
cli-unknown-territory = maillage: bilinmeyen bölge `{ $territory }`

## Bilgi kartları

cli-all-needs-output = --all için -o DIR gerekli
cli-no-epci = rehberde EPCI yok
cli-give-territory = bir bölge tanımlayıcısı (örneğin epci:200042604) ya da --all verin
cli-wrote-file = { $path } yazıldı
cli-leaflet-unknown-territory = bilinmeyen bölge `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: QR kod bir https:// sayfasını göstermelidir, örneğin https://www.manche.gouv.fr/
cli-leaflet-qr-too-long = QR kodun adresi kodlanamayacak kadar uzun
cli-pro-where = --directory ile profesyonel paketi (manche.pro.maillage; parola ifadesi MAILLAGE_PASSPHRASE içinde ya da istemde yazılır) veya rehber klasörünü (data/manche) verin
cli-pro-needs-directory = --pro profesyonel rehberi gerektirir, programa gömülü Manche rehberi ise herkese açık olanıdır: { $where }
cli-not-pro-bundle = { $path } bir profesyonel paket değil (herkese açık bir pakette yalnızca profesyonellere yönelik iletişim bilgisi yoktur): { $where }

## Dışa ve içe aktarma

cli-wrote-csv = { $path } yazıldı: { $rows } satır ({ $services } hizmet)
cli-wrote-csv-national = { $path } yazıldı: { $rows } satır ({ $services } hizmet, { $national } ulusal hat)
cli-wrote-hsds = { $path } yazıldı: { $count } HSDS hizmeti
cli-wrote-data-inclusion = { $structures-file } ({ $structures } yapı) ve { $services-file } ({ $services } hizmet) yazıldı
cli-import-too-large = { $path }: { $size } bayt, maillage’ın içe aktarabileceğinden fazla ({ $max } bayt): dosyayı bölün ya da doğru dosya olup olmadığını kontrol edin
cli-not-utf8 = { $path }: UTF-8 metin değil: { $error }
cli-nothing-read = maillage: hiçbir şey okunamadı; hiçbir şey yazılmadı
cli-wrote-imported = { $path } yazıldı: { $total } kayıt (bunlardan { $national } tanesi ulusal hat); { $warnings ->
    [0] gözden geçirilecek bir şey yok
    [one] gözden geçirilecek { $warnings } nokta
   *[other] gözden geçirilecek { $warnings } nokta
}
cli-then-check = ardından `maillage import csv { $path } -o DIR` her satırı denetler
cli-unreadable-files = { $path } içinde okunamayan dosyalar var; hiçbir şey yazılmadı
cli-note = not: { $note }
cli-names-unavailable = adları aramak için { $path } yüklenemedi: beldeler ve alanlar tanımlayıcılarıyla yazılmalı
cli-checked-against-embedded = { $path } içinde directory.json yok: satırlar programa gömülü Manche rehberine göre denetleniyor
cli-sheet-invalid = maillage: { $path }: { $rows } satırda { $errors ->
    [one] { $errors } hata
   *[other] { $errors } hata
}; hiçbir şey yazılmadı
cli-services-file = { $path } ({ $services } hizmet)
cli-services-national-files = { $path } ({ $services } hizmet) ve { $national-path } ({ $national } ulusal hat)
cli-would-write = maillage: { $path } geçerli; yazılacak olan: { $what }
cli-wrote-what = yazıldı: { $what }

## Yardım (maillage --help, maillage <komut> --help)

# help-<komut> bir komutu, help-<komut>--<argüman> bir argümanı açıklar.
# clap’in kendi sözcükleri (Usage, Options, Print help) İngilizce kalır.

help = Yakındaki yardımı ve şiddetten çıkış için sonraki adımları bulun: bir rehberi doğrulayın, derleyin ve sorgulayın.
help--lang = maillage’ın insanlar için yazdıklarının dili (JSON çıktısındaki kodlar kod olarak kalır): fr, fr-x-falc (kolay okunur Fransızca), en, ar, fa-AF (Darice), ps, uk, ru, es, pt, ro, tr ya da aynı dilin bir etiketi (en-GB, prs…). Yerel kayıtlar Fransızca kalır
help-validate = Bir rehber klasörünü (ya da bir paketi) doğrula; geçerliyse çıkış kodu 0, değilse 1
help-validate--dir = Bir rehber klasörü ya da paket dosyası; verilmezse programa gömülü Manche rehberi
help-validate--format = Çıktı biçimi
help-validate--today = Kaynakların güncelliğinin değerlendirileceği tarih (YYYY-MM-DD); verilmezse bugün
help-locate = Bir noktanın (`LAT,LON`) içinde bulunduğu tüm bölgeler, en dardan en genişe
help-locate--point = `LAT,LON`, örneğin `49.1128,-1.0724`
help-locate--format = Çıktı biçimi
help-locate--directory = Programa gömülü Manche rehberi yerine kullanılacak bir rehber klasörü ya da paket
help-places = Yazılan metinle eşleşen yerler (beldeler, eski beldeler (communes déléguées), posta kodları)
help-places--query = Yazılan metin, örneğin `st lo`, `50100`, `tourlaville`
help-places--limit = En çok kaç yer
help-places--format = Çıktı biçimi
help-places--directory = Programa gömülü Manche rehberi yerine kullanılacak bir rehber klasörü ya da paket
help-nearest = Bir noktanın yakınındaki hizmetler; filtrelenmiş, mesafe, açık olup olmadığı ve seçilme nedenleriyle
help-nearest--point = `LAT,LON`
help-nearest--categories = Kategoriler (seçeneği yineleyin ya da virgülle ayırın): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = Hedef kitleler: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = Ulaşma yolları: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = Açık olup olmadığına bakılacak Paris saati (`2026-12-01T10:00`); verilmezse şu an
help-nearest--open_only = Yalnızca o saatte açık olan hizmetleri tut
help-nearest--language = Yalnızca bu dili konuşan hizmetleri tut (ISO 639-1)
help-nearest--step_free = Yalnızca basamaksız erişimi olan yerleri tut
help-nearest--professional = Yalnızca profesyonellere yönelik yerleri ve iletişim bilgilerini de dahil et
help-nearest--limit = En çok kaç yer
help-nearest--format = Çıktı biçimi
help-nearest--directory = Programa gömülü Manche rehberi yerine kullanılacak bir rehber klasörü ya da paket
help-pathway = Bir durum, bir yer ve bir zaman için önerilen çıkış yol haritası
help-pathway--place = Bir yer adı ya da posta kodu (en iyi eşleşme alınır), örneğin `Granville`
help-pathway--at = Bir yer yerine bir `LAT,LON` noktası
help-pathway--answers = Yanıtlar, örneğin `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = Paris saati (`2026-12-01T22:30`); verilmezse şu an
help-pathway--format = Çıktı biçimi
help-pathway--directory = Programa gömülü Manche rehberi yerine kullanılacak bir rehber klasörü ya da paket
help-routes = Profesyoneller için bir bölgenin yönlendirme zinciri: her adım, her iletişim bilgisi
help-routes--territory = Bir bölge tanımlayıcısı, örneğin `epci:200042604`, `commune:50639`
help-routes--format = Çıktı biçimi
help-routes--directory = Programa gömülü Manche rehberi yerine kullanılacak bir rehber klasörü ya da paket
help-build = Komut satırının ve widget’ın yüklediği kompakt paketi derle; ham ve sıkıştırılmış boyutunu gösterir
help-build--dir = Rehber klasörü
help-build--output = Paketin yazılacağı yer
help-build--built_on = Pakete kaydedilen derleme tarihi (YYYY-MM-DD); verilmezse bugün
help-build--pro_out = Profesyonel paketi de buraya yaz: yalnızca profesyonellere yönelik iletişim bilgileri ve yerler dahil tüm rehber; MAILLAGE_PASSPHRASE içinden okunan ya da istemde yazılan (asla argüman olarak verilmeyen) bir parola ifadesiyle şifrelenir. Bkz. SECURITY.md
help-export = Rehberi elektronik tablo (CSV) olarak ya da açık bir standartta (HSDS 3.0, data·inclusion) yaz
help-export-csv = Hizmetler, düzenlenip `import csv` ile geri okunacak bir elektronik tablo (CSV) olarak. Her iletişim noktası için bir satır, başlıklar Fransızca (bkz. examples/templates/README.md). Yalnızca profesyonellere yönelik iletişim bilgileri dahildir (bu, koordinasyonun çalışma dosyasıdır); gizli bir yerin asla adresi, posta kodu ya da noktası olmaz.
help-export-csv--dir = Bir rehber klasörü ya da paket; verilmezse programa gömülü Manche rehberi
help-export-csv--output = Yazılacak CSV dosyası
help-export-csv--national = Ulusal hatları da yaz (`ligne nationale` sütunu = oui)
help-export-csv--separator = Sütun ayırıcı: noktalı virgül (Fransızca elektronik tabloların beklediği) ya da virgül
help-export-csv--no_bom = UTF-8 bayt sırası işaretini yazma (bu işaret, Excel’in aksanlı harfleri doğru okumasını sağlar)
help-export-hsds = Open Referral HSDS 3.0: hizmetlerden oluşan bir JSON dizisi. Hizmet odaklı ve başvuruları açılmış; --professional verilmedikçe herkese açık. Gizli bir yerin yalnızca beldesi gösterilir.
help-export-hsds--dir = Bir rehber klasörü ya da paket; verilmezse programa gömülü Manche rehberi
help-export-hsds--output = Yazılacak JSON dosyası; verilmezse standart çıktı
help-export-hsds--national = Ulusal hatları da dışa aktar
help-export-hsds--professional = Yalnızca profesyonellere yönelik yerleri ve iletişim bilgilerini de dahil et (gizli olanları asla)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json ve OUTPUT/services.json. --professional verilmedikçe herkese açık. Gizli bir yerin yalnızca beldesi gösterilir.
help-export-data-inclusion--dir = Bir rehber klasörü ya da paket; verilmezse programa gömülü Manche rehberi
help-export-data-inclusion--output = İki dosyanın yazılacağı klasör (gerekirse oluşturulur)
help-export-data-inclusion--national = Ulusal hatları da dışa aktar (`france` alanı)
help-export-data-inclusion--professional = Yalnızca profesyonellere yönelik yerleri ve iletişim bilgilerini de dahil et (gizli olanları asla)
help-export-data-inclusion--date = Ne doğrulanmış ne de kaynak sayfası tarafından tarihlenmiş kayıtların `date_maj` değeri (YYYY-MM-DD); verilmezse bugün
help-import = Bir elektronik tabloyu rehbere geri oku ya da başka bir rehberin HSDS veya data·inclusion dışa aktarımını gözden geçirilecek kayıtlara dönüştür
help-import-csv = Bir elektronik tabloyu (CSV) OUTPUT/services.json içine geri oku; hata olursa hiçbir şey yazılmaz. `ligne nationale` = oui olan satırlar national.json dosyasına gider. Her satır, çekirdeğin denetimleriyle OUTPUT içindeki rehbere göre (OUTPUT içinde rehber yoksa programa gömülü Manche rehberine göre) denetlenir; bir satırda hata varsa her hata satırı ve sütunuyla listelenir ve hiçbir şey yazılmaz.
help-import-csv--file = CSV dosyası: virgülle ya da noktalı virgülle ayrılmış, bayt sırası işaretli ya da işaretsiz UTF-8
help-import-csv--output = services.json (ve national.json) dosyasının yazılacağı rehber klasörü
help-import-csv--dry_run = Yalnızca denetle; hiçbir şey yazma
help-import-csv--today = Kaynakların güncelliğinin değerlendirileceği tarih (YYYY-MM-DD); verilmezse bugün
help-import-csv--format = Sorunların çıktı biçimi
help-import-hsds = Başka bir rehberin HSDS 3.0 hizmetlerini gözden geçirilecek kayıtlara dönüştür. Sınıflandırmalar kategorilerimizle eşleştirilir; eşleştirilemeyenler listelenir ve hiçbir kayıt kaybolmaz.
help-import-hsds--file = HSDS JSON’u: bir hizmet dizisi, tek bir hizmet, bir API sayfası ya da kuruluşlar
help-import-hsds--output = Kayıtların yazılacağı yer: bir `.csv` elektronik tablosu (gözden geçirip ardından `import csv`) ya da bir `.json` dosyası (`services` ve `national` listeleri)
help-import-hsds--directory = Belde ve bölge adları eşleştirmede kullanılacak rehber (klasör ya da paket); verilmezse programa gömülü Manche rehberi
help-import-data-inclusion = data·inclusion v1 hizmetlerini gözden geçirilecek kayıtlara dönüştür. Temalar (thématiques) kategorilerimizle eşleştirilir; eşleştirilemeyenler listelenir ve hiçbir kayıt kaybolmaz.
help-import-data-inclusion--file = Hizmetlerin JSON’u ya da services.json (ve kuruluş adları için structures.json) içeren bir klasör
help-import-data-inclusion--output = Kayıtların yazılacağı yer: bir `.csv` elektronik tablosu ya da bir `.json` dosyası
help-import-data-inclusion--directory = Adları eşleştirmede kullanılacak rehber (klasör ya da paket); verilmezse programa gömülü Manche rehberi
help-leaflet = Bir bölgenin herkese açık iletişim bilgilerini içeren, yazdırmaya hazır bir bilgi kartı (bağımsız HTML, A4 ya da A5); `--all -o DIR` her EPCI için bir tane yazar; `--pro`, rehber klasöründen ya da profesyonel paketten profesyonellere yönelik bilgi kartını yazdırır
help-leaflet--territory = Bir bölge tanımlayıcısı, örneğin `epci:200042604`, `commune:50218`, `departement:50`
help-leaflet--all = Her EPCI için bir bilgi kartı, `-o` ile verilen klasöre yazılır (`DIR/epci-200042604.html`…, `--pro` ile `DIR/epci-200042604.pro.html`…)
help-leaflet--pro = Profesyonellere yönelik bilgi kartı: yalnızca profesyonellere yönelik iletişim bilgileri ve yerler dahil ve işaretli; üstte, altbilgide ve başlıkta “panoya asmayın, ziyaretçilere vermeyin” uyarısı. Rehber klasörüyle ya da profesyonel paketle `--directory` gerektirir (parola ifadesi MAILLAGE_PASSPHRASE içinden ya da istemde yazılır, asla argüman olarak verilmez)
help-leaflet--output = Yazılacak yer: bir dosya (`--all` ile bir klasör); verilmezse standart çıktı
help-leaflet--format = Kâğıt: a4 (bir sayfa) ya da a5 (iki sayfa, önlü arkalı ya da katlanmış A4)
help-leaflet--qr_url = Bilgi kartındaki QR kodun yönlendirdiği bir https:// sayfası (örneğin widget’ın bulunduğu bir ortak sayfası); verilmezse QR kod yok
help-leaflet--directory = Programa gömülü Manche rehberi yerine kullanılacak bir rehber klasörü ya da paket (`--pro` ile: rehber klasörü ya da profesyonel paket, örneğin `manche.pro.maillage`)
help-coverage = Her beldenin kapsamı: kategori başına en yakın yere mesafe, telefon ve internet hatları, EPCI başına rakamlar, yeniden doğrulanacak kayıtlar (JSON, CSV ya da SVG harita)
help-coverage--format = Çıktı biçimi
help-coverage--output = Yazılacak yer; verilmezse standart çıktı
help-coverage--category = SVG haritanın gösterdiği kategori
help-coverage--audience = Yalnızca bu hedef kitleye (ya da herkese) yönelik yerleri say: tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. Verilmezse yalnızca profesyonellere yönelik olanlar dışındaki tüm yerler
help-coverage--today = Kaynakların güncelliğinin değerlendirileceği tarih (YYYY-MM-DD); verilmezse bugün
help-coverage--directory = Programa gömülü Manche rehberi yerine kullanılacak bir rehber klasörü ya da paket

## Metinlerin çevresinde yardımın kendi sözcükleri (başlıklar, ortak seçenekler)

cli-usage = Kullanım:
cli-commands = Komutlar
cli-arguments = Argümanlar
cli-options = Seçenekler
cli-print-help = Yardımı göster
cli-print-version = Sürümü göster
cli-default = [varsayılan: { $value }]
cli-possible-values = [olası değerler: { $values }]

## Komut satırının kendi hataları

# $arg: seçenek ya da argüman (`--format <FORMAT>`); $value: yazılan.
cli-invalid-value = `{ $arg }` için geçersiz değer `{ $value }`
# $reason: neden; zaten okuyanın dilinde.
cli-invalid-value-because = `{ $arg }` için geçersiz değer `{ $value }`: { $reason }
cli-missing-arguments = eksik: { $args }
cli-unknown-argument = beklenmeyen argüman `{ $arg }`
cli-unknown-command = bilinmeyen komut `{ $command }`
cli-try-help = Daha fazla bilgi için: --help
