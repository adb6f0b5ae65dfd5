# El cuestionario interactivo (assess).

welcome = wen-assess: autoevaluación de una red de observancia y aplicación de la normativa de vida silvestre
which-assessment = ¿Qué evaluación?
ask-network = Nombre de la red
ask-region = Región
ask-name = Su nombre
ask-role = Su cargo
ask-country = Su país (para una vista de toda la red)
ask-language = Idioma del informe
saved-to =
    Las respuestas se guardan en { $path } después de cada respuesta. Puede detenerse en cualquier momento y continuar con:
      wen-assess assess --answers { $path }
exists-resuming = { $path } ya existe: se continúa ese archivo.
resuming = Continuando { $path }: { $answered } de { $total ->
        [one] { $total } criterio respondido
       *[other] { $total } criterios respondidos
    }.
progress = pregunta { $index } de { $total } · { $answered ->
        [one] { $answered } respondida
       *[other] { $answered } respondidas
    }
guidance = Orientación
current-answer = Respuesta actual
your-answer = Su respuesta (↑/↓, Intro)
menu-na = N/A: no aplicable (indique el motivo)
menu-skip = Omitir por ahora
menu-previous = ← Pregunta anterior
menu-jump = Ir a un área…
menu-quit = Guardar y salir (continuar más tarde)
why-na = ¿Por qué no se aplica?
why-na-again = Se necesita un motivo para N/A. ¿Por qué no se aplica?
ask-note = Nota (opcional)
ask-evidence = Evidencias: documentos o enlaces, separados por «;» (opcional)
first-question = Esta es la primera pregunta.
jump-to = Ir a
area-choice = { $area } ({ $answered }/{ $total } { $answered ->
        [one] respondido
       *[other] respondidos
    })
paused = { $path } guardado ({ $answered } de { $total ->
        [one] { $total } criterio respondido
       *[other] { $total } criterios respondidos
    }). Para continuar: wen-assess assess --answers { $path }
answer-skipped = { $count ->
        [one] Queda { $count } criterio sin respuesta. ¿Responderlo ahora?
       *[other] Quedan { $count } criterios sin respuesta. ¿Responderlos ahora?
    }
complete = Evaluación terminada.
top-gaps = Principales brechas:
gap-line = { $title } ({ $id }): nivel { $level } → meta { $target }, prioridad { $priority }
report-question = ¿Escribir el informe junto al archivo de respuestas?
report-markdown = Markdown: { $path }
report-pdf = PDF: { $path }
report-both = Ambos
report-none = Sin informe por ahora
wrote = { $path } escrito
merged = Se conservaron los cambios hechos en el archivo fuera de esta sesión: { $items }.
