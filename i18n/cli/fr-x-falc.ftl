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
