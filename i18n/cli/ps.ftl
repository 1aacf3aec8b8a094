# Pashto (ps, as used in Afghanistan) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang ps`), besides
# the widget's vocabulary (../ps.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = ځایونه
remote-heading = له لرې (تلیفون، SMS، انټرنېټ)
pathway-heading = راتلونکي ګامونه — { $time }
pathway-heading-at = په { $place } کې راتلونکي ګامونه — { $time }
routes-heading = چا ته زنګ ووهئ — { $territory } ({ $id })
# A Paris day and time: weekday (full name, 1 = Monday … 7 = Sunday), date (day/month) and time.
# Weekday names: the ones common in Afghanistan (دوشنبه … یکشنبه), as in data/manche/i18n/ps.json,
# rather than CLDR's دونۍ … یونۍ (اونۍ, Saturday, also means "week").
datetime = { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
} { $date } { $time }
