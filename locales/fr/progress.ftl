# L’évolution entre deux évaluations (compare).

progress-title = Évolution : { $id } { $version }
progress-files = { $old } → { $new }
file-with-date = { $file } ({ $date })
progress-column-area = Domaine
progress-column-old = Avant
progress-column-new = Après
progress-column-change = Variation
progress-column-old-answered = Renseignés avant
progress-column-new-answered = Renseignés après
progress-column-criterion = Critère
moved-up = En hausse
moved-down = En baisse
one-sided = Renseignés dans un seul fichier (ou N/A dans l’un des deux)
not-in-guideline = Absents de la ligne directrice (conservés d’une autre version)
list-count = { $title } ({ $count })
