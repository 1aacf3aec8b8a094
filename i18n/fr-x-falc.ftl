# maillage — what the <maillage-finder> widget says, in easy-to-read French
# (FALC, « facile à lire et à comprendre », tag fr-x-falc).
# Machine-produced draft: it awaits review by a native speaker and, as FALC rules ask,
# by proofreaders with intellectual disabilities.
#
# Format : Fluent (https://projectfluent.org/). Mêmes identifiants et mêmes variables que
# fr.ftl (la source) ; un test le vérifie. Les numéros de téléphone sont des variables.
# Règles FALC : une idée par phrase, phrases courtes, mots de tous les jours, « vous »,
# chiffres en chiffres, mot difficile expliqué la première fois. Boutons et titres : courts.

## Le widget

title = Trouver de l’aide contre les violences
language-label = Langue
language-unavailable = { $language } : cette langue ne s’affiche pas pour le moment.
emergency = En danger : appelez le { $police } ou le { $europe }. Ou envoyez un SMS au { $sms }. Quelqu’un vous écoute jour et nuit : { $line }
call-police = Appeler le { $number } (police)
call = Appeler le { $number }
sms = Envoyer un SMS au { $number }
email = Écrire un e-mail à { $address }
website = Site internet ({ $host })
exit = Quitter
exit-long = Quitter ce site vite
exit-hint = Ou appuyez 3 fois sur la touche Maj ⇧ du clavier.
exit-remaining = { $n ->
    [one] Appuyez encore { $n } fois sur Maj pour quitter.
   *[other] Appuyez encore { $n } fois sur Maj pour quitter.
}
safety-title = Utiliser ce site en sécurité
safety = Le bouton « Quitter » montre une autre page. Mais ce bouton n’efface pas l’historique du navigateur. L’historique, c’est la liste des sites que vous avez visités. Utilisez une fenêtre de navigation privée. Après votre visite, effacez l’historique. Attention : le téléphone garde la liste de vos appels et de vos SMS (messages écrits).
threat-model = Ce que ce site protège, et ses limites (texte en anglais)
sample = Attention : ce sont des informations d’exemple. Les contacts près de chez vous viennent d’informations publiques. Il faut encore les vérifier.
footer = { $name } — Les informations viennent de : { $sources }
refused = Ce site refuse l’annuaire (la liste des contacts). Cet annuaire n’est pas celui que le site attend. Ou la connexion internet n’a pas marché.
load-error = Le service ne peut pas s’afficher ici. En danger, appelez le { $police } ou le { $europe }. Ou envoyez un SMS (message écrit) au { $sms }. Quelqu’un vous écoute jour et nuit : { $line }. Pour un enfant en danger : { $children }.
outside = Cet endroit est en dehors de la zone de cet annuaire.

## Chercher un lieu

place-label = Votre ville, village ou code postal
place-hint = Tapez au moins 2 lettres. Puis choisissez dans la liste.
around-me = Autour de moi
around-me-note = Votre position reste sur cet appareil (votre téléphone ou votre ordinateur).
geo-error = Nous ne trouvons pas votre position. Tapez le nom de votre ville ou de votre village.
no-place = Nous ne trouvons pas cette ville ou ce village.
suggestions = { $n ->
    [one] { $n } proposition. Utilisez les flèches haut et bas pour choisir.
   *[other] { $n } propositions. Utilisez les flèches haut et bas pour choisir.
}
category-label = Type d’aide
all-categories = Toutes les aides
speaks-my-language = Seulement les services qui parlent ma langue

## Les résultats

count-near = { $places ->
    [one] { $places } lieu
   *[other] { $places } lieux
} près de { $where }. { $remote ->
    [one] { $remote } contact
   *[other] { $remote } contacts
} par téléphone ou sur internet.
count-here = { $places ->
    [one] { $places } lieu
   *[other] { $places } lieux
} près de vous. { $remote ->
    [one] { $remote } contact
   *[other] { $remote } contacts
} par téléphone ou sur internet.
now-title = À faire maintenant
now-intro = Voici les premières étapes, pour tout le monde. Vous pouvez répondre à quelques questions. Ce n’est pas obligatoire. Vos réponses aident à choisir les étapes pour votre situation.
places-near = Lieux près de { $where }
places-here = Lieux près de vous
more-places = { $n ->
    [one] Voir { $n } autre lieu
   *[other] Voir { $n } autres lieux
}
remote-count = Contacts par téléphone, SMS ou internet ({ $n })
map-summary = Voir les lieux sur une carte
map-title = Carte : { $where } et les lieux proches
legend-here = Vous êtes ici
legend-place = Un lieu. Si vous voyez un nombre : plusieurs lieux au même endroit.
print = Imprimer la fiche de mon secteur

## Une fiche

state-open = Ouvert
state-open-always = Ouvert jour et nuit
state-closed = Fermé
state-unknown = Horaires à vérifier
hours = Horaires : { $hours }
until = { $state } jusqu’à { $time }
opens-at = { $state } — ouvre { $time }
closes-at = { $state } — ferme { $time }
uncertain-from = { $state } — horaires pas sûrs à partir de { $time }
distance = à { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km
in-commune = dans la commune de { $commune }
about = à environ { NUMBER($km, maximumFractionDigits: 0) } km
step-free = Entrée sans marche
free = Gratuit
anonymous = Anonyme (sans donner votre nom)
confidential = Adresse gardée secrète
professionals-only = (seulement pour les professionnels)
checked = vérifié le { $date }
to-verify = à vérifier
summary-kind = Aide : { $kinds }
summary-reach = Comment les contacter : { $ways }
summary-languages = Langues parlées : { $languages }

## Les étapes

questions-title = Que faire ensuite ?
questions-intro = Vous pouvez répondre à quelques questions. Ce n’est pas obligatoire. Vos réponses aident à mettre les étapes dans le bon ordre. Ce site ne garde pas vos réponses. Il ne les envoie à personne.
refine = Choisir les étapes pour ma situation (pas obligatoire)
yes = Oui
no = Non
skip = Je ne sais pas
role = Vous êtes
show-steps = Voir les étapes
steps-title = Vos prochaines étapes
steps-count = { $n ->
    [one] Nous vous proposons { $n } étape.
   *[other] Nous vous proposons { $n } étapes.
}
why = Pourquoi : { $reasons }
lead = Responsable : { $partner }
lead-in = Responsable : { $partner } ({ $territory })

## Les professionnels

pro-title = Qui appeler dans un secteur
territory-label = Secteur
show-routes = Afficher
routes-count = { $n ->
    [one] { $n } étape.
   *[other] { $n } étapes.
}
pro-open-title = Annuaire des professionnels
pass-label = Phrase de passe du réseau
pass-hint = La coordination du département vous donne cette phrase. C’est un mot de passe fait de plusieurs mots. Ce site ne garde pas la phrase. Il ne l’envoie à personne. L’annuaire s’ouvre sur cet appareil.
pass-open = Ouvrir
opening = L’annuaire des professionnels s’ouvre…
wrong-pass = La phrase de passe n’est pas bonne. Vérifiez-la et essayez encore.
pro-load-error = L’annuaire des professionnels ne peut pas s’ouvrir ici.

## Pourquoi ce lieu (codes du moteur)

reason-category = aide : { $category }
reason-language = langue parlée : { $language }
reason-serves-country = pour toute la France
reason-serves-territory = pour le secteur : { $territory }
reason-national-line = numéro pour toute la France
reason-step-line = numéro pour toute la France, pour cette étape
reason-written = par écrit : parler n’est pas sûr pour vous
step-reason-for-everyone = utile pour tout le monde
step-reason-answer = vous avez répondu « { $answer ->
    [yes] oui
   *[no] non
} » à « { $question } »
step-reason-urgent = à faire en premier : vous avez répondu « { $answer ->
    [yes] oui
   *[no] non
} » à « { $question } »
step-reason-written-first = contacts par écrit en premier : parler n’est pas sûr pour vous

## Vocabulaire de l’annuaire

category-urgence = Urgence
category-ecoute = Écoute et conseils
category-hebergement = Mise à l’abri et hébergement
category-soins = Soins et preuves des blessures
category-plainte = Porter plainte ou signaler
category-juridique = Informations sur vos droits
category-protection = Protection par la justice
category-social = Aide pour les démarches
category-psy = Aide psychologique
category-enfants = Enfants
category-sante-sexuelle = Santé sexuelle
category-auteurs = Arrêter d’être violent
role-victim = la personne qui vit les violences
role-relative = un proche (famille, ami ou amie)
role-professional = un professionnel ou une professionnelle
role-perpetrator = une personne qui veut arrêter d’être violente
question-in_danger_now = Êtes-vous en danger maintenant ?
question-can_speak_safely = Pouvez-vous parler sans qu’une autre personne vous entende ?
question-children = Est-ce qu’il y a des enfants à la maison ?
question-sexual_violence = Est-ce qu’il y a des violences sexuelles ? Par exemple : des actes sexuels forcés.
question-needs_shelter_tonight = Avez-vous besoin d’un endroit pour dormir ce soir ?
question-wants_to_report = Voulez-vous porter plainte (raconter les faits à la police ou à la gendarmerie) ?
question-heavy_signals = Est-ce qu’il y a une de ces choses : menaces de mort, étranglement (serrer le cou), une arme, une séparation récente, des violences de plus en plus graves ?
access-telephone = par téléphone
access-sms = par SMS
access-en-ligne = sur internet
access-sur-place = sans rendez-vous
access-rendez-vous = sur rendez-vous
access-permanence = certains jours, à certaines heures (permanences)
audience-tous = Tout le monde
audience-femmes = Femmes
audience-hommes = Hommes
audience-jeunes = Jeunes
audience-enfants = Enfants
audience-lgbt = Personnes LGBT+
audience-proches = Proches (famille, amis)
audience-professionnels = Professionnels
audience-auteurs = Personnes qui commettent des violences
