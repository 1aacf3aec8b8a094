# maillage — ce que dit le widget <maillage-finder>, en français (la langue source).
#
# Format : Fluent (https://projectfluent.org/). Chaque langue a un fichier `<langue>.ftl` avec
# exactement les mêmes identifiants et les mêmes variables (`$nom`) ; un test le vérifie.
# Les numéros de téléphone sont des variables : ils restent écrits de gauche à droite, même en
# arabe, dari ou pachto. Les mots en `-` (termes) ne sont utilisés que dans ce fichier.

## Le widget

title = Trouver de l’aide face aux violences
language-label = Langue
language-unavailable = { $language } : cette langue n’a pas pu être chargée.
emergency = En danger : appelez le { $police } ou le { $europe } · SMS au { $sms } · Écoute 24h/24 : { $line }
call-police = Appeler le { $number } (police)
call = Appeler le { $number }
sms = SMS au { $number }
email = Écrire à { $address }
website = Site web ({ $host })
exit = Quitter
exit-long = Quitter ce site rapidement
exit-hint = Ou appuyez 3 fois sur la touche Maj.
exit-remaining = { $n ->
    [one] Appuyez encore { $n } fois sur Maj pour quitter.
   *[other] Appuyez encore { $n } fois sur Maj pour quitter.
}
safety-title = Naviguer en sécurité
safety = Le bouton « Quitter » affiche une autre page, mais n’efface pas l’historique du navigateur. Utilisez une fenêtre de navigation privée, effacez l’historique après votre visite. Les appels et SMS apparaissent dans le journal du téléphone.
threat-model = Ce que ce service protège, et ses limites (en anglais)
sample = Données d’exemple : les contacts locaux viennent de sources publiques et doivent encore être vérifiés.
footer = { $name } — Sources : { $sources }
refused = Annuaire refusé : il ne correspond pas à l’empreinte que ce site attend, ou la connexion a échoué.
load-error = Le service ne peut pas s’afficher ici. En cas de danger, appelez le { $police } ou le { $europe }, envoyez un SMS au { $sms }. Écoute 24h/24 : { $line }. Enfants en danger : { $children }.
outside = Ce point est hors de la zone couverte par cet annuaire.

## Chercher un lieu

place-label = Votre commune ou code postal
place-hint = Tapez au moins 2 lettres, puis choisissez dans la liste.
around-me = Autour de moi
around-me-note = Votre position reste sur cet appareil.
geo-error = Position indisponible. Tapez votre commune.
no-place = Aucune commune trouvée.
suggestions = { $n ->
    [one] { $n } suggestion. Flèches haut et bas pour choisir.
   *[other] { $n } suggestions. Flèches haut et bas pour choisir.
}
category-label = Type d’aide
all-categories = Toutes
speaks-my-language = Seulement les services qui parlent ma langue

## Les résultats

count-near = { $places ->
    [one] { $places } lieu
   *[other] { $places } lieux
} près de { $where }, { $remote ->
    [one] { $remote } contact
   *[other] { $remote } contacts
} par téléphone ou en ligne.
count-here = { $places ->
    [one] { $places } lieu
   *[other] { $places } lieux
} près de votre position, { $remote ->
    [one] { $remote } contact
   *[other] { $remote } contacts
} par téléphone ou en ligne.
now-title = À faire maintenant
now-intro = Les premières étapes pour toute personne. Quelques questions facultatives les adaptent à votre situation.
places-near = Lieux près de { $where }
places-here = Lieux autour de votre position
more-places = { $n ->
    [one] Voir { $n } autre lieu
   *[other] Voir { $n } autres lieux
}
remote-count = Lignes par téléphone, SMS ou en ligne ({ $n })
map-summary = Voir les lieux sur une carte
map-title = Carte : { $where } et les lieux proches
legend-here = Vous êtes ici
legend-place = Un lieu (un nombre : plusieurs lieux au même endroit)
print = Imprimer la fiche de mon territoire

## Une fiche

state-open = Ouvert
state-open-always = Ouvert 24 h/24
state-closed = Fermé
state-unknown = Horaires à vérifier
hours = Horaires : { $hours }
until = { $state } jusqu’à { $time }
opens-at = { $state } — ouvre { $time }
closes-at = { $state } — ferme { $time }
uncertain-from = { $state } — horaires incertains à partir de { $time }
distance = à { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km
in-commune = dans la commune de { $commune }
about = à environ { NUMBER($km, maximumFractionDigits: 0) } km
step-free = Accès de plain-pied
free = Gratuit
anonymous = Anonyme
confidential = Adresse confidentielle
professionals-only = (réservé aux professionnels)
checked = vérifié le { $date }
to-verify = à vérifier
summary-kind = Aide : { $kinds }
summary-reach = Joindre : { $ways }
summary-languages = Langues : { $languages }

## Les étapes

questions-title = Quelles sont les prochaines étapes ?
questions-intro = Quelques questions facultatives pour ordonner les étapes. Vos réponses ne sont ni enregistrées ni envoyées.
refine = Adapter les étapes à ma situation (facultatif)
yes = Oui
no = Non
skip = Je ne sais pas
role = Vous êtes
show-steps = Voir les étapes
steps-title = Vos prochaines étapes
steps-count = { $n ->
    [one] { $n } étape proposée.
   *[other] { $n } étapes proposées.
}
why = Pourquoi : { $reasons }
lead = Chef de file : { $partner }
lead-in = Chef de file : { $partner } ({ $territory })

## Les professionnels

pro-title = Qui appeler sur un territoire
territory-label = Territoire
show-routes = Afficher
routes-count = { $n ->
    [one] { $n } étape.
   *[other] { $n } étapes.
}
pro-open-title = Annuaire professionnel
pass-label = Phrase de passe du réseau
pass-hint = Donnée par la coordination départementale. Elle n’est ni enregistrée ni envoyée : l’annuaire s’ouvre sur cet appareil.
pass-open = Ouvrir
opening = Ouverture de l’annuaire professionnel…
wrong-pass = Phrase de passe incorrecte. Vérifiez-la et réessayez.
pro-load-error = L’annuaire professionnel ne peut pas s’ouvrir ici.

## Pourquoi ce lieu (codes du moteur)

reason-category = aide : { $category }
reason-language = parle la langue : { $language }
reason-serves-country = pour toute la France
reason-serves-territory = pour le territoire : { $territory }
reason-national-line = ligne nationale
reason-step-line = ligne nationale de cette étape
reason-written = par écrit : vous ne pouvez pas parler sans risque
step-reason-for-everyone = utile à chacun
step-reason-answer = vous avez répondu « { $answer ->
    [yes] oui
   *[no] non
} » à « { $question } »
step-reason-urgent = en premier : vous avez répondu « { $answer ->
    [yes] oui
   *[no] non
} » à « { $question } »
step-reason-written-first = contacts par écrit en premier : vous ne pouvez pas parler sans risque

## Vocabulaire de l’annuaire

category-urgence = Urgence
category-ecoute = Écoute et orientation
category-hebergement = Mise en sécurité et hébergement
category-soins = Soins et constatations
category-plainte = Plainte et signalement
category-juridique = Information juridique
category-protection = Protection judiciaire
category-social = Accompagnement social
category-psy = Soutien psychologique
category-enfants = Enfants
category-sante-sexuelle = Santé sexuelle
category-auteurs = Auteurs de violences
role-victim = la personne concernée
role-relative = un proche
role-professional = un ou une professionnelle
role-perpetrator = une personne qui veut arrêter d’être violente
question-in_danger_now = Êtes-vous en danger maintenant ?
question-can_speak_safely = Pouvez-vous parler sans risque d’être entendu·e ?
question-children = Y a-t-il des enfants à la maison ?
question-sexual_violence = Y a-t-il des violences sexuelles ?
question-needs_shelter_tonight = Avez-vous besoin d’un endroit où dormir ce soir ?
question-wants_to_report = Souhaitez-vous porter plainte ?
question-heavy_signals = Menaces de mort, étranglement, arme, séparation récente ou violences qui s’aggravent ?
access-telephone = par téléphone
access-sms = par SMS
access-en-ligne = en ligne
access-sur-place = sans rendez-vous
access-rendez-vous = sur rendez-vous
access-permanence = lors de permanences
audience-tous = Tout public
audience-femmes = Femmes
audience-hommes = Hommes
audience-jeunes = Jeunes
audience-enfants = Enfants
audience-lgbt = Personnes LGBT+
audience-proches = Proches
audience-professionnels = Professionnels
audience-auteurs = Auteurs de violences
