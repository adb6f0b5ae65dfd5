# El cuestionario interactivo (assess).

welcome = wen-assess: autoevaluación de una red de observancia y aplicación de la normativa de vida silvestre
which-assessment = ¿Qué evaluación?
ask-network = Nombre de la red
ask-region = Región
ask-name = Su nombre
ask-role = Su cargo
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
your-answer = Su respuesta (↑/↓, Enter)
menu-na = N/A: no aplicable (indique el motivo)
menu-skip = Omitir por ahora
menu-previous = ← Pregunta anterior
menu-jump = Ir a un área…
menu-quit = Guardar y salir (continuar más tarde)
why-na = ¿Por qué no se aplica?
why-na-again = Se necesita un motivo para N/A. ¿Por qué no se aplica?
ask-note = Nota (opcional)
ask-evidence = Medios de verificación: documentos o enlaces, separados por «;» (opcional)
first-question = Esta es la primera pregunta.
jump-to = Ir a
area-choice = { $area } ({ $answered }/{ $total } { $answered ->
        [one] respondido
       *[other] respondidos
    })
paused = { $path } guardado ({ $answered } de { $total ->
        [one] { $total } criterio respondido
       *[other] { $total } criterios respondidos
    }). Para continuar:
    {"  "}wen-assess assess --answers { $path }
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
ask-network-again = Se necesita un nombre de red: da nombre al archivo de respuestas y al informe. Nombre de la red
exists-other-respondent = { $path } ya existe y contiene las respuestas de { $who }.
which-file = ¿Qué archivo?
continue-their-file = Continuar ese archivo (se le añade a sus participantes)
start-new-file = Crear un archivo nuevo a su nombre: { $path }
press-enter = Presionar Enter para volver a la pregunta
menu-back = ← Volver
review-title = Revisión: cada criterio con su respuesta. Elegir un criterio para cambiar su respuesta, o terminar.
review-prompt = Cambiar una respuesta, o terminar (↑/↓, Enter)
review-finish = Terminar: puntuaciones e informe
review-item = { $area } › { $title }: { $answer }
report-later = Sin informe por ahora. Para escribirlo más tarde: wen-assess report { $path }
not-a-choice = No es una de las opciones: escribir la tecla indicada entre corchetes y presionar Enter.
yes = sí
no = no
plain-intro = Modo línea por línea: escribir la tecla indicada entre corchetes y presionar Enter. Enter sola toma la opción indicada entre corchetes tras la pregunta.
your-answer-typed = Su respuesta
review-prompt-typed = Cambiar una respuesta, o terminar
press-enter-start = Presionar Enter para empezar
press-enter-continue = Presionar Enter para continuar
ask-workshop = ¿Es un taller? Registrar a los participantes
ask-participant = Nombre del participante (Enter sola cuando estén todos)
ask-participant-agency = Su organismo
ask-participant-country = Su país
ask-findings = ¿Registrar las conclusiones acordadas para { $area } (fortalezas, dificultades, prioridades)?
ask-strengths = Fortalezas
ask-challenges = Dificultades
ask-priorities = Prioridades acordadas
not-saved =
    No se pudieron guardar las respuestas en { $path }: { $reason }
not-saved-aside =
    Todas las respuestas de esta sesión, incluida la última, están en { $aside } (un archivo de respuestas completo). Una vez resuelto el problema, conserve el archivo que desee: cambie el nombre de { $aside } a { $path }, o retome a partir de él con:
      wen-assess assess --answers { $aside }
not-saved-nowhere =
    Tampoco se pudo guardar una copia en ninguna carpeta. Estas son todas las respuestas de esta sesión como archivo de respuestas: cópielas en un archivo antes de cerrar esta ventana.
recreated = { $path } se eliminó durante esta sesión; se vuelve a escribir, con todas las respuestas.
ask-speaks-for = ¿En nombre de quién responde?
speaks-for-network = De la red en su conjunto (coordinación, secretaría o un taller de la red)
speaks-for-member = De un Estado miembro, sobre sí mismo
ask-member-country = ¿En nombre de qué Estado miembro responde?
ask-member-country-again = Se necesita un Estado miembro: sus respuestas figuran con su nombre en la vista de la red. ¿En nombre de qué Estado miembro responde?
menu-read-in-full = Leer la orientación y los cinco niveles completos
press-enter-more = Presione Enter para la página siguiente
review-participants = Participantes ({ $count })…
review-findings = Conclusiones acordadas por área…
participants-screen-title = Quiénes participan: elija una persona para corregirla (un nombre vacío la quita) o agregue a alguien.
participants-prompt = Participantes (↑/↓, Enter; Esc: volver)
participants-prompt-typed = Participantes
participant-item = { $name } ({ $agency }, { $country })
participant-add = Agregar un participante
ask-participant-edit = Nombre (vacío para quitar a esta persona)
ask-edit-participants = { $count ->
        [one] Hay { $count } participante registrado. ¿Agregar o corregir participantes?
       *[other] Hay { $count } participantes registrados. ¿Agregar o corregir participantes?
    }
findings-which = ¿Conclusiones de qué área?
findings-recorded = { $area } (registradas)
interrupted-saved = Interrumpido. { $path } contiene todas las respuestas confirmadas: { $answered } de { $total } criterios respondidos{ $participants ->
        [0] .
        [one] , { $participants } participante.
       *[other] , { $participants } participantes.
    } Retomar con:
      wen-assess assess --answers { $path }
interrupted-nothing = Interrumpido antes de crear el archivo de respuestas: no se guardó nada.
assess-needs-terminal =
    `assess` necesita una terminal interactiva, y la entrada o la salida estándar no lo es.
    Sin terminal, escriba un archivo de respuestas en blanco, complételo en un editor o una hoja de cálculo y luego calcule su puntuación:
      wen-assess template --guideline strengthening -o respuestas.yaml
      wen-assess score respuestas.yaml
      wen-assess report respuestas.yaml
# Ends a prompt in line mode (a no-break space before the colon in French).
prompt-colon = :
