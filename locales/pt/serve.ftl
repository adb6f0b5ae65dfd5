# O questionário como página web (serve): as linhas do comando e depois as
# páginas. Os textos partilhados com assess (perguntas de identificação,
# N/A, notas, conclusões) vêm de assess.ftl.

serve-open = wen-assess serve: abra { $url }
serve-answers = Respostas: { $path }
serve-join = Os participantes ligam-se em { $url } (o código QR da página leva esta ligação)
serve-how-to-stop = Cada resposta é guardada assim que é dada. Pare com Ctrl-C, ou com o botão Parar da página.
serve-no-browser = Não foi possível abrir nenhum navegador: abra num deles a ligação acima.
serve-warning = aviso
serve-listen-warning = à escuta em { $address }: qualquer pessoa dessa rede que tenha a ligação dos participantes pode propor níveis, e quem tiver a ligação do facilitador pode ler e alterar todas as respostas. Não dê a ninguém a ligação do facilitador.
serve-stopped-summary = Parado. { $path } contém todas as respostas: { $answered } de { $total } critérios respondidos.
serve-stopped-nothing = Parado antes de ser criado um ficheiro de respostas: nada foi guardado.
serve-stopped-failed = Parado. A sessão tinha terminado quando uma gravação falhou: { $message }
serve-cannot-listen = não é possível escutar em { $address }: { $reason }
serve-listen-in-use = outro programa já usa essa porta; sem --port, é usada uma porta livre
serve-listen-not-here = este computador não tem esse endereço; indique um dos seus (ip addr, ipconfig)
serve-listen-denied = o sistema não permite que este programa use essa porta; escolha uma acima de 1024
serve-listen-other = { $reason }

serve-skip = Ir para o conteúdo
serve-nav-label = Páginas da sessão
serve-nav-question = Pergunta
serve-nav-review = Revisão
serve-nav-participants = Participantes ({ $count })
serve-nav-findings = Conclusões
serve-nav-scores = Pontuações e relatórios
serve-stop = Parar o servidor

serve-start-title = Uma nova avaliação
serve-guideline = Diretriz
serve-member-country = Por que Estado-Membro responde? (se responder por um)
serve-workshop = É um seminário: registar os participantes
serve-start = Começar
serve-fix = Corrija, por favor:
serve-need-guideline = Escolha a avaliação.
serve-need-network = É necessário um nome de rede: dá nome ao ficheiro de respostas e ao relatório.
serve-need-country = É necessário um Estado-Membro: as suas respostas figuram com o seu nome na vista da rede.
serve-saved-to = As respostas são guardadas em { $path } depois de cada resposta.
serve-workshop-next = Acrescente quem participa na página Participantes.

serve-levels = Nível acordado pela sala
serve-reason = Motivo, se não for aplicável
serve-note-evidence = Nota e comprovativos
serve-evidence = Comprovativos: documentos ou ligações, um por linha ou separados por «;» (opcional)
serve-record = Registar e continuar
serve-back-to-review = Voltar à revisão
serve-keys = Teclas: 0-4 escolhem um nível, N não aplicável, ↑/↓ movem, Enter regista, ← pergunta anterior, → saltar, G orientação.
serve-choose-level = Escolha um nível, ou N/A com um motivo.
serve-stale = A pergunta tinha mudado noutra janela: nada foi registado. Esta é a pergunta atual.
serve-areas = Progresso por área
serve-room = A sala

serve-join-title = Os participantes ligam-se aqui
serve-join-qr = Código QR da ligação para os participantes
serve-join-text = Leia o código, ou escreva a ligação:
serve-join-local = Só este computador pode abrir esta ligação. Para que a sala se ligue a partir dos telemóveis, inicie o servidor com --listen e o endereço deste computador na rede do seminário.

serve-spread-title = Propostas da sala
serve-spread-saved = Propostas registadas antes
serve-spread-count = { $count ->
        [0] { $count } propostas
        [one] { $count } proposta
       *[other] { $count } propostas
    }, { $joined ->
        [0] { $joined } participantes ligados
        [one] { $joined } participante ligado
       *[other] { $joined } participantes ligados
    }
serve-column-level = Nível
serve-column-count = Propostas
serve-column-bar = Proporção

serve-review-title = Revisão
serve-review-caption = Cada critério com a sua resposta
serve-review-done = Todos os critérios têm resposta. Altere alguma, ou termine.
serve-answer-now = Responder-lhes agora
serve-column-area = Área
serve-column-criterion = Critério
serve-column-answer = Resposta
serve-column-change = Alterar
serve-change = Alterar: { $title }

serve-participants-title = Participantes
serve-participants-intro = Quem participa no seminário. Corrija um nome, um organismo ou um país e guarde, ou retire uma pessoa.
serve-save = Guardar
serve-remove = Retirar
serve-add = Acrescentar
serve-continue = Voltar às perguntas

serve-findings-title = Conclusões acordadas por área
serve-findings-of = Conclusões: { $area }
serve-not-now = Agora não

serve-scores-title = Pontuações e relatórios
serve-download-pdf = Descarregar o relatório (PDF)
serve-download-md = Descarregar o relatório (Markdown)

serve-failed-title = Não foi possível guardar as respostas
serve-stopped-title = O servidor está parado
serve-stopped = { $path } contém todas as respostas.
serve-stopped-close = Pode fechar este separador.

serve-room-wait-title = À espera do facilitador
serve-room-wait = A próxima pergunta aparece aqui quando o facilitador a apresentar.
serve-room-name = O seu nome (opcional: visível para o facilitador)
serve-room-propose = Propor um nível
serve-room-proposed = Propôs { $level }. Pode mudar até o facilitador registar o nível acordado pela sala.
serve-said = { $text }

# Conclusões sobre os `votes` de um ficheiro de respostas (as propostas da
# sala, escritas por serve).
votes-not-a-map = `votes` de `{ $id }` deve associar a cada nível um número (`votes: {"{"}2: 3, 3: 5{"}"}`), encontrado { $found }
votes-level = `votes` de `{ $id }` conta o nível `{ $found }`; os níveis são 0, 1, 2, 3 e 4
votes-count = `votes` de `{ $id }` para o nível { $level } deve ser um número inteiro de 0 a { $limit }, encontrado `{ $found }`

# No relatório de lacunas: o que a sala propôs, e onde se dividiu.
room-proposals = Propostas da sala
room-agreed = Nível acordado
room-split-title = Onde a sala não esteve de acordo
room-split-intro = Critérios em que as propostas dos participantes estavam afastadas dois ou mais níveis antes de a sala acordar um nível: merecem um segundo olhar, e uma nota que explique porquê.

## Recusas, em texto simples (o navegador mostra-as tal como estão).
serve-refused-host = Proibido: este servidor só responde ao seu próprio endereço.
serve-refused-error = O servidor não conseguiu responder; tente de novo.
serve-refused-link = Proibido: esta ligação não é válida (talvez venha de uma execução anterior de wen-assess serve).
serve-refused-token = Proibido: abra a ligação que wen-assess serve mostrou (leva o código de acesso).
serve-refused-participant = Proibido: os participantes só podem propor níveis.
serve-refused-other-site = Proibido: um pedido vindo de outro sítio.
serve-refused-other-origin = Proibido: um pedido vindo de outra origem.
serve-refused-form = Proibido: este formulário não vem das páginas desta sessão.
serve-refused-report = Não foi possível elaborar o relatório; o ficheiro de respostas não mudou.
serve-refused-missing = Não encontrado: esta página não existe.
serve-refused-too-large = Recusado: o que foi enviado é demasiado longo (mais de 64 KB); encurte a nota ou os comprovativos e volte a enviar.
serve-refused-not-a-form = Recusado: este pedido não é um dos formulários desta sessão.
serve-chart-legend = Cada barra é a maturidade de uma área, a verde quando atinge a meta; a linha vermelha é a meta.
serve-confirm-stop = Parar o servidor? O seminário termina para todos; todas as respostas já estão guardadas.
