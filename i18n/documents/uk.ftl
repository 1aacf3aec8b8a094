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

## The printed leaflet (maillage leaflet)

leaflet-title = Насильство: хто може вам допомогти — { $place }
leaflet-title-pro = { $notice } — Насильство: хто може вам допомогти — { $place }
leaflet-heading = Насильство з боку партнера, у сім’ї, сексуальне насильство: хто може вам допомогти
leaflet-pro-notice = Лише для фахівців — не вивішувати й не роздавати відвідувачам
leaflet-sample = Демонстраційні дані — перед будь-яким поширенням їх має перевірити
leaflet-sample-more = технічний комітет протоколу департаменту.
leaflet-national = Загальнонаціональні лінії підтримки та допомоги
leaflet-safety = Ваша безпека
leaflet-safety-text = Дзвінки та SMS залишаються в журналі телефона, відвідані сайти — в історії браузера: видаляйте їх, якщо хтось може їх побачити. Зберігайте цей документ у безпечному місці.
leaflet-safety-pro = Безпека цієї людини
leaflet-safety-pro-text = Дзвінки та SMS залишаються в журналі телефона, відвідані сайти — в історії браузера: скажіть про це людині, щоб вона видаляла їх, якщо хтось може їх побачити.
leaflet-qr = Усі адреси та актуальні години роботи:
leaflet-checked-on = Інформацію перевірено { $date }.
leaflet-checked-between = Інформацію перевірено в період з { $from } по { $to }.
leaflet-call-first = Перш ніж іти, за можливості зателефонуйте: години роботи змінюються.
leaflet-sources = Джерела: { $sources }. У довіднику для кожного запису вказано його відкрите джерело.
leaflet-local = Поруч із вами, крок за кроком
leaflet-remote = Дистанційно: { $numbers }
leaflet-none = Для цього кроку тут немає жодного місця: телефонуйте на загальнонаціональні лінії, зазначені вище.
leaflet-see = див. «{ $step }»
leaflet-by-sms = (через SMS)
leaflet-pro-only = лише для фахівців
leaflet-confidential = { $commune } (конфіденційна адреса, прийом після дзвінка)
leaflet-phone = Тел.
leaflet-sms = SMS
leaflet-email = Ел. пошта
leaflet-web = Сайт
leaflet-free = безкоштовно
leaflet-anonymous = анонімно
leaflet-to-verify = потребує перевірки
leaflet-hours-unknown = години роботи: уточнюйте
# A date: the day, the month's name (message `month`, here in the genitive), the year:
# «1 грудня 2026 року» («року» written out: the date often ends a sentence).
leaflet-date = { $day } { $month } { $year } року

## Opening hours in words («Понеділок — п’ятниця, з 9:00 до 12:00; зачинено: святкові дні»)

# A month's name, 1 = January … 12 = December. In the GENITIVE (the "format" form, as in
# CLDR: «січня», not «січень»): the name is only ever used after a day («1 грудня»), in
# `leaflet-date`, or in the phrases below that are written to take the genitive
# («протягом грудня», «з липня до кінця серпня»).
month = { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
}
# A day's name, 1 = Monday … 7 = Sunday (nominative: the days are listed as on a sign,
# «понеділок — п’ятниця», «субота та неділя»).
weekday = { $weekday ->
    [1] понеділок
    [2] вівторок
    [3] середа
    [4] четвер
    [5] п’ятниця
    [6] субота
   *[7] неділя
}
hours-always = цілодобово, без вихідних
hours-open = відчинено
hours-all-day = увесь день
hours-when-all-day = { $when }, увесь день
hours-when-times = { $when }, { $times }
hours-closed = зачинено
# A colon, as on a sign: the days are nouns («зачинено: понеділок»).
hours-closed-when = зачинено: { $when }
hours-unknown = години роботи уточнюються
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }; { $next }
hours-also = { $first }, { $next }
hours-else = { $first }; в інший час — { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }, { $next }
# The last item of a list («понеділок, середа та п’ятниця»; «та» avoids the і/й alternation).
hours-and = { $first } та { $last }
hours-holidays = святкові дні
hours-day = { $day }
hours-every-day = щодня
hours-weekend = вихідні
hours-two-days = { $first } та { $second }
hours-days = { $from } — { $to }
# A day of the month: «1 грудня», «14 липня» ($month: the month's name, genitive).
hours-day-of-month = { $day } { $month }
hours-date = { $date }
hours-dates = з { $from } по { $to }
hours-in-month = протягом { $month }
hours-months = з { $from } до кінця { $to }
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits); 24-hour clock.
hours-clock = { $m ->
    [0] { $h ->
        [0] 0:00
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = з { $from } до { $to }
