# La línea de comandos: `--help` y `help`, las líneas de uso, `--version`, y
# los errores que clap encuentra en una línea de comandos (src/cli_text.rs).
#
# Los nombres de comandos y opciones, los nombres de valores en mayúsculas
# (FILE, OUT) y las líneas de comandos `wen-assess` quedan como están; los
# nombres de archivo de los ejemplos pueden estar en español. Los textos que
# siguen a la ayuda se muestran tal cual: mantener sus líneas por debajo de 80
# caracteres.

## Títulos y marcadores de la ayuda y de las líneas de uso.

help-usage = Uso:
help-commands = Comandos:
help-arguments = Argumentos:
help-options = Opciones:
# Representa las opciones de un comando en su línea de uso.
help-options-placeholder = [OPCIONES]
# Representa el nombre de un comando: wen-assess [OPCIONES] <COMANDO>
help-command-placeholder = COMANDO

## `--version`

version-guidelines = directrices integradas: { $list }
version-guideline = { $id } { $version } ({ $count ->
        [one] { $count } criterio
       *[other] { $count } criterios
    })
version-languages = idiomas: { $list }

## El programa

cmd-about = Autoevaluación de las redes de observancia y aplicación de la normativa de vida silvestre (WEN) según criterios estructurados conforme a las Directrices del ICCWC para las WEN (2020)
cmd-after-help =
    Ejemplos:
      wen-assess assess --guideline strengthening
      wen-assess score examples/strengthening-example.yaml
      wen-assess report examples/strengthening-example.yaml --format pdf
      wen-assess template --guideline establishing -o mi-red.yaml
      wen-assess template --guideline strengthening --country Atlantis -o atlantis.xlsx
      wen-assess aggregate paises/*.xlsx
      wen-assess validate guidelines/

    Códigos de salida: 0 todo correcto; 1 hallazgos (errores de validación,
    madurez por debajo de --fail-under); 2 error de uso o de funcionamiento
    (archivo ilegible o no válido, sin terminal); 130 interrupción.
arg-guidelines = Cargar las directrices de este archivo o carpeta además de las integradas; un archivo con el identificador de una directriz integrada la sustituye
arg-no-builtin-guidelines = Con --guidelines: cargar solo esos archivos, sin las directrices integradas
arg-lang = Idioma de los mensajes, la ayuda, los informes, las tablas y las preguntas, entre los integrados: { $languages }. Sin --lang: el idioma del archivo de respuestas; si no, el de la configuración regional (LC_ALL, LC_MESSAGES, LANG); si no, el inglés
arg-help = Mostrar la ayuda
arg-version = Mostrar la versión

## help

cmd-help-about = Mostrar esta ayuda, o la ayuda del comando indicado

## assess

cmd-assess-about = Cuestionario interactivo: responder a cada criterio; cada respuesta se guarda de inmediato
cmd-assess-after-help =
    Ejemplos:
      wen-assess assess                                   # pregunta todo
      wen-assess assess --guideline strengthening --lang es
      wen-assess assess --answers mi-red.yaml             # retomar o revisar

    Teclas: flechas e Enter para elegir; el menú ofrece además N/A, omitir,
    pregunta anterior, ir a un área (Esc para volver), la orientación cuando la
    pantalla es demasiado pequeña para mostrarla, y guardar y salir. Los
    criterios respondidos no se vuelven a preguntar; cuando todos los criterios
    tienen respuesta, una revisión los muestra todos, para cambiar cualquiera
    antes de las puntuaciones y el informe. Ctrl-C se detiene de inmediato;
    cada respuesta confirmada ya está guardada.

    Con --plain (o TERM=dumb) cada pregunta se muestra con opciones numeradas
    y la respuesta se escribe: 0-4, na, s (omitir), p (anterior), j (ir a un
    área), q (guardar y salir), y luego Enter.
arg-assess-guideline = Identificador de la directriz: establishing (creación de una WEN) o strengthening (fortalecimiento de una WEN existente)
arg-assess-answers = Archivo de respuestas que se retoma, o donde se guarda una nueva evaluación
arg-assess-plain = Preguntar línea por línea, sin mover el cursor: para lectores de pantalla, consolas serie y terminales básicas (opción predeterminada con TERM=dumb)

## serve

cmd-serve-about = El cuestionario como página web local, para un taller en sala
cmd-serve-after-help =
    Ejemplos:
      wen-assess serve                       # una nueva evaluación
      wen-assess serve mi-red.yaml           # retomar o revisar
      wen-assess serve --guideline strengthening --lang es --no-browser
      wen-assess serve mi-red.yaml --listen 192.168.1.20 --port 8080

    Muestra un enlace con un token de acceso (http://127.0.0.1:PORT/?t=...)
    y lo abre en el navegador predeterminado. Solo este computadora puede
    conectarse, salvo que --listen indique su dirección en la red del taller:
    entonces los participantes se unen desde su teléfono con el código QR de
    la página y proponen niveles; quien facilita registra el nivel que
    acuerda la sala. Cada respuesta se guarda de inmediato, como en assess.
    Ctrl-C detiene el servidor (código de salida 0).
arg-serve-answers = Archivo de respuestas que se retoma, o donde se guarda una nueva evaluación (por defecto: un archivo nuevo con el nombre de la red, en la carpeta actual)
arg-serve-guideline = Identificador de la directriz de una nueva evaluación: establishing (creación de una WEN) o strengthening (fortalecimiento de una WEN existente); se pregunta en la página si no se indica
arg-serve-port = Puerto en el que escuchar (por defecto: uno libre)
arg-serve-listen = Dirección en la que escuchar (por defecto: 127.0.0.1, solo este computadora); cualquier otra permite unirse a quien esté en esa red y tenga el enlace
arg-serve-no-browser = Mostrar el enlace sin abrir un navegador

## validate

cmd-validate-about = Verificar archivos de directrices e indicar cada problema como archivo:línea:columna
cmd-validate-after-help =
    Ejemplos:
      wen-assess validate                      # las directrices integradas
      wen-assess validate guidelines/ mi.yaml  # archivos y carpetas
      wen-assess validate --format json guidelines/
      wen-assess validate nuestras.yaml --against anterior.yaml   # lo que cambió desde entonces
      wen-assess validate nuestras.yaml --against strengthening --allow missing-scope
arg-validate-paths = Archivos de directrices, o carpetas de archivos *.yaml (por defecto: las directrices integradas)
arg-validate-format = Formato de salida: human (una línea por problema, por defecto), json (un solo documento JSON) o github (anotaciones de GitHub Actions)
arg-validate-against = Comparar con la versión anterior: un archivo de directrices, una carpeta o el identificador de una directriz integrada; cada directriz se compara con la que tiene el mismo identificador
arg-validate-allow = No mostrar las advertencias con este código (se puede repetir); los errores no se pueden ocultar
arg-validate-deny = Convertir en errores las advertencias con este código (se puede repetir)
arg-validate-verbose = Mostrar cada hallazgo, en lugar de una línea con un recuento para un código repetido en un archivo

## template

cmd-template-about = Escribir un archivo de respuestas en blanco para completar en un editor, o un libro (.xlsx) para una hoja de cálculo
cmd-template-after-help =
    Ejemplos:
      wen-assess template --guideline strengthening -o respuestas.yaml
      wen-assess template --guideline establishing \
          --network "Red regional de ejemplo" > nueva.yaml
      wen-assess template -g strengthening --network "Red regional de ejemplo" \
          --country Atlantis --respondent "A. Focal" \
          --role "Punto focal nacional" -o atlantis.yaml
      wen-assess template -g strengthening --network "Red regional de ejemplo" \
          --country Atlantis -o atlantis.xlsx

    Un nombre que termina en .xlsx (o --format xlsx) genera un libro para Excel
    o LibreOffice: instrucciones, una fila por criterio con una lista
    desplegable para el nivel, una hoja Taller; solo las celdas de respuesta se
    pueden modificar.
arg-template-format = Qué escribir: yaml (un archivo de respuestas) o xlsx (un libro); sin esta opción, xlsx cuando el nombre dado a -o termina en .xlsx; si no, yaml
arg-template-guideline = Identificador de la directriz (vea `wen-assess guidelines`); se pregunta en una terminal si no se indica
arg-template-output = Dónde escribir (por defecto: la salida estándar)
arg-template-network = Nombre de la red que se completa de antemano
arg-template-region = Región de la red que se completa de antemano
arg-template-country = País del Estado miembro que responderá (aggregate agrupa las respuestas por país)
arg-template-respondent = Nombre de la persona que responderá
arg-template-role = Cargo de la persona que responderá, por ejemplo "Punto focal nacional"
arg-template-date = Fecha que se completa de antemano, AAAA-MM-DD (si no, queda vacía: la fecha es la de las respuestas)
arg-template-force = Reemplazar el archivo dado a -o si existe
arg-template-lang = Idioma de la plantilla, entre los integrados: { $languages }; el archivo de respuestas lo registra, y los informes que se generen a partir de él lo usan. Sin --lang: el de la configuración regional (LC_ALL, LC_MESSAGES, LANG); si no, el inglés

## score

cmd-score-about = Puntuar archivos de respuestas: madurez por área y global, brechas, cobertura
cmd-score-after-help =
    Ejemplos:
      wen-assess score examples/strengthening-example.yaml
      wen-assess score respuestas/*.yaml --format csv > puntuaciones.csv
      wen-assess score respuestas.yaml --fail-under 2.5   # código 1 por debajo de 2,5
arg-score-files = Archivos de respuestas o libros (.yaml, .yml, .xlsx, .ods), o carpetas que los contienen
arg-score-format = Formato de salida: table (una tabla por archivo, por defecto), json (un solo documento JSON) o csv (una fila por archivo y área, y una fila del conjunto)
arg-score-fail-under = Terminar con el código 1 cuando la madurez global de un archivo es inferior a N (de 0 a 4, por ejemplo 2.5)

## report

cmd-report-about = Escribir el informe de brechas con el plan de acción por prioridad
cmd-report-after-help =
    Ejemplos:
      wen-assess report examples/strengthening-example.yaml
      wen-assess report respuestas.yaml --format pdf     # respuestas-report.pdf
      wen-assess report respuestas.yaml -o informe.pdf   # el nombre elige PDF
      wen-assess report respuestas.yaml --format md -o informe.md
      wen-assess report respuestas.yaml -o -             # a la salida estándar
      wen-assess report respuestas.yaml --format pdf -o - > informe.pdf
arg-report-files = Archivo de respuestas (con --aggregate: los archivos de cada Estado miembro y de la red, o carpetas que los contienen)
arg-report-aggregate = Escribir el informe de la red a partir de los archivos de varios Estados miembros
arg-report-format = Formato del informe: md (Markdown) o pdf (PDF, A4, con las fuentes incluidas); sin esta opción, pdf cuando OUT termina en .pdf; si no, md
arg-report-output = Archivo de salida, - para la salida estándar (por defecto: junto al archivo de respuestas, su nombre seguido de -report.md o .pdf; con --aggregate, network-report.md o .pdf junto al primer archivo)

## compare

cmd-compare-about = Avance en dos o más evaluaciones con la misma directriz
cmd-compare-after-help =
    Ejemplos:
      wen-assess compare respuestas-2025.yaml respuestas-2026.yaml
      wen-assess compare antes.yaml despues.yaml --format md > avance.md
      wen-assess compare examples/network/2025 examples/network/2026 --format pdf
arg-compare-assessments = Dos o más evaluaciones, en cualquier orden (se ordenan por fecha): archivos de respuestas de un mismo Estado miembro o de la red, o carpetas de archivos de Estados miembros, una por año
arg-compare-format = Formato de salida: table (tablas y listas de texto, por defecto), md (Markdown), json (un solo documento JSON) o pdf (PDF A4, con un gráfico de líneas de cada área); sin esta opción, el formato que indica la terminación del nombre de OUT (.md, .json, .pdf), si no, table
arg-compare-output = Archivo de salida, - para la salida estándar (por defecto: la salida estándar; con --format pdf, progress-report.pdf junto a la primera evaluación)

## aggregate

cmd-aggregate-about = Vista de la red a partir de los archivos de respuestas o libros de los Estados miembros
cmd-aggregate-after-help =
    Ejemplos:
      wen-assess aggregate examples/network/2026
      wen-assess aggregate paises/ red.yaml --format csv --by criterion > largo.csv
      wen-assess aggregate paises/ red.yaml -o red.xlsx
      wen-assess report --aggregate paises/ red.yaml -o informe-red.pdf
arg-aggregate-files = Archivos de respuestas o libros, uno por Estado miembro, y como máximo uno de la propia red (scope: network); o carpetas que los contienen
arg-aggregate-format = Formato de salida: table (tablas y listas de texto, por defecto), md (Markdown), json (un solo documento JSON), csv (ver --by) o xlsx (un libro: una hoja de resumen, una hoja por área, cada criterio, los archivos); sin esta opción, el formato que indica la terminación del nombre de OUT (.md, .json, .csv, .xlsx), si no, table
arg-aggregate-by = Con --format csv: area (una fila por Estado miembro y área, y luego las filas de la red; por defecto) o criterion (una fila por Estado miembro y criterio, el formato largo)
arg-aggregate-output = Archivo de salida, - para la salida estándar (por defecto: la salida estándar; con --format xlsx, network.xlsx junto al primer archivo)

## convert

cmd-convert-about = Convertir un archivo de respuestas (YAML) en un libro (.xlsx, .ods) o a la inversa, sin perder nada
cmd-convert-after-help =
    Ejemplos:
      wen-assess convert atlantis.xlsx atlantis.yaml  # libro recibido, para control de versiones
      wen-assess convert atlantis.ods atlantis.yaml   # guardado en LibreOffice
      wen-assess convert atlantis.yaml atlantis.xlsx  # para seguir en una hoja de cálculo
      wen-assess convert atlantis.xlsx -              # YAML en la salida estándar

    El nombre del archivo de salida elige su tipo: .yaml o .yml, o .xlsx. Los
    niveles, los motivos de N/A, las notas, los medios de verificación, la red y
    la persona que responde, las metas, los participantes y las conclusiones de
    los talleres, las respuestas a criterios que la directriz no tiene y las
    claves que la herramienta no usa se conservan en ambos sentidos; los
    comentarios YAML no, y un medio de verificación con un salto de línea vuelve
    dividido (convert lo indica). Un archivo de respuestas de una versión
    anterior de su directriz se lleva a la versión cargada al pasar a un libro,
    como lo hace `migrate`. Un OUT existente solo se reemplaza con --force.
arg-convert-input = El archivo de respuestas o el libro que se lee (.yaml, .yml, .xlsx, .ods)
arg-convert-output = Dónde escribir: NOMBRE.xlsx para un libro, NOMBRE.yaml para un archivo de respuestas, - para YAML en la salida estándar
arg-convert-force = Reemplazar OUT si existe

## migrate

cmd-migrate-about = Reescribir un archivo de respuestas para la versión cargada de su directriz
cmd-migrate-after-help =
    Ejemplos:
      wen-assess migrate respuestas-2025.yaml              # lo reescribe en su lugar
      wen-assess migrate respuestas-2025.yaml --dry-run    # solo dice qué cambiaría

    Las respuestas dadas a criterios que una versión más reciente de la
    directriz trasladó o renombró (sus vínculos `replaces:`) pasan a sus nuevos
    identificadores; los criterios nuevos quedan por responder; las respuestas a
    criterios que la directriz ya no tiene permanecen en el archivo. Los
    comentarios y todo lo demás del archivo se conservan. El archivo se
    reemplaza de una sola vez.
arg-migrate-file = El archivo de respuestas que se reescribe
arg-migrate-dry-run = Decir qué cambiaría, sin escribir nada

## schema

cmd-schema-about = Mostrar el esquema JSON de un formato de archivo, para editores y validadores
cmd-schema-after-help =
    Ejemplos:
      wen-assess schema answers > wen-assess-answers.schema.json
      wen-assess schema guideline > wen-assess-guideline.schema.json
arg-schema-kind = Qué formato: answers (los archivos de respuestas) o guideline (los archivos de directrices)

## guidelines

cmd-guidelines-about = Listar las directrices cargadas, o mostrar los criterios de una de ellas
cmd-guidelines-after-help =
    Ejemplos:
      wen-assess guidelines
      wen-assess guidelines strengthening
arg-guidelines-id = Mostrar los criterios de esta directriz

## completions

cmd-completions-about = Mostrar el script de autocompletado para bash, zsh, fish, PowerShell o elvish
cmd-completions-after-help =
    Ejemplos:
      wen-assess completions bash > ~/.local/share/bash-completion/completions/wen-assess
      wen-assess completions zsh > ~/.zfunc/_wen-assess     # una carpeta de $fpath
      wen-assess completions fish > ~/.config/fish/completions/wen-assess.fish
      wen-assess completions powershell | Out-String | Invoke-Expression   # en $PROFILE
arg-completions-shell = El intérprete de comandos: bash, elvish, fish, powershell o zsh

## man

cmd-man-about = Mostrar la página del manual (roff), o escribir una página por comando en una carpeta
cmd-man-after-help =
    Ejemplos:
      wen-assess man > ~/.local/share/man/man1/wen-assess.1   # luego: man wen-assess
      wen-assess man --output-dir ~/.local/share/man/man1    # wen-assess-report.1, ...
      wen-assess man | man -l -                               # leerla ahora
arg-man-output-dir = Escribir wen-assess.1 y una página por comando (wen-assess-report.1, ...) en DIR, que se crea si falta, en lugar de mostrar la página principal

## Los títulos de las secciones de las páginas del manual.

man-section-name = NOMBRE
man-section-synopsis = SINOPSIS
man-section-description = DESCRIPCIÓN
man-section-options = OPCIONES
man-section-commands = COMANDOS
man-section-extra = EJEMPLOS Y NOTAS
man-section-version = VERSIÓN

## Los errores en la línea de comandos, tal como clap los encuentra: la
## primera línea dice qué está mal (después de "error: "), luego vienen las
## sugerencias y la línea de uso.

# Una palabra de la línea de comandos (una opción, un valor) en un mensaje.
help-quoted = "{ $text }"
help-error-unknown-argument = argumento inesperado { $arg }
help-error-unknown-command = comando desconocido { $command }
help-error-invalid-value = valor no válido { $value } para { $arg }
help-error-value-missing = { $arg } requiere un valor, pero no se indicó ninguno
help-possible-values = [valores posibles: { $values }]
help-error-missing-arguments = faltan los siguientes argumentos obligatorios:
help-error-missing-command = { $command } requiere un comando, pero no se indicó ninguno
help-possible-commands = [comandos: { $commands }]
help-error-used-twice = el argumento { $arg } solo puede indicarse una vez
help-error-conflict = el argumento { $subject } no puede usarse con { $others }
help-error-conflict-list = el argumento { $subject } no puede usarse con:
help-error-conflict-command = el comando { $subject } no puede usarse con { $others }
help-error-conflict-command-list = el comando { $subject } no puede usarse con:
help-error-conflict-others = uno o varios de los otros argumentos indicados
help-error-too-many-values = valor inesperado { $value } para { $arg }: no se esperaba ninguno más
help-error-too-few-values = { $arg } requiere { $expected } valores; { $count ->
        [one] solo se indicó { $count }
       *[other] solo se indicaron { $count }
    }
help-error-wrong-number-of-values = { $arg } requiere { $expected } valores, pero { $count ->
        [one] se indicó { $count }
       *[other] se indicaron { $count }
    }
help-error-no-equals = se necesita un signo igual para dar un valor a { $arg }
help-error-invalid-utf8 = uno o varios argumentos no son UTF-8 válido
help-error-other = la línea de comandos no es válida
# Por qué se rechaza un valor: se esperaba un número.
help-reason-number = no es un número (escríbalo como 2.5)
help-reason-whole-number = no es un número entero
help-reason-date = una fecha se escribe AAAA-MM-DD, por ejemplo 2026-11-23
help-reason-port = un puerto es un número entero de 0 a 65535 (0: un puerto libre)
help-reason-address = se necesita una dirección IP, como 192.168.1.20 (no se acepta un nombre como localhost)
help-reason-unknown-code = ningún hallazgo tiene el código `{ $code }`; los códigos de las advertencias son: { $codes }
help-reason-unknown-code-close = ningún hallazgo tiene el código `{ $code }`; códigos parecidos: { $codes }
help-reason-error-code = `{ $code }` es un error, y --allow solo oculta advertencias; los códigos de las advertencias son: { $codes }
help-tip = sugerencia
help-tip-similar-command = { $count ->
        [one] existe un comando parecido: { $list }
       *[other] existen comandos parecidos: { $list }
    }
help-tip-similar-argument = { $count ->
        [one] existe un argumento parecido: { $list }
       *[other] existen argumentos parecidos: { $list }
    }
help-tip-similar-value = { $count ->
        [one] existe un valor parecido: { $list }
       *[other] existen valores parecidos: { $list }
    }
help-tip-pass-as-value = para dar { $arg } como valor, escriba { $usage }
help-tip-exists = { $usage } existe
help-tip-remove-dashes = el comando { $command } existe; para usarlo, quite el "--" que lo precede
help-more = Para más información, pruebe { $help }.
