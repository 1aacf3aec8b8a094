# maillage — ce que dit la ligne de commande (`maillage nearest|pathway|routes --lang fr`), en
# plus du vocabulaire du widget (../fr.ftl, dont elle reprend les messages communs : catégories,
# raisons, états d'ouverture, distances). Mêmes identifiants et variables dans chaque langue.

places-heading = Lieux
remote-heading = À distance (téléphone, SMS, en ligne)
pathway-heading = Parcours — { $time }
pathway-heading-at = Parcours à { $place } — { $time }
routes-heading = Qui appeler — { $territory } ({ $id })
# Un jour et une heure de Paris : jour de la semaine abrégé (1 = lundi … 7 = dimanche), date
# (jour/mois) et heure.
datetime = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
} { $date } { $time }

## Le dépliant imprimé (maillage leaflet)

leaflet-title = Violences : qui peut vous aider — { $place }
leaflet-title-pro = { $notice } — Violences : qui peut vous aider — { $place }
leaflet-heading = Violences conjugales, intrafamiliales, sexuelles : qui peut vous aider
leaflet-pro-notice = Document réservé aux professionnels — ne pas afficher ni remettre au public
leaflet-sample = Données d'exemple — à vérifier par le comité technique
leaflet-sample-more = du protocole départemental avant toute diffusion.
leaflet-national = Lignes nationales d'écoute et d'aide
leaflet-safety = Votre sécurité
leaflet-safety-text = Appels et SMS restent dans le journal du téléphone, les sites visités dans l'historique du navigateur : effacez-les si quelqu'un peut les voir. Gardez ce document en lieu sûr.
leaflet-safety-pro = Sa sécurité
leaflet-safety-pro-text = Appels et SMS restent dans le journal du téléphone, les sites visités dans l'historique du navigateur : dites-le à la personne, qu'elle les efface si quelqu'un peut les voir.
leaflet-qr = Toutes les adresses et les horaires à jour :
leaflet-checked-on = Informations vérifiées le { $date }.
leaflet-checked-between = Informations vérifiées entre le { $from } et le { $to }.
leaflet-call-first = Avant de vous déplacer, appelez si possible : les horaires changent.
leaflet-sources = Sources : { $sources }. Chaque fiche cite sa source publique dans l'annuaire.
leaflet-local = Près de chez vous, étape par étape
leaflet-remote = À distance : { $numbers }
leaflet-none = Pas de lieu recensé ici pour cette étape : appelez les lignes nationales ci-dessus.
leaflet-see = voir « { $step } »
leaflet-by-sms = (par SMS)
leaflet-pro-only = réservé aux professionnels
leaflet-confidential = { $commune } (adresse confidentielle, accueil après un appel)
leaflet-phone = Tél.
leaflet-sms = SMS
leaflet-email = Courriel
leaflet-web = Site
leaflet-free = gratuit
leaflet-anonymous = anonyme
leaflet-to-verify = à vérifier
leaflet-hours-unknown = horaires : se renseigner
# Une date : le jour, le nom du mois (message `month`), l'année.
leaflet-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

## Les horaires en mots (« Du lundi au vendredi de 9 h à midi ; fermé les jours fériés »)

# Le nom d'un mois, 1 = janvier … 12 = décembre.
month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
# Le nom d'un jour, 1 = lundi … 7 = dimanche.
weekday = { $weekday ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
hours-always = 24 h/24, 7 j/7
hours-open = ouvert
hours-all-day = toute la journée
hours-when-all-day = { $when }, toute la journée
hours-when-times = { $when } { $times }
hours-closed = fermé
hours-closed-when = fermé { $when }
hours-unknown = horaires à confirmer
hours-scoped = { $scope } : { $what }
hours-comment = { $rule } ({ $comment })
# Deux règles qui se suivent, une règle qui s'ajoute, une règle « sinon ».
hours-then = { $first } ; { $next }
hours-also = { $first }, { $next }
hours-else = { $first } ; sinon, { $next }
# Deux éléments d’une liste, sauf le dernier (« lundi, mercredi »).
hours-list = { $first }, { $next }
# Le dernier élément d'une liste (« lundi, mercredi et vendredi »).
hours-and = { $first } et { $last }
hours-holidays = les jours fériés
hours-day = le { $day }
hours-every-day = tous les jours
hours-weekend = le week-end
hours-two-days = le { $first } et le { $second }
hours-days = du { $from } au { $to }
# Un jour du mois : « 1er décembre », « 14 juillet » ($month : le nom du mois).
hours-day-of-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
hours-date = le { $date }
hours-dates = du { $from } au { $to }
hours-in-month = en { $month }
# « d'avril », « d'août », « d'octobre » ($from-month : le numéro du premier mois).
hours-months = { $from-month ->
    [4] d'{ $from }
    [8] d'{ $from }
    [10] d'{ $from }
   *[other] de { $from }
} à { $to }
# Une heure : $h (0–23), $m (0–59), $mm (les minutes sur deux chiffres).
hours-clock = { $m ->
    [0] { $h ->
        [0] minuit
        [12] midi
       *[other] { $h } h
    }
   *[other] { $h } h { $mm }
}
hours-times = de { $from } à { $to }
