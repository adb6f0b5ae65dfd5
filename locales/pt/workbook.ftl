# O livro de respostas (template --format xlsx, convert): nomes
# das folhas, cabeçalhos, etiquetas e instruções. O wen-assess lê os nomes
# das folhas, os cabeçalhos e as etiquetas de todas as línguas: mantenha-os
# únicos na sua folha; o leitor compara o texto antes de um «(».

## Nomes das folhas (31 caracteres no máximo, sem : \ / ? * [ ])
wb-sheet-instructions = Instruções
wb-sheet-answers = Respostas
wb-sheet-workshop = Seminário

## Folha Respostas: o bloco de cabeçalho
wb-title = { $title }
wb-network = Rede
wb-region = Região
wb-country = País
wb-respondent = Respondente
wb-role = Função
wb-date = Data (AAAA-MM-DD)
wb-hint = Responda nas células amarelas. Nível: escolha 0-4 ou N/A na lista; N/A exige um motivo. A folha Instruções explica tudo.

## Folha Respostas: a tabela
wb-col-area = Área
wb-col-id = ID
wb-col-criterion = Critério
wb-col-guidance = Orientações
wb-col-levels = O que significa cada nível
wb-col-level = Nível
wb-col-reason = Motivo (para N/A)
wb-col-note = Nota
wb-col-evidence = Comprovativos (um por linha)
wb-not-in-guideline = Não é um critério de { $id } { $version }: mantido do ficheiro de respostas, sem pontuação.
wb-level-prompt = Escolha 0-4, ou N/A e indique o motivo.
wb-level-error = Escolha um nível da lista: de 0 a 4, ou N/A.
wb-target-prompt = O nível que esta área deve atingir: um número inteiro de 0 a 4. Deixe vazio para usar a meta da diretriz.
wb-target-error = Uma meta é um número inteiro de 0 a 4.
# A level's number and label before its descriptor.
wb-level-head = { $n } { $label }:
# Outras formas de escrever N/A que o leitor aceita, separadas por «|».
wb-na-words = não aplicável|não se aplica|nao aplicavel

## Folha Seminário
wb-workshop-title = Registo do seminário
wb-workshop-intro = Só para uma avaliação feita num seminário: o que foi acordado sobre cada área e quem participou. Caso contrário, deixe esta folha vazia. Uma meta substitui, nesta avaliação, a que a diretriz fixa para a área.
wb-findings = Conclusões acordadas por área
wb-col-target = Meta (vazia: { $target })
wb-col-strengths = Pontos fortes
wb-col-challenges = Dificuldades
wb-col-priorities = Prioridades acordadas
wb-participants = Participantes
wb-col-name = Nome
wb-col-agency = Organismo
wb-col-participant-country = País

## Folha Instruções
wb-instructions-heading = Como preencher este livro
wb-step-1 = Na folha Respostas, indique a rede, a região, o seu país, o seu nome, a sua função e a data (as células amarelas no topo).
wb-step-2 = Cada linha da folha Respostas é um critério. Leia o critério, as orientações e o que significa cada nível, e escolha na coluna Nível o que descreve a situação atual.
wb-step-3 = Escolha N/A só quando o critério não se aplica, e diga porquê na coluna Motivo.
wb-step-4 = Nota: tudo o que explique a resposta. Comprovativos: documentos ou ligações, um por linha (Alt+Enter começa uma nova linha no Excel, Ctrl+Enter no LibreOffice).
wb-step-5 = Deixe o nível vazio se ainda não puder responder: os critérios sem resposta ficam fora das pontuações e reduzem a cobertura.
wb-step-6 = A folha Seminário só serve para uma avaliação feita num seminário: as conclusões acordadas por área e quem participou.
wb-step-7 = Guarde o livro (como .xlsx, ou como .ods no LibreOffice) e devolva-o ao coordenador da rede.
wb-scale-heading = A escala
wb-scale-intro = O que cada nível significa para um critério está escrito na sua linha, na coluna «O que significa cada nível».
wb-na-text = N/A (não aplicável): o critério não se aplica, por um motivo que indica. Fica fora das pontuações, ao passo que o nível 0 (Ausente) conta como 0.
wb-scores-heading = Pontuações
wb-scores-text = O wen-assess dá a cada área a média ponderada dos níveis indicados (sem N/A nem critérios sem resposta), e o coordenador da rede reúne os livros de todos os Estados-Membros. É o método do wen-assess, não uma pontuação do ICCWC.
wb-keep-heading = Manter o livro legível
wb-keep-text = Só as células amarelas podem ser alteradas; as folhas estão protegidas sem palavra-passe. Não mude o nome das folhas nem dos cabeçalhos das colunas, nem apague a coluna ID: o wen-assess encontra as respostas através deles. As linhas podem ser filtradas; para as ordenar, desproteja primeiro a folha (Rever > Desproteger Folha no Excel, Ferramentas > Proteger folha no LibreOffice).
wb-made-with = Criado pelo wen-assess para { $id } { $version }, { $count ->
        [0] { $count } critérios
        [one] { $count } critério
       *[other] { $count } critérios
    }.
wb-page = Página &P de &N

## Mensagens
wrote-workbook-template = { $path } escrito ({ $count ->
        [0] { $count } critérios
        [one] { $count } critério
       *[other] { $count } critérios
    } de `{ $id }` { $version }). Envie-o ao ponto focal; quando voltar, execute: wen-assess score { $path }
convert-carried = As respostas dadas para { $id } { $old } passam para { $version }, a versão cujos critérios o livro apresenta, como faz wen-assess migrate.
wrote-converted = { $path } escrito ({ $answered } de { $total ->
        [0] { $total } critérios respondidos
        [one] { $total } critério respondido
       *[other] { $total } critérios respondidos
    }).
