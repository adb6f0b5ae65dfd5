# El informe de brechas de un archivo de respuestas (Markdown y PDF).

report-title = Informe de brechas: { $network }
report-name = Informe de brechas
# Una sola línea en la parte superior de la primera página del PDF: el término completo
# «red de observancia y aplicación de la normativa de vida silvestre» no cabe en ella.
report-kicker = INFORME DE BRECHAS  ·  AUTOEVALUACIÓN DE UNA RED WEN
field-network = Red
field-region = Región
field-guideline = Directriz
field-answered-against = Respuestas dadas para
field-date = Fecha
field-respondent = Encuestado
field-coverage = Cobertura
field-overall-maturity = Madurez global
guideline-value = { $title }, versión { $version }
answered-version = la versión { $old } (puntuadas según la versión { $new })
coverage-text = { $answered } de { $total ->
        [one] { $total } criterio respondido
       *[other] { $total } criterios respondidos
    } ({ $percent } %), { $na ->
        [one] { $na } no aplicable
       *[other] { $na } no aplicables
    }, { $open } sin respuesta
summary-title = Resumen por área
column-area = Área
column-maturity = Madurez
column-level = Nivel
column-target = Meta
column-gap = Brecha
column-answered = Respondidos
column-chart = Gráfico (0-4)
chart-legend = Gráfico: █ la madurez alcanzada, ░ la distancia hasta la meta, una casilla por cuarto de nivel.
action-plan-title = Plan de acción
action-plan-intro = Criterios por debajo de la meta, de mayor a menor prioridad (prioridad = brecha × peso del criterio × peso del área).
no-actions = Ningún criterio respondido está por debajo de su meta.
action-line = nivel { $level } { $label } → meta { $target }, prioridad { $priority }
next-step = Próximo paso
see = Ver
answers-title = Respuestas
answer = Respuesta
note = Nota
evidence = Medios de verificación
kept-title = Respuestas conservadas pero no puntuadas
kept-intro = Estos criterios no figuran en { $id } { $version }; sus respuestas se conservan en el archivo.
kept-column-criterion = Criterio
kept-column-answer = Respuesta
kept-column-note = Nota
method-title = Cómo se calculan las puntuaciones
method-levels = Cada criterio se responde con un nivel de 0 (Ausente) a 4 (Avanzado), o N/A con un motivo.
method-area = La madurez de un área es la media ponderada de los niveles de sus criterios respondidos; los criterios N/A y los que no tienen respuesta se excluyen, y la cobertura indica cuántos se respondieron.
method-overall = La madurez global es la media ponderada de la madurez de las áreas.
method-gap = Un criterio por debajo de la meta de su área tiene una brecha (meta - nivel); su prioridad es brecha × peso del criterio × peso del área, y el próximo paso indicado es el de su nivel actual.
method-ours = Las cinco áreas siguen las categorías que las redes califican con las Directrices del ICCWC para las redes de observancia y aplicación de la normativa de vida silvestre. Los criterios, la escala de 0 a 4, los pesos, las metas y la cifra global son el método de wen-assess, no una puntuación del ICCWC.
generated = Generado por { $tool } a partir de la directriz { $id } { $version }, sha256 de las respuestas { $hash }.
executive-summary = Resumen ejecutivo
card-overall = madurez global: { $label }
card-answered = criterios respondidos
card-actions = criterios por debajo de la meta en el plan de acción
card-areas = áreas en la meta o por encima
chart-title = Madurez por área frente a la meta
legend-met = Meta alcanzada
legend-close = Hasta 1 nivel por debajo de la meta
legend-far = Más de 1 nivel por debajo
legend-overall = Global
legend-target = Meta
current-level = Nivel actual
priority = Prioridad
references = Referencias
chart-axis = nivel de madurez (0-4)
not-scored = sin puntuación
area-status = madurez { $value } ({ $label }), meta { $target }
area-status-unscored = sin puntuación, meta { $target }
page = Página { $page } / { $pages }
footer = { $short } { $version }  ·  sha256 de las respuestas { $hash }
participants-title = Participantes
participant-name = Nombre
participant-agency = Organismo
participant-country = País
findings-title = Conclusiones acordadas
findings-strengths = Fortalezas
findings-challenges = Dificultades
findings-priorities = Prioridades acordadas
derived-from = Basado en la directriz { $part } del ICCWC, { $category }
derived-extension = Más allá de las directrices del ICCWC (lo más cercano: directriz { $part }, { $category })
carried-title = Respuestas trasladadas de la versión { $version }
carried-intro = Estos criterios se movieron o cambiaron de nombre en { $id } { $version }; sus respuestas se puntúan en el nuevo criterio.
carried-column-old = Respondido como
carried-column-new = Puntuado ahora como
