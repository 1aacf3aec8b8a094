# Russian (ru) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang ru`), besides
# the widget's vocabulary (../ru.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Места
remote-heading = Дистанционно (телефон, SMS, онлайн)
pathway-heading = Следующие шаги — { $time }
pathway-heading-at = Следующие шаги, { $place } — { $time }
routes-heading = Куда звонить — { $territory } ({ $id })
# A Paris day and time: short weekday (1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] пн
    [2] вт
    [3] ср
    [4] чт
    [5] пт
    [6] сб
   *[7] вс
}, { $date } { $time }
