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

## The printed leaflet (maillage leaflet)

leaflet-title = Насилие: кто может вам помочь — { $place }
leaflet-title-pro = { $notice } — Насилие: кто может вам помочь — { $place }
leaflet-heading = Насилие со стороны партнёра, в семье, сексуальное насилие: кто может вам помочь
leaflet-pro-notice = Только для специалистов — не вывешивать и не раздавать посетителям
leaflet-sample = Демонстрационные данные — перед любым распространением их должен проверить
leaflet-sample-more = технический комитет протокола департамента.
leaflet-national = Общенациональные линии поддержки и помощи
leaflet-safety = Ваша безопасность
leaflet-safety-text = Звонки и SMS остаются в журнале телефона, посещённые сайты — в истории браузера: удаляйте их, если кто-то может их увидеть. Храните этот документ в надёжном месте.
leaflet-safety-pro = Безопасность этого человека
leaflet-safety-pro-text = Звонки и SMS остаются в журнале телефона, посещённые сайты — в истории браузера: скажите об этом человеку, чтобы он удалял их, если кто-то может их увидеть.
leaflet-qr = Все адреса и актуальные часы работы:
leaflet-checked-on = Информация проверена { $date }.
leaflet-checked-between = Информация проверена в период с { $from } по { $to }.
leaflet-call-first = Прежде чем идти, по возможности позвоните: часы работы меняются.
leaflet-sources = Источники: { $sources }. В справочнике для каждой записи указан её открытый источник.
leaflet-local = Рядом с вами, шаг за шагом
leaflet-remote = Дистанционно: { $numbers }
leaflet-none = Для этого шага здесь нет ни одного места: звоните на общенациональные линии, указанные выше.
leaflet-see = см. «{ $step }»
leaflet-by-sms = (по SMS)
leaflet-pro-only = только для специалистов
leaflet-confidential = { $commune } (адрес конфиденциальный, приём после звонка)
leaflet-phone = Тел.
leaflet-sms = SMS
leaflet-email = Эл. почта
leaflet-web = Сайт
leaflet-free = бесплатно
leaflet-anonymous = анонимно
leaflet-to-verify = требует проверки
leaflet-hours-unknown = часы работы: уточняйте
# A date: the day, the month's name (message `month`, here in the genitive), the year:
# «1 декабря 2026 года» («года» written out: the date often ends a sentence).
leaflet-date = { $day } { $month } { $year } года

## Opening hours in words («Понедельник — пятница, с 9:00 до 12:00; закрыто: праздничные дни»)

# A month's name, 1 = January … 12 = December. In the GENITIVE (the "format" form, as in
# CLDR: «января», not «январь»): the name is only ever used after a day («1 декабря»), in
# `leaflet-date`, or in the phrases below that are written to take the genitive
# («в течение декабря», «с июля до конца августа»).
month = { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
}
# A day's name, 1 = Monday … 7 = Sunday (nominative: the days are listed as on a sign,
# «понедельник — пятница», «суббота и воскресенье»).
weekday = { $weekday ->
    [1] понедельник
    [2] вторник
    [3] среда
    [4] четверг
    [5] пятница
    [6] суббота
   *[7] воскресенье
}
hours-always = круглосуточно, без выходных
hours-open = открыто
hours-all-day = весь день
hours-when-all-day = { $when }, весь день
hours-when-times = { $when }, { $times }
hours-closed = закрыто
# A colon, as on a sign: the days are nouns («закрыто: понедельник»).
hours-closed-when = закрыто: { $when }
hours-unknown = часы работы уточняются
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }; { $next }
hours-also = { $first }, { $next }
hours-else = { $first }; в остальное время — { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }, { $next }
# The last item of a list («понедельник, среда и пятница»).
hours-and = { $first } и { $last }
hours-holidays = праздничные дни
hours-day = { $day }
hours-every-day = ежедневно
hours-weekend = выходные
hours-two-days = { $first } и { $second }
hours-days = { $from } — { $to }
# A day of the month: «1 декабря», «14 июля» ($month: the month's name, genitive).
hours-day-of-month = { $day } { $month }
hours-date = { $date }
hours-dates = с { $from } по { $to }
hours-in-month = в течение { $month }
hours-months = с { $from } до конца { $to }
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits); 24-hour clock.
hours-clock = { $m ->
    [0] { $h ->
        [0] 0:00
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = с { $from } до { $to }
