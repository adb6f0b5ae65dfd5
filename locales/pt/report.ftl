# O relatório de lacunas de um ficheiro de respostas (Markdown e PDF).

report-title = Relatório de lacunas: { $network }
report-name = Relatório de lacunas
# Uma só linha no topo da primeira página do PDF.
report-kicker = RELATÓRIO DE LACUNAS  ·  AUTOAVALIAÇÃO DA REDE DE APLICAÇÃO DA LEI SOBRE A VIDA SELVAGEM
field-network = Rede
field-region = Região
field-guideline = Diretriz
field-answered-against = Respostas dadas para
field-date = Data
field-respondent = Respondente
field-coverage = Cobertura
field-overall-maturity = Maturidade global
guideline-value = { $title }, versão { $version }
answered-version = a versão { $old } (pontuadas segundo a versão { $new })
coverage-text = { $answered } de { $total ->
        [0] { $total } critérios respondidos
        [one] { $total } critério respondido
       *[other] { $total } critérios respondidos
    } ({ $percent } %), { $na ->
        [0] { $na } não aplicáveis
        [one] { $na } não aplicável
       *[other] { $na } não aplicáveis
    }, { $open } sem resposta
summary-title = Resumo por área
column-area = Área
column-maturity = Maturidade
column-level = Nível
column-target = Meta
column-gap = Lacuna
column-answered = Respondidos
column-chart = Gráfico (0-4)
chart-legend = Gráfico: █ a maturidade alcançada, ░ a distância até à meta, uma célula por quarto de nível.
action-plan-title = Plano de ação
action-plan-intro = Critérios abaixo da meta, por ordem decrescente de prioridade (prioridade = lacuna × peso do critério × peso da área).
no-actions = Nenhum critério respondido está abaixo da sua meta.
action-line = nível { $level } { $label } → meta { $target }, prioridade { $priority }
next-step = Próximo passo
see = Ver
answers-title = Respostas
answer = Resposta
note = Nota
evidence = Comprovativos
kept-title = Respostas conservadas mas não pontuadas
kept-intro = Estes critérios não constam de { $id } { $version }; as suas respostas mantêm-se no ficheiro.
kept-column-criterion = Critério
kept-column-answer = Resposta
kept-column-note = Nota
method-title = Como são calculadas as pontuações
method-levels = Cada critério é respondido com um nível de 0 (Ausente) a 4 (Avançado), ou N/A com um motivo.
method-area = A maturidade de uma área é a média ponderada dos níveis dos seus critérios respondidos; os critérios N/A e os que não têm resposta são excluídos, e a cobertura indica quantos foram respondidos.
method-overall = A maturidade global é a média ponderada das maturidades das áreas.
method-gap = Um critério abaixo da meta da sua área tem uma lacuna (meta - nível); a sua prioridade é lacuna × peso do critério × peso da área, e o próximo passo indicado é o que corresponde ao seu nível atual.
method-ours = As cinco áreas seguem as categorias que as redes avaliam com as Diretrizes do ICCWC para as redes de aplicação da lei sobre a vida selvagem. Os critérios, a escala de 0 a 4, os pesos, as metas e o valor global são o método do wen-assess, não uma pontuação do ICCWC.
generated = Gerado por { $tool } a partir da diretriz { $id } { $version }, sha256 das respostas { $hash }.
executive-summary = Sumário executivo
card-overall = maturidade global: { $label }
card-answered = critérios respondidos
card-actions = critérios abaixo da meta no plano de ação
card-areas = áreas na meta ou acima dela
chart-title = Maturidade por área face à meta
legend-met = Meta atingida
legend-close = Até 1 nível abaixo da meta
legend-far = Mais de 1 nível abaixo
legend-overall = Global
legend-target = Meta
current-level = Nível atual
priority = Prioridade
references = Referências
chart-axis = nível de maturidade (0-4)
not-scored = sem pontuação
area-status = maturidade { $value } ({ $label }), meta { $target }
area-status-unscored = sem pontuação, meta { $target }
page = Página { $page } / { $pages }
footer = { $short } { $version }  ·  sha256 das respostas { $hash }
participants-title = Participantes
participant-name = Nome
participant-agency = Organismo
participant-country = País
findings-title = Conclusões acordadas
findings-strengths = Pontos fortes
findings-challenges = Dificuldades
findings-priorities = Prioridades acordadas
derived-from = Com base na diretriz { $part } do ICCWC, { $category }
derived-extension = Para além das diretrizes do ICCWC (mais próximo: diretriz { $part }, { $category })
carried-title = Respostas transferidas da versão { $version }
carried-intro = Estes critérios foram movidos ou renomeados em { $id } { $version }; as suas respostas são pontuadas no novo critério.
carried-column-old = Respondido como
carried-column-new = Pontuado agora como
