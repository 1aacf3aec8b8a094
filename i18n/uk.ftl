# maillage — what the <maillage-finder> widget says, in Ukrainian (uk).
# MACHINE-PRODUCED DRAFT, translated from fr.ftl (the source): it awaits review by a native
# Ukrainian speaker before use. Polite "ви" form, except where the source itself uses "tu".
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl; a test
# checks it. Phone numbers are variables: they stay left-to-right.
# Plural categories (CLDR, uk): one, few, many, other (other = fractions).

## Віджет

title = Знайти допомогу в разі насильства
language-label = Мова
language-unavailable = { $language }: не вдалося завантажити цю мову.
emergency = У небезпеці? Телефонуйте { $police } або { $europe } · SMS на { $sms } · Лінія довіри 24/7: { $line }
call-police = Зателефонувати на { $number } (поліція)
call = Зателефонувати на { $number }
sms = SMS на { $number }
email = Написати на { $address }
website = Вебсайт ({ $host })
exit = Вийти
exit-long = Швидко покинути цей сайт
exit-hint = Або натисніть клавішу Shift (⇧) 3 рази.
exit-remaining = { $n ->
    [one] Натисніть Shift ще { $n } раз, щоб вийти.
    [few] Натисніть Shift ще { $n } рази, щоб вийти.
    [many] Натисніть Shift ще { $n } разів, щоб вийти.
   *[other] Натисніть Shift ще { $n } разу, щоб вийти.
}
safety-title = Як безпечно користуватися сайтом
safety = Кнопка «Вийти» відкриває іншу сторінку, але не стирає історію браузера. Користуйтеся приватним вікном (режим інкогніто) й очищуйте історію після відвідування. Дзвінки та SMS залишаються в журналі телефону.
threat-model = Що захищає цей сервіс і які його межі (англійською)
sample = Приклад даних: місцеві контакти взято з відкритих джерел, їх ще потрібно перевірити.
footer = { $name } — Джерела: { $sources }
refused = Довідник відхилено: він не збігається з відбитком, який очікує цей сайт, або не вдалося з’єднатися.
load-error = Сервіс не може відобразитися тут. У разі небезпеки телефонуйте { $police } або { $europe }, надішліть SMS на { $sms }. Лінія довіри 24/7: { $line }. Діти в небезпеці: { $children }.
outside = Ця точка поза зоною, яку охоплює цей довідник.

## Пошук місця

place-label = Ваш населений пункт або поштовий індекс
place-hint = Введіть щонайменше 2 літери й виберіть зі списку.
around-me = Поруч зі мною
around-me-note = Ваше місцезнаходження залишається на цьому пристрої.
geo-error = Місцезнаходження недоступне. Введіть назву населеного пункту.
no-place = Населений пункт не знайдено.
suggestions = { $n ->
    [one] { $n } варіант. Вибирайте стрілками вгору і вниз.
    [few] { $n } варіанти. Вибирайте стрілками вгору і вниз.
    [many] { $n } варіантів. Вибирайте стрілками вгору і вниз.
   *[other] { $n } варіанта. Вибирайте стрілками вгору і вниз.
}
category-label = Вид допомоги
all-categories = Усі
speaks-my-language = Лише служби, які говорять моєю мовою

## Результати

count-near = { $places ->
    [one] { $places } місце
    [few] { $places } місця
    [many] { $places } місць
   *[other] { $places } місця
} поблизу { $where }, { $remote ->
    [one] { $remote } контакт
    [few] { $remote } контакти
    [many] { $remote } контактів
   *[other] { $remote } контакту
} телефоном або онлайн.
count-here = { $places ->
    [one] { $places } місце
    [few] { $places } місця
    [many] { $places } місць
   *[other] { $places } місця
} поблизу вашого місцезнаходження, { $remote ->
    [one] { $remote } контакт
    [few] { $remote } контакти
    [many] { $remote } контактів
   *[other] { $remote } контакту
} телефоном або онлайн.
now-title = Що зробити зараз
now-intro = Перші кроки — для будь-кого. Кілька необов’язкових запитань допоможуть пристосувати їх до вашої ситуації.
places-near = Місця поблизу { $where }
places-here = Місця поблизу вашого місцезнаходження
more-places = { $n ->
    [one] Показати ще { $n } місце
    [few] Показати ще { $n } місця
    [many] Показати ще { $n } місць
   *[other] Показати ще { $n } місця
}
remote-count = Лінії: телефон, SMS або онлайн ({ $n })
map-summary = Показати місця на карті
map-title = Карта: { $where } і місця поблизу
legend-here = Ви тут
legend-place = Місце (число: кілька місць в одній точці)
print = Надрукувати пам’ятку для моєї території

## Картка

state-open = Відчинено
state-open-always = Відчинено цілодобово
state-closed = Зачинено
state-unknown = Години роботи треба перевірити
hours = Години роботи: { $hours }
until = { $state } до { $time }
opens-at = { $state } — відчиняється { $time }
closes-at = { $state } — зачиняється { $time }
uncertain-from = { $state } — з { $time } години роботи не підтверджено
distance = за { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } км
in-commune = у комуні { $commune }
about = приблизно за { NUMBER($km, maximumFractionDigits: 0) } км
step-free = Доступ без сходинок
free = Безкоштовно
anonymous = Анонімно
confidential = Конфіденційна адреса
professionals-only = (лише для фахівців)
checked = перевірено { $date }
to-verify = треба перевірити
summary-kind = Допомога: { $kinds }
summary-reach = Як зв’язатися: { $ways }
summary-languages = Мови: { $languages }

## Кроки

questions-title = Які наступні кроки?
questions-intro = Кілька необов’язкових запитань, щоб упорядкувати кроки. Ваші відповіді не зберігаються і нікуди не надсилаються.
refine = Пристосувати кроки до моєї ситуації (необов’язково)
yes = Так
no = Ні
skip = Не знаю
role = Хто ви
show-steps = Показати кроки
steps-title = Ваші наступні кроки
steps-count = { $n ->
    [one] Пропонуємо { $n } крок.
    [few] Пропонуємо { $n } кроки.
    [many] Пропонуємо { $n } кроків.
   *[other] Пропонуємо { $n } кроку.
}
why = Чому: { $reasons }
lead = Провідний партнер: { $partner }
lead-in = Провідний партнер: { $partner } ({ $territory })

## Для фахівців

pro-title = Кому телефонувати на певній території
territory-label = Територія
show-routes = Показати
routes-count = { $n ->
    [one] { $n } крок.
    [few] { $n } кроки.
    [many] { $n } кроків.
   *[other] { $n } кроку.
}
pro-open-title = Довідник для фахівців
pass-label = Парольна фраза мережі
pass-hint = Її надає координація на рівні департаменту. Вона не зберігається і не надсилається: довідник відкривається на цьому пристрої.
pass-open = Відкрити
opening = Відкриваємо довідник для фахівців…
wrong-pass = Неправильна парольна фраза. Перевірте її та спробуйте ще раз.
pro-load-error = Довідник для фахівців не вдається відкрити тут.

## Чому це місце (коди рушія)

reason-category = допомога: { $category }
reason-language = говорить мовою: { $language }
reason-serves-country = для всієї Франції
reason-serves-territory = для території: { $territory }
reason-national-line = загальнонаціональна лінія
reason-step-line = загальнонаціональна лінія для цього кроку
reason-written = письмово: ви не можете безпечно говорити
step-reason-for-everyone = корисно кожному
step-reason-answer = ви відповіли «{ $answer ->
    [yes] так
   *[no] ні
}» на запитання «{ $question }»
step-reason-urgent = насамперед: ви відповіли «{ $answer ->
    [yes] так
   *[no] ні
}» на запитання «{ $question }»
step-reason-written-first = спершу письмові контакти: ви не можете безпечно говорити

## Словник довідника

category-urgence = Екстрена допомога
category-ecoute = Вислухати й зорієнтувати
category-hebergement = Безпечне місце і житло
category-soins = Лікування та фіксація ушкоджень
category-plainte = Заява в поліцію і повідомлення
category-juridique = Юридична інформація
category-protection = Судовий захист
category-social = Соціальна підтримка
category-psy = Психологічна підтримка
category-enfants = Діти
category-sante-sexuelle = Сексуальне здоров’я
category-auteurs = Кривдники
role-victim = особа, якої це стосується
role-relative = близька людина
role-professional = фахівець або фахівчиня
role-perpetrator = людина, яка хоче припинити чинити насильство
question-in_danger_now = Ви зараз у небезпеці?
question-can_speak_safely = Чи можете ви говорити так, щоб вас ніхто не почув?
question-children = Чи є вдома діти?
question-sexual_violence = Чи є сексуальне насильство?
question-needs_shelter_tonight = Вам потрібне місце, де переночувати сьогодні?
question-wants_to_report = Ви хочете подати заяву в поліцію?
question-heavy_signals = Погрози вбити, душіння, зброя, нещодавнє розставання або насильство, що посилюється?
access-telephone = телефоном
access-sms = через SMS
access-en-ligne = онлайн
access-sur-place = без запису
access-rendez-vous = за записом
access-permanence = у години прийому
audience-tous = Для всіх
audience-femmes = Жінки
audience-hommes = Чоловіки
audience-jeunes = Молодь
audience-enfants = Діти
audience-lgbt = ЛГБТ+ люди
audience-proches = Близькі
audience-professionnels = Фахівці
audience-auteurs = Кривдники
