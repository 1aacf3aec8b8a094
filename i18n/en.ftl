# maillage — what the <maillage-finder> widget says, in English.
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl (the
# source); a test checks it. Phone numbers are variables: they stay left-to-right.

## The widget

title = Find help facing violence
language-label = Language
language-unavailable = { $language }: this language could not be loaded.
emergency = In danger: call { $police } or { $europe } · text { $sms } · 24/7 helpline: { $line }
call-police = Call { $number } (police)
call = Call { $number }
sms = Text { $number }
email = Email { $address }
website = Website ({ $host })
exit = Exit
exit-long = Leave this site quickly
exit-hint = Or press the Shift key 3 times.
exit-remaining = { $n ->
    [one] Press Shift { $n } more time to leave.
   *[other] Press Shift { $n } more times to leave.
}
safety-title = Browsing safely
safety = The “Exit” button shows another page but does not erase your browser history. Use a private window and clear your history after your visit. Calls and texts appear in the phone’s call log.
threat-model = What this service protects, and its limits
sample = Sample data: local contacts come from public sources and still have to be verified.
footer = { $name } — Sources: { $sources }
refused = Directory refused: it does not match the fingerprint this site expects, or the connection failed.
load-error = This service cannot be shown here. In danger, call { $police } or { $europe }, text { $sms }. 24/7 helpline: { $line }. Children in danger: { $children }.
outside = This point is outside the area of this directory.

## Finding a place

place-label = Your town or postcode
place-hint = Type at least 2 letters, then choose from the list.
around-me = Around me
around-me-note = Your position stays on this device.
geo-error = Position unavailable. Type your town.
no-place = No town found.
suggestions = { $n ->
    [one] { $n } suggestion. Use up and down arrows to choose.
   *[other] { $n } suggestions. Use up and down arrows to choose.
}
category-label = Kind of help
all-categories = All
speaks-my-language = Only services that speak my language

## Results

count-near = { $places ->
    [one] { $places } place
   *[other] { $places } places
} near { $where }, { $remote ->
    [one] { $remote } contact
   *[other] { $remote } contacts
} by phone or online.
count-here = { $places ->
    [one] { $places } place
   *[other] { $places } places
} near your position, { $remote ->
    [one] { $remote } contact
   *[other] { $remote } contacts
} by phone or online.
now-title = What you can do now
now-intro = The first steps, for anyone. A few optional questions adapt them to your situation.
places-near = Places near { $where }
places-here = Places around your position
more-places = { $n ->
    [one] Show { $n } more place
   *[other] Show { $n } more places
}
remote-count = Lines by phone, text or online ({ $n })
map-summary = Show the places on a map
map-title = Map: { $where } and places nearby
legend-here = You are here
legend-place = A place (a number: several places at the same spot)
print = Print the leaflet for my area

## A card

state-open = Open
state-open-always = Open 24/7
state-closed = Closed
state-unknown = Hours to be checked
hours = Hours: { $hours }
until = { $state } until { $time }
opens-at = { $state } — opens { $time }
closes-at = { $state } — closes { $time }
uncertain-from = { $state } — hours uncertain from { $time }
distance = { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km away
in-commune = in the commune of { $commune }
about = about { NUMBER($km, maximumFractionDigits: 0) } km away
step-free = Step-free access
free = Free
anonymous = Anonymous
confidential = Confidential address
professionals-only = (professionals only)
checked = checked on { $date }
to-verify = to be verified
summary-kind = Help: { $kinds }
summary-reach = Reach: { $ways }
summary-languages = Languages: { $languages }

## Steps

questions-title = What are the next steps?
questions-intro = A few optional questions to order the steps. Your answers are neither stored nor sent.
refine = Adapt the steps to my situation (optional)
yes = Yes
no = No
skip = Don’t know
role = You are
show-steps = Show the steps
steps-title = Your next steps
steps-count = { $n ->
    [one] { $n } step suggested.
   *[other] { $n } steps suggested.
}
why = Why: { $reasons }
lead = Lead partner: { $partner }
lead-in = Lead partner: { $partner } ({ $territory })

## Professionals

pro-title = Who to call in a territory
territory-label = Territory
show-routes = Show
routes-count = { $n ->
    [one] { $n } step.
   *[other] { $n } steps.
}
pro-open-title = Professional directory
pass-label = The network’s passphrase
pass-hint = Given by the departmental coordination. It is neither stored nor sent: the directory opens on this device.
pass-open = Open
opening = Opening the professional directory…
wrong-pass = Wrong passphrase. Check it and try again.
pro-load-error = The professional directory cannot be opened here.

## Why this place (the engine's codes)

reason-category = help: { $category }
reason-language = speaks { $language }
reason-serves-country = for all of France
reason-serves-territory = serves { $territory }
reason-national-line = national line
reason-step-line = national line for this step
reason-written = in writing: you cannot speak safely
step-reason-for-everyone = useful to everyone
step-reason-answer = you answered “{ $answer ->
    [yes] yes
   *[no] no
}” to “{ $question }”
step-reason-urgent = first: you answered “{ $answer ->
    [yes] yes
   *[no] no
}” to “{ $question }”
step-reason-written-first = written contacts first: you cannot speak safely

## The directory's vocabulary

category-urgence = Emergency
category-ecoute = Listening and guidance
category-hebergement = Safety and shelter
category-soins = Care and medical evidence
category-plainte = Reporting to the police
category-juridique = Legal information
category-protection = Court protection
category-social = Social and housing support
category-psy = Psychological support
category-enfants = Children
category-sante-sexuelle = Sexual health
category-auteurs = Perpetrators
role-victim = the person concerned
role-relative = a relative or friend
role-professional = a professional
role-perpetrator = someone who wants to stop being violent
question-in_danger_now = Are you in danger right now?
question-can_speak_safely = Can you speak without being overheard?
question-children = Are there children at home?
question-sexual_violence = Is there sexual violence?
question-needs_shelter_tonight = Do you need a place to sleep tonight?
question-wants_to_report = Do you wish to report to the police?
question-heavy_signals = Threats to kill, strangulation, a weapon, a recent separation or escalating violence?
access-telephone = by phone
access-sms = by text message
access-en-ligne = online
access-sur-place = walk in
access-rendez-vous = by appointment
access-permanence = at outreach sessions
audience-tous = Everyone
audience-femmes = Women
audience-hommes = Men
audience-jeunes = Young people
audience-enfants = Children
audience-lgbt = LGBT+ people
audience-proches = Relatives and friends
audience-professionnels = Professionals
audience-auteurs = Perpetrators
