# Observações sobre os ficheiros de respostas e os livros, e erros com que um
# comando termina: lidos pelos pontos focais e pelos coordenadores, por isso
# em todas as línguas. Os códigos (error[na-without-reason]), os
# identificadores, as chaves YAML entre `...` e as posições não mudam; depois
# de uma posição (ficheiro:linha:coluna) vêm os dois pontos, como os editores
# esperam.
#
# As frases «what» (what-*, field-of, entry-of, os kind-*) entram noutras
# mensagens sempre no início, seguidas de «:» ou de «,»: em português, «de» e
# «em» contraem-se com o artigo («do», «no»), e um «{ $what }» depois de uma
# preposição daria «de o ficheiro».

wrong-type = { $what }: espera-se { $expected }, não { $found }
kind-null = um valor vazio
kind-bool = um valor booleano
kind-int = um número inteiro
kind-float = um número
kind-text = texto
kind-list = uma lista
kind-map = um conjunto de pares chave-valor
kind-string = texto
kind-true-false = `true` ou `false`
did-you-mean = queria dizer `{ $key }`?
expected-one-of = chaves esperadas: { $keys }
unknown-key-strict = { $what }: chave desconhecida `{ $key }` ({ $hint })
missing-key = { $what }: falta a chave `{ $key }`
field-of = { $what }, chave `{ $key }`
entry-of = { $what }, um dos elementos
not-answers = este é um ficheiro de diretriz (tem `areas:`), não um ficheiro de respostas; verifique-o com `wen-assess validate { $file }`
answers-not-a-mapping = um ficheiro de respostas é um conjunto de pares `chave: valor` (`format: 1`, `guideline: ...`, `answers: ...`), e este só contém texto: é outro tipo de ficheiro, como um CSV? As respostas escrevem-se em YAML ou num livro (.xlsx, .ods)
what-answer-file = o ficheiro de respostas
answers-format = o formato de ficheiro de respostas { $found } não é suportado; espera-se o formato { $expected }
answers-scope = `scope` é `{ $found }`; escreva `network` (as respostas valem para a rede no seu conjunto) ou `member` (para um Estado-Membro, o país do respondente, sobre si próprio)
what-target-of = a meta de `{ $area }`
target-outside-scale = a meta { $target } de `{ $area }` está fora da escala 0-4
what-participant = uma entrada de `participants`
what-findings-of = as conclusões de `{ $area }`
what-criterion-id = um identificador de critério
answers-not-a-map = `answers` deve associar a cada identificador de critério a sua resposta (pares `chave: valor`), não { $found }
too-many-entries = { $what }: { $count } entradas, mais do que o limite de { $limit }; nenhum ficheiro de respostas precisa de tantas: é o ficheiro certo?
text-too-long = { $what }: { $chars } caracteres, mais do que o limite de { $limit }; guarde os documentos longos como comprovativos (um nome de ficheiro ou uma ligação)
what-key-of = { $what }, chave `{ $key }`
what-unknown-keys-of = { $what }, chaves desconhecidas
unknown-key-kept = { $what }: a chave desconhecida `{ $key }` é mantida, mas não é usada
unknown-key-kept-suggest = { $what }: a chave desconhecida `{ $key }` é mantida, mas não é usada; queria dizer `{ $suggestion }`?
what-answer-to = a resposta a `{ $id }`
what-reason-of = { $what }, motivo (`reason:`)
na-without-reason = `{ $id }` está marcado como `na` (não aplicável), mas não tem `reason:`; indique porque não se aplica
level-quoted = o nível de `{ $id }` é o texto entre aspas { $quoted }, não um número; escreva-o sem aspas: `level: { $level }`
level-invalid = o nível de `{ $id }` deve ser 0, 1, 2, 3, 4 ou na, não `{ $found }`
reason-without-na = `{ $id }` tem um `reason:`, mas um nível em vez de `na`; o motivo é mantido, mas não é usado
what-note-of = { $what }, nota (`note:`)
what-evidence-of = os comprovativos de `{ $id }`
invalid-date = a data `{ $date }` não está no formato AAAA-MM-DD
unknown-language = a língua `{ $language }` não é nenhuma de { $known }; é usado o inglês
guideline-mismatch = estas respostas são para a diretriz `{ $found }`, não para `{ $expected }`
guideline-version = as respostas foram dadas para `{ $id }` { $old } e são pontuadas segundo a versão { $new }
network-scope-answer = `{ $id }` trata da rede enquanto órgão, e este ficheiro responde em nome de um Estado-Membro (`scope: member`); a resposta é mantida, mas não é pontuada. É o ficheiro da rede que lhe responde
unknown-criterion = `{ $id }` não é um critério de `{ $guideline }` { $version }; a resposta é mantida, mas não é pontuada
unknown-area = `{ $area }` não é uma área de `{ $guideline }`; a sua meta é ignorada
migration-conflict-answered = `{ $old }` passou a ser `{ $new }` em `{ $guideline }` { $version }, que já tem resposta; a resposta dada como `{ $old }` é mantida, mas não é pontuada
migration-conflict-entries = `{ $old }` passou a ser `{ $new }` em `{ $guideline }` { $version }, que já tem nota, comprovativos ou outras entradas próprias; a resposta dada como `{ $old }` é mantida, mas não é pontuada
migrated-answer = `{ $old }` é `{ $new }` em `{ $guideline }` { $version }; a sua resposta é pontuada aí (wen-assess migrate reescreve o ficheiro)
read-io = { $path }: não é possível ler: { $reason }
read-folder = { $path }: é uma pasta, não um ficheiro
read-special = { $path }: é { $kind }, não um ficheiro normal; indique o caminho de um ficheiro
read-too-large = { $path }: o ficheiro tem { $size } bytes, mais do que o limite de { $limit } bytes
read-not-text = { $path }:{ $pos }: não é texto UTF-8; guarde o ficheiro em UTF-8 (ou é um ficheiro binário?)
write-over-input = { $path }: este comando lê esse ficheiro; o wen-assess não o substitui: escolha outro ficheiro de saída
write-over-input-as = { $path }: este comando lê esse ficheiro (como { $input }); o wen-assess não o substitui: escolha outro ficheiro de saída
write-no-folder = { $path }: não é possível escrever: a pasta { $folder } não existe
write-folder = { $path }: é uma pasta; indique um nome de ficheiro
write-io = { $path }: não é possível escrever: { $reason }
write-stdout = saída padrão: não é possível escrever: { $reason }
lock-busy = { $path }: outra sessão do wen-assess está a trabalhar neste ficheiro (bloqueio { $lock }); aguarde que termine, ou trabalhe numa cópia
lock-io = { $path }: não é possível criar o ficheiro de bloqueio { $lock }: { $reason }
io-not-found = o ficheiro não existe
io-permission = permissão negada
io-full = não há espaço livre no dispositivo
io-read-only = o sistema de ficheiros é só de leitura
io-no-folder = a pasta { $folder } não existe
special-fifo = um pipe com nome (FIFO)
special-char-device = um dispositivo de caracteres
special-block-device = um dispositivo de blocos
special-socket = um socket
special-other = um ficheiro especial
save-references = { $path }:{ $pos }: o ficheiro usa âncoras, aliases ou chaves de fusão YAML (`&`, `*`, `<<`); o wen-assess lê um ficheiro assim, mas não o reescreve. Escreva os valores por extenso e tente de novo; o ficheiro não foi alterado
save-line-endings = { $path }:{ $pos }: o ficheiro termina as linhas só com um retorno de carro (como nos Mac muito antigos); o wen-assess lê um ficheiro assim, mas não o reescreve. Guarde-o com fins de linha normais e tente de novo; o ficheiro não foi alterado
save-layout = { $path }: o ficheiro usa uma forma de YAML que o wen-assess não consegue editar no local (por exemplo, uma chave `?`), e reescrevê-lo faria perder os comentários e a formatação; o wen-assess lê um ficheiro assim, mas não o reescreve. Escreva-o na forma simples `chave: valor` do ficheiro em branco que `wen-assess template` cria e tente de novo; o ficheiro não foi alterado
save-read-back = { $path }: o texto escrito para este ficheiro não é lido de volta como as mesmas respostas ({ $detail }); nada foi escrito. É uma falha do wen-assess: por favor, comunique-a
save-flow-comments = { $path }:{ $pos }: o ficheiro está escrito como um único bloco `{"{"}...{"}"}` com comentários, e reescrevê-lo faria perder os comentários; o wen-assess lê um ficheiro assim, mas não o reescreve. Escreva-o na forma simples `chave: valor` do ficheiro em branco que `wen-assess template` cria e tente de novo; o ficheiro não foi alterado
save-write = { $error }; a versão anterior do ficheiro não foi alterada

## Porque é que um ficheiro não é YAML válido. As chaves, `---`, `*nome`, `&nome`,
## `<<`, `!etiqueta` e o que o utilizador escreve ficam como estão. yaml-parser
## cita o analisador (em inglês) para os raros problemas sem mensagem aqui.
yaml-empty = o ficheiro está vazio
yaml-end-of-list = fim de lista inesperado
yaml-end-of-map = fim inesperado de um conjunto de pares chave-valor
yaml-second-document = um segundo documento YAML (`---`) segue o primeiro; um ficheiro contém um só
yaml-too-many-aliases = o ficheiro usa mais de { $limit } aliases (`*nome`)
yaml-unknown-alias = este alias (`*nome`) não remete a nenhuma âncora (`&nome`) completa antes dele
yaml-alias-expansion = os aliases (`*nome`) levam o ficheiro a mais de { $limit } valores; escreva os valores por extenso
yaml-too-deep = aninhamento com mais de { $limit } níveis
yaml-too-many-values = o ficheiro contém mais de { $limit } valores (pelos aliases ou pelo tamanho)
yaml-tag-here = a etiqueta `{ $tag }` não é aceite aqui; remova-a
yaml-tag-mismatch = `{ $value }` não corresponde à sua etiqueta `{ $tag }`
yaml-tag-unsupported = a etiqueta `{ $tag }` não é aceite; remova-a
yaml-complex-key = uma chave deve ser uma palavra ou um texto, não uma lista nem um conjunto de pares chave-valor
yaml-merge-not-map = uma chave de fusão `<<` deve designar um conjunto de pares chave-valor (ou uma lista deles)
yaml-duplicate-key = chave repetida `{ $key }`: já aparece na linha { $line }, e cada chave só pode aparecer uma vez no mesmo nível
yaml-duplicate-merged = chave repetida `{ $key }`: a chave de fusão `<<` a traz uma segunda vez; cada chave só pode aparecer uma vez no mesmo nível
yaml-colon = dois-pontos seguidos de um espaço (`: `) não podem aparecer aqui: ponha entre aspas um texto que contenha `: `, ou verifique o indentação desta linha
yaml-indentation = esta linha não tem a mesma indentação que as chaves à sua volta; verifique a indentação
yaml-list-item = um item de lista (`- `) não pode começar aqui; verifique a indentação
yaml-open-quote = aspas são abertas e nunca fechadas
yaml-escape = uma barra invertida entre aspas duplas inicia uma sequência de escape que o YAML não conhece; escreva `\\` para uma barra invertida, ou use aspas simples
yaml-tab = uma tabulação é usada para a indentação; indente com espaços
yaml-brackets = parênteses retos `[ ]` ou chavetas `{"{ }"}` não correspondem, ou falta uma vírgula entre dois itens
yaml-value-expected = um valor é esperado aqui
yaml-key-one-line = uma chave não termina na sua linha: uma chave e seus dois-pontos devem ficar numa só linha
yaml-comment-space = `#` só inicia um comentário depois de um espaço; ponha o texto entre aspas
yaml-bom = uma marca de ordem de bytes invisível (U+FEFF) está dentro do texto; remova-a
yaml-unexpected-end = o ficheiro termina a meio de um valor; verifique as últimas linhas
yaml-reserved-character = `{ $character }` não pode iniciar um valor; ponha o texto entre aspas
yaml-anchor-name = `&` ou `*` no início de um valor tem de ser seguido de um nome; ponha o texto entre aspas
yaml-block-scalar = o cabeçalho de um bloco de texto (`|` ou `>`, com um algarismo e `+` ou `-` opcionais) está mal escrito, ou as suas linhas não têm indentação
yaml-directive = uma linha que começa por `%` é uma diretiva YAML, que estes ficheiros não usam; ponha o texto entre aspas ou remova a linha
yaml-tag-syntax = uma etiqueta (`!`) está mal escrita; remova-a ou ponha o texto entre aspas
yaml-parser = YAML inválido (segundo o analisador: «{ $words }»)
