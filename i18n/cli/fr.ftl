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
