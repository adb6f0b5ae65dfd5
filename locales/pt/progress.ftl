# A evolução entre duas avaliações (compare).

progress-title = Evolução: { $id } { $version }
progress-files = { $old } → { $new }
file-with-date = { $file } ({ $date })
progress-column-area = Área
progress-column-old = Anterior
progress-column-new = Nova
progress-column-change = Variação
progress-column-old-answered = Respondidos (anterior)
progress-column-new-answered = Respondidos (nova)
progress-column-criterion = Critério
moved-up = Subiram de nível
moved-down = Desceram de nível
one-sided = Respondidos num só ficheiro (ou N/A num deles)
not-in-guideline = Não constam da diretriz (conservados de outra versão)
list-count = { $title } ({ $count })
