# Arabic (ar, Modern Standard Arabic) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang ar`), besides
# the widget's vocabulary (../ar.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = الأماكن
remote-heading = عن بُعد (الهاتف، الرسائل النصية، الإنترنت)
pathway-heading = الخطوات التالية — { $time }
pathway-heading-at = الخطوات التالية في { $place } — { $time }
routes-heading = بمن يمكن الاتصال — { $territory } ({ $id })
# A Paris day and time: weekday (full name, 1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}، { $date } { $time }
