# Dari (fa-AF, Afghan Persian) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang fa-AF`), besides
# the widget's vocabulary (../fa-AF.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = مکان‌ها
remote-heading = از راه دور (تیلفون، پیام کوتاه، انترنت)
pathway-heading = قدم‌های بعدی — { $time }
pathway-heading-at = قدم‌های بعدی در { $place } — { $time }
routes-heading = به چه کسی زنگ بزنیم — { $territory } ({ $id })
# A Paris day and time: weekday (full name, 1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
} { $date } { $time }
