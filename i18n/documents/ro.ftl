# Romanian (ro) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang ro`), besides
# the widget's vocabulary (../ro.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Locuri
remote-heading = La distanță (telefon, SMS, online)
pathway-heading = Pașii următori — { $time }
pathway-heading-at = Pașii următori în { $place } — { $time }
routes-heading = Pe cine să sunați — { $territory } ({ $id })
# A Paris day and time: short weekday (1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mie.
    [4] joi
    [5] vin.
    [6] sâm.
   *[7] dum.
}, { $date } { $time }

## The printed leaflet (maillage leaflet)

leaflet-title = Violențe: cine vă poate ajuta — { $place }
leaflet-title-pro = { $notice } — Violențe: cine vă poate ajuta — { $place }
leaflet-heading = Violențe în cuplu, în familie, violențe sexuale: cine vă poate ajuta
leaflet-pro-notice = Document rezervat profesioniștilor — nu se afișează și nu se înmânează publicului
# These two lines make one sentence.
leaflet-sample = Date de exemplu — de verificat de comitetul tehnic
leaflet-sample-more = al protocolului departamental înainte de orice difuzare.
leaflet-national = Linii naționale de sprijin și ajutor
leaflet-safety = Siguranța dumneavoastră
leaflet-safety-text = Apelurile și SMS-urile rămân în jurnalul telefonului, iar site-urile vizitate în istoricul browserului: ștergeți-le dacă le poate vedea cineva. Păstrați acest document într-un loc sigur.
leaflet-safety-pro = Siguranța persoanei
leaflet-safety-pro-text = Apelurile și SMS-urile rămân în jurnalul telefonului, iar site-urile vizitate în istoricul browserului: spuneți-i persoanei, ca să le șteargă dacă le poate vedea cineva.
leaflet-qr = Toate adresele și programul, actualizate:
leaflet-checked-on = Informații verificate la { $date }.
leaflet-checked-between = Informații verificate între { $from } și { $to }.
leaflet-call-first = Înainte să mergeți, sunați dacă puteți: programul se schimbă.
leaflet-sources = Surse: { $sources }. Fiecare fișă își indică sursa publică în lista de contacte.
leaflet-local = Aproape de dumneavoastră, pas cu pas
leaflet-remote = La distanță: { $numbers }
leaflet-none = Niciun loc înregistrat aici pentru acest pas: sunați la liniile naționale de mai sus.
leaflet-see = vedeți „{ $step }”
leaflet-by-sms = (prin SMS)
leaflet-pro-only = doar pentru profesioniști
leaflet-confidential = { $commune } (adresă confidențială, primire după un apel)
leaflet-phone = Tel.
leaflet-sms = SMS
leaflet-email = E-mail
leaflet-web = Site
leaflet-free = gratuit
leaflet-anonymous = anonim
leaflet-to-verify = de verificat
leaflet-hours-unknown = program: informați-vă
# A date: the day, the month's name (message `month`), the year: "1 decembrie 2026".
leaflet-date = { $day } { $month } { $year }

## Opening hours in words ("De luni până vineri, de la 9:00 la 12:00; închis în zilele de sărbătoare legală")

# A month's name, 1 = January … 12 = December.
month = { $month ->
    [1] ianuarie
    [2] februarie
    [3] martie
    [4] aprilie
    [5] mai
    [6] iunie
    [7] iulie
    [8] august
    [9] septembrie
    [10] octombrie
    [11] noiembrie
   *[12] decembrie
}
# A day's name, 1 = Monday … 7 = Sunday.
weekday = { $weekday ->
    [1] luni
    [2] marți
    [3] miercuri
    [4] joi
    [5] vineri
    [6] sâmbătă
   *[7] duminică
}
hours-always = 24 de ore din 24, 7 zile din 7
hours-open = deschis
hours-all-day = toată ziua
hours-when-all-day = { $when }, toată ziua
hours-when-times = { $when }, { $times }
hours-closed = închis
hours-closed-when = închis { $when }
hours-unknown = program de confirmat
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }; { $next }
# A semicolon, not a comma, for the rule that adds: the rules themselves hold commas.
hours-also = { $first }; { $next }
hours-else = { $first }; în rest, { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }, { $next }
# The last item of a list ("luni, miercuri și vineri").
hours-and = { $first } și { $last }
hours-holidays = în zilele de sărbătoare legală
# The day's bare name, as on opening-hours signs ("sâmbătă, de la 10:00 la 13:00"): the
# habitual forms "sâmbăta", "duminica" cannot be chosen, as a Fluent variant key cannot be
# "sâmbătă" (ASCII identifiers only).
hours-day = { $day }
hours-every-day = în fiecare zi
hours-weekend = în weekend
hours-two-days = { $first } și { $second }
hours-days = de { $from } până { $to }
# A day of the month: "1 decembrie", "14 iulie" ($month: the month's name).
hours-day-of-month = { $day } { $month }
hours-date = pe { $date }
hours-dates = de la { $from } până la { $to }
hours-in-month = în { $month }
hours-months = din { $from } până în { $to }
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits). 24-hour clock;
# "miezul nopții" for 0:00.
hours-clock = { $m ->
    [0] { $h ->
        [0] miezul nopții
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = de la { $from } la { $to }
