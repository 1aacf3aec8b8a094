# Portuguese (pt) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang pt`), besides
# the widget's vocabulary (../pt.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = Locais
remote-heading = À distância (telefone, SMS, online)
pathway-heading = Próximos passos — { $time }
pathway-heading-at = Próximos passos em { $place } — { $time }
routes-heading = A quem ligar — { $territory } ({ $id })
# A Paris day and time: short weekday (1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] seg.
    [2] ter.
    [3] qua.
    [4] qui.
    [5] sex.
    [6] sáb.
   *[7] dom.
}, { $date } { $time }

## The printed leaflet (maillage leaflet)

leaflet-title = Violência: quem pode ajudar — { $place }
leaflet-title-pro = { $notice } — Violência: quem pode ajudar — { $place }
leaflet-heading = Violência conjugal, familiar e sexual: quem pode ajudar
leaflet-pro-notice = Documento reservado a profissionais — não afixar nem entregar ao público
# These two lines make one sentence.
leaflet-sample = Dados de exemplo — a verificar pelo comité técnico
leaflet-sample-more = do protocolo departamental antes de qualquer divulgação.
leaflet-national = Linhas nacionais de escuta e apoio
leaflet-safety = A sua segurança
leaflet-safety-text = As chamadas e os SMS ficam no histórico do telefone, e os sites visitados no histórico do navegador: apague-os se alguém os puder ver. Guarde este documento num local seguro.
leaflet-safety-pro = A segurança da pessoa
leaflet-safety-pro-text = As chamadas e os SMS ficam no histórico do telefone, e os sites visitados no histórico do navegador: diga-o à pessoa, para que os apague se alguém os puder ver.
leaflet-qr = Todos os endereços e horários, atualizados:
leaflet-checked-on = Informações verificadas em { $date }.
leaflet-checked-between = Informações verificadas entre { $from } e { $to }.
leaflet-call-first = Antes de se deslocar, ligue primeiro se possível: os horários mudam.
leaflet-sources = Fontes: { $sources }. Cada ficha indica a sua fonte pública no diretório.
leaflet-local = Perto da sua casa, passo a passo
leaflet-remote = À distância: { $numbers }
leaflet-none = Nenhum local indicado aqui para este passo: ligue para as linhas nacionais acima.
leaflet-see = ver «{ $step }»
leaflet-by-sms = (por SMS)
leaflet-pro-only = reservado a profissionais
leaflet-confidential = { $commune } (endereço confidencial, atendimento depois de uma chamada)
leaflet-phone = Tel.
leaflet-sms = SMS
leaflet-email = E-mail
leaflet-web = Site
leaflet-free = gratuito
leaflet-anonymous = anónimo
leaflet-to-verify = a confirmar
leaflet-hours-unknown = horário: informe-se
# A date: the day, the month's name (message `month`), the year: "1 de dezembro de 2026".
leaflet-date = { $day } de { $month } de { $year }

## Opening hours in words ("De segunda-feira a sexta-feira, das 9h ao meio-dia; fechado nos feriados")

# A month's name, 1 = January … 12 = December (lower case, AO90).
month = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}
# A day's name, 1 = Monday … 7 = Sunday.
weekday = { $weekday ->
    [1] segunda-feira
    [2] terça-feira
    [3] quarta-feira
    [4] quinta-feira
    [5] sexta-feira
    [6] sábado
   *[7] domingo
}
hours-always = 24 horas por dia, 7 dias por semana
hours-open = aberto
hours-all-day = todo o dia
hours-when-all-day = { $when }, todo o dia
hours-when-times = { $when }, { $times }
hours-closed = fechado
hours-closed-when = fechado { $when }
hours-unknown = horário a confirmar
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }; { $next }
# A semicolon, not a comma, for the rule that adds: the rules themselves hold commas.
hours-also = { $first }; { $next }
hours-else = { $first }; no resto do tempo, { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }, { $next }
# The last item of a list ("segunda-feira, quarta-feira e sexta-feira").
hours-and = { $first } e { $last }
hours-holidays = nos feriados
# The day's bare name, as on opening-hours signs ("sábado, das 10h às 13h"): "às terças-feiras"
# / "aos sábados" cannot be chosen, as a Fluent variant key cannot be "terça-feira" or "sábado"
# (ASCII identifiers only).
hours-day = { $day }
hours-every-day = todos os dias
hours-weekend = ao fim de semana
hours-two-days = { $first } e { $second }
hours-days = de { $from } a { $to }
# A day of the month: "1 de dezembro", "14 de julho" ($month: the month's name).
hours-day-of-month = { $day } de { $month }
hours-date = no dia { $date }
hours-dates = de { $from } a { $to }
hours-in-month = em { $month }
hours-months = de { $from } a { $to }
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits): "9h", "16h30", and
# "meio-dia" / "meia-noite", which `hours-times` recognises to write "ao meio-dia", "da meia-noite".
hours-clock = { $m ->
    [0] { $h ->
        [0] meia-noite
        [12] meio-dia
       *[other] { $h }h
    }
   *[other] { $h }h{ $mm }
}
# "das 9h às 17h"; "ao meio-dia", "à meia-noite" (1h would need "da 1h"/"à 1h": rarely an
# opening time, not handled).
hours-times = { $from ->
    [meio-dia] do meio-dia
    [meia-noite] da meia-noite
   *[other] das { $from }
} { $to ->
    [meio-dia] ao meio-dia
    [meia-noite] à meia-noite
   *[other] às { $to }
}
