# Portuguese (pt) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang pt`), besides
# the widget's vocabulary (../pt.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Locais
remote-heading = À distância (telefone, SMS, online)
pathway-heading = Próximos passos — { $time }
pathway-heading-at = Próximos passos em { $place } — { $time }
routes-heading = A quem ligar — { $territory } ({ $id })
# A Paris day and time: short weekday (1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] seg.
    [2] ter.
    [3] qua.
    [4] qui.
    [5] sex.
    [6] sáb.
   *[7] dom.
}, { $date } { $time }
