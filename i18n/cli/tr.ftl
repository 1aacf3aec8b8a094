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
