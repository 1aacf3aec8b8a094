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

## The printed leaflet (maillage leaflet)

leaflet-title = Violencia: quién puede ayudarle — { $place }
leaflet-title-pro = { $notice } — Violencia: quién puede ayudarle — { $place }
leaflet-heading = Violencia en la pareja, en la familia, violencia sexual: quién puede ayudarle
leaflet-pro-notice = Documento reservado a profesionales — no exponer ni entregar al público
# These two lines make one sentence.
leaflet-sample = Datos de ejemplo — que debe verificar el comité técnico
leaflet-sample-more = del protocolo departamental antes de cualquier difusión.
leaflet-national = Líneas nacionales de escucha y ayuda
leaflet-safety = Su seguridad
leaflet-safety-text = Las llamadas y los SMS quedan en el registro del teléfono, y los sitios visitados en el historial del navegador: bórrelos si alguien puede verlos. Guarde este documento en un lugar seguro.
leaflet-safety-pro = La seguridad de la persona
leaflet-safety-pro-text = Las llamadas y los SMS quedan en el registro del teléfono, y los sitios visitados en el historial del navegador: dígaselo a la persona, para que los borre si alguien puede verlos.
leaflet-qr = Todas las direcciones y los horarios, actualizados:
leaflet-checked-on = Información verificada el { $date }.
leaflet-checked-between = Información verificada entre el { $from } y el { $to }.
leaflet-call-first = Antes de ir, llame si es posible: los horarios cambian.
leaflet-sources = Fuentes: { $sources }. Cada ficha cita su fuente pública en el directorio.
leaflet-local = Cerca de usted, paso a paso
leaflet-remote = A distancia: { $numbers }
leaflet-none = No hay ningún lugar registrado aquí para este paso: llame a las líneas nacionales indicadas arriba.
leaflet-see = ver «{ $step }»
leaflet-by-sms = (por SMS)
leaflet-pro-only = solo para profesionales
leaflet-confidential = { $commune } (dirección confidencial, se le recibe después de una llamada)
leaflet-phone = Tel.
leaflet-sms = SMS
leaflet-email = Correo electrónico
leaflet-web = Sitio web
leaflet-free = gratuito
leaflet-anonymous = anónimo
leaflet-to-verify = por verificar
leaflet-hours-unknown = horario: infórmese antes
# A date: the day, the month's name (message `month`), the year: "1 de diciembre de 2026".
leaflet-date = { $day } de { $month } de { $year }

## Opening hours in words ("De lunes a viernes, de 9:00 a 14:00; cerrado los días festivos")

# A month's name, 1 = January … 12 = December.
month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
# A day's name, 1 = Monday … 7 = Sunday.
weekday = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
hours-always = 24 horas al día, 7 días a la semana
hours-open = abierto
hours-all-day = todo el día
hours-when-all-day = { $when }, todo el día
hours-when-times = { $when }, { $times }
hours-closed = cerrado
hours-closed-when = cerrado { $when }
hours-unknown = horario por confirmar
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }; { $next }
# A semicolon, not a comma, for the rule that adds: the rules themselves hold commas.
hours-also = { $first }; { $next }
hours-else = { $first }; el resto del tiempo, { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }, { $next }
# The last item of a list ("lunes, miércoles y viernes").
hours-and = { $first } y { $last }
hours-holidays = los días festivos
# "el lunes" (singular, read as a weekly habit): "los sábados" cannot be formed, as a Fluent
# variant key cannot be "sábado" (ASCII identifiers only).
hours-day = el { $day }
hours-every-day = todos los días
hours-weekend = el fin de semana
hours-two-days = el { $first } y el { $second }
hours-days = de { $from } a { $to }
# A day of the month: "1 de diciembre", "14 de julio" ($month: the month's name).
hours-day-of-month = { $day } de { $month }
hours-date = el { $date }
hours-dates = del { $from } al { $to }
hours-in-month = en { $month }
hours-months = de { $from } a { $to }
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits). 24-hour clock, "medianoche"
# for 0:00; noon stays "12:00" ("mediodía" is vague in Spain).
hours-clock = { $m ->
    [0] { $h ->
        [0] medianoche
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = de { $from } a { $to }
