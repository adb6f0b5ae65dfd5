# La vista de la red a partir de las respuestas de los Estados miembros (aggregate, report --aggregate).

network-heading = { $network }: { $id } { $version }, { $count ->
        [one] { $count } Estado miembro
       *[other] { $count } Estados miembros
    }
spread-min = Mín.
spread-max = Máx.
country-column-file = Archivo
disagree-title = Donde más discrepan los países
spread = Dispersión
spread-line = dispersión { $spread }
below-title = Donde la mayoría de los países está por debajo de la meta
below = Por debajo de la meta
below-line = { $below } de { $scored } por debajo de la meta
criterion-column = Criterio
findings-per-country = Conclusiones por país

# El informe de la red a tamaño real: archivos de los Estados miembros y de la
# red (scope), mapa de calor, dispersión, anexos, libro de cálculo, y los
# mensajes de aggregate.
network-report-title = Informe de la red: { $network }
network-report-kicker = INFORME DE LA RED  ·  AUTOEVALUACIÓN DE UNA RED WEN
# Un período entre dos fechas: «del 3 de octubre de 2026 al 28 de octubre de 2026».
period-range = del { $first } al { $last }
field-period = Período de evaluación
field-member-states = Estados miembros
field-network-file = Archivo propio de la red
field-network-maturity = Madurez de la red
network-file-value = { $file }, { $date }
network-file-value-respondent = { $file }, { $date } ({ $respondent })
network-file-none = ninguno
network-own-file = Red (archivo propio)
network-coverage-text = { $answered } de { $total } respuestas esperadas ({ $percent } %), { $na } { $na ->
        [one] no aplicable
        *[other] no aplicables
    }, { $open } { $open ->
        [one] faltante
        *[other] faltantes
    }
network-provisional = Provisional: se recibieron { $answered } de { $total } respuestas esperadas ({ $percent } %). Las cifras cambiarán a medida que lleguen las demás.
network-provisional-no-file = Provisional: no se entregó el archivo de la red, por lo que los { $count } criterios de alcance de red (sobre la red como organización) no se evalúan. Agregue el archivo propio de la red (scope: network) para cubrirlos.
method-note-network = Este es el método de wen-assess, no una puntuación del ICCWC. Los criterios de alcance de Estado miembro provienen de los archivos de los Estados miembros y los de alcance de red, del archivo propio de la red; el método se explica al final del informe.
file-version = { $name } ({ $version })
carried-files = Respondidos para una versión anterior de la directriz y leídos según los criterios de la versión { $version }: { $files }.
left-out = { $count ->
        [one] Se deja fuera una respuesta de un Estado miembro a un criterio de alcance de red: la responde el archivo propio de la red.
       *[other] Se dejan fuera { $count } respuestas de Estados miembros a criterios de alcance de red: las responde el archivo propio de la red.
    }
network-maturity-title = Madurez de la red por área
network-maturity-intro = El nivel de la red en cada criterio es el del archivo de la red para un criterio de alcance de red y la mediana de los Estados miembros para uno de alcance de Estado miembro; la madurez de un área es el promedio ponderado de esos niveles.
heat-map-title = Estados miembros por área
heat-map-intro = La madurez de cada Estado miembro en cada área, según los criterios que un Estado miembro responde sobre sí mismo. Debajo de los Estados miembros: su dispersión, cuántos alcanzan o superan la meta y la estimación propia de la red.
heat-map-intro-no-estimate = La madurez de cada Estado miembro en cada área, según los criterios que un Estado miembro responde sobre sí mismo. Debajo de los Estados miembros: su dispersión y cuántos alcanzan o superan la meta.
column-member-state = Estado miembro
heat-map-colours = Cada cifra lleva el color del nivel que alcanza; la leyenda está debajo de la tabla.
row-median = Mediana de los miembros
row-at-target = En la meta o por encima
row-estimate = Estimación de la red
# Las columnas de áreas de una tabla angosta: «Áreas: 1 Composición · 2 Gobernanza».
area-legend = Áreas: { $areas }
spread-chart-title = Dispersión por área
spread-chart-intro = Para cada área: el rango entre el Estado miembro más bajo y el más alto, la mediana de los miembros, la estimación de la red y la meta.
spread-caption = de { $min } a { $max }, mediana { $median }
legend-range = Rango entre Estados miembros
legend-median = Mediana de los miembros
legend-estimate = Estimación de la red
differences-title = Donde la estimación de la red difiere de sus miembros
differences-intro = Criterios de alcance de Estado miembro en los que el archivo propio de la red y la mediana de los Estados miembros difieren en un nivel o más, de mayor a menor diferencia: la secretaría y los Estados miembros los ven de manera distinta, lo que es una conclusión en sí misma.
differences-none = Las estimaciones de la red están a menos de un nivel de la mediana de los miembros en todos los criterios que ambos responden.
difference-line = red { $estimate }, mediana de los miembros { $median }
column-estimate = Estimación de la red
column-median = Mediana de los miembros
column-difference = Diferencia
column-levels = Nivel de cada Estado miembro
disagree-intro-all = Criterios de alcance de Estado miembro cuyos niveles difieren en 2 o más entre Estados miembros (sin contar N/A ni criterios sin respuesta), de mayor a menor dispersión.
below-intro-all = Criterios de alcance de Estado miembro en los que más de la mitad de los Estados miembros que dieron un nivel está por debajo de la meta, de mayor a menor proporción.
more-in-annex = { $count ->
        [one] Hay un criterio más en el anexo A, con el nivel de cada Estado miembro.
       *[other] Hay { $count } criterios más en el anexo A, con el nivel de cada Estado miembro.
    }
more-in-formats = { $count ->
        [one] Uno más: --format md, csv o json muestra cada criterio.
       *[other] { $count } más: --format md, csv o json muestra cada criterio.
    }
body-title = La red como organización
body-intro = Criterios de alcance de red por debajo de la meta en el archivo propio de la red ({ $file }), de mayor a menor brecha.
body-no-file = No se entregó el archivo de la red: los { $count } criterios de alcance de red (sobre la red como organización: mandato, secretaría, presupuesto, plan de trabajo) no se evalúan en este informe.
body-none-below = Ningún criterio de alcance de red está por debajo de su meta.
body-line = nivel { $level }, meta { $target }
annex-criteria-title = Anexo A: todos los criterios de alcance de Estado miembro
annex-criteria-intro = Cada criterio que un Estado miembro responde sobre sí mismo, con la dispersión entre Estados miembros y el nivel de cada uno (N/A: no aplicable; -: sin respuesta).
annex-files-title = Anexo B: los archivos
annex-files-intro = Todos los archivos de los que sale este informe.
annex-na-title = Anexo C: razones dadas para N/A
annex-na-intro = Cada respuesta marcada N/A (no aplicable), con la razón que da su archivo.
column-na-reason = Razón
column-whose-answers = Estado miembro o red
method-network-members = Los criterios de alcance de Estado miembro (lo que hace cada Estado miembro) se leen en los archivos de los Estados miembros. Cada Estado miembro cuenta una vez, sea cual sea su tamaño; el nivel de la red en un criterio es la mediana de los suyos, y la dispersión muestra el más bajo, el más alto y cuántos alcanzan o superan la meta.
method-network-body = Los criterios de alcance de red (la red como organización) se leen en el archivo propio de la red; las respuestas de los Estados miembros a esos criterios se dejan fuera. Las respuestas de la red a los criterios de alcance de Estado miembro son su estimación para el conjunto de sus miembros, que se muestra junto a la mediana de los miembros y nunca se mezcla con ella.
method-network-maturity = La madurez de un área, para un Estado miembro o para la red, es el promedio ponderado de los niveles que obtiene en ella; la madurez global es el promedio ponderado de las áreas. Los criterios N/A y los que no tienen respuesta se dejan fuera, y la cobertura indica cuántas respuestas se dieron.
method-network-targets = Las metas son las de la red: las de su propio archivo o, si no, las de la directriz ({ $target }).
sheet-summary = Resumen
sheet-criteria = Criterios
sheet-files = Archivos
sheet-criteria-title = Cada criterio: dónde está la red
column-id = Identificador
column-scope = Responde
column-network-file = Archivo propio de la red
scope-member = Estados miembros
scope-network = Red
aggregate-other-network = { $file }: la red es «{ $found }», pero { $first } es de «{ $expected }»; una vista de la red necesita los archivos de una sola red
network-file-twice = { $second } es el archivo propio de la red (scope: network), y también lo es { $first }; una vista de la red admite un solo archivo de la red: conserve el de esta evaluación
by-criterion-needs-csv = --by criterion da una fila por Estado miembro y criterio, en CSV: agregue --format csv
wrote-file = { $path } escrito
wrote-network-workbook = { $path } escrito: la vista de la red de { $count ->
        [one] { $count } Estado miembro
       *[other] { $count } Estados miembros
    }, una hoja por área
aggregate-not-a-workbook = { $path }: un nombre .xlsx es para un libro: quite --format para generar uno, o dé otro nombre a la salida
