# La evolución entre dos evaluaciones (compare).

progress-title = Evolución: { $id } { $version }
progress-files = { $old } → { $new }
file-with-date = { $file } ({ $date })
progress-column-area = Área
progress-column-old = Anterior
progress-column-new = Nueva
progress-column-change = Variación
progress-column-old-answered = Respondidos (anterior)
progress-column-new-answered = Respondidos (nueva)
progress-column-criterion = Criterio
moved-up = Subieron de nivel
moved-down = Bajaron de nivel
one-sided = Respondidos en un solo archivo (o N/A en uno de ellos)
not-in-guideline = No figuran en la directriz (conservados de otra versión)
list-count = { $title } ({ $count })
