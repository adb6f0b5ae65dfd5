# L’évolution entre deux évaluations (compare).

progress-column-area = Domaine
progress-column-change = Variation
progress-column-criterion = Critère
moved-up = En hausse
moved-down = En baisse
not-in-guideline = Absents de la ligne directrice (conservés d’une autre version)
list-count = { $title } ({ $count })

# L’évolution sur deux évaluations ou plus : points par date, graphiques,
# annexe, et les messages de compare.
trend-title = Évolution : { $subject }
trend-kicker = RAPPORT D’ÉVOLUTION  ·  AUTO-ÉVALUATION D’UN RÉSEAU WEN
trend-points-title = Évaluations comparées
trend-areas-title = Maturité par domaine
trend-chart-title = Maturité par domaine dans le temps
trend-annex-title = Annexe : chaque critère dans le temps
trend-annex-intro = Le niveau de chaque critère à chaque évaluation (pour un réseau, la médiane des États membres pour un critère de portée État membre ; N/A : non applicable ; - : sans réponse).
# « Évaluation 2 », pour une évaluation sans date.
point-undated = Évaluation { $number }
point-line = { $label } : { $what }, { $when }
point-line-undated = { $label } : { $what }, sans date
point-network = { $path } ({ $count ->
        [one] { $count } État membre
       *[other] { $count } États membres
    })
point-network-with-file = { $path } ({ $count ->
        [one] { $count } État membre
       *[other] { $count } États membres
    } et le fichier propre au réseau)
point-provisional = { $label } est provisoire : { $answered } { $answered ->
        [one] réponse donnée
        *[other] réponses données
    } sur les { $total } attendues ({ $percent } %).
point-older-version = { $label } a été renseignée pour la version { $versions } et est lue selon les critères de la version { $version }.
point-older-files = Certains fichiers de { $label } ont été renseignés pour la version { $versions } et sont lus selon les critères de la version { $version }.
below-throughout = Sous la cible à chaque évaluation
partly-answered = Renseignés à certaines évaluations seulement (ou N/A à certaines)
method-trend = Chaque évaluation est notée selon la ligne directrice chargée aujourd’hui, si bien que les réponses données pour une version antérieure sont lues sous leurs nouveaux critères. Un critère est en hausse ou en baisse quand son dernier niveau diffère du premier.
method-trend-network = Pour un réseau, chaque année est la vue du réseau tirée des fichiers de cette année : les critères de portée réseau viennent du fichier propre au réseau, ceux de portée État membre sont pris à la médiane des États membres.
compare-the-network = le réseau { $network }
compare-files-and-folders = compare prend soit des fichiers de réponses d’un même État membre ou du réseau, soit des dossiers de fichiers d’États membres (un par évaluation), mais pas les deux
compare-given-twice = { $first } et { $second } sont la même évaluation, fournie deux fois
compare-other-guideline = { $second } porte sur la ligne directrice « { $found } », mais { $first } porte sur « { $expected } » ; compare exige des évaluations de la même ligne directrice
compare-other-network = { $second } porte sur le réseau « { $found } », mais { $first } sur « { $expected } » ; compare suit un seul réseau dans le temps
compare-other-subject = { $second } est l’évaluation de { $found }, mais { $first } celle de { $expected } ; compare suit un seul État membre, ou le réseau, dans le temps : fournissez les fichiers de l’un d’eux
compare-no-date = { $path } n’a pas de date : les évaluations restent dans l’ordre où elles ont été fournies
compare-same-date = { $first } et { $second } portent toutes deux la date du { $date } : elles restent dans l’ordre où elles ont été fournies
wrote-progress-report = { $path } écrit : { $count } évaluations comparées
compare-warning = avertissement : { $text }
