# Rascunho de tradução feito por IA, não revisto por um falante nativo (AI draft, not reviewed by a native speaker).
# maillage — o que a linha de comandos diz de si própria (o que escreveu, o que não funcionou), na
# língua de `--lang`. As suas respostas estão em ../documents/ e os problemas do diretório em
# ../problems/. Mesmos identificadores e variáveis em todas as línguas. Os caminhos, as opções
# (`--all`, `-o DIR`), os comandos e os nomes de ficheiros ficam tal como estão. Português europeu.

## Cada falha

# $error: o que não funcionou, com as suas causas (algumas do sistema, na língua do sistema).
cli-failed = maillage: { $error }
cli-reading = leitura de { $path }
cli-writing = escrita de { $path }
cli-creating = criação de { $path }
cli-listing = listagem de { $path }

## Ler um diretório

cli-not-a-folder = { $path } não é uma pasta de diretório
cli-folder-not-valid = { $path } não é válido: execute `maillage validate { $path }`
cli-bundle-too-large = { $path }: { $size } bytes, mais do que um pacote pode conter ({ $max } bytes)
cli-embedded-bundle = o pacote da Manche incluído no programa
cli-not-embedded = não está incluído neste programa
# $tag: uma língua; $file: o ficheiro dos textos; $error: porque não pôde ser lido.
cli-texts-unavailable = maillage: os textos do diretório em `{ $tag }` ({ $file }): { $error }; os seus passos são mostrados em francês

## maillage build

cli-not-valid-nothing-written = maillage: { $path } não é válido; nada foi escrito
cli-wrote-bundle = escrito { $path }: { $bytes } bytes, { $gzipped } bytes comprimidos ({ $territories } territórios, { $places } locais, { $services } serviços, { $national } linhas nacionais; público: deixados de fora { $withheld } contactos ou locais reservados a profissionais)
cli-wrote-translations = escritas as traduções ao lado: { $files }
cli-translation-size = { $file } ({ $gzipped } bytes comprimidos)
cli-wrote-pro-bundle = escrito { $path }: { $bytes } bytes, o pacote profissional (selado: Argon2id + XChaCha20-Poly1305)

## A frase de acesso do diretório profissional

cli-passphrase-needed = o pacote profissional precisa da sua frase de acesso: defina { $env } ou execute o maillage num terminal para a escrever
cli-passphrase-prompt = Frase de acesso do diretório profissional:{" "}
cli-passphrase-again = A mesma, mais uma vez:{" "}
cli-reading-passphrase = leitura da frase de acesso
cli-passphrases-differ = as duas frases de acesso são diferentes; nada foi escrito
cli-no-random = o sistema não forneceu bytes aleatórios: { $error }

## Consultas

cli-latlon-expected = `{ $text }`: era esperado LAT,LON, por exemplo 49.1128,-1.0724
cli-not-latitude = `{ $text }` não é uma latitude
cli-not-longitude = `{ $text }` não é uma longitude
cli-latlon-range = `{ $text }` está fora dos limites (primeiro a latitude, depois a longitude)
cli-time-expected = `{ $text }`: era esperada uma hora de Paris, por exemplo 2026-12-01T10:00
cli-give-place = indique --place NAME ou --at LAT,LON
cli-no-place = maillage: nenhum local corresponde a `{ $name }`
cli-unknown-territory = maillage: território desconhecido `{ $territory }`

## Folhetos

cli-all-needs-output = --all requer -o DIR
cli-no-epci = o diretório não tem nenhum EPCI
cli-give-territory = indique o identificador de um território (por exemplo epci:200042604) ou --all
cli-wrote-file = escrito { $path }
cli-leaflet-unknown-territory = território desconhecido `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: o código QR tem de apontar para uma página https://, por exemplo https://www.manche.gouv.fr/
cli-leaflet-qr-too-long = o endereço do código QR é demasiado longo para ser codificado
cli-pro-where = use --directory com o pacote profissional (manche.pro.maillage, com a frase de acesso em MAILLAGE_PASSPHRASE ou escrita quando for pedida) ou com a pasta do diretório (data/manche)
cli-pro-needs-directory = --pro requer o diretório profissional, e o diretório da Manche incluído é o público: { $where }
cli-not-pro-bundle = { $path } não é um pacote profissional (um pacote público não tem nenhum contacto reservado a profissionais): { $where }

## Exportação e importação

cli-wrote-csv = escrito { $path }: { $rows } linhas ({ $services } serviços)
cli-wrote-csv-national = escrito { $path }: { $rows } linhas ({ $services } serviços, { $national } linhas nacionais)
cli-wrote-hsds = escrito { $path }: { $count } serviços HSDS
cli-wrote-data-inclusion = escritos { $structures-file } ({ $structures } estruturas) e { $services-file } ({ $services } serviços)
cli-import-too-large = { $path }: { $size } bytes, mais do que o maillage importa ({ $max } bytes): divida-o, ou verifique se é o ficheiro certo
cli-not-utf8 = { $path }: não é texto UTF-8: { $error }
cli-nothing-read = maillage: não foi possível ler nada; nada foi escrito
cli-wrote-imported = escrito { $path }: { $total } fichas (das quais { $national } linhas nacionais); { $warnings ->
    [0] nada a rever
    [one] { $warnings } ponto a rever
   *[other] { $warnings } pontos a rever
}
cli-then-check = depois, `maillage import csv { $path } -o DIR` verifica cada linha
cli-unreadable-files = { $path } tem ficheiros ilegíveis; nada foi escrito
cli-note = nota: { $note }
cli-names-unavailable = não foi possível carregar { $path } para procurar nele os nomes: os municípios e as zonas têm de ser escritos pelo seu identificador
cli-checked-against-embedded = { $path } não tem directory.json: as linhas são verificadas com o diretório da Manche incluído
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
} em { $rows } linhas; nada foi escrito
cli-services-file = { $path } ({ $services } serviços)
cli-services-national-files = { $path } ({ $services } serviços) e { $national-path } ({ $national } linhas nacionais)
cli-would-write = maillage: { $path } é válido; escreveria { $what }
cli-wrote-what = escrito { $what }

## Ajuda (maillage --help, maillage <comando> --help)

# help-<comando> descreve um comando, help-<comando>--<argumento> um argumento.
# As palavras do próprio clap (Usage, Options, Print help) ficam em inglês.

help = Encontrar ajuda perto de casa e os próximos passos para sair da violência: verificar, construir e consultar um diretório.
help--lang = A língua do que o maillage escreve para as pessoas (os códigos da saída JSON continuam a ser códigos): fr, fr-x-falc (francês de leitura fácil), en, ar, fa-AF (dari), ps, uk, ru, es, pt, ro, tr, ou uma etiqueta da mesma língua (en-GB, prs…). As fichas locais ficam em francês
help-validate = Verificar uma pasta de diretório (ou um pacote); código de saída 0 se for válido, 1 caso contrário
help-validate--dir = Uma pasta de diretório ou um ficheiro de pacote; se for omitido, o diretório da Manche incluído
help-validate--format = Formato de saída
help-validate--today = A data em relação à qual se avalia a atualidade das fontes (AAAA-MM-DD); se for omitida, hoje
help-locate = Todos os territórios de um ponto (`LAT,LON`), do mais preciso ao mais amplo
help-locate--point = `LAT,LON`, por exemplo `49.1128,-1.0724`
help-locate--format = Formato de saída
help-locate--directory = Uma pasta de diretório ou um pacote a usar em vez do diretório da Manche incluído
help-places = Os locais (municípios, municípios delegados, códigos postais) que correspondem ao que foi escrito
help-places--query = O texto escrito, por exemplo `st lo`, `50100`, `tourlaville`
help-places--limit = Número máximo de locais
help-places--format = Formato de saída
help-places--directory = Uma pasta de diretório ou um pacote a usar em vez do diretório da Manche incluído
help-nearest = Os serviços perto de um ponto, filtrados, com distância, estado de abertura e motivos
help-nearest--point = `LAT,LON`
help-nearest--categories = Categorias (repetidas ou separadas por vírgulas): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = Públicos: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = Modos de acesso: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = A hora de Paris para a abertura (`2026-12-01T10:00`); se for omitida, agora
help-nearest--open_only = Manter só os serviços abertos a essa hora
help-nearest--language = Manter só os serviços que falam esta língua (ISO 639-1)
help-nearest--step_free = Manter só os locais acessíveis sem degraus
help-nearest--professional = Incluir os locais e contactos reservados a profissionais
help-nearest--limit = Número máximo de locais
help-nearest--format = Formato de saída
help-nearest--directory = Uma pasta de diretório ou um pacote a usar em vez do diretório da Manche incluído
help-pathway = O percurso de saída proposto para uma situação, um local e uma hora
help-pathway--place = Um nome de local ou um código postal (é usado o melhor resultado), por exemplo `Granville`
help-pathway--at = Um ponto `LAT,LON` em vez de um local
help-pathway--answers = As respostas, por exemplo `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = A hora de Paris (`2026-12-01T22:30`); se for omitida, agora
help-pathway--format = Formato de saída
help-pathway--directory = Uma pasta de diretório ou um pacote a usar em vez do diretório da Manche incluído
help-routes = O circuito de encaminhamento de um território para os profissionais: cada passo, cada contacto
help-routes--territory = O identificador de um território, por exemplo `epci:200042604`, `commune:50639`
help-routes--format = Formato de saída
help-routes--directory = Uma pasta de diretório ou um pacote a usar em vez do diretório da Manche incluído
help-build = Construir o pacote compacto que a linha de comandos e o widget carregam; mostra o seu tamanho bruto e comprimido
help-build--dir = A pasta do diretório
help-build--output = Onde escrever o pacote
help-build--built_on = A data de construção registada no pacote (AAAA-MM-DD); se for omitida, hoje
help-build--pro_out = Escrever também aqui o pacote profissional: todo o diretório, incluindo os contactos e locais reservados a profissionais, selado com uma frase de acesso lida de MAILLAGE_PASSPHRASE ou escrita quando for pedida (nunca como argumento). Ver SECURITY.md
help-export = Escrever o diretório como folha de cálculo (CSV) ou numa norma aberta (HSDS 3.0, data·inclusion)
help-export-csv = Os serviços como folha de cálculo (CSV), para editar e voltar a ler com `import csv`. Uma linha por ponto de contacto, cabeçalhos em francês (ver examples/templates/README.md). Inclui os contactos reservados a profissionais (é o ficheiro de trabalho da coordenação); um local confidencial nunca tem endereço, código postal nem ponto.
help-export-csv--dir = Uma pasta de diretório ou um pacote; se for omitido, o diretório da Manche incluído
help-export-csv--output = O ficheiro CSV a escrever
help-export-csv--national = Escrever também as linhas nacionais (coluna `ligne nationale` = oui)
help-export-csv--separator = Separador de colunas: ponto e vírgula (o que as folhas de cálculo francesas esperam) ou vírgula
help-export-csv--no_bom = Não escrever a marca de ordem de bytes UTF-8 (faz com que o Excel leia bem os acentos)
help-export-hsds = Open Referral HSDS 3.0: um array JSON de serviços. Centrado nos serviços e desreferenciado, para o público exceto com --professional. Um local confidencial só mostra o seu município.
help-export-hsds--dir = Uma pasta de diretório ou um pacote; se for omitido, o diretório da Manche incluído
help-export-hsds--output = O ficheiro JSON a escrever; se for omitido, a saída padrão
help-export-hsds--national = Exportar também as linhas nacionais
help-export-hsds--professional = Incluir os locais e contactos reservados a profissionais (nunca os confidenciais)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json e OUTPUT/services.json. Para o público exceto com --professional. Um local confidencial só mostra o seu município.
help-export-data-inclusion--dir = Uma pasta de diretório ou um pacote; se for omitido, o diretório da Manche incluído
help-export-data-inclusion--output = A pasta onde escrever os dois ficheiros (criada se for preciso)
help-export-data-inclusion--national = Exportar também as linhas nacionais (zona `france`)
help-export-data-inclusion--professional = Incluir os locais e contactos reservados a profissionais (nunca os confidenciais)
help-export-data-inclusion--date = O `date_maj` das fichas nem verificadas nem datadas pela sua página de origem (AAAA-MM-DD); se for omitido, hoje
help-import = Voltar a ler uma folha de cálculo para um diretório, ou converter a exportação HSDS ou data·inclusion de outro diretório em fichas a rever
help-import-csv = Voltar a ler uma folha de cálculo (CSV) para OUTPUT/services.json; nada é escrito em caso de erro. As linhas com `ligne nationale` = oui vão para national.json. Cada linha é verificada, com os controlos do núcleo, com o diretório de OUTPUT (ou com o diretório da Manche incluído se OUTPUT não tiver nenhum); se uma linha tiver um erro, cada erro é listado com a sua linha e a sua coluna, e nada é escrito.
help-import-csv--file = O ficheiro CSV: separado por vírgulas ou por pontos e vírgulas, em UTF-8 com ou sem marca de ordem de bytes
help-import-csv--output = A pasta do diretório onde escrever services.json (e national.json)
help-import-csv--dry_run = Só verificar; não escrever nada
help-import-csv--today = A data em relação à qual se avalia a atualidade das fontes (AAAA-MM-DD); se for omitida, hoje
help-import-csv--format = Formato de saída dos problemas
help-import-hsds = Converter os serviços HSDS 3.0 de outro diretório em fichas a rever. As taxonomias são associadas às nossas categorias; o que não pôde ser associado é listado, e nenhuma ficha se perde.
help-import-hsds--file = O JSON HSDS: um array de serviços, um serviço, uma página de API ou organizações
help-import-hsds--output = Onde escrever as fichas: uma folha de cálculo `.csv` (a rever, depois `import csv`) ou um ficheiro `.json` (as suas listas `services` e `national`)
help-import-hsds--directory = O diretório (pasta ou pacote) cujos nomes de municípios e de territórios servem para as associações; se for omitido, o diretório da Manche incluído
help-import-data-inclusion = Converter serviços data·inclusion v1 em fichas a rever. As temáticas são associadas às nossas categorias; o que não pôde ser associado é listado, e nenhuma ficha se perde.
help-import-data-inclusion--file = O JSON dos serviços, ou uma pasta com services.json (e structures.json, para os nomes das organizações)
help-import-data-inclusion--output = Onde escrever as fichas: uma folha de cálculo `.csv` ou um ficheiro `.json`
help-import-data-inclusion--directory = O diretório (pasta ou pacote) cujos nomes servem para as associações; se for omitido, o diretório da Manche incluído
help-leaflet = Um folheto pronto a imprimir (HTML autónomo, A4 ou A5) com os contactos públicos de um território; `--all -o DIR` escreve um por EPCI; `--pro` imprime o folheto dos profissionais, a partir da pasta do diretório ou do pacote profissional
help-leaflet--territory = O identificador de um território, por exemplo `epci:200042604`, `commune:50218`, `departement:50`
help-leaflet--all = Um folheto por EPCI, escrito na pasta indicada por `-o` (`DIR/epci-200042604.html`…, `DIR/epci-200042604.pro.html`… com `--pro`)
help-leaflet--pro = O folheto dos profissionais: inclui, assinalados, os contactos e locais reservados a profissionais, e «não afixar nem entregar ao público» no topo, no rodapé e no título. Requer `--directory` com a pasta do diretório ou o pacote profissional (a sua frase de acesso em MAILLAGE_PASSPHRASE ou escrita quando for pedida, nunca como argumento)
help-leaflet--output = Onde escrever: um ficheiro (uma pasta com `--all`); se for omitido, a saída padrão
help-leaflet--format = Papel: a4 (uma página) ou a5 (duas páginas, frente e verso ou A4 dobrado)
help-leaflet--qr_url = Uma página https:// para a qual aponta o código QR do folheto (por exemplo, a página de um parceiro com o widget); sem código QR se for omitida
help-leaflet--directory = Uma pasta de diretório ou um pacote a usar em vez do diretório da Manche incluído (com `--pro`: a pasta ou o pacote profissional, por exemplo `manche.pro.maillage`)
help-coverage = A cobertura de cada município: distância ao local mais próximo por categoria, linhas telefónicas e online, números por EPCI, fichas a verificar de novo (JSON, CSV ou mapa SVG)
help-coverage--format = Formato de saída
help-coverage--output = Onde escrever; se for omitido, a saída padrão
help-coverage--category = A categoria que o mapa SVG mostra
help-coverage--audience = Contar só os locais para este público (ou para todos): tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. Se for omitido, todos os locais exceto os reservados a profissionais
help-coverage--today = A data em relação à qual se avalia a atualidade das fontes (AAAA-MM-DD); se for omitida, hoje
help-coverage--directory = Uma pasta de diretório ou um pacote a usar em vez do diretório da Manche incluído

## As palavras da própria ajuda em torno dos textos (cabeçalhos, opções comuns)

cli-usage = Utilização:
cli-commands = Comandos
cli-arguments = Argumentos
cli-options = Opções
cli-print-help = Mostrar a ajuda
cli-print-version = Mostrar a versão
cli-default = [valor predefinido: { $value }]
cli-possible-values = [valores possíveis: { $values }]

## Os erros da própria linha de comandos

# $arg: a opção ou o argumento (`--format <FORMAT>`), $value: o que foi escrito.
cli-invalid-value = valor inválido `{ $value }` para `{ $arg }`
# $reason: porquê, já na língua do leitor.
cli-invalid-value-because = valor inválido `{ $value }` para `{ $arg }`: { $reason }
cli-missing-arguments = falta: { $args }
cli-unknown-argument = argumento inesperado `{ $arg }`
cli-unknown-command = comando desconhecido `{ $command }`
cli-try-help = Para saber mais: --help
