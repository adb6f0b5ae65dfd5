# La vue du réseau à partir des réponses des États membres (aggregate, report --aggregate).

network-title = Vue du réseau : { $network }
network-heading = { $network } : { $id } { $version }, { $count ->
        [one] { $count } État membre
       *[other] { $count } États membres
    }
network-intro = Ligne directrice { $id } { $version }, réponses de { $count ->
        [one] { $count } État membre
       *[other] { $count } États membres
    }. Le chiffre du réseau est la moyenne des pays ; chaque pays compte une fois.
spread-area = Domaine
spread-min = Min.
spread-median = Médiane
spread-max = Max.
spread-network = Réseau
member-states = États membres
country-column-country = Pays
country-column-file = Fichier
country-column-overall = Global
country-column-answered = Renseignés
disagree-title = Là où les pays divergent le plus
disagree-intro = Critères dont les niveaux diffèrent de 2 ou plus entre pays (hors N/A et absences de réponse), par dispersion décroissante ; 10 au plus sont affichés.
spread = Dispersion
spread-line = dispersion { $spread }
below-title = Là où la plupart des pays sont sous la cible
below-intro = Critères pour lesquels plus de la moitié des pays ayant donné un niveau sont sous leur cible, par proportion décroissante ; 10 au plus sont affichés.
below = Sous la cible
below-line = { $below } sur { $scored } sous la cible
more = { $count } de plus dans wen-assess aggregate --format json.
criterion-column = Critère
findings-per-country = Constats par pays
