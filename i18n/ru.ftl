# maillage — what the <maillage-finder> widget says, in Russian (ru).
# MACHINE-PRODUCED DRAFT, translated from fr.ftl (the source): it awaits review by a native
# Russian speaker before use. Polite "вы" form, except where the source itself uses "tu".
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl; a test
# checks it. Phone numbers are variables: they stay left-to-right.
# Plural categories (CLDR, ru): one, few, many, other (other = fractions).

## Виджет

title = Найти помощь при насилии
language-label = Язык
language-unavailable = { $language }: не удалось загрузить этот язык.
emergency = В опасности? Звоните { $police } или { $europe } · SMS на { $sms } · Телефон доверия 24/7: { $line }
call-police = Позвонить на { $number } (полиция)
call = Позвонить на { $number }
sms = SMS на { $number }
email = Написать на { $address }
website = Сайт ({ $host })
exit = Выйти
exit-long = Быстро покинуть этот сайт
exit-hint = Или нажмите клавишу Shift (⇧) 3 раза.
exit-remaining = { $n ->
    [one] Нажмите Shift ещё { $n } раз, чтобы выйти.
    [few] Нажмите Shift ещё { $n } раза, чтобы выйти.
    [many] Нажмите Shift ещё { $n } раз, чтобы выйти.
   *[other] Нажмите Shift ещё { $n } раза, чтобы выйти.
}
safety-title = Как безопасно пользоваться сайтом
safety = Кнопка «Выйти» открывает другую страницу, но не стирает историю браузера. Используйте приватное окно (режим инкогнито) и очищайте историю после посещения. Звонки и SMS остаются в журнале телефона.
threat-model = Что защищает этот сервис и каковы его ограничения (на английском)
sample = Пример данных: местные контакты взяты из открытых источников, их ещё нужно проверить.
footer = { $name } — Источники: { $sources }
refused = Справочник отклонён: он не совпадает с отпечатком, который ожидает этот сайт, или не удалось подключиться.
load-error = Сервис не может отобразиться здесь. В случае опасности звоните { $police } или { $europe }, отправьте SMS на { $sms }. Телефон доверия 24/7: { $line }. Дети в опасности: { $children }.
outside = Эта точка находится за пределами зоны этого справочника.

## Поиск места

place-label = Ваш населённый пункт или почтовый индекс
place-hint = Введите не менее 2 букв и выберите из списка.
around-me = Рядом со мной
around-me-note = Ваше местоположение остаётся на этом устройстве.
geo-error = Местоположение недоступно. Введите название населённого пункта.
no-place = Населённый пункт не найден.
suggestions = { $n ->
    [one] { $n } вариант. Выбирайте стрелками вверх и вниз.
    [few] { $n } варианта. Выбирайте стрелками вверх и вниз.
    [many] { $n } вариантов. Выбирайте стрелками вверх и вниз.
   *[other] { $n } варианта. Выбирайте стрелками вверх и вниз.
}
category-label = Вид помощи
all-categories = Все
speaks-my-language = Только службы, которые говорят на моём языке

## Результаты

count-near = { $places ->
    [one] { $places } место
    [few] { $places } места
    [many] { $places } мест
   *[other] { $places } места
} рядом с { $where }, { $remote ->
    [one] { $remote } контакт
    [few] { $remote } контакта
    [many] { $remote } контактов
   *[other] { $remote } контакта
} по телефону или онлайн.
count-here = { $places ->
    [one] { $places } место
    [few] { $places } места
    [many] { $places } мест
   *[other] { $places } места
} рядом с вашим местоположением, { $remote ->
    [one] { $remote } контакт
    [few] { $remote } контакта
    [many] { $remote } контактов
   *[other] { $remote } контакта
} по телефону или онлайн.
now-title = Что сделать сейчас
now-intro = Первые шаги — для любого человека. Несколько необязательных вопросов помогут адаптировать их к вашей ситуации.
places-near = Места рядом с { $where }
places-here = Места рядом с вашим местоположением
more-places = { $n ->
    [one] Показать ещё { $n } место
    [few] Показать ещё { $n } места
    [many] Показать ещё { $n } мест
   *[other] Показать ещё { $n } места
}
remote-count = Линии: телефон, SMS или онлайн ({ $n })
map-summary = Показать места на карте
map-title = Карта: { $where } и места поблизости
legend-here = Вы здесь
legend-place = Место (число: несколько мест в одной точке)
print = Распечатать памятку для моей территории

## Карточка

state-open = Открыто
state-open-always = Открыто круглосуточно
state-closed = Закрыто
state-unknown = Часы работы нужно уточнить
hours = Часы работы: { $hours }
until = { $state } до { $time }
opens-at = { $state } — откроется { $time }
closes-at = { $state } — закроется { $time }
uncertain-from = { $state } — с { $time } часы работы не подтверждены
distance = в { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } км
in-commune = в коммуне { $commune }
about = примерно в { NUMBER($km, maximumFractionDigits: 0) } км
step-free = Доступ без ступенек
free = Бесплатно
anonymous = Анонимно
confidential = Конфиденциальный адрес
professionals-only = (только для специалистов)
checked = проверено { $date }
to-verify = нужно проверить
summary-kind = Помощь: { $kinds }
summary-reach = Как связаться: { $ways }
summary-languages = Языки: { $languages }

## Шаги

questions-title = Какие следующие шаги?
questions-intro = Несколько необязательных вопросов, чтобы расставить шаги по порядку. Ваши ответы не сохраняются и никуда не отправляются.
refine = Адаптировать шаги к моей ситуации (необязательно)
yes = Да
no = Нет
skip = Не знаю
role = Кто вы
show-steps = Показать шаги
steps-title = Ваши следующие шаги
steps-count = { $n ->
    [one] Предлагаем { $n } шаг.
    [few] Предлагаем { $n } шага.
    [many] Предлагаем { $n } шагов.
   *[other] Предлагаем { $n } шага.
}
why = Почему: { $reasons }
lead = Ведущий партнёр: { $partner }
lead-in = Ведущий партнёр: { $partner } ({ $territory })

## Для специалистов

pro-title = Куда звонить на данной территории
territory-label = Территория
show-routes = Показать
routes-count = { $n ->
    [one] { $n } шаг.
    [few] { $n } шага.
    [many] { $n } шагов.
   *[other] { $n } шага.
}
pro-open-title = Справочник для специалистов
pass-label = Парольная фраза сети
pass-hint = Её выдаёт координация на уровне департамента. Она не сохраняется и не отправляется: справочник открывается на этом устройстве.
pass-open = Открыть
opening = Открываем справочник для специалистов…
wrong-pass = Неверная парольная фраза. Проверьте её и попробуйте ещё раз.
pro-load-error = Справочник для специалистов не удаётся открыть здесь.

## Почему это место (коды движка)

reason-category = помощь: { $category }
reason-language = говорит на языке: { $language }
reason-serves-country = для всей Франции
reason-serves-territory = для территории: { $territory }
reason-national-line = общенациональная линия
reason-step-line = общенациональная линия для этого шага
reason-written = письменно: вы не можете безопасно говорить
step-reason-for-everyone = полезно всем
step-reason-answer = вы ответили «{ $answer ->
    [yes] да
   *[no] нет
}» на вопрос «{ $question }»
step-reason-urgent = в первую очередь: вы ответили «{ $answer ->
    [yes] да
   *[no] нет
}» на вопрос «{ $question }»
step-reason-written-first = сначала письменные контакты: вы не можете безопасно говорить

## Словарь справочника

category-urgence = Экстренная помощь
category-ecoute = Выслушать и сориентировать
category-hebergement = Безопасное место и жильё
category-soins = Лечение и фиксация травм
category-plainte = Заявление в полицию и сообщение
category-juridique = Юридическая информация
category-protection = Судебная защита
category-social = Социальная поддержка
category-psy = Психологическая поддержка
category-enfants = Дети
category-sante-sexuelle = Сексуальное здоровье
category-auteurs = Те, кто применяет насилие
role-victim = человек, которого это касается
role-relative = близкий человек
role-professional = специалист
role-perpetrator = человек, который хочет перестать применять насилие
question-in_danger_now = Вы сейчас в опасности?
question-can_speak_safely = Можете ли вы говорить так, чтобы вас никто не услышал?
question-children = Есть ли дома дети?
question-sexual_violence = Есть ли сексуальное насилие?
question-needs_shelter_tonight = Вам нужно место, где переночевать сегодня?
question-wants_to_report = Вы хотите подать заявление в полицию?
question-heavy_signals = Угрозы убийством, удушение, оружие, недавнее расставание или насилие, которое усиливается?
access-telephone = по телефону
access-sms = по SMS
access-en-ligne = онлайн
access-sur-place = без записи
access-rendez-vous = по записи
access-permanence = в часы приёма
audience-tous = Для всех
audience-femmes = Женщины
audience-hommes = Мужчины
audience-jeunes = Молодёжь
audience-enfants = Дети
audience-lgbt = ЛГБТ+ люди
audience-proches = Близкие
audience-professionnels = Специалисты
audience-auteurs = Те, кто применяет насилие
