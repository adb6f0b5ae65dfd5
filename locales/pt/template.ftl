# O ficheiro de respostas em branco (template).

template-schema = (para criar o esquema: { $command })
template-title = Ficheiro de respostas do wen-assess: { $title } ({ $id } { $version })
template-help =
    Para cada critério, indique em `level:` um nível de 0 a 4, ou `na` e acrescente `reason:`
    a explicar por que razão não se aplica. Deixe `~` nos critérios ainda não respondidos:
    ficam fora das pontuações e reduzem a cobertura. `note:` e `evidence:` são opcionais.
    Depois, execute: wen-assess score FICHEIRO   ou   wen-assess report FICHEIRO
template-scale = Escala
template-targets = Metas por área; o valor predefinido da diretriz é { $target } para todas as áreas.
template-participants =
    Seminários: quem participou, uma entrada por pessoa, por exemplo
      - name: "A. Focal"
        agency: "Alfândegas"
        country: "Atlantis"
template-findings =
    Seminários: o que foi acordado sobre uma área, por exemplo
      finance:
        strengths: "..."
        challenges: "..."
        priorities: "..."
template-scope-member =
    Estas respostas valem para { $country }, sobre si próprio (`scope: member`): só figuram os critérios
    a que responde um Estado-Membro, formulados para ele. O ficheiro da rede responde aos restantes.
template-scope-network =
    Estas respostas valem para a rede no seu conjunto (`scope: network`): todos os critérios; os que tratam
    do que faz cada Estado-Membro, como estimativa da rede para o conjunto dos seus membros.
