# A evolução entre duas avaliações (compare).

progress-column-area = Área
progress-column-change = Variação
progress-column-criterion = Critério
moved-up = Subiram de nível
moved-down = Desceram de nível
not-in-guideline = Não constam da diretriz (conservados de outra versão)
list-count = { $title } ({ $count })

# A evolução em duas ou mais avaliações: pontos por data, gráficos, anexo, e
# as mensagens de compare.
trend-title = Evolução: { $subject }
trend-kicker = RELATÓRIO DE EVOLUÇÃO  ·  AUTOAVALIAÇÃO DA REDE DE APLICAÇÃO DA LEI SOBRE A VIDA SELVAGEM
trend-points-title = Avaliações comparadas
trend-areas-title = Maturidade por área
trend-chart-title = Maturidade por área ao longo do tempo
trend-annex-title = Anexo: cada critério ao longo do tempo
trend-annex-intro = O nível de cada critério em cada avaliação (para uma rede, a mediana dos Estados-Membros num critério de âmbito do Estado-Membro; N/A: não aplicável; -: sem resposta).
# «Avaliação 2», para uma avaliação sem data.
point-undated = Avaliação { $number }
point-line = { $label }: { $what }, { $when }
point-line-undated = { $label }: { $what }, sem data
point-network = { $path } ({ $count ->
        [0] { $count } Estados-Membros
        [one] { $count } Estado-Membro
       *[other] { $count } Estados-Membros
    })
point-network-with-file = { $path } ({ $count ->
        [0] { $count } Estados-Membros
        [one] { $count } Estado-Membro
       *[other] { $count } Estados-Membros
    } e o ficheiro próprio da rede)
point-provisional = { $label } é provisório: { $answered } de { $total } respostas esperadas ({ $percent } %).
point-older-version = { $label } foi respondido para a versão { $versions } e é lido segundo os critérios da versão { $version }.
point-older-files = Alguns ficheiros de { $label } foram respondidos para a versão { $versions } e são lidos segundo os critérios da versão { $version }.
below-throughout = Abaixo da meta em todas as avaliações
partly-answered = Respondidos só em algumas avaliações (ou N/A em algumas)
method-trend = Cada avaliação é pontuada com a diretriz carregada hoje, pelo que as respostas dadas para uma versão anterior são lidas nos seus novos critérios. Um critério sobe ou desce quando o seu último nível difere do primeiro.
method-trend-network = Para uma rede, cada ano é a vista da rede feita com os ficheiros desse ano: os critérios de âmbito da rede vêm do ficheiro próprio da rede e os de âmbito do Estado-Membro são tomados na mediana dos Estados-Membros.
compare-the-network = a rede { $network }
compare-files-and-folders = compare recebe ficheiros de respostas de um mesmo Estado-Membro ou da rede, ou então pastas de ficheiros de Estados-Membros (uma por avaliação), mas não ambos
compare-given-twice = { $first } e { $second } são a mesma avaliação, indicada duas vezes
compare-other-guideline = { $second } é para a diretriz «{ $found }», mas { $first } é para «{ $expected }»; compare precisa de avaliações da mesma diretriz
compare-other-network = { $second } é da rede «{ $found }», mas { $first } é de «{ $expected }»; compare segue uma só rede ao longo do tempo
compare-other-subject = { $second } é a avaliação de { $found }, mas { $first } é a de { $expected }; compare segue um só Estado-Membro, ou a rede, ao longo do tempo: indique os ficheiros de um deles
compare-no-date = { $path } não tem data: as avaliações mantêm a ordem em que foram indicadas
compare-same-date = { $first } e { $second } têm a mesma data, { $date }: mantêm a ordem em que foram indicadas
wrote-progress-report = { $path } escrito: { $count } avaliações comparadas
compare-warning = aviso: { $text }
