# O questionário interativo (assess).

welcome = wen-assess: autoavaliação de uma rede de aplicação da lei sobre a vida selvagem
which-assessment = Que avaliação?
ask-network = Nome da rede
ask-region = Região
ask-name = O seu nome
ask-role = A sua função
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
    }). Para retomar:
    {"  "}wen-assess assess --answers { $path }
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
ask-network-again = É necessário um nome de rede: dá nome ao ficheiro de respostas e ao relatório. Nome da rede
exists-other-respondent = { $path } já existe e contém as respostas de { $who }.
which-file = Que ficheiro?
continue-their-file = Continuar esse ficheiro (é acrescentado aos seus participantes)
start-new-file = Criar um ficheiro novo em seu nome: { $path }
press-enter = Premir Enter para voltar à pergunta
menu-back = ← Voltar
review-title = Revisão: cada critério com a sua resposta. Escolher um critério para alterar a resposta, ou terminar.
review-prompt = Alterar uma resposta, ou terminar (↑/↓, Enter)
review-finish = Terminar: pontuações e relatório
review-item = { $area } › { $title }: { $answer }
report-later = Sem relatório por agora. Para o escrever mais tarde: wen-assess report { $path }
not-a-choice = Não é uma das opções: escrever a tecla indicada entre parênteses retos e premir Enter.
yes = sim
no = não
plain-intro = Modo linha a linha: escrever a tecla indicada entre parênteses retos e premir Enter. Enter sozinho escolhe a opção indicada entre parênteses retos após a pergunta.
your-answer-typed = A sua resposta
review-prompt-typed = Alterar uma resposta, ou terminar
press-enter-start = Premir Enter para começar
press-enter-continue = Premir Enter para continuar
ask-workshop = Trata-se de um seminário? Registar os participantes
ask-participant = Nome do participante (Enter sozinho quando estiverem todos)
ask-participant-agency = O seu organismo
ask-participant-country = O seu país
ask-findings = Registar as conclusões acordadas para { $area } (pontos fortes, dificuldades, prioridades)?
ask-strengths = Pontos fortes
ask-challenges = Dificuldades
ask-priorities = Prioridades acordadas
not-saved =
    Não foi possível guardar as respostas em { $path }: { $reason }
not-saved-aside =
    Todas as respostas desta sessão, incluindo a última, estão em { $aside } (um ficheiro de respostas completo). Depois de resolvido o problema, mantenha o ficheiro que pretender: mude o nome de { $aside } para { $path }, ou retome a partir dele com:
      wen-assess assess --answers { $aside }
not-saved-nowhere =
    Também não foi possível guardar uma cópia em nenhuma pasta. Eis todas as respostas desta sessão como ficheiro de respostas: copie-as para um ficheiro antes de fechar esta janela.
recreated = { $path } foi eliminado durante esta sessão; é escrito de novo, com todas as respostas.
ask-speaks-for = Em nome de quem responde?
speaks-for-network = Da rede no seu conjunto (coordenação, secretariado ou um seminário da rede)
speaks-for-member = De um Estado-Membro, sobre si próprio
ask-member-country = Por que Estado-Membro responde?
ask-member-country-again = É necessário um Estado-Membro: as suas respostas figuram com o seu nome na visão da rede. Por que Estado-Membro responde?
menu-read-in-full = Ler a orientação e os cinco níveis por inteiro
press-enter-more = Prima Enter para a página seguinte
review-participants = Participantes ({ $count })…
review-findings = Conclusões acordadas por área…
participants-screen-title = Quem participa: escolha uma pessoa para a corrigir (um nome vazio retira-a) ou acrescente alguém.
participants-prompt = Participantes (↑/↓, Enter; Esc: voltar)
participants-prompt-typed = Participantes
participant-item = { $name } ({ $agency }, { $country })
participant-add = Acrescentar um participante
ask-participant-edit = Nome (vazio para retirar esta pessoa)
ask-edit-participants = { $count ->
        [0] Estão registados { $count } participantes. Acrescentar ou corrigir participantes?
        [one] Está registado { $count } participante. Acrescentar ou corrigir participantes?
       *[other] Estão registados { $count } participantes. Acrescentar ou corrigir participantes?
    }
findings-which = Conclusões de que área?
findings-recorded = { $area } (registadas)
interrupted-saved = Interrompido. { $path } contém todas as respostas confirmadas: { $answered } de { $total } critérios respondidos{ $participants ->
        [0] .
        [one] , { $participants } participante.
       *[other] , { $participants } participantes.
    } Retomar com:
      wen-assess assess --answers { $path }
interrupted-nothing = Interrompido antes de o ficheiro de respostas ser criado: nada foi guardado.
assess-needs-terminal =
    O comando `assess` precisa de um terminal interativo, e a entrada ou a saída padrão não o é.
    Sem terminal, escreva um ficheiro de respostas em branco, preencha-o num editor ou numa folha de cálculo e calcule depois a pontuação:
      wen-assess template --guideline strengthening -o respostas.yaml
      wen-assess score respostas.yaml
      wen-assess report respostas.yaml
# Ends a prompt in line mode (a no-break space before the colon in French).
prompt-colon = :
