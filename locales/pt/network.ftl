# A vista da rede a partir das respostas dos Estados-Membros (aggregate, report --aggregate).

network-heading = { $network }: { $id } { $version }, { $count ->
        [0] { $count } Estados-Membros
        [one] { $count } Estado-Membro
       *[other] { $count } Estados-Membros
    }
spread-min = Mín.
spread-max = Máx.
country-column-file = Ficheiro
disagree-title = Onde os países mais divergem
spread = Dispersão
spread-line = dispersão { $spread }
below-title = Onde a maioria dos países está abaixo da meta
below = Abaixo da meta
below-line = { $below } de { $scored } abaixo da meta
criterion-column = Critério
findings-per-country = Conclusões por país

# O relatório da rede à escala real: ficheiros dos Estados-Membros e da rede
# (scope), mapa de calor, dispersão, anexos, livro de cálculo, e as
# mensagens de aggregate.
network-report-title = Relatório da rede: { $network }
network-report-kicker = RELATÓRIO DA REDE  ·  AUTOAVALIAÇÃO DA REDE DE APLICAÇÃO DA LEI SOBRE A VIDA SELVAGEM
# Um período entre duas datas: «de 3 de outubro de 2026 a 28 de outubro de 2026».
period-range = de { $first } a { $last }
field-period = Período de avaliação
field-member-states = Estados-Membros
field-network-file = Ficheiro próprio da rede
field-network-maturity = Maturidade da rede
network-file-value = { $file }, { $date }
network-file-value-respondent = { $file }, { $date } ({ $respondent })
network-file-none = nenhum
network-own-file = Rede (ficheiro próprio)
network-coverage-text = { $answered } de { $total } respostas esperadas ({ $percent } %), { $na } { $na ->
        [0] não aplicáveis
        [one] não aplicável
        *[other] não aplicáveis
    }, { $open } em falta
network-provisional = Provisório: foram dadas { $answered } de { $total } respostas esperadas ({ $percent } %). Os valores mudarão à medida que chegarem as restantes.
network-provisional-no-file = Provisório: não foi entregue o ficheiro da rede, pelo que os { $count } critérios de âmbito da rede (sobre a rede enquanto organização) não são avaliados. Acrescente o ficheiro próprio da rede (scope: network) para os cobrir.
method-note-network = Este é o método do wen-assess, não uma pontuação do ICCWC. Os critérios de âmbito do Estado-Membro vêm dos ficheiros dos Estados-Membros e os de âmbito da rede, do ficheiro próprio da rede; o método é explicado no fim do relatório.
file-version = { $name } ({ $version })
carried-files = Respondidos para uma versão anterior da diretriz e lidos segundo os critérios da versão { $version }: { $files }.
left-out = { $count ->
        [0] Ficam de fora { $count } respostas de Estados-Membros a critérios de âmbito da rede: responde-lhes o ficheiro próprio da rede.
        [one] Fica de fora uma resposta de um Estado-Membro a um critério de âmbito da rede: responde-lhe o ficheiro próprio da rede.
       *[other] Ficam de fora { $count } respostas de Estados-Membros a critérios de âmbito da rede: responde-lhes o ficheiro próprio da rede.
    }
network-maturity-title = Maturidade da rede por área
network-maturity-intro = O nível da rede em cada critério é o do ficheiro da rede para um critério de âmbito da rede e a mediana dos Estados-Membros para um de âmbito do Estado-Membro; a maturidade de uma área é a média ponderada desses níveis.
heat-map-title = Estados-Membros por área
heat-map-intro = A maturidade de cada Estado-Membro em cada área, segundo os critérios a que um Estado-Membro responde sobre si próprio. Abaixo dos Estados-Membros: a sua dispersão, quantos atingem ou ultrapassam a meta e a estimativa própria da rede.
heat-map-intro-no-estimate = A maturidade de cada Estado-Membro em cada área, segundo os critérios a que um Estado-Membro responde sobre si próprio. Abaixo dos Estados-Membros: a sua dispersão e quantos atingem ou ultrapassam a meta.
column-member-state = Estado-Membro
heat-map-colours = Cada valor tem a cor do nível que atinge; a legenda está por baixo do quadro.
row-median = Mediana dos membros
row-at-target = Na meta ou acima
row-estimate = Estimativa da rede
# As colunas de áreas de um quadro estreito: «Áreas: 1 Composição · 2 Governação».
area-legend = Áreas: { $areas }
spread-chart-title = Dispersão por área
spread-chart-intro = Para cada área: o intervalo entre o Estado-Membro mais baixo e o mais alto, a mediana dos membros, a estimativa da rede e a meta.
spread-caption = de { $min } a { $max }, mediana { $median }
legend-range = Intervalo entre Estados-Membros
legend-median = Mediana dos membros
legend-estimate = Estimativa da rede
differences-title = Onde a estimativa da rede difere dos seus membros
differences-intro = Critérios de âmbito do Estado-Membro em que o ficheiro próprio da rede e a mediana dos Estados-Membros diferem em um nível ou mais, da maior para a menor diferença: o secretariado e os Estados-Membros veem-nos de forma diferente, o que é uma conclusão em si.
differences-none = As estimativas da rede ficam a menos de um nível da mediana dos membros em todos os critérios a que ambos respondem.
difference-line = rede { $estimate }, mediana dos membros { $median }
column-estimate = Estimativa da rede
column-median = Mediana dos membros
column-difference = Diferença
column-levels = Nível de cada Estado-Membro
disagree-intro-all = Critérios de âmbito do Estado-Membro cujos níveis diferem em 2 ou mais entre Estados-Membros (sem contar N/A nem critérios sem resposta), da maior para a menor dispersão.
below-intro-all = Critérios de âmbito do Estado-Membro em que mais de metade dos Estados-Membros que deram um nível está abaixo da meta, da maior para a menor proporção.
more-in-annex = { $count ->
        [0] Há mais { $count } critérios no anexo A, com o nível de cada Estado-Membro.
        [one] Há mais um critério no anexo A, com o nível de cada Estado-Membro.
       *[other] Há mais { $count } critérios no anexo A, com o nível de cada Estado-Membro.
    }
more-in-formats = { $count ->
        [0] Mais { $count }: --format md, csv ou json mostra cada critério.
        [one] Mais um: --format md, csv ou json mostra cada critério.
       *[other] Mais { $count }: --format md, csv ou json mostra cada critério.
    }
body-title = A rede enquanto organização
body-intro = Critérios de âmbito da rede abaixo da meta no ficheiro próprio da rede ({ $file }), da maior para a menor lacuna.
body-no-file = Não foi entregue o ficheiro da rede: os { $count } critérios de âmbito da rede (sobre a rede enquanto organização: mandato, secretariado, orçamento, plano de trabalho) não são avaliados neste relatório.
body-none-below = Nenhum critério de âmbito da rede está abaixo da sua meta.
body-line = nível { $level }, meta { $target }
annex-criteria-title = Anexo A: todos os critérios de âmbito do Estado-Membro
annex-criteria-intro = Cada critério a que um Estado-Membro responde sobre si próprio, com a dispersão entre Estados-Membros e o nível de cada um (N/A: não aplicável; -: sem resposta).
annex-files-title = Anexo B: os ficheiros
annex-files-intro = Todos os ficheiros de que este relatório é feito.
annex-na-title = Anexo C: razões dadas para N/A
annex-na-intro = Cada resposta marcada N/A (não aplicável), com a razão indicada no seu ficheiro.
column-na-reason = Razão
column-whose-answers = Estado-Membro ou rede
method-network-members = Os critérios de âmbito do Estado-Membro (o que cada Estado-Membro faz) são lidos nos ficheiros dos Estados-Membros. Cada Estado-Membro conta uma vez, seja qual for a sua dimensão; o nível da rede num critério é a mediana dos seus, e a dispersão mostra o mais baixo, o mais alto e quantos atingem ou ultrapassam a meta.
method-network-body = Os critérios de âmbito da rede (a rede enquanto organização) são lidos no ficheiro próprio da rede; as respostas dos Estados-Membros a esses critérios ficam de fora. As respostas da rede aos critérios de âmbito do Estado-Membro são a sua estimativa para o conjunto dos membros, apresentada ao lado da mediana dos membros e nunca misturada com ela.
method-network-maturity = A maturidade de uma área, para um Estado-Membro ou para a rede, é a média ponderada dos níveis que nela obtém; a maturidade global é a média ponderada das áreas. Os critérios N/A e os que não têm resposta ficam de fora, e a cobertura indica quantas respostas foram dadas.
method-network-targets = As metas são as da rede: as do seu próprio ficheiro ou, na falta delas, as da diretriz ({ $target }).
sheet-summary = Síntese
sheet-criteria = Critérios
sheet-files = Ficheiros
sheet-criteria-title = Cada critério: onde está a rede
column-id = Identificador
column-scope = Respondido por
column-network-file = Ficheiro próprio da rede
scope-member = Estados-Membros
scope-network = Rede
aggregate-other-network = { $file }: a rede é «{ $found }», mas { $first } é de «{ $expected }»; uma vista da rede precisa dos ficheiros de uma só rede
network-file-twice = { $second } é o ficheiro próprio da rede (scope: network), e { $first } também; uma vista da rede aceita um só ficheiro da rede: mantenha o desta avaliação
by-criterion-needs-csv = --by criterion dá uma linha por Estado-Membro e critério, em CSV: acrescente --format csv
wrote-file = { $path } escrito
wrote-network-workbook = { $path } escrito: a vista da rede de { $count ->
        [0] { $count } Estados-Membros
        [one] { $count } Estado-Membro
       *[other] { $count } Estados-Membros
    }, uma folha por área
aggregate-not-a-workbook = { $path }: um nome .xlsx é para um livro: retire --format para criar um, ou dê outro nome à saída
