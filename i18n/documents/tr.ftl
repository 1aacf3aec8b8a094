# Turkish (tr) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang tr`), besides
# the widget's vocabulary (../tr.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Yerler
remote-heading = Uzaktan (telefon, SMS, internet)
pathway-heading = Sonraki adımlar — { $time }
pathway-heading-at = { $place } için sonraki adımlar — { $time }
routes-heading = Kimi aramalı — { $territory } ({ $id })
# A Paris day and time: date (day/month), short weekday (1 = Monday … 7 = Sunday) and time,
# in the usual Turkish order (01/12 Pzt 14:00).
datetime = { $date } { $weekday ->
    [1] Pzt
    [2] Sal
    [3] Çar
    [4] Per
    [5] Cum
    [6] Cmt
   *[7] Paz
} { $time }

## The printed leaflet (maillage leaflet)

leaflet-title = Şiddet: size kimler yardım edebilir — { $place }
leaflet-title-pro = { $notice } — Şiddet: size kimler yardım edebilir — { $place }
leaflet-heading = Eş ya da partner şiddeti, aile içi şiddet, cinsel şiddet: size kimler yardım edebilir
leaflet-pro-notice = Yalnızca profesyoneller içindir — panoya asmayın, ziyaretçilere vermeyin
leaflet-sample = Örnek veriler — dağıtılmadan önce département protokolünün
leaflet-sample-more = teknik komitesi tarafından doğrulanmalıdır.
leaflet-national = Ulusal destek ve yardım hatları
leaflet-safety = Güvenliğiniz
leaflet-safety-text = Aramalar ve SMS’ler telefonun arama kayıtlarında, ziyaret edilen siteler tarayıcı geçmişinde kalır: başkası görebilecekse bunları silin. Bu belgeyi güvenli bir yerde saklayın.
leaflet-safety-pro = Kişinin güvenliği
leaflet-safety-pro-text = Aramalar ve SMS’ler telefonun arama kayıtlarında, ziyaret edilen siteler tarayıcı geçmişinde kalır: bunu kişiye söyleyin, başkası görebilecekse silsin.
leaflet-qr = Tüm adresler ve güncel çalışma saatleri:
# $date: «1 Aralık 2026» (no suffix is attached to a variable).
leaflet-checked-on = Bilgiler { $date } tarihinde doğrulandı.
leaflet-checked-between = Bilgiler { $from } ile { $to } tarihleri arasında doğrulandı.
leaflet-call-first = Gitmeden önce, mümkünse arayın: çalışma saatleri değişebilir.
leaflet-sources = Kaynaklar: { $sources }. Rehberdeki her kayıt, herkese açık kaynağını belirtir.
leaflet-local = Size yakın, adım adım
leaflet-remote = Uzaktan: { $numbers }
leaflet-none = Bu adım için burada kayıtlı bir yer yok: yukarıdaki ulusal hatları arayın.
leaflet-see = bkz. “{ $step }”
leaflet-by-sms = (SMS ile)
leaflet-pro-only = yalnızca profesyoneller için
leaflet-confidential = { $commune } (gizli adres; önce telefonla arayın, sonra kabul edilirsiniz)
leaflet-phone = Tel.
leaflet-sms = SMS
leaflet-email = E-posta
leaflet-web = İnternet sitesi
leaflet-free = ücretsiz
leaflet-anonymous = anonim
leaflet-to-verify = doğrulanacak
leaflet-hours-unknown = çalışma saatleri: bilgi alın
# A date: the day, the month's name (message `month`), the year: «1 Aralık 2026».
leaflet-date = { $day } { $month } { $year }

## Opening hours in words («Pazartesi – Cuma 9:00–12:00; resmî tatillerde kapalı»)
# No suffix is ever attached to a variable: postpositions and nouns instead
# («Aralık ayında», «14 Temmuz – 15 Ağustos arasında kapalı»).

# A month's name, 1 = January … 12 = December.
month = { $month ->
    [1] Ocak
    [2] Şubat
    [3] Mart
    [4] Nisan
    [5] Mayıs
    [6] Haziran
    [7] Temmuz
    [8] Ağustos
    [9] Eylül
    [10] Ekim
    [11] Kasım
   *[12] Aralık
}
# A day's name, 1 = Monday … 7 = Sunday.
weekday = { $weekday ->
    [1] Pazartesi
    [2] Salı
    [3] Çarşamba
    [4] Perşembe
    [5] Cuma
    [6] Cumartesi
   *[7] Pazar
}
hours-always = günün 24 saati, haftanın 7 günü
hours-open = açık
hours-all-day = tüm gün
hours-when-all-day = { $when } tüm gün
hours-when-times = { $when } { $times }
hours-closed = kapalı
# "Closed" comes last in Turkish: «Pazartesi kapalı», «resmî tatillerde kapalı».
hours-closed-when = { $when } kapalı
hours-unknown = çalışma saatleri henüz kesin değil
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }; { $next }
hours-also = { $first }, { $next }
hours-else = { $first }; diğer zamanlarda { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }, { $next }
# The last item of a list («Pazartesi, Çarşamba ve Cuma»).
hours-and = { $first } ve { $last }
hours-holidays = resmî tatillerde
hours-day = { $day }
hours-every-day = her gün
hours-weekend = hafta sonu
hours-two-days = { $first } ve { $second }
hours-days = { $from } – { $to }
# A day of the month: «1 Aralık», «14 Temmuz» ($month: the month's name).
hours-day-of-month = { $day } { $month }
hours-date = { $date }
hours-dates = { $from } – { $to } arasında
hours-in-month = { $month } ayında
hours-months = { $from } – { $to } arasında
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits); 24-hour clock.
hours-clock = { $m ->
    [0] { $h ->
        [0] 00:00
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = { $from }–{ $to }
