# maillage — what the <maillage-finder> widget says, in Romanian (ro).
# Machine-produced draft, translated from fr.ftl: awaiting review by a native speaker.
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl (the
# source); a test checks it. Phone numbers are variables: they stay left-to-right.
# Formal address ("dumneavoastră"). Plural categories for ro: one, few, other
# (few = 0, 2–19, 101–119…: "2 locuri"; other = 20 and more: "20 de locuri").

## Widgetul

title = Găsiți ajutor împotriva violenței
language-label = Limba
language-unavailable = { $language }: această limbă nu a putut fi încărcată.
emergency = În pericol: sunați la { $police } sau la { $europe } · SMS la { $sms } · Linie de sprijin 24h/24: { $line }
call-police = Sunați la { $number } (poliția)
call = Sunați la { $number }
sms = SMS la { $number }
email = Scrieți la { $address }
website = Site web ({ $host })
exit = Ieșire
exit-long = Părăsiți rapid acest site
exit-hint = Sau apăsați de 3 ori tasta Shift.
exit-remaining = { $n ->
    [one] Apăsați Shift încă { $n } dată pentru a ieși.
    [few] Apăsați Shift încă de { $n } ori pentru a ieși.
   *[other] Apăsați Shift încă de { $n } de ori pentru a ieși.
}
safety-title = Navigați în siguranță
safety = Butonul „Ieșire” afișează o altă pagină, dar nu șterge istoricul browserului. Folosiți o fereastră de navigare privată și ștergeți istoricul după vizită. Apelurile și SMS-urile apar în jurnalul telefonului.
threat-model = Ce protejează acest serviciu și care sunt limitele lui (în engleză)
sample = Date de exemplu: contactele locale provin din surse publice și trebuie încă verificate.
footer = { $name } — Surse: { $sources }
refused = Lista de contacte a fost refuzată: nu corespunde amprentei pe care o așteaptă acest site sau conexiunea a eșuat.
load-error = Serviciul nu poate fi afișat aici. În caz de pericol, sunați la { $police } sau la { $europe } sau trimiteți un SMS la { $sms }. Linie de sprijin 24h/24: { $line }. Copii în pericol: { $children }.
outside = Acest punct se află în afara zonei acoperite de această listă de contacte.

## Căutarea unui loc

place-label = Localitatea sau codul poștal
place-hint = Tastați cel puțin 2 litere, apoi alegeți din listă.
around-me = În jurul meu
around-me-note = Poziția dumneavoastră rămâne pe acest dispozitiv.
geo-error = Poziție indisponibilă. Tastați localitatea.
no-place = Nu a fost găsită nicio localitate.
suggestions = { $n ->
    [one] { $n } sugestie. Folosiți săgețile sus și jos pentru a alege.
    [few] { $n } sugestii. Folosiți săgețile sus și jos pentru a alege.
   *[other] { $n } de sugestii. Folosiți săgețile sus și jos pentru a alege.
}
category-label = Tipul de ajutor
all-categories = Toate
speaks-my-language = Doar serviciile care vorbesc limba mea

## Rezultatele

count-near = { $places ->
    [one] { $places } loc
    [few] { $places } locuri
   *[other] { $places } de locuri
} lângă { $where }, { $remote ->
    [one] { $remote } contact
    [few] { $remote } contacte
   *[other] { $remote } de contacte
} prin telefon sau online.
count-here = { $places ->
    [one] { $places } loc
    [few] { $places } locuri
   *[other] { $places } de locuri
} în apropierea poziției dumneavoastră, { $remote ->
    [one] { $remote } contact
    [few] { $remote } contacte
   *[other] { $remote } de contacte
} prin telefon sau online.
now-title = Ce puteți face acum
now-intro = Primii pași, pentru oricine. Câteva întrebări opționale îi adaptează la situația dumneavoastră.
places-near = Locuri lângă { $where }
places-here = Locuri în jurul poziției dumneavoastră
more-places = { $n ->
    [one] Vedeți încă { $n } loc
    [few] Vedeți încă { $n } locuri
   *[other] Vedeți încă { $n } de locuri
}
remote-count = Linii prin telefon, SMS sau online ({ $n })
map-summary = Vedeți locurile pe hartă
map-title = Hartă: { $where } și locurile din apropiere
legend-here = Sunteți aici
legend-place = Un loc (un număr: mai multe locuri în același punct)
print = Tipăriți fișa teritoriului meu

## O fișă

state-open = Deschis
state-open-always = Deschis 24 h/24
state-closed = Închis
state-unknown = Program de verificat
hours = Program: { $hours }
until = { $state } până la { $time }
opens-at = { $state } — se deschide { $time }
closes-at = { $state } — se închide { $time }
uncertain-from = { $state } — program incert începând de la { $time }
distance = la { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km
in-commune = în localitatea { $commune }
about = la aproximativ { NUMBER($km, maximumFractionDigits: 0) } km
step-free = Acces fără trepte
free = Gratuit
anonymous = Anonim
confidential = Adresă confidențială
professionals-only = (doar pentru profesioniști)
checked = verificat la { $date }
to-verify = de verificat
summary-kind = Ajutor: { $kinds }
summary-reach = Contact: { $ways }
summary-languages = Limbi: { $languages }

## Pașii

questions-title = Care sunt pașii următori?
questions-intro = Câteva întrebări opționale pentru a ordona pașii. Răspunsurile dumneavoastră nu sunt nici salvate, nici trimise.
refine = Adaptarea pașilor la situația mea (opțional)
yes = Da
no = Nu
skip = Nu știu
role = Sunteți
show-steps = Vedeți pașii
steps-title = Pașii următori pentru dumneavoastră
steps-count = { $n ->
    [one] { $n } pas propus.
    [few] { $n } pași propuși.
   *[other] { $n } de pași propuși.
}
why = De ce: { $reasons }
lead = Partener coordonator: { $partner }
lead-in = Partener coordonator: { $partner } ({ $territory })

## Profesioniștii

pro-title = Pe cine să sunați într-un teritoriu
territory-label = Teritoriu
show-routes = Afișați
routes-count = { $n ->
    [one] { $n } pas.
    [few] { $n } pași.
   *[other] { $n } de pași.
}
pro-open-title = Lista de contacte pentru profesioniști
pass-label = Fraza de acces a rețelei
pass-hint = Primită de la coordonarea departamentală. Nu este nici salvată, nici trimisă: lista se deschide pe acest dispozitiv.
pass-open = Deschideți
opening = Se deschide lista de contacte pentru profesioniști…
wrong-pass = Fraza de acces este greșită. Verificați-o și încercați din nou.
pro-load-error = Lista de contacte pentru profesioniști nu poate fi deschisă aici.

## De ce acest loc (codurile motorului)

reason-category = ajutor: { $category }
reason-language = vorbește limba: { $language }
reason-serves-country = pentru toată Franța
reason-serves-territory = pentru teritoriul: { $territory }
reason-national-line = linie națională
reason-step-line = linia națională pentru acest pas
reason-written = în scris: nu puteți vorbi fără risc
step-reason-for-everyone = util pentru oricine
step-reason-answer = ați răspuns „{ $answer ->
    [yes] da
   *[no] nu
}” la „{ $question }”
step-reason-urgent = mai întâi: ați răspuns „{ $answer ->
    [yes] da
   *[no] nu
}” la „{ $question }”
step-reason-written-first = întâi contactele în scris: nu puteți vorbi fără risc

## Vocabularul listei de contacte

category-urgence = Urgență
category-ecoute = Ascultare și îndrumare
category-hebergement = Punere în siguranță și adăpost
category-soins = Îngrijiri și constatări medicale
category-plainte = Plângere și sesizare
category-juridique = Informații juridice
category-protection = Protecție judiciară
category-social = Sprijin social
category-psy = Sprijin psihologic
category-enfants = Copii
category-sante-sexuelle = Sănătate sexuală
category-auteurs = Autori de violențe
role-victim = persoana în cauză
role-relative = o persoană apropiată
role-professional = un profesionist sau o profesionistă
role-perpetrator = o persoană care vrea să nu mai fie violentă
question-in_danger_now = Sunteți în pericol acum?
question-can_speak_safely = Puteți vorbi fără să vă audă cineva?
question-children = Sunt copii în casă?
question-sexual_violence = Există violențe sexuale?
question-needs_shelter_tonight = Aveți nevoie de un loc unde să dormiți în noaptea aceasta?
question-wants_to_report = Doriți să depuneți plângere?
question-heavy_signals = Amenințări cu moartea, strangulare, armă, separare recentă sau violențe care se agravează?
access-telephone = prin telefon
access-sms = prin SMS
access-en-ligne = online
access-sur-place = fără programare
access-rendez-vous = cu programare
access-permanence = în orele de program cu publicul
audience-tous = Toată lumea
audience-femmes = Femei
audience-hommes = Bărbați
audience-jeunes = Tineri
audience-enfants = Copii
audience-lgbt = Persoane LGBT+
audience-proches = Persoane apropiate
audience-professionnels = Profesioniști
audience-auteurs = Autori de violențe
