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
