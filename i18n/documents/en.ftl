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

## The printed leaflet (maillage leaflet)

leaflet-title = Violence: who can help you — { $place }
leaflet-title-pro = { $notice } — Violence: who can help you — { $place }
leaflet-heading = Domestic, family and sexual violence: who can help you
leaflet-pro-notice = For professionals only — do not display or hand out to the public
leaflet-sample = Sample data — to be checked by the technical committee
leaflet-sample-more = of the departmental protocol before any distribution.
leaflet-national = National helplines
leaflet-safety = Your safety
leaflet-safety-text = Calls and texts stay in the phone's call log, websites visited in the browser history: delete them if someone may see them. Keep this document somewhere safe.
leaflet-safety-pro = Their safety
leaflet-safety-pro-text = Calls and texts stay in the phone's call log, websites visited in the browser history: tell the person, so that they delete them if someone may see them.
leaflet-qr = All addresses and opening hours, up to date:
leaflet-checked-on = Information checked on { $date }.
leaflet-checked-between = Information checked between { $from } and { $to }.
leaflet-call-first = Before you go, call first if you can: opening hours change.
leaflet-sources = Sources: { $sources }. Each record cites its public source in the directory.
leaflet-local = Near you, step by step
leaflet-remote = Remotely: { $numbers }
leaflet-none = No place listed here for this step: call the national lines above.
leaflet-see = see “{ $step }”
leaflet-by-sms = (by text message)
leaflet-pro-only = professionals only
leaflet-confidential = { $commune } (confidential address, received after a call)
leaflet-phone = Tel.
leaflet-sms = Text
leaflet-email = Email
leaflet-web = Website
leaflet-free = free
leaflet-anonymous = anonymous
leaflet-to-verify = to be verified
leaflet-hours-unknown = opening hours: ask
# A date: the day, the month's name (message `month`), the year.
leaflet-date = { $day } { $month } { $year }

## Opening hours in words ("Monday to Friday, 9 am to noon; closed on public holidays")

# A month's name, 1 = January … 12 = December.
month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A day's name, 1 = Monday … 7 = Sunday.
weekday = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
hours-always = 24 hours a day, 7 days a week
hours-open = open
hours-all-day = all day
hours-when-all-day = { $when }, all day
hours-when-times = { $when }, { $times }
hours-closed = closed
hours-closed-when = closed { $when }
hours-unknown = hours to be confirmed
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }; { $next }
hours-also = { $first }, { $next }
hours-else = { $first }; otherwise, { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }, { $next }
# The last item of a list ("Monday, Wednesday and Friday").
hours-and = { $first } and { $last }
hours-holidays = on public holidays
hours-day = on { $day }
hours-every-day = every day
hours-weekend = at weekends
hours-two-days = on { $first } and { $second }
hours-days = { $from } to { $to }
# A day of the month: "1 December", "14 July" ($month: the month's name).
hours-day-of-month = { $day } { $month }
hours-date = on { $date }
hours-dates = from { $from } to { $to }
hours-in-month = in { $month }
hours-months = from { $from } to { $to }
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits).
hours-clock = { $m ->
    [0] { $h ->
        [0] midnight
        [12] noon
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = { $from } to { $to }
