# maillage — what the <maillage-finder> widget says, in Turkish (Türkçe).
# Machine-produced draft translated from fr.ftl: awaiting review by a native speaker.
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl (the
# source); a test checks it. Phone numbers are variables. Turkish plural categories: one, other
# (a noun after a number stays singular, so both variants are often the same).
# Suffixes are never attached to a variable: "{ $number } numarasını arayın", not "{ $number }'ı".

## Widget

title = Şiddet karşısında yardım bulun
language-label = Dil
language-unavailable = { $language }: bu dil yüklenemedi.
emergency = Tehlikedeyseniz: { $police } veya { $europe } numarasını arayın · { $sms } numarasına SMS gönderin · 24 saat destek hattı: { $line }
call-police = { $number } numarasını arayın (polis)
call = { $number } numarasını arayın
sms = { $number } numarasına SMS gönderin
email = { $address } adresine yazın
website = İnternet sitesi ({ $host })
exit = Çık
exit-long = Bu siteden hızla çıkın
exit-hint = Ya da Shift tuşuna 3 kez basın.
exit-remaining = { $n ->
    [one] Çıkmak için Shift tuşuna { $n } kez daha basın.
   *[other] Çıkmak için Shift tuşuna { $n } kez daha basın.
}
safety-title = Güvenli gezinme
safety = “Çık” düğmesi başka bir sayfa açar ama tarayıcı geçmişini silmez. Gizli (özel) pencere kullanın, ziyaretinizden sonra geçmişi silin. Aramalar ve SMS’ler telefonun kayıtlarında görünür.
threat-model = Bu hizmet neyi korur, sınırları nelerdir (İngilizce)
sample = Örnek veriler: yerel iletişim bilgileri kamuya açık kaynaklardan alınmıştır ve henüz doğrulanmaları gerekir.
footer = { $name } — Kaynaklar: { $sources }
refused = Rehber reddedildi: bu sitenin beklediği parmak iziyle eşleşmiyor ya da bağlantı kurulamadı.
load-error = Hizmet burada görüntülenemiyor. Tehlikedeyseniz { $police } veya { $europe } numarasını arayın, { $sms } numarasına SMS gönderin. 24 saat destek hattı: { $line }. Tehlikedeki çocuklar: { $children }.
outside = Bu nokta, bu rehberin kapsadığı bölgenin dışında.

## Yer arama

place-label = Beldeniz veya posta kodunuz
place-hint = En az 2 harf yazın, sonra listeden seçin.
around-me = Yakınımda
around-me-note = Konumunuz bu cihazda kalır.
geo-error = Konum alınamıyor. Beldenizin adını yazın.
no-place = Hiçbir belde bulunamadı.
suggestions = { $n ->
    [one] { $n } öneri. Seçmek için yukarı ve aşağı ok tuşlarını kullanın.
   *[other] { $n } öneri. Seçmek için yukarı ve aşağı ok tuşlarını kullanın.
}
category-label = Yardım türü
all-categories = Tümü
speaks-my-language = Yalnızca dilimi konuşan hizmetler

## Sonuçlar

count-near = { $where } yakınında { $places ->
    [one] { $places } yer
   *[other] { $places } yer
}, telefonla veya internetten { $remote ->
    [one] { $remote } iletişim noktası
   *[other] { $remote } iletişim noktası
}.
count-here = Konumunuzun yakınında { $places ->
    [one] { $places } yer
   *[other] { $places } yer
}, telefonla veya internetten { $remote ->
    [one] { $remote } iletişim noktası
   *[other] { $remote } iletişim noktası
}.
now-title = Şimdi yapabilecekleriniz
now-intro = Herkes için ilk adımlar. İsteğe bağlı birkaç soru, bu adımları durumunuza göre uyarlar.
places-near = { $where } yakınındaki yerler
places-here = Konumunuzun çevresindeki yerler
more-places = { $n ->
    [one] { $n } yer daha göster
   *[other] { $n } yer daha göster
}
remote-count = Telefon, SMS veya internet üzerinden hatlar ({ $n })
map-summary = Yerleri haritada göster
map-title = Harita: { $where } ve yakındaki yerler
legend-here = Buradasınız
legend-place = Bir yer (sayı varsa: aynı noktada birden fazla yer)
print = Bölgemin bilgi kartını yazdır

## Bir kart

state-open = Açık
state-open-always = 24 saat açık
state-closed = Kapalı
state-unknown = Saatler doğrulanmalı
hours = Saatler: { $hours }
until = { $state } (şu saate kadar: { $time })
opens-at = { $state } — açılış: { $time }
closes-at = { $state } — kapanış: { $time }
uncertain-from = { $state } — { $time } sonrası için saatler belirsiz
distance = { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km uzaklıkta
in-commune = { $commune } beldesinde
about = yaklaşık { NUMBER($km, maximumFractionDigits: 0) } km uzaklıkta
step-free = Basamaksız giriş
free = Ücretsiz
anonymous = Anonim
confidential = Gizli adres
professionals-only = (yalnızca profesyoneller için)
checked = { $date } tarihinde doğrulandı
to-verify = doğrulanmalı
summary-kind = Yardım: { $kinds }
summary-reach = İletişim: { $ways }
summary-languages = Diller: { $languages }

## Adımlar

questions-title = Sonraki adımlar neler?
questions-intro = Adımları sıralamak için isteğe bağlı birkaç soru. Yanıtlarınız kaydedilmez ve hiçbir yere gönderilmez.
refine = Adımları durumuma göre uyarla (isteğe bağlı)
yes = Evet
no = Hayır
skip = Bilmiyorum
role = Siz kimsiniz?
show-steps = Adımları göster
steps-title = Sonraki adımlarınız
steps-count = { $n ->
    [one] { $n } adım öneriliyor.
   *[other] { $n } adım öneriliyor.
}
why = Neden: { $reasons }
lead = Koordinatör kurum: { $partner }
lead-in = Koordinatör kurum: { $partner } ({ $territory })

## Profesyoneller

pro-title = Bir bölgede kimi aramalı
territory-label = Bölge
show-routes = Göster
routes-count = { $n ->
    [one] { $n } adım.
   *[other] { $n } adım.
}
pro-open-title = Profesyonel rehber
pass-label = Ağın parola ifadesi
pass-hint = Département koordinasyonu tarafından verilir. Kaydedilmez ve gönderilmez: rehber bu cihazda açılır.
pass-open = Aç
opening = Profesyonel rehber açılıyor…
wrong-pass = Parola ifadesi yanlış. Kontrol edip yeniden deneyin.
pro-load-error = Profesyonel rehber burada açılamıyor.

## Neden bu yer (motorun kodları)

reason-category = yardım: { $category }
reason-language = şu dili konuşuyor: { $language }
reason-serves-country = tüm Fransa için
reason-serves-territory = şu bölge için: { $territory }
reason-national-line = ulusal hat
reason-step-line = bu adımın ulusal hattı
reason-written = yazılı: güvenle konuşamıyorsunuz
step-reason-for-everyone = herkes için yararlı
step-reason-answer = “{ $question }” sorusuna “{ $answer ->
    [yes] evet
   *[no] hayır
}” yanıtını verdiniz
step-reason-urgent = önce bu: “{ $question }” sorusuna “{ $answer ->
    [yes] evet
   *[no] hayır
}” yanıtını verdiniz
step-reason-written-first = önce yazılı iletişim: güvenle konuşamıyorsunuz

## Rehberin sözcükleri

category-urgence = Acil durum
category-ecoute = Dinleme ve yönlendirme
category-hebergement = Güvenli yer ve barınma
category-soins = Tedavi ve tıbbi tespit
category-plainte = Şikâyet ve bildirim
category-juridique = Hukuki bilgi
category-protection = Mahkeme koruması
category-social = Sosyal destek
category-psy = Psikolojik destek
category-enfants = Çocuklar
category-sante-sexuelle = Cinsel sağlık
category-auteurs = Şiddet uygulayanlar
role-victim = şiddeti yaşayan kişi
role-relative = bir yakın (aile üyesi veya arkadaş)
role-professional = bir profesyonel
role-perpetrator = şiddet uygulamayı bırakmak isteyen biri
question-in_danger_now = Şu anda tehlikede misiniz?
question-can_speak_safely = Başkası duymadan konuşabilir misiniz?
question-children = Evde çocuk var mı?
question-sexual_violence = Cinsel şiddet var mı?
question-needs_shelter_tonight = Bu gece kalacak bir yere ihtiyacınız var mı?
question-wants_to_report = Şikâyette bulunmak istiyor musunuz?
question-heavy_signals = Ölüm tehdidi, boğaz sıkma, silah, yakın zamanda ayrılık ya da giderek artan şiddet var mı?
access-telephone = telefonla
access-sms = SMS ile
access-en-ligne = internetten
access-sur-place = randevusuz
access-rendez-vous = randevuyla
access-permanence = belirli gün ve saatlerde
audience-tous = Herkes
audience-femmes = Kadınlar
audience-hommes = Erkekler
audience-jeunes = Gençler
audience-enfants = Çocuklar
audience-lgbt = LGBT+ bireyler
audience-proches = Yakınlar
audience-professionnels = Profesyoneller
audience-auteurs = Şiddet uygulayanlar
