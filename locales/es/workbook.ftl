# El libro de respuestas (template --format xlsx, convert): nombres de las
# hojas, encabezados, etiquetas e instrucciones. wen-assess lee los nombres
# de hojas, los encabezados y las etiquetas de todos los idiomas: manténgalos
# únicos en su hoja; el lector compara el texto anterior a un «(».

## Nombres de las hojas (31 caracteres como máximo, sin : \ / ? * [ ])
wb-sheet-instructions = Instrucciones
wb-sheet-answers = Respuestas
wb-sheet-workshop = Taller

## Hoja Respuestas: el bloque de encabezado
wb-title = { $title }
wb-network = Red
wb-region = Región
wb-country = País
wb-respondent = Encuestado
wb-role = Cargo
wb-date = Fecha (AAAA-MM-DD)
wb-hint = Responda en las celdas amarillas. Nivel: elija 0-4 o N/A en la lista; N/A requiere un motivo. La hoja Instrucciones lo explica todo.

## Hoja Respuestas: la tabla
wb-col-area = Área
wb-col-id = ID
wb-col-criterion = Criterio
wb-col-guidance = Orientación
wb-col-levels = Qué significa cada nivel
wb-col-level = Nivel
wb-col-reason = Motivo (para N/A)
wb-col-note = Nota
wb-col-evidence = Medios de verificación (uno por línea)
wb-not-in-guideline = No es un criterio de { $id } { $version }: se conserva del archivo de respuestas, sin puntuación.
wb-level-prompt = Elija 0-4, o N/A e indique el motivo.
wb-level-error = Elija un nivel de la lista: de 0 a 4, o N/A.
wb-target-prompt = El nivel que esta área debe alcanzar: un número entero de 0 a 4. Déjelo vacío para usar la meta de la directriz.
wb-target-error = Una meta es un número entero de 0 a 4.
# A level's number and label before its descriptor.
wb-level-head = { $n } { $label }:
# Otras formas de escribir N/A que el lector acepta, separadas por «|».
wb-na-words = no aplicable|no aplica|no procede

## Hoja Taller
wb-workshop-title = Registro del taller
wb-workshop-intro = Solo para una evaluación hecha en un taller: lo acordado sobre cada área y quién participó. Si no, deje esta hoja vacía. Una meta sustituye, para esta evaluación, la que la directriz fija para el área.
wb-findings = Conclusiones acordadas por área
wb-col-target = Meta (vacía: { $target })
wb-col-strengths = Fortalezas
wb-col-challenges = Dificultades
wb-col-priorities = Prioridades acordadas
wb-participants = Participantes
wb-col-name = Nombre
wb-col-agency = Organismo
wb-col-participant-country = País

## Hoja Instrucciones
wb-instructions-heading = Cómo completar este libro
wb-step-1 = En la hoja Respuestas, indique la red, la región, su país, su nombre, su cargo y la fecha (las celdas amarillas de arriba).
wb-step-2 = Cada fila de la hoja Respuestas es un criterio. Lea el criterio, su orientación y qué significa cada nivel, y elija en la columna Nivel el que describe la situación actual.
wb-step-3 = Elija N/A solo cuando el criterio no se aplique, y explique por qué en la columna Motivo.
wb-step-4 = Nota: todo lo que explique la respuesta. Medios de verificación: documentos o enlaces, uno por línea (Alt+Enter empieza una línea nueva en Excel, Ctrl+Enter en LibreOffice).
wb-step-5 = Deje el nivel vacío si todavía no puede responder: los criterios sin respuesta quedan fuera de las puntuaciones y reducen la cobertura.
wb-step-6 = La hoja Taller solo sirve para una evaluación hecha en un taller: las conclusiones acordadas por área y quién participó.
wb-step-7 = Guarde el libro (como .xlsx, o como .ods en LibreOffice) y envíelo de vuelta al coordinador de la red.
wb-scale-heading = La escala
wb-scale-intro = Lo que significa cada nivel para un criterio está escrito en su fila, en la columna «Qué significa cada nivel».
wb-na-text = N/A (no aplicable): el criterio no se aplica, por un motivo que usted indica. Queda fuera de las puntuaciones, mientras que el nivel 0 (Ausente) cuenta como 0.
wb-scores-heading = Puntuaciones
wb-scores-text = wen-assess da a cada área la media ponderada de los niveles indicados (sin N/A ni criterios sin respuesta), y el coordinador de la red reúne los libros de todos los Estados miembros. Es el método de wen-assess, no una puntuación del ICCWC.
wb-keep-heading = Mantener el libro legible
wb-keep-text = Solo se pueden modificar las celdas amarillas; las hojas están protegidas sin contraseña. No cambie el nombre de las hojas ni de los encabezados de columna, ni borre la columna ID: wen-assess encuentra las respuestas gracias a ellos. Las filas se pueden filtrar; para ordenarlas, desproteja antes la hoja (Revisar > Desproteger hoja en Excel, Herramientas > Proteger hoja en LibreOffice).
wb-made-with = Creado por wen-assess para { $id } { $version }, { $count ->
        [one] { $count } criterio
       *[other] { $count } criterios
    }.
wb-page = Página &P de &N

## Mensajes
wrote-workbook-template = { $path } escrito ({ $count ->
        [one] { $count } criterio
       *[other] { $count } criterios
    } de `{ $id }` { $version }). Envíelo al punto focal; cuando vuelva, ejecute: wen-assess score { $path }
convert-carried = Las respuestas dadas para { $id } { $old } se trasladan a { $version }, la versión cuyos criterios recoge el libro, como hace wen-assess migrate.
wrote-converted = { $path } escrito ({ $answered } de { $total ->
        [one] { $total } criterio respondido
       *[other] { $total } criterios respondidos
    }).
