# Rascunho de tradução feito por IA, não revisto por um falante nativo (AI draft, not reviewed by a native speaker).
# maillage — o que `maillage validate`, `maillage import` e o studio dizem dos problemas de um
# diretório: o núcleo dá-os como códigos (`maillage::Fault`, `maillage::hours::HoursFault`); cada
# código é aqui uma mensagem `problem-<code>` e os seus valores, variáveis. Mesmos
# identificadores e variáveis em todas as línguas. Os identificadores, nomes de campos, valores e
# palavras-chave dos ficheiros (`services.json`, `auteurs`, `to-verify`, `Mo-Fr 09:00-17:00`)
# ficam tal como estão: são os dos ficheiros. Português europeu.

## Uma linha por problema

problem-error = erro
problem-warning = aviso
# $severity: problem-error ou problem-warning; $where: ficheiro, linha e ponteiro JSON
# (`services.json:12 #/services/3`), tal como estão.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: ficha `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: campo `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: ficha `{ $record }`, campo `{ $field }`: { $reason }
# Uma folha de cálculo: linha da folha (o cabeçalho é a linha 1), linha do ficheiro quando é
# diferente, coluna (letra e cabeçalho), elemento de uma célula que contém vários.
sheet-row = linha { $row }
sheet-row-line = linha { $row } (linha { $line } do ficheiro)
sheet-column = coluna { $column } «{ $header }»
sheet-column-letter = coluna { $column }
sheet-column-header = coluna «{ $header }»
sheet-record = ficha `{ $record }`
sheet-item = elemento { $item }: { $reason }
# $parts: linha, coluna, ficha, separadas por vírgulas.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }, { $parts }: { $reason }

## O resumo de `maillage validate`

validate-counts = { $communes } municípios, { $epci } EPCI, { $arrondissements } arrondissements, { $departements } departamentos, { $tribunals } circunscrições judiciais, { $places } locais, { $services } serviços locais, { $national } linhas nacionais
validate-valid = válido
validate-valid-warnings = válido, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
validate-invalid = { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
validate-summary = { $counts }: { $verdict }

## Ficheiros

# $detail: a mensagem do leitor, em inglês.
problem-unreadable-file = ficheiro ilegível: { $detail }
problem-not-utf8 = não é texto UTF-8 (byte { $byte }): guarde-o em UTF-8
# $detail: a mensagem do leitor JSON (serde_json), em inglês.
problem-malformed-json = JSON mal formado: { $detail }
problem-truncated-json = o ficheiro termina cedo demais (truncado?): { $detail }
problem-expected-object-with-list = era esperado um objeto com a lista `{ $key }`
problem-expected-list = era esperada a lista `{ $key }`
# $detail: a mensagem do leitor (serde), em inglês: campo em falta, termo desconhecido, tipo.
problem-unreadable-field = valor ilegível: { $detail }
problem-not-a-language-file = não é um ficheiro de língua: dê-lhe o nome de uma língua que não seja o francês (`i18n/en.json`, `i18n/ar.json`, `i18n/fa-AF.json`)
problem-not-a-directory-file = não é um ficheiro do diretório (esperado: directory.json, services.json, national.json, places.json, territories/*.geojson ou i18n/*.json); ignorado
problem-missing-metadata = em falta ou ilegível: um diretório precisa do seu ficheiro de metadados

## Territórios e locais

problem-duplicate-territory-id = identificador de território duplicado
problem-kind-mismatch = o tipo `{ $kind }` difere do tipo do identificador, `{ $id_kind }`
problem-unknown-territory = território desconhecido `{ $id }`
problem-unknown-service = serviço desconhecido `{ $id }`
problem-empty-geometry = contorno vazio
problem-ring-too-short = um anel tem poucos pontos ({ $points }); são precisos pelo menos 4
problem-ring-not-closed = um anel não está fechado (o primeiro e o último ponto são diferentes)
problem-coordinate-out-of-range = a coordenada { $lon },{ $lat } não é uma longitude,latitude
# $detail: o que a biblioteca geo encontrou, em inglês.
problem-invalid-geometry = contorno inválido: { $detail }
problem-duplicate-place-id = identificador de local duplicado

## Serviços

problem-duplicate-service-id = identificador de serviço duplicado (os serviços e as linhas nacionais partilham os identificadores)
problem-bad-id = `{ $id }`: um identificador só usa a-z, 0-9 e `-`
problem-empty-name = nome vazio
problem-no-category = é necessária pelo menos uma categoria
problem-perpetrators-other-category = um serviço para autores de violência só tem a categoria `auteurs`: nunca se mostram aos autores os serviços para as vítimas
problem-perpetrators-audience-missing = a categoria `auteurs` exige o público `auteurs`
problem-local-serves-country = um serviço local que abrange todo o país deve estar em national.json
problem-national-line-not-national = uma linha nacional tem como zona abrangida "national"
problem-empty-served-area = zona abrangida vazia
problem-no-way-to-reach = não há forma de contactar este serviço: indique um contacto ou um local
problem-javascript-url = os links `javascript:` são recusados
problem-phone-national-form = `{ $number }` está no formato nacional: escreva-o no formato E.164, `+33` seguido dos nove algarismos que vêm depois do 0
problem-phone-invalid = `{ $number }` não é um número francês válido (esperado: +33 e 9 algarismos, um número dos territórios ultramarinos ou um número curto como 17, 114, 3919, 116006)
problem-phone-display-mismatch = o texto apresentado `{ $display }` não corresponde ao número `{ $number }`
problem-not-an-email = `{ $value }` não é um endereço de e-mail
problem-url-not-https = `{ $url }`: use https
problem-url-no-scheme = `{ $url }` não tem protocolo: escreva https://…
problem-url-scheme = `{ $url }`: o protocolo `{ $scheme }` não é aceite (https, tel, sms, mailto)
problem-confidential-contact = um contacto não pode ser confidencial: retire-o ou reserve-o aos `professionnels`
problem-unknown-commune = município desconhecido `{ $id }`
problem-confidential-address = local confidencial com um endereço publicado: retire o endereço (só o município pode ser mostrado)
problem-confidential-postcode = local confidencial com um código postal publicado: retire o código postal (só o município pode ser mostrado)
problem-confidential-point = local confidencial com um ponto publicado: retire o ponto (só o município pode ser mostrado)
problem-precision-without-address = a precisão `address` exige um endereço: indique-o ou use `commune`
problem-point-out-of-range = latitude ou longitude fora dos limites
problem-point-outside-scope = o ponto { $lat },{ $lon } está fora do território do diretório `{ $scope }` (latitude e longitude trocadas?)
problem-point-outside-commune = o ponto { $lat },{ $lon } está fora do seu município, { $commune } ({ $id })
problem-address-without-point = endereço público sem ponto: não é possível calcular a distância
# $fault: uma das mensagens problem-hours-… abaixo.
problem-hours = horário «{ $text }», coluna { $column }: { $fault }

## Horários (sintaxe opening_hours do OpenStreetMap)

problem-hours-empty = horário vazio: omita o campo quando o horário não for conhecido
problem-day-of-month = um dia do mês vai de 1 a 31
problem-month-or-day-after-dash = era esperado um mês ou um dia depois de `-`
problem-date-range-ends = um período tem dias nas duas pontas ou em nenhuma
problem-school-holidays = as férias escolares (`SH`) não são suportadas
problem-nth-weekday = os n-ésimos dias da semana como `Mo[1]` não são suportados
problem-weekday-after-dash = era esperado um dia da semana (Mo, Tu, We, Th, Fr, Sa, Su) depois de `-`
problem-expected-time = era esperada uma hora como 09:00
problem-expected-colon = era esperado `:` numa hora (escreva 09:00, não 9h)
problem-expected-minutes = eram esperados os minutos
problem-minutes-digits = os minutos escrevem-se com dois algarismos, de 00 a 59
problem-start-after24 = uma hora de início não pode passar das 24:00
problem-open-ended = os horários sem hora de fim (`18:00+`) não são suportados
problem-expected-end = eram esperados `-` e uma hora de fim
problem-end-after48 = uma hora de fim não pode passar das 48:00
problem-end-before-start = hora de fim anterior à hora de início
problem-span-starts-at24 = um intervalo não pode começar às 24:00
problem-unterminated-comment = comentário não fechado: falta a aspa `"` final
problem-expected-rule = era esperada uma regra (como `Mo-Fr 09:00-17:00`), encontrado `{ $found }`
problem-unexpected = `{ $found }` inesperado

## Fontes

problem-missing-source = fonte em falta: indique de onde vêm estas informações
problem-empty-source-title = título da fonte vazio
problem-source-url-not-http = `{ $url }`: o endereço de uma fonte é uma página http(s)
problem-bad-language-code = `{ $language }` não é um código ISO 639-1 como `fr`
problem-verified-without-date = uma fonte verificada precisa da sua data de verificação (`verified_on`)
problem-date-on-to-verify = `verified_on` { $date } numa fonte ainda `to-verify`: mude o estado para `verified` ou retire a data
problem-to-verify = a verificar: verifique esta ficha junto da sua fonte antes de confiar nela
problem-date-in-future = { $date } está no futuro
problem-verified-long-ago = verificada em { $date }, há mais de 12 meses: verifique-a novamente
problem-old-page = a página da fonte tem data de { $date }, há mais de 2 anos: verifique se continua atualizada

## Percurso

problem-duplicate-step-id = identificador de passo duplicado
problem-missing-french = texto em francês em falta
problem-missing-english = tradução para inglês em falta
problem-step-without-category = um passo precisa de pelo menos uma categoria
problem-unknown-national-line = linha nacional desconhecida `{ $id }`
problem-step-unreachable = nenhuma situação chega a este passo: as suas exclusões cobrem todas as suas inclusões
problem-perpetrators-step-audience = o passo para autores é escolhido pela sua categoria `auteurs`, não por um público
problem-perpetrators-step-category = o passo para autores só tem a categoria `auteurs` e indica o papel `perpetrator`
problem-category-without-step = nenhum passo tem a categoria `{ $category }`: os seus serviços nunca são sugeridos num percurso

## Ficheiros de língua (i18n/<língua>.json)

problem-english-steps-here = o inglês dos passos está em pathways.json (`title.en`, `advice.en`): retire-o daqui
problem-unknown-step = não há nenhum passo `{ $id }` em pathways.json
problem-empty-text = texto vazio
problem-step-not-translated = o passo `{ $id }` não está traduzido (título e conselhos)
# $field: `description` ou `conditions`, o nome do campo tal como está.
problem-not-translated = o campo `{ $field }` de `{ $id }` não está traduzido
problem-nothing-to-translate = `{ $id }` não tem campo `{ $field }` em national.json para traduzir

## Importações e exportações (HSDS, data·inclusion): as notas de maillage-interop

# $note: uma das mensagens abaixo.
problem-note = { $note }
problem-too-large = o ficheiro tem { $bytes } bytes, mais do que o maillage lê ({ $max } bytes): divida-o, ou verifique se é o ficheiro certo
problem-no-hsds-service = nenhum serviço HSDS encontrado: era esperado um array de serviços, um serviço, uma página {"{"}"contents": […]{"}"} ou organizações com os seus serviços
problem-not-data-inclusion-services = era esperado um array de serviços data·inclusion
problem-not-a-service-object = não é um objeto de serviço: ignorado
problem-hsds-web-pro-only = o HSDS não permite reservar o endereço web { $url } aos profissionais
problem-hsds-one-url = o HSDS só tem um endereço web por serviço: { $url } fica de fora
problem-hsds-accessibility-without-location = a acessibilidade sem local não tem lugar no HSDS
# $kind: phone, sms, email ou web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] o data·inclusion só tem um telefone por serviço
    [email] o data·inclusion só tem um e-mail por serviço
    [sms] o data·inclusion não tem SMS
   *[other] o data·inclusion só tem um link por serviço
}: { $left_out ->
    [one] { $left_out } fica de fora
   *[other] { $left_out } ficam de fora
}
problem-data-inclusion-no-code = `{ $territory }` não tem código data·inclusion e os seus municípios são desconhecidos: fica de fora
# $vocabulary: Category, Audience ou AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] categoria desconhecida
    [Audience] público desconhecido
   *[other] modo de acesso desconhecido
}: `{ $term }`
problem-taxonomy-term-unmapped = o termo de taxonomia `{ $term }` não corresponde a nenhuma categoria nem a nenhum público
problem-taxonomy-term-unmapped-in = o termo de taxonomia `{ $term }` (taxonomia `{ $taxonomy }`) não corresponde a nenhuma categoria nem a nenhum público
problem-thematique-unmapped = a temática `{ $thematique }` não corresponde a nenhuma categoria
problem-public-unmapped = o público `{ $public }` não tem equivalente no maillage
problem-publics-free-text = `{ $text }`: texto livre, escolha os públicos à mão
problem-no-category-found = nenhuma categoria encontrada: escolha uma antes de verificar
problem-no-name = o serviço não tem nome
problem-no-organisation-name = sem nome de organização (só organization_id, ou nada)
problem-structure-not-found = estrutura `{ $structure }` não encontrada: o seu identificador faz as vezes de organização
problem-contact-person-phones = os telefones de uma pessoa de contacto não são importados: acrescente-os ao serviço
problem-several-locations = { $count } locais: só o primeiro é importado (uma ficha maillage tem um só local; faça uma ficha por local)
problem-confidential-place-details = um local confidencial só mantém o seu município: o que o ficheiro indica sobre ele (`{ $fields }`) não é importado
problem-commune-not-found = o município deste local não foi encontrado ({ $place }): o local não é importado; indique o seu código INSEE
problem-bad-insee-code = `{ $insee }` não é um código INSEE de município: o local não é importado
problem-address-without-insee = um endereço sem código INSEE: o local não é importado; indique o seu code_insee
problem-service-area-unmatched = a zona abrangida `{ $name }` não corresponde a nenhum território
problem-zone-not-a-code = a zona `{ $zone }` não é um código de município, de EPCI nem de departamento
problem-no-service-area = nenhuma zona abrangida legível: indique os territórios abrangidos
problem-no-zone = sem zone_eligibilite: indique os territórios abrangidos
problem-schedules-not-weekly = os horários que não são semanais não podem ser lidos ({ $descriptions }): escreva-os à mão
problem-unknown-language = não conhecemos a língua `{ $language }`: indique o seu código ISO 639-1
problem-fees-reduced = tarifas `{ $fees }`: só se mantém «gratuito ou não»; indique-o nas condições
problem-field-not-imported = `{ $field }` não tem lugar numa ficha maillage: não é importado
problem-eligibility-free-text = a descrição da elegibilidade é texto livre: escolha os públicos à mão
problem-publisher-date = datada de { $date } pelo seu editor: mantida como data da fonte; a ficha tem de ser verificada
problem-no-date = nem assured_date nem last_modified: não se sabe de quando são estas informações; a ficha tem de ser verificada
problem-no-date-maj = nenhum date_maj legível: não se sabe de quando são estas informações

## A folha de cálculo (maillage import csv, o studio)

problem-sheet-not-utf8 = o ficheiro não está em UTF-8 (byte { $byte }, linha { $line }): guarde-o como «CSV UTF-8» (Excel) ou escolha o conjunto de caracteres UTF-8 (LibreOffice)
problem-too-many-rows = mais de { $max } linhas: o maillage lê no máximo { $max } serviços de uma folha de cálculo; divida-a
# $detail: a mensagem do leitor CSV, em inglês.
problem-unreadable-csv = CSV ilegível: { $detail }
problem-empty-sheet = ficheiro vazio: a primeira linha tem os cabeçalhos das colunas
problem-duplicate-column = a coluna «{ $header }» aparece duas vezes (também na coluna { $other })
problem-unknown-column = coluna desconhecida «{ $header }»; as colunas são: { $columns }
problem-missing-column = coluna em falta: é obrigatória
problem-column-absent = coluna ausente: cada linha é lida sem ela
problem-stray-value = um valor numa coluna sem cabeçalho conhecido: dê um cabeçalho à coluna ou esvazie-a
problem-id-from-name = identificador vazio: `{ $id }` criado a partir do nome
problem-missing-id = identificador em falta (e nenhum nome a partir do qual o criar)
problem-yes-no = `{ $text }`: escreva `oui` ou `non` (ou deixe vazio se não se souber)
problem-not-a-date = `{ $text }` não é uma data: escreva-a como 2026-11-29 (ou 29/11/2026)
problem-not-a-number = `{ $text }` não é um número como 49.1157
# $vocabulary: Category, Audience, AccessMode, Visibility, LocationPrecision ou SourceStatus;
# $expected: as palavras permitidas, separadas por vírgulas.
problem-unknown-word = { $vocabulary ->
    [Category] categoria desconhecida
    [Audience] público desconhecido
    [AccessMode] modo de acesso desconhecido
    [Visibility] visibilidade desconhecida
    [LocationPrecision] precisão desconhecida
   *[other] estado desconhecido
} `{ $term }`; valores possíveis: { $expected }
problem-bracket-alone = um `]` sem o seu `[`
problem-bad-visibility = `[{ $word }]`: a visibilidade é `[public]` (ou nada), `[professionnels]` ou `[confidentiel]`
problem-unbalanced-parentheses = parênteses desequilibrados: a etiqueta fica entre `(…)` no fim
problem-angle-alone = um `>` sem o seu `<`
problem-empty-contact = contacto vazio: escreva o número ou o endereço
problem-empty-angle = valor vazio entre `<…>`
problem-longitude-alone = uma longitude sem latitude: indique as duas ou nenhuma
problem-latitude-alone = uma latitude sem longitude: indique as duas ou nenhuma
problem-confidential-cell = um local confidencial (alojamento) nunca é publicado com o seu endereço, o seu código postal nem o seu ponto: deixe esta célula vazia (só o município é mostrado)
problem-place-without-commune = um local precisa do seu município (código INSEE, por exemplo `50502`, ou nome)
problem-name-not-of-id = «{ $name }» não é o nome de `{ $id }` ({ $actual }): o identificador é mantido
problem-bad-territory-id = `{ $id }` não é um identificador de território (por exemplo `epci:200042604`, `commune:50502`)
problem-write-commune-id = `{ $text }`: escreva o identificador ou o código INSEE do município, por exemplo `50502`
problem-write-territory-id = `{ $text }`: escreva o identificador do território, por exemplo `departement:50`
problem-unknown-commune-name = «{ $text }» não é um município do diretório: escreva o seu identificador (código INSEE, por exemplo `50502`)
problem-unknown-territory-name = «{ $text }» não é um território do diretório: escreva o seu identificador (por exemplo `epci:200042604`)
problem-several-territories = «{ $text }» designa vários territórios ({ $ids }): escreva entre parênteses o pretendido
problem-date-without-source = uma data de fonte sem fonte: indique o título ou a página da fonte
problem-records-removed = { $count ->
    [one] { $count } ficha de { $file } não está na folha de cálculo e é retirada por esta importação
   *[other] { $count } fichas de { $file } não estão na folha de cálculo e são retiradas por esta importação
}: { $ids }
