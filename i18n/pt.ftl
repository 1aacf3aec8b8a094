# maillage — what the <maillage-finder> widget says, in Portuguese (pt).
# Machine-produced draft, translated from fr.ftl: awaiting review by a native speaker.
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl (the
# source); a test checks it. Phone numbers are variables: they stay left-to-right.
# European Portuguese, worded to stay clear for Brazilian readers; polite address without
# "você" (3rd-person verb forms). Plural categories for pt: one, many, other.

## O widget

title = Encontrar ajuda em caso de violência
language-label = Idioma
language-unavailable = { $language }: não foi possível carregar este idioma.
emergency = Em perigo: ligue para o { $police } ou o { $europe } · SMS para o { $sms } · Linha de apoio 24h/24: { $line }
call-police = Ligar para o { $number } (polícia)
call = Ligar para o { $number }
sms = SMS para o { $number }
email = Escrever para { $address }
website = Site ({ $host })
exit = Sair
exit-long = Sair rapidamente deste site
exit-hint = Ou pressione 3 vezes a tecla Shift.
exit-remaining = { $n ->
    [one] Pressione Shift mais { $n } vez para sair.
   *[other] Pressione Shift mais { $n } vezes para sair.
}
safety-title = Navegar em segurança
safety = O botão «Sair» mostra outra página, mas não apaga o histórico do navegador. Use uma janela de navegação privada e apague o histórico depois da visita. As chamadas e os SMS aparecem no histórico do telefone.
threat-model = O que este serviço protege, e os seus limites (em inglês)
sample = Dados de exemplo: os contactos locais vêm de fontes públicas e ainda têm de ser verificados.
footer = { $name } — Fontes: { $sources }
refused = Diretório recusado: não corresponde à impressão digital que este site espera, ou a conexão falhou.
load-error = O serviço não pode ser apresentado aqui. Em caso de perigo, ligue para o { $police } ou o { $europe }, ou envie um SMS para o { $sms }. Linha de apoio 24h/24: { $line }. Crianças em perigo: { $children }.
outside = Este ponto fica fora da zona abrangida por este diretório.

## Procurar um local

place-label = O seu município ou código postal
place-hint = Escreva pelo menos 2 letras e depois escolha na lista.
around-me = Perto de mim
around-me-note = A sua localização fica neste dispositivo.
geo-error = Localização indisponível. Escreva o seu município.
no-place = Nenhum município encontrado.
suggestions = { $n ->
    [one] { $n } sugestão. Use as setas para cima e para baixo para escolher.
   *[other] { $n } sugestões. Use as setas para cima e para baixo para escolher.
}
category-label = Tipo de ajuda
all-categories = Todas
speaks-my-language = Apenas os serviços que falam a minha língua

## Os resultados

count-near = { $places ->
    [one] { $places } local
   *[other] { $places } locais
} perto de { $where }, { $remote ->
    [one] { $remote } contacto
   *[other] { $remote } contactos
} por telefone ou online.
count-here = { $places ->
    [one] { $places } local
   *[other] { $places } locais
} perto da sua localização, { $remote ->
    [one] { $remote } contacto
   *[other] { $remote } contactos
} por telefone ou online.
now-title = O que fazer agora
now-intro = Os primeiros passos, para qualquer pessoa. Algumas perguntas opcionais servem para os adaptar à sua situação.
places-near = Locais perto de { $where }
places-here = Locais perto da sua localização
more-places = { $n ->
    [one] Ver mais { $n } local
   *[other] Ver mais { $n } locais
}
remote-count = Linhas por telefone, SMS ou online ({ $n })
map-summary = Ver os locais num mapa
map-title = Mapa: { $where } e os locais próximos
legend-here = Está aqui
legend-place = Um local (um número: vários locais no mesmo ponto)
print = Imprimir a ficha do meu território

## Uma ficha

state-open = Aberto
state-open-always = Aberto 24 h/24
state-closed = Fechado
state-unknown = Horário a confirmar
hours = Horário: { $hours }
until = { $state } até { $time }
opens-at = { $state } — abre { $time }
closes-at = { $state } — fecha { $time }
uncertain-from = { $state } — horário incerto a partir de { $time }
distance = a { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km
in-commune = no município de { $commune }
about = a cerca de { NUMBER($km, maximumFractionDigits: 0) } km
step-free = Acesso sem degraus
free = Gratuito
anonymous = Anónimo
confidential = Endereço confidencial
professionals-only = (reservado a profissionais)
checked = verificado em { $date }
to-verify = a confirmar
summary-kind = Ajuda: { $kinds }
summary-reach = Contacto: { $ways }
summary-languages = Línguas: { $languages }

## Os passos

questions-title = Quais são os próximos passos?
questions-intro = Algumas perguntas opcionais para ordenar os passos. As suas respostas não são guardadas nem enviadas.
refine = Adaptar os passos à minha situação (opcional)
yes = Sim
no = Não
skip = Não sei
role = Eu sou
show-steps = Ver os passos
steps-title = Os seus próximos passos
steps-count = { $n ->
    [one] { $n } passo sugerido.
   *[other] { $n } passos sugeridos.
}
why = Motivo: { $reasons }
lead = Entidade coordenadora: { $partner }
lead-in = Entidade coordenadora: { $partner } ({ $territory })

## Os profissionais

pro-title = A quem ligar num território
territory-label = Território
show-routes = Mostrar
routes-count = { $n ->
    [one] { $n } passo.
   *[other] { $n } passos.
}
pro-open-title = Diretório profissional
pass-label = Frase de acesso da rede
pass-hint = Fornecida pela coordenação departamental. Não é guardada nem enviada: o diretório abre neste dispositivo.
pass-open = Abrir
opening = A abrir o diretório profissional…
wrong-pass = Frase de acesso incorreta. Verifique-a e tente novamente.
pro-load-error = O diretório profissional não pode ser aberto aqui.

## Porquê este local (códigos do motor)

reason-category = ajuda: { $category }
reason-language = fala a língua: { $language }
reason-serves-country = para toda a França
reason-serves-territory = para o território: { $territory }
reason-national-line = linha nacional
reason-step-line = linha nacional deste passo
reason-written = por escrito: não pode falar sem risco
step-reason-for-everyone = útil para todas as pessoas
step-reason-answer = respondeu «{ $answer ->
    [yes] sim
   *[no] não
}» a «{ $question }»
step-reason-urgent = em primeiro lugar: respondeu «{ $answer ->
    [yes] sim
   *[no] não
}» a «{ $question }»
step-reason-written-first = contactos por escrito primeiro: não pode falar sem risco

## Vocabulário do diretório

category-urgence = Emergência
category-ecoute = Escuta e encaminhamento
category-hebergement = Segurança e alojamento
category-soins = Cuidados de saúde e provas médicas
category-plainte = Queixa e denúncia
category-juridique = Informação jurídica
category-protection = Proteção judicial
category-social = Acompanhamento social
category-psy = Apoio psicológico
category-enfants = Crianças
category-sante-sexuelle = Saúde sexual
category-auteurs = Autores de violência
role-victim = a pessoa afetada
role-relative = um familiar ou amigo
role-professional = um ou uma profissional
role-perpetrator = uma pessoa que quer deixar de ser violenta
question-in_danger_now = Está em perigo neste momento?
question-can_speak_safely = Pode falar sem o risco de alguém ouvir?
question-children = Há crianças em casa?
question-sexual_violence = Há violência sexual?
question-needs_shelter_tonight = Precisa de um lugar para dormir esta noite?
question-wants_to_report = Deseja apresentar queixa?
question-heavy_signals = Ameaças de morte, estrangulamento, arma, separação recente ou violência cada vez mais grave?
access-telephone = por telefone
access-sms = por SMS
access-en-ligne = online
access-sur-place = sem hora marcada
access-rendez-vous = com hora marcada
access-permanence = em horários de atendimento
audience-tous = Todas as pessoas
audience-femmes = Mulheres
audience-hommes = Homens
audience-jeunes = Jovens
audience-enfants = Crianças
audience-lgbt = Pessoas LGBT+
audience-proches = Familiares e amigos
audience-professionnels = Profissionais
audience-auteurs = Autores de violência
