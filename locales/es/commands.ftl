# Errores con los que termina un comando, y lo que dice de sus entradas.

aggregate-one-guideline = { $file }: las respuestas corresponden a la directriz `{ $guideline }`, pero { $first } corresponde a `{ $first_guideline }`; aggregate requiere una sola directriz
aggregate-file-twice = { $file } se indica dos veces (también como { $twin }); cada Estado miembro cuenta una vez
aggregate-country-twice = { $file }: el país "{ $country }" también figura en { $twin }; cada Estado miembro cuenta una vez, así que conserve un archivo por país
no-answer-files = no se indicó ningún archivo de respuestas
assess-no-workbook = { $path }: ese libro no existe, y `assess` solo modifica archivos de respuestas YAML; dé a las respuestas un nombre .yaml (--answers { $yaml }), o genere un libro para completar en una hoja de cálculo con: wen-assess template -o { $xlsx }
yaml-only-no-file = { $path }: ese archivo no existe (y `{ $command }` solo modifica archivos de respuestas YAML)
yaml-only =
    { $path }: `{ $command }` solo modifica archivos de respuestas YAML; convierta primero el libro:
    {"  "}wen-assess convert { $path } { $yaml }
    {"  "}wen-assess { $command } { $resume }{ $yaml }
convert-no-ods = { $path }: convert genera libros .xlsx; LibreOffice los abre y los guarda como .ods (Archivo > Guardar como)
convert-output-name = { $path }: el nombre del archivo de salida debe terminar en .xlsx (un libro) o .yaml (un archivo de respuestas); `-` escribe el YAML en la salida estándar
exists-use-force = { $path }: ya existe; agregue --force para reemplazarlo
man-not-a-folder = { $path }: no es una carpeta; indique la carpeta donde escribir las páginas del manual
man-cannot-create = { $path }: no se puede crear la carpeta: { $reason }
folder-without-answers = { $path }: no hay archivos de respuestas (*.yaml, *.yml) ni libros (*.xlsx, *.ods) en esta carpeta
guideline-not-loaded = { $file }: las respuestas corresponden a la directriz `{ $id }`, que no está cargada (disponibles: { $loaded }); cárguela con --guidelines RUTA
report-md-name = { $path }: --format md genera Markdown: dé a la salida un nombre .md, o quite --format para generar un PDF
report-pdf-name = { $path }: --format pdf genera un PDF: dé a la salida un nombre .pdf, o quite --format para generar Markdown
report-one-file = { $count ->
        [one] report toma un solo archivo de respuestas (se indicó { $count }); para el informe de una red a partir de varios archivos, agregue --aggregate
       *[other] report toma un solo archivo de respuestas (se indicaron { $count }); para el informe de una red a partir de varios archivos, agregue --aggregate
    }
fail-under-outside = --fail-under { $value } está fuera de la escala 0-4
choose-guideline =
    elija una directriz con --guideline ID; las cargadas son:
    { $list }
terminal-error = error de la terminal: { $error }
template-no-ods = { $path }: template genera libros .xlsx; LibreOffice los abre y los guarda como .ods (Archivo > Guardar como)
template-xlsx-name = { $path }: --format xlsx genera un libro: dele un nombre .xlsx
template-output-name = { $path }: template genera un archivo de respuestas (.yaml) o un libro (.xlsx); dé a la salida uno de esos nombres
template-yaml-name = --format yaml genera un archivo de respuestas YAML: dele un nombre .yaml, o quite --format para generar un libro
workbook-needs-output = un libro es un archivo binario: escríbalo con -o NOMBRE.xlsx (o -o - para la salida estándar)
template-read-back = la plantilla generada no se relee igual ({ $detail }); no se escribió nada. Es un fallo de wen-assess: le rogamos que lo informe
no-such-guideline = no hay ninguna directriz `{ $id }` cargada (disponibles: { $loaded })
render-failed = no se pudo generar el informe: { $error }
cannot-create-answers = no se puede crear un archivo de respuestas en { $folder }: { $reason }; ejecute el comando desde una carpeta donde pueda escribir, o indique --answers RUTA
answers-of-another-guideline = { $file }: contiene respuestas de `{ $holds }`, no de `{ $wanted }`; elija otro archivo --answers
store-conflict-criteria = { $path }: otro programa lo modificó durante esta sesión, en los mismos criterios ({ $items }). El archivo conserva la otra versión; las respuestas de esta sesión se guardaron en { $side }. Compare ambos y luego retome con: wen-assess assess --answers { $path } (o, en el navegador: wen-assess serve { $path })
store-conflict-fields = { $path }: otro programa lo modificó durante esta sesión, en los mismos campos ({ $items }). El archivo conserva la otra versión; las respuestas de esta sesión se guardaron en { $side }. Compare ambos y luego retome con: wen-assess assess --answers { $path } (o, en el navegador: wen-assess serve { $path })
error = error
file-and-error = { $file }: { $error }
guideline-replaces-builtin = nota: { $file } ({ $id } { $version }) se usa en lugar de la directriz integrada { $id } { $builtin }
output-name-contradicts = { $path }: el nombre termina en .{ $ending }, pero --format { $format } escribe otro tipo de archivo: indique un nombre acorde, u omita --format y el nombre elige
output-name-no-such-format = { $path }: { $command } no escribe archivos .{ $ending }; sus salidas terminan en { $endings }, o van a la terminal
aggregate-pdf-name = { $path }: aggregate no escribe PDF; el informe de la red en PDF se hace con: wen-assess report --aggregate CARPETA -o { $path }
