# Observaciones sobre los libros (.xlsx, .ods) y errores al escribir uno: las
# leen los puntos focales que los completan, por eso están en cada idioma. Los
# códigos (error[invalid-level]), los identificadores, los nombres de celdas,
# hojas y archivos, y lo que el usuario debe escribir no cambian; un motivo
# entre paréntesis tras «dañado» o «XML válido» viene de la biblioteca zip o
# XML, en sus propias palabras (en inglés).

## Una fila de la hoja Respuestas o Taller, tal como la nombran los mensajes:
## el número, el título tal como lo muestra el libro y el identificador.
## Sin artículo: cada mensaje pone «la», «de la», «en la» delante.
workbook-row = fila { $row } ({ $title }, `{ $id }`)
# Un identificador que la directriz no tiene: no hay título que mostrar.
workbook-row-unknown = fila { $row } (`{ $id }`)
# Una lista de nombres de hojas (algunos seguidos de «(oculta)»).
workbook-list = { $first }, { $rest }

## El archivo y su contenido zip
workbook-empty = el archivo está vacío: no es un libro
workbook-xls = es un libro de Excel 97-2003 (.xls) o un libro protegido con contraseña; ábralo y guárdelo como Libro de Excel (.xlsx), sin contraseña
workbook-is-yaml = es un archivo de respuestas YAML, no un libro; póngale un nombre terminado en .yaml
workbook-is-csv = el archivo es texto con separadores (¿un archivo CSV con otro nombre?), no un libro (los archivos .xlsx y .ods son archivos zip); complete el libro creado con `wen-assess template --format xlsx`
workbook-is-text = el archivo es texto, no un libro (los archivos .xlsx y .ods son archivos zip); complete el libro creado con `wen-assess template --format xlsx`
workbook-not-zip = no es un libro: el archivo no es un archivo zip, como lo son los .xlsx y .ods (¿está dañado, o es un archivo de otro tipo con otro nombre?)
workbook-zip-damaged = no es un libro: el archivo zip está dañado ({ $reason }); vuelva a guardar el libro desde el programa de hoja de cálculo
workbook-zip-cut-short = falta su índice, al final del archivo: ¿quedó incompleto por una descarga o una copia interrumpida?
workbook-zip-entry-damaged = no es un libro: archivo zip dañado ({ $reason })
workbook-part-twice = no es un libro: el archivo zip contiene dos veces la misma parte (dañado o falsificado)
workbook-encrypted = el libro está cifrado; vuelva a guardarlo sin contraseña
workbook-too-many-parts = el archivo zip tiene { $count } partes, más que las { $limit } que puede necesitar un libro; se rechazó antes de descomprimirlo
workbook-part-ratio = la parte `{ $part }` pasaría de { $packed } a { $size } bytes al descomprimirla ({ $ratio }:1), una bomba zip; se rechazó antes de descomprimirla
workbook-too-large-expanded = las partes ocuparían más de { $limit } bytes al descomprimirlas, más de lo que puede necesitar un libro (¿una bomba zip?); el archivo se rechazó antes de descomprimirlo
workbook-refused = { $reason }; el archivo se rechazó
workbook-not-a-workbook = no es un libro: { $reason }
workbook-xlsb = es un libro de Excel en un formato distinto de .xlsx (¿un .xlsb binario?); ábralo en Excel y guárdelo como Libro de Excel (.xlsx)
workbook-word = es un documento de Word, no un libro; complete el libro creado con `wen-assess template --format xlsx`
workbook-powerpoint = es una presentación de PowerPoint, no un libro; complete el libro creado con `wen-assess template --format xlsx`
workbook-other-opendocument = es un archivo OpenDocument de otro tipo ({ $kind }), no una hoja de cálculo
workbook-zip-not-workbook = es un archivo zip, pero no un libro (no tiene partes de hoja de cálculo; ¿es un documento de Word u otro?)
workbook-part-not-xml = `{ $part }` no es XML válido ({ $reason })
workbook-part-unreadable = no se puede leer la parte `{ $part }` ({ $reason })
workbook-part-expands = la parte `{ $part }` ocupa, al descomprimirla, más de lo que el archivo zip declara para ella (una bomba zip o un archivo dañado)
workbook-part-inflate = no se puede descomprimir la parte `{ $part }` ({ $reason })
workbook-no-workbook-part = el archivo zip no tiene la parte del libro (`{ $part }`)
workbook-workbook-part-not-xml = la parte del libro no es XML válido ({ $reason })
workbook-strings-not-xml = las cadenas compartidas (`{ $part }`) no son XML válido ({ $reason })
workbook-no-sheet-named = no hay ninguna hoja `{ $sheet }`
workbook-sheet-no-part = la hoja `{ $sheet }` no tiene parte (`{ $part }`)
workbook-sheet-not-xml = la hoja `{ $sheet }` no es XML válido ({ $reason })
workbook-no-content = el archivo zip no tiene `content.xml`
workbook-ods-repeat-rows = las hojas repiten filas tantas veces que leerlas requeriría más de { $limit } celdas (¿una bomba zip?)
workbook-ods-repeat-cells = las hojas repiten celdas tantas veces que leerlas requeriría más de { $limit } celdas (¿una bomba zip?)
workbook-ods-spaces = las celdas representan más de { $limit } espacios (¿una bomba zip?)
workbook-too-many-cells = las hojas contienen más de { $limit } celdas, más de las que puede necesitar un libro
workbook-shared-string-missing = la celda remite a la cadena compartida { $index }, pero { $count ->
        [0] el libro no tiene ninguna
        [one] el libro solo tiene una (la cadena 0)
       *[other] el libro solo tiene { $count } (numeradas desde 0)
    }
workbook-shared-string-not-number = la celda remite a la cadena compartida `{ $index }`, que no es un número
workbook-unreadable = no se puede leer el libro: { $reason }; vuelva a guardarlo desde el programa de hoja de cálculo
workbook-sheet-unreadable = hoja { $sheet }: no se puede leer el libro: { $reason }; vuelva a guardarlo desde el programa de hoja de cálculo
workbook-sheet-refused = hoja { $sheet }: { $reason }; el archivo se rechazó
workbook-damaged-cell = { $reason }: el libro está dañado; vuelva a guardarlo desde el programa de hoja de cálculo

## Hojas y columnas
# Las hojas de un libro, al final de un mensaje sobre una hoja que falta.
workbook-has-sheets = { $count ->
        [0] el libro no tiene ninguna hoja
        [one] el libro tiene una sola hoja, { $names }
       *[other] el libro tiene las hojas { $names }
    }
# Una hoja o una columna nombrada en cada idioma: primero la del libro.
workbook-names = { $first } (o { $others })
workbook-no-hidden-sheet = no hay ninguna hoja `{ $sheet }` (oculta, con el identificador y la versión de la directriz): se eliminó o se le cambió el nombre, o el libro no se creó con `wen-assess template --format xlsx`; { $sheets }
workbook-is-network-view = este libro es la vista de la red que escribe `wen-assess aggregate`, no las respuestas de un Estado miembro ni de la red: sáquelo de la carpeta de los archivos de respuestas o indique los archivos de respuestas uno por uno
workbook-no-answers-sheet = no hay ninguna hoja { $names }: es la que contiene las respuestas; se eliminó o se le cambió el nombre; { $sheets }
workbook-no-workshop-sheet = no hay ninguna hoja { $names }: es la que contiene las metas, las conclusiones y los participantes; se eliminó o se le cambió el nombre; { $sheets }
workbook-sheets-compete-answers = { $count } hojas pueden contener las respuestas: se lee { $chosen }, no { $others }; elimine las hojas que no se usan o copie su contenido en { $chosen }
workbook-sheets-compete-workshop = { $count } hojas pueden contener las metas, las conclusiones y los participantes: se lee { $chosen }, no { $others }; elimine las hojas que no se usan o copie su contenido en { $chosen }
workbook-sheet-hidden-mark = { $sheet } (oculta)
workbook-answers-sheet-hidden = la hoja { $sheet } está oculta, y las respuestas se leen de ella de todos modos; muéstrela (clic derecho en una pestaña de hoja, Mostrar) para ver lo que se lee
workbook-workshop-sheet-hidden = la hoja { $sheet } está oculta, y las metas, las conclusiones y los participantes se leen de ella de todos modos; muéstrela (clic derecho en una pestaña de hoja, Mostrar) para ver lo que se lee
workbook-merged = las celdas { $range } están combinadas; sepárelas (Combinar y centrar en Excel, Formato > Combinar celdas en LibreOffice) para que cada respuesta tenga su propia celda
workbook-missing-column = no hay ninguna columna con el encabezado { $names } en la fila de encabezados { $row }: la columna se eliminó o se cambió su encabezado; restáurela (Deshacer, o cópiela de un libro nuevo en blanco)
workbook-no-header = no hay ninguna fila de encabezados con las columnas { $id } y { $level }: los encabezados se eliminaron o se les cambió el nombre
workbook-no-tables = falta la tabla de conclusiones (encabezados { $findings }, ...) o la de participantes (encabezados { $participants }, ...): se eliminó un encabezado o se le cambió el nombre
workbook-other-guideline-rows = { $unknown } de las { $rows } filas (`{ $first }`, ...) no son criterios de la directriz `{ $id }` { $version }, que nombra la hoja oculta: las filas vienen de otro libro, o se modificó la hoja oculta

## Celdas: lo que contiene una celda, nombrada por una frase «what»
workbook-formula = { $what }: es una fórmula (`={ $formula }`), no texto; escriba el texto mismo
workbook-error-value = { $what }: es el error de hoja de cálculo { $error }; escriba el texto mismo
workbook-what-criterion-id = el identificador del criterio
workbook-what-network = el nombre de la red
workbook-what-region = la región
workbook-what-country = el país
workbook-what-respondent = el nombre del encuestado
workbook-what-role = el cargo del encuestado
workbook-what-date = la fecha
workbook-what-reason = el motivo de la { $criterion }
workbook-what-note = la nota de la { $criterion }
workbook-what-evidence = los medios de verificación de la { $criterion }
workbook-what-area-id = el identificador del área
workbook-what-strengths = las fortalezas de la { $area }
workbook-what-challenges = las dificultades de la { $area }
workbook-what-priorities = las prioridades de la { $area }
workbook-what-participant-name = el nombre de un participante
workbook-what-participant-agency = el organismo de un participante
workbook-what-participant-country = el país de un participante
workbook-what-guideline-id = el identificador de la directriz
workbook-what-guideline-version = la versión de la directriz
workbook-what-language = el idioma

## La hoja Respuestas: una fila por criterio
workbook-duplicate-criterion = la { $criterion } repite el criterio de la fila { $first }; deje una sola fila por criterio
workbook-na-without-reason = la { $criterion } está marcada como N/A (no aplicable), pero no tiene motivo; explique en la columna { $column }, la del motivo, por qué no se aplica
workbook-reason-without-na = la { $criterion } tiene un motivo, pero un nivel en lugar de N/A; el motivo se conserva, pero no se usa
workbook-level-formula = el nivel de la { $criterion } es una fórmula (`={ $formula }`); elija el nivel de la lista
workbook-level-date = el nivel de la { $criterion } es una fecha ({ $date }): la hoja de cálculo convirtió lo que se escribió (3/4, por ejemplo) en una fecha; elija el nivel de la lista
workbook-level-mismatch = el nivel de la { $criterion } dice { $said }, pero `{ $label }` es la etiqueta del nivel { $level }; elija el nivel de la lista
workbook-level-invalid = el nivel de la { $criterion } debe ser 0, 1, 2, 3, 4 o N/A (como los ofrece la lista), no `{ $found }`

## La hoja Taller: una fila por área, y luego los participantes
workbook-duplicate-area = la { $area } repite el área de la fila { $first }; deje una sola fila por área
workbook-target-formula = la meta de la { $area } es una fórmula; escriba un nivel de 0 a { $max }
workbook-target-invalid = la meta `{ $found }` de la { $area } no es un nivel de la escala 0-{ $max }

## La hoja oculta
workbook-hidden-missing-row = la hoja oculta `{ $sheet }` no tiene la fila `{ $key }`; el libro se modificó: cree uno nuevo con `wen-assess template --format xlsx` y copie en él las respuestas
workbook-format = el formato de libro `{ $found }` no es compatible; se espera el formato { $expected }
workbook-guideline-empty = el identificador de la directriz está vacío; se modificó la hoja oculta
workbook-guideline-not-loaded = el libro es para la directriz `{ $id }`, que no está cargada (disponibles: { $available }); cárguela con --guidelines RUTA
workbook-kept-not-yaml = las entradas conservadas del archivo de respuestas no son YAML válido ({ $pos }: { $reason }); se modificó la hoja oculta
workbook-kept-unknown-section = la hoja oculta conserva entradas bajo `{ $section }`, que no forma parte de ningún archivo de respuestas que la herramienta escriba allí; no se usan
workbook-kept-clash = la hoja oculta conserva `{ $key }` para { $what }, un valor que contienen las hojas visibles; se usa el de las hojas visibles y se descarta el conservado
workbook-participant-gone = el participante `{ $name }` ({ $agency }, { $country }) ya no tiene fila en la tabla de participantes (se eliminó, o cambió el nombre, el organismo o el país), así que las entradas conservadas para esa persona ({ $keys }) no se usan
workbook-participant-number = el participante `{ $number }` de la hoja oculta no es un participante de este libro; sus entradas no se usan

## Escribir un libro (template, convert)
workbook-too-long = { $what }: { $len } caracteres, más de los 32 767 que admite una celda de hoja de cálculo; acórtelo primero
workbook-writer = no se puede escribir el libro: { $reason }
workbook-what-reason-for = el motivo dado para `{ $id }`
workbook-what-note-on = la nota sobre `{ $id }`
workbook-what-evidence-for = los medios de verificación de `{ $id }`
workbook-what-an-area-id = un identificador de área
workbook-what-finding-for = una conclusión de `{ $area }`
workbook-what-scope = el alcance
workbook-read-back = el libro generado no se relee con las mismas respuestas ({ $detail }); no se escribió nada. Es un fallo de wen-assess: le rogamos que lo informe
workbook-open = parece abierto en una hoja de cálculo (su archivo de bloqueo { $lock } está al lado): los cambios que aún no se guardaron allí no se leen; guárdelo y ciérrelo, y vuelva a ejecutar el comando
