# El cuestionario como página web (serve): las líneas del comando y luego
# las páginas. Los textos compartidos con assess (preguntas de identidad,
# N/A, notas, conclusiones) vienen de assess.ftl.

serve-open = wen-assess serve: abra { $url }
serve-answers = Respuestas: { $path }
serve-join = Los participantes se conectan en { $url } (el código QR de la página lleva este enlace)
serve-how-to-stop = Cada respuesta se guarda en cuanto se da. Detenga con Ctrl-C, o con el botón Detener de la página.
serve-no-browser = No se pudo abrir ningún navegador: abra en uno el enlace de arriba.
serve-warning = advertencia
serve-listen-warning = escuchando en { $address }: cualquier persona de esa red que tenga el enlace de los participantes puede proponer niveles, y cualquiera que tenga el enlace del facilitador puede leer y cambiar todas las respuestas. No dé a nadie el enlace del facilitador.
serve-stopped-summary = Detenido. { $path } contiene todas las respuestas: { $answered } de { $total } criterios respondidos.
serve-stopped-nothing = Detenido antes de crear un archivo de respuestas: no se guardó nada.
serve-stopped-failed = Detenido. La sesión había terminado al fallar un guardado: { $message }
serve-cannot-listen = no se puede escuchar en { $address }: { $reason }
serve-listen-in-use = otro programa ya usa ese puerto; sin --port se toma uno libre
serve-listen-not-here = esta computadora no tiene esa dirección; indique una de las suyas (ip addr, ipconfig)
serve-listen-denied = el sistema no permite a este programa usar ese puerto; elija uno por encima de 1024
serve-listen-other = { $reason }

serve-skip = Ir al contenido
serve-nav-label = Páginas de la sesión
serve-nav-question = Pregunta
serve-nav-review = Revisión
serve-nav-participants = Participantes ({ $count })
serve-nav-findings = Conclusiones
serve-nav-scores = Puntuaciones e informes
serve-stop = Detener el servidor

serve-start-title = Una nueva evaluación
serve-guideline = Directriz
serve-member-country = ¿En nombre de qué Estado miembro responde? (si responde por uno)
serve-workshop = Es un taller: registrar a los participantes
serve-start = Comenzar
serve-fix = Corrija, por favor:
serve-need-guideline = Elija la evaluación.
serve-need-network = Se necesita un nombre de red: da nombre al archivo de respuestas y al informe.
serve-need-country = Se necesita un Estado miembro: sus respuestas figuran con su nombre en la vista de la red.
serve-saved-to = Las respuestas se guardan en { $path } después de cada respuesta.
serve-workshop-next = Agregue a quienes participan en la página Participantes.

serve-levels = Nivel acordado por la sala
serve-reason = Motivo, si no es aplicable
serve-note-evidence = Nota y medios de verificación
serve-evidence = Medios de verificación: documentos o enlaces, uno por línea o separados por «;» (opcional)
serve-record = Registrar y continuar
serve-back-to-review = Volver a la revisión
serve-keys = Teclas: 0-4 eligen un nivel, N no aplicable, ↑/↓ mueven, Enter registra, ← pregunta anterior, → omitir, G orientación.
serve-choose-level = Elija un nivel, o N/A con un motivo.
serve-stale = La pregunta había cambiado en otra ventana: no se registró nada. Esta es la pregunta actual.
serve-areas = Avance por área
serve-room = La sala

serve-join-title = Los participantes se conectan aquí
serve-join-qr = Código QR del enlace para los participantes
serve-join-text = Escanee el código o escriba el enlace:
serve-join-local = Solo esta computadora puede abrir este enlace. Para que la sala se conecte desde los teléfonos, inicie el servidor con --listen y la dirección de esta computadora en la red del taller.

serve-spread-title = Propuestas de la sala
serve-spread-saved = Propuestas registradas antes
serve-spread-count = { $count ->
        [one] { $count } propuesta
       *[other] { $count } propuestas
    }, { $joined ->
        [one] { $joined } participante conectado
       *[other] { $joined } participantes conectados
    }
serve-column-level = Nivel
serve-column-count = Propuestas
serve-column-bar = Proporción

serve-review-title = Revisión
serve-review-caption = Cada criterio con su respuesta
serve-review-done = Todos los criterios tienen respuesta. Cambie alguna o termine.
serve-answer-now = Responderlos ahora
serve-column-area = Área
serve-column-criterion = Criterio
serve-column-answer = Respuesta
serve-column-change = Cambiar
serve-change = Cambiar: { $title }

serve-participants-title = Participantes
serve-participants-intro = Quiénes participan en el taller. Corrija un nombre, un organismo o un país y guarde, o quite a una persona.
serve-save = Guardar
serve-remove = Quitar
serve-add = Agregar
serve-continue = Volver a las preguntas

serve-findings-title = Conclusiones acordadas por área
serve-findings-of = Conclusiones: { $area }
serve-not-now = Ahora no

serve-scores-title = Puntuaciones e informes
serve-download-pdf = Descargar el informe (PDF)
serve-download-md = Descargar el informe (Markdown)

serve-failed-title = No se pudieron guardar las respuestas
serve-stopped-title = El servidor se detuvo
serve-stopped = { $path } contiene todas las respuestas.
serve-stopped-close = Puede cerrar esta pestaña.

serve-room-wait-title = Esperando al facilitador
serve-room-wait = La próxima pregunta aparece aquí cuando el facilitador la presente.
serve-room-name = Su nombre (opcional: lo ve el facilitador)
serve-room-propose = Proponer un nivel
serve-room-proposed = Usted propuso { $level }. Puede cambiarlo hasta que el facilitador registre el nivel acordado por la sala.
serve-said = { $text }

# Conclusiones sobre los `votes` de un archivo de respuestas (las
# propuestas de la sala, escritas por serve).
votes-not-a-map = `votes` de `{ $id }` debe asociar a cada nivel un número (`votes: {"{"}2: 3, 3: 5{"}"}`), se encontró { $found }
votes-level = `votes` de `{ $id }` cuenta el nivel `{ $found }`; los niveles son 0, 1, 2, 3 y 4
votes-count = `votes` de `{ $id }` para el nivel { $level } debe ser un número entero de 0 a { $limit }, se encontró `{ $found }`

# En el informe de brechas: lo que propuso la sala, y dónde se dividió.
room-proposals = Propuestas de la sala
room-agreed = Nivel acordado
room-split-title = Dónde la sala no estuvo de acuerdo
room-split-intro = Criterios en los que las propuestas de los participantes estaban separadas por dos niveles o más antes de que la sala acordara un nivel: merecen una segunda mirada, y una nota que explique por qué.

## Rechazos, en texto sin formato (el navegador los muestra tal cual).
serve-refused-host = Prohibido: este servidor solo responde a su propia dirección.
serve-refused-error = El servidor no pudo responder; vuelva a intentarlo.
serve-refused-link = Prohibido: este enlace no es válido (quizá viene de una ejecución anterior de wen-assess serve).
serve-refused-token = Prohibido: abra el enlace que mostró wen-assess serve (lleva el token de acceso).
serve-refused-participant = Prohibido: los participantes solo pueden proponer niveles.
serve-refused-other-site = Prohibido: una solicitud de otro sitio.
serve-refused-other-origin = Prohibido: una solicitud de otro origen.
serve-refused-form = Prohibido: este formulario no viene de las páginas de esta sesión.
serve-refused-report = No se pudo elaborar el informe; el archivo de respuestas no cambió.
serve-refused-missing = No encontrado: esta página no existe.
serve-refused-too-large = Rechazado: lo enviado es demasiado largo (más de 64 KB); acorte la nota o los medios de verificación y vuelva a enviarlo.
serve-refused-not-a-form = Rechazado: esta solicitud no es uno de los formularios de esta sesión.
serve-chart-legend = Cada barra es la madurez de un área, en verde cuando alcanza la meta; la línea roja es la meta.
serve-confirm-stop = ¿Detener el servidor? El taller termina para todos; cada respuesta ya está guardada.
