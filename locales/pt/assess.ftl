# O questionário interativo (assess).

welcome = wen-assess: autoavaliação de uma rede de aplicação da lei sobre a vida selvagem
which-assessment = Que avaliação?
ask-network = Nome da rede
ask-region = Região
ask-name = O seu nome
ask-role = A sua função
ask-country = O seu país (para uma visão de conjunto da rede)
ask-language = Língua do relatório
saved-to =
    As respostas são guardadas em { $path } após cada resposta. Pode parar a qualquer momento e retomar com:
      wen-assess assess --answers { $path }
exists-resuming = { $path } já existe: a retomar este ficheiro.
resuming = A retomar { $path }: { $answered } de { $total ->
        [0] { $total } critérios respondidos
        [one] { $total } critério respondido
       *[other] { $total } critérios respondidos
    }.
progress = pergunta { $index } de { $total } · { $answered ->
        [0] { $answered } respondidas
        [one] { $answered } respondida
       *[other] { $answered } respondidas
    }
guidance = Orientações
current-answer = Resposta atual
your-answer = A sua resposta (↑/↓, Enter)
menu-na = N/A: não aplicável (indique o motivo)
menu-skip = Saltar por agora
menu-previous = ← Pergunta anterior
menu-jump = Ir para uma área…
menu-quit = Guardar e sair (retomar mais tarde)
why-na = Porque é que não se aplica?
why-na-again = É necessário um motivo para N/A. Porque é que não se aplica?
ask-note = Nota (opcional)
ask-evidence = Comprovativos: documentos ou ligações, separados por «;» (opcional)
first-question = Esta é a primeira pergunta.
jump-to = Ir para
area-choice = { $area } ({ $answered }/{ $total } { $answered ->
        [0] respondidos
        [one] respondido
       *[other] respondidos
    })
paused = { $path } guardado ({ $answered } de { $total ->
        [0] { $total } critérios respondidos
        [one] { $total } critério respondido
       *[other] { $total } critérios respondidos
    }). Para retomar: wen-assess assess --answers { $path }
answer-skipped = { $count ->
        [0] { $count } critérios ainda não têm resposta. Responder-lhes agora?
        [one] { $count } critério ainda não tem resposta. Responder-lhe agora?
       *[other] { $count } critérios ainda não têm resposta. Responder-lhes agora?
    }
complete = Avaliação concluída.
top-gaps = Principais lacunas:
gap-line = { $title } ({ $id }): nível { $level } → meta { $target }, prioridade { $priority }
report-question = Escrever o relatório junto do ficheiro de respostas?
report-markdown = Markdown: { $path }
report-pdf = PDF: { $path }
report-both = Ambos
report-none = Sem relatório por agora
wrote = { $path } escrito
merged = Foram mantidas as alterações feitas ao ficheiro fora desta sessão: { $items }.
