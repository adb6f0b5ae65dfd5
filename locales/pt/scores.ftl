# Tabelas de pontuação (score) e mensagens dos comandos.

coverage-line = cobertura { $percent } % ({ $scored ->
        [0] { $scored } pontuados
        [one] { $scored } pontuado
       *[other] { $scored } pontuados
    }, { $na } N/A, { $open } sem resposta)
below-fail-under = { $file }: a maturidade global { $value } é inferior a --fail-under { $limit }
files-not-scored = { $failed } de { $total ->
        [0] { $total } ficheiros
        [one] { $total } ficheiro
       *[other] { $total } ficheiros
    } { $failed ->
        [0] não puderam ser pontuados
        [one] não pôde ser pontuado
       *[other] não puderam ser pontuados
    }
wrote-report = { $path } escrito: maturidade global { $value } ({ $label }), { $actions ->
        [0] { $actions } ações
        [one] { $actions } ação
       *[other] { $actions } ações
    }, cobertura { $percent } %
wrote-network-report = { $path } escrito: { $count ->
        [0] { $count } Estados-Membros
        [one] { $count } Estado-Membro
       *[other] { $count } Estados-Membros
    }, maturidade global da rede { $value }
wrote-template = { $path } escrito ({ $count ->
        [0] { $count } critérios
        [one] { $count } critério
       *[other] { $count } critérios
    } de `{ $id }` { $version }). Preencha cada `level:` e depois execute: wen-assess score { $path }
guidelines-column-id = ID
guidelines-column-version = VERSÃO
guidelines-column-criteria = CRITÉRIOS
guidelines-column-title = TÍTULO
guideline-languages = Línguas: { $languages } · meta predefinida: { $target } ({ $label })
guideline-area = { $title } ({ $id }, peso { $weight }, { $count ->
        [0] { $count } critérios
        [one] { $count } critério
       *[other] { $count } critérios
    })
guideline-criterion = { $title } (peso { $weight })
# What `validate` without arguments checks: a guideline inside the program.
validate-builtin = diretriz integrada { $id } { $version }
validate-ok = { $file }: válido, { $criteria ->
        [0] { $criteria } critérios
        [one] { $criteria } critério
       *[other] { $criteria } critérios
    } em { $areas ->
        [0] { $areas } áreas
        [one] { $areas } área
       *[other] { $areas } áreas
    }
validate-summary = { $files ->
        [0] { $files } ficheiros verificados
        [one] { $files } ficheiro verificado
       *[other] { $files } ficheiros verificados
    }: { $errors ->
        [0] { $errors } erros
        [one] { $errors } erro
       *[other] { $errors } erros
    }, { $warnings ->
        [0] { $warnings } avisos
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
validate-against = { $file } comparado com { $old }: { $added ->
        [0] { $added } critérios adicionados
        [one] { $added } critério adicionado
       *[other] { $added } critérios adicionados
    }, { $renamed ->
        [0] { $renamed } renomeados
        [one] { $renamed } renomeado
       *[other] { $renamed } renomeados
    }, { $removed ->
        [0] { $removed } removidos
        [one] { $removed } removido
       *[other] { $removed } removidos
    }, { $changed ->
        [0] { $changed } alterados
        [one] { $changed } alterado
       *[other] { $changed } alterados
    }
validate-silenced = { $count ->
        [0] { $count } avisos não mostrados (--allow)
        [one] { $count } aviso não mostrado (--allow)
       *[other] { $count } avisos não mostrados (--allow)
    }
migrate-nothing = { $path } já corresponde a { $id } { $version }: nada a alterar.
migrate-moved = movida { $from } → { $to }
migrate-done = { $path } reescrito para { $id } { $version } (antes { $old }): { $moved ->
        [0] { $moved } respostas movidas
        [one] { $moved } resposta movida
       *[other] { $moved } respostas movidas
    }, { $new ->
        [0] { $new } critérios novos por responder
        [one] { $new } critério novo por responder
       *[other] { $new } critérios novos por responder
    }, { $kept ->
        [0] { $kept } respostas mantidas mas não pontuadas
        [one] { $kept } resposta mantida mas não pontuada
       *[other] { $kept } respostas mantidas mas não pontuadas
    }.
migrate-dry-run = { $path } seria reescrito para { $id } { $version } (antes { $old }): { $moved ->
        [0] { $moved } respostas movidas
        [one] { $moved } resposta movida
       *[other] { $moved } respostas movidas
    }, { $new ->
        [0] { $new } critérios novos por responder
        [one] { $new } critério novo por responder
       *[other] { $new } critérios novos por responder
    }, { $kept ->
        [0] { $kept } respostas mantidas mas não pontuadas
        [one] { $kept } resposta mantida mas não pontuada
       *[other] { $kept } respostas mantidas mas não pontuadas
    }. Nada foi escrito.
provisional = Provisório: { $answered } de { $total } critérios respondidos ({ $percent } %). As pontuações mudarão à medida que os restantes forem respondidos.
