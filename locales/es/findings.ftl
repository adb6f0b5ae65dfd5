# Observaciones sobre los archivos de respuestas y los libros, y errores con
# los que termina un comando: las leen los puntos focales y los coordinadores,
# por eso están en cada idioma. Los códigos (error[na-without-reason]), los
# identificadores, las claves YAML entre `...` y las posiciones no cambian;
# tras una posición (archivo:línea:columna) van los dos puntos, como esperan
# los editores.
#
# Las frases «what» (what-*, field-of, entry-of, los kind-*) se insertan en
# otros mensajes: al principio, seguidas de «:» (sin concordancia con el
# verbo), o tras «en», que no se contrae con el artículo («en el archivo»).

wrong-type = { $what }: se espera { $expected }, no { $found }
kind-null = un valor vacío
kind-bool = un valor booleano
kind-int = un número entero
kind-float = un número
kind-text = texto
kind-list = una lista
kind-map = un conjunto de pares clave-valor
kind-string = texto
kind-true-false = `true` o `false`
did-you-mean = ¿quiso decir `{ $key }`?
expected-one-of = claves esperadas: { $keys }
unknown-key-strict = clave desconocida `{ $key }` en { $what } ({ $hint })
missing-key = { $what }: falta la clave `{ $key }`
field-of = `{ $key }` en { $what }
entry-of = un elemento en { $what }
not-answers = este es un archivo de directriz (tiene `areas:`), no un archivo de respuestas; revíselo con `wen-assess validate { $file }`
answers-not-a-mapping = un archivo de respuestas es un conjunto de pares `clave: valor` (`format: 1`, `guideline: ...`, `answers: ...`), y este solo contiene texto: ¿es otro tipo de archivo, como un CSV? Las respuestas se escriben en YAML o en un libro (.xlsx, .ods)
what-answer-file = el archivo de respuestas
answers-format = el formato de archivo de respuestas { $found } no es compatible; se espera el formato { $expected }
answers-scope = `scope` es `{ $found }`; escriba `network` (las respuestas valen para la red en su conjunto) o `member` (para un Estado miembro, el país del encuestado, sobre sí mismo)
what-target-of = la meta de `{ $area }`
target-outside-scale = la meta { $target } de `{ $area }` está fuera de la escala 0-4
what-participant = una entrada de `participants`
what-findings-of = las conclusiones de `{ $area }`
what-criterion-id = un identificador de criterio
answers-not-a-map = `answers` debe asociar a cada identificador de criterio su respuesta (pares `clave: valor`), no { $found }
too-many-entries = { $what }: { $count } entradas, más que el límite de { $limit }; ningún archivo de respuestas necesita tantas: ¿es el archivo correcto?
text-too-long = { $what }: { $chars } caracteres, más que el límite de { $limit }; guarde los documentos largos como medios de verificación (un nombre de archivo o un enlace)
what-key-of = `{ $key }` en { $what }
what-unknown-keys-of = las claves desconocidas en { $what }
unknown-key-kept = la clave desconocida `{ $key }` en { $what } se conserva, pero no se usa
unknown-key-kept-suggest = la clave desconocida `{ $key }` en { $what } se conserva, pero no se usa; ¿quiso decir `{ $suggestion }`?
what-answer-to = la respuesta a `{ $id }`
what-reason-of = el motivo (`reason:`) en { $what }
na-without-reason = `{ $id }` está marcado como `na` (no aplicable), pero no tiene `reason:`; explique por qué no se aplica
level-quoted = el nivel de `{ $id }` es el texto entre comillas { $quoted }, no un número; escríbalo sin comillas: `level: { $level }`
level-invalid = el nivel de `{ $id }` debe ser 0, 1, 2, 3, 4 o na, no `{ $found }`
reason-without-na = `{ $id }` tiene un `reason:`, pero un nivel en lugar de `na`; el motivo se conserva, pero no se usa
what-note-of = la nota (`note:`) en { $what }
what-evidence-of = los medios de verificación de `{ $id }`
invalid-date = la fecha `{ $date }` no tiene el formato AAAA-MM-DD
unknown-language = el idioma `{ $language }` no es ninguno de { $known }; se usa el inglés
guideline-mismatch = estas respuestas son para la directriz `{ $found }`, no para `{ $expected }`
guideline-version = las respuestas se dieron para `{ $id }` { $old } y se puntúan según la versión { $new }
network-scope-answer = `{ $id }` trata de la red como órgano, y este archivo responde en nombre de un Estado miembro (`scope: member`); la respuesta se conserva, pero no se puntúa. Lo responde el archivo de la red
unknown-criterion = `{ $id }` no es un criterio de `{ $guideline }` { $version }; la respuesta se conserva, pero no se puntúa
unknown-area = `{ $area }` no es un área de `{ $guideline }`; su meta se ignora
migration-conflict-answered = `{ $old }` pasó a ser `{ $new }` en `{ $guideline }` { $version }, que ya tiene respuesta; la respuesta dada como `{ $old }` se conserva, pero no se puntúa
migration-conflict-entries = `{ $old }` pasó a ser `{ $new }` en `{ $guideline }` { $version }, que ya tiene su propia nota, sus medios de verificación u otras entradas; la respuesta dada como `{ $old }` se conserva, pero no se puntúa
migrated-answer = `{ $old }` es `{ $new }` en `{ $guideline }` { $version }; su respuesta se puntúa allí (wen-assess migrate reescribe el archivo)
read-io = { $path }: no se puede leer: { $reason }
read-folder = { $path }: es una carpeta, no un archivo
read-special = { $path }: es { $kind }, no un archivo normal; indique la ruta de un archivo
read-too-large = { $path }: el archivo tiene { $size } bytes, más que el límite de { $limit } bytes
read-not-text = { $path }:{ $pos }: no es texto UTF-8; guarde el archivo como UTF-8 (¿o es un archivo binario?)
write-over-input = { $path }: este comando lee ese archivo; wen-assess no lo sobrescribe: elija otro archivo de salida
write-over-input-as = { $path }: este comando lee ese archivo (como { $input }); wen-assess no lo sobrescribe: elija otro archivo de salida
write-no-folder = { $path }: no se puede escribir: la carpeta { $folder } no existe
write-folder = { $path }: es una carpeta; indique un nombre de archivo
write-io = { $path }: no se puede escribir: { $reason }
write-stdout = salida estándar: no se puede escribir: { $reason }
lock-busy = { $path }: otra sesión de wen-assess está trabajando con este archivo (bloqueo { $lock }); espere a que termine o trabaje con una copia
lock-io = { $path }: no se puede crear el archivo de bloqueo { $lock }: { $reason }
io-not-found = el archivo no existe
io-permission = permiso denegado
io-full = no queda espacio en el dispositivo
io-read-only = el sistema de archivos es de solo lectura
io-no-folder = la carpeta { $folder } no existe
special-fifo = una canalización con nombre (FIFO)
special-char-device = un dispositivo de caracteres
special-block-device = un dispositivo de bloques
special-socket = un socket
special-other = un archivo especial
save-references = { $path }:{ $pos }: el archivo usa anclas, alias o claves de combinación de YAML (`&`, `*`, `<<`); wen-assess lee un archivo así, pero no lo reescribe. Escriba los valores completos y vuelva a intentarlo; el archivo no se modificó
save-line-endings = { $path }:{ $pos }: el archivo termina las líneas solo con un retorno de carro (como en los Mac muy antiguos); wen-assess lee un archivo así, pero no lo reescribe. Guárdelo con finales de línea normales y vuelva a intentarlo; el archivo no se modificó
save-layout = { $path }: el archivo usa una forma de YAML que wen-assess no puede editar en su lugar (por ejemplo, una clave `?`), y escribirlo de nuevo haría perder sus comentarios y su formato; wen-assess lee un archivo así, pero no lo reescribe. Escríbalo en la forma simple `clave: valor` del archivo en blanco que crea `wen-assess template` y vuelva a intentarlo; el archivo no se modificó
save-read-back = { $path }: el texto escrito para este archivo no se vuelve a leer como las mismas respuestas ({ $detail }); no se escribió nada. Es una falla de wen-assess: por favor, infórmela
save-flow-comments = { $path }:{ $pos }: el archivo está escrito como un único bloque `{"{"}...{"}"}` con comentarios, y escribirlo de nuevo haría perder los comentarios; wen-assess lee un archivo así, pero no lo reescribe. Escríbalo en la forma simple `clave: valor` del archivo en blanco que crea `wen-assess template` y vuelva a intentarlo; el archivo no se modificó
save-write = { $error }; la versión anterior del archivo no se modificó

## Por qué un archivo no es YAML válido. Las claves, `---`, `*nombre`,
## `&nombre`, `<<`, `!etiqueta` y lo que escribe el usuario quedan tal cual.
## yaml-parser cita al analizador (en inglés) para los pocos problemas sin
## mensaje aquí.
yaml-empty = el archivo está vacío
yaml-end-of-list = fin de lista inesperado
yaml-end-of-map = fin inesperado de un conjunto de pares clave-valor
yaml-second-document = un segundo documento YAML (`---`) sigue al primero; un archivo contiene uno solo
yaml-too-many-aliases = el archivo usa más de { $limit } alias (`*nombre`)
yaml-unknown-alias = este alias (`*nombre`) no remite a ningún ancla (`&nombre`) completa antes de él
yaml-alias-expansion = los alias (`*nombre`) llevan el archivo a más de { $limit } valores; escriba los valores completos
yaml-too-deep = anidamiento de más de { $limit } niveles
yaml-too-many-values = el archivo contiene más de { $limit } valores (por sus alias o por su tamaño)
yaml-tag-here = la etiqueta `{ $tag }` no se admite aquí; elimínela
yaml-tag-mismatch = `{ $value }` no corresponde a su etiqueta `{ $tag }`
yaml-tag-unsupported = la etiqueta `{ $tag }` no se admite; elimínela
yaml-complex-key = una clave debe ser una palabra o un texto, no una lista ni un conjunto de pares clave-valor
yaml-merge-not-map = una clave de fusión `<<` debe designar un conjunto de pares clave-valor (o una lista de ellos)
yaml-duplicate-key = clave repetida `{ $key }`: ya figura en la línea { $line }, y cada clave solo puede aparecer una vez en el mismo nivel
yaml-duplicate-merged = clave repetida `{ $key }`: la clave de fusión `<<` la trae por segunda vez; cada clave solo puede aparecer una vez en el mismo nivel
yaml-colon = dos puntos seguidos de un espacio (`: `) no pueden figurar aquí: ponga entre comillas un texto que contenga `: `, o revise la sangría de esta línea
yaml-indentation = esta línea no tiene la misma sangría que las claves que la rodean; revise su sangría
yaml-list-item = un elemento de lista (`- `) no puede empezar aquí; revise la sangría
yaml-open-quote = unas comillas se abren y nunca se cierran
yaml-escape = una barra invertida entre comillas dobles inicia una secuencia de escape que YAML no conoce; escriba `\\` para una barra invertida, o use comillas simples
yaml-tab = se usa un tabulador para la sangría; use espacios
yaml-brackets = los corchetes `[ ]` o las llaves `{"{ }"}` no se corresponden, o falta una coma entre dos elementos
yaml-value-expected = se espera un valor aquí
yaml-key-one-line = una clave no termina en su línea: una clave y sus dos puntos deben estar en una sola línea
yaml-comment-space = `#` inicia un comentario solo después de un espacio; ponga el texto entre comillas
yaml-bom = una marca de orden de bytes invisible (U+FEFF) está dentro del texto; elimínela
yaml-unexpected-end = el archivo termina en medio de un valor; revise las últimas líneas
yaml-reserved-character = `{ $character }` no puede iniciar un valor; ponga el texto entre comillas
yaml-anchor-name = `&` o `*` al inicio de un valor debe ir seguido de un nombre; ponga el texto entre comillas
yaml-block-scalar = el encabezado de un bloque de texto (`|` o `>`, con un dígito y `+` o `-` opcionales) está mal escrito, o sus líneas no tienen sangría
yaml-directive = una línea que empieza por `%` es una directiva YAML, que estos archivos no usan; ponga el texto entre comillas o elimine la línea
yaml-tag-syntax = una etiqueta (`!`) está mal escrita; elimínela o ponga el texto entre comillas
yaml-parser = YAML no válido (según el analizador: «{ $words }»)
