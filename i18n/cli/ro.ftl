# Romanian (ro) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang ro`), besides
# the widget's vocabulary (../ro.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Locuri
remote-heading = La distanță (telefon, SMS, online)
pathway-heading = Pașii următori — { $time }
pathway-heading-at = Pașii următori în { $place } — { $time }
routes-heading = Pe cine să sunați — { $territory } ({ $id })
# A Paris day and time: short weekday (1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mie.
    [4] joi
    [5] vin.
    [6] sâm.
   *[7] dum.
}, { $date } { $time }
