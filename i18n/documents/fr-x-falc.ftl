# Easy-to-read French (FALC, fr-x-falc) — machine-produced draft, awaiting review by a native speaker and by FALC proofreaders.
# maillage — ce que dit la ligne de commande (`maillage nearest|pathway|routes --lang fr-x-falc`), en
# plus du vocabulaire du widget (../fr-x-falc.ftl, dont elle reprend les messages communs : catégories,
# raisons, états d'ouverture, distances). Mêmes identifiants et variables dans chaque langue.
# FALC : pas d'abréviations, donc les jours de la semaine sont écrits en entier.

places-heading = Lieux où aller
remote-heading = À distance : par téléphone, SMS ou internet
pathway-heading = Vos prochaines étapes — { $time }
pathway-heading-at = Vos prochaines étapes à { $place } — { $time }
routes-heading = Qui appeler — { $territory } ({ $id })
# Un jour et une heure de Paris : jour de la semaine (1 = lundi … 7 = dimanche), date
# (jour/mois) et heure.
datetime = { $weekday ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
} { $date } à { $time }

## Le dépliant imprimé (maillage leaflet)

leaflet-title = Violences : qui peut vous aider — { $place }
leaflet-title-pro = { $notice } — Violences : qui peut vous aider — { $place }
leaflet-heading = Violences dans le couple, dans la famille, violences sexuelles : qui peut vous aider
leaflet-pro-notice = Seulement pour les professionnels — ne l’affichez pas, ne le donnez pas au public
# Ces 2 lignes forment une seule phrase.
leaflet-sample = Attention : ce sont des informations d’exemple. Le comité technique
leaflet-sample-more = du protocole départemental doit les vérifier avant de distribuer ce document.
leaflet-national = Numéros pour toute la France : quelqu’un vous écoute et vous aide
leaflet-safety = Votre sécurité
leaflet-safety-text = Le téléphone garde la liste de vos appels et de vos SMS. Le navigateur internet garde la liste des sites que vous avez visités. Effacez ces listes si quelqu’un peut les voir. Gardez ce document dans un endroit sûr.
leaflet-safety-pro = La sécurité de la personne
leaflet-safety-pro-text = Le téléphone garde la liste des appels et des SMS. Le navigateur internet garde la liste des sites visités. Dites-le à la personne. Elle peut effacer ces listes si quelqu’un peut les voir.
leaflet-qr = Toutes les adresses et tous les horaires à jour :
leaflet-checked-on = Nous avons vérifié ces informations le { $date }.
leaflet-checked-between = Nous avons vérifié ces informations entre le { $from } et le { $to }.
leaflet-call-first = Avant d’y aller, appelez si vous pouvez. Les horaires peuvent changer.
leaflet-sources = Les informations viennent de : { $sources }. Pour chaque lieu, l’annuaire (la liste des contacts) dit d’où vient l’information.
leaflet-local = Près de chez vous, étape par étape
leaflet-remote = Par téléphone ou sur internet : { $numbers }
leaflet-none = Ici, nous ne connaissons pas de lieu pour cette étape. Appelez les numéros pour toute la France, plus haut.
leaflet-see = voir « { $step } »
leaflet-by-sms = (par SMS)
leaflet-pro-only = seulement pour les professionnels
leaflet-confidential = { $commune } (adresse confidentielle : appelez d’abord, ensuite on vous reçoit)
leaflet-phone = Téléphone
leaflet-sms = SMS
leaflet-email = E-mail
leaflet-web = Site internet
leaflet-free = gratuit
leaflet-anonymous = anonyme (sans donner votre nom)
leaflet-to-verify = à vérifier
leaflet-hours-unknown = horaires : appelez pour les connaître
# Une date : le jour, le nom du mois (message `month`), l’année.
leaflet-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

## Les horaires en mots (« Du lundi au vendredi, de 9 h à midi — fermé les jours fériés »)

# Le nom d’un mois, 1 = janvier … 12 = décembre.
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
# Le nom d’un jour, 1 = lundi … 7 = dimanche.
weekday = { $weekday ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
hours-always = jour et nuit, tous les jours
hours-open = ouvert
hours-all-day = toute la journée
hours-when-all-day = { $when }, toute la journée
hours-when-times = { $when }, { $times }
hours-closed = fermé
hours-closed-when = fermé { $when }
hours-unknown = horaires pas encore vérifiés
hours-scoped = { $scope } : { $what }
hours-comment = { $rule } ({ $comment })
# Deux règles qui se suivent, une règle qui s’ajoute, une règle « sinon ».
# FALC : pas de point-virgule ; un tiret sépare les règles.
hours-then = { $first } — { $next }
# La règle qui s’ajoute : un tiret aussi, car les règles contiennent déjà des virgules.
hours-also = { $first } — { $next }
hours-else = { $first } — le reste du temps : { $next }
# Deux éléments d’une liste, sauf le dernier (« lundi, mercredi »).
hours-list = { $first }, { $next }
# Le dernier élément d’une liste (« lundi, mercredi et vendredi »).
hours-and = { $first } et { $last }
hours-holidays = les jours fériés
hours-day = le { $day }
hours-every-day = tous les jours
# « week-end » : écrit en clair.
hours-weekend = le samedi et le dimanche
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
# « de début avril à fin août » : clair, et sans « de avril » / « de août » (Fluent ne peut pas
# choisir l’élision sur « août », une clé de variante étant en ASCII).
hours-months = de début { $from } à fin { $to }
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
