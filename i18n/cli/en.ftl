# maillage — what the command line says (`maillage nearest|pathway|routes --lang en`), besides
# the widget's vocabulary (../en.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Places
remote-heading = Remote (phone, text, online)
pathway-heading = Pathway — { $time }
pathway-heading-at = Pathway in { $place } — { $time }
routes-heading = Who to call — { $territory } ({ $id })
# A Paris day and time: short weekday (1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
} { $date } { $time }
