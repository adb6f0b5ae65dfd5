# Observações sobre os livros (.xlsx, .ods) e erros ao escrever um: lidas
# pelos pontos focais que os preenchem, por isso em todas as línguas. Os
# códigos (error[invalid-level]), os identificadores, os nomes de células,
# folhas e ficheiros, e o que o utilizador deve escrever não mudam; um motivo
# entre parênteses depois de «danificado» ou «XML válido» vem da biblioteca
# zip ou XML, nas suas próprias palavras (em inglês).

## Uma linha da folha Respostas ou Seminário, tal como as mensagens a nomeiam:
## o número, o título tal como o livro o mostra e o identificador. Sem artigo:
## cada mensagem põe «a», «da», «na» antes (a contração depende do artigo).
workbook-row = linha { $row } ({ $title }, `{ $id }`)
# Um identificador que a diretriz não tem: não há título a mostrar.
workbook-row-unknown = linha { $row } (`{ $id }`)
# Uma lista de nomes de folhas (alguns seguidos de «(oculta)»).
workbook-list = { $first }, { $rest }

## O ficheiro e o seu arquivo zip
workbook-empty = o ficheiro está vazio: não é um livro
workbook-xls = é um livro do Excel 97-2003 (.xls) ou um livro protegido por palavra-passe; abra-o e guarde-o como Livro do Excel (.xlsx), sem palavra-passe
workbook-is-yaml = é um ficheiro de respostas YAML, não um livro; dê-lhe um nome terminado em .yaml
workbook-is-csv = o ficheiro é texto com separadores (um ficheiro CSV com outro nome?), não um livro (os ficheiros .xlsx e .ods são arquivos zip); preencha o livro criado por `wen-assess template --format xlsx`
workbook-is-text = o ficheiro é texto, não um livro (os ficheiros .xlsx e .ods são arquivos zip); preencha o livro criado por `wen-assess template --format xlsx`
workbook-not-zip = não é um livro: o ficheiro não é um arquivo zip, como são os ficheiros .xlsx e .ods (está danificado, ou é um ficheiro de outro tipo com outro nome?)
workbook-zip-damaged = não é um livro: o arquivo zip está danificado ({ $reason }); guarde de novo o livro a partir do programa de folha de cálculo
workbook-zip-cut-short = falta o seu índice, no fim do ficheiro: o ficheiro ficou incompleto por uma transferência ou uma cópia interrompida?
workbook-zip-entry-damaged = não é um livro: arquivo zip danificado ({ $reason })
workbook-part-twice = não é um livro: o arquivo zip contém duas vezes a mesma parte (danificado ou falsificado)
workbook-encrypted = o livro está encriptado; guarde-o de novo sem palavra-passe
workbook-too-many-parts = o arquivo zip tem { $count } partes, mais do que as { $limit } de que um livro pode precisar; foi recusado antes de ser descomprimido
workbook-part-ratio = a parte `{ $part }` passaria de { $packed } para { $size } bytes ao ser descomprimida ({ $ratio }:1), uma bomba zip; foi recusada antes de ser descomprimida
workbook-too-large-expanded = as partes ocupariam mais de { $limit } bytes depois de descomprimidas, mais do que um livro pode precisar (uma bomba zip?); o ficheiro foi recusado antes de ser descomprimido
workbook-refused = { $reason }; o ficheiro foi recusado
workbook-not-a-workbook = não é um livro: { $reason }
workbook-xlsb = é um livro do Excel num formato diferente de .xlsx (um .xlsb binário?); abra-o no Excel e guarde-o como Livro do Excel (.xlsx)
workbook-word = é um documento do Word, não um livro; preencha o livro criado por `wen-assess template --format xlsx`
workbook-powerpoint = é uma apresentação do PowerPoint, não um livro; preencha o livro criado por `wen-assess template --format xlsx`
workbook-other-opendocument = é um ficheiro OpenDocument de outro tipo ({ $kind }), não uma folha de cálculo
workbook-zip-not-workbook = é um arquivo zip, mas não um livro (não tem partes de folha de cálculo; é um documento do Word ou outro?)
workbook-part-not-xml = `{ $part }` não é XML válido ({ $reason })
workbook-part-unreadable = não é possível ler a parte `{ $part }` ({ $reason })
workbook-part-expands = a parte `{ $part }`, descomprimida, excede o tamanho que o arquivo zip declara para ela (uma bomba zip, ou um ficheiro danificado)
workbook-part-inflate = não é possível descomprimir a parte `{ $part }` ({ $reason })
workbook-no-workbook-part = o arquivo zip não tem a parte do livro (`{ $part }`)
workbook-workbook-part-not-xml = a parte do livro não é XML válido ({ $reason })
workbook-strings-not-xml = as cadeias partilhadas (`{ $part }`) não são XML válido ({ $reason })
workbook-no-sheet-named = não há nenhuma folha `{ $sheet }`
workbook-sheet-no-part = a folha `{ $sheet }` não tem parte (`{ $part }`)
workbook-sheet-not-xml = a folha `{ $sheet }` não é XML válido ({ $reason })
workbook-no-content = o arquivo zip não tem `content.xml`
workbook-ods-repeat-rows = as folhas repetem linhas tantas vezes que lê-las exigiria mais de { $limit } células (uma bomba zip?)
workbook-ods-repeat-cells = as folhas repetem células tantas vezes que lê-las exigiria mais de { $limit } células (uma bomba zip?)
workbook-ods-spaces = as células representam mais de { $limit } espaços (uma bomba zip?)
workbook-too-many-cells = as folhas contêm mais de { $limit } células, mais do que um livro pode precisar
workbook-shared-string-missing = a célula remete para a cadeia partilhada { $index }, mas { $count ->
        [0] o livro não tem nenhuma
        [one] o livro só tem uma (a cadeia 0)
       *[other] o livro só tem { $count } (numeradas a partir de 0)
    }
workbook-shared-string-not-number = a célula remete para a cadeia partilhada `{ $index }`, que não é um número
workbook-unreadable = não é possível ler o livro: { $reason }; guarde-o de novo a partir do programa de folha de cálculo
workbook-sheet-unreadable = folha { $sheet }: não é possível ler o livro: { $reason }; guarde-o de novo a partir do programa de folha de cálculo
workbook-sheet-refused = folha { $sheet }: { $reason }; o ficheiro foi recusado
workbook-damaged-cell = { $reason }: o livro está danificado; guarde-o de novo a partir do programa de folha de cálculo

## Folhas e colunas
# As folhas de um livro, no fim de uma mensagem sobre uma folha que falta.
workbook-has-sheets = { $count ->
        [0] o livro não tem nenhuma folha
        [one] o livro tem uma só folha, { $names }
       *[other] o livro tem as folhas { $names }
    }
# Uma folha ou uma coluna nomeada em todas as línguas: primeiro a do livro.
workbook-names = { $first } (ou { $others })
workbook-no-hidden-sheet = não há nenhuma folha `{ $sheet }` (oculta, com o identificador e a versão da diretriz): foi eliminada ou mudou de nome, ou o livro não foi criado por `wen-assess template --format xlsx`; { $sheets }
workbook-is-network-view = este livro é a vista da rede escrita por `wen-assess aggregate`, não as respostas de um Estado-Membro nem da rede: retire-o da pasta dos ficheiros de respostas, ou indique os ficheiros de respostas um a um
workbook-no-answers-sheet = não há nenhuma folha { $names }: é ela que contém as respostas; foi eliminada ou mudou de nome; { $sheets }
workbook-no-workshop-sheet = não há nenhuma folha { $names }: é ela que contém as metas, as conclusões e os participantes; foi eliminada ou mudou de nome; { $sheets }
workbook-sheets-compete-answers = { $count } folhas podem conter as respostas: é lida a folha { $chosen }, não { $others }; elimine as folhas que não são usadas, ou copie o seu conteúdo para { $chosen }
workbook-sheets-compete-workshop = { $count } folhas podem conter as metas, as conclusões e os participantes: é lida a folha { $chosen }, não { $others }; elimine as folhas que não são usadas, ou copie o seu conteúdo para { $chosen }
workbook-sheet-hidden-mark = { $sheet } (oculta)
workbook-answers-sheet-hidden = a folha { $sheet } está oculta, e as respostas são lidas dela na mesma; mostre-a (clique com o botão direito num separador de folha, Mostrar) para ver o que é lido
workbook-workshop-sheet-hidden = a folha { $sheet } está oculta, e as metas, as conclusões e os participantes são lidos dela na mesma; mostre-a (clique com o botão direito num separador de folha, Mostrar) para ver o que é lido
workbook-merged = as células { $range } estão unidas; separe-as (Unir e Centrar no Excel, Formatar > Unir e separar células no LibreOffice) para que cada resposta tenha a sua própria célula
workbook-missing-column = não há nenhuma coluna com o cabeçalho { $names } na linha de cabeçalhos { $row }: a coluna foi eliminada ou o seu cabeçalho mudou de nome; reponha-a (Anular, ou copie-a de um livro novo em branco)
workbook-no-header = não há nenhuma linha de cabeçalhos com as colunas { $id } e { $level }: os cabeçalhos foram eliminados ou mudaram de nome
workbook-no-tables = falta a tabela das conclusões (cabeçalhos { $findings }, ...) ou a dos participantes (cabeçalhos { $participants }, ...): um cabeçalho foi eliminado ou mudou de nome
workbook-other-guideline-rows = { $unknown } das { $rows } linhas (`{ $first }`, ...) não são critérios da diretriz `{ $id }` { $version }, que a folha oculta indica: as linhas vêm de outro livro, ou a folha oculta foi alterada

## Células: o que uma célula contém, nomeada por uma frase «what»
workbook-formula = { $what }: é uma fórmula (`={ $formula }`), não texto; escreva o próprio texto
workbook-error-value = { $what }: é o erro de folha de cálculo { $error }; escreva o próprio texto
workbook-what-criterion-id = o identificador do critério
workbook-what-network = o nome da rede
workbook-what-region = a região
workbook-what-country = o país
workbook-what-respondent = o nome do respondente
workbook-what-role = a função do respondente
workbook-what-date = a data
workbook-what-reason = o motivo da { $criterion }
workbook-what-note = a nota da { $criterion }
workbook-what-evidence = os comprovativos da { $criterion }
workbook-what-area-id = o identificador da área
workbook-what-strengths = os pontos fortes da { $area }
workbook-what-challenges = as dificuldades da { $area }
workbook-what-priorities = as prioridades da { $area }
workbook-what-participant-name = o nome de um participante
workbook-what-participant-agency = o organismo de um participante
workbook-what-participant-country = o país de um participante
workbook-what-guideline-id = o identificador da diretriz
workbook-what-guideline-version = a versão da diretriz
workbook-what-language = a língua

## A folha Respostas: uma linha por critério
workbook-duplicate-criterion = a { $criterion } repete o critério da linha { $first }; mantenha uma só linha por critério
workbook-na-without-reason = a { $criterion } está marcada como N/A (não aplicável), mas não tem motivo; indique na coluna { $column }, a do motivo, porque não se aplica
workbook-reason-without-na = a { $criterion } tem um motivo, mas um nível em vez de N/A; o motivo é mantido, mas não é usado
workbook-level-formula = o nível da { $criterion } é uma fórmula (`={ $formula }`); escolha antes o nível na lista
workbook-level-date = o nível da { $criterion } é uma data ({ $date }): a folha de cálculo transformou o que foi escrito (3/4, por exemplo) numa data; escolha o nível na lista
workbook-level-mismatch = o nível da { $criterion } diz { $said }, mas `{ $label }` é a etiqueta do nível { $level }; escolha o nível na lista
workbook-level-invalid = o nível da { $criterion } deve ser 0, 1, 2, 3, 4 ou N/A (como a lista os apresenta), não `{ $found }`

## A folha Seminário: uma linha por área, depois os participantes
workbook-duplicate-area = a { $area } repete a área da linha { $first }; mantenha uma só linha por área
workbook-target-formula = a meta da { $area } é uma fórmula; escreva um nível de 0 a { $max }
workbook-target-invalid = a meta `{ $found }` da { $area } não é um nível da escala 0-{ $max }

## A folha oculta
workbook-hidden-missing-row = a folha oculta `{ $sheet }` não tem a linha `{ $key }`; o livro foi alterado: crie um novo com `wen-assess template --format xlsx` e copie para ele as respostas
workbook-format = o formato de livro `{ $found }` não é suportado; espera-se o formato { $expected }
workbook-guideline-empty = o identificador da diretriz está vazio; a folha oculta foi alterada
workbook-guideline-not-loaded = o livro é para a diretriz `{ $id }`, que não está carregada (disponíveis: { $available }); carregue-a com --guidelines CAMINHO
workbook-kept-not-yaml = as entradas mantidas do ficheiro de respostas não são YAML válido ({ $pos }: { $reason }); a folha oculta foi alterada
workbook-kept-unknown-section = a folha oculta mantém entradas em `{ $section }`, que não faz parte de nenhum ficheiro de respostas que a ferramenta lá escreva; não são usadas
workbook-kept-clash = a folha oculta mantém `{ $key }` para { $what }, um valor que as folhas visíveis contêm; é usado o das folhas visíveis e o mantido é posto de lado
workbook-participant-gone = o participante `{ $name }` ({ $agency }, { $country }) já não tem linha na tabela dos participantes (foi eliminada, ou o nome, o organismo ou o país mudaram), por isso as entradas mantidas para essa pessoa ({ $keys }) não são usadas
workbook-participant-number = o participante `{ $number }` da folha oculta não é um participante deste livro; as suas entradas não são usadas

## Escrever um livro (template, convert)
workbook-too-long = { $what }: { $len } caracteres, mais do que os 32 767 que uma célula de folha de cálculo aceita; encurte-o primeiro
workbook-writer = não é possível escrever o livro: { $reason }
workbook-what-reason-for = o motivo dado para `{ $id }`
workbook-what-note-on = a nota sobre `{ $id }`
workbook-what-evidence-for = os comprovativos de `{ $id }`
workbook-what-an-area-id = um identificador de área
workbook-what-finding-for = uma conclusão de `{ $area }`
workbook-what-scope = o âmbito
workbook-read-back = o livro criado não se relê com as mesmas respostas ({ $detail }); nada foi escrito. É uma falha do wen-assess: por favor comunique-a
workbook-open = parece aberto numa folha de cálculo (o seu ficheiro de bloqueio { $lock } está ao lado): as alterações ainda não guardadas aí não são lidas; guarde-o e feche-o, e volte a executar o comando
