# Spanish (es) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang es`), besides
# the widget's vocabulary (../es.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Lugares
remote-heading = A distancia (teléfono, SMS, en línea)
pathway-heading = Próximos pasos — { $time }
pathway-heading-at = Próximos pasos en { $place } — { $time }
routes-heading = A quién llamar — { $territory } ({ $id })
# A Paris day and time: short weekday (1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}, { $date } { $time }
