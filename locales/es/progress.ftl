# La evolución entre dos evaluaciones (compare).

progress-column-area = Área
progress-column-change = Variación
progress-column-criterion = Criterio
moved-up = Subieron de nivel
moved-down = Bajaron de nivel
not-in-guideline = No figuran en la directriz (conservados de otra versión)
list-count = { $title } ({ $count })

# La evolución en dos o más evaluaciones: puntos por fecha, gráficos, anexo, y
# los mensajes de compare.
trend-title = Evolución: { $subject }
trend-kicker = INFORME DE EVOLUCIÓN  ·  AUTOEVALUACIÓN DE UNA RED WEN
trend-points-title = Evaluaciones comparadas
trend-areas-title = Madurez por área
trend-chart-title = Madurez por área a lo largo del tiempo
trend-annex-title = Anexo: cada criterio a lo largo del tiempo
trend-annex-intro = El nivel de cada criterio en cada evaluación (para una red, la mediana de los Estados miembros en un criterio de alcance de Estado miembro; N/A: no aplicable; -: sin respuesta).
# «Evaluación 2», para una evaluación sin fecha.
point-undated = Evaluación { $number }
point-line = { $label }: { $what }, { $when }
point-line-undated = { $label }: { $what }, sin fecha
point-network = { $path } ({ $count ->
        [one] { $count } Estado miembro
       *[other] { $count } Estados miembros
    })
point-network-with-file = { $path } ({ $count ->
        [one] { $count } Estado miembro
       *[other] { $count } Estados miembros
    } y el archivo propio de la red)
point-provisional = { $label } es provisional: { $answered } de { $total } respuestas esperadas ({ $percent } %).
point-older-version = { $label } se respondió para la versión { $versions } y se lee según los criterios de la versión { $version }.
point-older-files = Algunos archivos de { $label } se respondieron para la versión { $versions } y se leen según los criterios de la versión { $version }.
below-throughout = Por debajo de la meta en todas las evaluaciones
partly-answered = Respondidos solo en algunas evaluaciones (o N/A en algunas)
method-trend = Cada evaluación se puntúa con la directriz cargada hoy, de modo que las respuestas dadas para una versión anterior se leen en sus nuevos criterios. Un criterio sube o baja cuando su último nivel difiere del primero.
method-trend-network = Para una red, cada año es la vista de la red hecha con los archivos de ese año: los criterios de alcance de red provienen del archivo propio de la red y los de alcance de Estado miembro se toman en la mediana de los Estados miembros.
compare-the-network = la red { $network }
compare-files-and-folders = compare recibe archivos de respuestas de un mismo Estado miembro o de la red, o bien carpetas de archivos de Estados miembros (una por evaluación), pero no ambos
compare-given-twice = { $first } y { $second } son la misma evaluación, indicada dos veces
compare-other-guideline = { $second } es para la directriz «{ $found }», pero { $first } es para «{ $expected }»; compare necesita evaluaciones de la misma directriz
compare-other-network = { $second } es de la red «{ $found }», pero { $first } es de «{ $expected }»; compare sigue una sola red a lo largo del tiempo
compare-other-subject = { $second } es la evaluación de { $found }, pero { $first } es la de { $expected }; compare sigue un solo Estado miembro, o la red, a lo largo del tiempo: indique los archivos de uno de ellos
compare-no-date = { $path } no tiene fecha: las evaluaciones conservan el orden en que se indicaron
compare-same-date = { $first } y { $second } tienen la misma fecha, { $date }: conservan el orden en que se indicaron
wrote-progress-report = { $path } escrito: { $count } evaluaciones comparadas
compare-warning = advertencia: { $text }
