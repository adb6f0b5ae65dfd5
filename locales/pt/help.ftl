# A linha de comandos: `--help` e `help`, as linhas de utilização,
# `--version`, e os erros que o clap encontra numa linha de comandos
# (src/cli_text.rs).
#
# Os nomes de comandos e opções, os nomes de valores em maiúsculas (FILE, OUT)
# e as linhas de comandos `wen-assess` ficam como estão; os nomes de ficheiro
# dos exemplos podem estar em português. Os textos que se seguem à ajuda são
# mostrados tal como estão: manter as linhas abaixo de 80 carateres.

## Títulos e marcadores da ajuda e das linhas de utilização.

help-usage = Utilização:
help-commands = Comandos:
help-arguments = Argumentos:
help-options = Opções:
# Representa as opções de um comando na sua linha de utilização.
help-options-placeholder = [OPÇÕES]
# Representa o nome de um comando: wen-assess [OPÇÕES] <COMANDO>
help-command-placeholder = COMANDO

## `--version`

version-guidelines = diretrizes incluídas: { $list }
version-guideline = { $id } { $version } ({ $count ->
        [0] { $count } critérios
        [one] { $count } critério
       *[other] { $count } critérios
    })
version-languages = línguas: { $list }

## O programa

cmd-about = Autoavaliação das redes de aplicação da lei sobre a vida selvagem (WEN) segundo critérios estruturados com base nas Diretrizes do ICCWC para as WEN (2020)
cmd-after-help =
    Exemplos:
      wen-assess assess --guideline strengthening
      wen-assess score examples/strengthening-example.yaml
      wen-assess report examples/strengthening-example.yaml --format pdf
      wen-assess template --guideline establishing -o minha-rede.yaml
      wen-assess template --guideline strengthening --country Atlantis -o atlantis.xlsx
      wen-assess aggregate paises/*.xlsx
      wen-assess validate guidelines/

    Códigos de saída: 0 tudo correu bem; 1 constatações (erros de validação,
    maturidade abaixo de --fail-under); 2 erro de utilização ou de
    funcionamento (ficheiro ilegível ou inválido, sem terminal); 130
    interrupção.
arg-guidelines = Carregar as diretrizes deste ficheiro ou pasta além das incluídas; um ficheiro com o identificador de uma diretriz incluída substitui-a
arg-no-builtin-guidelines = Com --guidelines: carregar só esses ficheiros, sem as diretrizes incluídas
arg-lang = Língua das mensagens, da ajuda, dos relatórios, das tabelas e das perguntas, entre as incluídas: { $languages }. Sem --lang: a língua do ficheiro de respostas; senão, a das definições regionais (LC_ALL, LC_MESSAGES, LANG); senão, o inglês
arg-help = Mostrar a ajuda
arg-version = Mostrar a versão

## help

cmd-help-about = Mostrar esta ajuda, ou a ajuda do comando indicado

## assess

cmd-assess-about = Questionário interativo: responder a cada critério; cada resposta é guardada de imediato
cmd-assess-after-help =
    Exemplos:
      wen-assess assess                                   # pergunta tudo
      wen-assess assess --guideline strengthening --lang pt
      wen-assess assess --answers minha-rede.yaml         # retomar ou rever

    Teclas: setas e Enter para escolher; o menu também oferece N/A, saltar,
    pergunta anterior, ir para uma área (Esc para voltar), as orientações
    quando o ecrã é demasiado pequeno para as mostrar, e guardar e sair. Os
    critérios respondidos não voltam a ser perguntados; quando todos os
    critérios têm resposta, uma revisão mostra-os todos, para alterar qualquer
    um antes das pontuações e do relatório. Ctrl-C para de imediato; cada
    resposta confirmada já está guardada.

    Com --plain (ou TERM=dumb) cada pergunta é mostrada com opções numeradas e
    a resposta é escrita: 0-4, na, s (saltar), p (anterior), j (ir para uma
    área), q (guardar e sair), e depois Enter.
arg-assess-guideline = Identificador da diretriz: establishing (criação de uma WEN) ou strengthening (reforço de uma WEN existente)
arg-assess-answers = Ficheiro de respostas a retomar, ou onde guardar uma nova avaliação
arg-assess-plain = Perguntar linha a linha, sem mover o cursor: para leitores de ecrã, consolas série e terminais simples (a opção predefinida com TERM=dumb)

## serve

cmd-serve-about = O questionário como página web local, para um workshop em sala
cmd-serve-after-help =
    Exemplos:
      wen-assess serve                       # uma nova avaliação
      wen-assess serve minha-rede.yaml       # retomar ou rever
      wen-assess serve --guideline strengthening --lang pt --no-browser
      wen-assess serve minha-rede.yaml --listen 192.168.1.20 --port 8080

    Mostra uma ligação com um código de acesso (http://127.0.0.1:PORT/?t=...)
    e abre-a no navegador predefinido. Só este computador se pode ligar, a
    menos que --listen indique o endereço dele na rede do workshop: os
    participantes juntam-se então a partir do telemóvel com o código QR da
    página e propõem níveis; o facilitador regista o nível acordado pela
    sala. Cada resposta é guardada de imediato, como em assess. Ctrl-C para
    o servidor (código de saída 0).
arg-serve-answers = Ficheiro de respostas a retomar, ou onde guardar uma nova avaliação (por omissão: um ficheiro novo com o nome da rede, na pasta atual)
arg-serve-guideline = Identificador da diretriz de uma nova avaliação: establishing (criação de uma WEN) ou strengthening (reforço de uma WEN existente); perguntado na página quando não é indicado
arg-serve-port = Porta onde escutar (por omissão: uma porta livre)
arg-serve-listen = Endereço onde escutar (por omissão: 127.0.0.1, só este computador); qualquer outro permite que se junte quem estiver nessa rede e tiver a ligação
arg-serve-no-browser = Mostrar a ligação sem abrir um navegador

## validate

cmd-validate-about = Verificar ficheiros de diretrizes e indicar cada problema como ficheiro:linha:coluna
cmd-validate-after-help =
    Exemplos:
      wen-assess validate                         # as diretrizes incluídas
      wen-assess validate guidelines/ minha.yaml  # ficheiros e pastas
      wen-assess validate --format json guidelines/
      wen-assess validate as-nossas.yaml --against anterior.yaml   # o que mudou desde então
      wen-assess validate as-nossas.yaml --against strengthening --allow missing-scope
arg-validate-paths = Ficheiros de diretrizes, ou pastas de ficheiros *.yaml (por omissão: as diretrizes incluídas)
arg-validate-format = Formato de saída: human (uma linha por problema, por omissão), json (um único documento JSON) ou github (anotações do GitHub Actions)
arg-validate-against = Comparar com a versão anterior: um ficheiro de diretrizes, uma pasta ou o identificador de uma diretriz incluída; cada diretriz é comparada com a que tem o mesmo identificador
arg-validate-allow = Não mostrar os avisos com este código (pode repetir-se); os erros não podem ser ocultados
arg-validate-deny = Transformar em erros os avisos com este código (pode repetir-se)
arg-validate-verbose = Mostrar cada constatação, em vez de uma linha com uma contagem para um código repetido num ficheiro

## template

cmd-template-about = Escrever um ficheiro de respostas em branco para preencher num editor, ou um livro (.xlsx) para uma folha de cálculo
cmd-template-after-help =
    Exemplos:
      wen-assess template --guideline strengthening -o respostas.yaml
      wen-assess template --guideline establishing \
          --network "Rede regional de exemplo" > nova.yaml
      wen-assess template -g strengthening --network "Rede regional de exemplo" \
          --country Atlantis --respondent "A. Focal" \
          --role "Ponto focal nacional" -o atlantis.yaml
      wen-assess template -g strengthening --network "Rede regional de exemplo" \
          --country Atlantis -o atlantis.xlsx

    Um nome terminado em .xlsx (ou --format xlsx) cria um livro para o Excel ou
    o LibreOffice: instruções, uma linha por critério com uma lista pendente
    para o nível, uma folha Seminário; só as células de resposta podem ser
    alteradas.
arg-template-format = O que escrever: yaml (um ficheiro de respostas) ou xlsx (um livro); sem esta opção, xlsx quando o nome dado a -o termina em .xlsx; senão, yaml
arg-template-guideline = Identificador da diretriz (ver `wen-assess guidelines`); perguntado num terminal se não for indicado
arg-template-output = Onde escrever (por omissão: a saída padrão)
arg-template-network = Nome da rede a preencher previamente
arg-template-region = Região da rede a preencher previamente
arg-template-country = País do Estado-Membro que vai responder (aggregate agrupa as respostas por país)
arg-template-respondent = Nome da pessoa que vai responder
arg-template-role = Função da pessoa que vai responder, por exemplo "Ponto focal nacional"
arg-template-date = Data a preencher previamente, AAAA-MM-DD (senão fica vazia: a data é a das respostas)
arg-template-force = Substituir o ficheiro dado a -o se existir
arg-template-lang = Língua do modelo, entre as incluídas: { $languages }; o ficheiro de respostas regista-a, e os relatórios criados a partir dele usam-na. Sem --lang: a das definições regionais (LC_ALL, LC_MESSAGES, LANG); senão, o inglês

## score

cmd-score-about = Pontuar ficheiros de respostas: maturidade por área e global, lacunas, cobertura
cmd-score-after-help =
    Exemplos:
      wen-assess score examples/strengthening-example.yaml
      wen-assess score respostas/*.yaml --format csv > pontuacoes.csv
      wen-assess score respostas.yaml --fail-under 2.5   # código 1 abaixo de 2,5
arg-score-files = Ficheiros de respostas ou livros (.yaml, .yml, .xlsx, .ods), ou pastas que os contenham
arg-score-format = Formato de saída: table (uma tabela por ficheiro, por omissão), json (um único documento JSON) ou csv (uma linha por ficheiro e área, e uma linha do conjunto)
arg-score-fail-under = Terminar com o código 1 quando a maturidade global de um ficheiro é inferior a N (de 0 a 4, por exemplo 2.5)

## report

cmd-report-about = Escrever o relatório de lacunas com o plano de ação por prioridade
cmd-report-after-help =
    Exemplos:
      wen-assess report examples/strengthening-example.yaml
      wen-assess report respostas.yaml --format pdf       # respostas-report.pdf
      wen-assess report respostas.yaml -o relatorio.pdf   # o nome escolhe PDF
      wen-assess report respostas.yaml --format md -o relatorio.md
      wen-assess report respostas.yaml -o -               # para a saída padrão
      wen-assess report respostas.yaml --format pdf -o - > relatorio.pdf
arg-report-files = Ficheiro de respostas (com --aggregate: os ficheiros de cada Estado-Membro e da rede, ou pastas que os contenham)
arg-report-aggregate = Escrever o relatório da rede a partir dos ficheiros de vários Estados-Membros
arg-report-format = Formato do relatório: md (Markdown) ou pdf (PDF, A4, com os tipos de letra incluídos); sem esta opção, pdf quando OUT termina em .pdf; senão, md
arg-report-output = Ficheiro de saída, - para a saída padrão (por omissão: junto do ficheiro de respostas, o seu nome seguido de -report.md ou .pdf; com --aggregate, network-report.md ou .pdf junto do primeiro ficheiro)

## compare

cmd-compare-about = Progresso em duas ou mais avaliações com a mesma diretriz
cmd-compare-after-help =
    Exemplos:
      wen-assess compare respostas-2025.yaml respostas-2026.yaml
      wen-assess compare antes.yaml depois.yaml --format md > progresso.md
      wen-assess compare examples/network/2025 examples/network/2026 --format pdf
arg-compare-assessments = Duas ou mais avaliações, por qualquer ordem (são ordenadas por data): ficheiros de respostas de um mesmo Estado-Membro ou da rede, ou pastas de ficheiros de Estados-Membros, uma por ano
arg-compare-format = Formato de saída: table (tabelas e listas em texto, por omissão), md (Markdown), json (um único documento JSON) ou pdf (PDF A4, com um gráfico de linhas de cada área); sem esta opção, o formato indicado pelo fim do nome de OUT (.md, .json, .pdf), senão table
arg-compare-output = Ficheiro de saída, - para a saída padrão (por omissão: a saída padrão; com --format pdf, progress-report.pdf ao lado da primeira avaliação)

## aggregate

cmd-aggregate-about = Vista da rede a partir dos ficheiros de respostas ou livros dos Estados-Membros
cmd-aggregate-after-help =
    Exemplos:
      wen-assess aggregate examples/network/2026
      wen-assess aggregate paises/ rede.yaml --format csv --by criterion > longo.csv
      wen-assess aggregate paises/ rede.yaml -o rede.xlsx
      wen-assess report --aggregate paises/ rede.yaml -o relatorio-rede.pdf
arg-aggregate-files = Ficheiros de respostas ou livros, um por Estado-Membro, e no máximo um da própria rede (scope: network); ou pastas que os contenham
arg-aggregate-format = Formato de saída: table (tabelas e listas em texto, por omissão), md (Markdown), json (um único documento JSON), csv (ver --by) ou xlsx (um livro: uma folha de síntese, uma folha por área, cada critério, os ficheiros); sem esta opção, o formato indicado pelo fim do nome de OUT (.md, .json, .csv, .xlsx), caso contrário table
arg-aggregate-by = Com --format csv: area (uma linha por Estado-Membro e área, e depois as linhas da rede; por omissão) ou criterion (uma linha por Estado-Membro e critério, o formato longo)
arg-aggregate-output = Ficheiro de saída, - para a saída padrão (por omissão: a saída padrão; com --format xlsx, network.xlsx ao lado do primeiro ficheiro)

## convert

cmd-convert-about = Converter um ficheiro de respostas (YAML) num livro (.xlsx, .ods) ou o inverso, sem perder nada
cmd-convert-after-help =
    Exemplos:
      wen-assess convert atlantis.xlsx atlantis.yaml  # livro recebido, para controlo de versões
      wen-assess convert atlantis.ods atlantis.yaml   # guardado no LibreOffice
      wen-assess convert atlantis.yaml atlantis.xlsx  # para continuar numa folha de cálculo
      wen-assess convert atlantis.xlsx -              # YAML na saída padrão

    O nome do ficheiro de saída escolhe o seu tipo: .yaml ou .yml, ou .xlsx. Os
    níveis, os motivos de N/A, as notas, os comprovativos, a rede e a pessoa que
    responde, as metas, os participantes e as conclusões dos seminários, as
    respostas a critérios que a diretriz não tem e as chaves que a ferramenta
    não usa mantêm-se nos dois sentidos; os comentários YAML não, e um
    comprovativo com uma quebra de linha volta dividido (convert indica-o). Um
    ficheiro de respostas de uma versão anterior da sua diretriz é levado à
    versão carregada ao passar para um livro, como faz `migrate`. Um OUT
    existente só é substituído com --force.
arg-convert-input = O ficheiro de respostas ou o livro a ler (.yaml, .yml, .xlsx, .ods)
arg-convert-output = Onde escrever: NOME.xlsx para um livro, NOME.yaml para um ficheiro de respostas, - para YAML na saída padrão
arg-convert-force = Substituir OUT se existir

## migrate

cmd-migrate-about = Reescrever um ficheiro de respostas para a versão carregada da sua diretriz
cmd-migrate-after-help =
    Exemplos:
      wen-assess migrate respostas-2025.yaml              # reescreve-o no lugar
      wen-assess migrate respostas-2025.yaml --dry-run    # só diz o que mudaria

    As respostas dadas a critérios que uma versão mais recente da diretriz
    deslocou ou renomeou (as suas ligações `replaces:`) passam para os novos
    identificadores; os critérios novos ficam por responder; as respostas a
    critérios que a diretriz já não tem permanecem no ficheiro. Os comentários
    e tudo o resto do ficheiro são mantidos. O ficheiro é substituído de uma só
    vez.
arg-migrate-file = O ficheiro de respostas a reescrever
arg-migrate-dry-run = Dizer o que mudaria, sem escrever nada

## schema

cmd-schema-about = Mostrar o esquema JSON de um formato de ficheiro, para editores e validadores
cmd-schema-after-help =
    Exemplos:
      wen-assess schema answers > wen-assess-answers.schema.json
      wen-assess schema guideline > wen-assess-guideline.schema.json
arg-schema-kind = Que formato: answers (os ficheiros de respostas) ou guideline (os ficheiros de diretrizes)

## guidelines

cmd-guidelines-about = Listar as diretrizes carregadas, ou mostrar os critérios de uma delas
cmd-guidelines-after-help =
    Exemplos:
      wen-assess guidelines
      wen-assess guidelines strengthening
arg-guidelines-id = Mostrar os critérios desta diretriz

## completions

cmd-completions-about = Mostrar o script de preenchimento automático para bash, zsh, fish, PowerShell ou elvish
cmd-completions-after-help =
    Exemplos:
      wen-assess completions bash > ~/.local/share/bash-completion/completions/wen-assess
      wen-assess completions zsh > ~/.zfunc/_wen-assess     # uma pasta de $fpath
      wen-assess completions fish > ~/.config/fish/completions/wen-assess.fish
      wen-assess completions powershell | Out-String | Invoke-Expression   # em $PROFILE
arg-completions-shell = O interpretador de comandos: bash, elvish, fish, powershell ou zsh

## man

cmd-man-about = Mostrar a página do manual (roff), ou escrever uma página por comando numa pasta
cmd-man-after-help =
    Exemplos:
      wen-assess man > ~/.local/share/man/man1/wen-assess.1   # depois: man wen-assess
      wen-assess man --output-dir ~/.local/share/man/man1    # wen-assess-report.1, ...
      wen-assess man | man -l -                               # lê-la já
arg-man-output-dir = Escrever wen-assess.1 e uma página por comando (wen-assess-report.1, ...) em DIR, criada se faltar, em vez de mostrar a página principal

## Os títulos das secções das páginas do manual.

man-section-name = NOME
man-section-synopsis = SINOPSE
man-section-description = DESCRIÇÃO
man-section-options = OPÇÕES
man-section-commands = COMANDOS
man-section-extra = EXEMPLOS E NOTAS
man-section-version = VERSÃO

## Os erros na linha de comandos, tal como o clap os encontra: a primeira
## linha diz o que está errado (depois de "erro: "), seguem-se as sugestões e
## a linha de utilização.

# Uma palavra da linha de comandos (uma opção, um valor) numa mensagem.
help-quoted = "{ $text }"
help-error-unknown-argument = argumento inesperado { $arg }
help-error-unknown-command = comando desconhecido { $command }
help-error-invalid-value = valor inválido { $value } para { $arg }
help-error-value-missing = { $arg } precisa de um valor, mas nenhum foi indicado
help-possible-values = [valores possíveis: { $values }]
help-error-missing-arguments = faltam os seguintes argumentos obrigatórios:
help-error-missing-command = { $command } precisa de um comando, mas nenhum foi indicado
help-possible-commands = [comandos: { $commands }]
help-error-used-twice = o argumento { $arg } só pode ser indicado uma vez
help-error-conflict = o argumento { $subject } não pode ser usado com { $others }
help-error-conflict-list = o argumento { $subject } não pode ser usado com:
help-error-conflict-command = o comando { $subject } não pode ser usado com { $others }
help-error-conflict-command-list = o comando { $subject } não pode ser usado com:
help-error-conflict-others = um ou mais dos outros argumentos indicados
help-error-too-many-values = valor inesperado { $value } para { $arg }: não se esperava mais nenhum
help-error-too-few-values = { $arg } precisa de { $expected } valores; { $count ->
        [0] não foi indicado nenhum
        [one] só foi indicado { $count }
       *[other] só foram indicados { $count }
    }
help-error-wrong-number-of-values = { $arg } precisa de { $expected } valores, mas { $count ->
        [0] não foi indicado nenhum
        [one] foi indicado { $count }
       *[other] foram indicados { $count }
    }
help-error-no-equals = é necessário um sinal de igual para dar um valor a { $arg }
help-error-invalid-utf8 = um ou mais argumentos não são UTF-8 válido
help-error-other = a linha de comandos não é válida
# Porque é que um valor é recusado: esperava-se um número.
help-reason-number = não é um número (escreva-o como 2.5)
help-reason-whole-number = não é um número inteiro
help-reason-date = uma data escreve-se AAAA-MM-DD, por exemplo 2026-11-23
help-reason-port = uma porta é um número inteiro de 0 a 65535 (0: uma porta livre)
help-reason-address = é necessário um endereço IP, como 192.168.1.20 (um nome como localhost não é aceite)
help-reason-unknown-code = nenhuma constatação tem o código `{ $code }`; os códigos dos avisos são: { $codes }
help-reason-unknown-code-close = nenhuma constatação tem o código `{ $code }`; códigos próximos: { $codes }
help-reason-error-code = `{ $code }` é um erro, e --allow só oculta avisos; os códigos dos avisos são: { $codes }
help-tip = sugestão
help-tip-similar-command = { $count ->
        [0] existem comandos semelhantes: { $list }
        [one] existe um comando semelhante: { $list }
       *[other] existem comandos semelhantes: { $list }
    }
help-tip-similar-argument = { $count ->
        [0] existem argumentos semelhantes: { $list }
        [one] existe um argumento semelhante: { $list }
       *[other] existem argumentos semelhantes: { $list }
    }
help-tip-similar-value = { $count ->
        [0] existem valores semelhantes: { $list }
        [one] existe um valor semelhante: { $list }
       *[other] existem valores semelhantes: { $list }
    }
help-tip-pass-as-value = para dar { $arg } como valor, escreva { $usage }
help-tip-exists = { $usage } existe
help-tip-remove-dashes = o comando { $command } existe; para o usar, retire o "--" que o precede
help-more = Para mais informações, experimente { $help }.
