# Ukrainian (uk) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang uk`), besides
# the widget's vocabulary (../uk.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Місця
remote-heading = Дистанційно (телефон, SMS, онлайн)
pathway-heading = Наступні кроки — { $time }
pathway-heading-at = Наступні кроки, { $place } — { $time }
routes-heading = Кому телефонувати — { $territory } ({ $id })
# A Paris day and time: short weekday (1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] пн
    [2] вт
    [3] ср
    [4] чт
    [5] пт
    [6] сб
   *[7] нд
}, { $date } { $time }
